#include "core/vault/OnePasswordFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct Category
{
    QLatin1StringView code;
    QLatin1StringView kind;
};

// The category codes of 1Password (bitwarden/clients onepassword-1pux-importer-types.ts,
// vault-formats.md 2.1).
constexpr Category categories[] = {
    {"001"_L1, "login"_L1},           {"002"_L1, "card"_L1},           {"003"_L1, "securenote"_L1},
    {"004"_L1, "identity"_L1},        {"005"_L1, "password"_L1},       {"006"_L1, "document"_L1},
    {"100"_L1, "softwarelicense"_L1}, {"101"_L1, "bankaccount"_L1},    {"102"_L1, "database"_L1},
    {"103"_L1, "driverlicense"_L1},   {"104"_L1, "outdoorlicense"_L1}, {"105"_L1, "membership"_L1},
    {"106"_L1, "passport"_L1},        {"107"_L1, "rewardprogram"_L1},  {"108"_L1, "socialsecuritynumber"_L1},
    {"109"_L1, "wirelessrouter"_L1},  {"110"_L1, "server"_L1},         {"111"_L1, "emailaccount"_L1},
    {"112"_L1, "apicredential"_L1},   {"113"_L1, "medicalrecord"_L1},  {"114"_L1, "sshkey"_L1},
};

struct TypeName
{
    QLatin1StringView typeName;
    QLatin1StringView kind;
};

// 1PIF typeName values (1Password 4-7), vault-formats.md 2.3.
constexpr TypeName typeNames[] = {
    {"webforms.WebForm"_L1, "login"_L1},
    {"passwords.Password"_L1, "password"_L1},
    {"securenotes.SecureNote"_L1, "securenote"_L1},
    {"wallet.financial.CreditCard"_L1, "card"_L1},
    {"identities.Identity"_L1, "identity"_L1},
    {"wallet.financial.BankAccountUS"_L1, "bankaccount"_L1},
    {"wallet.government.Passport"_L1, "passport"_L1},
    {"wallet.government.DriversLicense"_L1, "driverlicense"_L1},
    {"wallet.government.HuntingLicense"_L1, "outdoorlicense"_L1},
    {"wallet.government.SsnUS"_L1, "socialsecuritynumber"_L1},
    {"wallet.computer.Database"_L1, "database"_L1},
    {"wallet.computer.UnixServer"_L1, "server"_L1},
    {"wallet.computer.Router"_L1, "wirelessrouter"_L1},
    {"wallet.computer.License"_L1, "softwarelicense"_L1},
    {"wallet.onlineservices.Email.v2"_L1, "emailaccount"_L1},
    {"wallet.membership.Membership"_L1, "membership"_L1},
    {"wallet.membership.RewardProgram"_L1, "rewardprogram"_L1},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("OnePasswordFields", text);
}

/// The field's name for messages and matching: @p title, or @p id when the title is empty.
QString fieldName(const QJsonValue &title, const QJsonValue &id)
{
    const QString name = title.toString();
    return name.isEmpty() ? id.toString() : name;
}

void addField(VaultItem &item, QString name, QString section, VaultField::Type type, SecureBuffer value)
{
    VaultField field;
    field.name = std::move(name);
    field.section = std::move(section);
    field.type = type;
    field.value = std::move(value);
    item.fields.push_back(std::move(field));
}

void warnSkipped(QStringList &warnings, const QString &fileName, const VaultItem &item, const QString &field)
{
    warnings.append(
        translated("%1: item \"%2\": the field \"%3\" holds a kind of value Envsmith cannot read, "
                   "so it was left out. Copy it into a text or password field in 1Password if "
                   "you need it.")
            .arg(fileName, item.title, field));
}

VaultField::Type loginFieldType(const QJsonObject &field)
{
    const QString designation = field.value("designation"_L1).toString();
    if (designation == "username"_L1) {
        return VaultField::Type::Username;
    }
    if (designation == "password"_L1) {
        return VaultField::Type::Password;
    }
    QString fieldType = field.value("fieldType"_L1).toString();
    if (fieldType.isEmpty()) {
        fieldType = field.value("type"_L1).toString(); // 1PIF
    }
    if (fieldType == "P"_L1) {
        return VaultField::Type::Hidden;
    }
    if (fieldType == "U"_L1) {
        return VaultField::Type::Url;
    }
    if (fieldType == "C"_L1) {
        return VaultField::Type::Other; // checkbox: "✓" or ""
    }
    return VaultField::Type::Text;
}

void addLoginFields(const QJsonArray &fields, VaultItem &item, const QString &fileName, QStringList &warnings)
{
    for (const QJsonValue &entry : fields) {
        if (!entry.isObject()) {
            continue;
        }
        const QJsonObject field = entry.toObject();
        const VaultField::Type type = loginFieldType(field);
        QString name;
        if (type == VaultField::Type::Username) {
            name = u"username"_s;
        } else if (type == VaultField::Type::Password) {
            name = u"password"_s;
        } else {
            name = fieldName(field.value("name"_L1), field.value("id"_L1));
        }
        std::optional<SecureBuffer> value = OnePasswordFields::valueText(field.value("value"_L1));
        if (!value) {
            warnSkipped(warnings, fileName, item, name);
            continue;
        }
        addField(item, std::move(name), QString(), type, std::move(*value));
    }
}

void addSectionFields(const QJsonArray &sections, VaultItem &item, const QString &fileName,
                      QStringList &warnings)
{
    for (const QJsonValue &sectionEntry : sections) {
        if (!sectionEntry.isObject()) {
            continue;
        }
        const QJsonObject section = sectionEntry.toObject();
        const QString sectionTitle = section.value("title"_L1).toString();
        for (const QJsonValue &fieldEntry : section.value("fields"_L1).toArray()) {
            if (!fieldEntry.isObject()) {
                continue;
            }
            const QJsonObject field = fieldEntry.toObject();
            QString name;
            QString kind;
            QJsonValue raw;
            if (field.contains("k"_L1)) { // 1PIF: {k, n, v, t}
                name = fieldName(field.value("t"_L1), field.value("n"_L1));
                kind = field.value("k"_L1).toString();
                raw = field.value("v"_L1);
            } else { // 1PUX: {title, id, value: {kind: v}}
                name = fieldName(field.value("title"_L1), field.value("id"_L1));
                const QJsonObject value = field.value("value"_L1).toObject();
                if (value.size() == 1) {
                    kind = value.begin().key();
                    raw = value.begin().value();
                } else {
                    raw = QJsonValue(QJsonValue::Undefined);
                }
            }
            std::optional<SecureBuffer> value =
                raw.isUndefined() ? std::nullopt : OnePasswordFields::valueText(raw);
            if (!value) {
                warnSkipped(warnings, fileName, item, name);
                continue;
            }
            addField(item, std::move(name), sectionTitle, OnePasswordFields::typeFromValueKind(kind),
                     std::move(*value));
        }
    }
}

} // namespace

QString OnePasswordFields::kindFromCategory(const QString &categoryUuid)
{
    for (const Category &category : categories) {
        if (categoryUuid == category.code) {
            return category.kind;
        }
    }
    return categoryUuid;
}

QString OnePasswordFields::kindFromTypeName(const QString &typeName)
{
    for (const TypeName &entry : typeNames) {
        if (typeName == entry.typeName) {
            return entry.kind;
        }
    }
    return typeName.section(u'.', -1).toLower();
}

VaultField::Type OnePasswordFields::typeFromValueKind(QStringView kind)
{
    if (kind == "concealed"_L1) {
        return VaultField::Type::Hidden;
    }
    if (kind == "string"_L1) {
        return VaultField::Type::Text;
    }
    if (kind == "url"_L1) {
        return VaultField::Type::Url;
    }
    if (kind == "totp"_L1) {
        return VaultField::Type::Totp;
    }
    return VaultField::Type::Other;
}

std::optional<SecureBuffer> OnePasswordFields::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return SecureBuffer::fromUtf8(value.toString());
    case QJsonValue::Null:
        return SecureBuffer();
    case QJsonValue::Bool:
        return SecureBuffer::fromUtf8(value.toBool() ? u"true"_s : u"false"_s);
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 9.0e15) {
            return SecureBuffer::fromUtf8(QString::number(static_cast<qint64>(number)));
        }
        return SecureBuffer::fromUtf8(QString::number(number, 'g', 17));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.value("email_address"_L1).isString()) { // email (Fastmail alias objects too)
            return SecureBuffer::fromUtf8(object.value("email_address"_L1).toString());
        }
        if (object.value("privateKey"_L1).isString()) { // sshKey
            return SecureBuffer::fromUtf8(object.value("privateKey"_L1).toString());
        }
        static constexpr QLatin1StringView addressParts[] = {"street"_L1, "city"_L1, "state"_L1, "zip"_L1,
                                                             "country"_L1};
        if (object.contains("street"_L1) || object.contains("city"_L1) || object.contains("zip"_L1)) {
            QStringList parts;
            for (QLatin1StringView part : addressParts) {
                const QString text = object.value(part).toString();
                if (!text.isEmpty()) {
                    parts.append(text);
                }
            }
            return SecureBuffer::fromUtf8(parts.join(u", "_s));
        }
        return std::nullopt;
    }
    case QJsonValue::Array:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

void OnePasswordFields::addDetails(const QJsonObject &details, VaultItem &item, const QString &fileName,
                                   QStringList &warnings)
{
    const QJsonValue loginFields =
        details.contains("loginFields"_L1) ? details.value("loginFields"_L1) : details.value("fields"_L1);
    addLoginFields(loginFields.toArray(), item, fileName, warnings);

    // Category 005 Password items keep their secret here, not in loginFields (keepassxc#12800).
    const QJsonValue password = details.value("password"_L1);
    if (password.isString() && !password.toString().isEmpty()) {
        addField(item, u"password"_s, QString(), VaultField::Type::Password,
                 SecureBuffer::fromUtf8(password.toString()));
    }

    addSectionFields(details.value("sections"_L1).toArray(), item, fileName, warnings);

    const QJsonValue notes = details.value("notesPlain"_L1);
    if (notes.isString() && !notes.toString().isEmpty()) {
        addField(item, u"notes"_s, QString(), VaultField::Type::Note,
                 SecureBuffer::fromUtf8(notes.toString()));
    }
}

void OnePasswordFields::addWebsite(const QString &url, VaultItem &item)
{
    if (!url.isEmpty()) {
        addField(item, u"website"_s, QString(), VaultField::Type::Url, SecureBuffer::fromUtf8(url));
    }
}

QStringList OnePasswordFields::strings(const QJsonValue &array)
{
    QStringList result;
    for (const QJsonValue &entry : array.toArray()) {
        if (entry.isString()) {
            result.append(entry.toString());
        }
    }
    return result;
}

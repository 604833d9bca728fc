#include "core/vault/BitwardenJsonReader.h"

#include "core/vault/BitwardenCrypto.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <openssl/crypto.h>

#include <cmath>
#include <optional>

// Format: bitwarden/clients CipherExport and the SDK's JsonCipher, research/vault-formats.md 1.2-1.4.
// The member names of the export become the field names ("username", "password", "totp", "uri", "notes",
// card, identity and SSH key members as Bitwarden spells them); custom fields keep their own names.

namespace {

using Kind = VaultError::Kind;

std::unexpected<VaultError> failure(Kind kind, const QString &message)
{
    return std::unexpected(VaultError{kind, message});
}

// Wipes a QString that held a value (QJsonValue::toString() returns a fresh, unshared copy).
void wipe(QString &text)
{
    if (!text.isEmpty()) {
        OPENSSL_cleanse(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

// Reports progress only when the percentage changes, and answers whether the read was cancelled.
class Steps
{
public:
    explicit Steps(const VaultReadOptions &options) : m_options(options) {}
    void progress(int percent)
    {
        if (m_options.progress && percent != m_last) {
            m_last = percent;
            m_options.progress(percent);
        }
    }
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

private:
    const VaultReadOptions &m_options;
    int m_last = -1;
};

std::unexpected<VaultError> cancelled(const QString &fileName)
{
    return failure(
        Kind::Cancelled,
        QCoreApplication::translate("BitwardenJsonReader", "Reading %1 was cancelled.").arg(fileName));
}

// A JSON scalar as text: strings as they are, numbers and booleans as JSON writes them; nullopt for null,
// arrays and objects.
std::optional<QString> scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

// Adds a built-in field when the value is a non-empty scalar.
void addField(VaultItem &item, const QString &name, VaultField::Type type, const QJsonValue &value)
{
    std::optional<QString> text = scalarText(value);
    if (!text || text->isEmpty()) {
        return;
    }
    VaultField field;
    field.name = name;
    field.type = type;
    field.value = SecureBuffer::fromUtf8(*text);
    wipe(*text);
    item.fields.push_back(std::move(field));
}

void addMembers(VaultItem &item, const QJsonObject &object, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString key = QString::fromLatin1(name);
        addField(item, key, VaultField::Type::Other, object.value(key));
    }
}

// Bitwarden's LinkedIdType (libs/common/src/vault/enums/linked-id-type.enum.ts): the built-in field a linked
// custom field points to, by the member name this reader gives that field.
QString linkedFieldName(int linkedId)
{
    switch (linkedId) {
    case 100:
        return QStringLiteral("username");
    case 101:
        return QStringLiteral("password");
    default:
        break;
    }
    static const char *const card[] = {"cardholderName", "expMonth", "expYear", "code", "brand", "number"};
    if (linkedId >= 300 && linkedId < 300 + int(std::size(card))) {
        return QString::fromLatin1(card[linkedId - 300]);
    }
    static const char *const identity[] = {
        "title",          "middleName",    "address1",  "address2", "address3", "city", "state",
        "postalCode",     "country",       "company",   "email",    "phone",    "ssn",  "username",
        "passportNumber", "licenseNumber", "firstName", "lastName", "fullName"};
    if (linkedId >= 400 && linkedId < 400 + int(std::size(identity))) {
        return QString::fromLatin1(identity[linkedId - 400]);
    }
    return {};
}

void addCustomFields(VaultItem &item, const QJsonArray &fields)
{
    for (const QJsonValue &entry : fields) {
        if (!entry.isObject()) {
            continue;
        }
        const QJsonObject object = entry.toObject();
        VaultField field;
        field.name = object.value(QLatin1StringView("name")).toString();
        switch (object.value(QLatin1StringView("type")).toInt(0)) {
        case 1:
            field.type = VaultField::Type::Hidden;
            break;
        case 2:
            field.type = VaultField::Type::Boolean;
            break;
        case 3:
            field.type = VaultField::Type::Linked;
            break;
        default:
            field.type = VaultField::Type::Text;
            break;
        }
        if (field.type == VaultField::Type::Linked) {
            // Not a secret: the name of the built-in field the custom field shows.
            const QString target = linkedFieldName(object.value(QLatin1StringView("linkedId")).toInt(-1));
            field.value = SecureBuffer::fromUtf8(target);
        } else if (std::optional<QString> text = scalarText(object.value(QLatin1StringView("value")))) {
            field.value = SecureBuffer::fromUtf8(*text);
            wipe(*text);
        }
        item.fields.push_back(std::move(field));
    }
}

QString kindName(int type)
{
    switch (type) {
    case 1:
        return QStringLiteral("login");
    case 2:
        return QStringLiteral("securenote");
    case 3:
        return QStringLiteral("card");
    case 4:
        return QStringLiteral("identity");
    case 5:
        return QStringLiteral("sshkey");
    case 6:
        return QStringLiteral("bankaccount");
    case 7:
        return QStringLiteral("driverslicense");
    case 8:
        return QStringLiteral("passport");
    default:
        return QStringLiteral("unknown");
    }
}

bool isSet(const QJsonValue &value)
{
    return !value.isNull() && !value.isUndefined() && !(value.isString() && value.toString().isEmpty());
}

VaultItem readItem(const QJsonObject &object, const QHash<QString, QString> &folders,
                   const QHash<QString, QString> &collections)
{
    VaultItem item;
    item.id = object.value(QLatin1StringView("id")).toString();
    item.title = object.value(QLatin1StringView("name")).toString();
    const int type = object.value(QLatin1StringView("type")).toInt(0);
    item.kind = kindName(type);
    item.archived = isSet(object.value(QLatin1StringView("archivedDate")));
    const QString folderId = object.value(QLatin1StringView("folderId")).toString();
    if (!folderId.isEmpty() && folders.contains(folderId)) {
        item.folders.append(folders.value(folderId));
    }
    for (const QJsonValue &id : object.value(QLatin1StringView("collectionIds")).toArray()) {
        const QString name = collections.value(id.toString());
        if (!name.isEmpty() && !item.folders.contains(name)) {
            item.folders.append(name);
        }
    }

    switch (type) {
    case 1: {
        const QJsonObject login = object.value(QLatin1StringView("login")).toObject();
        addField(item, QStringLiteral("username"), VaultField::Type::Username,
                 login.value(QLatin1StringView("username")));
        addField(item, QStringLiteral("password"), VaultField::Type::Password,
                 login.value(QLatin1StringView("password")));
        addField(item, QStringLiteral("totp"), VaultField::Type::Totp,
                 login.value(QLatin1StringView("totp")));
        for (const QJsonValue &uri : login.value(QLatin1StringView("uris")).toArray()) {
            addField(item, QStringLiteral("uri"), VaultField::Type::Url,
                     uri.toObject().value(QLatin1StringView("uri")));
        }
        break;
    }
    case 3:
        addMembers(item, object.value(QLatin1StringView("card")).toObject(),
                   {"cardholderName", "brand", "number", "expMonth", "expYear", "code"});
        break;
    case 4:
        addMembers(item, object.value(QLatin1StringView("identity")).toObject(),
                   {"title", "firstName", "middleName", "lastName", "address1", "address2", "address3",
                    "city", "state", "postalCode", "country", "company", "email", "phone", "ssn", "username",
                    "passportNumber", "licenseNumber"});
        break;
    case 5:
        addMembers(item, object.value(QLatin1StringView("sshKey")).toObject(),
                   {"privateKey", "publicKey", "keyFingerprint"});
        break;
    default:
        break;
    }
    addCustomFields(item, object.value(QLatin1StringView("fields")).toArray());
    addField(item, QStringLiteral("notes"), VaultField::Type::Note, object.value(QLatin1StringView("notes")));
    return item;
}

QHash<QString, QString> namesById(const QJsonValue &list)
{
    QHash<QString, QString> names;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString id = object.value(QLatin1StringView("id")).toString();
        if (!id.isEmpty()) {
            names.insert(id, object.value(QLatin1StringView("name")).toString());
        }
    }
    return names;
}

int lineOf(QByteArrayView data, qsizetype offset)
{
    return int(data.first(qBound<qsizetype>(0, offset, data.size())).count('\n')) + 1;
}

// The items of an unencrypted export (the whole file, or the decrypted `data` of a protected one).
// Progress goes from @p from to 100.
std::expected<VaultExport, VaultError> readPlain(const QJsonObject &root, const QString &fileName,
                                                 Steps &steps, int from)
{
    const QJsonValue items = root.value(QLatin1StringView("items"));
    if (!items.isArray()) {
        return failure(
            Kind::Corrupt,
            QCoreApplication::translate("BitwardenJsonReader",
                                        "%1 has no list of items, so it is not a complete Bitwarden export. "
                                        "Export the vault again from Bitwarden.")
                .arg(fileName));
    }
    if (root.value(QLatin1StringView("encrypted")).toBool()) {
        return failure(Kind::Corrupt, QCoreApplication::translate(
                                          "BitwardenJsonReader",
                                          "The decrypted content of %1 is itself encrypted, which Bitwarden "
                                          "never writes. Export the vault again from Bitwarden.")
                                          .arg(fileName));
    }
    const QHash<QString, QString> folders = namesById(root.value(QLatin1StringView("folders")));
    const QHash<QString, QString> collections = namesById(root.value(QLatin1StringView("collections")));
    const QJsonArray list = items.toArray();
    VaultExport result;
    result.format = VaultFormat::BitwardenJson;
    result.fileName = fileName;
    result.items.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (steps.cancelled()) {
            return cancelled(fileName);
        }
        steps.progress(from + int((100 - from) * i / qMax<qsizetype>(1, list.size())));
        const QJsonValue entry = list.at(i);
        if (!entry.isObject()) {
            result.warnings.append(
                QCoreApplication::translate("BitwardenJsonReader",
                                            "%1: item %2 is not a JSON object and was left out.")
                    .arg(fileName)
                    .arg(i + 1));
            continue;
        }
        const QJsonObject object = entry.toObject();
        if (isSet(object.value(QLatin1StringView("deletedDate")))) {
            continue; // in the trash
        }
        VaultItem item = readItem(object, folders, collections);
        if (item.kind == QLatin1StringView("unknown")) {
            result.warnings.append(
                QCoreApplication::translate(
                    "BitwardenJsonReader",
                    "%1: item %2 (\"%3\") has an item type Envsmith does not know; only its "
                    "notes and custom fields were read.")
                    .arg(fileName)
                    .arg(i + 1)
                    .arg(item.title));
        }
        result.items.push_back(std::move(item));
    }
    steps.progress(100);
    return result;
}

// A KDF number: a non-negative integer, or nullopt. @p shown is the value as the file gives it (for the
// message about bounds; it is a parameter, not a secret).
std::optional<qint64> kdfNumber(const QJsonValue &value, QString &shown)
{
    if (value.isNull() || value.isUndefined()) {
        shown = QCoreApplication::translate("BitwardenJsonReader", "none");
        return std::nullopt;
    }
    if (!value.isDouble()) {
        shown = QCoreApplication::translate("BitwardenJsonReader", "not a number");
        return std::nullopt;
    }
    const double number = value.toDouble();
    const bool integral = std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15;
    shown = integral ? QString::number(qint64(number))
                     : QString::number(number, 'g', QLocale::FloatingPointShortest);
    if (!integral || number < 0) {
        return std::nullopt;
    }
    return qint64(number);
}

QString corruptEnvelope(const QString &fileName, const char *member)
{
    return QCoreApplication::translate(
               "BitwardenJsonReader",
               "%1: the member \"%2\" of this password-protected Bitwarden export is missing or malformed. "
               "The file is damaged; export the vault again from Bitwarden.")
        .arg(fileName, QString::fromLatin1(member));
}

std::expected<VaultExport, VaultError> readProtected(const QJsonObject &root, const QString &fileName,
                                                     const VaultReadOptions &options, Steps &steps)
{
    // Everything in the envelope is checked before the password is used.
    const QJsonValue saltValue = root.value(QLatin1StringView("salt"));
    if (!saltValue.isString() || saltValue.toString().isEmpty()) {
        return failure(Kind::Corrupt, corruptEnvelope(fileName, "salt"));
    }
    const QByteArray salt = saltValue.toString().toUtf8();
    const QJsonValue kdfType = root.value(QLatin1StringView("kdfType"));
    if (!kdfType.isDouble() || (kdfType.toDouble() != 0 && kdfType.toDouble() != 1)) {
        return failure(
            Kind::KdfOutOfBounds,
            QCoreApplication::translate(
                "BitwardenJsonReader",
                "%1 names key derivation type %2; Bitwarden uses 0 (PBKDF2-SHA256) or 1 (Argon2id). "
                "The file is damaged or was not made by Bitwarden; export the vault again.")
                .arg(fileName, kdfType.isDouble()
                                   ? QString::number(kdfType.toDouble(), 'g', QLocale::FloatingPointShortest)
                                   : QCoreApplication::translate("BitwardenJsonReader", "none")));
    }
    BitwardenCrypto::KdfParams params;
    params.kdf = kdfType.toInt() == 1 ? BitwardenCrypto::Kdf::Argon2id : BitwardenCrypto::Kdf::Pbkdf2Sha256;
    QString iterationsShown;
    QString memoryShown;
    QString parallelismShown;
    params.iterations =
        kdfNumber(root.value(QLatin1StringView("kdfIterations")), iterationsShown).value_or(-1);
    params.memoryMiB = kdfNumber(root.value(QLatin1StringView("kdfMemory")), memoryShown).value_or(-1);
    params.parallelism =
        kdfNumber(root.value(QLatin1StringView("kdfParallelism")), parallelismShown).value_or(-1);
    if (!BitwardenCrypto::withinBounds(params)) {
        using C = BitwardenCrypto;
        if (params.kdf == C::Kdf::Pbkdf2Sha256) {
            return failure(
                Kind::KdfOutOfBounds,
                QCoreApplication::translate(
                    "BitwardenJsonReader",
                    "%1 asks for PBKDF2-SHA256 with %2 iterations; Bitwarden accepts %3 to %4. The "
                    "file is damaged or was not made by Bitwarden, and it was not opened. Export the "
                    "vault again from Bitwarden.")
                    .arg(fileName, iterationsShown)
                    .arg(C::minPbkdf2Iterations)
                    .arg(C::maxPbkdf2Iterations));
        }
        return failure(
            Kind::KdfOutOfBounds,
            QCoreApplication::translate(
                "BitwardenJsonReader",
                "%1 asks for Argon2id with %2 iterations, %3 MiB of memory and parallelism %4; "
                "Bitwarden accepts %5 to %6 iterations, %7 to %8 MiB and parallelism %9 to %10. The "
                "file is damaged or was not made by Bitwarden, and it was not opened. Export the "
                "vault again from Bitwarden.")
                .arg(fileName, iterationsShown, memoryShown, parallelismShown)
                .arg(C::minArgon2Iterations)
                .arg(C::maxArgon2Iterations)
                .arg(C::minArgon2MemoryMiB)
                .arg(C::maxArgon2MemoryMiB)
                .arg(C::minArgon2Parallelism)
                .arg(C::maxArgon2Parallelism));
    }
    const auto validation = BitwardenCrypto::parseEncString(
        root.value(QLatin1StringView("encKeyValidation_DO_NOT_EDIT")).toString().toLatin1());
    if (!validation) {
        return failure(Kind::Corrupt, corruptEnvelope(fileName, "encKeyValidation_DO_NOT_EDIT"));
    }
    const QJsonValue dataValue = root.value(QLatin1StringView("data"));
    const auto data = BitwardenCrypto::parseEncString(dataValue.toString().toLatin1());
    if (!data) {
        return failure(Kind::Corrupt, corruptEnvelope(fileName, "data"));
    }
    if (!options.password || options.password->isEmpty()) {
        return failure(
            Kind::PasswordRequired,
            QCoreApplication::translate(
                "BitwardenJsonReader",
                "%1 is protected with a password. Enter the password you chose when you exported it "
                "from Bitwarden.")
                .arg(fileName));
    }

    steps.progress(2);
    if (steps.cancelled()) {
        return cancelled(fileName);
    }
    // One call: neither PKCS5_PBKDF2_HMAC nor argon2id_hash_raw can be paused, so cancel is checked on
    // both sides of it.
    const SecureBuffer master = BitwardenCrypto::deriveMasterKey(options.password->view(), salt, params);
    if (master.isEmpty()) {
        return failure(Kind::TooLarge, QCoreApplication::translate(
                                           "BitwardenJsonReader",
                                           "Could not derive the key of %1: not enough memory for its key "
                                           "derivation settings. Close other programs and try again.")
                                           .arg(fileName));
    }
    steps.progress(80);
    if (steps.cancelled()) {
        return cancelled(fileName);
    }
    const BitwardenCrypto::StretchedKey keys = BitwardenCrypto::stretch(master);
    if (keys.encKey.isEmpty() || keys.macKey.isEmpty()) {
        return failure(Kind::Corrupt, QCoreApplication::translate(
                                          "BitwardenJsonReader",
                                          "Could not derive the keys of %1: OpenSSL's HKDF failed. Check the "
                                          "OpenSSL installation.")
                                          .arg(fileName));
    }
    if (!BitwardenCrypto::macMatches(*validation, keys.macKey)) {
        return failure(Kind::WrongPassword,
                       QCoreApplication::translate(
                           "BitwardenJsonReader",
                           "The password for %1 is wrong. Enter the password you chose when you exported the "
                           "file from Bitwarden (the file password, which may differ from your master "
                           "password).")
                           .arg(fileName));
    }
    if (!BitwardenCrypto::decrypt(*validation, keys.encKey)) {
        return failure(Kind::Corrupt, corruptEnvelope(fileName, "encKeyValidation_DO_NOT_EDIT"));
    }
    steps.progress(82);
    if (!BitwardenCrypto::macMatches(*data, keys.macKey)) {
        return failure(Kind::Tampered,
                       QCoreApplication::translate(
                           "BitwardenJsonReader",
                           "%1 was changed after it was exported: the password is right, but the encrypted "
                           "content does not match its checksum. Export the vault again from Bitwarden.")
                           .arg(fileName));
    }
    const std::optional<SecureBuffer> plain = BitwardenCrypto::decrypt(*data, keys.encKey);
    if (!plain) {
        return failure(Kind::Corrupt, corruptEnvelope(fileName, "data"));
    }
    steps.progress(86);
    if (steps.cancelled()) {
        return cancelled(fileName);
    }
    QJsonParseError parseError;
    const QJsonDocument inner =
        QJsonDocument::fromJson(QByteArray::fromRawData(plain->constData(), plain->size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !inner.isObject()) {
        return failure(
            Kind::Corrupt,
            QCoreApplication::translate("BitwardenJsonReader",
                                        "The decrypted content of %1 is not a Bitwarden JSON export. Export "
                                        "the vault again from Bitwarden.")
                .arg(fileName));
    }
    steps.progress(90);
    auto result = readPlain(inner.object(), fileName, steps, 90);
    if (result) {
        result->format = VaultFormat::BitwardenPasswordProtected;
    }
    return result;
}

} // namespace

std::expected<VaultExport, VaultError> BitwardenJsonReader::read(QByteArrayView data, const QString &fileName,
                                                                 const VaultReadOptions &options)
{
    Steps steps(options);
    steps.progress(0);
    if (steps.cancelled()) {
        return cancelled(fileName);
    }
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(data.data(), data.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failure(Kind::Corrupt, QCoreApplication::translate(
                                          "BitwardenJsonReader",
                                          "%1 is not valid JSON (line %2: %3). Export the vault again from "
                                          "Bitwarden, and do not edit the file.")
                                          .arg(fileName)
                                          .arg(lineOf(data, parseError.offset))
                                          .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return failure(Kind::Corrupt, QCoreApplication::translate(
                                          "BitwardenJsonReader",
                                          "%1 is JSON but not a Bitwarden export (it is not a JSON object). "
                                          "Choose the file Bitwarden's Export vault wrote.")
                                          .arg(fileName));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("encrypted")).toBool()) {
        if (!root.value(QLatin1StringView("passwordProtected")).toBool()) {
            return failure(
                Kind::AccountRestricted,
                QCoreApplication::translate(
                    "BitwardenJsonReader",
                    "%1 is an account-restricted Bitwarden export: it is encrypted with your account's key, "
                    "which is not in the file, so it cannot be opened without Bitwarden. Export it again "
                    "with "
                    "a password: in the Bitwarden app choose File > Export vault (web vault: Tools > Export "
                    "vault), set the file format to \".json (Encrypted)\", choose the export type "
                    "\"Password protected\", enter a file password, export, and open the new file here with "
                    "that password.")
                    .arg(fileName));
        }
        return readProtected(root, fileName, options, steps);
    }
    steps.progress(10);
    return readPlain(root, fileName, steps, 10);
}

#include "core/dotenv/DotenvSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace {

std::optional<DotenvSchema::Type> typeFromName(const QString &name)
{
    static const QHash<QString, DotenvSchema::Type> types = {
        {QStringLiteral("string"), DotenvSchema::Type::String},
        {QStringLiteral("integer"), DotenvSchema::Type::Integer},
        {QStringLiteral("float"), DotenvSchema::Type::Float},
        {QStringLiteral("boolean"), DotenvSchema::Type::Boolean},
        {QStringLiteral("url"), DotenvSchema::Type::Url},
        {QStringLiteral("email"), DotenvSchema::Type::Email}};
    const auto it = types.find(name.toLower());
    return it == types.end() ? std::nullopt : std::optional(*it);
}

} // namespace

std::expected<DotenvSchema, QString> DotenvSchema::parse(QByteArrayView json, const QString &fileName)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(tr("%1 is not a dotenv-linter schema: %2. It must be a JSON object with "
                                  "\"entries\".")
                                   .arg(fileName, error.error != QJsonParseError::NoError
                                                      ? error.errorString()
                                                      : tr("not a JSON object")));
    }
    const QJsonObject root = document.object();
    DotenvSchema schema;
    schema.m_allowOtherKeys = root.value(QStringLiteral("allow_other_keys")).toBool(false);
    const QJsonObject entries = root.value(QStringLiteral("entries")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject spec = it.value().toObject();
        Entry entry;
        entry.required = spec.value(QStringLiteral("required")).toBool(false);
        const QString typeName = spec.value(QStringLiteral("type")).toString(QStringLiteral("String"));
        const auto type = typeFromName(typeName);
        if (!type) {
            return std::unexpected(
                tr("%1: %2 has the unknown type \"%3\"; use String, Integer, Float, Boolean, "
                   "Url or Email.")
                    .arg(fileName, it.key(), typeName));
        }
        entry.type = *type;
        if (spec.contains(QStringLiteral("regex"))) {
            entry.regex = QRegularExpression(
                QRegularExpression::anchoredPattern(spec.value(QStringLiteral("regex")).toString()));
            if (!entry.regex.isValid()) {
                return std::unexpected(tr("%1: the regex of %2 is not valid: %3.")
                                           .arg(fileName, it.key(), entry.regex.errorString()));
            }
        }
        schema.m_entries.insert(it.key(), entry);
    }
    return schema;
}

std::expected<DotenvSchema, QString> DotenvSchema::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("Cannot read the schema %1: %2. Check the path given to --schema.")
                                   .arg(path, file.errorString()));
    }
    return parse(file.readAll(), path);
}

QStringList DotenvSchema::keys() const
{
    QStringList names = m_entries.keys();
    names.sort();
    return names;
}

bool DotenvSchema::matches(Type type, QByteArrayView value)
{
    const QString text = QString::fromUtf8(value);
    switch (type) {
    case Type::String:
        return true;
    case Type::Integer: {
        static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
        return integer.match(text).hasMatch();
    }
    case Type::Float: {
        static const QRegularExpression number(
            QStringLiteral("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
        return number.match(text).hasMatch();
    }
    case Type::Boolean:
        return text.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0 ||
               text.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0;
    case Type::Url: {
        const QUrl url(text, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
    }
    case Type::Email: {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return email.match(text).hasMatch();
    }
    }
    return false;
}

QString DotenvSchema::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("String");
    case Type::Integer:
        return QStringLiteral("Integer");
    case Type::Float:
        return QStringLiteral("Float");
    case Type::Boolean:
        return QStringLiteral("Boolean");
    case Type::Url:
        return QStringLiteral("Url");
    case Type::Email:
        return QStringLiteral("Email");
    }
    return {};
}

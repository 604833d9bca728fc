#include "core/dotenv/DotenvDialect.h"

QString dotenvDialectName(DotenvDialect dialect)
{
    return dialect == DotenvDialect::Python ? QStringLiteral("python") : QStringLiteral("npm");
}

std::optional<DotenvDialect> dotenvDialectFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == u"npm" || lower == u"node" || lower == u"dotenv") {
        return DotenvDialect::Npm;
    }
    if (lower == u"python" || lower == u"python-dotenv" || lower == u"compose") {
        return DotenvDialect::Python;
    }
    return std::nullopt;
}

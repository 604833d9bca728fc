#include "core/dotenv/DotenvValueFormatter.h"

#include "core/dotenv/DotenvScanner.h"

#include <QStringList>

namespace {

bool isUnquotedSafe(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '/' || c == ':' || c == '@' || c == '%' || c == '+' || c == '=' || c == ',' ||
           c == '-';
}

} // namespace

std::expected<QByteArray, QString> DotenvValueFormatter::format(QByteArrayView value)
{
    bool unquoted = true;
    bool single = false, dbl = false, backslash = false, dollar = false, backtick = false, lineBreak = false,
         nul = false, control = false;
    for (const char c : value) {
        unquoted = unquoted && isUnquotedSafe(c);
        const auto u = static_cast<uchar>(c);
        single |= c == '\'';
        dbl |= c == '"';
        backslash |= c == '\\';
        dollar |= c == '$';
        backtick |= c == '`';
        lineBreak |= c == '\n' || c == '\r';
        nul |= c == '\0';
        control |= (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\0') || u == 0x7F;
    }
    if (unquoted) {
        return value.toByteArray();
    }
    const bool invalid = !nul && DotenvScanner::checkText(value).has_value();
    const bool alwaysBad = backslash || dollar || lineBreak || nul || control || invalid;
    if (!alwaysBad && !single && !dbl) {
        return '\'' + value.toByteArray() + '\'';
    }
    if (!alwaysBad && single && !dbl && !backtick) {
        return '"' + value.toByteArray() + '"';
    }

    QStringList problems;
    if (dollar) {
        problems << tr("a dollar sign ($): dotenv-expand (Next.js, Vite) expands it even inside quotes, and "
                       "python-dotenv and Docker Compose expand ${...}");
    }
    if (backslash) {
        problems << tr("a backslash: npm dotenv and Node keep it, but python-dotenv, Docker Compose and Ruby "
                       "dotenv read it as an escape");
    }
    if (lineBreak) {
        problems << tr("a line break: docker run --env-file and dotenv before version 15 read only the first "
                       "line, and the escaped form \\n is not expanded by Ruby dotenv or a shell");
    }
    if (single && dbl) {
        problems << tr("both a single (') and a double (\") quote: no escape is read the same way by npm "
                       "dotenv, Node --env-file and python-dotenv");
    } else if (dbl) {
        problems << tr("a double quote (\"): inside single quotes phpdotenv (Laravel) can misread it, and "
                       "inside double quotes it needs an escape that npm dotenv keeps");
    } else if (single && backtick) {
        problems << tr("a single quote (') together with a backtick (`): the value would need double quotes, "
                       "in which a shell that sources the file runs the backtick text as a command");
    }
    if (nul) {
        problems << tr("a NUL byte, which no dotenv reader reads");
    }
    if (control) {
        problems << tr("a control character other than tab, which dotenv readers treat differently");
    }
    if (invalid) {
        problems << tr("bytes that are not valid UTF-8");
    }
    return std::unexpected(
        tr("the value cannot be written so that every dotenv reader reads it the same way. "
           "It contains %1. Use a value without these characters (for generated secrets, "
           "an alphabet such as base64url needs no quoting).")
            .arg(problems.join(QStringLiteral("; "))));
}

bool DotenvValueFormatter::isPortableKey(QStringView key)
{
    if (key.isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key[i].unicode();
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0)) {
            return false;
        }
    }
    return true;
}

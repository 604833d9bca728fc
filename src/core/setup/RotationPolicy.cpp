#include "core/setup/RotationPolicy.h"

#include "core/schema/AnnotationBlock.h"

#include <QRegularExpression>
#include <QSet>

namespace {

QSet<QString> segments(const QString &name)
{
    const QStringList parts = name.toUpper().split(u'_', Qt::SkipEmptyParts);
    return QSet<QString>(parts.cbegin(), parts.cend());
}

bool hasAny(const QSet<QString> &set, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (set.contains(QLatin1StringView(word))) {
            return true;
        }
    }
    return false;
}

// The decorators written directly above @p name in the template (the @env-spec rule: the comment lines
// right above a key, up to a blank line or a `# ---` divider).
AnnotationBlock decoratorsOf(const EnvTemplate &envTemplate, const QString &name)
{
    const QList<DotenvEntry> &entries = envTemplate.document().entries();
    qsizetype at = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).kind == DotenvEntry::Kind::Assignment && entries.at(i).key == name) {
            at = i;
            break;
        }
    }
    QStringList texts;
    for (qsizetype i = at - 1; i >= 0 && entries.at(i).kind == DotenvEntry::Kind::Comment; --i) {
        const QString text = AnnotationBlock::commentText(entries.at(i).raw);
        if (AnnotationBlock::isDivider(text)) {
            break;
        }
        texts.prepend(text);
    }
    return AnnotationBlock::fromCommentTexts(texts);
}

QString declaredPrevious(const EnvTemplate &envTemplate, const QString &name)
{
    const AnnotationBlock block = decoratorsOf(envTemplate, name);
    const AnnotationBlock::Decorator *previous = block.find(u"previous");
    if (!previous || !previous->hasValue) {
        return {};
    }
    static const QRegularExpression key(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    const QString value = previous->value.trimmed();
    return key.match(value).hasMatch() ? value : QString();
}

} // namespace

bool RotationPolicy::isSigningKey(const VariableSpec &spec)
{
    const QSet<QString> parts = segments(spec.name);
    return hasAny(parts, {"JWT", "SESSION", "COOKIE", "SIGNING", "HMAC"}) ||
           spec.name.compare(u"SECRET_KEY_BASE", Qt::CaseInsensitive) == 0;
}

bool RotationPolicy::isDatabasePassword(const VariableSpec &spec)
{
    const QSet<QString> parts = segments(spec.name);
    return hasAny(parts, {"DB", "DATABASE", "POSTGRES", "POSTGRESQL", "PG", "MYSQL", "MARIADB", "MONGO",
                          "MONGODB", "REDIS"}) &&
           hasAny(parts, {"PASSWORD", "PASS", "PWD", "PASSWD"});
}

int RotationPolicy::periodDays(const VariableSpec &spec)
{
    if (spec.rotateDays > 0) {
        return spec.rotateDays;
    }
    if (isDatabasePassword(spec)) {
        return 90;
    }
    if (isSigningKey(spec)) {
        return 180;
    }
    return 0;
}

bool RotationPolicy::isStaged(const EnvTemplate &envTemplate, const VariableSpec &spec)
{
    return isSigningKey(spec) || !declaredPrevious(envTemplate, spec.name).isEmpty();
}

QString RotationPolicy::previousName(const EnvTemplate &envTemplate, const QString &name)
{
    const QString declared = declaredPrevious(envTemplate, name);
    return declared.isEmpty() ? name + QStringLiteral("_PREVIOUS") : declared;
}

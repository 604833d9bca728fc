#include "core/dotenv/ReaderDisagreementCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

#include <QRegularExpression>
#include <QSet>

namespace {

/// @p key without any U+FEFF, which would be invisible in a message.
QString visibleKey(QString key)
{
    return key.remove(QChar(0xFEFF));
}

/// The line of a Python-dialect `KEY` without `=` after @p assignment in either document (python-dotenv
/// reads it as None, and load_dotenv() leaves KEY unset), or 0.
int laterUnsettingLine(const DotenvDocument &document, const DotenvDocument &other,
                       const DotenvEntry &assignment)
{
    for (const DotenvDocument *doc : {&document, &other}) {
        for (const DotenvEntry &entry : doc->entries()) {
            if (entry.kind == DotenvEntry::Kind::Unparsed && entry.dialect == DotenvDialect::Python &&
                entry.line > assignment.line && visibleKey(entry.key) == visibleKey(assignment.key) &&
                !entry.key.isEmpty()) {
                return entry.line;
            }
        }
    }
    return 0;
}

} // namespace

void ReaderDisagreementCheck::check(const DotenvLintContext &context,
                                    QList<DotenvLintFinding> &findings) const
{
    const DotenvDocument &document = context.document;
    const QHash<QString, QByteArray> ours = document.resolvedValues();
    const std::optional<QHash<QString, QByteArray>> other =
        context.otherDialect ? std::optional(context.otherDialect->resolvedValues()) : std::nullopt;
    const QString otherName =
        document.dialect() == DotenvDialect::Npm ? tr("python-dotenv and Docker Compose") : tr("npm dotenv");
    QSet<QString> reported;
    const auto &entries = document.entries();
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const DotenvEntry &entry = entries[i];
        if (entry.kind != DotenvEntry::Kind::Assignment || reported.contains(entry.key)) {
            continue;
        }
        reported.insert(entry.key);
        if (other && other->value(entry.key) != ours.value(entry.key)) {
            QString fix = tr("Write the value in the form every reader reads alike: run 'envsmith set %1'")
                              .arg(entry.key);
            if (entry.quote == DotenvEntry::Quote::None &&
                DotenvLintHeuristics::content(entry).contains('#')) {
                fix = tr("Put the value of %1 in single quotes, or put a space before a # that starts a "
                         "comment")
                          .arg(entry.key);
            } else if (entry.quote == DotenvEntry::Quote::Double &&
                       DotenvLintHeuristics::content(entry).contains('\\')) {
                fix = tr("Avoid backslash escapes in the value of %1, or use single quotes").arg(entry.key);
            } else if (entry.quote == DotenvEntry::Quote::Backtick) {
                fix = tr("Use single or double quotes instead of backticks around the value of %1")
                          .arg(entry.key);
            }
            // Rewriting the value cannot help with these two: the line itself is the problem.
            if (const int unsetLine = laterUnsettingLine(document, *context.otherDialect, entry);
                unsetLine > 0) {
                fix = tr("Remove line %1 (%2 without =): python-dotenv reads it as unsetting %2")
                          .arg(unsetLine)
                          .arg(visibleKey(entry.key));
            } else if (entry.line > 1 && entry.raw.contains("\xEF\xBB\xBF")) {
                fix = tr("Remove the invisible byte order mark (U+FEFF) before %1 on line %2: python-dotenv "
                         "reads it as part of the name")
                          .arg(visibleKey(entry.key))
                          .arg(entry.line);
            }
            findings.append(finding(
                entry.line,
                tr("%1 is read differently by %2 than by %3")
                    .arg(entry.key,
                         document.dialect() == DotenvDialect::Npm ? tr("npm dotenv") : tr("python-dotenv"),
                         otherName),
                fix));
            continue;
        }
        static const QRegularExpression expandable(QStringLiteral("\\$[A-Za-z_{]"));
        if (QString::fromUtf8(entry.literal).contains(expandable)) {
            findings.append(
                finding(entry.line,
                        tr("The value of %1 has a $ that dotenv-expand (Next.js, Vite) and "
                           "Docker Compose expand, while npm dotenv keeps it")
                            .arg(entry.key),
                        tr("Avoid $ in the value of %1; if it refers to another variable, state the "
                           "reader in use (--dialect python expands ${NAME})")
                            .arg(entry.key)));
        }
    }
}

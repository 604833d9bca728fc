#include "core/dotenv/IncorrectDelimiterCheck.h"

void IncorrectDelimiterCheck::check(const DotenvLintContext &context,
                                    QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment) {
            continue;
        }
        bool bad = false;
        for (const QChar c : entry.key) {
            bad |= !(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'_';
        }
        if (bad) {
            findings.append(
                finding(entry.line, tr("The %1 key has incorrect delimiter").arg(entry.key),
                        tr("Use only letters, digits and underscores in the key (e.g. replace - and . "
                           "with _)")));
        }
    }
}

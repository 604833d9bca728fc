#include "core/dotenv/TrailingWhitespaceCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

void TrailingWhitespaceCheck::check(const DotenvLintContext &context,
                                    QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        const QByteArrayView text = DotenvLintHeuristics::content(entry);
        if (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t') &&
            entry.kind != DotenvEntry::Kind::Blank) {
            findings.append(finding(entry.line, tr("Trailing whitespace detected"),
                                    tr("Remove the spaces at the end of the line")));
        }
    }
}

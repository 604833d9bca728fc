#include "core/dotenv/UnreadLineCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

#include <QSet>

void UnreadLineCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    QSet<int> readElsewhere;
    if (context.otherDialect) {
        for (const DotenvEntry &entry : context.otherDialect->entries()) {
            if (entry.kind == DotenvEntry::Kind::Assignment) {
                readElsewhere.insert(entry.line);
            }
        }
    }
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Unparsed || !DotenvLintHeuristics::keyOnly(entry).isEmpty() ||
            readElsewhere.contains(entry.line)) {
            continue;
        }
        findings.append(finding(entry.line,
                                tr("Line %1 is not KEY=VALUE, a comment or an empty line, so dotenv readers "
                                   "skip it (python-dotenv warns that it could not parse it)")
                                    .arg(entry.line),
                                tr("Make it KEY=VALUE, turn it into a comment with #, or remove it")));
    }
}

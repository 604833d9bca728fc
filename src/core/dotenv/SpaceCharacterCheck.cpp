#include "core/dotenv/SpaceCharacterCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

void SpaceCharacterCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment) {
            continue;
        }
        const QByteArrayView text = DotenvLintHeuristics::content(entry);
        if (text.count('=') != 1) {
            continue;
        }
        const qsizetype eq = text.indexOf('=');
        const bool before = eq > 0 && (text[eq - 1] == ' ' || text[eq - 1] == '\t');
        const bool after = eq + 1 < text.size() && (text[eq + 1] == ' ' || text[eq + 1] == '\t');
        if (before || after) {
            findings.append(
                finding(entry.line, tr("The line has spaces around equal sign"),
                        tr("Remove the spaces before and after = in the assignment of %1").arg(entry.key)));
        }
    }
}

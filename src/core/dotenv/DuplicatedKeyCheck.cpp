#include "core/dotenv/DuplicatedKeyCheck.h"

#include <QSet>

void DuplicatedKeyCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    QSet<QString> seen;
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment) {
            continue;
        }
        if (seen.contains(entry.key)) {
            findings.append(finding(
                entry.line, tr("The %1 key is duplicated").arg(entry.key),
                tr("Remove the other assignments of %1; every reader uses the last one").arg(entry.key)));
        }
        seen.insert(entry.key);
    }
}

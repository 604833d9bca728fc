#include "core/dotenv/UnorderedKeyCheck.h"

void UnorderedKeyCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    QString previous;
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment) {
            previous.clear();
            continue;
        }
        if (!previous.isEmpty() && entry.key < previous) {
            findings.append(
                finding(entry.line, tr("The %1 key should go before the %2 key").arg(entry.key, previous),
                        tr("Sort the keys of this group alphabetically, or separate groups with a "
                           "blank line")));
        }
        previous = entry.literal.contains('$') ? QString() : entry.key;
    }
}

#include "core/dotenv/LowercaseKeyCheck.h"

void LowercaseKeyCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind == DotenvEntry::Kind::Assignment && entry.key != entry.key.toUpper()) {
            findings.append(
                finding(entry.line, tr("The %1 key should be in uppercase").arg(entry.key),
                        tr("Rename the key to %1 (and its uses in the code)").arg(entry.key.toUpper())));
        }
    }
}

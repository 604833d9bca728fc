#include "core/dotenv/ExtraBlankLineCheck.h"

void ExtraBlankLineCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    bool previousBlank = false;
    for (const DotenvEntry &entry : context.document.entries()) {
        const bool blank = entry.kind == DotenvEntry::Kind::Blank;
        if (blank && previousBlank) {
            findings.append(
                finding(entry.line, tr("Extra blank line detected"), tr("Remove the extra empty line")));
        }
        previousBlank = blank;
    }
}

#include "core/dotenv/EndingBlankLineCheck.h"

void EndingBlankLineCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    const auto &entries = context.document.entries();
    if (entries.isEmpty()) {
        return;
    }
    const DotenvEntry &last = entries.last();
    if (!last.raw.endsWith('\n') && !last.raw.endsWith('\r')) {
        findings.append(finding(last.line, tr("No blank line at the end of the file"),
                                tr("End the last line with a line break")));
    }
}

#include "core/dotenv/ValueWithoutQuotesCheck.h"

void ValueWithoutQuotesCheck::check(const DotenvLintContext &context,
                                    QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment || entry.quote != DotenvEntry::Quote::None) {
            continue;
        }
        if (entry.literal.contains(' ') || entry.literal.contains('\t')) {
            findings.append(finding(entry.line, tr("The value of %1 has spaces but no quotes").arg(entry.key),
                                    tr("Put the value of %1 in single quotes").arg(entry.key)));
        }
    }
}

#include "core/dotenv/QuoteCharacterCheck.h"

#include "core/dotenv/DotenvValueFormatter.h"

void QuoteCharacterCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment || entry.quote == DotenvEntry::Quote::None ||
            entry.literal.isEmpty()) {
            continue;
        }
        const auto formatted = DotenvValueFormatter::format(entry.literal);
        if (formatted && *formatted == entry.literal) {
            findings.append(finding(
                entry.line, tr("The value of %1 has quote characters it does not need").arg(entry.key),
                tr("Remove the quotes around the value of %1").arg(entry.key)));
        }
    }
}

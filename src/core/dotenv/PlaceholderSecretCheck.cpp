#include "core/dotenv/PlaceholderSecretCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

void PlaceholderSecretCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    if (context.isTemplate) {
        return;
    }
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind == DotenvEntry::Kind::Assignment &&
            DotenvLintHeuristics::isSecretLookingKey(entry.key) &&
            DotenvLintHeuristics::isPlaceholder(entry.value)) {
            findings.append(finding(
                entry.line, tr("%1 looks like a secret but its value is a placeholder").arg(entry.key),
                tr("Set a real value: envsmith setup generates secrets, or run "
                   "'envsmith set %1' and type it")
                    .arg(entry.key)));
        }
    }
}

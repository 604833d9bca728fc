#include "core/dotenv/SecretInTemplateCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

void SecretInTemplateCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    if (!context.isTemplate) {
        return;
    }
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind == DotenvEntry::Kind::Assignment &&
            DotenvLintHeuristics::looksLikeRealSecret(entry.literal)) {
            findings.append(
                finding(entry.line,
                        tr("The value of %1 looks like a real secret in a template, which is "
                           "committed and shared")
                            .arg(entry.key),
                        tr("Replace it with a placeholder or leave it empty, and rotate the secret if "
                           "it was ever committed")));
        }
    }
}

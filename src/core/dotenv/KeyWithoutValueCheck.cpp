#include "core/dotenv/KeyWithoutValueCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

void KeyWithoutValueCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Unparsed) {
            continue;
        }
        const QByteArrayView text = DotenvLintHeuristics::keyOnly(entry);
        if (!text.isEmpty()) {
            findings.append(finding(
                entry.line,
                tr("The %1 key should be with a value or have an equal sign").arg(QString::fromLatin1(text)),
                tr("Add = after the key (an empty value), or remove the line")));
        }
    }
}

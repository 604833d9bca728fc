#include "core/dotenv/LeadingCharacterCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

void LeadingCharacterCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment) {
            continue;
        }
        QByteArrayView text = DotenvLintHeuristics::content(entry);
        if (entry.line == 1 && text.startsWith("\xEF\xBB\xBF")) {
            text = text.sliced(3);
        }
        if (entry.exported && text.startsWith("export")) {
            text = text.sliced(6).trimmed();
        }
        const char c = text.isEmpty() ? '\0' : text.front();
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_')) {
            findings.append(
                finding(entry.line, tr("Invalid leading character detected"),
                        tr("Start the line with the key: remove leading spaces or characters, and "
                           "do not start a key with a digit")));
        }
    }
}

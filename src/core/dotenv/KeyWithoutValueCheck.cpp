#include "core/dotenv/KeyWithoutValueCheck.h"

#include "core/dotenv/DotenvLintHeuristics.h"

void KeyWithoutValueCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Unparsed) {
            continue;
        }
        QByteArrayView text = DotenvLintHeuristics::content(entry).trimmed();
        if (text.startsWith("export ")) {
            text = text.sliced(7).trimmed();
        }
        bool keyOnly = !text.isEmpty();
        for (const char c : text) {
            keyOnly &= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '_' || c == '.' || c == '-';
        }
        if (keyOnly) {
            findings.append(finding(
                entry.line,
                tr("The %1 key should be with a value or have an equal sign").arg(QString::fromLatin1(text)),
                tr("Add = after the key (an empty value), or remove the line")));
        }
    }
}

#include "core/dotenv/SubstitutionKeyCheck.h"

#include <QRegularExpression>

void SubstitutionKeyCheck::check(const DotenvLintContext &context, QList<DotenvLintFinding> &findings) const
{
    static const QRegularExpression reference(QStringLiteral("(?<!\\\\)\\$(\\{)?([A-Za-z0-9_]*)(\\})?"));
    for (const DotenvEntry &entry : context.document.entries()) {
        if (entry.kind != DotenvEntry::Kind::Assignment || entry.quote == DotenvEntry::Quote::Single ||
            entry.quote == DotenvEntry::Quote::Backtick) {
            continue;
        }
        const QString value = QString::fromUtf8(entry.literal);
        bool bad = false;
        for (auto it = reference.globalMatch(value); it.hasNext() && !bad;) {
            const auto match = it.next();
            const bool open = match.hasCaptured(1);
            const bool close = match.hasCaptured(3);
            if (open && !close) {
                bad = true; // `${FOO` or `${FOO-bar}`
            } else if (!open && close && !match.captured(2).isEmpty()) {
                bad = true; // `$FOO}`
            }
        }
        if (bad) {
            findings.append(finding(entry.line, tr("The %1 key is not assigned properly").arg(entry.key),
                                    tr("Write references as ${NAME} with a name of letters, digits and "
                                       "underscores, and close every brace")));
        }
    }
}

#include "core/dotenv/DotenvLintFinding.h"

QString DotenvLintFinding::severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

#include "core/hygiene/ScanRule.h"

using namespace Qt::StringLiterals;

QString ScanRule::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return u"error"_s;
}

#include "core/hygiene/HygieneFinding.h"

using namespace Qt::StringLiterals;

QString HygieneFinding::severityName(Severity severity)
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

QString HygieneFinding::statusName(Status status)
{
    switch (status) {
    case Status::Passed:
        return u"passed"_s;
    case Status::Failed:
        return u"failed"_s;
    case Status::NotApplicable:
        return u"not-applicable"_s;
    }
    return u"failed"_s;
}

QString HygieneFinding::fixName(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return u"none"_s;
    case Fix::AddToGitignore:
        return u"add-to-gitignore"_s;
    case Fix::UntrackFile:
        return u"untrack-file"_s;
    case Fix::RestrictMode:
        return u"restrict-mode"_s;
    case Fix::InstallHook:
        return u"install-hook"_s;
    }
    return u"none"_s;
}

#include "core/hygiene/HygieneReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

bool HygieneReport::hasErrors() const
{
    for (const HygieneFinding &finding : m_findings) {
        if (finding.status == HygieneFinding::Status::Failed &&
            finding.severity == HygieneFinding::Severity::Error)
            return true;
    }
    return false;
}

bool HygieneReport::isIncomplete() const
{
    for (const HygieneFinding &finding : m_findings) {
        if (finding.incomplete)
            return true;
    }
    return false;
}

QString HygieneReport::toText() const
{
    QString text;
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int notApplicable = 0;
    for (const HygieneFinding &finding : m_findings) {
        QString tag;
        switch (finding.status) {
        case HygieneFinding::Status::Passed:
            tag = u"ok"_s;
            ++passed;
            break;
        case HygieneFinding::Status::NotApplicable:
            tag = u"n/a"_s;
            ++notApplicable;
            break;
        case HygieneFinding::Status::Failed:
            tag = HygieneFinding::severityName(finding.severity);
            ++failed;
            if (finding.severity == HygieneFinding::Severity::Error)
                ++errors;
            break;
        }
        text += u'[' + tag + u"] "_s + finding.id + u": "_s + finding.message;
        if (finding.status == HygieneFinding::Status::Failed && !finding.fixDescription.isEmpty())
            text +=
                u' ' + QCoreApplication::translate("HygieneReport", "Fix: %1").arg(finding.fixDescription);
        text += u'\n';
    }
    text +=
        QCoreApplication::translate(
            "HygieneReport", "%1 checks: %2 passed, %3 failed (%4 with severity error), %5 not applicable.")
            .arg(m_findings.size())
            .arg(passed)
            .arg(failed)
            .arg(errors)
            .arg(notApplicable);
    text += u'\n';
    if (isIncomplete()) {
        text += QCoreApplication::translate("HygieneReport",
                                            "Some checks could not be done (see their messages above), so "
                                            "this report is incomplete.");
        text += u'\n';
    }
    return text;
}

QByteArray HygieneReport::toJson() const
{
    QJsonArray array;
    for (const HygieneFinding &finding : m_findings) {
        array.append(QJsonObject{
            {u"id"_s, finding.id},
            {u"status"_s, HygieneFinding::statusName(finding.status)},
            {u"severity"_s, HygieneFinding::severityName(finding.severity)},
            {u"message"_s, finding.message},
            {u"fix"_s, finding.fixDescription},
            {u"fixAction"_s, HygieneFinding::fixName(finding.fix)},
            {u"path"_s, finding.path},
            {u"incomplete"_s, finding.incomplete},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

#include "core/hygiene/HygieneReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HygieneFinding makeFinding(const QString &id, HygieneFinding::Status status,
                           HygieneFinding::Severity severity, HygieneFinding::Fix fix, const QString &message,
                           const QString &fixDescription)
{
    HygieneFinding finding;
    finding.id = id;
    finding.status = status;
    finding.severity = severity;
    finding.fix = fix;
    finding.message = message;
    finding.fixDescription = fixDescription;
    finding.path = u".env"_s;
    return finding;
}

HygieneReport sampleReport()
{
    HygieneReport report;
    report.add(makeFinding(u"env-ignored"_s, HygieneFinding::Status::Failed, HygieneFinding::Severity::Error,
                           HygieneFinding::Fix::AddToGitignore, u"not ignored."_s, u"Add `.env`."_s));
    report.add(makeFinding(u"env-not-tracked"_s, HygieneFinding::Status::Passed,
                           HygieneFinding::Severity::Info, HygieneFinding::Fix::None, u"not tracked."_s,
                           QString()));
    report.add(makeFinding(u"env-mode"_s, HygieneFinding::Status::NotApplicable,
                           HygieneFinding::Severity::Info, HygieneFinding::Fix::None, u"no file."_s,
                           QString()));
    report.add(makeFinding(u"env-extra"_s, HygieneFinding::Status::Failed, HygieneFinding::Severity::Warning,
                           HygieneFinding::Fix::RestrictMode, u"wide."_s, u"Narrow it."_s));
    return report;
}

} // namespace

class TestHygieneReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void hasErrors_data();
    void hasErrors();
    void toText();
    void toJson();
    void emptyReport();
};

void TestHygieneReport::names()
{
    QCOMPARE(HygieneFinding::severityName(HygieneFinding::Severity::Info), u"info"_s);
    QCOMPARE(HygieneFinding::severityName(HygieneFinding::Severity::Warning), u"warning"_s);
    QCOMPARE(HygieneFinding::severityName(HygieneFinding::Severity::Error), u"error"_s);
    QCOMPARE(HygieneFinding::statusName(HygieneFinding::Status::NotApplicable), u"not-applicable"_s);
    QCOMPARE(HygieneFinding::fixName(HygieneFinding::Fix::UntrackFile), u"untrack-file"_s);
    QCOMPARE(HygieneFinding::fixName(HygieneFinding::Fix::InstallHook), u"install-hook"_s);
}

void TestHygieneReport::hasErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");
    QTest::addColumn<bool>("expected");
    QTest::newRow("failed error") << int(HygieneFinding::Status::Failed)
                                  << int(HygieneFinding::Severity::Error) << true;
    QTest::newRow("failed warning") << int(HygieneFinding::Status::Failed)
                                    << int(HygieneFinding::Severity::Warning) << false;
    QTest::newRow("passed error") << int(HygieneFinding::Status::Passed)
                                  << int(HygieneFinding::Severity::Error) << false;
    QTest::newRow("n/a error") << int(HygieneFinding::Status::NotApplicable)
                               << int(HygieneFinding::Severity::Error) << false;
}

void TestHygieneReport::hasErrors()
{
    QFETCH(int, status);
    QFETCH(int, severity);
    QFETCH(bool, expected);
    HygieneReport report;
    report.add(makeFinding(u"x"_s, HygieneFinding::Status(status), HygieneFinding::Severity(severity),
                           HygieneFinding::Fix::None, u"m"_s, QString()));
    QCOMPARE(report.hasErrors(), expected);
}

void TestHygieneReport::toText()
{
    const QStringList lines = sampleReport().toText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), u"[error] env-ignored: not ignored. Fix: Add `.env`."_s);
    QCOMPARE(lines.at(1), u"[ok] env-not-tracked: not tracked."_s);
    QCOMPARE(lines.at(2), u"[n/a] env-mode: no file."_s);
    QCOMPARE(lines.at(3), u"[warning] env-extra: wide. Fix: Narrow it."_s);
    QCOMPARE(lines.at(4), u"4 checks: 1 passed, 2 failed (1 with severity error), 1 not applicable."_s);
}

void TestHygieneReport::toJson()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(sampleReport().toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 4);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(u"id"_s).toString(), u"env-ignored"_s);
    QCOMPARE(first.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(first.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(first.value(u"message"_s).toString(), u"not ignored."_s);
    QCOMPARE(first.value(u"fix"_s).toString(), u"Add `.env`."_s);
    QCOMPARE(first.value(u"fixAction"_s).toString(), u"add-to-gitignore"_s);
    QCOMPARE(first.value(u"path"_s).toString(), u".env"_s);
    QCOMPARE(array.at(2).toObject().value(u"status"_s).toString(), u"not-applicable"_s);
    QCOMPARE(array.at(3).toObject().value(u"fixAction"_s).toString(), u"restrict-mode"_s);
}

void TestHygieneReport::emptyReport()
{
    const HygieneReport report;
    QVERIFY(!report.hasErrors());
    QCOMPARE(QJsonDocument::fromJson(report.toJson()).array().size(), 0);
    QCOMPARE(report.toText(), u"0 checks: 0 passed, 0 failed (0 with severity error), 0 not applicable.\n"_s);
}

QTEST_GUILESS_MAIN(TestHygieneReport)
#include "tst_hygienereport.moc"

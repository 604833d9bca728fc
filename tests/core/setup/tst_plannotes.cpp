// PlanNotes on real plans (SetupPlanner over temporary git repositories): lint findings land on the
// variable whose line they are on, findings on no template variable are general, overdue secrets are
// marked from a real KeychainIndex file; no note contains a value. ProjectCheck adds the secret-age
// finding to the hygiene report.

#include "TempGitRepo.h"
#include "core/setup/PlanNotes.h"
#include "core/setup/ProjectCheck.h"
#include "core/setup/SetupPlanner.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kTemplate = "PORT=3000\n"
                             "# Signs sessions\n"
                             "JWT_SECRET=\n"
                             "DB_PASSWORD=changeme\n";

/// Writes a KeychainIndex file whose record for @p name under @p service was created @p daysAgo days ago.
bool writeIndex(const QString &path, const QString &service, const QString &name, int daysAgo)
{
    const QDateTime created = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QJsonObject record{{u"created"_s, created.toString(Qt::ISODateWithMs)}};
    file.write(
        QJsonDocument(QJsonObject{{u"version"_s, 1},
                                  {u"services"_s, QJsonObject{{service, QJsonObject{{name, record}}}}}})
            .toJson());
    return true;
}

} // namespace

class TestPlanNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lintFindingsLandOnTheirVariable_data();
    void lintFindingsLandOnTheirVariable();
    void overdueSecretIsMarked_data();
    void overdueSecretIsMarked();
    void projectCheckReportsSecretAge();
};

void TestPlanNotes::lintFindingsLandOnTheirVariable_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QString>("variable"); // empty: a general note
    QTest::addColumn<QString>("check");    // text the note must contain
    QTest::addColumn<QByteArray>("value"); // must not appear in any note
    QTest::newRow("reader disagreement on a variable")
        << QByteArray("PORT=3000\nJWT_SECRET=abc#def-s3cr3tvalue\nDB_PASSWORD=x\n") // gitleaks:allow
        << u"JWT_SECRET"_s << u".env:2"_s << QByteArray("abc#def-s3cr3tvalue");
    QTest::newRow("key only in .env is general")
        << QByteArray("PORT=3000\nJWT_SECRET=x\nDB_PASSWORD=y\nlower_key=zzsecretzz\n") << QString()
        << u".env:4"_s << QByteArray("zzsecretzz");
    QTest::newRow("duplicated key")
        << QByteArray("PORT=3000\nJWT_SECRET=first-value-1\nDB_PASSWORD=y\n" // gitleaks:allow
                      "JWT_SECRET=second-value-2\n")                         // gitleaks:allow
        << u"JWT_SECRET"_s << u".env:4"_s << QByteArray("second-value-2");
}

void TestPlanNotes::lintFindingsLandOnTheirVariable()
{
    QFETCH(QByteArray, env);
    QFETCH(QString, variable);
    QFETCH(QString, check);
    QFETCH(QByteArray, value);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, kTemplate));
    QVERIFY(repo.writeFile(u".env"_s, env));
    auto context = RepoContext::open(repo.path());
    QVERIFY2(context, qPrintable(context.error()));
    auto plan = SetupPlanner::build(*context);
    QVERIFY2(plan, qPrintable(plan.error()));

    const PlanNotes notes = PlanNotes::build(*plan, nullptr, QString(), QDateTime::currentDateTimeUtc());
    const QStringList lines = variable.isEmpty() ? notes.general() : notes.forVariable(variable).lint;
    QVERIFY2(!lines.filter(check).isEmpty(), qPrintable(lines.join(u'\n')));
    if (!variable.isEmpty()) {
        QVERIFY(!PlanNotes::summary(notes.forVariable(variable)).isEmpty());
        QVERIFY(notes.forVariable(u"PORT"_s).isEmpty());
    }
    QStringList everything = notes.general();
    for (const QString &name : {u"PORT"_s, u"JWT_SECRET"_s, u"DB_PASSWORD"_s}) {
        everything << PlanNotes::details(notes.forVariable(name));
    }
    QVERIFY(!everything.join(u'\n').toUtf8().contains(value));
}

void TestPlanNotes::overdueSecretIsMarked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<bool>("overdue");
    QTest::newRow("database password 91 days") << u"DB_PASSWORD"_s << 91 << true;
    QTest::newRow("database password 89 days") << u"DB_PASSWORD"_s << 89 << false;
    QTest::newRow("signing key 181 days") << u"JWT_SECRET"_s << 181 << true;
    QTest::newRow("signing key 100 days") << u"JWT_SECRET"_s << 100 << false;
}

void TestPlanNotes::overdueSecretIsMarked()
{
    QFETCH(QString, name);
    QFETCH(int, daysAgo);
    QFETCH(bool, overdue);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, kTemplate));
    auto context = RepoContext::open(repo.path());
    QVERIFY(context);
    auto plan = SetupPlanner::build(*context);
    QVERIFY(plan);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"index.json"_s);
    const QString service = KeychainStore(context->projectId(), context->envFileName()).service();
    QVERIFY(writeIndex(path, service, name, daysAgo));
    auto index = KeychainIndex::load(path);
    QVERIFY(index);

    const PlanNotes notes = PlanNotes::build(*plan, &*index, service, QDateTime::currentDateTimeUtc());
    QCOMPARE(notes.forVariable(name).overdue.has_value(), overdue);
    QCOMPARE(PlanNotes::summary(notes.forVariable(name)).contains(u"Overdue"_s), overdue);
    // Another service's records do not count.
    QVERIFY(!PlanNotes::build(*plan, &*index, u"envsmith/other"_s, QDateTime::currentDateTimeUtc())
                 .forVariable(name)
                 .overdue);
}

void TestPlanNotes::projectCheckReportsSecretAge()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, kTemplate));
    auto context = RepoContext::open(repo.path());
    QVERIFY(context);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"index.json"_s);
    const QString service = KeychainStore(context->projectId(), context->envFileName()).service();
    QVERIFY(writeIndex(path, service, u"DB_PASSWORD"_s, 200));

    ProjectCheck::Options checkOptions;
    checkOptions.indexPath = path;
    checkOptions.scanTree = false;
    const HygieneReport report = ProjectCheck::run(*context, checkOptions);
    bool found = false;
    for (const HygieneFinding &finding : report.findings()) {
        if (finding.id == u"secret-age"_s) {
            found = true;
            QCOMPARE(finding.status, HygieneFinding::Status::Failed);
            QVERIFY(finding.message.contains(u"DB_PASSWORD"_s));
        }
    }
    QVERIFY(found);
    // A broken index: the other checks still run, the age check says why it could not run.
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const HygieneReport degraded = ProjectCheck::run(*context, checkOptions);
    bool notApplicable = false;
    for (const HygieneFinding &finding : degraded.findings()) {
        if (finding.id == u"secret-age"_s) {
            notApplicable = finding.status == HygieneFinding::Status::NotApplicable;
        }
    }
    QVERIFY(notApplicable);
    QVERIFY(degraded.findings().size() > 1);
}

QTEST_GUILESS_MAIN(TestPlanNotes)
#include "tst_plannotes.moc"

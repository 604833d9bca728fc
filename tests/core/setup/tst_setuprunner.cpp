// SetupRunner: applying a plan to a real temp git repository, with the real gnome-keyring the test runner
// starts (tests/run-with-keyring.sh), and git itself as the judge of what is ignored.

#include "TempGitRepo.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/hygiene/CommitGuardInstaller.h"
#include "core/setup/SetupPlanner.h"
#include "core/setup/SetupRunner.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace TestFiles;

namespace {

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

} // namespace

class TestSetupRunner : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<TempGitRepo> demoRepo()
    {
        auto repo = std::make_unique<TempGitRepo>();
        if (!repo->isValid() || !repo->writeFile(QStringLiteral(".env.example"), demoTemplate()) ||
            repo->commitAll(QStringLiteral("template")).isEmpty()) {
            return nullptr;
        }
        return repo;
    }
    static SetupPlan planFor(const QString &folder)
    {
        auto plan = SetupPlanner::build(*RepoContext::open(folder));
        if (!plan) {
            qFatal("cannot plan: %s", qPrintable(plan.error()));
        }
        return std::move(*plan);
    }
    static QList<ApplyStep::Status> statuses(const SetupRunner::Result &result)
    {
        QList<ApplyStep::Status> list;
        for (const ApplyStep &step : result.steps) {
            list.append(step.status);
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("envsmith")); }
    void appliesEveryStep();
    void replacedFileStaysRecoverable();
    void fileChangedBehindOurBackIsNotOverwritten();
    void symlinkNeedsConfirmation();
    void withoutKeychain();
    void reportSummarySaysWhatTheChecksFound_data();
    void reportSummarySaysWhatTheChecksFound();
    void nothingWrittenWhereGitWouldNotIgnoreIt_data();
    void nothingWrittenWhereGitWouldNotIgnoreIt();
};

void TestSetupRunner::appliesEveryStep()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path());
    QList<ApplyStep> progress;
    const SetupRunner::Result result =
        SetupRunner::apply(plan, {}, [&progress](const ApplyStep &step) { progress.append(step); });

    QVERIFY2(result.ok(), qPrintable(result.steps.isEmpty() ? QString() : result.steps.last().message));
    QCOMPARE(statuses(result), QList<ApplyStep::Status>(4, ApplyStep::Status::Done));
    QCOMPARE(progress.size(), 8);                                // running + finished for each step
    QCOMPARE(result.steps.first().id, ApplyStep::Id::Gitignore); // ignored before the file exists

    const QString envPath = repo->filePath(QStringLiteral(".env"));
    QCOMPARE(QFileInfo(envPath).permissions() & ~ownerOnly(), QFileDevice::Permissions());
    QCOMPARE(
        repo->run({QStringLiteral("check-ignore"), QStringLiteral("-q"), QStringLiteral(".env")}).exitCode,
        0);

    auto written = DotenvDocument::parse(readFile(envPath));
    QVERIFY(written);
    KeychainStore store(plan.context().projectId(), QStringLiteral(".env"));
    auto index = KeychainIndex::load();
    QVERIFY(index);
    for (const PlannedVariable &row : plan.variables()) {
        QVERIFY2(row.value->equals(written->value(row.spec.name).value_or(QByteArray("<absent>"))),
                 qPrintable(row.spec.name));
        if (row.value->isEmpty()) {
            continue;
        }
        auto stored = store.read(row.spec.name);
        QVERIFY2(stored, qPrintable(row.spec.name + QStringLiteral(": ") +
                                    (stored ? QString() : stored.error().message)));
        QVERIFY2(stored->equals(*row.value), qPrintable(row.spec.name));
        QVERIFY2(index->names(store.service()).contains(row.spec.name), qPrintable(row.spec.name));
    }
    QVERIFY(!result.report.hasErrors());
}

void TestSetupRunner::replacedFileStaysRecoverable()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    const QByteArray original = "DB_PASSWORD=first\nJWT_SECRET=keep-me\n";
    QVERIFY(repo->writeFile(QStringLiteral(".env"), original));
    SetupPlan plan = planFor(repo->path());
    QVERIFY(plan.regenerate(QStringLiteral("DB_PASSWORD")));
    const SetupRunner::Result result = SetupRunner::apply(plan, {});
    QVERIFY(result.envWritten);
    QVERIFY(!result.backupPath.isEmpty());
    QCOMPARE(readFile(result.backupPath), original);
    QCOMPARE(QFileInfo(result.backupPath).permissions() & ~ownerOnly(), QFileDevice::Permissions());
    const QString backupName = QFileInfo(result.backupPath).fileName();
    QCOMPARE(repo->run({QStringLiteral("check-ignore"), QStringLiteral("-q"), backupName}).exitCode, 0);
    auto written = DotenvDocument::parse(readFile(repo->filePath(QStringLiteral(".env"))));
    QVERIFY(written);
    QCOMPARE(written->value(u"JWT_SECRET"), std::optional<QByteArray>("keep-me"));
    QVERIFY(written->value(u"DB_PASSWORD") != std::optional<QByteArray>("first"));
}

void TestSetupRunner::fileChangedBehindOurBackIsNotOverwritten()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path()); // planned while there was no .env
    const QByteArray theirs = "DB_PASSWORD=typed-meanwhile\n";
    QVERIFY(repo->writeFile(QStringLiteral(".env"), theirs));
    const SetupRunner::Result result = SetupRunner::apply(plan, {});
    QVERIFY(!result.envWritten);
    QCOMPARE(readFile(repo->filePath(QStringLiteral(".env"))), theirs);
    const auto envStep = std::find_if(result.steps.cbegin(), result.steps.cend(), [](const ApplyStep &step) {
        return step.id == ApplyStep::Id::EnvFile;
    });
    QVERIFY(envStep != result.steps.cend());
    QCOMPARE(envStep->status, ApplyStep::Status::Failed);
    QVERIFY(!envStep->message.contains(QStringLiteral("typed-meanwhile")));
}

void TestSetupRunner::symlinkNeedsConfirmation()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("shared.env"));
    const QByteArray original = "LOG_LEVEL=info\n";
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original);
    file.close();
    const QString link = repo->filePath(QStringLiteral(".env"));
    QVERIFY(QFile::link(target, link));

    const SetupPlan plan = planFor(repo->path());
    SetupRunner::Options options;
    options.useKeychain = false;
    SetupRunner::Result refused = SetupRunner::apply(plan, options);
    QVERIFY(!refused.envWritten);
    QCOMPARE(readFile(target), original);

    options.followSymlink = true;
    const SetupRunner::Result written = SetupRunner::apply(plan, options);
    QVERIFY(written.envWritten);
    QVERIFY(QFileInfo(link).isSymLink()); // the link itself stays
    auto document = DotenvDocument::parse(readFile(target));
    QVERIFY(document);
    QCOMPARE(document->value(u"LOG_LEVEL"), std::optional<QByteArray>("info")); // kept
    QVERIFY(document->value(u"JWT_SECRET").value_or(QByteArray()).size() == 128);
}

void TestSetupRunner::withoutKeychain()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path());
    SetupRunner::Options options;
    options.useKeychain = false;
    const SetupRunner::Result result = SetupRunner::apply(plan, options);
    QVERIFY(result.ok());
    QCOMPARE(result.steps.size(), 3);
    KeychainStore store(plan.context().projectId(), QStringLiteral(".env"));
    auto stored = store.read(QStringLiteral("DB_PASSWORD"));
    QVERIFY(!stored);
    QCOMPARE(stored.error().kind, KeychainStore::ErrorKind::NotFound);
}

void TestSetupRunner::reportSummarySaysWhatTheChecksFound_data()
{
    // The report step's one line: a warning (no commit guard) is not "All checks passed".
    QTest::addColumn<bool>("withGuard");
    QTest::addColumn<QString>("summary");
    QTest::newRow("no commit guard") << false
                                     << QStringLiteral(
                                            "No problem of severity error, but some warnings; see the "
                                            "report.");
    QTest::newRow("commit guard installed") << true << QStringLiteral("All checks passed.");
}

void TestSetupRunner::reportSummarySaysWhatTheChecksFound()
{
    QFETCH(bool, withGuard);
    QFETCH(QString, summary);
    auto repo = demoRepo();
    QVERIFY(repo);
    if (withGuard) {
        const auto installed = CommitGuardInstaller::install(repo->path(), QStringLiteral(ENVSMITH_BINARY));
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error()));
    }
    const SetupPlan plan = planFor(repo->path());
    SetupRunner::Options options;
    options.useKeychain = false;
    const SetupRunner::Result result = SetupRunner::apply(plan, options);
    QVERIFY(result.ok());
    QCOMPARE(result.steps.last().id, ApplyStep::Id::Report);
    QCOMPARE(result.steps.last().message, summary);
}

void TestSetupRunner::nothingWrittenWhereGitWouldNotIgnoreIt_data()
{
    QTest::addColumn<bool>("gitignoreIsFolder");
    QTest::addColumn<bool>("envTracked");
    QTest::newRow(".gitignore cannot be written") << true << false;
    QTest::newRow(".env is tracked") << false << true;
}

void TestSetupRunner::nothingWrittenWhereGitWouldNotIgnoreIt()
{
    QFETCH(bool, gitignoreIsFolder);
    QFETCH(bool, envTracked);
    auto repo = demoRepo();
    QVERIFY(repo);
    if (gitignoreIsFolder) {
        QVERIFY(repo->makeDir(QStringLiteral(".gitignore")));
    }
    const QByteArray original = "DB_PASSWORD=committed-before\n";
    if (envTracked) {
        QVERIFY(repo->writeFile(QStringLiteral(".env"), original));
        QVERIFY(!repo->commitAll(QStringLiteral("oops"), true).isEmpty());
    }
    const SetupPlan plan = planFor(repo->path());
    SetupRunner::Options options;
    options.useKeychain = false;
    const SetupRunner::Result result = SetupRunner::apply(plan, options);
    QVERIFY(!result.envWritten);
    QVERIFY(!result.ok());
    QCOMPARE(readFile(repo->filePath(QStringLiteral(".env"))), envTracked ? original : QByteArray());
    const auto envStep = std::find_if(result.steps.cbegin(), result.steps.cend(), [](const ApplyStep &step) {
        return step.id == ApplyStep::Id::EnvFile;
    });
    QVERIFY(envStep != result.steps.cend());
    QCOMPARE(envStep->status, ApplyStep::Status::Failed);
    QVERIFY2(envStep->message.contains(envTracked ? QStringLiteral("git rm --cached")
                                                  : QStringLiteral(".gitignore")),
             qPrintable(envStep->message));
}

QTEST_GUILESS_MAIN(TestSetupRunner)
#include "tst_setuprunner.moc"

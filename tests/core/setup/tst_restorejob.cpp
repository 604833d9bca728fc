// RestoreJob on real git repositories and the real gnome-keyring of tests/run-with-keyring.sh: a setup
// stores the values, `.env` goes away, the job rebuilds it. Ends by locking the keyring: a locked
// keyring's "entry not found" must stop the restore, never produce a file with values left out.

#include "TempGitRepo.h"
#include "core/setup/PlanWarnings.h"
#include "core/setup/RestoreJob.h"
#include "core/setup/SetupPlanner.h"
#include "core/setup/SetupRunner.h"
#include "core/store/KeychainStatus.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QFile>
#include <QTest>

#include "TestFiles.h"

using namespace Qt::StringLiterals;

using namespace TestFiles;

namespace {

const QByteArray kTemplate = "# Local development settings\n"
                             "\n"
                             "# Password of the local Postgres\n"
                             "DB_PASSWORD=changeme\n"
                             "DATABASE_URL=postgres://app:changeme@localhost:5432/app\n"
                             "# Signs session cookies\n"
                             "SESSION_SECRET=\n"
                             "STRIPE_SECRET_KEY=\n"
                             "PORT=3000\n";

// Secret Service Lock on the default collection (no prompt needed), as tst_keychainstore does.
bool lockDefaultCollection()
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    call.setArguments({QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/aliases/default"_s)})});
    return QDBusConnection::sessionBus().call(call, QDBus::Block, 5000).type() == QDBusMessage::ReplyMessage;
}

} // namespace

class TestRestoreJob : public QObject
{
    Q_OBJECT

private:
    // A repository set up with the keychain; empty on failure.
    static std::unique_ptr<TempGitRepo> setUp()
    {
        auto repo = std::make_unique<TempGitRepo>();
        if (!repo->isValid() || !repo->writeFile(u".env.example"_s, kTemplate) ||
            repo->commitAll(u"template"_s).isEmpty()) {
            return nullptr;
        }
        auto context = RepoContext::open(repo->path());
        auto plan = context ? SetupPlanner::build(*context) : std::unexpected(u"no context"_s);
        if (!plan) {
            return nullptr;
        }
        const SetupRunner::Result result = SetupRunner::apply(*plan, SetupRunner::Options{});
        if (!result.ok()) {
            for (const ApplyStep &step : result.steps)
                qWarning("%s: %s", qPrintable(step.title), qPrintable(step.message));
            return nullptr;
        }
        return repo;
    }

private Q_SLOTS:
    void initTestCase();
    void rebuildsTheFileAsSetupWroteIt();
    void refusesAnExistingFile();
    void refusesAProjectWithoutStoredValues();
    void planWarningsForKeptValues();
    void lockedKeyringStopsTheRestore(); // last: leaves the keyring locked
};

void TestRestoreJob::initTestCase()
{
    // The harness starts gnome-keyring unlocked; wait until it answers (no timing assertion).
    QTRY_VERIFY_WITH_TIMEOUT(KeychainStatus::probe().isAvailable(), 20000);
}

void TestRestoreJob::rebuildsTheFileAsSetupWroteIt()
{
    auto repo = setUp();
    QVERIFY(repo);
    const QString env = repo->filePath(u".env"_s);
    const QByteArray written = readFile(env);
    QVERIFY(QFile::remove(env));

    auto context = RepoContext::open(repo->path());
    QVERIFY(context);
    auto job = RestoreJob::prepare(*context);
    QVERIFY2(job, job ? "" : qPrintable(job.error()));
    QCOMPARE(job->missing(), QStringList{u"STRIPE_SECRET_KEY"_s});
    QVERIFY(job->describe().contains(u"DB_PASSWORD"_s));
    const RestoreJob::Result result = job->apply();
    QVERIFY(result.ok());
    QVERIFY(result.envWritten);
    QCOMPARE(readFile(env), written); // order, comments, values: byte for byte
    QCOMPARE(QFile::permissions(env) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestRestoreJob::refusesAnExistingFile()
{
    auto repo = setUp();
    QVERIFY(repo);
    const QByteArray before = readFile(repo->filePath(u".env"_s));
    auto job = RestoreJob::prepare(*RepoContext::open(repo->path()));
    QVERIFY(!job);
    QVERIFY(job.error().contains(u"exists"_s));
    QCOMPARE(readFile(repo->filePath(u".env"_s)), before);
}

void TestRestoreJob::refusesAProjectWithoutStoredValues()
{
    TempGitRepo repo;
    QVERIFY(repo.writeFile(u".env.example"_s, kTemplate));
    auto job = RestoreJob::prepare(*RepoContext::open(repo.path()));
    QVERIFY(!job);
    QVERIFY2(job.error().contains(u"envsmith setup"_s), qPrintable(job.error()));
}

void TestRestoreJob::planWarningsForKeptValues()
{
    TempGitRepo repo;
    QVERIFY(repo.writeFile(u".env.example"_s, kTemplate + "# @generate=alnum(12)\nSHORT=\n"));
    const QByteArray env = "DB_PASSWORD=password1\n"
                           "SESSION_SECRET=q3Zr8_kPz1m-Vd0xN7cWbLhT2yF9aQeJ5sUoR4iG6Yt\n"; // gitleaks:allow
    QVERIFY(repo.writeFile(u".env"_s, env));
    auto plan = SetupPlanner::build(*RepoContext::open(repo.path()));
    QVERIFY(plan);
    const QStringList warnings = PlanWarnings::collect(*plan);
    const QString all = warnings.join(u'\n');
    QVERIFY2(all.contains(u"DB_PASSWORD is easy to guess"_s), qPrintable(all));
    QVERIFY(all.contains(u"DB_PASSWORD is 9 characters long"_s));
    QVERIFY(all.contains(u"SHORT: alnum(12)"_s));
    QVERIFY(!all.contains(u"SESSION_SECRET"_s)); // kept, long and random
    QVERIFY(!all.contains(u"DATABASE_URL"_s));   // derived values are not judged
    QVERIFY(!all.contains(u"PORT"_s));           // configuration is not judged
    QVERIFY(!all.contains(u"password1"_s));
    // Entering a strong value clears the warnings for that variable.
    const QByteArray chosen = "c2bB7yQm4v0Zp9Lr6XtW3sN8kJ1hG5fD"; // gitleaks:allow
    QVERIFY(plan->setValue(u"DB_PASSWORD"_s, SecureBuffer::fromBytes(chosen)));
    QVERIFY(PlanWarnings::forVariable(*plan->variable(u"DB_PASSWORD")).isEmpty());
}

void TestRestoreJob::lockedKeyringStopsTheRestore()
{
    auto repo = setUp();
    QVERIFY(repo);
    const QString env = repo->filePath(u".env"_s);
    QVERIFY(QFile::remove(env));
    QVERIFY(lockDefaultCollection());
    QTRY_VERIFY_WITH_TIMEOUT(KeychainStatus::probe().state == KeychainStatus::State::Locked, 10000);
    auto job = RestoreJob::prepare(*RepoContext::open(repo->path()));
    QVERIFY(!job);
    QVERIFY2(job.error().contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(job.error()));
    QVERIFY(!QFile::exists(env));
}

QTEST_GUILESS_MAIN(TestRestoreJob)
#include "tst_restorejob.moc"

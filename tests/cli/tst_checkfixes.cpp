// `envsmith check` lists the commit guard and direnv's .envrc (issue 6 §1, §4), and the commit guard's fix
// (HygieneChecker::applyFix with the built envsmith) really stops a `git commit` of a staged .env.

#include "EnvsmithRun.h"
#include "HookedGit.h"
#include "TempGitRepo.h"
#include "core/hygiene/HygieneChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The error of @p result, or an empty string when it holds a value (QVERIFY2 evaluates its message even
/// when the check passes, and error() of a value is undefined).
QString errorOf(const std::expected<void, QString> &result)
{
    return result ? QString() : result.error();
}

bool fullGitignore(const TempGitRepo &repo)
{
    return repo.writeFile(u".gitignore"_s, ".env\n.env.local\n.env.*.local\n.env.envsmith-backup-*\n");
}

int commitCount(const TempGitRepo &repo)
{
    const TempGitRepo::Result count = repo.run({u"rev-list"_s, u"--count"_s, u"--all"_s});
    return count.exitCode == 0 ? count.out.trimmed().toInt() : 0;
}

/// The JSON object of the finding @p id in `envsmith check --format json` output; empty when not there
/// exactly once.
QJsonObject findingOf(const QByteArray &json, const QString &id)
{
    QJsonObject found;
    int count = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        if (value.toObject().value(u"id"_s).toString() == id) {
            found = value.toObject();
            ++count;
        }
    }
    return count == 1 ? found : QJsonObject();
}

} // namespace

class TestCheckFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkListsGuardAndEnvrc();
    void guardFixStopsStagedEnv();

private:
    bool m_scannerReady = false;
    QString m_scannerProblem;
};

void TestCheckFixes::initTestCase()
{
    TempGitRepo probe;
    QVERIFY(probe.isValid());
    const EnvsmithRun scan = EnvsmithRun::run({u"scan"_s, u"--staged"_s, u"--repo"_s, probe.path()});
    m_scannerReady = scan.exitCode == 0 || scan.exitCode == 1;
    if (!m_scannerReady) {
        m_scannerProblem = u"envsmith scan is not usable in this build (exit %1: %2)"_s.arg(scan.exitCode)
                               .arg(QString::fromUtf8(scan.err.trimmed()));
    }
}

void TestCheckFixes::checkListsGuardAndEnvrc()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(fullGitignore(repo));
    QVERIFY(!repo.commitAll(u"ignore rules"_s).isEmpty());
    QVERIFY(repo.writeFile(u".envrc"_s, "dotenv\n"));

    EnvsmithRun run = EnvsmithRun::run({u"check"_s, u"--repo"_s, repo.path(), u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData()); // warnings only
    const QJsonObject guard = findingOf(run.out, u"commit-guard"_s);
    QCOMPARE(guard.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(guard.value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(guard.value(u"fixAction"_s).toString(), u"install-hook"_s);
    QVERIFY(guard.value(u"fix"_s).toString().contains(u"envsmith install-hook"_s));
    const QJsonObject envrc = findingOf(run.out, u"envrc-ignored"_s);
    QCOMPARE(envrc.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(envrc.value(u"severity"_s).toString(), u"warning"_s);
    QCOMPARE(envrc.value(u"fixAction"_s).toString(), u"add-to-gitignore"_s);
    QCOMPARE(envrc.value(u"path"_s).toString(), u".envrc"_s);

    run = EnvsmithRun::run({u"check"_s, u"--repo"_s, repo.path()});
    QVERIFY2(run.out.contains("[warning] commit-guard: "), run.out.constData());
    QVERIFY2(run.out.contains("[warning] envrc-ignored: "), run.out.constData());

    // `envsmith install-hook` and an ignore rule make both pass.
    QCOMPARE(EnvsmithRun::run({u"install-hook"_s, u"--repo"_s, repo.path()}).exitCode, 0);
    QVERIFY(
        repo.writeFile(u".gitignore"_s, ".env\n.env.local\n.env.*.local\n.env.envsmith-backup-*\n.envrc\n"));
    run = EnvsmithRun::run({u"check"_s, u"--repo"_s, repo.path()});
    QVERIFY2(run.out.contains("[ok] commit-guard: "), run.out.constData());
    QVERIFY2(run.out.contains("[ok] envrc-ignored: "), run.out.constData());
}

void TestCheckFixes::guardFixStopsStagedEnv()
{
    if (!m_scannerReady)
        QSKIP(qPrintable(m_scannerProblem));
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(fullGitignore(repo));
    QVERIFY(!repo.commitAll(u"initial"_s).isEmpty());

    HygieneFinding guard;
    const HygieneReport report = HygieneChecker::check(repo.path());
    for (const HygieneFinding &finding : report.findings()) {
        if (finding.id == u"commit-guard"_s)
            guard = finding;
    }
    QCOMPARE(guard.id, u"commit-guard"_s);
    QCOMPARE(guard.status, HygieneFinding::Status::Failed);
    QCOMPARE(guard.fix, HygieneFinding::Fix::InstallHook);
    const auto fixed = HygieneChecker::applyFix(repo.path(), guard, QStringLiteral(ENVSMITH_BINARY));
    QVERIFY2(fixed.has_value(), qPrintable(errorOf(fixed)));

    const EnvsmithRun check = EnvsmithRun::run({u"check"_s, u"--repo"_s, repo.path()});
    QVERIFY2(check.out.contains("[ok] commit-guard: "), check.out.constData());

    // A real `git commit` of a staged .env is refused by the installed hook.
    QVERIFY(repo.writeFile(u".env"_s, "PORT=8080\n"));
    QCOMPARE(HookedGit::run(repo.path(), {u"add"_s, u"-f"_s, u"--"_s, u".env"_s}).exitCode, 0);
    const TempGitRepo::Result commit =
        HookedGit::run(repo.path(), {u"commit"_s, u"-q"_s, u"-m"_s, u"add .env"_s});
    QVERIFY2(commit.exitCode != 0, commit.err.constData());
    QCOMPARE(commitCount(repo), 1);
    QVERIFY2(commit.err.contains("commit stopped"), commit.err.constData());
    QVERIFY2(commit.err.contains(".env"), commit.err.constData());
}

QTEST_GUILESS_MAIN(TestCheckFixes)
#include "tst_checkfixes.moc"

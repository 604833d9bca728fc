// `envsmith check` lists the commit guard and direnv's .envrc (issue 6 §1, §4), and the commit guard's fix
// (HygieneChecker::applyFix with the built envsmith) really stops a `git commit` of a staged .env.

#include "EnvsmithRun.h"
#include "HookedGit.h"
#include "TempGitRepo.h"
#include "core/hygiene/HygieneChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
    void checkThatCouldNotBeDoneIsIncomplete_data();
    void checkThatCouldNotBeDoneIsIncomplete();

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

void TestCheckFixes::checkThatCouldNotBeDoneIsIncomplete_data()
{
    // A check that could not be done is not a pass: `check` exits 4 (incomplete), the JSON marks the
    // finding, and the text says so. What is fine exits 0.
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("incompleteId");
    QTest::newRow("a clean repository") << u"clean"_s << 0 << QString();
    QTest::newRow("not a git repository") << u"plain folder"_s << 4 << u"env-ignored"_s;
    QTest::newRow("a bare repository") << u"bare"_s << 4 << u"env-ignored"_s;
    QTest::newRow("git missing") << u"no git"_s << 4 << u"env-ignored"_s;
    QTest::newRow("the secret scan failed") << u"bad rules"_s << 4 << u"secret-in-tree"_s;
    QTest::newRow(".env's values not searched for") << u"env folder"_s << 4 << u"env-values-not-searched"_s;
    QTest::newRow("a shallow clone") << u"shallow"_s << 4 << u"env-in-history"_s;
}

void TestCheckFixes::checkThatCouldNotBeDoneIsIncomplete()
{
    QFETCH(QString, setup);
    QFETCH(int, exitCode);
    QFETCH(QString, incompleteId);
    TempGitRepo repo(setup == u"bare"_s);
    QVERIFY(repo.isValid());
    QTemporaryDir plain;
    QVERIFY(plain.isValid());
    QString folder = repo.path();
    EnvsmithRun::Options options;
    if (setup == u"plain folder"_s) {
        folder = plain.path();
    } else if (setup != u"bare"_s) {
        QVERIFY(fullGitignore(repo));
        QVERIFY(repo.writeFile(u".env.example"_s, "PORT=8080\n"));
        QVERIFY(!repo.commitAll(u"initial"_s).isEmpty());
        QCOMPARE(EnvsmithRun::run({u"install-hook"_s, u"--repo"_s, repo.path()}).exitCode, 0);
    }
    if (setup == u"no git"_s) {
        options.environment.insert(u"PATH"_s, plain.path()); // an empty folder: no git on PATH
    }
    if (setup == u"env folder"_s) {
        QVERIFY(repo.makeDir(u".env"_s));
    }
    if (setup == u"shallow"_s) {
        QVERIFY(repo.writeFile(u"README"_s, "second commit\n"));
        QVERIFY(!repo.commitAll(u"second"_s).isEmpty());
        folder = plain.filePath(u"shallow"_s);
        QVERIFY(repo.runOk({u"clone"_s, u"-q"_s, u"--depth"_s, u"1"_s, u"file://"_s + repo.path(), folder}));
        QCOMPARE(EnvsmithRun::run({u"install-hook"_s, u"--repo"_s, folder}).exitCode, 0);
    }
    if (setup == u"bad rules"_s) {
        QVERIFY(repo.writeFile(u".gitleaks.toml"_s, "[[rules]]\nid = \"x\"\nregex = '''(unclosed'''\n"));
    }

    EnvsmithRun run = EnvsmithRun::run(
        {u"check"_s, u"--repo"_s, folder, u"--no-keychain"_s, u"--format"_s, u"json"_s}, options);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(u"exit %1\n%2\n%3"_s.arg(run.exitCode)
                            .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
    int incomplete = 0;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array()) {
        const QJsonObject finding = value.toObject();
        QVERIFY(finding.contains(u"incomplete"_s));
        if (finding.value(u"incomplete"_s).toBool()) {
            ++incomplete;
            QVERIFY2(finding.value(u"status"_s).toString() != u"passed"_s,
                     qPrintable(finding.value(u"id"_s).toString()));
        }
    }
    QCOMPARE(incomplete > 0, !incompleteId.isEmpty());
    if (!incompleteId.isEmpty()) {
        QVERIFY(findingOf(run.out, incompleteId).value(u"incomplete"_s).toBool());
    }

    run = EnvsmithRun::run({u"check"_s, u"--repo"_s, folder, u"--no-keychain"_s}, options);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out.contains("this report is incomplete"), !incompleteId.isEmpty());
}

QTEST_GUILESS_MAIN(TestCheckFixes)
#include "tst_checkfixes.moc"

#include "EnvsmithRun.h"
#include "HookedGit.h"
#include "TempGitRepo.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// A made-up AWS access key id, assembled at run time so this source file holds no key-shaped text.
QByteArray plantedAwsKey()
{
    return QByteArray("AK") + QByteArray("IA") + QByteArray("QYLPMN7WXZ4R2K6T");
}

/// Stages @p relativePath with @p content (forced past .gitignore) and runs a real `git commit`.
TempGitRepo::Result stageAndCommit(const TempGitRepo &repo, const QString &relativePath,
                                   const QByteArray &content)
{
    if (!repo.writeFile(relativePath, content))
        return {};
    const TempGitRepo::Result added = HookedGit::run(repo.path(), {u"add"_s, u"-f"_s, u"--"_s, relativePath});
    if (added.exitCode != 0)
        return added;
    return HookedGit::run(repo.path(), {u"commit"_s, u"-q"_s, u"-m"_s, u"change "_s + relativePath});
}

EnvsmithRun::Options inFolder(const QString &folder)
{
    EnvsmithRun::Options options;
    options.workingDirectory = folder;
    return options;
}

int commitCount(const TempGitRepo &repo)
{
    const TempGitRepo::Result count = repo.run({u"rev-list"_s, u"--count"_s, u"--all"_s});
    return count.exitCode == 0 ? count.out.trimmed().toInt() : 0;
}

bool installHook(const TempGitRepo &repo)
{
    const EnvsmithRun run = EnvsmithRun::run({u"install-hook"_s, u"--repo"_s, repo.path()});
    if (run.exitCode != 0)
        qWarning("install-hook failed (%d): %s", run.exitCode, run.err.constData());
    return run.exitCode == 0;
}

} // namespace

class TestInstallHook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsCommand();
    void installPrintsWhereAndIsIdempotent();
    void uninstallRestoresPreviousHook();
    void usageAndFailures_data();
    void usageAndFailures();
    void stagedEnvFileIsBlocked_data();
    void stagedEnvFileIsBlocked();
    void plantedAwsKeyIsBlocked();
    void cleanCommitPasses();
    void chainedHookStillRuns();
    void allowCommentLetsCommitThrough();
    void gitleaksIgnoreFingerprintLetsCommitThrough();

private:
    void requireScanner();
    bool m_scannerReady = false;
    QString m_scannerProblem;
};

void TestInstallHook::initTestCase()
{
    TempGitRepo probe;
    QVERIFY(probe.isValid());
    const EnvsmithRun scan = EnvsmithRun::run({u"scan"_s, u"--staged"_s, u"--repo"_s, probe.path()});
    m_scannerReady = scan.exitCode == 0 || scan.exitCode == 1;
    if (!m_scannerReady) {
        m_scannerProblem = u"envsmith scan is not usable in this build yet (exit %1: %2); the tests that "
                           u"commit through the real scanner are skipped until it lands"_s.arg(scan.exitCode)
                               .arg(QString::fromUtf8(scan.err.trimmed()));
    }
}

void TestInstallHook::requireScanner()
{
    if (!m_scannerReady)
        QSKIP(qPrintable(m_scannerProblem));
}

void TestInstallHook::helpListsCommand()
{
    const EnvsmithRun help = EnvsmithRun::run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("envsmith install-hook [--repo DIR] [--uninstall]"));
    QVERIFY(help.out.contains("pre-commit.envsmith-chained"));
}

void TestInstallHook::installPrintsWhereAndIsIdempotent()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    const EnvsmithRun first = EnvsmithRun::run({u"install-hook"_s, u"--repo"_s, repo.path()});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains("Installed Envsmith's pre-commit hook at " + hook.toUtf8()),
             first.out.constData());
    QVERIFY(QFileInfo(hook).isExecutable());
    // The hook calls this very binary by its absolute path.
    const QByteArray script = TestFiles::readFile(hook);
    QVERIFY2(script.contains(QFileInfo(QStringLiteral(ENVSMITH_BINARY)).canonicalFilePath().toUtf8()) ||
                 script.contains(QByteArray(ENVSMITH_BINARY)),
             script.constData());

    const EnvsmithRun second = EnvsmithRun::run({u"install-hook"_s, u"--repo"_s, repo.path()});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains("already installed"), second.out.constData());
    QVERIFY(!QFileInfo::exists(repo.filePath(u".git/hooks/pre-commit.envsmith-chained"_s)));
}

void TestInstallHook::uninstallRestoresPreviousHook()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    const QByteArray previous = "#!/bin/sh\nexit 0\n";
    QVERIFY(repo.writeFile(u".git/hooks/pre-commit"_s, previous));
    QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const EnvsmithRun install = EnvsmithRun::run({u"install-hook"_s}, inFolder(repo.path()));
    QCOMPARE(install.exitCode, 0);
    QVERIFY2(install.out.contains("pre-commit.envsmith-chained and still runs first"),
             install.out.constData());

    const EnvsmithRun uninstall =
        EnvsmithRun::run({u"install-hook"_s, u"--uninstall"_s, u"--repo"_s, repo.path()});
    QCOMPARE(uninstall.exitCode, 0);
    QVERIFY2(uninstall.out.contains("the previous hook is back"), uninstall.out.constData());
    QCOMPARE(TestFiles::readFile(hook), previous);

    const EnvsmithRun again =
        EnvsmithRun::run({u"install-hook"_s, u"--uninstall"_s, u"--repo"_s, repo.path()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("nothing changed"));
    QCOMPARE(TestFiles::readFile(hook), previous);
}

void TestInstallHook::usageAndFailures_data()
{
    QTest::addColumn<QStringList>("arguments"); // "REPO" is replaced by a plain (non-git) folder
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown option") << QStringList{u"install-hook"_s, u"--force"_s} << 2
                                    << "unknown argument '--force'"_ba;
    QTest::newRow("--repo without value")
        << QStringList{u"install-hook"_s, u"--repo"_s} << 2 << "--repo needs a value"_ba;
    QTest::newRow("--uninstall=yes") << QStringList{u"install-hook"_s, u"--uninstall=yes"_s} << 2
                                     << "unknown argument"_ba;
    QTest::newRow("not a repository")
        << QStringList{u"install-hook"_s, u"--repo"_s, u"REPO"_s} << 3 << "git"_ba;
    QTest::newRow("uninstall, not a repository")
        << QStringList{u"install-hook"_s, u"--uninstall"_s, u"--repo"_s, u"REPO"_s} << 3 << "git"_ba;
}

void TestInstallHook::usageAndFailures()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    QTemporaryDir plain;
    QVERIFY(plain.isValid());
    arguments.replaceInStrings(u"REPO"_s, plain.path());
    const EnvsmithRun run = EnvsmithRun::run(arguments, inFolder(plain.path()));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(QDir(plain.path()).isEmpty());
}

void TestInstallHook::stagedEnvFileIsBlocked_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow(".env") << u".env"_s;
    QTest::newRow(".env.local") << u".env.local"_s;
    QTest::newRow("nested .env.development.local") << u"web/.env.development.local"_s;
}

void TestInstallHook::stagedEnvFileIsBlocked()
{
    requireScanner();
    QFETCH(QString, path);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(!repo.commitAll(u"initial"_s).isEmpty());
    QVERIFY(installHook(repo));
    const TempGitRepo::Result commit = stageAndCommit(repo, path, "PORT=8080\n");
    QVERIFY2(commit.exitCode != 0, commit.err.constData());
    QCOMPARE(commitCount(repo), 1);
    QVERIFY2(commit.err.contains(path.toUtf8()), commit.err.constData()); // the scan names the file
    QVERIFY(commit.err.contains("commit stopped"));
    QVERIFY(commit.err.contains("git rm --cached .env"));
    QVERIFY(commit.err.contains("git commit --no-verify"));
}

void TestInstallHook::plantedAwsKeyIsBlocked()
{
    requireScanner();
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(installHook(repo));
    const QByteArray key = plantedAwsKey();
    const TempGitRepo::Result commit =
        stageAndCommit(repo, u"src/config.py"_s, "import os\nAWS_ACCESS_KEY_ID = \"" + key + "\"\n");
    QVERIFY2(commit.exitCode != 0, commit.err.constData());
    QCOMPARE(commitCount(repo), 0);
    QVERIFY2(commit.err.contains("src/config.py"), commit.err.constData());
    QVERIFY(commit.err.contains("commit stopped"));
    QVERIFY(commit.err.contains("gitleaks:allow"));
    QVERIFY2(!commit.err.contains(key) && !commit.err.contains(key.mid(2, 14)),
             "the blocked commit's message shows the key");
}

void TestInstallHook::cleanCommitPasses()
{
    requireScanner();
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(installHook(repo));
    QVERIFY(repo.writeFile(u".gitignore"_s, ".env\n"));
    QVERIFY(repo.writeFile(u".env"_s, "PORT=8080\n")); // ignored, so never staged by add -A
    QVERIFY(repo.writeFile(u".env.example"_s, "PORT=8080\nDATABASE_PASSWORD=\n"));
    QVERIFY(HookedGit::run(repo.path(), {u"add"_s, u"-A"_s}).exitCode == 0);
    const TempGitRepo::Result commit =
        HookedGit::run(repo.path(), {u"commit"_s, u"-q"_s, u"-m"_s, u"clean"_s});
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(commitCount(repo), 1);
}

void TestInstallHook::chainedHookStillRuns()
{
    requireScanner();
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    const QString marker = repo.filePath(u".git/chained-ran"_s);
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    QVERIFY(repo.writeFile(u".git/hooks/pre-commit"_s,
                           "#!/bin/sh\necho ran >> '" + marker.toUtf8() + "'\nexit 0\n"));
    QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(installHook(repo));

    const TempGitRepo::Result clean = stageAndCommit(repo, u"README.md"_s, "# demo\n");
    QVERIFY2(clean.exitCode == 0, clean.err.constData());
    QCOMPARE(TestFiles::readFile(marker), "ran\n"_ba);

    // Both guards apply: the chained hook ran and the scan still blocks a staged .env.
    const TempGitRepo::Result blocked = stageAndCommit(repo, u".env"_s, "PORT=1\n");
    QVERIFY(blocked.exitCode != 0);
    QCOMPARE(TestFiles::readFile(marker), "ran\nran\n"_ba);
    QCOMPARE(commitCount(repo), 1);
}

void TestInstallHook::allowCommentLetsCommitThrough()
{
    requireScanner();
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(installHook(repo));
    const TempGitRepo::Result commit = stageAndCommit(repo, u"docs/example.py"_s,
                                                      "AWS_ACCESS_KEY_ID = \"" + plantedAwsKey() +
                                                          "\"  # documentation sample, gitleaks:allow\n");
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(commitCount(repo), 1);
}

void TestInstallHook::gitleaksIgnoreFingerprintLetsCommitThrough()
{
    requireScanner();
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(installHook(repo));
    QVERIFY(repo.writeFile(u"src/config.py"_s, "AWS_ACCESS_KEY_ID = \"" + plantedAwsKey() + "\"\n"));
    QVERIFY(HookedGit::run(repo.path(), {u"add"_s, u"src/config.py"_s}).exitCode == 0);

    // The block message points to `envsmith scan --staged --format json` for the fingerprints. A line
    // may carry a second finding that shows only once the first is ignored (the scanner reports one
    // finding per secret), so repeat as a user would, at most three times.
    QByteArray ignore;
    for (int round = 0; round < 3; ++round) {
        const EnvsmithRun scan =
            EnvsmithRun::run({u"scan"_s, u"--staged"_s, u"--format"_s, u"json"_s}, inFolder(repo.path()));
        if (round == 0)
            QCOMPARE(scan.exitCode, 1);
        if (scan.exitCode == 0)
            break;
        const QJsonArray findings = QJsonDocument::fromJson(scan.out).object().value(u"findings"_s).toArray();
        QVERIFY2(!findings.isEmpty(), scan.out.constData());
        for (const QJsonValue &finding : findings)
            ignore += finding.toObject().value(u"fingerprint"_s).toString().toUtf8() + '\n';
        QVERIFY(repo.writeFile(u".gitleaksignore"_s, ignore));
        QVERIFY(HookedGit::run(repo.path(), {u"add"_s, u".gitleaksignore"_s}).exitCode == 0);
    }
    QVERIFY2(ignore.contains("src/config.py:aws-access-key-id:1"), ignore.constData());

    const TempGitRepo::Result commit =
        HookedGit::run(repo.path(), {u"commit"_s, u"-q"_s, u"-m"_s, u"allowed"_s});
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(commitCount(repo), 1);
}

QTEST_GUILESS_MAIN(TestInstallHook)
#include "tst_installhook.moc"

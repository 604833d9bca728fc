#include "core/hygiene/CommitGuardInstaller.h"
#include "core/hygiene/GitRepository.h"

#include "DacOverrideSuspension.h"
#include "HookedGit.h"
#include "TempGitRepo.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// A stand-in for the envsmith binary: logs its arguments to `calls` beside it and exits with the
/// number in `exit-code` (0 when absent). Lets these tests check the hook itself, whatever the scanner.
class FakeEnvsmith
{
public:
    explicit FakeEnvsmith(const QString &name = u"envsmith"_s)
    {
        const QByteArray script = "#!/bin/sh\n"
                                  "dir=$(dirname -- \"$0\")\n"
                                  "printf '%s\\n' \"$*\" >> \"$dir/calls\"\n"
                                  "code=$(cat \"$dir/exit-code\" 2>/dev/null) || code=0\n"
                                  "echo 'fake envsmith output'\n"
                                  "exit \"$code\"\n";
        m_valid = m_dir.isValid() && TestFiles::writeFile(path(name), script) &&
                  QFile::setPermissions(path(name), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_name = name;
    }
    bool isValid() const { return m_valid; }
    QString folder() const { return m_dir.path(); }
    QString binary() const { return path(m_name); }
    QByteArray calls() const { return TestFiles::readFile(path(u"calls"_s)); }
    bool setExitCode(int code) const
    {
        return TestFiles::writeFile(path(u"exit-code"_s), QByteArray::number(code));
    }

private:
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    QTemporaryDir m_dir;
    QString m_name;
    bool m_valid = false;
};

/// A foreign pre-commit hook that appends a line to @p marker and exits with @p exitCode.
QByteArray foreignHook(const QString &marker, int exitCode = 0)
{
    return "#!/bin/sh\necho chained-ran >> '" + marker.toUtf8() + "'\nexit " + QByteArray::number(exitCode) +
           "\n";
}

bool writeExecutable(const QString &path, const QByteArray &content)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && TestFiles::writeFile(path, content) &&
           QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

/// PATH with only the system folders (git, sh, cat, dirname) and, when given, @p extra first.
QProcessEnvironment environmentWithPath(const QString &extra = {})
{
    QProcessEnvironment env = HookedGit::environment();
    env.insert(u"PATH"_s, extra.isEmpty() ? u"/usr/bin:/bin"_s : extra + u":/usr/bin:/bin"_s);
    return env;
}

/// Stages a new file and runs a real `git commit` (hooks on).
TempGitRepo::Result commitNewFile(const QString &worktree, const QString &name,
                                  const QProcessEnvironment &env = environmentWithPath())
{
    if (!TestFiles::writeFile(QDir(worktree).filePath(name), "hello\n"))
        return {};
    const TempGitRepo::Result added = HookedGit::run(worktree, {u"add"_s, u"--"_s, name}, env);
    if (added.exitCode != 0)
        return added;
    return HookedGit::run(worktree, {u"commit"_s, u"-q"_s, u"-m"_s, u"add "_s + name}, env);
}

/// The error of @p result, or an empty string when it holds a value (QVERIFY2 evaluates its message
/// even when the check passes).
template <typename T> QString errorText(const std::expected<T, QString> &result)
{
    return result ? QString() : result.error();
}

int commitCount(const TempGitRepo &repo)
{
    const TempGitRepo::Result count = repo.run({u"rev-list"_s, u"--count"_s, u"--all"_s});
    return count.exitCode == 0 ? count.out.trimmed().toInt() : 0;
}

} // namespace

class TestCommitGuardInstaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void installWritesExecutableHook();
    void hookRunsScanStaged();
    void hooksPath_data();
    void hooksPath();
    void worktreeUsesCommonHooks();
    void existingHookChainedAndStillRuns();
    void failingChainedHookBlocks();
    void symlinkHookChained();
    void installTwiceDoesNotChainItself();
    void uninstallRestoresChainedHook();
    void uninstallWithoutChainRemovesHook();
    void uninstallWhenNotInstalled();
    void blockedCommitSaysHowToFixOrAllow();
    void failedScanFailsClosed();
    void incompleteScanStopsTheCommit();
    void missingBinaryFallsBackToPath();
    void missingBinaryFailsClosed();
    void binaryPathWithQuote();
    void readOnlyHooksFolderIsAnError();
    void foreignHookBesideChainedIsAnError();
    void notARepository();
    void bareRepository();
};

void TestCommitGuardInstaller::initTestCase()
{
    if (!GitRepository::gitAvailable())
        QSKIP("git is not installed (packaging/install-deps.sh)");
}

void TestCommitGuardInstaller::installWritesExecutableHook()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    auto result = CommitGuardInstaller::install(repo.path(), u"/opt/envsmith/bin/envsmith"_s);
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->outcome, CommitGuardInstaller::Outcome::Installed);
    QCOMPARE(result->hookPath, repo.filePath(u".git/hooks/pre-commit"_s));
    QVERIFY(result->chainedHookPath.isEmpty());
    QVERIFY(!result->sharedHooksFolder);
    const QFileInfo info(result->hookPath);
    QVERIFY(info.isFile());
    QVERIFY(info.isExecutable());
    QVERIFY(info.permissions() & QFile::ExeOther);
    const QByteArray script = TestFiles::readFile(result->hookPath);
    QVERIFY(script.startsWith("#!/bin/sh\n"));
    QVERIFY(CommitGuardInstaller::isOurHook(script));
    QVERIFY(script.contains("envsmith='/opt/envsmith/bin/envsmith'\n"));
    QVERIFY(script.contains("scan --staged"));
    auto installed = CommitGuardInstaller::isInstalled(repo.path());
    QVERIFY(installed);
    QVERIFY(*installed);
    QVERIFY(!CommitGuardInstaller::isOurHook("#!/bin/sh\nexec git secrets --pre_commit_hook -- \"$@\"\n"));
}

void TestCommitGuardInstaller::hookRunsScanStaged()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(fake.calls(), "scan --staged --quiet\n"_ba);
    QCOMPARE(commitCount(repo), 1);
}

void TestCommitGuardInstaller::hooksPath_data()
{
    QTest::addColumn<QString>("hooksPath");    // value of core.hooksPath; "ABS" = an outside folder
    QTest::addColumn<QString>("expectedHook"); // relative to the work tree, or "ABS"
    QTest::newRow("relative") << u".githooks"_s << u".githooks/pre-commit"_s;
    QTest::newRow("relative nested, missing folder")
        << u"tools/git/hooks"_s << u"tools/git/hooks/pre-commit"_s;
    QTest::newRow("relative with ./") << u"./hooks"_s << u"hooks/pre-commit"_s;
    QTest::newRow("absolute") << u"ABS"_s << u"ABS"_s;
}

void TestCommitGuardInstaller::hooksPath()
{
    QFETCH(QString, hooksPath);
    QFETCH(QString, expectedHook);
    TempGitRepo repo;
    FakeEnvsmith fake;
    QTemporaryDir outside;
    QVERIFY(repo.isValid() && fake.isValid() && outside.isValid());
    const QString absoluteHooks = QDir(outside.path()).filePath(u"hooks"_s);
    const QString value = hooksPath == u"ABS"_s ? absoluteHooks : hooksPath;
    const QString expected = expectedHook == u"ABS"_s ? QDir(absoluteHooks).filePath(u"pre-commit"_s)
                                                      : repo.filePath(expectedHook);
    QVERIFY(repo.runOk({u"config"_s, u"core.hooksPath"_s, value}));
    QVERIFY(repo.makeDir(u"sub/dir"_s));

    // From a subfolder: the relative value is still relative to the top of the working tree.
    auto result = CommitGuardInstaller::install(repo.filePath(u"sub/dir"_s), fake.binary());
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->hookPath, expected);
    QVERIFY(QFileInfo(expected).isExecutable());
    QVERIFY(!QFileInfo::exists(repo.filePath(u".git/hooks/pre-commit"_s)));

    // git itself runs it.
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(fake.calls(), "scan --staged --quiet\n"_ba);
}

void TestCommitGuardInstaller::worktreeUsesCommonHooks()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QTemporaryDir other;
    QVERIFY(repo.isValid() && fake.isValid() && other.isValid());
    QVERIFY(!repo.commitAll(u"initial"_s).isEmpty());
    const QString worktree = QDir(other.path()).filePath(u"wt"_s);
    QVERIFY(repo.runOk({u"worktree"_s, u"add"_s, u"-q"_s, worktree}));

    auto result = CommitGuardInstaller::install(worktree, fake.binary());
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->hookPath, repo.filePath(u".git/hooks/pre-commit"_s));
    const TempGitRepo::Result commit = commitNewFile(worktree, u"in-worktree.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(fake.calls(), "scan --staged --quiet\n"_ba);
}

void TestCommitGuardInstaller::existingHookChainedAndStillRuns()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    const QString marker = repo.filePath(u".git/chained-marker"_s);
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    const QByteArray original = foreignHook(marker);
    QVERIFY(writeExecutable(hook, original));

    auto result = CommitGuardInstaller::install(repo.path(), fake.binary());
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->outcome, CommitGuardInstaller::Outcome::Installed);
    const QString chained = repo.filePath(u".git/hooks/pre-commit.envsmith-chained"_s);
    QCOMPARE(result->chainedHookPath, chained);
    QCOMPARE(TestFiles::readFile(chained), original);
    QVERIFY(QFileInfo(chained).isExecutable());

    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(TestFiles::readFile(marker), "chained-ran\n"_ba);
    QCOMPARE(fake.calls(), "scan --staged --quiet\n"_ba);
}

void TestCommitGuardInstaller::failingChainedHookBlocks()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    const QString marker = repo.filePath(u".git/chained-marker"_s);
    QVERIFY(writeExecutable(repo.filePath(u".git/hooks/pre-commit"_s), foreignHook(marker, 3)));
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY(commit.exitCode != 0);
    QCOMPARE(TestFiles::readFile(marker), "chained-ran\n"_ba);
    QCOMPARE(commitCount(repo), 0);
}

void TestCommitGuardInstaller::symlinkHookChained()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    const QString marker = repo.filePath(u".git/chained-marker"_s);
    QVERIFY(writeExecutable(repo.filePath(u"tools/pre-commit.sh"_s), foreignHook(marker)));
    QVERIFY(repo.makeDir(u".git/hooks"_s));
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    QVERIFY(QFile::link(repo.filePath(u"tools/pre-commit.sh"_s), hook));

    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    const QFileInfo chained(repo.filePath(u".git/hooks/pre-commit.envsmith-chained"_s));
    QVERIFY(chained.isSymLink());
    QVERIFY(!QFileInfo(hook).isSymLink());
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(TestFiles::readFile(marker), "chained-ran\n"_ba);

    QVERIFY(CommitGuardInstaller::uninstall(repo.path()));
    QVERIFY(QFileInfo(hook).isSymLink());
    QCOMPARE(QFileInfo(hook).symLinkTarget(), repo.filePath(u"tools/pre-commit.sh"_s));
}

void TestCommitGuardInstaller::installTwiceDoesNotChainItself()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    FakeEnvsmith moved;
    QVERIFY(repo.isValid() && fake.isValid() && moved.isValid());
    const QString marker = repo.filePath(u".git/chained-marker"_s);
    const QByteArray original = foreignHook(marker);
    QVERIFY(writeExecutable(repo.filePath(u".git/hooks/pre-commit"_s), original));

    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    auto second = CommitGuardInstaller::install(repo.path(), moved.binary());
    QVERIFY2(second, qPrintable(errorText(second)));
    QCOMPARE(second->outcome, CommitGuardInstaller::Outcome::Updated);
    QCOMPARE(second->chainedHookPath, repo.filePath(u".git/hooks/pre-commit.envsmith-chained"_s));
    QCOMPARE(TestFiles::readFile(second->chainedHookPath), original);
    const QStringList hooks = QDir(repo.filePath(u".git/hooks"_s))
                                  .entryList({u"pre-commit"_s, u"pre-commit.envsmith*"_s}, QDir::Files);
    QCOMPARE(hooks, (QStringList{u"pre-commit"_s, u"pre-commit.envsmith-chained"_s}));

    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(TestFiles::readFile(marker), "chained-ran\n"_ba); // once, not twice
    QVERIFY(fake.calls().isEmpty());                           // the refreshed path is used
    QCOMPARE(moved.calls(), "scan --staged --quiet\n"_ba);
}

void TestCommitGuardInstaller::uninstallRestoresChainedHook()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    const QString marker = repo.filePath(u".git/chained-marker"_s);
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    const QByteArray original = foreignHook(marker);
    QVERIFY(writeExecutable(hook, original));
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));

    auto result = CommitGuardInstaller::uninstall(repo.path());
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->outcome, CommitGuardInstaller::Outcome::Removed);
    QCOMPARE(result->chainedHookPath, hook);
    QCOMPARE(TestFiles::readFile(hook), original);
    QVERIFY(QFileInfo(hook).isExecutable());
    QVERIFY(!QFileInfo::exists(repo.filePath(u".git/hooks/pre-commit.envsmith-chained"_s)));
    auto installed = CommitGuardInstaller::isInstalled(repo.path());
    QVERIFY(installed && !*installed);

    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(TestFiles::readFile(marker), "chained-ran\n"_ba);
    QVERIFY(fake.calls().isEmpty());
}

void TestCommitGuardInstaller::uninstallWithoutChainRemovesHook()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    auto result = CommitGuardInstaller::uninstall(repo.path());
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->outcome, CommitGuardInstaller::Outcome::Removed);
    QVERIFY(result->chainedHookPath.isEmpty());
    QVERIFY(!QFileInfo::exists(repo.filePath(u".git/hooks/pre-commit"_s)));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QVERIFY(fake.calls().isEmpty());
}

void TestCommitGuardInstaller::uninstallWhenNotInstalled()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    const QByteArray foreign = foreignHook(repo.filePath(u"marker"_s));
    QVERIFY(writeExecutable(hook, foreign));
    auto result = CommitGuardInstaller::uninstall(repo.path());
    QVERIFY2(result, qPrintable(errorText(result)));
    QCOMPARE(result->outcome, CommitGuardInstaller::Outcome::NotInstalled);
    QCOMPARE(TestFiles::readFile(hook), foreign); // a foreign hook is never touched
}

void TestCommitGuardInstaller::blockedCommitSaysHowToFixOrAllow()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    QVERIFY(fake.setExitCode(1));
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY(commit.exitCode != 0);
    QCOMPARE(commitCount(repo), 0);
    const QByteArray err = commit.err;
    QVERIFY2(err.contains("fake envsmith output"), err.constData()); // the scan's own report is shown
    QVERIFY2(err.contains("commit stopped"), err.constData());
    QVERIFY(err.contains("git rm --cached .env"));
    QVERIFY(err.contains("move the value to .env"));
    QVERIFY(err.contains("gitleaks:allow"));
    QVERIFY(err.contains(".gitleaksignore"));
    QVERIFY(err.contains("git commit --no-verify"));

    // --no-verify is the documented last resort.
    const TempGitRepo::Result forced = HookedGit::run(
        repo.path(), {u"commit"_s, u"-q"_s, u"--no-verify"_s, u"-m"_s, u"forced"_s}, environmentWithPath());
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QCOMPARE(commitCount(repo), 1);
}

void TestCommitGuardInstaller::failedScanFailsClosed()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    QVERIFY(fake.setExitCode(3));
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY(commit.exitCode != 0);
    QVERIFY2(commit.err.contains("'envsmith scan --staged' failed"), commit.err.constData());
    QCOMPARE(commitCount(repo), 0);
}

void TestCommitGuardInstaller::incompleteScanStopsTheCommit()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    QVERIFY(fake.setExitCode(4)); // no finding, but a staged file could not be scanned
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY(commit.exitCode != 0);
    QVERIFY2(commit.err.contains("could not be scanned"), commit.err.constData());
    QCOMPARE(commitCount(repo), 0);
}

void TestCommitGuardInstaller::missingBinaryFallsBackToPath()
{
    TempGitRepo repo;
    FakeEnvsmith onPath;
    QVERIFY(repo.isValid() && onPath.isValid());
    QVERIFY(CommitGuardInstaller::install(repo.path(), u"/nonexistent/envsmith"_s));
    const TempGitRepo::Result commit =
        commitNewFile(repo.path(), u"a.txt"_s, environmentWithPath(onPath.folder()));
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(onPath.calls(), "scan --staged --quiet\n"_ba);
}

void TestCommitGuardInstaller::missingBinaryFailsClosed()
{
    if (!QStandardPaths::findExecutable(u"envsmith"_s, {u"/usr/bin"_s, u"/bin"_s}).isEmpty())
        QSKIP("envsmith is installed in /usr/bin; the missing-program case cannot be set up here");
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(CommitGuardInstaller::install(repo.path(), u"/nonexistent/envsmith"_s));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY(commit.exitCode != 0);
    QVERIFY2(commit.err.contains("the envsmith program was not found"), commit.err.constData());
    QVERIFY(commit.err.contains("envsmith install-hook --uninstall"));
    QVERIFY(commit.err.contains("git commit --no-verify"));
    QCOMPARE(commitCount(repo), 0);
}

void TestCommitGuardInstaller::binaryPathWithQuote()
{
    TempGitRepo repo;
    FakeEnvsmith fake(u"it's envsmith"_s);
    QVERIFY(repo.isValid() && fake.isValid());
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    const TempGitRepo::Result commit = commitNewFile(repo.path(), u"a.txt"_s);
    QVERIFY2(commit.exitCode == 0, commit.err.constData());
    QCOMPARE(fake.calls(), "scan --staged --quiet\n"_ba);
}

void TestCommitGuardInstaller::readOnlyHooksFolderIsAnError()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    const QString hooks = repo.filePath(u".git/hooks"_s);
    const QString hook = QDir(hooks).filePath(u"pre-commit"_s);
    const QByteArray foreign = foreignHook(repo.filePath(u"marker"_s));
    QVERIFY(writeExecutable(hook, foreign));
    const QFile::Permissions before = QFileInfo(hooks).permissions();
    QVERIFY(
        QFile::setPermissions(hooks, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadUser | QFile::ExeUser));
    std::expected<CommitGuardInstaller::Result, QString> result;
    bool active = false;
    {
        DacOverrideSuspension suspension;
        active = suspension.isActive();
        if (active)
            result = CommitGuardInstaller::install(repo.path(), u"/usr/local/bin/envsmith"_s);
    }
    QVERIFY(QFile::setPermissions(hooks, before));
    if (!active)
        QSKIP("cannot drop CAP_DAC_OVERRIDE here, so a read-only folder is writable");
    QVERIFY(!result);
    QVERIFY2(result.error().contains(hook), qPrintable(result.error()));
    QVERIFY(result.error().contains(u"writable"_s));
    QCOMPARE(TestFiles::readFile(hook), foreign);
    QVERIFY(!QFileInfo::exists(QDir(hooks).filePath(u"pre-commit.envsmith-chained"_s)));
}

void TestCommitGuardInstaller::foreignHookBesideChainedIsAnError()
{
    TempGitRepo repo;
    FakeEnvsmith fake;
    QVERIFY(repo.isValid() && fake.isValid());
    const QString hook = repo.filePath(u".git/hooks/pre-commit"_s);
    QVERIFY(writeExecutable(hook, foreignHook(repo.filePath(u"first"_s))));
    QVERIFY(CommitGuardInstaller::install(repo.path(), fake.binary()));
    // Another tool replaces our hook afterwards (e.g. `pre-commit install`).
    const QByteArray other = foreignHook(repo.filePath(u"second"_s));
    QVERIFY(writeExecutable(hook, other));

    auto install = CommitGuardInstaller::install(repo.path(), fake.binary());
    QVERIFY(!install);
    QVERIFY2(install.error().contains(u"pre-commit.envsmith-chained"_s), qPrintable(install.error()));
    auto uninstall = CommitGuardInstaller::uninstall(repo.path());
    QVERIFY(!uninstall);
    QCOMPARE(TestFiles::readFile(hook), other);
}

void TestCommitGuardInstaller::notARepository()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto result = CommitGuardInstaller::install(dir.path(), u"/usr/bin/envsmith"_s);
    QVERIFY(!result);
    QVERIFY(!result.error().isEmpty());
    QVERIFY(!QFileInfo::exists(QDir(dir.path()).filePath(u".git"_s)));
}

void TestCommitGuardInstaller::bareRepository()
{
    TempGitRepo bare(true);
    QVERIFY(bare.isValid());
    auto result = CommitGuardInstaller::install(bare.path(), u"/usr/bin/envsmith"_s);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(u"bare"_s), qPrintable(result.error()));
    QVERIFY(!QFileInfo::exists(bare.filePath(u"hooks/pre-commit"_s)));
}

QTEST_GUILESS_MAIN(TestCommitGuardInstaller)
#include "tst_commitguardinstaller.moc"

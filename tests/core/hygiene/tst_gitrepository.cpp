#include "core/hygiene/GitRepository.h"

#include "TempGitRepo.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestGitRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void notARepository();
    void missingFolder();
    void bareRepository();
    void rootFromSubfolderAndFile();

    void ignored_data();
    void ignored();
    void ignoredKeepsOrderAndNoneIgnoredIsNotAnError();
    void infoExclude();
    void coreExcludesFile();
    void trackedFileIsNotIgnoredButRulesCoverIt();
    void ignoreMatchNamesNegation();
    void pathOutsideTreeIsAnError();
    void invalidRepositoryReturnsErrors();

    void isTracked();
    void commitsTouchingWithoutCommits();
    void commitsTouchingDeletedFile();
    void commitsTouchingOnlyViaMerge();
    void rootCommit();
    void originUrl();
    void stripCredentials_data();
    void stripCredentials();
    void runReportsExitCode();
};

void TestGitRepository::initTestCase()
{
    if (!GitRepository::gitAvailable())
        QSKIP("git is not installed (packaging/install-deps.sh)");
}

void TestGitRepository::notARepository()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const GitRepository repo(dir.path());
    QVERIFY(!repo.isValid());
    QVERIFY(repo.root().isEmpty());
    QVERIFY2(repo.errorString().contains(u"not inside a git working tree"_s), qPrintable(repo.errorString()));
}

void TestGitRepository::missingFolder()
{
    QTemporaryDir dir;
    const GitRepository repo(dir.filePath(u"does-not-exist"_s));
    QVERIFY(!repo.isValid());
    QVERIFY2(repo.errorString().contains(u"does not exist"_s), qPrintable(repo.errorString()));
}

void TestGitRepository::bareRepository()
{
    const TempGitRepo bare(true);
    QVERIFY(bare.isValid());
    const GitRepository repo(bare.path());
    QVERIFY(!repo.isValid());
    QVERIFY2(repo.errorString().contains(u"bare"_s), qPrintable(repo.errorString()));
    QVERIFY(repo.rootCommit().isEmpty());
    QVERIFY(repo.originUrl().isEmpty());
    QVERIFY(!repo.ignored({u".env"_s}).has_value());
}

void TestGitRepository::rootFromSubfolderAndFile()
{
    const TempGitRepo git;
    QVERIFY(git.isValid());
    QVERIFY(git.writeFile(u"a/b/file.txt"_s, "x\n"));
    const QString expected = QFileInfo(git.path()).canonicalFilePath();
    QCOMPARE(GitRepository(git.path()).root(), expected);
    QCOMPARE(GitRepository(git.filePath(u"a/b"_s)).root(), expected);
    QCOMPARE(GitRepository(git.filePath(u"a/b/file.txt"_s)).root(), expected);
}

void TestGitRepository::ignored_data()
{
    QTest::addColumn<QByteArray>("gitignore");
    QTest::addColumn<QString>("nestedFile");
    QTest::addColumn<QByteArray>("nestedContent");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("expected");

    QTest::newRow("plain .env") << QByteArray(".env\n") << QString() << QByteArray() << u".env"_s << true;
    QTest::newRow("no rules") << QByteArray() << QString() << QByteArray() << u".env"_s << false;
    QTest::newRow(".env matches at any depth")
        << QByteArray(".env\n") << QString() << QByteArray() << u"config/.env"_s << true;
    QTest::newRow("/.env is top-level only")
        << QByteArray("/.env\n") << QString() << QByteArray() << u"config/.env"_s << false;
    QTest::newRow(".env/ is for folders only")
        << QByteArray(".env/\n") << QString() << QByteArray() << u".env"_s << false;
    QTest::newRow(".env* with !.env negation")
        << QByteArray(".env*\n!.env\n") << QString() << QByteArray() << u".env"_s << false;
    QTest::newRow(".env* with !.env keeps .env.local")
        << QByteArray(".env*\n!.env\n") << QString() << QByteArray() << u".env.local"_s << true;
    QTest::newRow("nested .gitignore negates root rule")
        << QByteArray(".env\n") << u"config/.gitignore"_s << QByteArray("!.env\n") << u"config/.env"_s
        << false;
    QTest::newRow("nested .gitignore does not affect root")
        << QByteArray(".env\n") << u"config/.gitignore"_s << QByteArray("!.env\n") << u".env"_s << true;
    QTest::newRow("nested .gitignore adds rule")
        << QByteArray() << u"config/.gitignore"_s << QByteArray(".env\n") << u"config/.env"_s << true;
    QTest::newRow("CRLF rule") << QByteArray(".env\r\n") << QString() << QByteArray() << u".env"_s << true;
    QTest::newRow("*.local") << QByteArray(".env.*.local\n") << QString() << QByteArray()
                             << u".env.development.local"_s << true;
    QTest::newRow("name with space and unicode") << QByteArray("sp\xc3\xa4"
                                                               "ce *\n")
                                                 << QString() << QByteArray() << u"sp\u00e4ce x"_s << true;
}

void TestGitRepository::ignored()
{
    QFETCH(QByteArray, gitignore);
    QFETCH(QString, nestedFile);
    QFETCH(QByteArray, nestedContent);
    QFETCH(QString, path);
    QFETCH(bool, expected);

    const TempGitRepo git;
    QVERIFY(git.isValid());
    if (!gitignore.isEmpty())
        QVERIFY(git.writeFile(u".gitignore"_s, gitignore));
    if (!nestedFile.isEmpty())
        QVERIFY(git.writeFile(nestedFile, nestedContent));
    const GitRepository repo(git.path());
    QVERIFY(repo.isValid());
    const auto verdict = repo.ignored({path});
    QVERIFY2(verdict.has_value(), qPrintable(verdict.error()));
    QCOMPARE(verdict->size(), 1);
    QCOMPARE(verdict->at(0), expected);
    // git's own answer, asked differently (exit status of `check-ignore -q`), must agree.
    const int exitCode = git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, path}).exitCode;
    QCOMPARE(exitCode == 0, expected);
}

void TestGitRepository::ignoredKeepsOrderAndNoneIgnoredIsNotAnError()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, "*.log\nbuild/\n"));
    const GitRepository repo(git.path());
    const auto none = repo.ignored({u"a.txt"_s, u"b.txt"_s});
    QVERIFY2(none.has_value(), qPrintable(none.error()));
    QCOMPARE(*none, (QList<bool>{false, false}));
    const auto mixed =
        repo.ignored({u"x.log"_s, u"src/main.cpp"_s, u"build/out.o"_s, u"y.log"_s, u"README"_s});
    QVERIFY2(mixed.has_value(), qPrintable(mixed.error()));
    QCOMPARE(*mixed, (QList<bool>{true, false, true, true, false}));
    const auto empty = repo.ignored({});
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
}

void TestGitRepository::infoExclude()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".git/info/exclude"_s, ".env\n"));
    const GitRepository repo(git.path());
    QCOMPARE(repo.ignored({u".env"_s}).value(), QList<bool>{true});
    // A .gitignore negation has higher precedence than info/exclude.
    QVERIFY(git.writeFile(u".gitignore"_s, "!.env\n"));
    QCOMPARE(repo.ignored({u".env"_s}).value(), QList<bool>{false});
}

void TestGitRepository::coreExcludesFile()
{
    const TempGitRepo git;
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QString excludes = elsewhere.filePath(u"global-ignore"_s);
    QFile file(excludes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(".env\n.env.local\n");
    file.close();
    const GitRepository repo(git.path());
    QCOMPARE(repo.ignored({u".env"_s}).value(), QList<bool>{false});
    QVERIFY(git.runOk({u"config"_s, u"core.excludesFile"_s, excludes}));
    QCOMPARE(repo.ignored({u".env"_s, u".env.local"_s, u".env.x"_s}).value(),
             (QList<bool>{true, true, false}));
    // info/exclude has higher precedence than core.excludesFile.
    QVERIFY(git.writeFile(u".git/info/exclude"_s, "!.env.local\n"));
    QCOMPARE(repo.ignored({u".env"_s, u".env.local"_s}).value(), (QList<bool>{true, false}));
}

void TestGitRepository::trackedFileIsNotIgnoredButRulesCoverIt()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".env"_s, "KEY=placeholder\n"));
    QVERIFY(!git.commitAll(u"add env"_s).isEmpty());
    QVERIFY(git.writeFile(u".gitignore"_s, ".env\n"));
    const GitRepository repo(git.path());
    QCOMPARE(repo.ignored({u".env"_s}).value(), QList<bool>{false});
    QCOMPARE(repo.ignoredByRules({u".env"_s}).value(), QList<bool>{true});
}

void TestGitRepository::ignoreMatchNamesNegation()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, "# secrets\n.env*\n!.env\n"));
    const GitRepository repo(git.path());
    const auto match = repo.ignoreMatch(u".env"_s);
    QVERIFY2(match.has_value(), qPrintable(match.error()));
    QVERIFY(match->matched());
    QVERIFY(match->negated());
    QCOMPARE(match->source, u".gitignore"_s);
    QCOMPARE(match->line, 3);
    QCOMPARE(match->pattern, u"!.env"_s);
    const auto local = repo.ignoreMatch(u".env.local"_s).value();
    QCOMPARE(local.pattern, u".env*"_s);
    QCOMPARE(local.line, 2);
    QVERIFY(!local.negated());
    QVERIFY(!repo.ignoreMatch(u"other"_s).value().matched());
}

void TestGitRepository::pathOutsideTreeIsAnError()
{
    const TempGitRepo git;
    const GitRepository repo(git.path());
    const auto verdict = repo.ignored({u"../outside"_s});
    QVERIFY(!verdict.has_value());
    QVERIFY(!verdict.error().isEmpty());
    QVERIFY(!repo.ignored({QString()}).has_value());
}

void TestGitRepository::invalidRepositoryReturnsErrors()
{
    QTemporaryDir dir;
    const GitRepository repo(dir.path());
    QVERIFY(!repo.ignored({u".env"_s}).has_value());
    QVERIFY(!repo.ignoredByRules({u".env"_s}).has_value());
    QVERIFY(!repo.isTracked(u".env"_s).has_value());
    QVERIFY(!repo.commitsTouching({u".env"_s}).has_value());
    QVERIFY(repo.rootCommit().isEmpty());
    QVERIFY(repo.originUrl().isEmpty());
}

void TestGitRepository::isTracked()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".env"_s, "A=1\n"));
    QVERIFY(git.writeFile(u"x.env"_s, "A=1\n"));
    QVERIFY(git.runOk({u"add"_s, u"--"_s, u".env"_s}));
    const GitRepository repo(git.path());
    QCOMPARE(repo.isTracked(u".env"_s).value(), true);
    QCOMPARE(repo.isTracked(u"x.env"_s).value(), false);
    QCOMPARE(repo.isTracked(u"missing"_s).value(), false);
    // Glob characters are literal: `*.env` names no file, though it would match `.env` as a pathspec.
    QCOMPARE(repo.isTracked(u"*.env"_s).value(), false);
}

void TestGitRepository::commitsTouchingWithoutCommits()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".env"_s, "A=1\n"));
    const GitRepository repo(git.path());
    const auto commits = repo.commitsTouching({u".env"_s});
    QVERIFY2(commits.has_value(), qPrintable(commits.error()));
    QVERIFY(commits->isEmpty());
    QVERIFY(repo.rootCommit().isEmpty());
}

void TestGitRepository::commitsTouchingDeletedFile()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u"README"_s, "hello\n"));
    const QString first = git.commitAll(u"readme"_s);
    QVERIFY(git.writeFile(u".env"_s, "A=1\n"));
    const QString added = git.commitAll(u"oops"_s);
    QVERIFY(git.runOk({u"rm"_s, u"-q"_s, u"--"_s, u".env"_s}));
    const QString removed = git.commitAll(u"remove env"_s);
    QVERIFY(git.writeFile(u"README"_s, "hello again\n"));
    QVERIFY(!git.commitAll(u"docs"_s).isEmpty());
    QVERIFY(!first.isEmpty() && !added.isEmpty() && !removed.isEmpty());

    const GitRepository repo(git.path());
    QVERIFY(!QFileInfo::exists(git.filePath(u".env"_s)));
    QCOMPARE(repo.commitsTouching({u".env"_s}).value(), (QStringList{removed, added}));
    QCOMPARE(repo.commitsTouching({u".env.local"_s}).value(), QStringList{});
    QCOMPARE(repo.commitsTouching({}).value(), QStringList{});
}

void TestGitRepository::commitsTouchingOnlyViaMerge()
{
    // A side branch adds and removes .env, is merged with --no-ff and deleted: the merge is TREESAME to
    // main for .env, so default history simplification would hide the commit.
    const TempGitRepo git;
    QVERIFY(git.writeFile(u"README"_s, "hello\n"));
    QVERIFY(!git.commitAll(u"readme"_s).isEmpty());
    QVERIFY(git.runOk({u"checkout"_s, u"-q"_s, u"-b"_s, u"side"_s}));
    QVERIFY(git.writeFile(u".env"_s, "A=1\n"));
    const QString added = git.commitAll(u"add env"_s);
    QVERIFY(git.runOk({u"rm"_s, u"-q"_s, u"--"_s, u".env"_s}));
    QVERIFY(git.writeFile(u"side.txt"_s, "side\n"));
    QVERIFY(!git.commitAll(u"remove env"_s).isEmpty());
    QVERIFY(git.runOk({u"checkout"_s, u"-q"_s, u"main"_s}));
    QVERIFY(git.runOk({u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"merge side"_s, u"side"_s}));
    QVERIFY(git.runOk({u"branch"_s, u"-q"_s, u"-D"_s, u"side"_s}));

    const GitRepository repo(git.path());
    const QStringList commits = repo.commitsTouching({u".env"_s}).value();
    QVERIFY2(commits.contains(added), qPrintable(commits.join(u' ')));
}

void TestGitRepository::rootCommit()
{
    const TempGitRepo git;
    const GitRepository repo(git.path());
    QVERIFY(repo.rootCommit().isEmpty());
    QVERIFY(git.writeFile(u"a"_s, "1\n"));
    const QString first = git.commitAll(u"first"_s);
    QVERIFY(git.writeFile(u"a"_s, "2\n"));
    const QString second = git.commitAll(u"second"_s);
    QVERIFY(!first.isEmpty() && first != second);
    QCOMPARE(repo.rootCommit(), first);
    QCOMPARE(repo.rootCommit().size(), 40);
}

void TestGitRepository::originUrl()
{
    const TempGitRepo git;
    const GitRepository repo(git.path());
    QVERIFY(repo.originUrl().isEmpty());
    QVERIFY(git.runOk(
        {u"remote"_s, u"add"_s, u"origin"_s, u"https://alice:s3cr3t-token@example.com/org/app.git"_s}));
    QCOMPARE(repo.originUrl(), u"https://example.com/org/app.git"_s);
    QVERIFY(!repo.originUrl().contains(u"s3cr3t"_s));
}

void TestGitRepository::stripCredentials_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https user:pass") << u"https://u:p@host.example/x.git"_s
                                     << u"https://host.example/x.git"_s;
    QTest::newRow("https token only") << u"https://ghp_abc@github.com/o/r"_s << u"https://github.com/o/r"_s;
    QTest::newRow("https plain") << u"https://github.com/o/r.git"_s << u"https://github.com/o/r.git"_s;
    QTest::newRow("https port") << u"https://u:p@host:8443/r"_s << u"https://host:8443/r"_s;
    QTest::newRow("password with @") << u"https://u:p@ss@host/r"_s << u"https://host/r"_s;
    QTest::newRow("ssh user kept") << u"ssh://git@host/r.git"_s << u"ssh://git@host/r.git"_s;
    QTest::newRow("ssh password dropped") << u"ssh://git:pw@host/r.git"_s << u"ssh://host/r.git"_s;
    QTest::newRow("scp-like") << u"git@github.com:o/r.git"_s << u"git@github.com:o/r.git"_s;
    QTest::newRow("local path") << u"/srv/git/r.git"_s << u"/srv/git/r.git"_s;
    QTest::newRow("@ in path only") << u"https://host/a@b/r"_s << u"https://host/a@b/r"_s;
    QTest::newRow("no path") << u"https://u:p@host"_s << u"https://host"_s;
}

void TestGitRepository::stripCredentials()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(GitRepository::stripCredentials(url), expected);
}

void TestGitRepository::runReportsExitCode()
{
    const TempGitRepo git;
    const GitRepository repo(git.path());
    const auto ok = repo.run({u"rev-parse"_s, u"--is-inside-work-tree"_s});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out.trimmed(), QByteArray("true"));
    QVERIFY(ok.error.isEmpty());
    const auto bad = repo.run({u"no-such-subcommand-xyz"_s});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.error.isEmpty());
    // stdin is closed: a command that reads stdin sees end of file at once instead of waiting.
    const auto hashed = repo.run({u"hash-object"_s, u"--stdin"_s});
    QCOMPARE(hashed.exitCode, 0);
    QCOMPARE(hashed.out.trimmed(), QByteArray("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"));
    const auto withInput = repo.run({u"hash-object"_s, u"--stdin"_s}, QByteArray());
    QCOMPARE(withInput.out.trimmed(), QByteArray("e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"));
}

QTEST_GUILESS_MAIN(TestGitRepository)
#include "tst_gitrepository.moc"

#include "core/hygiene/GitIgnoreFixer.h"
#include "core/hygiene/GitRepository.h"

#include "TempGitRepo.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QString kHeader = u"# Local secrets (added by Envsmith)"_s;

} // namespace

class TestGitIgnoreFixer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requiredPatterns_data();
    void requiredPatterns();
    void samplePathsMatchPatterns();
    void missingLines_data();
    void missingLines();
    void missingLinesHonoursInfoExcludeAndExcludesFile();
    void missingLinesIgnoresIndex();
    void missingLinesForSubfolder();
    void missingLinesOutsideRepository();
    void missingLinesRefusesLineBreaks_data();
    void missingLinesRefusesLineBreaks();
    void append_data();
    void append();
    void appendCreatesFile();
    void appendKeepsMode();
    void appendNothingIsNoOp();
    void appendRefusesFolder();
    void appendRefusesSymlink();
};

void TestGitIgnoreFixer::initTestCase()
{
    if (!GitRepository::gitAvailable())
        QSKIP("git is not installed (packaging/install-deps.sh)");
}

void TestGitIgnoreFixer::requiredPatterns_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow(".env") << u".env"_s
                          << QStringList{u".env"_s, u".env.local"_s, u".env.*.local"_s,
                                         u".env.envsmith-backup-*"_s};
    QTest::newRow("subfolder is anchored")
        << u"config/.env"_s
        << QStringList{u"config/.env"_s, u"config/.env.local"_s, u"config/.env.*.local"_s,
                       u"config/.env.envsmith-backup-*"_s};
    QTest::newRow("glob characters escaped")
        << u"a*b?[c]"_s
        << QStringList{u"a\\*b\\?\\[c]"_s, u"a\\*b\\?\\[c].local"_s, u"a\\*b\\?\\[c].*.local"_s,
                       u"a\\*b\\?\\[c].envsmith-backup-*"_s};
    QTest::newRow("leading # and !") << u"#x"_s
                                     << QStringList{u"\\#x"_s, u"\\#x.local"_s, u"\\#x.*.local"_s,
                                                    u"\\#x.envsmith-backup-*"_s};
}

void TestGitIgnoreFixer::requiredPatterns()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(GitIgnoreFixer::requiredPatterns(name), expected);
}

void TestGitIgnoreFixer::samplePathsMatchPatterns()
{
    // Each pattern, alone in a .gitignore, must make git ignore its sample (and the default name is .env).
    QCOMPARE(GitIgnoreFixer::requiredPatterns(), GitIgnoreFixer::requiredPatterns(u".env"_s));
    for (const QString &name : {u".env"_s, u"config/.env"_s, u"a*b"_s, u"#x"_s}) {
        const QStringList patterns = GitIgnoreFixer::requiredPatterns(name);
        const QStringList samples = GitIgnoreFixer::samplePaths(name);
        QCOMPARE(samples.size(), patterns.size());
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const TempGitRepo git;
            QVERIFY(git.writeFile(u".gitignore"_s, patterns.at(i).toUtf8() + '\n'));
            const auto verdicts = GitRepository(git.path()).ignored(samples);
            QVERIFY2(verdicts.has_value(), qPrintable(verdicts.error()));
            for (qsizetype j = 0; j < samples.size(); ++j)
                QVERIFY2(verdicts->at(j) == (i == j),
                         qPrintable(u"pattern %1 vs sample %2"_s.arg(patterns.at(i), samples.at(j))));
        }
    }
}

void TestGitIgnoreFixer::missingLines_data()
{
    QTest::addColumn<QByteArray>("gitignore");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{kHeader, u".env"_s, u".env.local"_s, u".env.*.local"_s,
                          u".env.envsmith-backup-*"_s};
    QTest::newRow("no .gitignore") << QByteArray() << all;
    QTest::newRow("unrelated rules") << QByteArray("node_modules/\n*.log\n") << all;
    QTest::newRow(".env only") << QByteArray(".env\n")
                               << QStringList{kHeader, u".env.local"_s, u".env.*.local"_s,
                                              u".env.envsmith-backup-*"_s};
    QTest::newRow(".env* covers all") << QByteArray(".env*\n") << QStringList{};
    QTest::newRow(".env* with !.env") << QByteArray(".env*\n!.env\n") << QStringList{kHeader, u".env"_s};
    QTest::newRow("/.env anchored still covers top-level")
        << QByteArray("/.env\n/.env.local\n*.local\n.env.envsmith-backup-*\n") << QStringList{};
    QTest::newRow(".env/ is folders only")
        << QByteArray(".env/\n.env.*\n") << QStringList{kHeader, u".env"_s};
    QTest::newRow("*.local") << QByteArray("*.local\n")
                             << QStringList{kHeader, u".env"_s, u".env.envsmith-backup-*"_s};
}

void TestGitIgnoreFixer::missingLines()
{
    QFETCH(QByteArray, gitignore);
    QFETCH(QStringList, expected);
    const TempGitRepo git;
    QVERIFY(git.isValid());
    if (!gitignore.isEmpty())
        QVERIFY(git.writeFile(u".gitignore"_s, gitignore));
    const auto lines = GitIgnoreFixer::missingLines(git.path());
    QVERIFY2(lines.has_value(), qPrintable(lines.error()));
    QCOMPARE(*lines, expected);
}

void TestGitIgnoreFixer::missingLinesHonoursInfoExcludeAndExcludesFile()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".git/info/exclude"_s, ".env\n.env.local\n"));
    QTemporaryDir elsewhere;
    const QString excludes = elsewhere.filePath(u"ignore"_s);
    QFile file(excludes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(".env.*.local\n");
    file.close();
    QVERIFY(git.runOk({u"config"_s, u"core.excludesFile"_s, excludes}));
    QCOMPARE(GitIgnoreFixer::missingLines(git.path()).value(),
             (QStringList{kHeader, u".env.envsmith-backup-*"_s}));
    // A nested .gitignore somewhere else does not count for the top-level file.
    QVERIFY(git.writeFile(u"sub/.gitignore"_s, ".env.envsmith-backup-*\n"));
    QCOMPARE(GitIgnoreFixer::missingLines(git.path()).value(),
             (QStringList{kHeader, u".env.envsmith-backup-*"_s}));
}

void TestGitIgnoreFixer::missingLinesIgnoresIndex()
{
    // A tracked .env is not "ignored" for git check-ignore, but the rule is there: no line to add (the
    // tracked file is the separate env-not-tracked finding).
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".env"_s, "A=1\n"));
    QVERIFY(!git.commitAll(u"env"_s).isEmpty());
    QVERIFY(git.writeFile(u".gitignore"_s, ".env*\n"));
    QCOMPARE(GitIgnoreFixer::missingLines(git.path()).value(), QStringList{});
}

void TestGitIgnoreFixer::missingLinesForSubfolder()
{
    // A monorepo package: the lines are for packages/api/.gitignore, relative to that folder.
    const TempGitRepo git;
    QVERIFY(git.makeDir(u"packages/api"_s));
    QVERIFY(git.writeFile(u".gitignore"_s, "/.env\n*.local\n"));
    const QString folder = git.filePath(u"packages/api"_s);
    QCOMPARE(GitIgnoreFixer::missingLines(folder).value(),
             (QStringList{kHeader, u".env"_s, u".env.envsmith-backup-*"_s}));
    QVERIFY(GitIgnoreFixer::append(folder, GitIgnoreFixer::missingLines(folder).value()).has_value());
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u"packages/api/.env"_s}).exitCode, 0);
    QCOMPARE(GitIgnoreFixer::missingLines(folder).value(), QStringList{});
    // The top level still misses its own .env backups, and the package's rules do not leak upwards.
    QCOMPARE(GitIgnoreFixer::missingLines(git.path()).value(),
             (QStringList{kHeader, u".env.envsmith-backup-*"_s}));
}

void TestGitIgnoreFixer::missingLinesOutsideRepository()
{
    QTemporaryDir dir;
    const auto lines = GitIgnoreFixer::missingLines(dir.path());
    QVERIFY(!lines.has_value());
    QVERIFY(lines.error().contains(u"git"_s));
}

void TestGitIgnoreFixer::missingLinesRefusesLineBreaks_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("LF") << u".env\n*"_s;
    QTest::newRow("CR") << u".env\r"_s;
}

/// A .gitignore pattern is one line: a name with a line break would add other patterns (here `*`).
void TestGitIgnoreFixer::missingLinesRefusesLineBreaks()
{
    QFETCH(QString, name);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    const auto lines = GitIgnoreFixer::missingLines(repo.path(), name);
    QVERIFY(!lines.has_value());
    QVERIFY(lines.error().contains(u"line break"_s));
}

void TestGitIgnoreFixer::append_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("expectedAddition");
    const QByteArray lf = "\n# Local secrets (added by Envsmith)\n.env\n.env.local\n.env.*.local\n"
                          ".env.envsmith-backup-*\n";
    QTest::newRow("final newline") << QByteArray("node_modules/\n") << lf;
    QTest::newRow("no final newline") << QByteArray("node_modules/") << QByteArray("\n" + lf);
    QTest::newRow("negation is overridden") << QByteArray("build/\n!.env\n") << lf;
    QTest::newRow("CRLF file") << QByteArray("a\r\nb")
                               << QByteArray(
                                      "\r\n\r\n# Local secrets (added by Envsmith)\r\n.env\r\n.env.local\r\n"
                                      ".env.*.local\r\n.env.envsmith-backup-*\r\n");
    QTest::newRow("trailing backslash line") << QByteArray("weird\\") << QByteArray("\n" + lf);
    QTest::newRow("binary-ish bytes kept") << QByteArray("caf\xc3\xa9\n\x01\xff\n") << lf;
}

void TestGitIgnoreFixer::append()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, expectedAddition);
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, before));
    const auto lines = GitIgnoreFixer::missingLines(git.path());
    QVERIFY2(lines.has_value(), qPrintable(lines.error()));
    QCOMPARE(lines->size(), 5);
    const auto appended = GitIgnoreFixer::append(git.path(), *lines);
    QVERIFY2(appended.has_value(), qPrintable(appended.error()));
    const QByteArray after = readAll(git.filePath(u".gitignore"_s));
    QVERIFY(after.startsWith(before));
    QCOMPARE(after.mid(before.size()), expectedAddition);
    // git now ignores every sample, by its own exit status, and nothing more is missing.
    for (const QString &sample : GitIgnoreFixer::samplePaths())
        QVERIFY2(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, sample}).exitCode == 0, qPrintable(sample));
    QCOMPARE(GitIgnoreFixer::missingLines(git.path()).value(), QStringList{});
}

void TestGitIgnoreFixer::appendCreatesFile()
{
    const TempGitRepo git;
    QVERIFY(!QFile::exists(git.filePath(u".gitignore"_s)));
    const QStringList lines = GitIgnoreFixer::missingLines(git.path(), u"config/.env"_s).value();
    QVERIFY(GitIgnoreFixer::append(git.path(), lines).has_value());
    QCOMPARE(readAll(git.filePath(u".gitignore"_s)),
             QByteArray("# Local secrets (added by Envsmith)\nconfig/.env\nconfig/.env.local\n"
                        "config/.env.*.local\nconfig/.env.envsmith-backup-*\n"));
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u"config/.env"_s}).exitCode, 0);
    // Anchored: the same name elsewhere is not covered.
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u"other/config/.env"_s}).exitCode, 1);
}

void TestGitIgnoreFixer::appendKeepsMode()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, "x\n"));
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(git.filePath(u".gitignore"_s), mode));
    QVERIFY(GitIgnoreFixer::append(git.path(), {u".env"_s}).has_value());
    // Owner, group and other bits (the User bits mirror Owner for our own files).
    const QFileDevice::Permissions ownerGroupOther = QFileDevice::Permissions::fromInt(0x7077);
    QCOMPARE(QFile::permissions(git.filePath(u".gitignore"_s)) & ownerGroupOther, mode);
    QCOMPARE(readAll(git.filePath(u".gitignore"_s)), QByteArray("x\n\n.env\n"));
}

void TestGitIgnoreFixer::appendNothingIsNoOp()
{
    const TempGitRepo git;
    QVERIFY(GitIgnoreFixer::append(git.path(), {}).has_value());
    QVERIFY(!QFile::exists(git.filePath(u".gitignore"_s)));
}

void TestGitIgnoreFixer::appendRefusesFolder()
{
    const TempGitRepo git;
    QVERIFY(git.makeDir(u".gitignore"_s));
    const auto appended = GitIgnoreFixer::append(git.path(), {u".env"_s});
    QVERIFY(!appended.has_value());
    QVERIFY(appended.error().contains(u"folder"_s));
}

void TestGitIgnoreFixer::appendRefusesSymlink()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u"shared-ignore"_s, "x\n"));
    QVERIFY(QFile::link(u"shared-ignore"_s, git.filePath(u".gitignore"_s)));
    const auto appended = GitIgnoreFixer::append(git.path(), {u".env"_s});
    QVERIFY(!appended.has_value());
    QVERIFY2(appended.error().contains(u"symbolic link"_s), qPrintable(appended.error()));
    QCOMPARE(readAll(git.filePath(u"shared-ignore"_s)), QByteArray("x\n"));
    QVERIFY(QFileInfo(git.filePath(u".gitignore"_s)).isSymLink());
}

QTEST_GUILESS_MAIN(TestGitIgnoreFixer)
#include "tst_gitignorefixer.moc"

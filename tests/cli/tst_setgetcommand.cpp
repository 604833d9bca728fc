#include "TempGitRepo.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/RepoContext.h"
#include "core/store/KeychainStore.h"

#include "DotenvOracle.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include "EnvsmithRun.h"

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace TestFiles;

namespace {

using Run = EnvsmithRun;

EnvsmithRun envsmith(const QStringList &args, const QByteArray &input = {},
                     const QString &workingDirectory = {})
{
    EnvsmithRun::Options options;
    options.input = input;
    options.workingDirectory = workingDirectory;
    return EnvsmithRun::run(args, options);
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestSetGetCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setCreatesPrivateFileAndGetReadsIt();
    void setChangesOnlyThatLineAndKeepsABackup();
    void setValues_data();
    void setValues();
    void setRefusesNonPortableValues_data();
    void setRefusesNonPortableValues();
    void valueNeverFromArguments();
    void setDuplicateWarns();
    void setUsesRepoEnvFile();
    void setInRepositoryIgnoresAndUpdatesKeychain();
    void getErrors();
    void getPythonDialect();
    void setFromHiddenTerminalPrompt();
};

void TestSetGetCommand::setCreatesPrivateFileAndGetReadsIt()
{
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    const Run set = envsmith({u"set"_s, u"API_TOKEN"_s, u"--file"_s, env}, "s3cretTokenValue\n");
    QCOMPARE(set.exitCode, 0);
    QVERIFY(set.out.isEmpty());
    QVERIFY(!set.err.contains("s3cretTokenValue"));
    QVERIFY(set.err.contains("API_TOKEN"));
    QCOMPARE(readFile(env), QByteArray("API_TOKEN=s3cretTokenValue\n")); // gitleaks:allow
    QCOMPARE(modeOf(env), 0600);
    const Run get = envsmith({u"get"_s, u"API_TOKEN"_s, u"--file"_s, env});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QByteArray("s3cretTokenValue\n"));
    QVERIFY(get.err.isEmpty());
}

void TestSetGetCommand::setChangesOnlyThatLineAndKeepsABackup()
{
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    const QByteArray before =
        "# Database\r\nexport DB_USER=app # the user\r\nDB_PASS='old one'\r\n\r\nOTHER=x";
    QVERIFY(writeFile(env, before));
    const Run set = envsmith({u"set"_s, u"DB_PASS"_s, u"--file"_s, env}, "new-Pass_1");
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(readFile(env),
             QByteArray("# Database\r\nexport DB_USER=app # the user\r\nDB_PASS=new-Pass_1\r\n\r\nOTHER=x"));
    QCOMPARE(modeOf(env), 0600);
    const QStringList backups =
        QDir(dir.path()).entryList({u".env.envsmith-backup-*"_s}, QDir::Files | QDir::Hidden);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(readFile(dir.filePath(backups.first())), before);
    QVERIFY(set.err.contains(backups.first().toUtf8()));
}

void TestSetGetCommand::setValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("no trailing newline") << QByteArray("abc") << QByteArray("abc");
    QTest::newRow("one LF removed") << QByteArray("abc\n") << QByteArray("abc");
    QTest::newRow("CRLF removed") << QByteArray("abc\r\n") << QByteArray("abc");
    QTest::newRow("spaces kept") << QByteArray("  two words  \n") << QByteArray("  two words  ");
    QTest::newRow("hash and quote") << QByteArray("it's #1\n") << QByteArray("it's #1");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("non-ASCII") << QByteArray("h\xC3\xA9llo w\xC3\xB6rld\n")
                               << QByteArray("h\xC3\xA9llo w\xC3\xB6rld");
}

void TestSetGetCommand::setValues()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, value);
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    QVERIFY(writeFile(env, "A=1\n"));
    const Run set = envsmith({u"set"_s, u"KEY"_s, u"--file"_s, env}, input);
    QCOMPARE(set.exitCode, 0);
    const Run get = envsmith({u"get"_s, u"KEY"_s, u"--file"_s, env});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, value + '\n');
    // The real readers agree.
    if (DotenvOracle::nodeMissing().isEmpty()) {
        const auto node = DotenvOracle::readWithNode(env);
        QVERIFY2(node, qPrintable(node ? QString() : node.error()));
        QCOMPARE(node->value(u"KEY"_s), value);
    }
    if (DotenvOracle::pythonMissing().isEmpty()) {
        const auto python = DotenvOracle::readWithPython(env);
        QVERIFY2(python, qPrintable(python ? QString() : python.error()));
        QCOMPARE(python->value(u"KEY"_s), value);
    }
}

void TestSetGetCommand::setRefusesNonPortableValues_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("dollar") << QByteArray("pa$s3cret\n") << u"dollar"_s;
    QTest::newRow("backslash") << QByteArray("pa\\s3cret\n") << u"backslash"_s;
    QTest::newRow("inner newline") << QByteArray("s3cret\nsecond line\n") << u"line break"_s;
    QTest::newRow("both quotes") << QByteArray("'s3cret\"\n") << u"both"_s;
    QTest::newRow("NUL") << QByteArray("s3cret\0x", 8) << u"NUL"_s;
}

void TestSetGetCommand::setRefusesNonPortableValues()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    QVERIFY(writeFile(env, "A=1\n"));
    const Run set = envsmith({u"set"_s, u"KEY"_s, u"--file"_s, env}, input);
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(QString::fromUtf8(set.err).contains(mentions), set.err.constData());
    QVERIFY(!set.err.contains("s3cret"));
    QVERIFY(set.out.isEmpty());
    QCOMPARE(readFile(env), QByteArray("A=1\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no backup, no temp file
}

void TestSetGetCommand::valueNeverFromArguments()
{
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    const Run set = envsmith({u"set"_s, u"KEY"_s, u"s3cretOnArgv"_s, u"--file"_s, env}, "x\n");
    QCOMPARE(set.exitCode, 2);
    QVERIFY(!set.err.contains("s3cretOnArgv"));
    QVERIFY(set.err.contains("standard input"));
    QVERIFY(!QFile::exists(env));
    const Run badKey = envsmith({u"set"_s, u"1BAD-KEY"_s, u"--file"_s, env}, "x\n");
    QCOMPARE(badKey.exitCode, 2);
    const Run noKey = envsmith({u"set"_s, u"--file"_s, env}, "x\n");
    QCOMPARE(noKey.exitCode, 2);
    const Run unknown = envsmith({u"set"_s, u"KEY"_s, u"--value=s3cret"_s}, "x\n");
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(!unknown.err.contains("s3cret"));
}

void TestSetGetCommand::setDuplicateWarns()
{
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    QVERIFY(writeFile(env, "A=1\nB=2\nA=3\n"));
    const Run set = envsmith({u"set"_s, u"A"_s, u"--file"_s, env}, "9");
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(readFile(env), QByteArray("A=1\nB=2\nA=9\n"));
    QVERIFY(set.err.contains("more than once"));
}

void TestSetGetCommand::setUsesRepoEnvFile()
{
    QTemporaryDir dir;
    const Run set = envsmith({u"set"_s, u"K"_s, u"--repo"_s, dir.path()}, "v");
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(readFile(dir.filePath(u".env"_s)), QByteArray("K=v\n"));
    const Run get = envsmith({u"get"_s, u"K"_s}, {}, dir.path());
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, QByteArray("v\n"));
}

void TestSetGetCommand::setInRepositoryIgnoresAndUpdatesKeychain()
{
    // In a git repository without a .gitignore, set makes git ignore .env before writing it; once setup
    // stored the project's values in the (real) keychain, set keeps the keychain copy current too.
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, "PORT=3000\nAPI_TOKEN=\n"));
    const Run first = envsmith({u"set"_s, u"API_TOKEN"_s, u"--repo"_s, repo.path()}, "first-t0ken-value");
    QCOMPARE(first.exitCode, 0);
    QVERIFY(!first.err.contains("first-t0ken-value"));
    QProcess checkIgnore;
    checkIgnore.setWorkingDirectory(repo.path());
    checkIgnore.start(u"git"_s, {u"check-ignore"_s, u"-q"_s, u".env"_s});
    QVERIFY(checkIgnore.waitForFinished());
    QCOMPARE(checkIgnore.exitCode(), 0); // git ignores .env

    const Run setup = envsmith({u"setup"_s, u"--repo"_s, repo.path(), u"--yes"_s});
    QCOMPARE(setup.exitCode, 0);
    const Run second = envsmith({u"set"_s, u"API_TOKEN"_s, u"--repo"_s, repo.path()}, "second-t0ken-value");
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.err.contains("keychain"));
    QVERIFY(!second.err.contains("second-t0ken-value"));
    auto context = RepoContext::open(repo.path());
    QVERIFY(context);
    KeychainStore store(context->projectId(), context->envFileName());
    auto stored = store.read(u"API_TOKEN"_s);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QVERIFY(stored->equals(QByteArrayView("second-t0ken-value")));
}

void TestSetGetCommand::getErrors()
{
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    const Run absentFile = envsmith({u"get"_s, u"K"_s, u"--file"_s, env});
    QCOMPARE(absentFile.exitCode, 3);
    QVERIFY(absentFile.out.isEmpty());
    QVERIFY(writeFile(env, "A=s3cretValue\nB=\"unclosed s3cret\n"));
    const Run unreadable = envsmith({u"get"_s, u"A"_s, u"--file"_s, env});
    QCOMPARE(unreadable.exitCode, 3);
    QVERIFY(unreadable.err.contains("line 2"));
    QVERIFY(!unreadable.err.contains("s3cret"));
    QVERIFY(unreadable.out.isEmpty());
    QVERIFY(writeFile(env, "A=s3cretValue\n"));
    const Run missing = envsmith({u"get"_s, u"B"_s, u"--file"_s, env});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("B is not set"));
    QVERIFY(missing.out.isEmpty());
    const Run folder = envsmith({u"get"_s, u"A"_s, u"--file"_s, dir.path()});
    QCOMPARE(folder.exitCode, 3);
    QVERIFY(folder.err.contains("folder"));
    const Run setIntoFolder = envsmith({u"set"_s, u"A"_s, u"--file"_s, dir.path()}, "x");
    QCOMPARE(setIntoFolder.exitCode, 3);
}

void TestSetGetCommand::getPythonDialect()
{
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    QVERIFY(writeFile(env, "HOST=db\nURL=postgres://${HOST}/x#frag\n"));
    const Run npm = envsmith({u"get"_s, u"URL"_s, u"--file"_s, env});
    QCOMPARE(npm.out, QByteArray("postgres://${HOST}/x\n"));
    const Run python = envsmith({u"get"_s, u"URL"_s, u"--file"_s, env, u"--dialect"_s, u"python"_s});
    QCOMPARE(python.exitCode, 0);
    QCOMPARE(python.out, QByteArray("postgres://db/x#frag\n"));
    const Run bad = envsmith({u"get"_s, u"URL"_s, u"--file"_s, env, u"--dialect=ruby"_s});
    QCOMPARE(bad.exitCode, 2);
}

void TestSetGetCommand::setFromHiddenTerminalPrompt()
{
    // A real pseudo-terminal (Python's pty module): the typed value must not be echoed.
    const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    const QString script = uR"(
import os, pty, sys, time
binary, path = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.execv(binary, [binary, 'set', 'TYPED_KEY', '--file', path])
seen = b''
deadline = time.time() + 60
while b'not shown' not in seen and time.time() < deadline:
    seen += os.read(fd, 1024)
os.write(fd, b'typedS3cret\n')
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.write(repr(seen) + '\n')
sys.exit(os.waitstatus_to_exitcode(status))
)"_s;
    QProcess process;
    process.start(python, {u"-c"_s, script, QStringLiteral(ENVSMITH_BINARY), env});
    if (!process.waitForStarted(30000)) {
        QSKIP("python3 is needed to drive a pseudo-terminal");
    }
    QVERIFY(process.waitForFinished(120000));
    const QByteArray transcript = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, (transcript + process.readAllStandardError()).constData());
    QVERIFY2(transcript.contains("Value for TYPED_KEY"), transcript.constData());
    QVERIFY2(!transcript.contains("typedS3cret"), transcript.constData()); // echo was off
    QCOMPARE(readFile(env), QByteArray("TYPED_KEY=typedS3cret\n"));
}

QTEST_GUILESS_MAIN(TestSetGetCommand)
#include "tst_setgetcommand.moc"

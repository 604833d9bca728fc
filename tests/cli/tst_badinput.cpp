#include "core/schema/EnvTemplate.h"

#include "DacOverrideSuspension.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <sys/stat.h>

#include "EnvsmithRun.h"

using namespace Qt::StringLiterals;

using namespace TestFiles;

namespace {

using Run = EnvsmithRun;

EnvsmithRun envsmith(const QStringList &args, const QByteArray &input = {})
{
    EnvsmithRun::Options options;
    options.input = input;
    return EnvsmithRun::run(args, options);
}

} // namespace

// Bad input through the command line (`lint`, `get`, `set` on the real binary) and the template loader:
// a clear error with line and column where one applies, never a crash or a hang, never a value.
class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFiles_data();
    void badFiles();
    void setRefusesToRewriteABadFile();
    void hugeInputs_data();
    void hugeInputs();
    void missingOrFolder();
    void fifoIsRefused_data();
    void fifoIsRefused();
    void unreadableTemplateAndEnv();
    void wizardWithoutDisplay();
};

void TestBadInput::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("pythonToo"); // python-dotenv has no backtick quotes
    QTest::newRow("unterminated double")
        << QByteArray("A=1\nB=\"s3cretValue\nC=2\n") << u"line 2, column 3"_s << u"never closed"_s << true;
    QTest::newRow("unterminated single")
        << QByteArray("A='s3cretValue") << u"line 1, column 3"_s << u"never closed"_s << true;
    QTest::newRow("unterminated backtick")
        << QByteArray("\n\nX=`s3cretValue\n") << u"line 3, column 3"_s << u"backtick"_s << false;
    QTest::newRow("invalid UTF-8") << QByteArray("A=ok\nB=s3cret\xC3\x28Value\n") << u"line 2, column 9"_s
                                   << u"UTF-8"_s << true;
    QTest::newRow("Latin-1 file") << QByteArray("A=s3cr\xE9t\n") << u"line 1, column 7"_s << u"UTF-8"_s
                                  << true;
    QTest::newRow("NUL byte") << QByteArray("A=1\nB=s3cret\0Value\n", 19) << u"line 2, column 9"_s << u"NUL"_s
                              << true;
    QTest::newRow("UTF-16 file") << QByteArray("\xFF\xFE"
                                               "A\0=\0"
                                               "1\0",
                                               8)
                                 << u"line 1, column 1"_s << u"UTF-8"_s << true;
}

void TestBadInput::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, place);
    QFETCH(QString, mentions);
    QFETCH(bool, pythonToo);
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    QVERIFY(writeFile(env, content));
    QList<QStringList> runs{{u"lint"_s, env}, {u"get"_s, u"A"_s, u"--file"_s, env}};
    if (pythonToo) {
        runs.append({u"lint"_s, env, u"--dialect=python"_s});
    }
    for (const QStringList &args : std::as_const(runs)) {
        const Run run = envsmith(args);
        QCOMPARE(run.exitCode, 3);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(place), qPrintable(err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
        QVERIFY2(!err.contains(u"s3cret"_s), qPrintable(err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestBadInput::setRefusesToRewriteABadFile()
{
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    const QByteArray content = "A=1\nB='s3cretValue\n";
    QVERIFY(writeFile(env, content));
    const Run run = envsmith({u"set"_s, u"A"_s, u"--file"_s, env}, "2");
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("line 2, column 3"));
    QFile file(env);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestBadInput::hugeInputs_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    const QByteArray big(10 * 1024 * 1024, 'x');
    QTest::newRow("10 MB unquoted line") << "A=" + big + "\n" << u"A"_s << big;
    QTest::newRow("10 MB double-quoted line") << "A=\"" + big + "\"\n" << u"A"_s << big;
    QTest::newRow("10 MB of quotes") << QByteArray(10 * 1024 * 1024, '"') << u"A"_s << QByteArray();
    QByteArray lines;
    for (int i = 0; i < 100000; ++i) {
        lines += "KEY_" + QByteArray::number(i) + "='value " + QByteArray::number(i) + "'\n";
    }
    QTest::newRow("100,000 lines") << lines << u"KEY_99999"_s << QByteArray("value 99999");
}

void TestBadInput::hugeInputs()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    QVERIFY(writeFile(env, content));
    const Run lint = envsmith({u"lint"_s, env, u"--format=json"_s});
    QVERIFY2(lint.exitCode == 0 || lint.exitCode == 1, lint.err.constData());
    QVERIFY(lint.out.size() < 64 * 1024 * 1024);
    QVERIFY(!lint.out.contains(QByteArray(64, 'x')));
    const Run get = envsmith({u"get"_s, key, u"--file"_s, env});
    if (value.isNull()) {
        QCOMPARE(get.exitCode, 3); // a line of quotes assigns nothing
    } else {
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out, value + '\n');
    }
}

void TestBadInput::missingOrFolder()
{
    QTemporaryDir dir;
    const Run missing = envsmith({u"lint"_s, dir.filePath(u"nope.env"_s)});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains("does not exist"));
    const Run folder = envsmith({u"lint"_s, dir.path()});
    QCOMPARE(folder.exitCode, 3);
    QVERIFY(folder.err.contains("folder"));
    const Run usage = envsmith({u"lint"_s});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(QDir(dir.path()).mkdir(u".env.example"_s));
    const auto loaded = EnvTemplate::load(dir.filePath(u".env.example"_s));
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"folder"_s), qPrintable(loaded.error()));
}

void TestBadInput::fifoIsRefused_data()
{
    // A FIFO named as the env file would block a read forever (nobody writes to it): refused up front.
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("lint") << QStringList{u"lint"_s, u"FIFO"_s};
    QTest::newRow("get") << QStringList{u"get"_s, u"PORT"_s, u"--file"_s, u"FIFO"_s};
    QTest::newRow("set") << QStringList{u"set"_s, u"PORT"_s, u"--file"_s, u"FIFO"_s};
}

void TestBadInput::fifoIsRefused()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u".env"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    arguments.replace(arguments.indexOf(u"FIFO"_s), fifo);
    EnvsmithRun::Options options;
    options.input = "5000\n";
    options.timeoutMs = 30000;
    const Run run = EnvsmithRun::run(arguments, options);
    QVERIFY2(run.exitCode == 3,
             qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
}

void TestBadInput::unreadableTemplateAndEnv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u".env.example"_s);
    QVERIFY(writeFile(path, "A=s3cretValue\n"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    DacOverrideSuspension permissionsApply;
    if (!permissionsApply.isActive()) {
        QSKIP("cannot make permission bits apply to this process (root without CAP_SETPCAP?)");
    }
    const auto loaded = EnvTemplate::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u"Cannot read"_s), qPrintable(loaded.error()));
    QVERIFY(loaded.error().contains(u"permissions"_s));
    QVERIFY(!loaded.error().contains(u"s3cret"_s));
}

/// The wizard with no display at all: Qt's platform plugin aborted the process (exit 134) advising to
/// reinstall; now a message says what is missing and points to the command line, and nothing crashes.
void TestBadInput::wizardWithoutDisplay()
{
    EnvsmithRun::Options options;
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        options.environment.remove(QString::fromLatin1(name));
    const EnvsmithRun run = EnvsmithRun::run({u"--demo"_s}, options);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("graphical display") && run.err.contains("envsmith --help"),
             run.err.constData());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

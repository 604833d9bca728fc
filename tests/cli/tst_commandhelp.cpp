// `envsmith COMMAND --help` (and -h, anywhere after the command, and `envsmith help COMMAND`) on the real
// executable: the command's help on stdout with exit code 0, for every command, and nothing run (a
// repository with a template gets no .env); `envsmith --help` still lists every command and the exit codes.

#include "EnvsmithRun.h"
#include "TempGitRepo.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandHelp_data();
    void commandHelp();
    void fullHelpListsEveryCommand();
    void syncHelpDocumentsExitCodes();
    void unknownCommandStillUsageError();
};

namespace {

// Every command and a line its help must show (its usage line).
const QList<std::pair<QString, QByteArray>> &commandsAndUsage()
{
    static const QList<std::pair<QString, QByteArray>> list = {
        {u"setup"_s, "envsmith setup [options]"},
        {u"check"_s, "envsmith check [options]"},
        {u"set"_s, "envsmith set KEY"},
        {u"get"_s, "envsmith get KEY"},
        {u"lint"_s, "envsmith lint FILE"},
        {u"generate"_s, "envsmith generate PROFILE"},
        {u"rotate"_s, "envsmith rotate --finish VAR..."},
        {u"restore"_s, "envsmith restore [--repo DIR]"},
        {u"sync"_s, "envsmith sync --from FILE"},
        {u"scan"_s, "envsmith scan [--repo DIR]"},
        {u"install-hook"_s, "envsmith install-hook [--repo DIR]"},
    };
    return list;
}

} // namespace

void TestCommandHelp::commandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("usage");
    QTest::addColumn<QByteArray>("notShown"); // a line of another command's help
    for (const auto &[command, usage] : commandsAndUsage()) {
        const QByteArray other =
            command == u"sync"_s ? "envsmith restore [--repo DIR]" : "envsmith sync --from FILE";
        const QByteArray name = command.toUtf8();
        QTest::addRow("%s --help", name.constData()) << QStringList{command, u"--help"_s} << usage << other;
        QTest::addRow("%s -h", name.constData()) << QStringList{command, u"-h"_s} << usage << other;
        QTest::addRow("help %s", name.constData()) << QStringList{u"help"_s, command} << usage << other;
        // After other arguments, even ones that would be a usage error on their own.
        QTest::addRow("%s --yes --help", name.constData())
            << QStringList{command, u"--yes"_s, u"--not-an-option"_s, u"--help"_s} << usage << other;
    }
}

void TestCommandHelp::commandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, usage);
    QFETCH(QByteArray, notShown);
    // Run inside a repository with a template: `setup --help --yes` must not set it up.
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, "# @generate=hex(32)\nSESSION_SECRET=\nDEBUG=true\n"));
    EnvsmithRun::Options options;
    options.workingDirectory = repo.path();
    const EnvsmithRun run = EnvsmithRun::run(args, options);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY2(run.out.contains(usage), run.out.constData());
    QVERIFY2(run.out.contains("Exit codes"), run.out.constData());
    QVERIFY2(!run.out.contains(notShown), run.out.constData()); // this command's help, not all of it
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(!QFileInfo::exists(repo.filePath(u".env"_s)));
}

void TestCommandHelp::fullHelpListsEveryCommand()
{
    for (const QStringList &args : {QStringList{u"--help"_s}, QStringList{u"-h"_s}, QStringList{u"help"_s},
                                    QStringList{u"help"_s, u"--help"_s}}) {
        const EnvsmithRun run = EnvsmithRun::run(args);
        QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ')));
        for (const auto &[command, usage] : commandsAndUsage()) {
            QVERIFY2(run.out.contains(usage), usage.constData());
        }
        QVERIFY(run.out.contains("envsmith COMMAND --help"));
        QVERIFY(run.out.contains("Exit codes"));
    }
}

void TestCommandHelp::syncHelpDocumentsExitCodes()
{
    const EnvsmithRun sync = EnvsmithRun::run({u"sync"_s, u"--help"_s});
    QCOMPARE(sync.exitCode, 0);
    QVERIFY2(sync.out.contains("Exit code 4 when a variable is left unresolved or a conflict is kept"),
             sync.out.constData());
    QVERIFY2(sync.out.contains("sync: a variable was left unresolved or a conflict kept"),
             sync.out.constData());
    QVERIFY(sync.out.contains("{\"error\""));
    // setup's help has the shared options and what setup does; check's only the options it takes.
    const EnvsmithRun setup = EnvsmithRun::run({u"setup"_s, u"--help"_s});
    QVERIFY(setup.out.contains("--follow-symlink") && setup.out.contains("setup reads the template"));
    const EnvsmithRun check = EnvsmithRun::run({u"check"_s, u"--help"_s});
    QVERIFY(check.out.contains("--format text|json") && check.out.contains("check: search the tree") &&
            !check.out.contains("  --follow-symlink") && !check.out.contains("setup: do not store"));
}

void TestCommandHelp::unknownCommandStillUsageError()
{
    const EnvsmithRun run = EnvsmithRun::run({u"frobnicate-not-a-command"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("--help"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCommandHelp)
#include "tst_commandhelp.moc"

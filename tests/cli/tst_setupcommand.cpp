// `envsmith setup` and `envsmith check`, run as the real executable on real temp git repositories. The
// `.env` it writes is read back by the real npm `dotenv` package and Debian's python3-dotenv.

#include "DotenvOracle.h"
#include "EnvsmithRun.h"
#include "LeakSearch.h"
#include "TempGitRepo.h"
#include "core/dotenv/DotenvDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <unistd.h>

using namespace TestFiles;

namespace {

using Run = EnvsmithRun;

EnvsmithRun envsmith(const QStringList &args,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                     const QStringList &wrapper = {})
{
    EnvsmithRun::Options options;
    options.environment = environment;
    options.wrapper = wrapper;
    return EnvsmithRun::run(args, options);
}

} // namespace

class TestSetupCommand : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<TempGitRepo> demoRepo()
    {
        auto repo = std::make_unique<TempGitRepo>();
        if (!repo->isValid() || !repo->writeFile(QStringLiteral(".env.example"), demoTemplate()) ||
            repo->commitAll(QStringLiteral("template")).isEmpty()) {
            return nullptr;
        }
        return repo;
    }

private Q_SLOTS:
    void setupWritesWhatRealReadersRead();
    void existingValuesAreKept();
    void badInput_data();
    void badInput();
    void keychainUnavailable();
    void readOnlyFolder();
    void jsonOutput();
    void help();
    void check();
    void noValueOutsideEnvAndKeychain();
};

void TestSetupCommand::setupWritesWhatRealReadersRead()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    const Run run = envsmith({QStringLiteral("setup"), QStringLiteral("--repo"), repo->path(),
                              QStringLiteral("--yes"), QStringLiteral("--no-keychain")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString envPath = repo->filePath(QStringLiteral(".env"));
    QCOMPARE(QFileInfo(envPath).permissions() &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    auto ours = DotenvDocument::parse(readFile(envPath));
    QVERIFY(ours);
    QCOMPARE(ours->keys().size(), 9);

    auto node = DotenvOracle::readWithNode(envPath);
    if (!node) {
        QSKIP(qPrintable(node.error()));
    }
    auto python = DotenvOracle::readWithPython(envPath);
    if (!python) {
        QSKIP(qPrintable(python.error()));
    }
    for (const QString &key : ours->keys()) {
        const QByteArray value = ours->value(key).value_or(QByteArray());
        QVERIFY2(node->value(key) == value,
                 qPrintable(QStringLiteral("npm dotenv reads %1 differently").arg(key)));
        QVERIFY2(python->value(key) == value,
                 qPrintable(QStringLiteral("python-dotenv reads %1 differently").arg(key)));
    }
    QVERIFY(run.out.contains("OPENAI_API_KEY"));
    QVERIFY(run.out.contains("To do"));
    QVERIFY(!ours->value(u"DB_PASSWORD").value_or(QByteArray()).isEmpty());
    QVERIFY(!run.out.contains(ours->value(u"DB_PASSWORD").value_or("-")));
    QVERIFY(!run.out.contains(ours->value(u"JWT_SECRET").value_or("-")));
}

void TestSetupCommand::existingValuesAreKept()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QVERIFY(repo->writeFile(QStringLiteral(".env"), "DB_PASSWORD=mine\nOPENAI_API_KEY=sk-mine\n"));
    const Run run = envsmith({QStringLiteral("setup"), QStringLiteral("--repo"), repo->path(),
                              QStringLiteral("--yes"), QStringLiteral("--no-keychain")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto document = DotenvDocument::parse(readFile(repo->filePath(QStringLiteral(".env"))));
    QVERIFY(document);
    QCOMPARE(document->value(u"DB_PASSWORD"), std::optional<QByteArray>("mine"));
    QCOMPARE(document->value(u"OPENAI_API_KEY"), std::optional<QByteArray>("sk-mine"));
    QCOMPARE(document->value(u"DATABASE_URL"),
             std::optional<QByteArray>("postgres://acme:mine@localhost:5432/acme_orders")); // gitleaks:allow
    QVERIFY(!run.out.contains("sk-mine"));
}

void TestSetupCommand::badInput_data()
{
    QTest::addColumn<QByteArray>("templateBytes");
    QTest::addColumn<QByteArray>("envBytes");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QStringList yes = {QStringLiteral("--yes"), QStringLiteral("--no-keychain")};
    QTest::newRow("no template") << QByteArray() << QByteArray() << yes << 3
                                 << QStringLiteral(".env.example");
    QTest::newRow("unparseable .env") << demoTemplate() << QByteArrayLiteral("A='unterminated-s3cret\n")
                                      << yes << 3 << QStringLiteral("line 1");
    QTest::newRow("no --yes without a terminal")
        << demoTemplate() << QByteArray() << QStringList{QStringLiteral("--no-keychain")} << 2
        << QStringLiteral("--yes");
    QTest::newRow("unknown option") << demoTemplate() << QByteArray()
                                    << QStringList{QStringLiteral("--frobnicate")} << 2
                                    << QStringLiteral("--frobnicate");
    QTest::newRow("bad format") << demoTemplate() << QByteArray()
                                << QStringList{QStringLiteral("--format"), QStringLiteral("xml")} << 2
                                << QStringLiteral("xml");
}

void TestSetupCommand::badInput()
{
    QFETCH(QByteArray, templateBytes);
    QFETCH(QByteArray, envBytes);
    QFETCH(QStringList, extraArgs);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    TempGitRepo repo;
    QVERIFY(repo.isValid());
    if (!templateBytes.isEmpty()) {
        QVERIFY(repo.writeFile(QStringLiteral(".env.example"), templateBytes));
    }
    if (!envBytes.isEmpty()) {
        QVERIFY(repo.writeFile(QStringLiteral(".env"), envBytes));
    }
    const Run run =
        envsmith(QStringList{QStringLiteral("setup"), QStringLiteral("--repo"), repo.path()} + extraArgs);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!run.err.contains("s3cret") && !run.out.contains("s3cret"));
    QCOMPARE(readFile(repo.filePath(QStringLiteral(".env"))), envBytes); // untouched (or still absent)
}

void TestSetupCommand::keychainUnavailable()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/envsmith-bus"));
    const Run run =
        envsmith({QStringLiteral("setup"), QStringLiteral("--repo"), repo->path(), QStringLiteral("--yes")},
                 environment);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(QFileInfo::exists(repo->filePath(QStringLiteral(".env"))));
    QVERIFY2(run.out.contains("keychain") || run.err.contains("keychain"), run.out.constData());
    // Says how to go on (setup takes --no-keychain; the shared keychain message does not name it).
    QVERIFY2(run.err.contains("run setup again with --no-keychain"), run.err.constData());
}

void TestSetupCommand::readOnlyFolder()
{
    // Root ignores folder permissions, so as root the command runs as the unprivileged user `nobody`.
    QStringList wrapper;
    if (geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
            QSKIP("running as root without setpriv: cannot make a folder read-only for the command");
        }
        wrapper = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                   QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
    }
    QTemporaryDir folder(QStringLiteral("/tmp/envsmith-readonly-XXXXXX"));
    QVERIFY(folder.isValid());
    QFile templateFile(folder.filePath(QStringLiteral(".env.example")));
    QVERIFY(templateFile.open(QIODevice::WriteOnly));
    templateFile.write(demoTemplate());
    templateFile.close();
    QVERIFY(QFile::setPermissions(templateFile.fileName(),
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                          QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(folder.path(), readOnly));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder.path());
    const Run run = envsmith({QStringLiteral("setup"), QStringLiteral("--repo"), folder.path(),
                              QStringLiteral("--yes"), QStringLiteral("--no-keychain")},
                             environment, wrapper);
    QFile::setPermissions(folder.path(), readOnly | QFileDevice::WriteOwner);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(folder.path().toUtf8()) || run.out.contains(folder.path().toUtf8()),
             run.err.constData());
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral(".env"))));
}

void TestSetupCommand::jsonOutput()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    const Run run =
        envsmith({QStringLiteral("setup"), QStringLiteral("--repo"), repo->path(), QStringLiteral("--yes"),
                  QStringLiteral("--no-keychain"), QStringLiteral("--format=json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = json.object();
    QCOMPARE(root.value(QStringLiteral("variables")).toArray().size(), 9);
    QCOMPARE(root.value(QStringLiteral("todo")).toArray().size(), 3);
    QVERIFY(root.value(QStringLiteral("ok")).toBool());
    auto document = DotenvDocument::parse(readFile(repo->filePath(QStringLiteral(".env"))));
    QVERIFY(document);
    QVERIFY(!run.out.contains(document->value(u"JWT_SECRET").value_or("-")));
}

void TestSetupCommand::help()
{
    const Run run = envsmith({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word :
         {"setup", "check", "--repo", "--yes", "--no-keychain", "--format", "Exit codes"}) {
        QVERIFY2(run.out.contains(word), word);
    }
    // Unknown commands and options get a usage error, never the wizard.
    for (const QStringList &args :
         {QStringList{QStringLiteral("frobnicate-not-a-command")}, QStringList{QStringLiteral("--bogus")},
          QStringList{QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("check")},
          QStringList{QStringLiteral("/nonexistent/folder")}}) {
        const Run unknown = envsmith(args);
        QVERIFY2(unknown.exitCode == 2, qPrintable(args.join(u' ')));
        QVERIFY2(unknown.err.contains("--help"), unknown.err.constData());
    }
}

void TestSetupCommand::check()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QVERIFY(repo->writeFile(QStringLiteral(".env"), "A=1\n"));
    QVERIFY(!repo->commitAll(QStringLiteral("oops"), true).isEmpty()); // a tracked .env
    Run run = envsmith({QStringLiteral("check"), QStringLiteral("--repo"), repo->path()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("env-not-tracked"));
    run = envsmith({QStringLiteral("check"), QStringLiteral("--repo"), repo->path(),
                    QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QJsonDocument::fromJson(run.out).isArray() || QJsonDocument::fromJson(run.out).isObject());

    auto clean = demoRepo();
    QVERIFY(clean);
    QCOMPARE(envsmith({QStringLiteral("setup"), QStringLiteral("--repo"), clean->path(),
                       QStringLiteral("--yes"), QStringLiteral("--no-keychain")})
                 .exitCode,
             0);
    run = envsmith({QStringLiteral("check"), QStringLiteral("--repo"), clean->path()});
    QVERIFY2(run.exitCode == 0, run.out.constData());
}

void TestSetupCommand::noValueOutsideEnvAndKeychain()
{
    // A whole setup with the real keychain, then every output stream and every file under HOME (config,
    // data, cache, the keyring's own encrypted file) and TMPDIR is searched for each value in every form.
    auto repo = demoRepo();
    QVERIFY(repo);
    const Run run =
        envsmith({QStringLiteral("setup"), QStringLiteral("--repo"), repo->path(), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    auto document = DotenvDocument::parse(readFile(repo->filePath(QStringLiteral(".env"))));
    QVERIFY(document);
    QList<QByteArray> secrets;
    for (const char *key : {"DB_PASSWORD", "JWT_SECRET", "DATABASE_URL"}) {
        secrets.append(document->value(QString::fromLatin1(key)).value_or(QByteArray()));
        QVERIFY(secrets.last().size() >= 32);
    }
    const QString repoRoot = QFileInfo(repo->path()).canonicalFilePath();
    const LeakSearch::Result files =
        LeakSearch::searchFiles(QDir::homePath(), secrets, [&](const QString &path) {
            // the repository itself holds .env (and git objects of the template) by design
            return QFileInfo(path).canonicalFilePath().startsWith(repoRoot + u'/');
        });
    QVERIFY2(files.hits.isEmpty(), qPrintable(files.hits.join(u'\n')));
    QVERIFY2(files.searched.size() >= 2, "the keyring and the keychain index were expected under HOME");
    const QStringList lines = LeakSearch::searchLines(run.out, QStringLiteral("stdout"), secrets) +
                              LeakSearch::searchLines(run.err, QStringLiteral("stderr"), secrets);
    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSetupCommand)
#include "tst_setupcommand.moc"

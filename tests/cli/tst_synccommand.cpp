// `envsmith sync` run as the real executable on real git repositories with the real keyring
// (tests/run-with-keyring.sh), reading a plain Bitwarden JSON export the test writes: the masked plan,
// dry run, confirmation, --yes applying to .env and the keychain, generated secrets skipped, ambiguity
// listed with how to resolve it, the password never from argv, deleting the export, exit code 4 while
// something is left open, what a failed read says (and no plain-text reminder after it), the password file,
// JSON errors, and a leak search over every output and every file under HOME and TMPDIR.

#include "BitwardenExportWriter.h"
#include "EnvsmithRun.h"
#include "LeakSearch.h"
#include "TempGitRepo.h"
#include "TestFiles.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/RepoContext.h"
#include "core/store/KeychainStore.h"
#include "core/vault/VaultReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kTemplate = "# @generate=hex(32)\n"
                             "SESSION_SECRET=\n"
                             "STRIPE_SECRET_KEY=\n"
                             "SENTRY_DSN=\n"
                             "GITHUB_TOKEN=\n"
                             "DEBUG=true\n";

const QList<QByteArray> kValues = {"sk_test_cli_stripe_value", "https://cli-dsn-value@sentry.example/7",
                                   "vault-session-cli-value",  "shared-token-cli-value-a",
                                   "shared-token-cli-value-b", "stripe-login-cli-password"};

// A plain Bitwarden JSON export (research/vault-formats.md §1.2), personal, with folders.
QByteArray bitwardenExport()
{
    const auto custom = [](const char *name, const QByteArray &value) {
        return QJsonObject{{u"name"_s, QString::fromLatin1(name)},
                           {u"value"_s, QString::fromUtf8(value)},
                           {u"type"_s, 1},
                           {u"linkedId"_s, QJsonValue::Null}};
    };
    const auto login = [](const char *id, const char *name, const char *folder, const QJsonArray &fields,
                          const QByteArray &password = {}) {
        return QJsonObject{
            {u"id"_s, QString::fromLatin1(id)},
            {u"organizationId"_s, QJsonValue::Null},
            {u"folderId"_s, QString::fromLatin1(folder)},
            {u"type"_s, 1},
            {u"reprompt"_s, 0},
            {u"name"_s, QString::fromLatin1(name)},
            {u"notes"_s, QJsonValue::Null},
            {u"favorite"_s, false},
            {u"fields"_s, fields},
            {u"login"_s,
             QJsonObject{{u"username"_s, u"team"_s},
                         {u"password"_s, password.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(QString::fromUtf8(password))},
                         {u"totp"_s, QJsonValue::Null},
                         {u"uris"_s, QJsonArray()}}},
            {u"collectionIds"_s, QJsonValue::Null},
            {u"creationDate"_s, u"2026-01-01T00:00:00.000Z"_s},
            {u"revisionDate"_s, u"2026-01-01T00:00:00.000Z"_s},
            {u"deletedDate"_s, QJsonValue::Null},
        };
    };
    const QJsonArray items{
        login("11111111-1111-4111-8111-111111111111", "Stripe", "f-team",
              {custom("STRIPE_SECRET_KEY", kValues.at(0))}, kValues.at(5)),
        login("22222222-2222-4222-8222-222222222222", "Sentry", "f-team",
              {custom("SENTRY_DSN", kValues.at(1))}),
        login("33333333-3333-4333-8333-333333333333", "Session", "f-team",
              {custom("SESSION_SECRET", kValues.at(2))}),
        login("44444444-4444-4444-8444-444444444444", "Token A", "f-team",
              {custom("GITHUB_TOKEN", kValues.at(3))}),
        login("55555555-5555-4555-8555-555555555555", "Token B", "f-other",
              {custom("GITHUB_TOKEN", kValues.at(4))}),
    };
    const QJsonObject root{
        {u"encrypted"_s, false},
        {u"folders"_s, QJsonArray{QJsonObject{{u"id"_s, u"f-team"_s}, {u"name"_s, u"Team"_s}},
                                  QJsonObject{{u"id"_s, u"f-other"_s}, {u"name"_s, u"Other"_s}}}},
        {u"items"_s, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray valueOf(const QString &envPath, const char *key)
{
    auto document = DotenvDocument::parse(TestFiles::readFile(envPath));
    return document ? document->value(QString::fromLatin1(key)).value_or(QByteArray()) : QByteArray();
}

} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    // A repository with the template committed, .env ignored and present, and the export next to it
    // (outside the repository, under TMPDIR).
    struct Fixture
    {
        TempGitRepo repo;
        QTemporaryDir exports;
        QString exportPath;
        QString env;
    };
    static std::unique_ptr<Fixture> fixture(const QByteArray &env = "STRIPE_SECRET_KEY=\nDEBUG=true\n")
    {
        auto f = std::make_unique<Fixture>();
        f->exportPath = f->exports.filePath(u"team-export.json"_s);
        f->env = f->repo.filePath(u".env"_s);
        if (!f->repo.isValid() || !f->exports.isValid() || !f->repo.writeFile(u".env.example"_s, kTemplate) ||
            !f->repo.writeFile(u".gitignore"_s, ".env\n.env.envsmith-backup-*\n.env.envsmith-tmp-*\n") ||
            f->repo.commitAll(u"template"_s).isEmpty() || !f->repo.writeFile(u".env"_s, env) ||
            !TestFiles::writeFile(f->exportPath, bitwardenExport())) {
            return nullptr;
        }
        return f;
    }
    static EnvsmithRun sync(const Fixture &f, QStringList extra, const QByteArray &input = {})
    {
        return syncFrom(f, f.exportPath, extra, input);
    }
    static EnvsmithRun syncFrom(const Fixture &f, const QString &exportPath, const QStringList &extra,
                                const QByteArray &input = {}, const QStringList &wrapper = {})
    {
        EnvsmithRun::Options options;
        options.input = input;
        options.wrapper = wrapper;
        return EnvsmithRun::run(
            QStringList{u"sync"_s, u"--from"_s, exportPath, u"--repo"_s, f.repo.path()} + extra, options);
    }
    // The JSON object on stdout (an empty object, and a failed check, when stdout is not one).
    static QJsonObject jsonOut(const EnvsmithRun &run)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            QTest::qFail(qPrintable(u"stdout is not a JSON object: "_s + QString::fromUtf8(run.out)),
                         __FILE__, __LINE__);
            return {};
        }
        return document.object();
    }
    static QStringList openNames(const QJsonObject &root)
    {
        QStringList names;
        for (const QJsonValue &name : root.value(u"open"_s).toArray()) {
            names.append(name.toString());
        }
        names.sort();
        return names;
    }
    static std::expected<QByteArray, KeychainStore::ErrorKind> keychainValue(const Fixture &f,
                                                                             const QString &name)
    {
        auto context = RepoContext::open(f.repo.path());
        KeychainStore store(context->projectId(), context->envFileName());
        auto value = store.read(name);
        if (!value) {
            return std::unexpected(value.error().kind);
        }
        return value->toByteArray();
    }

    QList<EnvsmithRun> m_runs; // every run, for the leak search at the end

private Q_SLOTS:
    void initTestCase();
    void dryRunWritesNothing();
    void confirmationNeededWithoutYes();
    void yesAppliesToEnvAndKeychain();
    void jsonPlan();
    void ambiguityListedWithHowToResolve();
    void exitCodeTellsSyncedFromLeftOpen_data();
    void exitCodeTellsSyncedFromLeftOpen();
    void failedReadSaysWhatWasFound_data();
    void failedReadSaysWhatWasFound();
    void passwordFileProblemsFail_data();
    void passwordFileProblemsFail();
    void passwordFileOpensProtectedExport();
    void jsonErrors_data();
    void jsonErrors();
    void usageErrors_data();
    void usageErrors();
    void deleteExport();
    void noValueLeaks();
};

void TestSyncCommand::initTestCase()
{
    QCoreApplication::setApplicationName(u"envsmith"_s);
    const QByteArray data = bitwardenExport();
    const auto read = VaultReader::read(data, u"team-export.json"_s);
    if (!read) {
        QSKIP(qPrintable(u"the Bitwarden JSON reader cannot read the test's export yet: "_s +
                         read.error().message));
    }
}

void TestSyncCommand::dryRunWritesNothing()
{
    auto f = fixture();
    QVERIFY(f);
    const QByteArray before = TestFiles::readFile(f->env);
    const EnvsmithRun run = sync(*f, {u"--dry-run"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY2(run.out.contains("add") && run.out.contains("STRIPE_SECRET_KEY"), run.out.constData());
    QVERIFY(run.out.contains("Stripe / STRIPE_SECRET_KEY"));
    QVERIFY(run.out.contains("skipped") && run.out.contains("SESSION_SECRET"));
    QVERIFY(run.out.contains("Dry run"));
    QCOMPARE(TestFiles::readFile(f->env), before);
    QCOMPARE(QDir(f->repo.path()).entryList({u".env.envsmith-backup-*"_s}, QDir::Files | QDir::Hidden).size(),
             0);
    const auto stored = keychainValue(*f, u"STRIPE_SECRET_KEY"_s);
    QVERIFY(!stored);
    QVERIFY(stored.error() == KeychainStore::ErrorKind::NotFound);
    QVERIFY(QFileInfo::exists(f->exportPath)); // not deleted without being asked
    QVERIFY(run.err.contains("plain text"));
}

void TestSyncCommand::confirmationNeededWithoutYes()
{
    auto f = fixture();
    QVERIFY(f);
    const QByteArray before = TestFiles::readFile(f->env);
    const EnvsmithRun run = sync(*f, {});
    m_runs.append(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--yes"));
    QCOMPARE(TestFiles::readFile(f->env), before);
}

void TestSyncCommand::yesAppliesToEnvAndKeychain()
{
    auto f = fixture("SESSION_SECRET=my-own-generated-session\nSTRIPE_SECRET_KEY=\nDEBUG=true\n");
    QVERIFY(f);
    // GITHUB_TOKEN stays ambiguous (no --scope) in every run below: synced, but incomplete (exit 4).
    EnvsmithRun run = sync(*f, {u"--yes"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 4, (run.out + run.err).constData());
    QVERIFY2(run.err.contains("Sync is incomplete") && run.err.contains("GITHUB_TOKEN"), run.err.constData());
    QCOMPARE(valueOf(f->env, "STRIPE_SECRET_KEY"), kValues.at(0));
    QCOMPARE(valueOf(f->env, "SENTRY_DSN"), kValues.at(1));
    QCOMPARE(valueOf(f->env, "SESSION_SECRET"), QByteArray("my-own-generated-session")); // never overwritten
    QCOMPARE(valueOf(f->env, "GITHUB_TOKEN"), QByteArray()); // ambiguous: not guessed
    QCOMPARE(QFileInfo(f->env).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(keychainValue(*f, u"STRIPE_SECRET_KEY"_s).value_or(QByteArray()), kValues.at(0));
    QCOMPARE(keychainValue(*f, u"SENTRY_DSN"_s).value_or(QByteArray()), kValues.at(1));
    QCOMPARE(QDir(f->repo.path()).entryList({u".env.envsmith-backup-*"_s}, QDir::Files | QDir::Hidden).size(),
             1);

    // A second sync finds nothing to change.
    run = sync(*f, {});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 4, (run.out + run.err).constData());
    QVERIFY(run.out.contains("unchanged"));
    QVERIFY(run.out.contains("Nothing to change"));

    // An edit after the sync is a conflict: kept, with how to take the vault's value.
    QVERIFY(TestFiles::writeFile(f->env,
                                 "STRIPE_SECRET_KEY=sk_test_my_edit\nSENTRY_DSN=" + kValues.at(1) + "\n"));
    run = sync(*f, {u"--yes"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 4, (run.out + run.err).constData());
    QVERIFY(run.out.contains("conflict"));
    QVERIFY(run.err.contains("--take-vault STRIPE_SECRET_KEY"));
    QCOMPARE(valueOf(f->env, "STRIPE_SECRET_KEY"), QByteArray("sk_test_my_edit"));
    run = sync(*f, {u"--yes"_s, u"--take-vault"_s, u"STRIPE_SECRET_KEY"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 4, (run.out + run.err).constData());
    QVERIFY(!run.err.contains("--take-vault STRIPE_SECRET_KEY"));
    QCOMPARE(valueOf(f->env, "STRIPE_SECRET_KEY"), kValues.at(0));
}

void TestSyncCommand::jsonPlan()
{
    auto f = fixture();
    QVERIFY(f);
    const EnvsmithRun run = sync(*f, {u"--dry-run"_s, u"--format"_s, u"json"_s, u"--scope"_s, u"Team"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    QCOMPARE(root.value(u"dryRun"_s).toBool(), true);
    QCOMPARE(root.value(u"applied"_s).toBool(), false);
    QHash<QString, QString> actions;
    for (const QJsonValue &row : root.value(u"rows"_s).toArray()) {
        actions.insert(row[u"name"_s].toString(), row[u"action"_s].toString());
    }
    QCOMPARE(actions.value(u"STRIPE_SECRET_KEY"_s), u"add"_s);
    QCOMPARE(actions.value(u"SESSION_SECRET"_s), u"skipped"_s);
    QCOMPARE(actions.value(u"GITHUB_TOKEN"_s), u"add"_s); // the scope picks Token A
    QCOMPARE(actions.value(u"DEBUG"_s), u"local-only"_s);
}

void TestSyncCommand::ambiguityListedWithHowToResolve()
{
    auto f = fixture();
    QVERIFY(f);
    const EnvsmithRun run = sync(*f, {u"--dry-run"_s});
    m_runs.append(run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("unresolved"));
    QVERIFY2(run.err.contains("Token A / GITHUB_TOKEN (Team)") &&
                 run.err.contains("Token B / GITHUB_TOKEN (Other)"),
             run.err.constData());
    QVERIFY(run.err.contains("@vault="));
}

void TestSyncCommand::exitCodeTellsSyncedFromLeftOpen_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("open");
    const QByteArray fresh = "STRIPE_SECRET_KEY=\nDEBUG=true\n";
    const QByteArray edited = "STRIPE_SECRET_KEY=sk_test_my_own_edit\nDEBUG=true\n";
    const QStringList team{u"--yes"_s, u"--scope"_s, u"Team"_s};
    QTest::newRow("ambiguous variable left")
        << fresh << QStringList{u"--yes"_s} << 4 << QStringList{u"GITHUB_TOKEN"_s};
    QTest::newRow("everything matched") << fresh << team << 0 << QStringList();
    QTest::newRow("conflict kept") << edited << team << 4 << QStringList{u"STRIPE_SECRET_KEY"_s};
    QTest::newRow("conflict taken") << edited
                                    << (team + QStringList{u"--take-vault"_s, u"STRIPE_SECRET_KEY"_s}) << 0
                                    << QStringList();
    QTest::newRow("conflict and ambiguity")
        << edited << QStringList{u"--yes"_s} << 4 << QStringList{u"GITHUB_TOKEN"_s, u"STRIPE_SECRET_KEY"_s};
    QTest::newRow("dry run lists, exits 0")
        << fresh << QStringList{u"--dry-run"_s} << 0 << QStringList{u"GITHUB_TOKEN"_s};
}

void TestSyncCommand::exitCodeTellsSyncedFromLeftOpen()
{
    QFETCH(QByteArray, env);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QStringList, open);
    auto f = fixture(env);
    QVERIFY(f);
    const EnvsmithRun json = sync(*f, extra + QStringList{u"--format"_s, u"json"_s});
    m_runs.append(json);
    QVERIFY2(json.exitCode == exitCode, (json.out + json.err).constData());
    const QJsonObject root = jsonOut(json);
    QCOMPARE(openNames(root), open);
    QVERIFY(!root.contains(u"error"_s));
    QCOMPARE(root.value(u"applied"_s).toBool(), !extra.contains(u"--dry-run"_s));

    // The same in text: the exit code, and the note saying what is left.
    auto g = fixture(env);
    QVERIFY(g);
    const EnvsmithRun text = sync(*g, extra);
    m_runs.append(text);
    QVERIFY2(text.exitCode == exitCode, (text.out + text.err).constData());
    QCOMPARE(text.err.contains("Sync is incomplete"), exitCode == 4);
    for (const QString &name : open) {
        QVERIFY2(text.err.contains(name.toUtf8()), text.err.constData());
    }
}

void TestSyncCommand::failedReadSaysWhatWasFound_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // "<missing>": no file at all
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("empty JSON file") << u"export.json"_s << QByteArray() << QByteArray("the file is empty");
    QTest::newRow("empty CSV file") << u"export.csv"_s << QByteArray() << QByteArray("the file is empty");
    QTest::newRow("blank lines") << u"export.csv"_s << QByteArray("\n \r\n\n")
                                 << QByteArray("only blank space");
    QTest::newRow("CSV with another header")
        << u"export.csv"_s << QByteArray("name,secret,url\nprod-db,hunter2-csv-secret,https://db.example\n")
        << QByteArray("this CSV's header is not a Bitwarden or 1Password export header");
    QTest::newRow("CSV without a header")
        << u"passwords.txt"_s << QByteArray("prod-db,hunter2-csv-secret,https://db.example,admin\n")
        << QByteArray("expected columns such as folder,favorite,type,name");
    QTest::newRow("JSON that is not an export")
        << u"export.json"_s << QByteArray("{\"token\": \"hunter2-json-secret\"}\n")
        << QByteArray("is JSON, but not a Bitwarden export");
    QTest::newRow("no such file") << u"export.json"_s << QByteArray("<missing>")
                                  << QByteArray("does not exist");
}

void TestSyncCommand::failedReadSaysWhatWasFound()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, mentions);
    auto f = fixture();
    QVERIFY(f);
    const QString path = f->exports.filePath(fileName);
    if (content != "<missing>") {
        QVERIFY(TestFiles::writeFile(path, content));
    }
    const QByteArray before = TestFiles::readFile(f->env);
    for (const bool json : {false, true}) {
        const EnvsmithRun run = syncFrom(
            *f, path, json ? QStringList{u"--yes"_s, u"--format"_s, u"json"_s} : QStringList{u"--yes"_s});
        QVERIFY2(run.exitCode == 3, (run.out + run.err).constData());
        QVERIFY2(run.err.contains(mentions), run.err.constData());
        QVERIFY2(run.err.contains(fileName.toUtf8()), run.err.constData());
        // Nothing was read: no reminder to delete a plain-text export.
        QVERIFY2(!run.err.contains("plain text") && !run.err.contains("--delete-export"),
                 run.err.constData());
        // No data row, no value.
        QVERIFY(!run.err.contains("hunter2") && !run.out.contains("hunter2"));
        QVERIFY(!run.err.contains("prod-db"));
        if (json) {
            const QJsonObject root = jsonOut(run);
            QVERIFY2(root.value(u"error"_s).toString().contains(QString::fromUtf8(mentions)),
                     run.out.constData());
        } else {
            QVERIFY2(run.out.isEmpty(), run.out.constData());
        }
    }
    QCOMPARE(TestFiles::readFile(f->env), before);
}

void TestSyncCommand::passwordFileProblemsFail_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("missing") << u"missing"_s << QByteArray("does not exist");
    QTest::newRow("a folder") << u"folder"_s << QByteArray("is a folder");
    QTest::newRow("unreadable") << u"unreadable"_s << QByteArray("Cannot read the password file");
}

void TestSyncCommand::passwordFileProblemsFail()
{
    QFETCH(QString, problem);
    QFETCH(QByteArray, mentions);
    auto f = fixture();
    QVERIFY(f);
    const QString passwordFile = f->exports.filePath(u"vault-password.txt"_s);
    QStringList wrapper;
    if (problem == u"folder"_s) {
        QVERIFY(QDir().mkpath(passwordFile));
    } else if (problem == u"unreadable"_s) {
        QVERIFY(TestFiles::writeFile(passwordFile, "correct horse\n"));
        QVERIFY(QFile::setPermissions(passwordFile, QFileDevice::Permissions()));
        if (::geteuid() == 0) {
            // Root reads any file: run envsmith without the capabilities that bypass permission bits.
            wrapper = {u"setpriv"_s, u"--bounding-set"_s, u"-dac_override,-dac_read_search"_s};
        }
    }
    const EnvsmithRun run =
        syncFrom(*f, f->exportPath, {u"--dry-run"_s, u"--password-file"_s, passwordFile}, {}, wrapper);
    QVERIFY2(run.exitCode == 3, (run.out + run.err).constData());
    QVERIFY2(run.err.contains(mentions), run.err.constData());
    QVERIFY2(run.err.contains(passwordFile.toUtf8()), run.err.constData());
    QVERIFY(!run.err.contains("correct horse"));
    QVERIFY2(!run.err.contains("plain text"), run.err.constData()); // the export was never read
}

void TestSyncCommand::passwordFileOpensProtectedExport()
{
    auto f = fixture();
    QVERIFY(f);
    const QByteArray password = "protected-export-password";
    BitwardenExportWriter::Settings settings;
    const QByteArray encrypted = BitwardenExportWriter::write(bitwardenExport(), password, settings);
    QVERIFY(!encrypted.isEmpty());
    const QString protectedPath = f->exports.filePath(u"protected.json"_s);
    QVERIFY(TestFiles::writeFile(protectedPath, encrypted));
    const QString passwordFile = f->exports.filePath(u"vault-password.txt"_s);

    // Without a password and without a terminal: a usage error (say how to give it).
    EnvsmithRun run = syncFrom(*f, protectedPath, {u"--dry-run"_s});
    QVERIFY2(run.exitCode == 2, (run.out + run.err).constData());
    QVERIFY(run.err.contains("--password-file"));

    // A wrong password: the read fails (3), no plain-text reminder.
    QVERIFY(TestFiles::writeFile(passwordFile, "not-the-password\n"));
    run = syncFrom(*f, protectedPath, {u"--dry-run"_s, u"--password-file"_s, passwordFile});
    QVERIFY2(run.exitCode == 3, (run.out + run.err).constData());
    QVERIFY(!run.err.contains("plain text"));

    // The right one (with its line break): read, planned; an encrypted export needs no reminder either.
    QVERIFY(TestFiles::writeFile(passwordFile, password + "\n"));
    run = syncFrom(*f, protectedPath,
                   {u"--dry-run"_s, u"--scope"_s, u"Team"_s, u"--password-file"_s, passwordFile});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY(run.out.contains("Stripe / STRIPE_SECRET_KEY"));
    QVERIFY(!run.err.contains("plain text"));
    QVERIFY(!run.out.contains(password) && !run.err.contains(password));
}

void TestSyncCommand::jsonErrors_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("fromFixture");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("hasPlan");
    QTest::newRow("no --from") << QStringList{u"--format=json"_s} << false << 2 << u"--from"_s << false;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"--format"_s, u"json"_s} << true << 2
                                    << u"--frobnicate"_s << false;
    QTest::newRow("confirmation needed")
        << QStringList{u"--format"_s, u"json"_s} << true << 2 << u"--yes"_s << true;
    QTest::newRow("--take-vault of a non-conflict")
        << QStringList{u"--format"_s, u"json"_s, u"--yes"_s, u"--take-vault"_s, u"DEBUG"_s} << true << 2
        << u"--take-vault DEBUG"_s << false;
}

void TestSyncCommand::jsonErrors()
{
    QFETCH(QStringList, extra);
    QFETCH(bool, fromFixture);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QFETCH(bool, hasPlan);
    auto f = fixture();
    QVERIFY(f);
    const EnvsmithRun run =
        fromFixture ? sync(*f, extra)
                    : EnvsmithRun::run(QStringList{u"sync"_s, u"--repo"_s, f->repo.path()} + extra);
    m_runs.append(run);
    QVERIFY2(run.exitCode == exitCode, (run.out + run.err).constData());
    QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData()); // the text goes to stderr too
    const QJsonObject root = jsonOut(run);
    QVERIFY2(root.value(u"error"_s).toString().contains(mentions), run.out.constData());
    QCOMPARE(root.contains(u"rows"_s), hasPlan);
    if (hasPlan) {
        QCOMPARE(root.value(u"applied"_s).toBool(), false);
    }
}

void TestSyncCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no --from") << QStringList{u"sync"_s, u"--dry-run"_s} << QByteArray("--from");
    QTest::newRow("password on the command line")
        << QStringList{u"sync"_s, u"--from"_s, u"x.json"_s, u"--password"_s, u"hunter2-argv-password"_s}
        << QByteArray("never taken from the command line");
    QTest::newRow("password inline") << QStringList{u"sync"_s, u"--from"_s, u"x.json"_s,
                                                    u"--password=hunter2-argv-password"_s} // gitleaks:allow
                                     << QByteArray("never taken from the command line");
    QTest::newRow("two password sources")
        << QStringList{u"sync"_s, u"--from"_s, u"x.json"_s, u"--password-stdin"_s, u"--password-file"_s,
                       u"p"_s}
        << QByteArray("not both");
    QTest::newRow("unknown option") << QStringList{u"sync"_s, u"--from"_s, u"x.json"_s, u"--frobnicate"_s}
                                    << QByteArray("--frobnicate");
    QTest::newRow("stray argument") << QStringList{u"sync"_s, u"--from"_s, u"x.json"_s,
                                                   u"hunter2-argv-password"_s}
                                    << QByteArray("--from FILE");
}

void TestSyncCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const EnvsmithRun run = EnvsmithRun::run(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(mentions), run.err.constData());
    QVERIFY(!run.err.contains("hunter2") && !run.out.contains("hunter2"));
}

void TestSyncCommand::deleteExport()
{
    auto f = fixture();
    QVERIFY(f);
    const EnvsmithRun run = sync(*f, {u"--dry-run"_s, u"--delete-export"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY(!QFileInfo::exists(f->exportPath));
    QVERIFY(run.err.contains("Deleted"));
}

void TestSyncCommand::noValueLeaks()
{
    // Every value of the export, searched (raw, base64, base64url, hex, percent-encoded) in every output of
    // this test's runs and every file under HOME and TMPDIR; only .env, its backups and the exports may
    // hold them (and the keychain, encrypted on disk).
    QVERIFY(!m_runs.isEmpty());
    QStringList hits;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        hits += LeakSearch::searchLines(m_runs.at(i).out, u"stdout of run %1"_s.arg(i + 1), kValues);
        hits += LeakSearch::searchLines(m_runs.at(i).err, u"stderr of run %1"_s.arg(i + 1), kValues);
    }
    // The fixtures are gone; one more full run leaves its files for the search.
    auto f = fixture();
    QVERIFY(f);
    const EnvsmithRun run = sync(*f, {u"--yes"_s});
    QVERIFY2(run.exitCode == 4, (run.out + run.err).constData()); // GITHUB_TOKEN ambiguous
    hits += LeakSearch::searchLines(run.out, u"stdout of the last run"_s, kValues);
    hits += LeakSearch::searchLines(run.err, u"stderr of the last run"_s, kValues);
    const QString env = QFileInfo(f->env).absoluteFilePath();
    const QString exportPath = QFileInfo(f->exportPath).absoluteFilePath();
    const auto allowed = [&](const QString &path) {
        return path == env || path.startsWith(env + u".envsmith-backup-"_s) || path == exportPath;
    };
    const LeakSearch::Result home = LeakSearch::searchFiles(QDir::homePath(), kValues, allowed);
    hits += home.hits;
    const QString temp = QDir::tempPath();
    if (!QFileInfo(temp).canonicalFilePath().startsWith(QFileInfo(QDir::homePath()).canonicalFilePath())) {
        hits += LeakSearch::searchFiles(temp, kValues, allowed).hits;
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    const auto searched = [&](const QString &part) {
        return std::any_of(home.searched.cbegin(), home.searched.cend(),
                           [&](const QString &path) { return path.contains(part); });
    };
    QVERIFY2(searched(u"vault-sync.json"_s), "the sync record was not searched");
    QVERIFY2(searched(u"keychain-index.json"_s), "the keychain index was not searched");
    QVERIFY2(searched(u"/keyrings/"_s), "the keyring file was not searched");
    // And the search can find what it looks for: the export holds every value.
    const LeakSearch::Result inExport =
        LeakSearch::searchFiles(f->exports.path(), kValues, [](const QString &) { return false; });
    QVERIFY(inExport.hits.size() >= kValues.size());
}

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"

// `envsmith sync` run as the real executable on real git repositories with the real keyring
// (tests/run-with-keyring.sh), reading a plain Bitwarden JSON export the test writes: the masked plan,
// dry run, confirmation, --yes applying to .env and the keychain, generated secrets skipped, ambiguity
// listed with how to resolve it, the password never from argv, deleting the export, and a leak search over
// every output and every file under HOME and TMPDIR.

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
        EnvsmithRun::Options options;
        options.input = input;
        return EnvsmithRun::run(
            QStringList{u"sync"_s, u"--from"_s, f.exportPath, u"--repo"_s, f.repo.path()} + extra, options);
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
    EnvsmithRun run = sync(*f, {u"--yes"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
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
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY(run.out.contains("unchanged"));
    QVERIFY(run.out.contains("Nothing to change"));

    // An edit after the sync is a conflict: kept, with how to take the vault's value.
    QVERIFY(TestFiles::writeFile(f->env,
                                 "STRIPE_SECRET_KEY=sk_test_my_edit\nSENTRY_DSN=" + kValues.at(1) + "\n"));
    run = sync(*f, {u"--yes"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY(run.out.contains("conflict"));
    QVERIFY(run.err.contains("--take-vault STRIPE_SECRET_KEY"));
    QCOMPARE(valueOf(f->env, "STRIPE_SECRET_KEY"), QByteArray("sk_test_my_edit"));
    run = sync(*f, {u"--yes"_s, u"--take-vault"_s, u"STRIPE_SECRET_KEY"_s});
    m_runs.append(run);
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
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

void TestSyncCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no --from") << QStringList{u"sync"_s, u"--dry-run"_s} << QByteArray("--from");
    QTest::newRow("password on the command line")
        << QStringList{u"sync"_s, u"--from"_s, u"x.json"_s, u"--password"_s, u"hunter2-argv-password"_s}
        << QByteArray("never taken from the command line");
    QTest::newRow("password inline") << QStringList{u"sync"_s, u"--from"_s, u"x.json"_s,
                                                    u"--password=hunter2-argv-password"_s}
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
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
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

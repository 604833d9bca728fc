// SyncPlanner / SyncPlan / SyncRunner on real git repositories with the real keyring
// (tests/run-with-keyring.sh): each action, a conflict only after the local value changed since the last
// sync, generated secrets never overwritten, ambiguity never guessed, refusals, and the sync record holding
// no value.

#include "LeakSearch.h"
#include "TempGitRepo.h"
#include "TestFiles.h"
#include "VaultFixture.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/SyncPlanner.h"
#include "core/setup/SyncRunner.h"
#include "core/setup/SyncState.h"
#include "core/store/KeychainStore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace VaultFixture;

namespace {

const QByteArray kTemplate = "# per developer\n"
                             "# @generate=hex(32)\n"
                             "SESSION_SECRET=\n"
                             "STRIPE_SECRET_KEY=\n"
                             "SENTRY_DSN=\n"
                             "GITHUB_TOKEN=\n"
                             "OPENAI_API_KEY=\n"
                             "EMPTY_IN_VAULT=\n"
                             "DEBUG=true\n";

VaultExport teamExport(const QByteArray &stripe = "sk_test_vault_v1")
{
    VaultExport vault = emptyVault();
    vault.items.push_back(item(u"Stripe"_s, {{u"STRIPE_SECRET_KEY"_s, stripe}}, {u"Team"_s}));
    vault.items.push_back(
        item(u"Sentry"_s, {{u"SENTRY_DSN"_s, "https://sentry-vault-dsn@example/1"}}, {u"Team"_s}));
    vault.items.push_back(
        item(u"Session"_s, {{u"SESSION_SECRET"_s, "vault-session-secret-value"}}, {u"Team"_s}));
    vault.items.push_back(item(u"Dup A"_s, {{u"GITHUB_TOKEN"_s, "shared-token-value-a"}}, {u"Team"_s}));
    vault.items.push_back(item(u"Dup B"_s, {{u"GITHUB_TOKEN"_s, "shared-token-value-b"}}, {u"Other"_s}));
    vault.items.push_back(item(u"Empty"_s, {{u"EMPTY_IN_VAULT"_s, ""}}, {u"Team"_s}));
    vault.items.push_back(item(u"Flags"_s, {{u"NEW_FLAG"_s, "new-flag-vault-value"}}, {u"Team"_s}));
    return vault;
}

// Only the Stripe item: the sequence tests watch one variable.
VaultExport stripeOnly(const QByteArray &value)
{
    VaultExport vault = emptyVault();
    vault.items.push_back(item(u"Stripe"_s, {{u"STRIPE_SECRET_KEY"_s, value}}, {u"Team"_s}));
    return vault;
}

QByteArray envValue(const QString &path, const QString &key)
{
    auto document = DotenvDocument::parse(TestFiles::readFile(path));
    return document ? document->value(key).value_or(QByteArray("<absent>")) : QByteArray("<unparsable>");
}

} // namespace

Q_DECLARE_METATYPE(SyncAction)

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private:
    // A git repository with the template committed, .env ignored and written with @p env.
    static std::unique_ptr<TempGitRepo> repoWith(const QByteArray &env)
    {
        auto repo = std::make_unique<TempGitRepo>();
        if (!repo->isValid() || !repo->writeFile(u".env.example"_s, kTemplate) ||
            !repo->writeFile(u".gitignore"_s, ".env\n.env.envsmith-backup-*\n.env.envsmith-tmp-*\n") ||
            repo->commitAll(u"template"_s).isEmpty() || !repo->writeFile(u".env"_s, env)) {
            return nullptr;
        }
        return repo;
    }
    SyncPlan plan(const TempGitRepo &repo, const VaultExport &vault, bool keychain = true,
                  const QString &scope = {})
    {
        SyncPlanner::Options options;
        options.scope = scope;
        options.useKeychain = keychain;
        options.statePath = m_state.filePath(u"vault-sync.json"_s);
        auto built = SyncPlanner::build(*RepoContext::open(repo.path()), vault, options);
        if (!built) {
            qFatal("cannot plan: %s", qPrintable(built.error()));
        }
        return std::move(*built);
    }
    SyncRunner::Result apply(const SyncPlan &plan, bool keychain = true)
    {
        SyncRunner::Options options;
        options.useKeychain = keychain;
        options.statePath = m_state.filePath(u"vault-sync.json"_s);
        options.indexPath = m_state.filePath(u"keychain-index.json"_s);
        return SyncRunner::apply(plan, options);
    }
    static SyncAction actionOf(const SyncPlan &plan, const QString &name)
    {
        const SyncPlan::Row *row = plan.row(name);
        return row ? row->action : SyncAction::Unresolved;
    }

    QTemporaryDir m_state;

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(u"envsmith"_s); }
    void actions_data();
    void actions();
    void updateThenConflictAfterPreviousSync();
    void withoutKeychainEveryDifferenceIsAConflict();
    void generatedSecretsAreNeverOverwritten();
    void ambiguityIsAskedNotGuessed();
    void applyKeepsEveryOtherByte();
    void refuses_data();
    void refuses();
};

void TestSyncPlanner::actions_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QString>("name");
    QTest::addColumn<SyncAction>("action");
    const QByteArray env = "SESSION_SECRET=local-generated-session-value\n"
                           "STRIPE_SECRET_KEY=\n"
                           "SENTRY_DSN=https://sentry-vault-dsn@example/1\n"
                           "GITHUB_TOKEN=\n"
                           "OPENAI_API_KEY=local-only-value\n"
                           "EMPTY_IN_VAULT=\n"
                           "DEBUG=true\n";
    QByteArray conflicting = env;
    conflicting.replace("STRIPE_SECRET_KEY=\n", "STRIPE_SECRET_KEY=sk_test_local_other\n");
    QByteArray missing = env;
    missing.replace("STRIPE_SECRET_KEY=\n", "");
    QTest::newRow("add: empty in .env") << env << u"STRIPE_SECRET_KEY"_s << SyncAction::Add;
    QTest::newRow("add: absent from .env") << missing << u"STRIPE_SECRET_KEY"_s << SyncAction::Add;
    QTest::newRow("unchanged") << env << u"SENTRY_DSN"_s << SyncAction::Unchanged;
    QTest::newRow("conflict: differs, never synced")
        << conflicting << u"STRIPE_SECRET_KEY"_s << SyncAction::Conflict;
    QTest::newRow("generated secret: skipped") << env << u"SESSION_SECRET"_s << SyncAction::Skipped;
    QTest::newRow("empty in the vault: skipped") << env << u"EMPTY_IN_VAULT"_s << SyncAction::Skipped;
    QTest::newRow("local-only") << env << u"OPENAI_API_KEY"_s << SyncAction::LocalOnly;
    QTest::newRow("plain config not in the vault") << env << u"DEBUG"_s << SyncAction::LocalOnly;
    QTest::newRow("ambiguous: unresolved") << env << u"GITHUB_TOKEN"_s << SyncAction::Unresolved;
    QTest::newRow("vault-only") << env << u"NEW_FLAG"_s << SyncAction::VaultOnly;
}

void TestSyncPlanner::actions()
{
    QFETCH(QByteArray, env);
    QFETCH(QString, name);
    QFETCH(SyncAction, action);
    auto repo = repoWith(env);
    QVERIFY(repo);
    const SyncPlan built = plan(*repo, teamExport());
    const SyncPlan::Row *row = built.row(name);
    QVERIFY2(row, qPrintable(name));
    QVERIFY2(row->action == action, qPrintable(syncActionId(row->action) + u": "_s + row->reason));
    QVERIFY(!row->reason.isEmpty());
    QCOMPARE(row->writes(), action == SyncAction::Add);
    // the plan's text never holds a value
    const QString text = built.describe();
    QVERIFY(text.contains(name));
    for (const char *value : {"sk_test_vault_v1", "sentry-vault-dsn", "vault-session-secret-value",
                              "shared-token-value", "local-generated-session-value", "local-only-value",
                              "sk_test_local_other", "new-flag-vault-value"}) {
        QVERIFY2(!text.contains(QLatin1StringView(value)), value);
    }
}

void TestSyncPlanner::updateThenConflictAfterPreviousSync()
{
    auto repo = repoWith("STRIPE_SECRET_KEY=\nDEBUG=true\n");
    QVERIFY(repo);
    const QString env = repo->filePath(u".env"_s);

    // 1. First sync adds the value to .env and the keychain, and records what it wrote.
    SyncPlan first = plan(*repo, stripeOnly("sk_test_vault_v1"));
    QCOMPARE(actionOf(first, u"STRIPE_SECRET_KEY"_s), SyncAction::Add);
    SyncRunner::Result result = apply(first);
    QVERIFY2(result.ok(), qPrintable(result.steps.isEmpty() ? QString() : result.steps.back().message));
    QVERIFY(result.envWritten);
    QCOMPARE(envValue(env, u"STRIPE_SECRET_KEY"_s), QByteArray("sk_test_vault_v1"));
    auto context = RepoContext::open(repo->path());
    KeychainStore store(context->projectId(), context->envFileName());
    auto stored = store.read(u"STRIPE_SECRET_KEY"_s);
    QVERIFY(stored);
    QVERIFY(stored->equals(QByteArrayView("sk_test_vault_v1")));
    // the record holds a keyed fingerprint, never the value
    const QByteArray record = TestFiles::readFile(m_state.filePath(u"vault-sync.json"_s));
    QVERIFY(record.contains("STRIPE_SECRET_KEY"));
    QVERIFY(LeakSearch::searchLines(record, u"vault-sync.json"_s, {"sk_test_vault_v1"}).isEmpty());

    // 2. Same vault again: unchanged.
    QCOMPARE(actionOf(plan(*repo, stripeOnly("sk_test_vault_v1")), u"STRIPE_SECRET_KEY"_s),
             SyncAction::Unchanged);

    // 3. The vault changed, .env still holds what the last sync wrote: update.
    SyncPlan second = plan(*repo, stripeOnly("sk_test_vault_v2"));
    QCOMPARE(actionOf(second, u"STRIPE_SECRET_KEY"_s), SyncAction::Update);
    result = apply(second);
    QVERIFY(result.ok());
    QCOMPARE(envValue(env, u"STRIPE_SECRET_KEY"_s), QByteArray("sk_test_vault_v2"));
    QVERIFY(!result.backupPath.isEmpty() && QFileInfo::exists(result.backupPath));

    // 4. The developer edits .env; the vault changes again: conflict, kept unless taken.
    QVERIFY(TestFiles::writeFile(env, "STRIPE_SECRET_KEY=sk_test_edited_locally\nDEBUG=true\n"));
    SyncPlan third = plan(*repo, stripeOnly("sk_test_vault_v3"));
    QCOMPARE(actionOf(third, u"STRIPE_SECRET_KEY"_s), SyncAction::Conflict);
    QVERIFY(third.row(u"STRIPE_SECRET_KEY")->hasLastSync);
    QVERIFY(!third.hasChanges());
    result = apply(third);
    QVERIFY(result.ok());
    QVERIFY(!result.envWritten);
    QCOMPARE(envValue(env, u"STRIPE_SECRET_KEY"_s), QByteArray("sk_test_edited_locally"));

    // 5. The same vault value as before the edit is still a conflict (the local edit is not lost silently).
    QCOMPARE(actionOf(plan(*repo, stripeOnly("sk_test_vault_v2")), u"STRIPE_SECRET_KEY"_s),
             SyncAction::Conflict);

    // 6. Taking the vault's value writes it.
    QVERIFY(third.resolveConflict(u"STRIPE_SECRET_KEY"_s, true));
    QVERIFY(!third.resolveConflict(u"DEBUG"_s, true));
    QVERIFY(third.hasChanges());
    result = apply(third);
    QVERIFY(result.ok() && result.envWritten);
    QCOMPARE(envValue(env, u"STRIPE_SECRET_KEY"_s), QByteArray("sk_test_vault_v3"));
    stored = store.read(u"STRIPE_SECRET_KEY"_s);
    QVERIFY(stored && stored->equals(QByteArrayView("sk_test_vault_v3")));
    QCOMPARE(actionOf(plan(*repo, stripeOnly("sk_test_vault_v3")), u"STRIPE_SECRET_KEY"_s),
             SyncAction::Unchanged);
}

void TestSyncPlanner::withoutKeychainEveryDifferenceIsAConflict()
{
    auto repo = repoWith("STRIPE_SECRET_KEY=\n");
    QVERIFY(repo);
    QVERIFY(apply(plan(*repo, teamExport("sk_test_vault_v1"))).ok());
    const SyncPlan withKeychain = plan(*repo, teamExport("sk_test_vault_v2"));
    QCOMPARE(actionOf(withKeychain, u"STRIPE_SECRET_KEY"_s), SyncAction::Update);
    QVERIFY(withKeychain.warnings().isEmpty());
    const SyncPlan without = plan(*repo, teamExport("sk_test_vault_v2"), false);
    QCOMPARE(actionOf(without, u"STRIPE_SECRET_KEY"_s), SyncAction::Conflict);
    QCOMPARE(without.warnings().size(), 1);
}

void TestSyncPlanner::generatedSecretsAreNeverOverwritten()
{
    for (const QByteArray &local : {QByteArray("local-generated-session-value"), QByteArray()}) {
        auto repo = repoWith("SESSION_SECRET=" + local + "\nSTRIPE_SECRET_KEY=\n");
        QVERIFY(repo);
        SyncPlan built = plan(*repo, teamExport());
        const SyncPlan::Row *row = built.row(u"SESSION_SECRET");
        QCOMPARE(row->action, SyncAction::Skipped);
        QVERIFY(row->match.isMatched()); // the vault has it, and it is still skipped
        QVERIFY(!built.resolveConflict(u"SESSION_SECRET"_s, true));
        QVERIFY(apply(built).ok());
        QCOMPARE(envValue(repo->filePath(u".env"_s), u"SESSION_SECRET"_s), local);
        QCOMPARE(envValue(repo->filePath(u".env"_s), u"STRIPE_SECRET_KEY"_s), QByteArray("sk_test_vault_v1"));
    }
}

void TestSyncPlanner::ambiguityIsAskedNotGuessed()
{
    auto repo = repoWith("GITHUB_TOKEN=\n");
    QVERIFY(repo);
    SyncPlan built = plan(*repo, teamExport());
    const SyncPlan::Row *row = built.row(u"GITHUB_TOKEN");
    QCOMPARE(row->action, SyncAction::Unresolved);
    QCOMPARE(row->match.candidates.size(), 2);
    QVERIFY(row->reason.contains(u"@vault="));
    QVERIFY(!row->writes());
    QVERIFY(!built.chooseCandidate(u"GITHUB_TOKEN"_s, 2));
    QVERIFY(!built.chooseCandidate(u"STRIPE_SECRET_KEY"_s, 0));
    QVERIFY(built.chooseCandidate(u"GITHUB_TOKEN"_s, 1));
    QCOMPARE(built.row(u"GITHUB_TOKEN")->action, SyncAction::Add);
    QCOMPARE(built.row(u"GITHUB_TOKEN")->match.candidates.front().itemTitle, u"Dup B"_s);
    QVERIFY(apply(built).ok());
    QCOMPARE(envValue(repo->filePath(u".env"_s), u"GITHUB_TOKEN"_s), QByteArray("shared-token-value-b"));
    // a scope resolves it too; .env holds what the last sync wrote, so the other entry is an update
    QCOMPARE(actionOf(plan(*repo, teamExport(), true, u"Team"_s), u"GITHUB_TOKEN"_s), SyncAction::Update);
}

void TestSyncPlanner::applyKeepsEveryOtherByte()
{
    const QByteArray env =
        "# my notes\r\nexport STRIPE_SECRET_KEY=   # fill me\r\nDEBUG='true'\r\nEXTRA=1\r\n";
    auto repo = repoWith(env);
    QVERIFY(repo);
    const SyncRunner::Result result = apply(plan(*repo, stripeOnly("sk_test_vault_v1")), false);
    QVERIFY(result.ok());
    QCOMPARE(result.written, QStringList{u"STRIPE_SECRET_KEY"_s});
    const QString path = repo->filePath(u".env"_s);
    const QByteArray after = TestFiles::readFile(path);
    QVERIFY2(after.startsWith("# my notes\r\n"), after.constData());
    QVERIFY(after.contains("export STRIPE_SECRET_KEY=sk_test_vault_v1\r\n"));
    QVERIFY(after.contains("DEBUG='true'\r\nEXTRA=1\r\n"));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(TestFiles::readFile(result.backupPath), env);
}

void TestSyncPlanner::refuses_data()
{
    QTest::addColumn<QByteArray>("gitignore");
    QTest::addColumn<bool>("writeEnv");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no .env yet") << QByteArray(".env\n") << false << QString() << u"envsmith setup"_s;
    QTest::newRow(".env not ignored") << QByteArray("node_modules\n") << true << QString() << u"ignore"_s;
    QTest::newRow("unknown scope") << QByteArray(".env\n") << true << u"Staging"_s << u"Staging"_s;
}

void TestSyncPlanner::refuses()
{
    QFETCH(QByteArray, gitignore);
    QFETCH(bool, writeEnv);
    QFETCH(QString, scope);
    QFETCH(QString, mentions);
    TempGitRepo repo;
    QVERIFY(repo.isValid() && repo.writeFile(u".env.example"_s, kTemplate) &&
            repo.writeFile(u".gitignore"_s, gitignore) && !repo.commitAll(u"template"_s).isEmpty());
    if (writeEnv) {
        QVERIFY(repo.writeFile(u".env"_s, "STRIPE_SECRET_KEY=\n"));
    }
    SyncPlanner::Options options;
    options.scope = scope;
    options.statePath = m_state.filePath(u"vault-sync.json"_s);
    const auto built = SyncPlanner::build(*RepoContext::open(repo.path()), teamExport(), options);
    QVERIFY(!built);
    QVERIFY2(built.error().contains(mentions), qPrintable(built.error()));
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"

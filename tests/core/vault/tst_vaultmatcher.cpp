// VaultMatcher: the four rules in order (op:// reference, @vault decorator, field name in the scope, item
// title in the scope), ambiguity listed and never guessed, explicit entries that fail reported (not
// replaced by a guess), scopes, vault-only entries, and no value in any message.

#include "VaultFixture.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/schema/EnvTemplate.h"
#include "core/vault/VaultMatcher.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace VaultFixture;

namespace {

const QByteArray kTemplate = "STRIPE_SECRET_KEY=\n"
                             "SENTRY_DSN=\n"
                             "SHARED_TOKEN=\n"
                             "MAILGUN_API_KEY=\n"
                             "DB_ADMIN_PASSWORD=op://engineering/DATABASE/Admin/password\n"
                             "DB_PASSWORD=op://Engineering/Database/password\n"
                             "DB_BY_ID=op://Engineering/db-uuid-1/readonly/password\n"
                             "BROKEN_REF=op://Engineering/Database\n"
                             "MISSING_VAULT=op://Nowhere/Database/password\n"
                             "MISSING_FIELD=op://Engineering/Database/token\n"
                             "OTP=op://Engineering/Database/password?attribute=otp\n"
                             "# Stripe's login password\n"
                             "# @sensitive @vault=Stripe\n"
                             "STRIPE_PASSWORD=\n"
                             "# @vault=\"Sentry/SENTRY_DSN\" @see https://sentry.io\n"
                             "ERROR_DSN=\n"
                             "# @vault=Twin/key\n"
                             "TWIN_KEY=\n"
                             "# @vault=twin-2/key\n"
                             "TWIN_BY_ID=\n"
                             "# @vault=Nothing/here\n"
                             "UNKNOWN_ITEM=\n"
                             "# @vault=a/b/c/d\n"
                             "BAD_DECORATOR=\n"
                             "LINKED_VAR=\n"
                             "NOTE_SECRET=\n"
                             "NOT_THERE=\n";

VaultExport teamExport()
{
    VaultExport vault = emptyVault();
    vault.items.push_back(item(u"Stripe"_s,
                               {{u"username"_s, "stripe-user-value"},
                                {u"password"_s, "stripe-password-value"},
                                {u"STRIPE_SECRET_KEY"_s, "sk_test_value_1"}},
                               {u"Team"_s}));
    vault.items.push_back(
        item(u"Sentry"_s, {{u"sentry_dsn"_s, "https://dsn-value@sentry.example/1"}}, {u"Team"_s}));
    vault.items.push_back(item(u"Dup A"_s, {{u"SHARED_TOKEN"_s, "shared-token-a"}}, {u"Team"_s}));
    vault.items.push_back(item(u"Dup B"_s, {{u"SHARED_TOKEN"_s, "shared-token-b"}}, {u"Other"_s}));
    vault.items.push_back(
        item(u"MAILGUN_API_KEY"_s, {{u"username"_s, "api"}, {u"password"_s, "mailgun-value"}}, {u"Team"_s}));
    VaultItem database;
    database.id = u"db-uuid-1"_s;
    database.title = u"Database"_s;
    database.kind = u"database"_s;
    database.vault = u"Engineering"_s;
    database.fields.push_back(field(u"password"_s, "admin-db-value", VaultField::Type::Password, u"admin"_s));
    database.fields.push_back(
        field(u"password"_s, "readonly-db-value", VaultField::Type::Password, u"readonly"_s));
    vault.items.push_back(std::move(database));
    VaultItem linked = item(u"Linked"_s, {}, {u"Team"_s});
    linked.fields.push_back(field(u"LINKED_VAR"_s, "", VaultField::Type::Linked));
    vault.items.push_back(std::move(linked));
    VaultItem twin1 = item(u"Twin"_s, {{u"key"_s, "twin-value-1"}}, {u"Team"_s});
    twin1.id = u"twin-1"_s;
    VaultItem twin2 = item(u"Twin"_s, {{u"key"_s, "twin-value-2"}}, {u"Other"_s});
    twin2.id = u"twin-2"_s;
    vault.items.push_back(std::move(twin1));
    vault.items.push_back(std::move(twin2));
    vault.items.push_back(
        item(u"NOTE_SECRET"_s, {{u"notes"_s, "note-secret-value"}}, {u"Team"_s}, u"securenote"_s));
    vault.items.push_back(
        item(u"Extra"_s, {{u"NEW_FLAG"_s, "new-flag-value"}, {u"lowercase_name"_s, "x-value"}}, {u"Team"_s}));
    return vault;
}

EnvTemplate teamTemplate()
{
    auto document = DotenvDocument::parse(kTemplate);
    if (!document) {
        qFatal("template does not parse");
    }
    return EnvTemplate::fromDocument(std::move(*document));
}

QList<QByteArray> allValues(const VaultExport &vault)
{
    QList<QByteArray> values;
    for (const VaultItem &one : vault.items) {
        for (const VaultField &f : one.fields) {
            if (f.value.size() >= 8) {
                values.append(f.value.toByteArray());
            }
        }
    }
    return values;
}

} // namespace

Q_DECLARE_METATYPE(VaultMatch::Status)
Q_DECLARE_METATYPE(VaultMatch::Method)

class TestVaultMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void ambiguityListsEveryCandidateAndHowToResolve();
    void scopeIsChecked();
    void unclaimedEntriesInScope();
    void noValueInAnyMessage();
    void decoratorInTemplateKeepsOtherDecorators();
};

void TestVaultMatcher::matches_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<VaultMatch::Status>("status");
    QTest::addColumn<VaultMatch::Method>("method");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    using S = VaultMatch::Status;
    using M = VaultMatch::Method;
    QTest::newRow("field name") << QString() << u"STRIPE_SECRET_KEY"_s << S::Matched << M::FieldName
                                << u"Stripe"_s << u"STRIPE_SECRET_KEY"_s << QByteArray("sk_test_value_1");
    QTest::newRow("field name, case-insensitive")
        << QString() << u"SENTRY_DSN"_s << S::Matched << M::FieldName << u"Sentry"_s << u"sentry_dsn"_s
        << QByteArray("https://dsn-value@sentry.example/1");
    QTest::newRow("same field in two folders: ambiguous")
        << QString() << u"SHARED_TOKEN"_s << S::Ambiguous << M::FieldName << QString() << QString()
        << QByteArray();
    QTest::newRow("the scope picks one") << u"team"_s << u"SHARED_TOKEN"_s << S::Matched << M::FieldName
                                         << u"Dup A"_s << u"SHARED_TOKEN"_s << QByteArray("shared-token-a");
    QTest::newRow("the other scope picks the other")
        << u"Other"_s << u"SHARED_TOKEN"_s << S::Matched << M::FieldName << u"Dup B"_s << u"SHARED_TOKEN"_s
        << QByteArray("shared-token-b");
    QTest::newRow("outside the scope: not found") << u"Other"_s << u"STRIPE_SECRET_KEY"_s << S::NotFound
                                                  << M::None << QString() << QString() << QByteArray();
    QTest::newRow("item title: its password")
        << QString() << u"MAILGUN_API_KEY"_s << S::Matched << M::ItemTitle << u"MAILGUN_API_KEY"_s
        << u"password"_s << QByteArray("mailgun-value");
    QTest::newRow("item title: a secure note's notes")
        << QString() << u"NOTE_SECRET"_s << S::Matched << M::ItemTitle << u"NOTE_SECRET"_s << u"notes"_s
        << QByteArray("note-secret-value");
    QTest::newRow("op:// with section, any case")
        << QString() << u"DB_ADMIN_PASSWORD"_s << S::Matched << M::SecretReference << u"Database"_s
        << u"password"_s << QByteArray("admin-db-value");
    QTest::newRow("op:// item by id") << QString() << u"DB_BY_ID"_s << S::Matched << M::SecretReference
                                      << u"Database"_s << u"password"_s << QByteArray("readonly-db-value");
    QTest::newRow("op:// without section, two sections have the field")
        << QString() << u"DB_PASSWORD"_s << S::Ambiguous << M::SecretReference << QString() << QString()
        << QByteArray();
    QTest::newRow("op:// ignores the scope")
        << u"Other"_s << u"DB_ADMIN_PASSWORD"_s << S::Matched << M::SecretReference << u"Database"_s
        << u"password"_s << QByteArray("admin-db-value");
    QTest::newRow("op:// malformed") << QString() << u"BROKEN_REF"_s << S::Invalid << M::SecretReference
                                     << QString() << QString() << QByteArray();
    QTest::newRow("op:// unknown vault") << QString() << u"MISSING_VAULT"_s << S::NotFound
                                         << M::SecretReference << QString() << QString() << QByteArray();
    QTest::newRow("op:// unknown field") << QString() << u"MISSING_FIELD"_s << S::NotFound
                                         << M::SecretReference << QString() << QString() << QByteArray();
    QTest::newRow("op:// with a query") << QString() << u"OTP"_s << S::Invalid << M::SecretReference
                                        << QString() << QString() << QByteArray();
    QTest::newRow("@vault=item: its password")
        << QString() << u"STRIPE_PASSWORD"_s << S::Matched << M::Decorator << u"Stripe"_s << u"password"_s
        << QByteArray("stripe-password-value");
    QTest::newRow("@vault=\"item/field\" quoted")
        << QString() << u"ERROR_DSN"_s << S::Matched << M::Decorator << u"Sentry"_s << u"sentry_dsn"_s
        << QByteArray("https://dsn-value@sentry.example/1");
    QTest::newRow("@vault: two items with the title")
        << QString() << u"TWIN_KEY"_s << S::Ambiguous << M::Decorator << QString() << QString()
        << QByteArray();
    QTest::newRow("@vault: the id picks one") << QString() << u"TWIN_BY_ID"_s << S::Matched << M::Decorator
                                              << u"Twin"_s << u"key"_s << QByteArray("twin-value-2");
    QTest::newRow("@vault: unknown item is reported, not guessed")
        << QString() << u"UNKNOWN_ITEM"_s << S::NotFound << M::Decorator << QString() << QString()
        << QByteArray();
    QTest::newRow("@vault: malformed") << QString() << u"BAD_DECORATOR"_s << S::Invalid << M::Decorator
                                       << QString() << QString() << QByteArray();
    QTest::newRow("linked fields are never values")
        << QString() << u"LINKED_VAR"_s << S::NotFound << M::None << QString() << QString() << QByteArray();
    QTest::newRow("nothing") << QString() << u"NOT_THERE"_s << S::NotFound << M::None << QString()
                             << QString() << QByteArray();
}

void TestVaultMatcher::matches()
{
    QFETCH(QString, scope);
    QFETCH(QString, variable);
    QFETCH(VaultMatch::Status, status);
    QFETCH(VaultMatch::Method, method);
    QFETCH(QString, item);
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    const VaultExport vault = teamExport();
    const EnvTemplate envTemplate = teamTemplate();
    const VariableSpec *spec = envTemplate.variable(variable);
    QVERIFY(spec);
    QVERIFY(VaultMatcher::checkScope(vault, scope));
    const VaultMatch match = VaultMatcher::match(vault, *spec, {scope});
    QCOMPARE(match.variable, variable);
    QCOMPARE(match.status, status);
    QCOMPARE(match.method, method);
    if (status == VaultMatch::Status::Matched) {
        QCOMPARE(match.candidates.size(), 1);
        QCOMPARE(match.candidates.front().itemTitle, item);
        QCOMPARE(match.candidates.front().fieldName, field);
        const VaultField *found = match.field(vault);
        QVERIFY(found);
        QVERIFY(found->value.equals(value));
    } else {
        QVERIFY(!match.field(vault));
        if (status == VaultMatch::Status::Ambiguous) {
            QVERIFY(match.candidates.size() >= 2);
        } else {
            QVERIFY(match.candidates.isEmpty());
        }
        // an explicit rule that fails says why; a plain "no match" has nothing to say
        QCOMPARE(match.message.isEmpty(), method == VaultMatch::Method::None);
    }
}

void TestVaultMatcher::ambiguityListsEveryCandidateAndHowToResolve()
{
    const VaultExport vault = teamExport();
    const EnvTemplate envTemplate = teamTemplate();
    const VaultMatch match = VaultMatcher::match(vault, *envTemplate.variable(u"SHARED_TOKEN"), {});
    QCOMPARE(match.status, VaultMatch::Status::Ambiguous);
    QCOMPARE(match.candidates.size(), 2);
    QVERIFY2(match.message.contains(u"Dup A / SHARED_TOKEN (Team)"), qPrintable(match.message));
    QVERIFY2(match.message.contains(u"Dup B / SHARED_TOKEN (Other)"), qPrintable(match.message));
    QVERIFY2(match.message.contains(u"@vault=\"Dup A/SHARED_TOKEN\""), qPrintable(match.message));
    QVERIFY2(match.message.contains(u"scope"), qPrintable(match.message));

    const VaultMatch sections = VaultMatcher::match(vault, *envTemplate.variable(u"DB_PASSWORD"), {});
    QCOMPARE(sections.status, VaultMatch::Status::Ambiguous);
    QVERIFY2(sections.message.contains(u"Database / admin / password"), qPrintable(sections.message));
    QVERIFY2(sections.message.contains(u"Database / readonly / password"), qPrintable(sections.message));
}

void TestVaultMatcher::scopeIsChecked()
{
    const VaultExport vault = teamExport();
    QVERIFY(VaultMatcher::checkScope(vault, {}));
    QVERIFY(VaultMatcher::checkScope(vault, u"ENGINEERING"_s));
    const auto unknown = VaultMatcher::checkScope(vault, u"Staging"_s);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"Staging") && unknown.error().contains(u"Engineering, Other, Team"),
             qPrintable(unknown.error()));
}

void TestVaultMatcher::unclaimedEntriesInScope()
{
    const VaultExport vault = teamExport();
    const EnvTemplate envTemplate = teamTemplate();
    const QList<VaultMatch> matches = VaultMatcher::matchAll(vault, envTemplate.variables(), {u"Team"_s});
    QCOMPARE(matches.size(), envTemplate.variables().size());
    const QList<VaultMatcher::Unclaimed> unclaimed = VaultMatcher::unclaimed(vault, matches, {u"Team"_s});
    QStringList names;
    for (const auto &entry : unclaimed) {
        names.append(entry.name);
    }
    // NEW_FLAG: an env-like field nobody uses; lowercase names, used fields and template names are not listed
    QCOMPARE(names, QStringList{u"NEW_FLAG"_s});
    QCOMPARE(unclaimed.front().candidate.itemTitle, u"Extra"_s);
}

void TestVaultMatcher::noValueInAnyMessage()
{
    const VaultExport vault = teamExport();
    const EnvTemplate envTemplate = teamTemplate();
    const QList<QByteArray> values = allValues(vault);
    QVERIFY(values.size() >= 10);
    for (const QString &scope : {QString(), u"Team"_s, u"Other"_s}) {
        for (const VaultMatch &match : VaultMatcher::matchAll(vault, envTemplate.variables(), {scope})) {
            QString text = match.message;
            for (const auto &candidate : match.candidates) {
                text += candidate.describe();
            }
            for (const QByteArray &value : values) {
                QVERIFY2(!text.toUtf8().contains(value), qPrintable(match.variable));
            }
        }
    }
}

void TestVaultMatcher::decoratorInTemplateKeepsOtherDecorators()
{
    const EnvTemplate envTemplate = teamTemplate();
    QCOMPARE(envTemplate.document().toBytes(), kTemplate);
    const VariableSpec *stripe = envTemplate.variable(u"STRIPE_PASSWORD");
    QVERIFY(stripe);
    QCOMPARE(stripe->vaultEntry, u"Stripe"_s);
    QCOMPARE(stripe->kind, VariableKind::ThirdPartySecret);
    QVERIFY(stripe->sensitive);
    QCOMPARE(stripe->description, u"Stripe's login password"_s);
    const VariableSpec *dsn = envTemplate.variable(u"ERROR_DSN");
    QCOMPARE(dsn->vaultEntry, u"Sentry/SENTRY_DSN"_s);
    QVERIFY(envTemplate.variable(u"NOT_THERE")->vaultEntry.isEmpty());
}

QTEST_GUILESS_MAIN(TestVaultMatcher)
#include "tst_vaultmatcher.moc"

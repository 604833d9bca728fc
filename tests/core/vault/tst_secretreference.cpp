// SecretReference: 1Password's op:// syntax (research/vault-formats.md §2.5): parts, sections, queries,
// allowed characters, case-insensitive equality, and an error naming the wrong part for malformed ones.

#include "core/vault/SecretReference.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValid_data();
    void parsesValid();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void comparesCaseInsensitively();
};

void TestSecretReference::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("vault");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("query");
    QTest::newRow("three parts") << u"op://Team/Stripe/credential"_s << u"Team"_s << u"Stripe"_s << QString()
                                 << u"credential"_s << QString();
    QTest::newRow("four parts") << u"op://dev/db/admin section/password"_s << u"dev"_s << u"db"_s
                                << u"admin section"_s << u"password"_s << QString();
    QTest::newRow("spaces, dots, dashes, underscores")
        << u"op://Team Vault/Stripe test-key.v2/API_KEY"_s << u"Team Vault"_s << u"Stripe test-key.v2"_s
        << QString() << u"API_KEY"_s << QString();
    QTest::newRow("scheme in upper case")
        << u"OP://a/b/c"_s << u"a"_s << u"b"_s << QString() << u"c"_s << QString();
    QTest::newRow("query attribute") << u"op://a/b/one-time password?attribute=otp"_s << u"a"_s << u"b"_s
                                     << QString() << u"one-time password"_s << u"attribute=otp"_s;
    QTest::newRow("query ssh-format") << u"op://a/key/private key?ssh-format=openssh"_s << u"a"_s << u"key"_s
                                      << QString() << u"private key"_s << u"ssh-format=openssh"_s;
    QTest::newRow("ids instead of names")
        << u"op://abcdefghijklmnopqrstuvwxyz/t2vpzvdbwkkmz3zxxo5ebh7ncu/cred"_s
        << u"abcdefghijklmnopqrstuvwxyz"_s << u"t2vpzvdbwkkmz3zxxo5ebh7ncu"_s << QString() << u"cred"_s
        << QString();
}

void TestSecretReference::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(QString, vault);
    QFETCH(QString, item);
    QFETCH(QString, section);
    QFETCH(QString, field);
    QFETCH(QString, query);
    QVERIFY(SecretReference::looksLikeReference(text));
    const auto reference = SecretReference::parse(text);
    QVERIFY2(reference, qPrintable(reference ? QString() : reference.error()));
    QCOMPARE(reference->vault(), vault);
    QCOMPARE(reference->item(), item);
    QCOMPARE(reference->section(), section);
    QCOMPARE(reference->field(), field);
    QCOMPARE(reference->hasQuery(), !query.isEmpty());
    if (!query.isEmpty()) {
        QCOMPARE(reference->queryKey() + u'=' + reference->queryValue(), query);
    }
    // format(parse(x)) reads back as the same reference
    const auto again = SecretReference::parse(reference->toString());
    QVERIFY(again);
    QVERIFY(again->equals(*reference));
}

void TestSecretReference::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a reference") << u"https://a/b/c"_s << u"op://"_s;
    QTest::newRow("two parts") << u"op://vault/item"_s << u"2 part"_s;
    QTest::newRow("five parts") << u"op://a/b/c/d/e"_s << u"5 part"_s;
    QTest::newRow("empty item") << u"op://vault//field"_s << u"item"_s;
    QTest::newRow("empty field") << u"op://vault/item/"_s << u"field"_s;
    QTest::newRow("empty vault") << u"op:///item/field"_s << u"vault"_s;
    QTest::newRow("unsupported character") << u"op://vault/item@home/field"_s << u"'@'"_s;
    QTest::newRow("variable inside") << u"op://${ENV}/item/field"_s << u"'$'"_s;
    QTest::newRow("non-ASCII") << u"op://vault/caf\u00e9/field"_s << u"item"_s;
    QTest::newRow("leading space") << u"op:// vault/item/field"_s << u"space"_s;
    QTest::newRow("trailing space in section") << u"op://v/i/s /f"_s << u"section"_s;
    QTest::newRow("unknown query") << u"op://v/i/f?format=raw"_s << u"format"_s;
    QTest::newRow("query without value") << u"op://v/i/f?attribute"_s << u"key=value"_s;
    QTest::newRow("two queries") << u"op://v/i/f?attribute=otp&ssh-format=openssh"_s << u"key=value"_s;
}

void TestSecretReference::rejectsMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto reference = SecretReference::parse(text);
    QVERIFY(!reference);
    QVERIFY2(reference.error().contains(mentions), qPrintable(reference.error()));
}

void TestSecretReference::comparesCaseInsensitively()
{
    const auto a = SecretReference::parse(u"op://Team/Stripe/Credential"_s);
    const auto b = SecretReference::parse(u"OP://team/STRIPE/credential"_s);
    const auto c = SecretReference::parse(u"op://team/stripe/section/credential"_s);
    QVERIFY(a && b && c);
    QVERIFY(a->equals(*b));
    QVERIFY(!a->equals(*c));
}

QTEST_GUILESS_MAIN(TestSecretReference)
#include "tst_secretreference.moc"

#include "core/secret/SecretFloor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretFloor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floor_data();
    void floor();
};

void TestSecretFloor::floor_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("meets");
    // Exactly at the floor: hex(16) is 128 bits in 32 characters.
    QTest::newRow("hex(16) at the floor") << u"hex(16)"_s << true;
    QTest::newRow("hex(15) 120 bits") << u"hex(15)"_s << false;
    QTest::newRow("base64(32)") << u"base64(32)"_s << true;
    QTest::newRow("base64(16): 128 bits but 24 characters") << u"base64(16)"_s << false;
    QTest::newRow("base64url(24): 192 bits, 32 characters") << u"base64url(24)"_s << true;
    QTest::newRow("alnum(32)") << u"alnum(32)"_s << true;
    QTest::newRow("alnum(22): 131 bits, 22 characters") << u"alnum(22)"_s << false;
    QTest::newRow("password(24)") << u"password(24)"_s << false;
    QTest::newRow("password(32)") << u"password(32)"_s << true;
    QTest::newRow("uuid(): 122 bits") << u"uuid()"_s << false;
    QTest::newRow("laravel_key()") << u"laravel_key()"_s << true;
}

void TestSecretFloor::floor()
{
    QFETCH(QString, spec);
    QFETCH(bool, meets);
    const GeneratorProfile profile = *GeneratorProfile::parse(spec);
    QCOMPARE(SecretFloor::meets(profile), meets);
    const QString warning = SecretFloor::warning(profile, u"JWT_SECRET"_s);
    QCOMPARE(warning.isEmpty(), meets);
    if (!meets) {
        QVERIFY2(warning.contains(u"JWT_SECRET"_s) && warning.contains(profile.toString()) &&
                     warning.contains(u"128"_s) && warning.contains(u"32"_s),
                 qPrintable(warning));
        QVERIFY(SecretFloor::warning(profile).startsWith(profile.toString()));
    }
}

QTEST_GUILESS_MAIN(TestSecretFloor)
#include "tst_secretfloor.moc"

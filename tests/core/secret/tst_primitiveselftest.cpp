#include "core/secret/PrimitiveSelfTest.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPrimitiveSelfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesOnAWorkingSystem();
    void failsClosedOnAWrongAnswer_data();
    void failsClosedOnAWrongAnswer();
};

void TestPrimitiveSelfTest::passesOnAWorkingSystem()
{
    PrimitiveSelfTest::setFaultForTesting({});
    const auto result = PrimitiveSelfTest::run();
    QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error()));
}

void TestPrimitiveSelfTest::failsClosedOnAWrongAnswer_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("named");
    QTest::newRow("base64") << u"base64"_s << u"libsodium base64"_s;
    QTest::newRow("base64url") << u"base64url"_s << u"libsodium base64url"_s;
    QTest::newRow("hex") << u"hex"_s << u"libsodium hex"_s;
    QTest::newRow("memcmp") << u"memcmp"_s << u"sodium_memcmp"_s;
    QTest::newRow("random") << u"random"_s << u"randombytes_buf"_s;
    QTest::newRow("uniform") << u"uniform"_s << u"randombytes_uniform"_s;
    QTest::newRow("sha256") << u"sha256"_s << u"SHA-256"_s;
}

void TestPrimitiveSelfTest::failsClosedOnAWrongAnswer()
{
    QFETCH(QString, check);
    QFETCH(QString, named);
    PrimitiveSelfTest::setFaultForTesting(check);
    const auto result = PrimitiveSelfTest::run();
    PrimitiveSelfTest::setFaultForTesting({});
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().contains(named), qPrintable(result.error()));
    QVERIFY(PrimitiveSelfTest::run().has_value());
}

QTEST_GUILESS_MAIN(TestPrimitiveSelfTest)
#include "tst_primitiveselftest.moc"

#include "core/secret/GeneratorProfile.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Kind = GeneratorProfile::Kind;

class TestGeneratorProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void alphabets();
};

void TestGeneratorProfile::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<double>("entropyBits");
    QTest::addColumn<int>("outputLength");

    const double alnumBits = std::log2(62.0);
    const double passwordBits = std::log2(65.0);
    // base64 lengths: 4*ceil(n/3) (padded); base64url: ceil(4n/3) (RFC 4648 §3.2, no padding).
    QTest::newRow("base64(32)") << u"base64(32)"_s << Kind::Base64 << 32 << u"base64(32)"_s << 256.0 << 44;
    QTest::newRow("base64(1)") << u"base64(1)"_s << Kind::Base64 << 1 << u"base64(1)"_s << 8.0 << 4;
    QTest::newRow("base64(33)") << u"base64(33)"_s << Kind::Base64 << 33 << u"base64(33)"_s << 264.0 << 44;
    QTest::newRow("base64url(32)") << u"base64url(32)"_s << Kind::Base64Url << 32 << u"base64url(32)"_s
                                   << 256.0 << 43;
    QTest::newRow("base64url(1)") << u"base64url(1)"_s << Kind::Base64Url << 1 << u"base64url(1)"_s << 8.0
                                  << 2;
    QTest::newRow("base64url(2)") << u"base64url(2)"_s << Kind::Base64Url << 2 << u"base64url(2)"_s << 16.0
                                  << 3;
    QTest::newRow("base64url(3)") << u"base64url(3)"_s << Kind::Base64Url << 3 << u"base64url(3)"_s << 24.0
                                  << 4;
    QTest::newRow("hex(16)") << u"hex(16)"_s << Kind::Hex << 16 << u"hex(16)"_s << 128.0 << 32;
    QTest::newRow("hex(4096) upper bound")
        << u"hex(4096)"_s << Kind::Hex << 4096 << u"hex(4096)"_s << 32768.0 << 8192;
    QTest::newRow("alnum(20)") << u"alnum(20)"_s << Kind::Alphanumeric << 20 << u"alnum(20)"_s
                               << 20 * alnumBits << 20;
    QTest::newRow("password(24)") << u"password(24)"_s << Kind::Password << 24 << u"password(24)"_s
                                  << 24 * passwordBits << 24;
    QTest::newRow("uuid()") << u"uuid()"_s << Kind::Uuid << GeneratorProfile().size << u"uuid()"_s << 122.0
                            << 36;
    QTest::newRow("laravel_key()") << u"laravel_key()"_s << Kind::LaravelKey << 32 << u"laravel_key()"_s
                                   << 256.0 << 51; // "base64:" + 44
    QTest::newRow("outer whitespace") << u"  hex( 8 ) "_s << Kind::Hex << 8 << u"hex(8)"_s << 64.0 << 16;
    QTest::newRow("leading zeros") << u"hex(032)"_s << Kind::Hex << 32 << u"hex(32)"_s << 256.0 << 64;
}

void TestGeneratorProfile::parse()
{
    QFETCH(QString, spec);
    QFETCH(Kind, kind);
    QFETCH(int, size);
    QFETCH(QString, canonical);
    QFETCH(double, entropyBits);
    QFETCH(int, outputLength);

    const std::optional<GeneratorProfile> profile = GeneratorProfile::parse(spec);
    QVERIFY(profile.has_value());
    QCOMPARE(profile->kind, kind);
    QCOMPARE(profile->size, size);
    QCOMPARE(profile->toString(), canonical);
    QVERIFY2(std::abs(profile->entropyBits() - entropyBits) < 1e-9,
             qPrintable(u"%1 != %2"_s.arg(profile->entropyBits()).arg(entropyBits)));
    QCOMPARE(profile->outputLength(), outputLength);
    // The canonical form parses back to the same profile.
    QCOMPARE(GeneratorProfile::parse(canonical), profile);
}

void TestGeneratorProfile::rejects_data()
{
    QTest::addColumn<QString>("spec");
    for (const QString &spec : {u""_s,           u"base64"_s,          u"base64()"_s,
                                u"base64(0)"_s,  u"base64(4097)"_s,    u"base64(-1)"_s,
                                u"base64(+3)"_s, u"base64(3"_s,        u"base64 32)"_s,
                                u"(32)"_s,       u"Base64(32)"_s,      u"base32(32)"_s,
                                u"hex(0x10)"_s,  u"hex(1 6)"_s,        u"hex(99999)"_s,
                                u"uuid(4)"_s,    u"laravel_key(32)"_s, u"alnum(32)x"_s,
                                u"alnum(3.5)"_s, u"password(\u0663)"_s /* Arabic-Indic digit three */}) {
        QTest::newRow(spec.isEmpty() ? "empty" : qPrintable(spec)) << spec;
    }
}

void TestGeneratorProfile::rejects()
{
    QFETCH(QString, spec);
    QCOMPARE(GeneratorProfile::parse(spec), std::nullopt);
}

void TestGeneratorProfile::alphabets()
{
    // Expected alphabets are spelled out here, independently of the implementation's tables.
    GeneratorProfile alnum{Kind::Alphanumeric, 8};
    QByteArray a = alnum.alphabet().toByteArray();
    std::sort(a.begin(), a.end());
    QCOMPARE(a, QByteArray("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"));

    GeneratorProfile password{Kind::Password, 8};
    QByteArray p = password.alphabet().toByteArray();
    std::sort(p.begin(), p.end());
    QCOMPARE(p, QByteArray("-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"));

    QVERIFY((GeneratorProfile{Kind::Hex, 8}.alphabet().isEmpty()));
}

QTEST_GUILESS_MAIN(TestGeneratorProfile)
#include "tst_generatorprofile.moc"

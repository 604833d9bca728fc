#include "core/secret/SecretGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <sodium.h>

#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Pearson's chi-square statistic of observed symbol counts against a uniform distribution.
double chiSquare(const std::vector<qint64> &counts)
{
    qint64 total = 0;
    for (const qint64 c : counts)
        total += c;
    const double expected = static_cast<double>(total) / static_cast<double>(counts.size());
    double statistic = 0.0;
    for (const qint64 c : counts) {
        const double d = static_cast<double>(c) - expected;
        statistic += d * d / expected;
    }
    return statistic;
}

// Upper critical value of chi-square with @p dof degrees of freedom for the one-sided standard normal
// quantile @p z (Wilson-Hilferty approximation; z = 4.753 is p = 1e-6, so a correct generator fails about
// once in a million runs).
double chiSquareCritical(int dof, double z)
{
    const double k = dof;
    const double t = 1.0 - 2.0 / (9.0 * k) + z * std::sqrt(2.0 / (9.0 * k));
    return k * t * t * t;
}

constexpr double kZ = 4.753;
constexpr int kChunk = 4096;
constexpr qint64 kMinimumCharacters = 1024000;

} // namespace

class TestSecretGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapeOfEachProfile_data();
    void shapeOfEachProfile();
    void valuesDiffer();
    void uuidVersionAndVariantBits();
    void encodedBytesDecodeToRequestedSize_data();
    void encodedBytesDecodeToRequestedSize();
    void uniformOverAlphabet_data();
    void uniformOverAlphabet();
    void chiSquareFlagsModuloBias_data();
    void chiSquareFlagsModuloBias();
    void rejectsOutOfRangeSize();
};

void TestSecretGenerator::shapeOfEachProfile_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("length");
    QTest::newRow("base64(32)") << u"base64(32)"_s << u"[A-Za-z0-9+/]{43}="_s << 44;
    QTest::newRow("base64(30)") << u"base64(30)"_s << u"[A-Za-z0-9+/]{40}"_s << 40;
    QTest::newRow("base64(31)") << u"base64(31)"_s << u"[A-Za-z0-9+/]{42}=="_s << 44;
    QTest::newRow("base64url(32)") << u"base64url(32)"_s << u"[A-Za-z0-9_-]{43}"_s << 43;
    QTest::newRow("base64url(1)") << u"base64url(1)"_s << u"[A-Za-z0-9_-]{2}"_s << 2;
    QTest::newRow("hex(32)") << u"hex(32)"_s << u"[0-9a-f]{64}"_s << 64;
    QTest::newRow("alnum(40)") << u"alnum(40)"_s << u"[A-Za-z0-9]{40}"_s << 40;
    QTest::newRow("alnum(1)") << u"alnum(1)"_s << u"[A-Za-z0-9]"_s << 1;
    QTest::newRow("password(64)") << u"password(64)"_s << u"[A-Za-z0-9_.-]{64}"_s << 64;
    QTest::newRow("uuid()") << u"uuid()"_s
                            << u"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"_s << 36;
    QTest::newRow("laravel_key()") << u"laravel_key()"_s << u"base64:[A-Za-z0-9+/]{43}="_s << 51;
}

void TestSecretGenerator::shapeOfEachProfile()
{
    QFETCH(QString, spec);
    QFETCH(QString, pattern);
    QFETCH(int, length);
    const std::optional<GeneratorProfile> profile = GeneratorProfile::parse(spec);
    QVERIFY(profile);
    QCOMPARE(profile->outputLength(), length);
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    for (int i = 0; i < 200; ++i) {
        const std::expected<SecureBuffer, QString> value = SecretGenerator::generate(*profile);
        QVERIFY2(value.has_value(), value ? "" : qPrintable(value.error()));
        QCOMPARE(value->size(), length);
        QVERIFY2(re.match(value->toString()).hasMatch(), qPrintable(spec));
    }
}

void TestSecretGenerator::valuesDiffer()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(SecretGenerator::generate(GeneratorProfile{GeneratorProfile::Kind::Alphanumeric, 16})
                        ->toByteArray());
    QCOMPARE(seen.size(), 1000);
}

void TestSecretGenerator::uuidVersionAndVariantBits()
{
    // The other 122 bits are random: over many UUIDs every hex position except the version nibble takes
    // more than one value, and the variant nibble takes exactly the four values 8, 9, a, b.
    const GeneratorProfile uuid{GeneratorProfile::Kind::Uuid, 0};
    std::array<QSet<char>, 36> seen;
    for (int i = 0; i < 2000; ++i) {
        const SecureBuffer value = *SecretGenerator::generate(uuid);
        for (int p = 0; p < 36; ++p)
            seen[static_cast<size_t>(p)].insert(value.constData()[p]);
    }
    QCOMPARE(seen[14], QSet<char>{'4'});
    QCOMPARE(seen[19], (QSet<char>{'8', '9', 'a', 'b'}));
    for (const int dash : {8, 13, 18, 23})
        QCOMPARE(seen[static_cast<size_t>(dash)], QSet<char>{'-'});
    for (int p = 0; p < 36; ++p) {
        if (p == 8 || p == 13 || p == 18 || p == 23 || p == 14 || p == 19)
            continue;
        QCOMPARE(seen[static_cast<size_t>(p)].size(), 16);
    }
}

void TestSecretGenerator::encodedBytesDecodeToRequestedSize_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("bytes");
    QTest::newRow("base64(32)") << u"base64(32)"_s << 32;
    QTest::newRow("base64(17)") << u"base64(17)"_s << 17;
    QTest::newRow("base64url(32)") << u"base64url(32)"_s << 32;
    QTest::newRow("base64url(64)") << u"base64url(64)"_s << 64;
    QTest::newRow("hex(20)") << u"hex(20)"_s << 20;
    QTest::newRow("laravel_key()") << u"laravel_key()"_s << 32;
}

void TestSecretGenerator::encodedBytesDecodeToRequestedSize()
{
    QFETCH(QString, spec);
    QFETCH(int, bytes);
    const GeneratorProfile profile = *GeneratorProfile::parse(spec);
    QByteArray text = SecretGenerator::generate(profile)->toByteArray();
    QByteArray decoded;
    if (profile.kind == GeneratorProfile::Kind::Hex) {
        decoded = QByteArray::fromHex(text);
    } else {
        if (profile.kind == GeneratorProfile::Kind::LaravelKey) {
            QVERIFY(text.startsWith("base64:"));
            text = text.mid(7);
        }
        const auto options = profile.kind == GeneratorProfile::Kind::Base64Url
                                 ? QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                 : QByteArray::Base64Encoding;
        const QByteArray::FromBase64Result result =
            QByteArray::fromBase64Encoding(text, options | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(result);
        decoded = result.decoded;
    }
    QCOMPARE(decoded.size(), bytes);
}

void TestSecretGenerator::uniformOverAlphabet_data()
{
    // Every alphabet a profile draws from, each over at least 1,024,000 characters. `positions` lists the
    // character positions of one value that carry uniform symbols (empty: all): base64 padding and the
    // last, partly filled sextet of laravel_key() are not uniform by construction, nor are the UUID's
    // dashes, version nibble (position 14) and variant nibble (position 19, two random bits).
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("alphabet");
    QTest::addColumn<QList<int>>("positions");
    const QByteArray base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const QByteArray base64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    QTest::newRow("alnum") << u"alnum(4096)"_s
                           << QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                           << QList<int>();
    QTest::newRow("password") << u"password(4096)"_s
                              << QByteArray(
                                     "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
                              << QList<int>();
    // 3072 bytes = 1024 full groups: 4096 characters, no padding, every sextet full.
    QTest::newRow("base64") << u"base64(3072)"_s << base64 << QList<int>();
    QTest::newRow("base64url") << u"base64url(3072)"_s << base64url << QList<int>();
    QTest::newRow("hex") << u"hex(2048)"_s << QByteArray("0123456789abcdef") << QList<int>();
    QList<int> laravel; // "base64:" then 42 full sextets of the 32 bytes; the 43rd holds 4 bits, then '='
    for (int i = 7; i < 7 + 42; ++i)
        laravel.append(i);
    QTest::newRow("laravel_key") << u"laravel_key()"_s << base64 << laravel;
    QList<int> uuid;
    for (int i = 0; i < 36; ++i) {
        if (i != 8 && i != 13 && i != 18 && i != 23 && i != 14 && i != 19)
            uuid.append(i);
    }
    QTest::newRow("uuid") << u"uuid()"_s << QByteArray("0123456789abcdef") << uuid;
}

void TestSecretGenerator::uniformOverAlphabet()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, alphabet);
    QFETCH(QList<int>, positions);
    const GeneratorProfile profile = *GeneratorProfile::parse(spec);
    std::array<int, 256> index;
    index.fill(-1);
    for (qsizetype i = 0; i < alphabet.size(); ++i)
        index[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
    if (positions.isEmpty()) {
        for (int i = 0; i < profile.outputLength(); ++i)
            positions.append(i);
    }
    const qint64 perValue = positions.size();
    const qint64 values = (kMinimumCharacters + perValue - 1) / perValue;

    std::vector<qint64> counts(static_cast<size_t>(alphabet.size()), 0);
    qint64 total = 0;
    for (qint64 n = 0; n < values; ++n) {
        const SecureBuffer value = *SecretGenerator::generate(profile);
        QCOMPARE(value.size(), profile.outputLength());
        for (const int p : positions) {
            const int i = index[static_cast<unsigned char>(value.constData()[p])];
            QVERIFY2(i >= 0, "character outside the alphabet");
            ++counts[static_cast<size_t>(i)];
            ++total;
        }
    }
    QVERIFY(total >= 1000000);
    const double statistic = chiSquare(counts);
    const int dof = static_cast<int>(alphabet.size()) - 1;
    const double critical = chiSquareCritical(dof, kZ);
    qInfo(
        "%s: %lld characters, chi-square %.1f with %d degrees of freedom (critical value at p = 1e-6: %.1f)",
        qPrintable(spec), total, statistic, dof, critical);
    QVERIFY2(statistic < critical, qPrintable(u"chi-square %1 >= %2"_s.arg(statistic).arg(critical)));
}

void TestSecretGenerator::chiSquareFlagsModuloBias_data()
{
    QTest::addColumn<int>("symbols");
    QTest::newRow("alnum: byte % 62") << 62;    // 256 = 4*62 + 8: 8 symbols 25% more likely
    QTest::newRow("password: byte % 65") << 65; // 256 = 3*65 + 61: 61 symbols 33% more likely
}

void TestSecretGenerator::chiSquareFlagsModuloBias()
{
    // The same statistic, threshold and sample size on `random byte % N`, the classic biased mapping,
    // must fail: otherwise the test above could not catch a biased generator.
    QFETCH(int, symbols);
    QVERIFY(sodium_init() >= 0);
    std::vector<qint64> counts(static_cast<size_t>(symbols), 0);
    std::vector<unsigned char> bytes(kChunk);
    for (qint64 drawn = 0; drawn < kMinimumCharacters; drawn += kChunk) {
        randombytes_buf(bytes.data(), bytes.size());
        for (const unsigned char b : bytes)
            ++counts[static_cast<size_t>(b % symbols)];
    }
    const double statistic = chiSquare(counts);
    const double critical = chiSquareCritical(symbols - 1, kZ);
    qInfo("byte %% %d: chi-square %.1f (critical value %.1f)", symbols, statistic, critical);
    QVERIFY2(statistic > critical, qPrintable(u"chi-square %1 <= %2"_s.arg(statistic).arg(critical)));
}

void TestSecretGenerator::rejectsOutOfRangeSize()
{
    const auto tooBig = SecretGenerator::generate(GeneratorProfile{GeneratorProfile::Kind::Hex, 5000});
    QVERIFY(!tooBig.has_value());
    QVERIFY(tooBig.error().contains(u"hex(5000)"_s));
    QVERIFY(
        !SecretGenerator::generate(GeneratorProfile{GeneratorProfile::Kind::Alphanumeric, 0}).has_value());
}

QTEST_GUILESS_MAIN(TestSecretGenerator)
#include "tst_secretgenerator.moc"

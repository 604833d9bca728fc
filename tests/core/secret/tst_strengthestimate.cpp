#include "core/secret/SecretGenerator.h"
#include "core/secret/StrengthEstimate.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestStrengthEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void score_data();
    void score();
    void generatedValuesAreStrong_data();
    void generatedValuesAreStrong();
    void userWordsCount();
    void lengthInCharacters_data();
    void lengthInCharacters();
    void warningsNameTheVariableNotTheValue();
};

void TestStrengthEstimate::score_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("maxScore");
    QTest::addColumn<int>("minScore");
    // Values zxcvbn's dictionaries and patterns know: the top of every leaked-password list, keyboard
    // walks, repeats, sequences, dates.
    QTest::newRow("password") << QByteArray("password") << 0 << 0;
    QTest::newRow("123456") << QByteArray("123456") << 0 << 0;
    QTest::newRow("qwerty") << QByteArray("qwerty") << 0 << 0;
    QTest::newRow("changeme") << QByteArray("changeme") << 1 << 0;
    QTest::newRow("P@ssw0rd (leet)") << QByteArray("P@ssw0rd") << 1 << 0;
    QTest::newRow("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") << QByteArray(36, 'a') << 1 << 0;
    QTest::newRow("abcdefghijklmnopqrstuvwxyz") << QByteArray("abcdefghijklmnopqrstuvwxyz") << 2 << 0;
    QTest::newRow("secret2024") << QByteArray("secret2024") << 2 << 0;
    // A random-looking 43-character value is far beyond the top score.
    QTest::newRow("random base64url")
        << QByteArray("q3Zr8_kPz1m-Vd0xN7cWbLhT2yF9aQeJ5sUoR4iG6Yt") << 4 << 4; // gitleaks:allow
}

void TestStrengthEstimate::score()
{
    QFETCH(QByteArray, value);
    QFETCH(int, maxScore);
    QFETCH(int, minScore);
    const StrengthEstimate estimate = StrengthEstimate::of(value);
    QVERIFY2(estimate.score <= maxScore && estimate.score >= minScore,
             qPrintable(u"score %1 (%2 bits)"_s.arg(estimate.score).arg(estimate.entropyBits)));
    QCOMPARE(estimate.isWeak(), estimate.score < 4);
}

void TestStrengthEstimate::generatedValuesAreStrong_data()
{
    QTest::addColumn<QString>("spec");
    for (const QString &spec : {u"base64(32)"_s, u"base64url(32)"_s, u"hex(32)"_s, u"alnum(32)"_s,
                                u"password(32)"_s, u"uuid()"_s, u"laravel_key()"_s}) {
        QTest::newRow(qPrintable(spec)) << spec;
    }
}

void TestStrengthEstimate::generatedValuesAreStrong()
{
    QFETCH(QString, spec);
    for (int i = 0; i < 20; ++i) {
        const SecureBuffer value = *SecretGenerator::generate(*GeneratorProfile::parse(spec));
        const StrengthEstimate estimate = StrengthEstimate::of(value.view());
        QCOMPARE(estimate.score, 4);
        QVERIFY(!estimate.isShort());
        QVERIFY(estimate.warnings(u"X"_s).isEmpty());
    }
}

void TestStrengthEstimate::userWordsCount()
{
    // A value built from the project's own words is weaker when zxcvbn is told those words.
    const QByteArray value("acmeordersdbpassword");
    const StrengthEstimate plain = StrengthEstimate::of(value);
    const StrengthEstimate told =
        StrengthEstimate::of(value, {u"acmeorders"_s, u"ACMEORDERS"_s, u"DB"_s, u"PASSWORD"_s});
    QVERIFY2(told.entropyBits < plain.entropyBits,
             qPrintable(u"%1 >= %2"_s.arg(told.entropyBits).arg(plain.entropyBits)));
}

void TestStrengthEstimate::lengthInCharacters_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qsizetype>("length");
    QTest::newRow("empty") << QByteArray() << qsizetype(0);
    QTest::newRow("ascii") << QByteArray("hunter2") << qsizetype(7);
    QTest::newRow("umlauts count once") << QByteArray("p\xc3\xa4ss\xc3\xb6") << qsizetype(5);
    QTest::newRow("emoji counts once") << QByteArray("\xf0\x9f\x94\x91k") << qsizetype(2);
    QTest::newRow("stops at NUL") << QByteArray("ab\0cd", 5) << qsizetype(2);
}

void TestStrengthEstimate::lengthInCharacters()
{
    QFETCH(QByteArray, value);
    QFETCH(qsizetype, length);
    QCOMPARE(StrengthEstimate::of(value).length, length);
}

void TestStrengthEstimate::warningsNameTheVariableNotTheValue()
{
    const QByteArray value("Summer2024!");
    const StrengthEstimate estimate = StrengthEstimate::of(value);
    const QStringList warnings = estimate.warnings(u"DB_PASSWORD"_s);
    QCOMPARE(warnings.size(), 2); // guessable and short
    for (const QString &warning : warnings) {
        QVERIFY(warning.contains(u"DB_PASSWORD"_s));
        QVERIFY(!warning.contains(QString::fromUtf8(value)));
        QVERIFY(!warning.contains(u"Summer"_s));
    }
    QVERIFY(warnings.at(1).contains(u"11"_s)); // the length, not the value
    QVERIFY(StrengthEstimate::of({}).warnings(u"X"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestStrengthEstimate)
#include "tst_strengthestimate.moc"

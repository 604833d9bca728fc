#include "core/vault/OnePasswordCsvReader.h"
#include "core/vault/VaultReader.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes"_ba;
const QByteArray secretMarker = "Zq9-SECRET-\xc3\xa9-value"_ba;

QString corpusFile()
{
    return QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/vault/1password/synthetic-1password8.csv");
}

} // namespace

class TestOnePasswordCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void values_data();
    void values();
    void itemMetadata();
    void lineEndings_data();
    void lineEndings();
    void refused_data();
    void refused();
};

void TestOnePasswordCsvReader::corpus_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("quoted password with \"\" and commas")
        << 0 << u"Staging API (shared)"_s << u"password"_s << u"sk_test_51Hx\"quoted\",comma,=equals"_s;
    QTest::newRow("username") << 0 << u"Staging API (shared)"_s << u"username"_s << u"ci-bot"_s;
    QTest::newRow("otp") << 0 << u"Staging API (shared)"_s << u"one-time password"_s
                         << u"otpauth://totp/Example:ci-bot?secret=JBSWY3DPEHPK3PXP&issuer=Example"_s;
    QTest::newRow("multi-line notes")
        << 0 << u"Staging API (shared)"_s << u"notes"_s << u"line1\nline2, with comma"_s;
    QTest::newRow("unicode title") << 1 << u"Ünïcødé 🔑 DB root — 日本語"_s << u"password"_s << u"db-root"_s;
    QTest::newRow("archived") << 2 << u"Archived login"_s << u"password"_s << u"old-archived-pw"_s;
}

void TestOnePasswordCsvReader::corpus()
{
    QFETCH(int, index);
    QFETCH(QString, title);
    QFETCH(QString, name);
    QFETCH(QString, value);
    if (!QFileInfo::exists(corpusFile())) {
        QSKIP(qPrintable(
            u"%1 is absent (the shared corpus is not next to the source tree)."_s.arg(corpusFile())));
    }
    const auto result = VaultReader::read(corpusFile());
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->format, VaultFormat::OnePasswordCsv);
    QCOMPARE(result->items.size(), size_t(3));
    const VaultItem &item = result->items.at(static_cast<size_t>(index));
    QCOMPARE(item.title, title);
    QVERIFY2(item.field(name), qPrintable(name));
    QCOMPARE(item.field(name)->value.toString(), value);
    QCOMPARE(result->items[0].tags, QStringList({u"team"_s, u"staging"_s}));
    QVERIFY(!result->items[0].archived);
    QVERIFY(!result->items[1].archived);
    QVERIFY(result->items[2].archived);
}

void TestOnePasswordCsvReader::values_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QByteArray>("value");
    using T = VaultField::Type;
    QTest::newRow("plain") << "A,https://x,u,p,,false,false,,"_ba << u"password"_s << T::Password << "p"_ba;
    QTest::newRow("spaces kept") << "A,, u , p ,,false,false,,"_ba << u"password"_s << T::Password
                                 << " p "_ba;
    QTest::newRow("quoted quote") << R"(A,,u,"a""b",,false,false,,)"_ba << u"password"_s << T::Password
                                  << "a\"b"_ba;
    QTest::newRow("quoted CRLF newline kept")
        << "A,,u,p,,false,false,,\"l1\r\nl2\""_ba << u"notes"_s << T::Note << "l1\r\nl2"_ba;
    QTest::newRow("website") << "A,https://x,u,p,,false,false,,"_ba << u"website"_s << T::Url
                             << "https://x"_ba;
    QTest::newRow("username") << "A,,me@x,p,,false,false,,"_ba << u"username"_s << T::Username << "me@x"_ba;
    QTest::newRow("unicode value") << "A,,u,Grüße ✓,,false,false,,"_ba << u"password"_s << T::Password
                                   << "Grüße ✓"_ba;
}

void TestOnePasswordCsvReader::values()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, name);
    QFETCH(VaultField::Type, type);
    QFETCH(QByteArray, value);
    const auto result = OnePasswordCsvReader::read(header + "\n" + row + "\n", u"e.csv"_s);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->items.size(), size_t(1));
    const VaultField *field = result->items.front().field(name);
    QVERIFY2(field, qPrintable(name));
    QCOMPARE(field->type, type);
    QCOMPARE(field->value.view(), QByteArrayView(value));
}

void TestOnePasswordCsvReader::itemMetadata()
{
    const QByteArray data = header + "\nA,,u,p,,TRUE,TRUE,\"a; b;;c\",\nB,,,,,false,False,,\n";
    const auto result = OnePasswordCsvReader::read(data, u"e.csv"_s);
    QVERIFY(result.has_value());
    QCOMPARE(result->items.size(), size_t(2));
    QVERIFY(result->items[0].archived);
    QCOMPARE(result->items[0].tags, QStringList({u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(result->items[0].kind, u"login"_s);
    QVERIFY(!result->items[1].archived);
    QVERIFY(result->items[1].fields.empty()); // empty cells are no fields
    QCOMPARE(result->scopes(), QStringList({u"a"_s, u"b"_s, u"c"_s}));
}

void TestOnePasswordCsvReader::lineEndings_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray rows[] = {"A,,u,p1,,false,false,,\"n1\nn2\""_ba, "B,,u,p2,,false,false,,"_ba};
    QTest::newRow("LF") << header + "\n" + rows[0] + "\n" + rows[1] + "\n";
    QTest::newRow("CRLF") << header + "\r\n" + rows[0] + "\r\n" + rows[1] + "\r\n";
    QTest::newRow("BOM, no final newline")
        << "\xEF\xBB\xBF"_ba + header + "\r\n" + rows[0] + "\r\n" + rows[1];
    QTest::newRow("blank lines") << header + "\n\n" + rows[0] + "\n\n\n" + rows[1] + "\n\n";
}

void TestOnePasswordCsvReader::lineEndings()
{
    QFETCH(QByteArray, data);
    QCOMPARE(VaultReader::detect(data), VaultFormat::OnePasswordCsv);
    const auto result = OnePasswordCsvReader::read(data, u"e.csv"_s);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->items.size(), size_t(2));
    QCOMPARE(result->items[0].title, u"A"_s);
    QCOMPARE(result->items[0].field(u"password")->value.view(), "p1"_ba);
    QCOMPARE(result->items[0].field(u"notes")->value.view(), "n1\nn2"_ba);
    QCOMPARE(result->items[1].title, u"B"_s);
    QCOMPARE(result->items[1].field(u"password")->value.view(), "p2"_ba);
}

void TestOnePasswordCsvReader::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("too few columns, line after a multi-line note")
        << header + "\nA,,u,p,,false,false,,\"n1\nn2\"\nB,,u," + secretMarker + "\n"
        << u"line 4"_s;
    QTest::newRow("too many columns") << header + "\nA,,u," + secretMarker + ",,false,false,,,extra\n"
                                      << u"line 2"_s;
    QTest::newRow("quote in an unquoted field") << header + "\nA,,u,ab\"" + secretMarker + ",,false,false,,\n"
                                                << u"line 2"_s;
    QTest::newRow("quote never closed") << header + "\nA,,u,p,,false,false,,\"" + secretMarker + "\nmore\n"
                                        << u"line 2"_s;
    QTest::newRow("cp1252, not UTF-8") << header +
                                              "\nGr\xfc\xdf"
                                              "e,,u," +
                                              secretMarker + ",,false,false,,\n"
                                       << u"line 2"_s;
    QTest::newRow("a line of spaces is a row")
        << header + "\r\n\r\nA,,u," + secretMarker + ",,false,false,,\r\n  \r\n"
        << u"line 4"_s;
    QTest::newRow("no Title column") << "Name,Password\nA," + secretMarker + "\n" << u"Title"_s;
    QTest::newRow("empty") << QByteArray() << u"header"_s;
}

void TestOnePasswordCsvReader::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    const auto result = OnePasswordCsvReader::read(data, u"e.csv"_s);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().kind, VaultError::Kind::Corrupt);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"e.csv"_s));
    QVERIFY(!result.error().message.toUtf8().contains(secretMarker));
    QVERIFY(!result.error().message.contains(u"SECRET"_s));
}

QTEST_GUILESS_MAIN(TestOnePasswordCsvReader)
#include "tst_onepasswordcsvreader.moc"

#include "core/vault/BitwardenCsvReader.h"
#include "core/vault/VaultReader.h"

#include "LeakSearch.h"

#include <QFileInfo>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VaultField::Type)

// BitwardenCsvReader: the Bitwarden CSV files of shared/corpus (read where they are, skipped when absent)
// and hand-written CSV covering RFC 4180 quoting, BOM, CRLF/LF, quoted newlines and both headers.
class TestBitwardenCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusValues_data();
    void corpusValues();
    void corpusMatchesJson();

    void values_data();
    void values();
    void lineEndingsAndBom_data();
    void lineEndingsAndBom();
    void organisationHeader();
    void latin1Fallback();
    void malformed_data();
    void malformed();
    void cancel();
    void messagesHoldNoSecret();
};

namespace {

const QByteArray valueCanary = "VALUE-CANARY-5d0e"_ba;

QString corpusDir()
{
    return QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/vault/bitwarden");
}

const QByteArray personalHeader =
    "folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"_ba;
const QByteArray orgHeader =
    "collections,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"_ba;

std::expected<VaultExport, VaultError> readBytes(const QByteArray &bytes,
                                                 const VaultReadOptions &options = {})
{
    return BitwardenCsvReader::read(bytes, u"export.csv"_s, options);
}

const VaultItem *itemTitled(const VaultExport &result, const QString &title)
{
    for (const VaultItem &item : result.items) {
        if (item.title == title) {
            return &item;
        }
    }
    return nullptr;
}

QList<QByteArray> valuesOf(const VaultItem &item, VaultField::Type type)
{
    QList<QByteArray> values;
    for (const VaultField &field : item.fields) {
        if (field.type == type) {
            values.append(field.value.toByteArray());
        }
    }
    return values;
}

// One personal export with a login whose cells need every kind of quoting.
QByteArray sample()
{
    return personalHeader +
           "Team / Staging,1,login,Staging API,\"line one\nline two, with comma\",\"API_KEY: " + valueCanary +
           "\nURL: https://x.example/?a=1&b=2\nPEM: -----BEGIN KEY-----\nMIIB\n-----END KEY-----\nQUOTE: say "
           "\"\"hi\"\"\nEMPTY: \",0,\"https://a.example,https://b.example\",ci@example.com,\"p,w \"\"q\"\"\","
           "JBSWY3DP\n"
           ",,note,Snippet,\"A=1\nB=2\",,,,,,\n"
           ",,login,Trailing,,\"LAST: x\n\",,,,,\n";
}

} // namespace

void TestBitwardenCsvReader::corpusValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QByteArray>("value");
    using T = VaultField::Type;
    const QString individual = u"bitwarden-help-example-individual.csv"_s;
    const QString org = u"bitwarden-help-example-org.csv"_s;
    const QString synthetic = u"synthetic-team-individual.csv"_s;
    QTest::newRow("help individual folder")
        << individual << 4 << u"Twitter"_s << u"login"_s << QStringList{u"Social"_s} << u"password"_s
        << T::Password << "password123"_ba;
    QTest::newRow("help individual totp") << individual << 4 << u"EVGA"_s << u"login"_s << QStringList()
                                          << u"totp"_s << T::Totp << "TOTPSEED123"_ba;
    QTest::newRow("help individual field")
        << individual << 4 << u"My Bank"_s << u"login"_s << QStringList() << u"PIN"_s << T::Text << "1234"_ba;
    QTest::newRow("help individual note")
        << individual << 4 << u"My Note"_s << u"securenote"_s << QStringList() << u"notes"_s << T::Note
        << "This is a secure note."_ba;
    QTest::newRow("help org collections")
        << org << 2 << u"Twitter"_s << u"login"_s << QStringList{u"Social"_s, u"Marketing"_s} << u"username"_s
        << T::Username << "me@example.com"_ba;
    QTest::newRow("help org uri") << org << 2 << u"My Bank"_s << u"login"_s << QStringList{u"Finance"_s}
                                  << u"uri"_s << T::Url << "https://www.wellsfargo.com/home.jhtml"_ba;
    QTest::newRow("synthetic quoted field")
        << synthetic << 2 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"STAGING_API_KEY"_s << T::Text << "sk_test_51Hx\"quoted\",comma,=equals"_ba;
    QTest::newRow("synthetic multi-line field")
        << synthetic << 2 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"MULTILINE_PEM"_s << T::Text
        << "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----"_ba;
    QTest::newRow("synthetic linked is text")
        << synthetic << 2 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"user (linked)"_s << T::Text << "null"_ba;
    QTest::newRow("synthetic password, CRLF line end")
        << synthetic << 2 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"password"_s << T::Password << "p@ss w0rd with spaces & $dollar `tick` 'q'"_ba;
    QTest::newRow("synthetic unicode note")
        << synthetic << 2 << u"Ünïcødé .env snippet — 日本語"_s << u"securenote"_s
        << QStringList{u"Ünïcødé 🔑 フォルダ"_s} << u"notes"_s << T::Note
        << "DATABASE_URL=postgres://app:s3cr%40t@db.staging:5432/app\nEMPTY=" // gitleaks:allow
           "\n# comment line\nexport QUOTED=\"with \\\"escapes\\\"\""_ba;
}

void TestBitwardenCsvReader::corpusValues()
{
    if (!QFileInfo(corpusDir()).isDir()) {
        QSKIP("shared/corpus/vault/bitwarden is absent (ENVSMITH_SHARED_DIR); corpus tests skipped");
    }
    QFETCH(QString, file);
    QFETCH(int, items);
    QFETCH(QString, title);
    QFETCH(QString, kind);
    QFETCH(QStringList, folders);
    QFETCH(QString, fieldName);
    QFETCH(VaultField::Type, type);
    QFETCH(QByteArray, value);
    const auto result = VaultReader::read(corpusDir() + u'/' + file);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->format, VaultFormat::BitwardenCsv);
    QCOMPARE(int(result->items.size()), items);
    const VaultItem *item = itemTitled(*result, title);
    QVERIFY(item);
    QCOMPARE(item->kind, kind);
    QCOMPARE(item->folders, folders);
    const VaultField *found = item->field(fieldName);
    QVERIFY(found);
    QCOMPARE(found->type, type);
    QCOMPARE(found->value.view(), QByteArrayView(value));
}

// The synthetic CSV is the web exporter's CSV of the synthetic JSON: same items, same values (the CSV
// only loses field types, and writes "null" for the linked field).
void TestBitwardenCsvReader::corpusMatchesJson()
{
    if (!QFileInfo(corpusDir()).isDir()) {
        QSKIP("shared/corpus/vault/bitwarden is absent (ENVSMITH_SHARED_DIR); corpus tests skipped");
    }
    const auto csv = VaultReader::read(corpusDir() + u"/synthetic-team-individual.csv"_s);
    const auto json = VaultReader::read(corpusDir() + u"/synthetic-team-individual-plain.json"_s);
    QVERIFY(csv && json);
    const auto namesAndValues = [](const VaultItem &item) {
        QStringList list;
        for (const VaultField &field : item.fields) {
            if (field.name != u"user (linked)"_s) {
                list.append(field.name + u'=' + field.value.toString());
            }
        }
        return list;
    };
    QCOMPARE(csv->items.size(), size_t(2));
    for (const VaultItem &item : csv->items) {
        const VaultItem *reference = itemTitled(*json, item.title);
        QVERIFY(reference);
        QCOMPARE(item.kind, reference->kind);
        QCOMPARE(item.folders, reference->folders);
        QCOMPARE(namesAndValues(item), namesAndValues(*reference));
    }
}

void TestBitwardenCsvReader::values_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QByteArray>("value");
    using T = VaultField::Type;
    QTest::newRow("quoted newline and comma in notes")
        << u"Staging API"_s << u"notes"_s << T::Note << "line one\nline two, with comma"_ba;
    QTest::newRow("field") << u"Staging API"_s << u"API_KEY"_s << T::Text << valueCanary;
    QTest::newRow("field with colon and ampersand")
        << u"Staging API"_s << u"URL"_s << T::Text << "https://x.example/?a=1&b=2"_ba;
    QTest::newRow("multi-line field")
        << u"Staging API"_s << u"PEM"_s << T::Text << "-----BEGIN KEY-----\nMIIB\n-----END KEY-----"_ba;
    QTest::newRow("doubled quotes in field") << u"Staging API"_s << u"QUOTE"_s << T::Text << "say \"hi\""_ba;
    QTest::newRow("empty field") << u"Staging API"_s << u"EMPTY"_s << T::Text << QByteArray();
    QTest::newRow("password with comma and quotes")
        << u"Staging API"_s << u"password"_s << T::Password << "p,w \"q\""_ba;
    QTest::newRow("username") << u"Staging API"_s << u"username"_s << T::Username << "ci@example.com"_ba;
    QTest::newRow("totp") << u"Staging API"_s << u"totp"_s << T::Totp << "JBSWY3DP"_ba;
    QTest::newRow("last field, cell ends with a line break")
        << u"Trailing"_s << u"LAST"_s << T::Text << "x"_ba;
    QTest::newRow("note item") << u"Snippet"_s << u"notes"_s << T::Note << "A=1\nB=2"_ba;
}

void TestBitwardenCsvReader::values()
{
    QFETCH(QString, title);
    QFETCH(QString, fieldName);
    QFETCH(VaultField::Type, type);
    QFETCH(QByteArray, value);
    const auto result = readBytes(sample());
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const VaultItem *item = itemTitled(*result, title);
    QVERIFY(item);
    const VaultField *found = item->field(fieldName);
    QVERIFY(found);
    QCOMPARE(found->type, type);
    QCOMPARE(found->value.view(), QByteArrayView(value));
}

void TestBitwardenCsvReader::lineEndingsAndBom_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("LF") << sample();
    QByteArray crlf = sample();
    // Record ends become CRLF; newlines inside quotes stay LF, as papaparse writes them.
    crlf.replace("\n,,note", "\r\n,,note").replace("JBSWY3DP\n", "JBSWY3DP\r\n");
    crlf.replace("login_totp\n", "login_totp\r\n").replace("B=2\",,,,,,\n", "B=2\",,,,,,\r\n");
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("BOM") << "\xEF\xBB\xBF"_ba + sample();
    QTest::newRow("no final newline") << sample().chopped(1);
    QTest::newRow("blank lines") << sample() + "\n\n";
}

void TestBitwardenCsvReader::lineEndingsAndBom()
{
    QFETCH(QByteArray, file);
    const auto result = readBytes(file);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->items.size(), size_t(3));
    const VaultItem &login = result->items.front();
    QCOMPARE(login.title, u"Staging API"_s);
    QCOMPARE(login.kind, u"login"_s);
    QCOMPARE(login.folders, QStringList{u"Team / Staging"_s});
    QCOMPARE(valuesOf(login, VaultField::Type::Url),
             (QList<QByteArray>{"https://a.example", "https://b.example"}));
    QCOMPARE(login.field(u"totp"_s)->value.view(), QByteArrayView("JBSWY3DP"));
    QCOMPARE(login.field(u"notes"_s)->value.view(), QByteArrayView("line one\nline two, with comma"));
    QCOMPARE(result->items.at(1).kind, u"securenote"_s);
    QCOMPARE(result->items.at(1).field(u"notes"_s)->value.view(), QByteArrayView("A=1\nB=2"));
    QCOMPARE(result->items.back().field(u"LAST"_s)->value.view(), QByteArrayView("x"));
}

void TestBitwardenCsvReader::organisationHeader()
{
    const QByteArray file = orgHeader + "\"Eng,Ops\",login,DB,,,0,,u,p,\n";
    QCOMPARE(VaultReader::detect(file), VaultFormat::BitwardenCsv);
    const auto result = readBytes(file);
    QVERIFY(result);
    QCOMPARE(result->items.size(), size_t(1));
    QCOMPARE(result->items.front().folders, (QStringList{u"Eng"_s, u"Ops"_s}));
    QCOMPARE(result->scopes(), (QStringList{u"Eng"_s, u"Ops"_s}));
}

void TestBitwardenCsvReader::latin1Fallback()
{
    const QByteArray file = personalHeader + ",,login,Gr\xfc\xdf"
                                             "e,,,,,u,p\xe4ss,\n";
    const auto result = readBytes(file);
    QVERIFY(result);
    QCOMPARE(result->items.front().title, u"Grüße"_s);
    QCOMPARE(result->items.front().field(u"password"_s)->value.view(), QByteArrayView("p\xc3\xa4ss"));
    QVERIFY(result->warnings.first().contains(u"Latin-1"_s));
}

void TestBitwardenCsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("unclosed quote") << personalHeader + ",,login,x,\"open\n\nmore\n"_ba
                                    << u"quote is not closed"_s;
    QTest::newRow("quote inside unquoted cell, line 3")
        << personalHeader + ",,login,ok,,,,,,,\n,,login,b\"ad,,,,,,,\n"_ba << u"line 3"_s;
    QTest::newRow("text after closing quote") << personalHeader + ",,login,\"a\"b,,,,,,,\n"_ba << u"line 2"_s;
    QTest::newRow("no type column") << "folder,name\nx,y\n"_ba << u"\"type\""_s;
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
}

void TestBitwardenCsvReader::malformed()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, mentioned);
    const auto result = readBytes(file);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::Corrupt);
    QVERIFY2(result.error().message.contains(mentioned), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"export.csv"_s));
}

void TestBitwardenCsvReader::cancel()
{
    QByteArray file = personalHeader;
    for (int i = 0; i < 200; ++i) {
        file += ",,login,item " + QByteArray::number(i) + ",,,,,u,p,\n";
    }
    std::atomic_bool stop = false;
    VaultReadOptions options;
    options.cancel = &stop;
    int last = -1;
    options.progress = [&](int percent) {
        last = percent;
        if (percent >= 60) {
            stop = true;
        }
    };
    const auto result = readBytes(file, options);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::Cancelled);
    QVERIFY(last >= 60 && last < 100);
    stop = false;
    options.progress = {};
    QCOMPARE(readBytes(file, options)->items.size(), size_t(200));
}

void TestBitwardenCsvReader::messagesHoldNoSecret()
{
    const QList<QByteArray> files{
        sample(),
        personalHeader + ",,login,x,\"" + valueCanary + "\n",
        personalHeader + ",,login,x," + valueCanary + "\"b,,,,,,\n",
        personalHeader + ",,login,x,,,,,u," + valueCanary + ",,,,extra\n",
        "folder,name\n" + valueCanary + ",y\n",
        personalHeader + ",,login,x,,,,,u,\xff" + valueCanary + ",\n",
    };
    QStringList texts;
    for (const QByteArray &file : files) {
        const auto result = readBytes(file);
        if (result) {
            texts += result->warnings;
        } else {
            texts.append(result.error().message);
        }
    }
    QVERIFY(texts.size() >= files.size());
    const QStringList hits =
        LeakSearch::searchLines(texts.join(u'\n').toUtf8(), u"messages"_s, {valueCanary});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestBitwardenCsvReader)
#include "tst_bitwardencsvreader.moc"

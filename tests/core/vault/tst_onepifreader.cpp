#include "core/vault/OnePifReader.h"
#include "core/vault/VaultReader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray separator = "***5642bee8-a5ff-11dc-8314-0800200c9a66***"_ba;
const QByteArray secretMarker = "Zq9-SECRET-\xc3\xa9-value"_ba;

QString corpusDir()
{
    return QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/vault/1password");
}

QByteArray pif(const QList<QByteArray> &records, const QByteArray &lineEnd = "\n"_ba)
{
    QByteArray out;
    for (const QByteArray &record : records) {
        out += record + lineEnd + separator + lineEnd;
    }
    return out;
}

const VaultField *fieldIn(const VaultItem &item, const QString &section, const QString &name)
{
    for (const VaultField &field : item.fields) {
        if (field.name == name && field.section == section) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace

class TestOnePifReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus_data();
    void corpus();
    void fields_data();
    void fields();
    void skipsTrashedFoldersAndTombstones();
    void framing_data();
    void framing();
    void refused_data();
    void refused();
    void folderExport();
};

void TestOnePifReader::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QString>("value");
    using T = VaultField::Type;
    const QString classic = u"bitwarden-1pif-login.1pif"_s;
    const QString windows = u"bitwarden-1pif-windows-opvault-style.1pif"_s;
    QTest::newRow("classic username") << classic << u"Imported Entry"_s << u"login"_s << QString()
                                      << u"username"_s << T::Username << u"user@test.net"_s;
    QTest::newRow("classic password") << classic << u"Imported Entry"_s << u"login"_s << QString()
                                      << u"password"_s << T::Password << u"myservicepassword"_s;
    QTest::newRow("classic concealed section field")
        << classic << u"Imported Entry"_s << u"login"_s << u"Admin Console"_s << u"console password"_s
        << T::Hidden << u"console-password-123"_s;
    QTest::newRow("classic location") << classic << u"Imported Entry"_s << u"login"_s << QString()
                                      << u"website"_s << T::Url << u"https://www.google.com"_s;
    QTest::newRow("windows username") << windows << u"Google"_s << u"login"_s << QString() << u"username"_s
                                      << T::Username << u"googluser"_s;
    QTest::newRow("windows password") << windows << u"Google"_s << u"login"_s << QString() << u"password"_s
                                      << T::Password << u"12345678901"_s;
    QTest::newRow("windows string field")
        << windows << u"Google"_s << u"login"_s << u"test"_s << u"fgggf"_s << T::Text << u"fgfg"_s;
    QTest::newRow("windows concealed field")
        << windows << u"Google"_s << u"login"_s << u"test"_s << u"pwfield"_s << T::Hidden << u"dfgdfgfdg"_s;
    QTest::newRow("windows notes") << windows << u"Google"_s << u"login"_s << QString() << u"notes"_s
                                   << T::Note << u"This is a note\r\n\r\nline1\r\nline2"_s;
}

void TestOnePifReader::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, kind);
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(VaultField::Type, type);
    QFETCH(QString, value);
    const QString path = corpusDir() + u'/' + file;
    if (!QFileInfo::exists(path)) {
        QSKIP(qPrintable(u"%1 is absent (the shared corpus is not next to the source tree)."_s.arg(path)));
    }
    const auto result = VaultReader::read(path);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->format, VaultFormat::OnePassword1Pif);
    QCOMPARE(result->items.size(), size_t(1));
    const VaultItem &item = result->items.front();
    QCOMPARE(item.title, title);
    QCOMPARE(item.kind, kind);
    const VaultField *field = fieldIn(item, section, name);
    QVERIFY2(field, qPrintable(name));
    QCOMPARE(field->type, type);
    QCOMPARE(field->value.toString(), value);
    // Password history is not read: old values are not candidates.
    for (const VaultField &candidate : item.fields) {
        QVERIFY(!candidate.value.toString().startsWith(u"old"_s));
    }
}

void TestOnePifReader::fields_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QByteArray>("value");
    using T = VaultField::Type;
    QTest::newRow("password item")
        << R"({"uuid":"1","typeName":"passwords.Password","title":"p","secureContents":{"password":"pw"}})"_ba
        << QString() << u"password"_s << T::Password << "pw"_ba;
    QTest::newRow("non-ASCII (pass-import#46)")
        << R"({"typeName":"webforms.WebForm","title":"ü","secureContents":{"notesPlain":"ünicode ✓","sections":[{"title":"Zugänge","fields":[{"k":"concealed","n":"x","v":"Grüße","t":"Schlüssel"}]}]}})"_ba
        << u"Zugänge"_s << u"Schlüssel"_s << T::Hidden << "Grüße"_ba;
    QTest::newRow("untitled field uses n")
        << R"({"typeName":"webforms.WebForm","title":"x","secureContents":{"sections":[{"title":"S","fields":[{"k":"string","n":"API_KEY","v":"v1","t":""}]}]}})"_ba
        << u"S"_s << u"API_KEY"_s << T::Text << "v1"_ba;
    QTest::newRow("address object")
        << R"({"typeName":"identities.Identity","title":"x","secureContents":{"sections":[{"title":"A","fields":[{"k":"address","n":"address","v":{"street":"1 Main","city":"Town"},"t":"address"}]}]}})"_ba
        << u"A"_s << u"address"_s << T::Other << "1 Main, Town"_ba;
    QTest::newRow("date number")
        << R"({"typeName":"identities.Identity","title":"x","secureContents":{"sections":[{"title":"A","fields":[{"k":"date","n":"d","v":1451649660,"t":"birth"}]}]}})"_ba
        << u"A"_s << u"birth"_s << T::Other << "1451649660"_ba;
}

void TestOnePifReader::fields()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(VaultField::Type, type);
    QFETCH(QByteArray, value);
    const auto result = OnePifReader::read(pif({record}), u"data.1pif"_s);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->items.size(), size_t(1));
    const VaultField *field = fieldIn(result->items.front(), section, name);
    QVERIFY2(field, qPrintable(name));
    QCOMPARE(field->type, type);
    QCOMPARE(field->value.view(), QByteArrayView(value));
}

void TestOnePifReader::skipsTrashedFoldersAndTombstones()
{
    const QByteArray data = pif({
        R"({"uuid":"1","typeName":"webforms.WebForm","title":"Kept","openContents":{"tags":["ci"]},"secureContents":{}})"_ba,
        R"({"uuid":"2","typeName":"webforms.WebForm","title":"Trashed","trashed":true,"secureContents":{}})"_ba,
        R"({"uuid":"3","typeName":"system.folder.Regular","title":"A folder"})"_ba,
        R"({"uuid":"4","typeName":"system.Tombstone","title":"Gone"})"_ba,
        R"({"uuid":"5","category":"001","trashed":true,"overview":{"title":"Windows trashed"},"details":{}})"_ba,
        R"({"uuid":"6","category":"102","overview":{"title":"Windows db"},"details":{}})"_ba,
    });
    const auto result = OnePifReader::read(data, u"data.1pif"_s);
    QVERIFY(result.has_value());
    QCOMPARE(result->items.size(), size_t(2));
    QCOMPARE(result->items[0].title, u"Kept"_s);
    QCOMPARE(result->items[0].tags, QStringList{u"ci"_s});
    QCOMPARE(result->items[1].title, u"Windows db"_s);
    QCOMPARE(result->items[1].kind, u"database"_s);
}

void TestOnePifReader::framing_data()
{
    QTest::addColumn<QByteArray>("data");
    const QByteArray a = R"({"typeName":"webforms.WebForm","title":"A","secureContents":{}})"_ba;
    const QByteArray b = R"({"typeName":"webforms.WebForm","title":"B","secureContents":{}})"_ba;
    QTest::newRow("LF") << pif({a, b});
    QTest::newRow("CRLF") << pif({a, b}, "\r\n"_ba);
    QTest::newRow("BOM") << "\xEF\xBB\xBF"_ba + pif({a, b});
    QTest::newRow("no final separator") << a + "\n" + separator + "\n" + b;
    QTest::newRow("blank lines") << "\n\n"_ba + a + "\n\n" + separator + "\n\n" + b + "\n" + separator +
                                        "\n\n";
    QTest::newRow("record over two lines") << R"({"typeName":"webforms.WebForm",)"_ba + "\n" +
                                                  R"("title":"A","secureContents":{}})" + "\n" + separator +
                                                  "\n" + b;
}

void TestOnePifReader::framing()
{
    QFETCH(QByteArray, data);
    const auto result = OnePifReader::read(data, u"data.1pif"_s);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->items.size(), size_t(2));
    QCOMPARE(result->items[0].title, u"A"_s);
    QCOMPARE(result->items[1].title, u"B"_s);
}

void TestOnePifReader::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = R"({"typeName":"webforms.WebForm","title":"A","secureContents":{}})"_ba;
    QTest::newRow("malformed record names its line")
        << pif({good, R"({"title":"B","secureContents":{"password":")"_ba + secretMarker + R"(" x}})"_ba})
        << u"line 3"_s;
    QTest::newRow("not an object") << pif({good, "[1,2]"_ba}) << u"line 3"_s;
    QTest::newRow("separators only") << separator + "\n" + separator << u"no 1PIF items"_s;
    QTest::newRow("truncated record") << pif({good}) + R"({"title":")"_ba + secretMarker << u"line 3"_s;
}

void TestOnePifReader::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mentions);
    const auto result = OnePifReader::read(data, u"data.1pif"_s);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().kind, VaultError::Kind::Corrupt);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"data.1pif"_s));
    QVERIFY(!result.error().message.toUtf8().contains(secretMarker));
    QVERIFY(!result.error().message.contains(u"SECRET"_s));
}

// VaultReader opens a `<name>.1pif` export folder through its data.1pif.
void TestOnePifReader::folderExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"export.1pif"_s));
    QVERIFY(
        TestFiles::writeFile(dir.filePath(u"export.1pif/data.1pif"_s),
                             pif({R"({"typeName":"webforms.WebForm","title":"A","secureContents":{}})"_ba})));
    const auto result = VaultReader::read(dir.filePath(u"export.1pif"_s));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->format, VaultFormat::OnePassword1Pif);
    QCOMPARE(result->items.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestOnePifReader)
#include "tst_onepifreader.moc"

#include "core/vault/OnePuxReader.h"
#include "core/vault/VaultReader.h"

#include "OnePuxWriter.h"
#include "TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A value that must never appear in an error message or warning.
const QByteArray secretMarker = "Zq9-SECRET-\xc3\xa9-value"_ba;

QString corpusDir()
{
    return QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/vault/1password");
}

QByteArray zipOf(const QByteArray &exportData)
{
    OnePuxWriter writer;
    writer.addExport(exportData);
    return writer.toZip();
}

/// export.data with one vault holding @p items (JSON array text).
QByteArray exportWith(const QByteArray &vaultName, const QByteArray &items)
{
    return R"({"accounts":[{"attrs":{"accountName":"T","uuid":"A1"},"vaults":[{"attrs":{"uuid":"V1","name":")"_ba +
           vaultName + R"(","type":"P"},"items":)"_ba + items + "}]}]}";
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

/// Replaces the uncompressed size of @p name in both its local header and its central directory entry.
QByteArray withFakeSize(QByteArray zip, const QByteArray &name, quint32 size)
{
    auto put = [&zip](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i) {
            zip[at + i] = static_cast<char>((value >> (8 * i)) & 0xff);
        }
    };
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 1)) {
        if (zip.mid(at + 30, name.size()) == name) {
            put(at + 22, size);
        }
    }
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 1)) {
        if (zip.mid(at + 46, name.size()) == name) {
            put(at + 24, size);
        }
    }
    return zip;
}

} // namespace

class TestOnePuxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusFiles_data();
    void corpusFiles();
    void corpusKeePassXC_data();
    void corpusKeePassXC();
    void fields_data();
    void fields();
    void itemStates();
    void unreadableValueWarns();
    void refused_data();
    void refused();
    void cancel();
    void detectedByVaultReader();
};

void TestOnePuxReader::corpusFiles_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(corpusDir());
    const QStringList names = dir.entryList({u"*.export.data.json"_s}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        QSKIP(qPrintable(u"The shared corpus (%1) is absent; the corpus tests need it."_s.arg(corpusDir())));
    }
    for (const QString &name : names) {
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

// The .1pux files of the corpus hold the matching .export.data.json: every non-trashed item and every
// login/section field with a text value in the JSON comes out of the zip with the same value.
void TestOnePuxReader::corpusFiles()
{
    QFETCH(QString, path);
    const QByteArray json = TestFiles::readFile(path);
    QVERIFY(!json.isEmpty());
    QString zipPath = path;
    zipPath.replace(u".export.data.json"_s, u".1pux"_s);
    const auto result = VaultReader::read(zipPath);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->format, VaultFormat::OnePassword1Pux);
    QVERIFY(result->warnings.isEmpty());

    // The same JSON zipped by the test reads the same.
    const auto rezipped = OnePuxReader::read(zipOf(json), u"rezipped.1pux"_s);
    QVERIFY(rezipped.has_value());
    QCOMPARE(rezipped->items.size(), result->items.size());
    // So does the JSON alone (export.data taken out of the zip), found by content.
    const auto bare = VaultReader::read(path);
    QVERIFY2(bare.has_value(), qPrintable(bare ? QString() : bare.error().message));
    QCOMPARE(bare->format, VaultFormat::OnePassword1Pux);
    QCOMPARE(bare->items.size(), result->items.size());

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    size_t expectedItems = 0;
    for (const QJsonValue &account : root.value("accounts"_L1).toArray()) {
        for (const QJsonValue &vaultValue : account.toObject().value("vaults"_L1).toArray()) {
            const QString vaultName =
                vaultValue.toObject().value("attrs"_L1).toObject().value("name"_L1).toString();
            for (const QJsonValue &itemValue : vaultValue.toObject().value("items"_L1).toArray()) {
                const QJsonObject object = itemValue.toObject();
                if (object.value("trashed"_L1).toBool()) {
                    continue;
                }
                ++expectedItems;
                const QString title = object.value("overview"_L1).toObject().value("title"_L1).toString();
                const VaultItem *item = itemTitled(*result, title);
                QVERIFY2(item, qPrintable(title));
                QCOMPARE(item->id, object.value("uuid"_L1).toString());
                QCOMPARE(item->vault, vaultName);
                QCOMPARE(item->archived, object.value("state"_L1).toString() == "archived"_L1);
                const QJsonObject details = object.value("details"_L1).toObject();
                for (const QJsonValue &login : details.value("loginFields"_L1).toArray()) {
                    const QString designation = login.toObject().value("designation"_L1).toString();
                    if (designation.isEmpty() || !login.toObject().value("value"_L1).isString()) {
                        continue;
                    }
                    const VaultField *field = item->field(designation);
                    QVERIFY2(field, qPrintable(title + u" / "_s + designation));
                    QCOMPARE(field->value.toString(), login.toObject().value("value"_L1).toString());
                    QCOMPARE(field->type, designation == "password"_L1 ? VaultField::Type::Password
                                                                       : VaultField::Type::Username);
                }
                for (const QJsonValue &sectionValue : details.value("sections"_L1).toArray()) {
                    const QString section = sectionValue.toObject().value("title"_L1).toString();
                    for (const QJsonValue &fieldValue :
                         sectionValue.toObject().value("fields"_L1).toArray()) {
                        const QJsonObject field = fieldValue.toObject();
                        const QJsonObject value = field.value("value"_L1).toObject();
                        if (value.size() != 1 || !value.begin().value().isString()) {
                            continue;
                        }
                        const QString name = field.value("title"_L1).toString();
                        const VaultField *read = nullptr;
                        for (const VaultField &candidate : item->fields) {
                            if (candidate.name == name && candidate.section == section) {
                                read = &candidate;
                                break;
                            }
                        }
                        QVERIFY2(read, qPrintable(title + u" / "_s + section + u" / "_s + name));
                        QCOMPARE(read->value.toString(), value.begin().value().toString());
                        if (value.begin().key() == "concealed"_L1) {
                            QCOMPARE(read->type, VaultField::Type::Hidden);
                        }
                    }
                }
                const QString notes = details.value("notesPlain"_L1).toString();
                if (!notes.isEmpty()) {
                    QVERIFY(item->field(u"notes"));
                    QCOMPARE(item->field(u"notes")->value.toString(), notes);
                }
            }
        }
    }
    QCOMPARE(result->items.size(), expectedItems);
}

void TestOnePuxReader::corpusKeePassXC_data()
{
    QTest::addColumn<QString>("vault");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QString>("value");
    using T = VaultField::Type;
    QTest::newRow("login username") << u"Personal"_s << u"Login"_s << QString() << u"username"_s
                                    << T::Username << u"team@keepassxc.org"_s;
    QTest::newRow("login password") << u"Personal"_s << u"Login"_s << QString() << u"password"_s
                                    << T::Password << u"password"_s;
    QTest::newRow("login totp") << u"Personal"_s << u"Login"_s << u"Extra Data"_s << u"one-time password"_s
                                << T::Totp << u"DFDFDEF"_s;
    QTest::newRow("email object") << u"Personal"_s << u"Login"_s << u"Extra Data"_s << u"email"_s << T::Other
                                  << u"team@keepassxc.org"_s;
    QTest::newRow("login website") << u"Personal"_s << u"Login"_s << QString() << u"website"_s << T::Url
                                   << u"https://keepassxc.org"_s;
    QTest::newRow("login notes") << u"Personal"_s << u"Login"_s << QString() << u"notes"_s << T::Note
                                 << u"Note to self"_s;
    QTest::newRow("005 details.password") << u"Personal"_s << u"UUID 005 Password"_s << QString()
                                          << u"password"_s << T::Password << u"uuid005password"_s;
    QTest::newRow("wifi concealed, empty section")
        << u"Personal"_s << u"Home Wifi"_s << QString() << u"base station password"_s << T::Hidden
        << u"12345678"_s;
    QTest::newRow("card cvv") << u"Personal"_s << u"Credit Card"_s << u"Credit Card Fields"_s
                              << u"verification number"_s << T::Hidden << u"123"_s;
    QTest::newRow("card monthYear") << u"Personal"_s << u"Credit Card"_s << u"Credit Card Fields"_s
                                    << u"expiry date"_s << T::Other << u"202206"_s;
    QTest::newRow("identity date") << u"Personal"_s << u"Identity"_s << u"Identification"_s << u"birth date"_s
                                   << T::Other << u"1451649660"_s;
    QTest::newRow("identity address") << u"Personal"_s << u"Identity"_s << u"Address"_s << u"address"_s
                                      << T::Other << u"123 Avenue Rd, Boston"_s;
    QTest::newRow("second vault") << u"Shared"_s << u"Bank Account"_s << QString() << u"account number"_s
                                  << T::Text << u"12345678"_s;
    QTest::newRow("secure note") << u"Personal"_s << u"Secure Note"_s << QString() << u"notes"_s << T::Note
                                 << u"This is a note"_s;
}

void TestOnePuxReader::corpusKeePassXC()
{
    QFETCH(QString, vault);
    QFETCH(QString, title);
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(VaultField::Type, type);
    QFETCH(QString, value);
    const QString path = corpusDir() + u"/keepassxc-1PasswordExport.1pux"_s;
    if (!QFileInfo::exists(path)) {
        QSKIP(qPrintable(u"%1 is absent (the shared corpus is not next to the source tree)."_s.arg(path)));
    }
    const auto result = VaultReader::read(path);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->items.size(), size_t(9));
    const VaultItem *item = itemTitled(*result, title);
    QVERIFY(item);
    QCOMPARE(item->vault, vault);
    const VaultField *field = nullptr;
    for (const VaultField &candidate : item->fields) {
        if (candidate.name == name && candidate.section == section) {
            field = &candidate;
            break;
        }
    }
    QVERIFY2(field, qPrintable(name));
    QCOMPARE(field->type, type);
    if (type == VaultField::Type::Other && name == "address"_L1) {
        QVERIFY(field->value.toString().startsWith(value));
    } else {
        QCOMPARE(field->value.toString(), value);
    }
    QVERIFY(itemTitled(*result, u"Login Archived"_s)->archived);
    QVERIFY(!item->archived || title == "Login Archived"_L1);
    QCOMPARE(itemTitled(*result, u"Secure Note"_s)->tags, QStringList({u"Note"_s, u"Secret Stuff"_s}));
    QVERIFY(result->scopes().contains(u"Shared"_s));
}

void TestOnePuxReader::fields_data()
{
    QTest::addColumn<QByteArray>("items");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("name");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QByteArray>("value");
    using T = VaultField::Type;
    QTest::newRow("concealed in a section")
        << R"([{"uuid":"i1","categoryUuid":"112","overview":{"title":"Stripe"},"details":{"sections":[{"title":"Keys","fields":[{"title":"STRIPE_SECRET_KEY","id":"f1","value":{"concealed":"sk_live_1"}}]}]}}])"_ba
        << u"Keys"_s << u"STRIPE_SECRET_KEY"_s << T::Hidden << "sk_live_1"_ba;
    QTest::newRow("non-ASCII labels and value")
        << R"([{"uuid":"i1","categoryUuid":"001","overview":{"title":"Büro"},"details":{"sections":[{"title":"Zugänge 🔑","fields":[{"title":"Paßwort für Grüße","id":"f1","value":{"concealed":"Grüße-✓"}}]}]}}])"_ba
        << u"Zugänge 🔑"_s << u"Paßwort für Grüße"_s << T::Hidden << "Grüße-✓"_ba;
    QTest::newRow("string field")
        << R"([{"overview":{"title":"x"},"details":{"sections":[{"title":"","fields":[{"title":"host","id":"h","value":{"string":"db.local"}}]}]}}])"_ba
        << QString() << u"host"_s << T::Text << "db.local"_ba;
    QTest::newRow("untitled field uses its id")
        << R"([{"overview":{"title":"x"},"details":{"sections":[{"title":"S","fields":[{"title":"","id":"api_key","value":{"concealed":"k"}}]}]}}])"_ba
        << u"S"_s << u"api_key"_s << T::Hidden << "k"_ba;
    QTest::newRow("totp")
        << R"([{"overview":{"title":"x"},"details":{"sections":[{"title":"S","fields":[{"title":"otp","id":"TOTP_a","value":{"totp":"otpauth://totp/x?secret=AB"}}]}]}}])"_ba
        << u"S"_s << u"otp"_s << T::Totp << "otpauth://totp/x?secret=AB"_ba;
    QTest::newRow("login password by designation")
        << R"([{"overview":{"title":"x"},"details":{"loginFields":[{"value":"pw1","id":"","name":"pass","fieldType":"P","designation":"password"}]}}])"_ba
        << QString() << u"password"_s << T::Password << "pw1"_ba;
    QTest::newRow("email object as username (bitwarden/clients#22838)")
        << R"([{"overview":{"title":"x"},"details":{"loginFields":[{"value":{"email_address":"a@fastmail.com","provider":{"fastmail":{}}},"designation":"username","fieldType":"E"}]}}])"_ba
        << QString() << u"username"_s << T::Username << "a@fastmail.com"_ba;
    QTest::newRow("005 details.password (keepassxc#12800)")
        << R"([{"categoryUuid":"005","details":{"loginFields":[],"password":"pw"},"overview":{"title":"x"}}])"_ba
        << QString() << u"password"_s << T::Password << "pw"_ba;
    QTest::newRow("multi-line notes")
        << R"([{"overview":{"title":"x"},"details":{"notesPlain":"a\nb=c"}}])"_ba << QString() << u"notes"_s
        << T::Note << "a\nb=c"_ba;
    QTest::newRow("ssh key")
        << R"([{"categoryUuid":"114","overview":{"title":"x"},"details":{"sections":[{"title":"","fields":[{"title":"private key","id":"private_key","value":{"sshKey":{"privateKey":"-----BEGIN","metadata":{}}}}]}]}}])"_ba
        << QString() << u"private key"_s << T::Other << "-----BEGIN"_ba;
}

void TestOnePuxReader::fields()
{
    QFETCH(QByteArray, items);
    QFETCH(QString, section);
    QFETCH(QString, name);
    QFETCH(VaultField::Type, type);
    QFETCH(QByteArray, value);
    const auto result = OnePuxReader::read(zipOf(exportWith("Team ✓", items)), u"t.1pux"_s);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->format, VaultFormat::OnePassword1Pux);
    QCOMPARE(result->fileName, u"t.1pux"_s);
    QCOMPARE(result->items.size(), size_t(1));
    const VaultItem &item = result->items.front();
    QCOMPARE(item.vault, u"Team ✓"_s);
    const VaultField *field = item.field(name, section);
    QVERIFY2(field, qPrintable(name));
    QCOMPARE(field->section, section);
    QCOMPARE(field->type, type);
    QCOMPARE(field->value.view(), QByteArrayView(value));
    QVERIFY(result->warnings.isEmpty());
}

void TestOnePuxReader::itemStates()
{
    const QByteArray items = R"([
        {"uuid":"a","state":"active","categoryUuid":"001","overview":{"title":"Active","tags":["team","ci"]},"details":{}},
        {"uuid":"b","state":"archived","categoryUuid":"001","overview":{"title":"Archived"},"details":{}},
        {"uuid":"c","trashed":true,"categoryUuid":"001","overview":{"title":"Trashed"},"details":{}},
        {"uuid":"d","categoryUuid":"999","overview":{"title":"Future category"},"details":{}}
    ])"_ba;
    const auto result = OnePuxReader::read(zipOf(exportWith("V", items)), u"t.1pux"_s);
    QVERIFY(result.has_value());
    QCOMPARE(result->items.size(), size_t(3));
    QVERIFY(!itemTitled(*result, u"Trashed"_s));
    QVERIFY(!itemTitled(*result, u"Active"_s)->archived);
    QCOMPARE(itemTitled(*result, u"Active"_s)->kind, u"login"_s);
    QCOMPARE(itemTitled(*result, u"Active"_s)->tags, QStringList({u"team"_s, u"ci"_s}));
    QVERIFY(itemTitled(*result, u"Archived"_s)->archived);
    QCOMPARE(itemTitled(*result, u"Future category"_s)->kind, u"999"_s);
    QCOMPARE(result->scopes(), QStringList({u"ci"_s, u"team"_s, u"V"_s}));
}

void TestOnePuxReader::unreadableValueWarns()
{
    const QByteArray items = R"([{"overview":{"title":"Odd"},"details":{"sections":[{"title":"S","fields":[
        {"title":"list","id":"l","value":{"concealed":[")"_ba +
                             secretMarker + R"("]}},
        {"title":"ok","id":"o","value":{"concealed":")"_ba +
                             secretMarker + R"("}}]}]}},
        7])"_ba;
    const auto result = OnePuxReader::read(zipOf(exportWith("V", items)), u"t.1pux"_s);
    QVERIFY(result.has_value());
    QCOMPARE(result->items.size(), size_t(1));
    QVERIFY(result->items.front().field(u"ok"));
    QVERIFY(!result->items.front().field(u"list"));
    QCOMPARE(result->warnings.size(), 2);
    for (const QString &warning : result->warnings) {
        QVERIFY(!warning.toUtf8().contains(secretMarker));
        QVERIFY(!warning.contains(u"SECRET"_s));
    }
    QVERIFY(result->warnings.first().contains(u"Odd"_s));
    QVERIFY(result->warnings.first().contains(u"list"_s));
}

void TestOnePuxReader::refused_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<VaultError::Kind>("kind");
    QTest::addColumn<QString>("mentions");
    const QByteArray secretItem = R"([{"overview":{"title":"T"},"details":{"loginFields":[{"value":")"_ba +
                                  secretMarker + R"(","designation":"password"}]}}])"_ba;

    {
        // 50 MiB of zeros deflate to about 50 KiB: a ratio near 1000:1.
        OnePuxWriter writer;
        writer.addEntry(u"export.data"_s, QByteArray(50 * 1024 * 1024, ' '));
        QTest::newRow("zip bomb (ratio)") << writer.toZip() << VaultError::Kind::TooLarge << u"zip bomb"_s;
    }
    {
        OnePuxWriter writer;
        writer.addEntry(u"export.data"_s, QByteArray(OnePuxReader::maxDataSize + 1, 'x'), false);
        QTest::newRow("export.data over the size cap")
            << writer.toZip() << VaultError::Kind::TooLarge << u"MiB"_s;
    }
    {
        // The directory says 100 bytes (under every cap); the entry inflates to 300 KiB.
        OnePuxWriter writer;
        writer.addEntry(u"export.data"_s, exportWith("V", secretItem) + QByteArray(300 * 1024, ' '));
        QTest::newRow("directory lies about the size") << withFakeSize(writer.toZip(), "export.data", 100)
                                                       << VaultError::Kind::TooLarge << u"export.data"_s;
    }
    {
        OnePuxWriter writer;
        writer.addExport(exportWith("V", secretItem));
        for (qint64 i = 0; i < OnePuxReader::maxEntries; ++i) {
            writer.addEntry(u"files/f%1"_s.arg(i), QByteArray(), false);
        }
        QTest::newRow("too many entries") << writer.toZip() << VaultError::Kind::TooLarge << u"files"_s;
    }
    {
        OnePuxWriter writer;
        writer.addEntry(u"export.attributes"_s, "{}"_ba);
        writer.addEntry(u"data.json"_s, exportWith("V", secretItem));
        QTest::newRow("no export.data") << writer.toZip() << VaultError::Kind::Corrupt << u"export.data"_s;
    }
    const QByteArray good = zipOf(exportWith("V", secretItem));
    QTest::newRow("truncated zip") << good.first(good.size() / 2) << VaultError::Kind::Corrupt << u"zip"_s;
    QByteArray flipped = good;
    flipped[flipped.size() - 30] = static_cast<char>(flipped[flipped.size() - 30] ^ 0x5a);
    QTest::newRow("damaged directory") << flipped << VaultError::Kind::Corrupt << u"t.1pux"_s;
    QByteArray damagedData = zipOf(exportWith("V", secretItem) + QByteArray(2000, ' '));
    const qsizetype dataAt = damagedData.indexOf("export.data") + 11 + 20;
    for (qsizetype i = dataAt; i < dataAt + 16; ++i) {
        damagedData[i] = static_cast<char>(damagedData[i] ^ 0xff);
    }
    QTest::newRow("damaged compressed data") << damagedData << VaultError::Kind::Corrupt << u"export.data"_s;
    QTest::newRow("not a zip") << "PK\x03\x04 not really a zip"_ba << VaultError::Kind::Corrupt << u"zip"_s;
    QTest::newRow("malformed JSON")
        << zipOf(R"({"accounts":[{"vaults":[{"items":[{"overview":{"title":"T"},"details":{"password":")"_ba +
                 secretMarker + R"(" "x"}}]}]}]})"_ba)
        << VaultError::Kind::Corrupt << u"JSON"_s;
    QTest::newRow("JSON without accounts")
        << zipOf(R"({"items":[]})"_ba) << VaultError::Kind::Corrupt << u"accounts"_s;
    QTest::newRow("JSON array") << zipOf("[1]"_ba) << VaultError::Kind::Corrupt << u"accounts"_s;
}

// Every refusal has its kind, names the file and the problem, and never quotes a value.
void TestOnePuxReader::refused()
{
    QFETCH(QByteArray, zip);
    QFETCH(VaultError::Kind, kind);
    QFETCH(QString, mentions);
    QVERIFY(!zip.isEmpty());
    const auto result = OnePuxReader::read(zip, u"t.1pux"_s);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().kind, kind);
    QVERIFY2(result.error().message.contains(u"t.1pux"_s), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QVERIFY(!result.error().message.toUtf8().contains(secretMarker));
    QVERIFY(!result.error().message.contains(u"SECRET"_s));
}

void TestOnePuxReader::cancel()
{
    std::atomic_bool cancelled = true;
    VaultReadOptions options;
    options.cancel = &cancelled;
    const auto result = OnePuxReader::read(zipOf(exportWith("V", "[]")), u"t.1pux"_s, options);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().kind, VaultError::Kind::Cancelled);

    cancelled = false;
    QList<int> percents;
    options.progress = [&percents](int percent) {
        percents.append(percent);
    };
    const auto read =
        OnePuxReader::read(zipOf(exportWith("V", R"([{"overview":{"title":"a"}}])")), u"t.1pux"_s, options);
    QVERIFY(read.has_value());
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.last(), 100);
}

void TestOnePuxReader::detectedByVaultReader()
{
    const QByteArray json = "\xEF\xBB\xBF \n{ \n \"accounts\":[]}"_ba;
    QVERIFY(OnePuxReader::isExportData(json));
    QCOMPARE(VaultReader::detect(json), VaultFormat::OnePassword1Pux);
    const auto bare = VaultReader::read(exportWith("V", R"([{"overview":{"title":"b"}}])"), u"export.data"_s);
    QVERIFY2(bare.has_value(), qPrintable(bare ? QString() : bare.error().message));
    QCOMPARE(bare->items.front().vault, u"V"_s);
    // Bitwarden JSON with a folder named "accounts" is still Bitwarden.
    const QByteArray bitwarden =
        R"({"encrypted":false,"folders":[{"id":"1","name":"accounts"}],"items":[]})"_ba;
    QVERIFY(!OnePuxReader::isExportData(bitwarden));
    QCOMPARE(VaultReader::detect(bitwarden), VaultFormat::BitwardenJson);

    const QByteArray zip = zipOf(exportWith("V", R"([{"overview":{"title":"a"}}])"));
    QCOMPARE(VaultReader::detect(zip), VaultFormat::OnePassword1Pux);
    const auto result = VaultReader::read(zip, u"any-name.bin"_s);
    QVERIFY(result.has_value());
    QCOMPARE(result->items.front().title, u"a"_s);
}

QTEST_GUILESS_MAIN(TestOnePuxReader)
#include "tst_onepuxreader.moc"

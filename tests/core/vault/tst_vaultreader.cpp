// VaultReader: format detection from the content (not the file name), and the file-level errors.

#include "core/vault/VaultReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(VaultFormat)

class TestVaultReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void fileErrors();
};

void TestVaultReader::detect_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<VaultFormat>("format");
    QTest::newRow("zip") << QByteArray("PK\x03\x04rest", 8) << u"x.bin"_s << VaultFormat::OnePassword1Pux;
    QTest::newRow("1pif") << QByteArray("{\"uuid\":\"a\"}\n***5642bee8-a5ff-11dc-8314-0800200c9a66***\n")
                          << u"data.1pif"_s << VaultFormat::OnePassword1Pif;
    QTest::newRow("bitwarden plain") << QByteArray("{\"encrypted\": false, \"folders\": [], \"items\": []}")
                                     << u"a.json"_s << VaultFormat::BitwardenJson;
    QTest::newRow("bitwarden protected") << QByteArray("{\"encrypted\": true, \"passwordProtected\": true}")
                                         << u"a.json"_s << VaultFormat::BitwardenPasswordProtected;
    QTest::newRow("protected, members sorted (jq -S), data first")
        << (QByteArray("{\"data\":\"") + QByteArray(100000, 'A') +
            "\",\"encKeyValidation_DO_NOT_EDIT\":\"x\",\"encrypted\" :\n true,\"passwordProtected\":true}")
        << u"sorted.json"_s << VaultFormat::BitwardenPasswordProtected;
    QTest::newRow("account restricted") << QByteArray("{\r\n  \"encrypted\":\ttrue,\r\n  \"items\": \"2.x\"}")
                                        << u"a.json"_s << VaultFormat::BitwardenAccountRestricted;
    QTest::newRow("BOM before JSON") << QByteArray("\xEF\xBB\xBF{\"items\": []}") << u"a.json"_s
                                     << VaultFormat::BitwardenJson;
    QTest::newRow("bitwarden csv") << QByteArray("folder,favorite,type,name,notes,fields,reprompt,login_uri,"
                                                 "login_username,login_password,login_totp\n")
                                   << u"a.csv"_s << VaultFormat::BitwardenCsv;
    QTest::newRow("bitwarden org csv")
        << QByteArray("collections,type,name,notes,fields\r\n") << u"a.csv"_s << VaultFormat::BitwardenCsv;
    QTest::newRow("1password csv") << QByteArray("Title,Url,Username,Password,OTPAuth,Favorite\n")
                                   << u"a.csv"_s << VaultFormat::OnePasswordCsv;
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"x\"}") << u"a.json"_s << VaultFormat::Unknown;
    QTest::newRow("a dotenv file named like an export")
        << QByteArray("A=1\n") << u"export.json"_s << VaultFormat::Unknown;
    QTest::newRow("empty") << QByteArray() << u"a.csv"_s << VaultFormat::Unknown;
}

void TestVaultReader::detect()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(VaultFormat, format);
    QCOMPARE(VaultReader::detect(data, fileName), format);
}

void TestVaultReader::fileErrors()
{
    QTemporaryDir dir;
    auto missing = VaultReader::read(dir.filePath(u"missing.json"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, VaultError::Kind::Unreadable);
    QVERIFY(missing.error().message.contains(u"does not exist"_s));

    auto folder = VaultReader::read(dir.path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().kind, VaultError::Kind::Unreadable);

    QFile unknown(dir.filePath(u"notes.txt"_s));
    QVERIFY(unknown.open(QIODevice::WriteOnly));
    unknown.write("SECRET=hunter2hunter2\n");
    unknown.close();
    auto notExport = VaultReader::read(unknown.fileName());
    QVERIFY(!notExport);
    QCOMPARE(notExport.error().kind, VaultError::Kind::UnknownFormat);
    QVERIFY(notExport.error().message.contains(u"notes.txt"_s));
    QVERIFY(!notExport.error().message.contains(u"hunter2"_s));

    if (::geteuid() != 0) {
        QVERIFY(unknown.setPermissions(QFileDevice::Permissions()));
        auto unreadable = VaultReader::read(unknown.fileName());
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().kind, VaultError::Kind::Unreadable);
    }
}

QTEST_GUILESS_MAIN(TestVaultReader)
#include "tst_vaultreader.moc"

#include "core/vault/BitwardenJsonReader.h"
#include "core/vault/OnePasswordCsvReader.h"
#include "core/vault/OnePifReader.h"
#include "core/vault/OnePuxReader.h"

#include "OnePuxWriter.h"
#include "TestFiles.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Reads every input kept in tests/fuzz/regressions-onepux, -onepif, -onepasswordcsv and -bitwardenjson (the
// seeds of the
// libFuzzer harnesses and any crasher they found) the way tests/fuzz/fuzz_<name>.cpp does, with the same
// invariants: no crash, an error has its kind and a message naming the file, a result is well formed.
class TestVaultFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
};

void TestVaultFuzzRegressions::inputs_data()
{
    QTest::addColumn<QString>("harness");
    QTest::addColumn<QString>("path");
    for (const QString &harness : {u"onepux"_s, u"onepif"_s, u"onepasswordcsv"_s, u"bitwardenjson"_s}) {
        const QDir dir(QStringLiteral(ENVSMITH_SOURCE_DIR "/tests/fuzz/regressions-") + harness);
        const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QVERIFY2(!names.isEmpty(), qPrintable(dir.path() + u" is empty"_s));
        for (const QString &name : names) {
            QTest::newRow(qPrintable(harness + u'/' + name)) << harness << dir.filePath(name);
        }
    }
}

void TestVaultFuzzRegressions::inputs()
{
    QFETCH(QString, harness);
    QFETCH(QString, path);
    QByteArray input = TestFiles::readFile(path);
    QVERIFY(!input.isEmpty());
    const QString fileName = u"fuzz."_s + harness;
    std::expected<VaultExport, VaultError> result;
    if (harness == "onepux"_L1) {
        if (!input.startsWith("PK")) {
            OnePuxWriter writer;
            writer.addExport(input);
            input = writer.toZip();
            QVERIFY(!input.isEmpty());
        }
        result = OnePuxReader::read(input, fileName);
    } else if (harness == "bitwardenjson"_L1) {
        // As fuzz_bitwardenjson does: with the harness's fixed password (the seeds' exports use it).
        const SecureBuffer password = SecureBuffer::fromBytes("fuzz password");
        VaultReadOptions options;
        options.password = &password;
        result = BitwardenJsonReader::read(input, fileName, options);
        if (!result) {
            QVERIFY(!result.error().message.contains(u"fuzz password"_s));
        }
    } else if (harness == "onepif"_L1) {
        result = OnePifReader::read(input, fileName);
    } else {
        if (static_cast<unsigned char>(input.front()) & 1) {
            input.prepend("Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\r\n");
        }
        result = OnePasswordCsvReader::read(input, fileName);
    }
    if (!result) {
        QVERIFY(result.error().kind != VaultError::Kind::Cancelled);
        QVERIFY2(result.error().message.contains(fileName), qPrintable(result.error().message));
        return;
    }
    for (const VaultItem &item : result->items) {
        const VaultItem copy = item.clone();
        QCOMPARE(copy.fields.size(), item.fields.size());
        QCOMPARE(copy.archived, item.archived);
        for (size_t i = 0; i < item.fields.size(); ++i) {
            QVERIFY(copy.fields[i].value.equals(item.fields[i].value));
        }
    }
    (void)result->scopes();
}

QTEST_GUILESS_MAIN(TestVaultFuzzRegressions)
#include "tst_vaultfuzzregressions.moc"

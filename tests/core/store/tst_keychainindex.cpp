#include "core/store/KeychainIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

const QString kService = u"envsmith/acme-api"_s;
const QString kOtherService = u"envsmith/other"_s;

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace

class TestKeychainIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingFileIsEmpty();
    void touchSetsCreatedThenRotated();
    void removeForgetsName();
    void saveAndLoadRoundTrip();
    void fileIsPrivateAndHoldsOnlyNamesAndTimes();
    void damagedFileIsReported_data();
    void damagedFileIsReported();
    void defaultLocationIsAppData();
};

void TestKeychainIndex::initTestCase()
{
    QCoreApplication::setApplicationName(u"envsmith"_s);
}

void TestKeychainIndex::missingFileIsEmpty()
{
    QTemporaryDir dir;
    const auto index = KeychainIndex::load(dir.filePath(u"none.json"_s));
    QVERIFY(index);
    QVERIFY(index->names(kService).isEmpty());
    QCOMPARE(index->record(kService, u"X"_s), std::nullopt);
}

void TestKeychainIndex::touchSetsCreatedThenRotated()
{
    QTemporaryDir dir;
    KeychainIndex index = *KeychainIndex::load(dir.filePath(u"i.json"_s));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    index.touch(kService, u"JWT_SECRET"_s, false);
    const KeychainIndex::Record first = *index.record(kService, u"JWT_SECRET"_s);
    QVERIFY(first.created.isValid());
    QVERIFY(first.created >= before);
    QVERIFY(!first.rotated.isValid());

    index.touch(kService, u"JWT_SECRET"_s, false); // a plain re-write is not a rotation
    QCOMPARE(index.record(kService, u"JWT_SECRET"_s)->created, first.created);
    QVERIFY(!index.record(kService, u"JWT_SECRET"_s)->rotated.isValid());

    index.touch(kService, u"JWT_SECRET"_s, true);
    const KeychainIndex::Record rotated = *index.record(kService, u"JWT_SECRET"_s);
    QCOMPARE(rotated.created, first.created);
    QVERIFY(rotated.rotated.isValid());
    QVERIFY(rotated.rotated >= rotated.created);
    QCOMPARE(index.names(kOtherService), QStringList());
}

void TestKeychainIndex::removeForgetsName()
{
    QTemporaryDir dir;
    KeychainIndex index = *KeychainIndex::load(dir.filePath(u"i.json"_s));
    index.touch(kService, u"A"_s, false);
    index.touch(kService, u"B"_s, false);
    index.remove(kService, u"A"_s);
    QCOMPARE(index.names(kService), QStringList{u"B"_s});
    index.remove(kService, u"B"_s);
    index.remove(kService, u"never"_s);
    index.remove(kOtherService, u"never"_s);
    QVERIFY(index.names(kService).isEmpty());
}

void TestKeychainIndex::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nested/folder/index.json"_s); // folders are created
    KeychainIndex index = *KeychainIndex::load(path);
    index.touch(kService, u"SESSION_SECRET"_s, false);
    index.touch(kService, u"API_KEY"_s, false);
    index.touch(kService, u"API_KEY"_s, true);
    index.touch(kOtherService, u"TOKEN"_s, false);
    const auto saved = index.save();
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error()));

    const auto loaded = KeychainIndex::load(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
    QCOMPARE(loaded->names(kService), (QStringList{u"API_KEY"_s, u"SESSION_SECRET"_s}));
    QCOMPARE(loaded->names(kOtherService), QStringList{u"TOKEN"_s});
    for (const QString &name : {u"API_KEY"_s, u"SESSION_SECRET"_s}) {
        QCOMPARE(loaded->record(kService, name)->created, index.record(kService, name)->created);
        QCOMPARE(loaded->record(kService, name)->rotated, index.record(kService, name)->rotated);
    }
    QVERIFY(loaded->record(kService, u"API_KEY"_s)->rotated.isValid());

    // Saving again replaces the file (no backups of the index are kept).
    KeychainIndex again = *loaded;
    again.remove(kOtherService, u"TOKEN"_s);
    QVERIFY(again.save());
    QVERIFY(KeychainIndex::load(path)->names(kOtherService).isEmpty());
    QCOMPARE(QDir(dir.filePath(u"nested/folder"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"index.json"_s});
}

void TestKeychainIndex::fileIsPrivateAndHoldsOnlyNamesAndTimes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"index.json"_s);
    KeychainIndex index = *KeychainIndex::load(path);
    index.touch(kService, u"DB_PASSWORD"_s, false);
    index.touch(kService, u"DB_PASSWORD"_s, true);
    QVERIFY(index.save());
    QCOMPARE(modeOf(path), 0600);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.keys(), (QStringList{u"services"_s, u"version"_s}));
    const QJsonObject record = root[u"services"_s][kService][u"DB_PASSWORD"_s].toObject();
    QCOMPARE(record.keys(), (QStringList{u"created"_s, u"rotated"_s}));
    for (const QString &key : record.keys()) {
        const QDateTime time = QDateTime::fromString(record[key].toString(), Qt::ISODateWithMs);
        QVERIFY2(time.isValid() && time.timeSpec() == Qt::UTC, qPrintable(record[key].toString()));
    }
}

void TestKeychainIndex::damagedFileIsReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << "{not json"_ba;
    QTest::newRow("array") << "[]"_ba;
    QTest::newRow("newer version") << R"({"version": 2, "services": {}})"_ba;
    QTest::newRow("no services") << R"({"version": 1})"_ba;
}

void TestKeychainIndex::damagedFileIsReported()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"index.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const auto loaded = KeychainIndex::load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(path) && loaded.error().contains(u"damaged"_s),
             qPrintable(loaded.error()));
}

void TestKeychainIndex::defaultLocationIsAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY2(appData.endsWith(u"/envsmith"_s), qPrintable(appData));
    QCOMPARE(KeychainIndex::defaultPath(), appData + u"/keychain-index.json"_s);
    if (!qEnvironmentVariable("HOME").contains(u"envsmith-test-home"_s))
        QSKIP("Writes to the default location only inside the throwaway HOME of tests/run-with-keyring.sh");
    KeychainIndex index = *KeychainIndex::load();
    index.touch(kService, u"FROM_DEFAULT"_s, false);
    QVERIFY(index.save());
    QVERIFY(QFileInfo::exists(KeychainIndex::defaultPath()));
    QCOMPARE(KeychainIndex::load()->names(kService), QStringList{u"FROM_DEFAULT"_s});
}

QTEST_GUILESS_MAIN(TestKeychainIndex)
#include "tst_keychainindex.moc"

// ProjectKeychainValues::read against the real gnome-keyring (tests/run-with-keyring.sh): the names come
// from the keychain index, the values from the keychain; an indexed name without an entry is skipped
// silently, a plain setting is not worth matching, nothing indexed gives nothing (and no note).

#include "TempGitRepo.h"
#include "core/setup/ProjectKeychainValues.h"
#include "core/setup/RepoContext.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// `NAME=kc-<32 hex digits>`: a fixture entry whose value is made here (a literal one is a finding in our
/// own tree's scan).
QByteArray entry(const char *name)
{
    return QByteArray(name) + "=kc-" +
           QCryptographicHash::hash(QByteArray(name), QCryptographicHash::Md5).toHex();
}

} // namespace

class TestProjectKeychainValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void damagedIndexGivesANote();
};

void TestProjectKeychainValues::read_data()
{
    // stored: NAME=value entries written to the keychain; indexed: the names recorded in the index.
    QTest::addColumn<QByteArrayList>("stored");
    QTest::addColumn<QStringList>("indexed");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("value present") << QByteArrayList{entry("SESSION_SECRET")}
                                   << QStringList{u"SESSION_SECRET"_s} << QStringList{u"SESSION_SECRET"_s};
    QTest::newRow("indexed but not in the keychain")
        << QByteArrayList{entry("API_TOKEN")} << QStringList{u"API_TOKEN"_s, u"DB_PASSWORD"_s}
        << QStringList{u"API_TOKEN"_s};
    QTest::newRow("plain setting not worth matching")
        << QByteArrayList{"PORT=3000", entry("JWT_SECRET")} << QStringList{u"PORT"_s, u"JWT_SECRET"_s}
        << QStringList{u"JWT_SECRET"_s};
    QTest::newRow("in the keychain but not indexed")
        << QByteArrayList{entry("SIGNING_KEY")} << QStringList{} << QStringList{};
    QTest::newRow("nothing at all") << QByteArrayList{} << QStringList{} << QStringList{};
}

void TestProjectKeychainValues::read()
{
    QFETCH(QByteArrayList, stored);
    QFETCH(QStringList, indexed);
    QFETCH(QStringList, expected);

    const TempGitRepo git;
    QVERIFY(git.isValid());
    const auto context = RepoContext::open(git.path());
    QVERIFY2(context.has_value(), qPrintable(context ? QString() : context.error()));
    KeychainStore store(context->projectId(), context->envFileName());
    QHash<QString, QByteArray> values;
    for (const QByteArray &entry : std::as_const(stored)) {
        const QString name = QString::fromUtf8(entry.left(entry.indexOf('=')));
        values.insert(name, entry.mid(entry.indexOf('=') + 1));
        const auto written = store.write(name, SecureBuffer::fromBytes(values.value(name)));
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
    }
    auto index = KeychainIndex::load();
    QVERIFY(index.has_value());
    for (const QString &name : std::as_const(indexed))
        index->touch(store.service(), name, false);
    QVERIFY(index->save().has_value());

    const ProjectKeychainValues::Result result = ProjectKeychainValues::read(*context);
    QStringList names;
    for (const ScanExactValue &value : result.values) {
        names << value.name;
        QVERIFY2(value.value.equals(values.value(value.name)), qPrintable(value.name));
        QCOMPARE(value.origin, u"keychain"_s);
    }
    QCOMPARE(names, expected);
    QVERIFY2(result.note.isEmpty(), qPrintable(result.note));
    QVERIFY(result.unavailableReason.isEmpty());
    QVERIFY(result.unread.isEmpty());
}

void TestProjectKeychainValues::damagedIndexGivesANote()
{
    // Without a readable index no name can be looked up: the note says the keychain was not searched.
    const TempGitRepo git;
    QVERIFY(git.isValid());
    const auto context = RepoContext::open(git.path());
    QVERIFY(context.has_value());
    QVERIFY(git.writeFile(u"index.json"_s, "{ not json"));
    const ProjectKeychainValues::Result result =
        ProjectKeychainValues::read(*context, git.filePath(u"index.json"_s));
    QVERIFY(result.values.empty());
    QVERIFY2(result.note.contains(u"not searched"_s) && result.note.contains(u"index.json"_s),
             qPrintable(result.note));
}

QTEST_GUILESS_MAIN(TestProjectKeychainValues)
#include "tst_projectkeychainvalues.moc"

// ProjectKeychainValues::read against the real gnome-keyring (tests/run-with-keyring.sh): the names come
// from the keychain index, the values from the keychain; an indexed name without an entry is skipped
// silently, a plain setting is not worth matching, nothing indexed gives nothing (and no note).

#include "TempGitRepo.h"
#include "core/setup/ProjectKeychainValues.h"
#include "core/setup/RepoContext.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProjectKeychainValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
};

void TestProjectKeychainValues::read_data()
{
    // stored: NAME=value entries written to the keychain; indexed: the names recorded in the index.
    QTest::addColumn<QByteArrayList>("stored");
    QTest::addColumn<QStringList>("indexed");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("value present") << QByteArrayList{"SESSION_SECRET=kc-3f9a1b7c2d8e4f60a5b9c1d7e2f8a4b6"}
                                   << QStringList{u"SESSION_SECRET"_s} << QStringList{u"SESSION_SECRET"_s};
    QTest::newRow("indexed but not in the keychain")
        << QByteArrayList{"API_TOKEN=kc-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b"}
        << QStringList{u"API_TOKEN"_s, u"DB_PASSWORD"_s} << QStringList{u"API_TOKEN"_s};
    QTest::newRow("plain setting not worth matching")
        << QByteArrayList{"PORT=3000", "JWT_SECRET=kc-0a1b2c3d4e5f60718293a4b5c6d7e8f9"}
        << QStringList{u"PORT"_s, u"JWT_SECRET"_s} << QStringList{u"JWT_SECRET"_s};
    QTest::newRow("in the keychain but not indexed")
        << QByteArrayList{"SIGNING_KEY=kc-5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d"} << QStringList{}
        << QStringList{};
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

QTEST_GUILESS_MAIN(TestProjectKeychainValues)
#include "tst_projectkeychainvalues.moc"

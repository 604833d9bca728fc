#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

// Runs against the real gnome-keyring that tests/run-with-keyring.sh starts (private bus, unlocked
// `login` collection). The failure modes that need another bus run in a child process: this program
// re-executed with `--child <name>`, because QDBusConnection::sessionBus() and QtKeychain's backend
// choice are fixed once per process.

namespace {

const QString kProject = u"tst-keychainstore"_s;

QString stateName(KeychainStatus::State state)
{
    switch (state) {
    case KeychainStatus::State::Available:
        return u"Available"_s;
    case KeychainStatus::State::NoSessionBus:
        return u"NoSessionBus"_s;
    case KeychainStatus::State::NoProvider:
        return u"NoProvider"_s;
    case KeychainStatus::State::Locked:
        return u"Locked"_s;
    case KeychainStatus::State::NoCollection:
        return u"NoCollection"_s;
    }
    return u"?"_s;
}

QString kindName(KeychainStore::ErrorKind kind)
{
    switch (kind) {
    case KeychainStore::ErrorKind::NotFound:
        return u"NotFound"_s;
    case KeychainStore::ErrorKind::Locked:
        return u"Locked"_s;
    case KeychainStore::ErrorKind::Unavailable:
        return u"Unavailable"_s;
    case KeychainStore::ErrorKind::Denied:
        return u"Denied"_s;
    case KeychainStore::ErrorKind::Timeout:
        return u"Timeout"_s;
    case KeychainStore::ErrorKind::Other:
        return u"Other"_s;
    }
    return u"?"_s;
}

/// Child mode: prints `probe=<State> read=<Kind> write=<Kind>` and the messages, one per line.
int runChild()
{
    const KeychainStatus status = KeychainStatus::probe();
    KeychainStore store(kProject, u".env"_s);
    const auto read = store.read(u"CHILD_VALUE"_s, 10000);
    const auto write = store.write(u"CHILD_VALUE"_s, SecureBuffer::fromBytes("child-secret-value"), 10000);
    std::printf("probe=%s read=%s write=%s\n", qPrintable(stateName(status.state)),
                read ? "ok" : qPrintable(kindName(read.error().kind)),
                write ? "ok" : qPrintable(kindName(write.error().kind)));
    std::printf("%s\n%s\n%s\n", qPrintable(status.message), read ? "" : qPrintable(read.error().message),
                write ? "" : qPrintable(write.error().message));
    return 0;
}

struct ChildResult
{
    QString summary;
    QString output;
};

ChildResult runChildWithBus(const QString &busAddress, const QString &home = {})
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress);
    if (!home.isEmpty())
        env.insert(u"HOME"_s, home);
    env.remove(u"DISPLAY"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {u"--child"_s});
    if (!child.waitForFinished(60000))
        return {u"child did not finish"_s, {}};
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    return {output.section(u'\n', 0, 0), output + QString::fromUtf8(child.readAllStandardError())};
}

/// Asks gnome-keyring to lock the `login` collection (Secret Service Lock needs no prompt).
bool lockDefaultCollection()
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                                       u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    call.setArguments({QVariant::fromValue(
        QList<QDBusObjectPath>{QDBusObjectPath(u"/org/freedesktop/secrets/aliases/default"_s)})});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 5000);
    return reply.type() == QDBusMessage::ReplyMessage;
}

/// A session bus of our own (dbus-daemon in a temporary folder), stopped by the destructor.
class PrivateBus
{
public:
    /// @p standardServices: also offer the system's activatable session services (gnome-keyring), which
    /// the bus starts with its own environment, so with HOME = @p home when given.
    explicit PrivateBus(bool standardServices, const QString &home = {})
    {
        if (!home.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOME"_s, home);
            env.remove(u"DISPLAY"_s);
            m_daemon.setProcessEnvironment(env);
        }
        QDir(m_dir.path()).mkdir(u"services"_s);
        QFile file(m_dir.filePath(u"bus.conf"_s));
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(u"<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                   "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:path=%1</listen><servicedir>%2</servicedir>%3"
                   "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n"_s
                       .arg(m_dir.filePath(u"bus"_s), m_dir.filePath(u"services"_s),
                            standardServices ? u"<standard_session_servicedirs/>"_s : QString())
                       .toUtf8());
        file.close();
        m_daemon.start(u"dbus-daemon"_s,
                       {u"--config-file="_s + file.fileName(), u"--nofork"_s, u"--print-address"_s});
        if (!m_daemon.waitForStarted())
            return;
        while (!m_daemon.canReadLine() && m_daemon.state() == QProcess::Running)
            m_daemon.waitForReadyRead(10000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }
    ~PrivateBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    QString address() const { return m_address; }
    QString errorOutput() { return QString::fromUtf8(m_daemon.readAllStandardError()); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namespacing();
    void probeAvailable();
    void roundTrip_data();
    void roundTrip();
    void storedAsBinaryUnderOurNames();
    void readMissingIsNotFound();
    void removeMissingSucceeds();
    void timedOutJobIsLeftToFinish();
    void noSessionBusIsUnavailable();
    void busWithoutProviderIsUnavailable();
    void keyringNeverSetUpIsUnavailable();
    void lockedKeyringIsNotTakenForMissingEntry(); // last: leaves the keyring locked

private:
    QString secretToolSearch(const QString &service);
};

void TestKeychainStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("Needs the private session bus and keyring of tests/run-with-keyring.sh");
    // gnome-keyring-daemon --unlock --daemonize can return before it owns org.freedesktop.secrets. Any
    // Secret Service call in that gap makes the bus activate a second daemon that has no password, and
    // the keyring then stays locked. So first wait (without activating anything) for the name to have
    // an owner, then for the unlocked collection. Not timing assertions: the waits end when ready.
    const auto secretsHasOwner = [] {
        QDBusMessage call =
            QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                           u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
        call.setArguments({u"org.freedesktop.secrets"_s});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
        return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).toBool();
    };
    QTRY_VERIFY_WITH_TIMEOUT(secretsHasOwner(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(KeychainStatus::probe().isAvailable(), 15000);
}

void TestKeychainStore::namespacing()
{
    const KeychainStore store(u"acme-api"_s, u".env.local"_s);
    QCOMPARE(store.service(), u"envsmith/acme-api"_s);
    QCOMPARE(store.keyFor(u"JWT_SECRET"_s), u"envsmith/acme-api/.env.local/JWT_SECRET"_s);
}

void TestKeychainStore::probeAvailable()
{
    const KeychainStatus status = KeychainStatus::probe();
    QCOMPARE(stateName(status.state), u"Available"_s);
    QVERIFY(status.isAvailable());
}

void TestKeychainStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("ascii") << "s3cr3t-Value_with.symbols"_ba;
    QTest::newRow("NUL bytes") << QByteArray("before\0after\0", 13);
    QTest::newRow("non-ASCII UTF-8") << u"p\u00e4ssw\u00f6rd-\u5bc6\u7801-\U0001F511"_s.toUtf8();
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(static_cast<char>(b));
    QTest::newRow("every byte value") << all;
    QTest::newRow("4 KiB") << QByteArray(4096, 'k');
}

void TestKeychainStore::roundTrip()
{
    QFETCH(QByteArray, value);
    KeychainStore store(kProject, u".env"_s);
    const QString name =
        u"ROUND_TRIP_"_s + QString::fromLatin1(QTest::currentDataTag()).toUpper().replace(u' ', u'_');

    const auto written = store.write(name, SecureBuffer::fromBytes(value));
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const auto read = store.read(name);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->size(), value.size());
    QVERIFY(read->equals(QByteArrayView(value)));

    // Overwrite with a different value, read back, remove.
    const QByteArray second = value + "-rotated";
    QVERIFY(store.write(name, SecureBuffer::fromBytes(second)));
    QVERIFY(store.read(name)->equals(QByteArrayView(second)));
    const auto removed = store.remove(name);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
    const auto gone = store.read(name);
    QVERIFY(!gone);
    QCOMPARE(kindName(gone.error().kind), u"NotFound"_s);
}

QString TestKeychainStore::secretToolSearch(const QString &service)
{
    if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
        return {};
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, service});
    if (!tool.waitForFinished(20000))
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

void TestKeychainStore::storedAsBinaryUnderOurNames()
{
    if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    KeychainStore store(kProject, u".env"_s);
    QVERIFY(store.write(u"DATABASE_PASSWORD"_s, SecureBuffer::fromBytes("pw-for-secret-tool")));
    const QString dump = secretToolSearch(store.service());
    QVERIFY2(dump.contains(u"attribute.server = envsmith/tst-keychainstore"_s), qPrintable(dump));
    QVERIFY2(dump.contains(u"attribute.user = envsmith/tst-keychainstore/.env/DATABASE_PASSWORD"_s),
             qPrintable(dump));
    QVERIFY2(dump.contains(u"attribute.type = base64"_s), qPrintable(dump)); // binary data, not text
    QVERIFY(store.remove(u"DATABASE_PASSWORD"_s));
    QVERIFY(!secretToolSearch(store.service()).contains(u"DATABASE_PASSWORD"_s));
}

void TestKeychainStore::readMissingIsNotFound()
{
    KeychainStore store(kProject, u".env"_s);
    const auto read = store.read(u"NEVER_WRITTEN"_s);
    QVERIFY(!read);
    QCOMPARE(kindName(read.error().kind), u"NotFound"_s);
    QVERIFY2(read.error().message.contains(u"NEVER_WRITTEN"_s), qPrintable(read.error().message));
    // Another env file of the same project is another namespace.
    KeychainStore other(kProject, u".env.test"_s);
    QVERIFY(store.write(u"ONLY_IN_ENV"_s, SecureBuffer::fromBytes("v")));
    QCOMPARE(kindName(other.read(u"ONLY_IN_ENV"_s).error().kind), u"NotFound"_s);
    QVERIFY(store.remove(u"ONLY_IN_ENV"_s));
}

void TestKeychainStore::removeMissingSucceeds()
{
    KeychainStore store(kProject, u".env"_s);
    const auto removed = store.remove(u"NEVER_WRITTEN"_s);
    QVERIFY2(removed, removed ? "" : qPrintable(removed.error().message));
}

void TestKeychainStore::timedOutJobIsLeftToFinish()
{
    // A zero timeout gives up before gnome-keyring can answer. The job must not be deleted while it runs
    // (QtKeychain's queue would crash or stall, research §1.5): it finishes on its own, deletes itself, and
    // the next jobs run normally.
    KeychainStore store(kProject, u".env"_s);
    const auto written = store.write(u"SLOW_WRITE"_s, SecureBuffer::fromBytes("written-after-timeout"), 0);
    if (!written) {
        QCOMPARE(kindName(written.error().kind), u"Timeout"_s);
        QVERIFY(written.error().message.contains(u"SLOW_WRITE"_s));
    }
    const auto read = store.read(u"SLOW_WRITE"_s);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QVERIFY(read->equals(QByteArrayView("written-after-timeout")));
    QVERIFY(store.remove(u"SLOW_WRITE"_s));
}

void TestKeychainStore::noSessionBusIsUnavailable()
{
    QTemporaryDir dir;
    const ChildResult result = runChildWithBus(u"unix:path="_s + dir.filePath(u"no-such-socket"_s));
    QVERIFY2(result.summary == u"probe=NoSessionBus read=Unavailable write=Unavailable"_s,
             qPrintable(result.output));
    QVERIFY2(result.output.contains(u"desktop session"_s), qPrintable(result.output));
    // The wizard, `restore` and `get` show these messages too and have no --no-keychain: the commands that
    // do add that hint themselves.
    QVERIFY2(!result.output.contains(u"--no-keychain"_s), qPrintable(result.output));
    QVERIFY(!result.output.contains(u"child-secret-value"_s));
}

void TestKeychainStore::busWithoutProviderIsUnavailable()
{
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty())
        QSKIP("dbus-daemon is not installed");
    // Our own session bus whose only service folder is empty: no org.freedesktop.secrets, running or
    // activatable (research/qt-keychain.md §2.4 K).
    PrivateBus bus(false);
    QVERIFY2(!bus.address().isEmpty(), qPrintable(bus.errorOutput()));
    const ChildResult result = runChildWithBus(bus.address());
    QVERIFY2(result.summary == u"probe=NoProvider read=Unavailable write=Unavailable"_s,
             qPrintable(result.output));
    QVERIFY2(result.output.contains(u"GNOME Keyring"_s), qPrintable(result.output));
    QVERIFY2(!result.output.contains(u"--no-keychain"_s), qPrintable(result.output));
}

void TestKeychainStore::keyringNeverSetUpIsUnavailable()
{
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty())
        QSKIP("dbus-daemon is not installed");
    // Our own bus with the system's session services: gnome-keyring is activated on first use, in a fresh
    // HOME without a `login` keyring, and with no display it cannot ask for a password to create one
    // (research §2.4 B). That must not read as "entry not found".
    QTemporaryDir home;
    PrivateBus bus(true, home.path());
    QVERIFY2(!bus.address().isEmpty(), qPrintable(bus.errorOutput()));
    const ChildResult result = runChildWithBus(bus.address(), home.path());
    QVERIFY2(result.summary == u"probe=NoCollection read=Unavailable write=Unavailable"_s,
             qPrintable(result.output));
    QVERIFY2(result.output.contains(u"no default keyring"_s), qPrintable(result.output));
    QVERIFY2(!result.output.contains(u"--no-keychain"_s), qPrintable(result.output));
}

void TestKeychainStore::lockedKeyringIsNotTakenForMissingEntry()
{
    KeychainStore store(kProject, u".env"_s);
    QVERIFY(store.write(u"KEPT_WHILE_LOCKED"_s, SecureBuffer::fromBytes("value-behind-lock")));
    QVERIFY(lockDefaultCollection());

    QCOMPARE(stateName(KeychainStatus::probe().state), u"Locked"_s);
    // QtKeychain 0.13.2 reports this read as "entry not found"; the store must say Locked instead, so
    // nobody regenerates a value that is still there.
    const auto read = store.read(u"KEPT_WHILE_LOCKED"_s, 10000);
    QVERIFY(!read);
    QCOMPARE(kindName(read.error().kind), u"Locked"_s);
    QVERIFY2(read.error().message.contains(u"locked"_s), qPrintable(read.error().message));
    QVERIFY(!read.error().message.contains(u"value-behind-lock"_s)); // messages never carry values
    const auto missing = store.read(u"NEVER_WRITTEN"_s, 10000);
    QCOMPARE(kindName(missing.error().kind), u"Locked"_s);
    const auto write = store.write(u"NEW_WHILE_LOCKED"_s, SecureBuffer::fromBytes("x"), 10000);
    QVERIFY(!write);
    QCOMPARE(kindName(write.error().kind), u"Locked"_s);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(u"--child"_s))
        return runChild();
    TestKeychainStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"

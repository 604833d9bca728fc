#include "core/store/KeychainStatus.h"

#include <QCoreApplication>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QStringList>
#endif

using namespace Qt::StringLiterals;

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)

namespace {

constexpr int kBusCallTimeoutMs = 1000;
constexpr int kProviderCallTimeoutMs = 2000;

const QString kSecretsService = u"org.freedesktop.secrets"_s;

QString fixHint()
{
    return QCoreApplication::translate("KeychainStatus",
                                       "Start a Secret Service provider such as GNOME Keyring or KWallet.");
}

KeychainStatus status(KeychainStatus::State state, const QString &message)
{
    KeychainStatus result;
    result.state = state;
    result.message = message;
    return result;
}

/// Calls a method of the bus daemon itself; std::nullopt when it does not answer.
std::optional<QVariant> busCall(QDBusConnection &bus, const QString &method, const QVariantList &arguments)
{
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                                       u"org.freedesktop.DBus"_s, method);
    call.setArguments(arguments);
    const QDBusMessage reply = bus.call(call, QDBus::Block, kBusCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return reply.arguments().constFirst();
}

} // namespace

KeychainStatus KeychainStatus::probe()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        return status(State::NoSessionBus,
                      QCoreApplication::translate(
                          "KeychainStatus", "There is no D-Bus session bus (%1), so the keyring cannot be "
                                            "reached. Run Envsmith inside your desktop session.")
                          .arg(bus.lastError().message()));
    }

    const std::optional<QVariant> hasOwner = busCall(bus, u"NameHasOwner"_s, {kSecretsService});
    const std::optional<QVariant> activatable = busCall(bus, u"ListActivatableNames"_s, {});
    const bool running = hasOwner && hasOwner->toBool();
    const bool canStart = activatable && activatable->toStringList().contains(kSecretsService);
    if (!running && !canStart) {
        return status(State::NoProvider,
                      QCoreApplication::translate(
                          "KeychainStatus", "No keyring service (org.freedesktop.secrets) is running or "
                                            "installed. %1")
                          .arg(fixHint()));
    }

    QDBusMessage call =
        QDBusMessage::createMethodCall(kSecretsService, u"/org/freedesktop/secrets/aliases/default"_s,
                                       u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
    call.setArguments({u"org.freedesktop.Secret.Collection"_s, u"Locked"_s});
    const QDBusMessage reply = bus.call(call, QDBus::Block, kProviderCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        const QString errorName = reply.errorName();
        if (errorName == u"org.freedesktop.DBus.Error.UnknownMethod"_s ||
            errorName == u"org.freedesktop.DBus.Error.UnknownObject"_s ||
            errorName == u"org.freedesktop.Secret.Error.NoSuchObject"_s) {
            return status(State::NoCollection,
                          QCoreApplication::translate(
                              "KeychainStatus", "The keyring service has no default keyring yet. Open your "
                                                "keyring manager (e.g. Seahorse \"Passwords and Keys\") and "
                                                "create one."));
        }
        return status(State::NoProvider, QCoreApplication::translate(
                                             "KeychainStatus", "The keyring service did not answer (%1). %2")
                                             .arg(reply.errorMessage(), fixHint()));
    }
    const QVariant value = reply.arguments().value(0).value<QDBusVariant>().variant();
    if (value.toBool()) {
        return status(State::Locked,
                      QCoreApplication::translate("KeychainStatus",
                                                  "Your keyring is locked. Unlock it (log in to your desktop "
                                                  "session or open your keyring manager) and try again."));
    }
    return status(State::Available,
                  QCoreApplication::translate("KeychainStatus", "The keyring is available."));
}

#else

KeychainStatus KeychainStatus::probe()
{
    // macOS Keychain and Windows Credential Manager are part of the system; there is nothing to pre-check.
    KeychainStatus result;
    result.message = QCoreApplication::translate("KeychainStatus", "The keyring is available.");
    return result;
}

#endif

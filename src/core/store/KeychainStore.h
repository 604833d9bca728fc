#pragma once

#include "core/secret/SecureBuffer.h"

#include <QObject>
#include <QString>

#include <expected>

/// One project's values in the OS keychain through QtKeychain (Secret Service / KWallet on Linux,
/// Keychain on macOS, Credential Manager on Windows), the insecure plaintext fallback always off.
///
/// Entries: service `envsmith/<projectId>`, key `envsmith/<projectId>/<envFile>/<NAME>` (Windows targets
/// ignore the service, so the key carries the namespace). Values are stored as binary data.
/// The calls below wait for the job in a local event loop (the GUI keeps painting), with a timeout.
class KeychainStore
{
public:
    enum class ErrorKind { NotFound, Locked, Unavailable, Denied, Timeout, Other };
    struct Error
    {
        ErrorKind kind = ErrorKind::Other;
        /// What happened and what to do; never contains a value.
        QString message;
    };

    KeychainStore(QString projectId, QString envFileName);

    QString service() const;
    QString keyFor(const QString &name) const;

    std::expected<void, Error> write(const QString &name, const SecureBuffer &value, int timeoutMs = 20000);
    std::expected<SecureBuffer, Error> read(const QString &name, int timeoutMs = 20000);
    std::expected<void, Error> remove(const QString &name, int timeoutMs = 20000);

private:
    QString m_projectId;
    QString m_envFileName;
};

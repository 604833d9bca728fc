#pragma once

#include <QCoreApplication>

#include "core/secret/SecureBuffer.h"
#include "core/store/KeychainStore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <expected>
#include <optional>

/// What the last `envsmith sync` wrote for each variable, so that a later sync can tell an update (the
/// local value is still what the last sync wrote; the vault changed) from a conflict (the local value was
/// changed since, and differs from the vault's).
///
/// Why a keyed hash and not a copy: the state records, per project service and variable, only
/// HMAC-SHA256(key, UTF-8 name || 0x00 || value) (libsodium crypto_auth_hmacsha256, 32 bytes) plus the
/// time and the vault entry it came from. The 32-byte random key is per project and kept in the OS
/// keychain (entry keyEntryName() of the project's KeychainStore; not in the KeychainIndex, so restore
/// never writes it to `.env`). So no value, and no second copy of a value, is ever written: the state
/// file alone cannot confirm a guessed value, not even a short one, without the keychain key; and the
/// keychain holds each value once, as setup stores it. Without the keychain there is no key: a sync then
/// cannot tell updates from conflicts, and says so.
///
/// The file is JSON, QStandardPaths::AppDataLocation/vault-sync.json, written atomically with mode 0600:
/// {"version": 1, "services": {"envsmith/<id>": {"NAME": {"hmac": base64, "synced": ISO-8601 UTC,
/// "source": "item / field"}}}}.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncState)

public:
    struct Record
    {
        /// HMAC-SHA256 of the value the sync wrote (32 bytes).
        QByteArray fingerprint;
        QDateTime synced;
        /// The vault entry it came from, in words (item / field); never a value.
        QString source;
    };

    /// Loads @p filePath (defaultPath() when empty). A missing file is an empty state; a damaged one is an
    /// error that names the file and says to move it away.
    static std::expected<SyncState, QString> load(const QString &filePath = {});
    static QString defaultPath();

    std::optional<Record> record(const QString &service, const QString &name) const;
    void setRecord(const QString &service, const QString &name, const Record &record);
    void remove(const QString &service, const QString &name);
    /// Writes the file (folder created), atomically, mode 0600.
    std::expected<void, QString> save() const;

    /// The keychain entry name of a project's fingerprint key (not a valid dotenv key, so it never
    /// collides with a variable).
    static QString keyEntryName();
    /// The project's fingerprint key from @p store; when there is none and @p create is true, 32 random
    /// bytes are made and stored first. Errors are KeychainStore's (NotFound when absent and !create).
    static std::expected<SecureBuffer, KeychainStore::Error> key(KeychainStore &store, bool create);
    /// HMAC-SHA256(@p key, UTF-8 @p name || 0x00 || @p value): 32 bytes.
    static QByteArray fingerprint(const SecureBuffer &key, const QString &name, QByteArrayView value);

private:
    QString m_path;
    QHash<QString, QHash<QString, Record>> m_services;
};

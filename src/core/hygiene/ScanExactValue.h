#pragma once

#include "core/secret/SecureBuffer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <expected>
#include <vector>

/// A value this developer holds for the project (from `.env` or the keychain) that SecretScanner looks
/// for literally, in raw, base64, hex and URL-encoded forms. The value stays in guarded memory.
struct ScanExactValue
{
    Q_DECLARE_TR_FUNCTIONS(ScanExactValue)

public:
    /// The variable name (shown in findings; never the value).
    QString name;
    /// Where the value came from, e.g. `.env` or `keychain` (shown in findings).
    QString origin;
    SecureBuffer value;
    /// The env file the value was read from, relative to the repository's top folder (empty for the
    /// keychain). The value standing in that file is not a leak, so that file is not searched for it.
    QString sourceFile;

    /// Whether @p value is worth searching for: at least 8 bytes and not only digits, and either @p name
    /// looks like a secret's name (PASSWORD, SECRET, TOKEN, KEY, AUTH, CREDENTIAL, PRIVATE, SALT, DSN,
    /// DATABASE_URL, ...) or the value's Shannon entropy is at least 3.5 bits per byte. Plain settings
    /// (`PORT=3000`, `NODE_ENV=development`) would only produce noise.
    static bool worthMatching(const QString &name, QByteArrayView value);
    /// The values of the env file at @p path as the npm dotenv reader reads them (DotenvDocument), each
    /// named by its key with origin @p origin (the file's path relative to the repository's top folder,
    /// also its sourceFile), keeping only those worthMatching() accepts. An absent file
    /// gives no values; an unreadable or unparsable one an error naming the file and line (never a value).
    /// The file's bytes and parsed copies are wiped once the values are in guarded memory.
    static std::expected<std::vector<ScanExactValue>, QString> fromEnvFile(const QString &path,
                                                                           const QString &origin);
};

#pragma once

#include <QString>

/// Why a vault export could not be read. message() is translated, names the file, the item or the line
/// and says what to do; it never contains a field value or the password.
struct VaultError
{
    enum class Kind {
        Unreadable,        ///< missing, a folder, no permission, I/O error
        UnknownFormat,     ///< not one of VaultFormat
        Corrupt,           ///< malformed JSON/CSV/zip, missing required members
        PasswordRequired,  ///< password-protected and no password given
        WrongPassword,     ///< the validation MAC does not match: the password is wrong
        Tampered,          ///< the password is right but the data MAC does not match: the file was changed
        KdfOutOfBounds,    ///< KDF parameters outside the accepted bounds (a hostile or broken file)
        AccountRestricted, ///< a Bitwarden account-restricted export: cannot be opened offline
        TooLarge,          ///< over a size cap (file, zip entry, entry count, compression ratio)
        Cancelled,         ///< VaultReadOptions::cancel was set
    };
    Kind kind = Kind::Corrupt;
    QString message;
};

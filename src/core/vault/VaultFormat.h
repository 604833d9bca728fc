#pragma once

#include <QString>

/// The vault export formats Envsmith reads (research/vault-formats.md; DESIGN.md section 8).
enum class VaultFormat {
    Unknown,
    BitwardenJson,              ///< Bitwarden JSON, `encrypted: false` (personal or organisation).
    BitwardenPasswordProtected, ///< Bitwarden JSON, `encrypted: true, passwordProtected: true`.
    BitwardenAccountRestricted, ///< Bitwarden JSON, `encrypted: true` without a password: refused.
    BitwardenCsv,               ///< Bitwarden CSV (personal or organisation header).
    OnePassword1Pux,            ///< 1Password 8 1PUX: a zip with export.data (JSON) and files/.
    OnePassword1Pif,            ///< 1Password 4-7 1PIF: `***5642bee8-...***`-separated JSON objects.
    OnePasswordCsv,             ///< 1Password 8 CSV export.
};

/// A short, translated name of @p format for messages ("Bitwarden JSON export").
QString vaultFormatName(VaultFormat format);

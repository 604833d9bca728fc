#pragma once

#include "core/vault/VaultError.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultReadOptions.h"

#include <QByteArrayView>
#include <expected>

/// Bitwarden JSON exports: plain (personal folders, organisation collections), password-protected
/// (PBKDF2-SHA256 or Argon2id, HKDF-Expand, AES-256-CBC, HMAC-SHA256 verified in constant time before
/// decrypting; KDF parameters bounded before deriving) and account-restricted (refused with re-export
/// steps). Format per bitwarden/clients, research/vault-formats.md section 1.
class BitwardenJsonReader
{
public:
    /// Reads the whole file content @p data. The result's format and fileName are set.
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

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
///
/// Items in the trash (`deletedDate` set) are left out; `archivedDate` sets VaultItem::archived. Folders:
/// the item's folder name (personal export) or its collection names (organisation export). Field names are
/// the export's member names: login "username" (Username), "password" (Password), "totp" (Totp), one "uri"
/// (Url) per URI; card, identity and sshKey members ("number", "code", "privateKey", ...) as Other; custom
/// fields under their own name (0 Text, 1 Hidden, 2 Boolean "true"/"false", 3 Linked whose value is the
/// name of the field it shows, e.g. "password"); "notes" (Note) last. Empty and null built-in values give
/// no field; password history and passkeys are not read. A malformed item is skipped with a warning.
/// Progress: 0-2 envelope, 2-80 KDF (one blocking call: cancel is checked before and after it), 80-90
/// MAC checks, decryption and JSON parsing, 90-100 items (10-100 for a plain export).
class BitwardenJsonReader
{
public:
    /// Reads the whole file content @p data. The result's format and fileName are set.
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

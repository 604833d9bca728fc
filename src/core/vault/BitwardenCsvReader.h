#pragma once

#include "core/vault/VaultError.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultReadOptions.h"

#include <QByteArrayView>
#include <expected>

/// Bitwarden CSV exports (personal and organisation headers), research/vault-formats.md section 1.5.
/// Parsed with libcsv in strict RFC 4180 mode (quoted newlines, doubled quotes, CRLF or LF, a UTF-8 BOM);
/// a file that is not UTF-8 is read as Latin-1 with a warning. Columns are found by header name.
/// Field names as in BitwardenJsonReader: "username", "password", "totp", one "uri" per comma-separated
/// login_uri entry, "notes"; the `fields` cell's "name: value" lines become Text fields (a CSV does not
/// keep field types; a line without ": " continues the value before it, so multi-line values survive).
/// Type "note" gives kind "securenote", anything else "login". Always warns that CSV loses field types
/// and leaves out cards, identities and SSH keys. Errors name the line, never a value.
class BitwardenCsvReader
{
public:
    /// Reads the whole file content @p data. The result's format and fileName are set.
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

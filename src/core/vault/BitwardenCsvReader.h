#pragma once

#include "core/vault/VaultError.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultReadOptions.h"

#include <QByteArrayView>
#include <expected>

/// Bitwarden CSV exports (personal and organisation headers), research/vault-formats.md section 1.5.
/// Parsed with libcsv.
class BitwardenCsvReader
{
public:
    /// Reads the whole file content @p data. The result's format and fileName are set.
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

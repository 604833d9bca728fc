#pragma once

#include "core/vault/VaultError.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultReadOptions.h"

#include <QByteArrayView>
#include <expected>

/// 1Password 8 1PUX exports: a zip (libzip) holding export.data (JSON: accounts > vaults > items).
/// Caps on entry size, entry count and compression ratio. research/vault-formats.md section 2.1.
class OnePuxReader
{
public:
    /// Reads the whole file content @p data. The result's format and fileName are set.
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

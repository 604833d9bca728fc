#pragma once

#include "core/vault/VaultError.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultReadOptions.h"

#include <QByteArrayView>
#include <expected>

/// 1Password 4-7 1PIF exports: JSON objects separated by `***5642bee8-a5ff-11dc-8314-0800200c9a66***`
/// lines. research/vault-formats.md section 2.3.
class OnePifReader
{
public:
    /// Reads the whole file content @p data. The result's format and fileName are set.
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

#pragma once

#include "core/vault/VaultError.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultReadOptions.h"

#include <QByteArrayView>
#include <QString>
#include <expected>

/// Opens any supported export file: detects the format from the content (not the name alone) and calls
/// the matching reader. Blocking (the KDF can take seconds): call it off the GUI thread. Files over
/// maxFileSize bytes are refused (VaultError::Kind::TooLarge).
class VaultReader
{
public:
    static constexpr qint64 maxFileSize = 256LL * 1024 * 1024;

    /// The format of @p data (the whole file or at least its first 64 KiB); @p fileName is a hint only.
    static VaultFormat detect(QByteArrayView data, const QString &fileName = {});
    /// Reads @p path. Errors: every VaultError::Kind.
    static std::expected<VaultExport, VaultError> read(const QString &path,
                                                       const VaultReadOptions &options = {});
    /// Reads an export already in memory (fuzzing, tests).
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

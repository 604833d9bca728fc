#pragma once

#include "core/vault/VaultError.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultReadOptions.h"

#include <QByteArrayView>
#include <expected>

/// 1Password 8 1PUX exports: a zip (libzip) holding export.data (JSON: accounts > vaults > items).
/// Caps on entry size, entry count and compression ratio. research/vault-formats.md section 2.1.
///
/// Each item gives a VaultItem (vault = the vault's name, tags = overview.tags, archived = state
/// "archived"); trashed items are left out. Fields: login fields by designation ("username", "password"),
/// details.password, section fields (section = the section's title, name = the field's title or its id),
/// overview.url ("website") and notesPlain ("notes"); see OnePasswordFields. Attachments (files/) are not
/// read. Caps are checked from the zip's directory before anything is inflated, and inflating stops at the
/// cap whatever the directory says (VaultError::Kind::TooLarge).
class OnePuxReader
{
public:
    /// The most entries (files and folders) a 1PUX zip may hold.
    static constexpr qint64 maxEntries = 20000;
    /// The largest export.data, uncompressed, in bytes.
    static constexpr qint64 maxDataSize = 64LL * 1024 * 1024;
    /// The highest uncompressed:compressed ratio of export.data (checked when it is over ratioFloor bytes).
    static constexpr qint64 maxCompressionRatio = 100;
    static constexpr qint64 ratioFloor = 64 * 1024;

    /// True when @p data is a 1PUX export.data taken out of its zip: a JSON object whose first key is
    /// "accounts" (UTF-8 BOM and white space allowed).
    static bool isExportData(QByteArrayView data);

    /// Reads the whole file content @p data: the 1PUX zip, or its export.data alone (isExportData()).
    /// The result's format and fileName are set.
    static std::expected<VaultExport, VaultError> read(QByteArrayView data, const QString &fileName,
                                                       const VaultReadOptions &options = {});
};

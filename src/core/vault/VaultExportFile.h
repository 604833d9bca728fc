#pragma once

#include "core/vault/VaultFormat.h"

#include <QCoreApplication>
#include <QString>

#include <expected>

/// Handling of the export file itself, which is a secret when it is not encrypted (DESIGN.md section 8:
/// "offer to delete it when done").
class VaultExportFile
{
    Q_DECLARE_TR_FUNCTIONS(VaultExportFile)

public:
    /// True for formats that hold every value in plain text (all but Bitwarden's password-protected and
    /// account-restricted JSON).
    static bool isPlaintext(VaultFormat format);
    /// Deletes the export at @p path: a file, or a 1PIF folder (only when its name ends in `.1pif`).
    /// The error says what could not be deleted and that the user should delete it.
    static std::expected<void, QString> remove(const QString &path);
};

#pragma once

#include "core/vault/VaultFormat.h"
#include "core/vault/VaultItem.h"

#include <QString>
#include <vector>

/// The items read from one export file. Move-only.
struct VaultExport
{
    VaultFormat format = VaultFormat::Unknown;
    /// The file it was read from (for messages).
    QString fileName;
    std::vector<VaultItem> items;

    /// Every folder, collection, vault and tag name that occurs, sorted, without duplicates: the scopes the
    /// user can pick for matching by convention.
    QStringList scopes() const;
};

#pragma once

#include "core/vault/VaultFormat.h"
#include "core/vault/VaultItem.h"

#include <QString>
#include <QStringList>
#include <vector>

/// The items read from one export file. Move-only.
struct VaultExport
{
    VaultFormat format = VaultFormat::Unknown;
    /// The file it was read from (for messages).
    QString fileName;
    std::vector<VaultItem> items;
    /// Translated notes about what was read but left out (an item or field the reader could not use), each
    /// naming the item and field, never a value. Empty when nothing was dropped.
    QStringList warnings;

    /// Every folder, collection, vault and tag name that occurs, sorted, without duplicates: the scopes the
    /// user can pick for matching by convention.
    QStringList scopes() const;
};

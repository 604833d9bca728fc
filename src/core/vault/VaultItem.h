#pragma once

#include "core/vault/VaultField.h"

#include <QString>
#include <QStringList>
#include <vector>

/// One item (Bitwarden cipher, 1Password item) of a vault export. Move-only (its fields hold secrets).
struct VaultItem
{
    /// The item's id in the export (Bitwarden `id`, 1Password `uuid`); may be empty (CSV).
    QString id;
    QString title;
    /// The item type as the export names it, lower case: "login", "securenote", "card", "identity",
    /// "sshkey", "password", "apicredential", "database", ...
    QString kind;
    /// The 1Password vault the item is in; empty for Bitwarden.
    QString vault;
    /// Bitwarden folder name (personal) and collection names (organisation), 1Password tags are in tags.
    QStringList folders;
    QStringList tags;
    std::vector<VaultField> fields;
    /// 1Password `state: "archived"` (1PUX) or the CSV Archived column: the item is kept in the export but
    /// archived in the vault (the 1Password CLI does not resolve archived items). Trashed items are never
    /// read at all.
    bool archived = false;

    /// The first field whose name equals @p name case-insensitively (and whose section equals @p section
    /// when it is not empty); nullptr when none.
    const VaultField *field(QStringView name, QStringView section = {}) const;
    VaultItem clone() const;
};

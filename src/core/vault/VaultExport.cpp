#include "core/vault/VaultExport.h"

QStringList VaultExport::scopes() const
{
    QStringList names;
    for (const VaultItem &item : items) {
        if (!item.vault.isEmpty()) {
            names.append(item.vault);
        }
        names.append(item.folders);
        names.append(item.tags);
    }
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

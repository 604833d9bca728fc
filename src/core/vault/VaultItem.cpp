#include "core/vault/VaultItem.h"

const VaultField *VaultItem::field(QStringView name, QStringView section) const
{
    for (const VaultField &candidate : fields) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (!section.isEmpty() && candidate.section.compare(section, Qt::CaseInsensitive) != 0) {
            continue;
        }
        return &candidate;
    }
    return nullptr;
}

VaultItem VaultItem::clone() const
{
    VaultItem copy;
    copy.id = id;
    copy.title = title;
    copy.kind = kind;
    copy.vault = vault;
    copy.folders = folders;
    copy.tags = tags;
    copy.archived = archived;
    copy.fields.reserve(fields.size());
    for (const VaultField &field : fields) {
        copy.fields.push_back(field.clone());
    }
    return copy;
}

#include "core/vault/VaultField.h"

VaultField VaultField::clone() const
{
    VaultField copy;
    copy.name = name;
    copy.section = section;
    copy.type = type;
    copy.value = value.clone();
    return copy;
}

#pragma once

#include "core/secret/SecureBuffer.h"

#include <QString>

/// One field of a vault item: a login's username or password, a custom field, a 1Password section field.
/// Move-only, because the value is a secret (SecureBuffer, UTF-8).
struct VaultField
{
    enum class Type {
        Text,     ///< plain text (Bitwarden custom type 0, 1Password "string")
        Hidden,   ///< concealed (Bitwarden custom type 1, 1Password "concealed")
        Boolean,  ///< Bitwarden custom type 2 ("true"/"false")
        Linked,   ///< Bitwarden custom type 3: the value names another field (linkedId), not a secret
        Username, ///< the login's username
        Password, ///< the login's password
        Url,      ///< a login URI or URL field
        Totp,     ///< a TOTP seed or otpauth:// URI
        Note,     ///< the item's notes
        Other,    ///< card, identity, SSH key and other typed fields
    };

    /// The field's name or label exactly as in the export ("password", "API_KEY", a 1Password label).
    QString name;
    /// The 1Password section title the field is in; empty for Bitwarden and for fields outside sections.
    QString section;
    Type type = Type::Text;
    SecureBuffer value;

    VaultField clone() const;
};

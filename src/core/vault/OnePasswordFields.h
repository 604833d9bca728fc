#pragma once

#include "core/secret/SecureBuffer.h"
#include "core/vault/VaultField.h"
#include "core/vault/VaultItem.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>
#include <optional>

/// What the 1PUX and 1PIF readers share: 1Password item categories, field kinds and value shapes mapped to
/// the VaultItem model (research/vault-formats.md sections 2.1 and 2.3).
class OnePasswordFields
{
public:
    /// The VaultItem::kind of a 1Password category code ("001" -> "login", "112" -> "apicredential");
    /// unknown codes (1Password keeps adding them) are returned as they are.
    static QString kindFromCategory(const QString &categoryUuid);
    /// The VaultItem::kind of a 1PIF typeName ("webforms.WebForm" -> "login"); unknown names give their
    /// last dot-separated part, lower case.
    static QString kindFromTypeName(const QString &typeName);
    /// The field type of a section field's value kind ("concealed" -> Hidden, "string" -> Text, "url",
    /// "totp"); every other kind (email, phone, menu, date, address, sshKey, card fields) is Other.
    static VaultField::Type typeFromValueKind(QStringView kind);
    /// A field value as UTF-8: strings as they are, integers as decimal text, null as empty, booleans as
    /// "true"/"false", email objects as their address, SSH key objects as the private key, address objects
    /// as their non-empty parts joined by ", ". nullopt for arrays and unknown objects.
    static std::optional<SecureBuffer> valueText(const QJsonValue &value);
    /// Adds the fields of a 1PUX `details` or 1PIF `secureContents`/`details` object to @p item: login
    /// fields (`loginFields` or `fields`; designation username/password give Username/Password fields
    /// named "username"/"password"), `password`, section fields (1PUX `{title, id, value: {kind: v}}` and
    /// 1PIF `{k, n, v, t}`; the field's name is its title, or its id when the title is empty) and
    /// `notesPlain` (a Note named "notes"). Fields whose value cannot be read are left out with a line in
    /// @p warnings (naming @p fileName, the item and the field, never the value).
    static void addDetails(const QJsonObject &details, VaultItem &item, const QString &fileName,
                           QStringList &warnings);
    /// Adds a Url field named "website" holding @p url unless it is empty.
    static void addWebsite(const QString &url, VaultItem &item);
    /// The strings of a JSON array (tags); other elements are ignored.
    static QStringList strings(const QJsonValue &array);
};

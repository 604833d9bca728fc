#pragma once

#include "core/vault/VaultExport.h"

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

/// Builds VaultExport objects in code for the matcher and sync tests (no reader involved). Header-only,
/// because envsmith_testsupport does not link the vault layer; the tests that include it do.
namespace VaultFixture {

inline VaultField field(const QString &name, const QByteArray &value,
                        VaultField::Type type = VaultField::Type::Hidden, const QString &section = {})
{
    VaultField result;
    result.name = name;
    result.section = section;
    result.type = type;
    result.value = SecureBuffer::fromBytes(value);
    return result;
}

/// An item; @p places are Bitwarden folders/collections (for 1Password items set vault afterwards).
inline VaultItem item(const QString &title, std::initializer_list<std::pair<QString, QByteArray>> fields,
                      const QStringList &places = {}, const QString &kind = QStringLiteral("login"))
{
    VaultItem result;
    result.id = QStringLiteral("id-") + title.toLower().replace(u' ', u'-');
    result.title = title;
    result.kind = kind;
    result.folders = places;
    for (const auto &[name, value] : fields) {
        VaultField::Type type = VaultField::Type::Hidden;
        if (name == QStringLiteral("password")) {
            type = VaultField::Type::Password;
        } else if (name == QStringLiteral("username")) {
            type = VaultField::Type::Username;
        } else if (name == QStringLiteral("notes")) {
            type = VaultField::Type::Note;
        }
        result.fields.push_back(field(name, value, type));
    }
    return result;
}

/// An empty Bitwarden-JSON-like export named team.json; push items into its `items`.
inline VaultExport emptyVault()
{
    VaultExport result;
    result.format = VaultFormat::BitwardenJson;
    result.fileName = QStringLiteral("team.json");
    return result;
}

} // namespace VaultFixture

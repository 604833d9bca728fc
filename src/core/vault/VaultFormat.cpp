#include "core/vault/VaultFormat.h"

#include <QCoreApplication>

QString vaultFormatName(VaultFormat format)
{
    switch (format) {
    case VaultFormat::BitwardenJson:
        return QCoreApplication::translate("VaultFormat", "Bitwarden JSON export");
    case VaultFormat::BitwardenPasswordProtected:
        return QCoreApplication::translate("VaultFormat", "Bitwarden password-protected JSON export");
    case VaultFormat::BitwardenAccountRestricted:
        return QCoreApplication::translate("VaultFormat", "Bitwarden account-restricted export");
    case VaultFormat::BitwardenCsv:
        return QCoreApplication::translate("VaultFormat", "Bitwarden CSV export");
    case VaultFormat::OnePassword1Pux:
        return QCoreApplication::translate("VaultFormat", "1Password 1PUX export");
    case VaultFormat::OnePassword1Pif:
        return QCoreApplication::translate("VaultFormat", "1Password 1PIF export");
    case VaultFormat::OnePasswordCsv:
        return QCoreApplication::translate("VaultFormat", "1Password CSV export");
    case VaultFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("VaultFormat", "unknown format");
}

#include "core/vault/VaultExportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool VaultExportFile::isPlaintext(VaultFormat format)
{
    switch (format) {
    case VaultFormat::BitwardenPasswordProtected:
    case VaultFormat::BitwardenAccountRestricted:
    case VaultFormat::Unknown:
        return false;
    case VaultFormat::BitwardenJson:
    case VaultFormat::BitwardenCsv:
    case VaultFormat::OnePassword1Pux:
    case VaultFormat::OnePassword1Pif:
    case VaultFormat::OnePasswordCsv:
        return true;
    }
    return false;
}

std::expected<void, QString> VaultExportFile::remove(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    bool removed = false;
    if (info.isDir() && !info.isSymLink()) {
        removed =
            path.endsWith(QStringLiteral(".1pif"), Qt::CaseInsensitive) && QDir(path).removeRecursively();
    } else {
        removed = QFile::remove(path);
    }
    if (!removed) {
        return std::unexpected(tr("Could not delete %1. Delete it yourself: it holds the export's secrets in "
                                  "plain text.")
                                   .arg(shown));
    }
    return {};
}

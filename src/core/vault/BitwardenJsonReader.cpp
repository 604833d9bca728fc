#include "core/vault/BitwardenJsonReader.h"

#include <QCoreApplication>

std::expected<VaultExport, VaultError> BitwardenJsonReader::read(QByteArrayView, const QString &fileName,
                                                                 const VaultReadOptions &)
{
    return std::unexpected(VaultError{
        VaultError::Kind::UnknownFormat,
        QCoreApplication::translate("BitwardenJsonReader", "%1: this export format is not supported yet.")
            .arg(fileName)});
}

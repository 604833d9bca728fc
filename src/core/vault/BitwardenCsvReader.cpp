#include "core/vault/BitwardenCsvReader.h"

#include <QCoreApplication>

std::expected<VaultExport, VaultError> BitwardenCsvReader::read(QByteArrayView, const QString &fileName,
                                                                const VaultReadOptions &)
{
    return std::unexpected(VaultError{
        VaultError::Kind::UnknownFormat,
        QCoreApplication::translate("BitwardenCsvReader", "%1: this export format is not supported yet.")
            .arg(fileName)});
}

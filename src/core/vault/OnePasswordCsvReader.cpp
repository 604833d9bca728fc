#include "core/vault/OnePasswordCsvReader.h"

#include <QCoreApplication>

std::expected<VaultExport, VaultError> OnePasswordCsvReader::read(QByteArrayView, const QString &fileName,
                                                                  const VaultReadOptions &)
{
    return std::unexpected(VaultError{
        VaultError::Kind::UnknownFormat,
        QCoreApplication::translate("OnePasswordCsvReader", "%1: this export format is not supported yet.")
            .arg(fileName)});
}

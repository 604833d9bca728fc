#include "core/vault/OnePuxReader.h"

#include <QCoreApplication>

std::expected<VaultExport, VaultError> OnePuxReader::read(QByteArrayView, const QString &fileName,
                                                          const VaultReadOptions &)
{
    return std::unexpected(
        VaultError{VaultError::Kind::UnknownFormat,
                   QCoreApplication::translate("OnePuxReader", "%1: this export format is not supported yet.")
                       .arg(fileName)});
}

#include "core/vault/OnePifReader.h"

#include <QCoreApplication>

std::expected<VaultExport, VaultError> OnePifReader::read(QByteArrayView, const QString &fileName,
                                                          const VaultReadOptions &)
{
    return std::unexpected(
        VaultError{VaultError::Kind::UnknownFormat,
                   QCoreApplication::translate("OnePifReader", "%1: this export format is not supported yet.")
                       .arg(fileName)});
}

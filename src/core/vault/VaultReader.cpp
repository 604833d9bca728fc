#include "core/vault/VaultReader.h"

#include "core/vault/BitwardenCsvReader.h"
#include "core/vault/BitwardenJsonReader.h"
#include "core/vault/OnePasswordCsvReader.h"
#include "core/vault/OnePifReader.h"
#include "core/vault/OnePuxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VaultReader", text);
}

QByteArrayView withoutBom(QByteArrayView data)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data = data.sliced(3);
    }
    return data;
}

QByteArrayView firstLine(QByteArrayView data)
{
    const qsizetype end = data.indexOf('\n');
    QByteArrayView line = end < 0 ? data : data.first(end);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

/// True when @p json has a member @p quotedName (with its quotes) whose value is `true`, with any
/// whitespace around the colon.
bool memberIsTrue(QByteArrayView json, QByteArrayView quotedName)
{
    qsizetype from = 0;
    while ((from = json.indexOf(quotedName, from)) >= 0) {
        qsizetype i = from + quotedName.size();
        auto skipSpace = [&] {
            while (i < json.size() &&
                   (json[i] == ' ' || json[i] == '\t' || json[i] == '\n' || json[i] == '\r')) {
                ++i;
            }
        };
        skipSpace();
        if (i < json.size() && json[i] == ':') {
            ++i;
            skipSpace();
            if (json.sliced(i).startsWith("true")) {
                return true;
            }
        }
        from += quotedName.size();
    }
    return false;
}

} // namespace

VaultFormat VaultReader::detect(QByteArrayView data, const QString &fileName)
{
    if (data.startsWith("PK\x03\x04")) {
        return VaultFormat::OnePassword1Pux;
    }
    data = withoutBom(data);
    if (data.contains("***5642bee8-a5ff-11dc-8314-0800200c9a66***")) {
        return VaultFormat::OnePassword1Pif;
    }
    // A 1PUX export.data taken out of its zip (vault-formats.md section 5, step 5).
    if (OnePuxReader::isExportData(data)) {
        return VaultFormat::OnePassword1Pux;
    }
    const QByteArrayView trimmed = data.trimmed();
    if (trimmed.startsWith('{')) {
        // Bitwarden JSON: "encrypted" tells the three kinds apart (vault-formats.md 1.2-1.4). The whole
        // file is searched: a tool that sorts members (`jq -S`) puts "data" before "encrypted".
        if (memberIsTrue(trimmed, "\"encrypted\"")) {
            return memberIsTrue(trimmed, "\"passwordProtected\"") ? VaultFormat::BitwardenPasswordProtected
                                                                  : VaultFormat::BitwardenAccountRestricted;
        }
        if (trimmed.contains("\"items\"") || trimmed.contains("\"folders\"") ||
            trimmed.contains("\"collections\"")) {
            return VaultFormat::BitwardenJson;
        }
        return VaultFormat::Unknown;
    }
    const QByteArrayView header = firstLine(data);
    if (header.startsWith("folder,favorite,type,name,") || header.startsWith("collections,type,name,")) {
        return VaultFormat::BitwardenCsv;
    }
    if (header.startsWith("Title,Url,Username,Password")) {
        return VaultFormat::OnePasswordCsv;
    }
    if (fileName.endsWith(QStringLiteral(".1pux"), Qt::CaseInsensitive)) {
        return VaultFormat::OnePassword1Pux;
    }
    return VaultFormat::Unknown;
}

std::expected<VaultExport, VaultError> VaultReader::read(const QString &path, const VaultReadOptions &options)
{
    QFileInfo info(path);
    QString file = path;
    // A 1PIF export is usually a folder `<name>.1pif/` holding data.1pif.
    if (info.isDir() && QFileInfo(path + QStringLiteral("/data.1pif")).isFile()) {
        file = path + QStringLiteral("/data.1pif");
        info = QFileInfo(file);
    }
    if (!info.exists()) {
        return std::unexpected(
            VaultError{VaultError::Kind::Unreadable,
                       tr("%1 does not exist. Choose the export file you saved.").arg(path)});
    }
    if (!info.isFile()) {
        return std::unexpected(VaultError{VaultError::Kind::Unreadable,
                                          tr("%1 is not a file. Choose the export file itself.").arg(path)});
    }
    if (info.size() > maxFileSize) {
        return std::unexpected(
            VaultError{VaultError::Kind::TooLarge, tr("%1 is larger than %2 MiB, more than any vault export "
                                                      "should be. Check that it is the right file.")
                                                       .arg(path)
                                                       .arg(maxFileSize / (1024 * 1024))});
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            VaultError{VaultError::Kind::Unreadable,
                       tr("Cannot read %1: %2. Check the file's permissions.").arg(path, in.errorString())});
    }
    QByteArray data = in.readAll();
    auto result = read(data, info.fileName(), options);
    data.fill('\0'); // a plain export is itself a secret
    return result;
}

std::expected<VaultExport, VaultError> VaultReader::read(QByteArrayView data, const QString &fileName,
                                                         const VaultReadOptions &options)
{
    switch (detect(data, fileName)) {
    case VaultFormat::BitwardenJson:
    case VaultFormat::BitwardenPasswordProtected:
    case VaultFormat::BitwardenAccountRestricted:
        return BitwardenJsonReader::read(data, fileName, options);
    case VaultFormat::BitwardenCsv:
        return BitwardenCsvReader::read(data, fileName, options);
    case VaultFormat::OnePassword1Pux:
        return OnePuxReader::read(data, fileName, options);
    case VaultFormat::OnePassword1Pif:
        return OnePifReader::read(data, fileName, options);
    case VaultFormat::OnePasswordCsv:
        return OnePasswordCsvReader::read(data, fileName, options);
    case VaultFormat::Unknown:
        break;
    }
    // Say what was found, without a value: nothing, JSON of another kind, or a CSV and its column count (its
    // first line is never shown: without a header it is a data row).
    const QByteArrayView text = withoutBom(data);
    if (text.trimmed().isEmpty()) {
        return std::unexpected(VaultError{
            VaultError::Kind::UnknownFormat,
            (text.isEmpty() ? tr("%1: the file is empty. Export the vault again and choose the new file.")
                            : tr("%1: the file holds only blank space. Export the vault again and choose "
                                 "the new file."))
                .arg(fileName)});
    }
    if (text.trimmed().startsWith('{')) {
        return std::unexpected(VaultError{
            VaultError::Kind::UnknownFormat,
            tr("%1 is JSON, but not a Bitwarden export (it has no \"items\", \"folders\" or \"collections\" "
               "member and is not encrypted). Export from Bitwarden as JSON, or from 1Password as 1PUX.")
                .arg(fileName)});
    }
    const QByteArrayView header = firstLine(text);
    if (fileName.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) || header.count(',') >= 2) {
        return std::unexpected(VaultError{
            VaultError::Kind::UnknownFormat,
            tr("%1: this CSV's header is not a Bitwarden or 1Password export header (its first line has %2 "
               "columns; expected columns such as folder,favorite,type,name,notes,fields,... from Bitwarden "
               "or Title,Url,Username,Password,... from 1Password). Export the vault again as CSV without "
               "editing the file, or as JSON (Bitwarden) or 1PUX (1Password).")
                .arg(fileName, QString::number(header.count(',') + 1))});
    }
    return std::unexpected(
        VaultError{VaultError::Kind::UnknownFormat, tr("%1 is not a vault export Envsmith can read. Export "
                                                       "from Bitwarden as JSON (with a password) or CSV, "
                                                       "or from 1Password as 1PUX, 1PIF or CSV.")
                                                        .arg(fileName)});
}

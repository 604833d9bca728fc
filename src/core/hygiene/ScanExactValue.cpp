#include "core/hygiene/ScanExactValue.h"

#include "core/dotenv/DotenvDocument.h"
#include "core/hygiene/SecretScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMinExactValueBytes = 8;
constexpr double kMinExactValueEntropy = 3.5;
constexpr qint64 kMaxEnvFileBytes = 8 * 1024 * 1024;

void wipe(QByteArray &bytes)
{
    // Wipes the shared buffer itself (not a detached copy): every holder is about to be dropped.
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
}
} // namespace

bool ScanExactValue::worthMatching(const QString &name, QByteArrayView value)
{
    if (value.size() < kMinExactValueBytes)
        return false;
    bool onlyDigits = true;
    for (char c : value)
        onlyDigits = onlyDigits && c >= '0' && c <= '9';
    if (onlyDigits)
        return false;
    static const QRegularExpression secretName(
        u"PASS|PWD|SECRET|TOKEN|KEY|AUTH|CREDENTIAL|PRIVATE|SALT|PEPPER|DSN|DATABASE_URL|SIGNING|COOKIE|"
        u"SESSION|CERT"_s,
        QRegularExpression::CaseInsensitiveOption);
    return secretName.match(name).hasMatch() || SecretScanner::shannonEntropy(value) >= kMinExactValueEntropy;
}

std::expected<std::vector<ScanExactValue>, QString> ScanExactValue::fromEnvFile(const QString &path,
                                                                                const QString &origin)
{
    std::vector<ScanExactValue> out;
    const QFileInfo info(path);
    if (!info.exists())
        return out;
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.isFile())
        return std::unexpected(
            tr("%1 is not a regular file (a folder, a FIFO or a device), so its values are "
               "not searched for. Replace it with your env file.")
                .arg(shown));
    if (info.size() > kMaxEnvFileBytes)
        return std::unexpected(
            tr("%1 is larger than %2 MiB, so its values are not searched for. An env file that large is "
               "probably not one: check what it holds.")
                .arg(shown)
                .arg(kMaxEnvFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read %1 (%2), so its values are not searched for. Check its "
                                  "permissions.")
                                   .arg(shown, file.errorString()));
    QByteArray bytes = file.readAll();
    auto document = DotenvDocument::parse(bytes);
    if (!document) {
        wipe(bytes);
        return std::unexpected(tr("%1 cannot be read as an env file (line %2); its values are not searched "
                                  "for. Run `envsmith lint %1`.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(document.error().line));
    }
    QHash<QString, QByteArray> values = document->resolvedValues();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (worthMatching(it.key(), it.value()))
            out.push_back(ScanExactValue{it.key(), origin, SecureBuffer::fromBytes(it.value()), origin});
        wipe(it.value());
    }
    wipe(bytes);
    return out;
}

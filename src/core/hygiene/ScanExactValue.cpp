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
    QFile file(path);
    if (!info.isFile() || info.size() > kMaxEnvFileBytes || !file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("Cannot read %1 to look for its values. Check its permissions.")
                                   .arg(QDir::toNativeSeparators(path)));
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

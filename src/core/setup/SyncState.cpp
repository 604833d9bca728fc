#include "core/setup/SyncState.h"

#include "core/store/EnvFileWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormatVersion = 1;
constexpr qsizetype kKeyBytes = 32;

} // namespace

QString SyncState::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/vault-sync.json"_s;
}

std::expected<SyncState, QString> SyncState::load(const QString &filePath)
{
    SyncState state;
    state.m_path = filePath.isEmpty() ? defaultPath() : filePath;
    QFile file(state.m_path);
    if (!file.exists()) {
        return state;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("Cannot read the vault sync record %1 (%2). Check its permissions.")
                                   .arg(QDir::toNativeSeparators(state.m_path), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value("version"_L1).toInt() != kFormatVersion || !root.value("services"_L1).isObject()) {
        return std::unexpected(tr("The vault sync record %1 is damaged or from a newer Envsmith. Move it "
                                  "away; the next sync then treats every differing local value as a "
                                  "conflict once.")
                                   .arg(QDir::toNativeSeparators(state.m_path)));
    }
    const QJsonObject services = root.value("services"_L1).toObject();
    for (auto s = services.begin(); s != services.end(); ++s) {
        const QJsonObject names = s.value().toObject();
        QHash<QString, Record> &records = state.m_services[s.key()];
        for (auto n = names.begin(); n != names.end(); ++n) {
            const QJsonObject record = n.value().toObject();
            auto hmac = QByteArray::fromBase64Encoding(record.value("hmac"_L1).toString().toLatin1(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
            if (!hmac || hmac.decoded.size() != crypto_auth_hmacsha256_BYTES) {
                continue; // an unusable record is no record: the variable counts as never synced
            }
            records.insert(n.key(), Record{hmac.decoded,
                                           QDateTime::fromString(record.value("synced"_L1).toString(),
                                                                 Qt::ISODateWithMs),
                                           record.value("source"_L1).toString()});
        }
    }
    return state;
}

std::optional<SyncState::Record> SyncState::record(const QString &service, const QString &name) const
{
    const auto s = m_services.constFind(service);
    if (s == m_services.constEnd()) {
        return std::nullopt;
    }
    const auto r = s->constFind(name);
    if (r == s->constEnd()) {
        return std::nullopt;
    }
    return *r;
}

void SyncState::setRecord(const QString &service, const QString &name, const Record &record)
{
    m_services[service].insert(name, record);
}

void SyncState::remove(const QString &service, const QString &name)
{
    auto s = m_services.find(service);
    if (s == m_services.end()) {
        return;
    }
    s->remove(name);
    if (s->isEmpty()) {
        m_services.erase(s);
    }
}

std::expected<void, QString> SyncState::save() const
{
    QJsonObject services;
    for (auto s = m_services.cbegin(); s != m_services.cend(); ++s) {
        QJsonObject names;
        for (auto r = s->cbegin(); r != s->cend(); ++r) {
            names.insert(r.key(), QJsonObject{{"hmac"_L1, QString::fromLatin1(r->fingerprint.toBase64())},
                                              {"synced"_L1, r->synced.toUTC().toString(Qt::ISODateWithMs)},
                                              {"source"_L1, r->source}});
        }
        services.insert(s.key(), names);
    }
    const QJsonObject root{{"version"_L1, kFormatVersion}, {"services"_L1, services}};
    const QString path = m_path.isEmpty() ? defaultPath() : m_path;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return std::unexpected(tr("Cannot create the folder %1 for the vault sync record. Check its "
                                  "permissions.")
                                   .arg(QDir::toNativeSeparators(folder)));
    }
    EnvFileWriter::Options options;
    options.backupExisting = false;
    if (auto written =
            EnvFileWriter::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented), options);
        !written) {
        return std::unexpected(written.error());
    }
    return {};
}

QString SyncState::keyEntryName()
{
    return u":vault-sync-key"_s;
}

std::expected<SecureBuffer, KeychainStore::Error> SyncState::key(KeychainStore &store, bool create)
{
    auto existing = store.read(keyEntryName());
    if (existing && existing->size() == kKeyBytes) {
        return std::move(*existing);
    }
    if (!existing && existing.error().kind != KeychainStore::ErrorKind::NotFound) {
        return std::unexpected(existing.error());
    }
    if (!create) {
        return std::unexpected(KeychainStore::Error{KeychainStore::ErrorKind::NotFound, {}});
    }
    SecureBuffer fresh(kKeyBytes);
    randombytes_buf(fresh.data(), std::size_t(fresh.size()));
    if (auto written = store.write(keyEntryName(), fresh); !written) {
        return std::unexpected(written.error());
    }
    return fresh;
}

QByteArray SyncState::fingerprint(const SecureBuffer &key, const QString &name, QByteArrayView value)
{
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()),
                                std::size_t(key.size()));
    const QByteArray nameBytes = name.toUtf8();
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(nameBytes.constData()),
                                  std::size_t(nameBytes.size()) + 1); // with the terminating 0x00
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(value.data()),
                                  std::size_t(value.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

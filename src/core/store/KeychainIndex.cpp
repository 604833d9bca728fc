#include "core/store/KeychainIndex.h"

#include "core/store/EnvFileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

// File format (version 1), names and times only:
// {"version": 1, "services": {"envsmith/<id>": {"NAME": {"created": ISO-8601 UTC, "rotated": ... }}}}

namespace {

constexpr int kFormatVersion = 1;

QString toIso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString KeychainIndex::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/keychain-index.json"_s;
}

std::expected<KeychainIndex, QString> KeychainIndex::load(const QString &filePath)
{
    KeychainIndex index;
    index.m_path = filePath.isEmpty() ? defaultPath() : filePath;
    QFile file(index.m_path);
    if (!file.exists())
        return index;
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            QCoreApplication::translate("KeychainIndex", "Cannot read the keychain index %1 (%2). Check its "
                                                         "permissions.")
                .arg(QDir::toNativeSeparators(index.m_path), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value("version"_L1).toInt() != kFormatVersion || !root.value("services"_L1).isObject()) {
        return std::unexpected(
            QCoreApplication::translate("KeychainIndex", "The keychain index %1 is damaged or from a newer "
                                                         "Envsmith. Move it away (Envsmith then starts a new "
                                                         "one; the keychain entries are not affected).")
                .arg(QDir::toNativeSeparators(index.m_path)));
    }
    const QJsonObject services = root.value("services"_L1).toObject();
    for (auto s = services.begin(); s != services.end(); ++s) {
        const QJsonObject names = s.value().toObject();
        QHash<QString, Record> &records = index.m_services[s.key()];
        for (auto n = names.begin(); n != names.end(); ++n) {
            const QJsonObject record = n.value().toObject();
            records.insert(n.key(),
                           Record{fromIso(record.value("created"_L1)), fromIso(record.value("rotated"_L1))});
        }
    }
    return index;
}

QStringList KeychainIndex::names(const QString &service) const
{
    QStringList result = m_services.value(service).keys();
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<KeychainIndex::Record> KeychainIndex::record(const QString &service, const QString &name) const
{
    const auto s = m_services.constFind(service);
    if (s == m_services.constEnd())
        return std::nullopt;
    const auto r = s->constFind(name);
    if (r == s->constEnd())
        return std::nullopt;
    return *r;
}

void KeychainIndex::touch(const QString &service, const QString &name, bool rotated)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, Record> &records = m_services[service];
    auto it = records.find(name);
    if (it == records.end()) {
        records.insert(name, Record{now, {}});
        return;
    }
    if (!it->created.isValid())
        it->created = now;
    if (rotated)
        it->rotated = now;
}

void KeychainIndex::remove(const QString &service, const QString &name)
{
    auto s = m_services.find(service);
    if (s == m_services.end())
        return;
    s->remove(name);
    if (s->isEmpty())
        m_services.erase(s);
}

std::expected<void, QString> KeychainIndex::save() const
{
    QJsonObject services;
    for (auto s = m_services.cbegin(); s != m_services.cend(); ++s) {
        QJsonObject names;
        for (auto r = s->cbegin(); r != s->cend(); ++r) {
            QJsonObject record{{"created"_L1, toIso(r->created)}};
            if (r->rotated.isValid())
                record.insert("rotated"_L1, toIso(r->rotated));
            names.insert(r.key(), record);
        }
        services.insert(s.key(), names);
    }
    const QJsonObject root{{"version"_L1, kFormatVersion}, {"services"_L1, services}};
    const QString path = m_path.isEmpty() ? defaultPath() : m_path;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return std::unexpected(QCoreApplication::translate(
                                   "KeychainIndex", "Cannot create the folder %1 for the keychain index. "
                                                    "Check its permissions.")
                                   .arg(QDir::toNativeSeparators(folder)));
    }
    EnvFileWriter::Options options;
    options.backupExisting = false;
    const auto written =
        EnvFileWriter::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented), options);
    if (!written)
        return std::unexpected(written.error());
    return {};
}

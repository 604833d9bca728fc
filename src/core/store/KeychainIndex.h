#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

/// The names (never the values) of the keychain entries Envsmith wrote for a project, with their creation
/// and rotation times, because QtKeychain cannot list entries. A JSON file under the app's data folder
/// (QStandardPaths::AppDataLocation/keychain-index.json), written atomically, mode 0600.
class KeychainIndex
{
public:
    struct Record
    {
        QDateTime created;
        QDateTime rotated;
    };

    /// Loads the index from @p filePath (default location when empty). A missing file is an empty index.
    static std::expected<KeychainIndex, QString> load(const QString &filePath = {});
    static QString defaultPath();

    QStringList names(const QString &service) const;
    std::optional<Record> record(const QString &service, const QString &name) const;
    /// Records that @p name was written now (sets created on first write, rotated on later ones).
    void touch(const QString &service, const QString &name, bool rotated);
    void remove(const QString &service, const QString &name);
    std::expected<void, QString> save() const;

private:
    QString m_path;
    QHash<QString, QHash<QString, Record>> m_services;
};

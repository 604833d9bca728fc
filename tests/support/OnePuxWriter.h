#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

/// Builds 1PUX-shaped zip archives in memory with libzip, for the vault reader tests: any set of entries,
/// each deflated or stored. Not a 1PUX exporter: the caller writes export.data's JSON.
class OnePuxWriter
{
public:
    /// Adds an entry named @p name (a folder when it ends in '/').
    void addEntry(const QString &name, const QByteArray &content, bool deflate = true);
    /// Adds export.attributes (version 3) and export.data holding @p exportData.
    void addExport(const QByteArray &exportData);
    /// The zip's bytes; empty (and @p error set) when libzip fails.
    QByteArray toZip(QString *error = nullptr) const;

private:
    struct Entry
    {
        QByteArray name;
        QByteArray content;
        bool deflate = true;
    };
    std::vector<Entry> m_entries;
};

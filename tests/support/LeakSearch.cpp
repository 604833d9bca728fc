#include "LeakSearch.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

const char *const kFormNames[] = {"raw", "base64", "base64url", "hex", "HEX", "percent-encoded"};

QStringList hitsIn(const QByteArray &bytes, const QString &place, const QList<QByteArray> &values)
{
    QStringList hits;
    for (qsizetype v = 0; v < values.size(); ++v) {
        if (values.at(v).isEmpty()) {
            continue;
        }
        const QList<QByteArray> forms = LeakSearch::forms(values.at(v));
        for (qsizetype f = 0; f < forms.size(); ++f) {
            if (bytes.contains(forms.at(f))) {
                hits.append(QStringLiteral("%1: value %2 as %3")
                                .arg(place)
                                .arg(v + 1)
                                .arg(QLatin1StringView(kFormNames[f])));
            }
        }
    }
    return hits;
}

} // namespace

QList<QByteArray> LeakSearch::forms(const QByteArray &value)
{
    return {value,
            value.toBase64(),
            value.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            value.toHex(),
            value.toHex().toUpper(),
            value.toPercentEncoding()};
}

LeakSearch::Result LeakSearch::searchFiles(const QString &root, const QList<QByteArray> &values,
                                           const std::function<bool(const QString &)> &skip)
{
    Result result;
    // Regular files only (no QDir::System): opening a FIFO would block.
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = QFileInfo(files.next()).absoluteFilePath();
        if ((skip && skip(path)) || !QFileInfo(path).isFile()) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        result.searched.append(path);
        result.hits += hitsIn(file.readAll(), path, values);
    }
    return result;
}

QStringList LeakSearch::searchLines(const QByteArray &stream, const QString &streamName,
                                    const QList<QByteArray> &values)
{
    QStringList hits;
    const QList<QByteArray> lines = stream.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        hits += hitsIn(lines.at(i), QStringLiteral("%1 line %2").arg(streamName).arg(i + 1), values);
    }
    return hits;
}

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QProcess>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

/// One long-running `git cat-file --batch` in a repository: read() writes object names to it and reads
/// their contents back, as often as needed, so one process (and its delta-base cache) serves a whole
/// scan. Object contents pass through memory only. Usable from any thread, but each instance from one.
class GitCatFile
{
    Q_DECLARE_TR_FUNCTIONS(GitCatFile)

public:
    /// Called for each blob: its index in the names given to read(), its content (std::nullopt when it
    /// is larger than the limit; its bytes were read and dropped) and its size in bytes.
    using OnBlob = std::function<void(qsizetype, std::optional<QByteArrayView>, qint64)>;

    GitCatFile() = default;
    ~GitCatFile();
    GitCatFile(const GitCatFile &) = delete;
    GitCatFile &operator=(const GitCatFile &) = delete;

    /// Starts git in @p root (LC_ALL=C, no terminal prompt, GIT_DIR/GIT_WORK_TREE/GIT_INDEX_FILE unset).
    /// Fails when git cannot be started.
    std::expected<void, QString> start(const QString &root);
    /// Reads @p names (object ids, 40 or 64 hex digits) in order; objects that are not blobs, or missing,
    /// are passed over. Blobs larger than @p maxBytes are reported without content. Fails when git stops
    /// or prints something unexpected (the message names no content).
    std::expected<void, QString> read(const QList<QByteArray> &names, qint64 maxBytes, const OnBlob &onBlob);

private:
    bool fill();
    bool need(qsizetype bytes);
    bool drop(qsizetype bytes);

    QProcess m_process;
    QByteArray m_buffer;
    qsizetype m_consumed = 0;
};

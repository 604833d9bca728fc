#include "core/hygiene/GitCatFile.h"

#include "core/hygiene/GitRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kGitTimeoutMs = 600000;
}

GitCatFile::~GitCatFile()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(30000))
        m_process.kill();
}

std::expected<void, QString> GitCatFile::start(const QString &root)
{
    if (!GitRepository::prepareProcess(m_process, root, {u"cat-file"_s, u"--batch"_s}))
        return std::unexpected(tr("The git program was not found. Install git and try again."));
    m_process.start();
    if (!m_process.waitForStarted(30000))
        return std::unexpected(tr("Could not run git cat-file: %1").arg(m_process.errorString()));
    return {};
}

bool GitCatFile::fill()
{
    if (m_process.bytesAvailable() == 0 && !m_process.waitForReadyRead(kGitTimeoutMs) &&
        m_process.bytesAvailable() == 0)
        return false;
    if (m_consumed > 0) {
        m_buffer.remove(0, m_consumed);
        m_consumed = 0;
    }
    m_buffer += m_process.readAll();
    return true;
}

bool GitCatFile::need(qsizetype bytes)
{
    while (m_buffer.size() - m_consumed < bytes)
        if (!fill())
            return false;
    return true;
}

bool GitCatFile::drop(qsizetype bytes)
{
    while (bytes > 0) {
        if (m_buffer.size() == m_consumed && !fill())
            return false;
        const qsizetype take = std::min(bytes, m_buffer.size() - m_consumed);
        m_consumed += take;
        bytes -= take;
    }
    return true;
}

std::expected<void, QString> GitCatFile::read(const QList<QByteArray> &names, qint64 maxBytes,
                                              const OnBlob &onBlob)
{
    if (names.isEmpty())
        return {};
    if (m_process.state() != QProcess::Running)
        return std::unexpected(tr("git cat-file is not running."));
    QByteArray input;
    for (const QByteArray &name : names) {
        input += name;
        input += '\n';
    }
    m_process.write(input);
    for (qsizetype index = 0; index < names.size(); ++index) {
        // Header: "<oid> <type> <size>\n" or "<name> missing\n".
        qsizetype newline = -1;
        while ((newline = m_buffer.indexOf('\n', m_consumed)) < 0) {
            if (!need(m_buffer.size() - m_consumed + 1))
                return std::unexpected(
                    tr("git cat-file stopped early (%1 of %2 objects read).").arg(index).arg(names.size()));
        }
        const QList<QByteArray> header = m_buffer.sliced(m_consumed, newline - m_consumed).split(' ');
        m_consumed = newline + 1;
        if (header.size() < 3) // missing object
            continue;
        bool ok = false;
        const qint64 size = header.at(2).toLongLong(&ok);
        if (!ok || size < 0)
            return std::unexpected(tr("git cat-file printed an unexpected header."));
        const bool blob = header.at(1) == "blob";
        if (size > maxBytes) {
            if (!drop(qsizetype(size) + 1))
                return std::unexpected(tr("git cat-file stopped in the middle of an object."));
            if (blob)
                onBlob(index, std::nullopt, size);
            continue;
        }
        if (!need(qsizetype(size) + 1))
            return std::unexpected(tr("git cat-file stopped in the middle of an object."));
        if (blob)
            onBlob(index, QByteArrayView(m_buffer.constData() + m_consumed, qsizetype(size)), size);
        m_consumed += qsizetype(size) + 1;
    }
    return {};
}

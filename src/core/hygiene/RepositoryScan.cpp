#include "core/hygiene/RepositoryScan.h"

#include "core/hygiene/GitCatFile.h"
#include "core/hygiene/GitRepository.h"
#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStringDecoder>

#include <QThread>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kGitTimeoutMs = 600000;
/// Working-tree files above this are mapped, not read into a buffer (bytes). Measured on the bench tree
/// (12,891 files, 56 above 256 KiB holding 50 MB): 16 MiB took 890 ms of CPU, 64 KiB 800 ms, 256 KiB 750 ms;
/// below that the page faults of each mapping cost more than the copy they save.
constexpr qint64 kMapAboveBytes = 256 * 1024;
/// Hyperscan takes an unsigned int length and RE2 an int: the most either can scan at once.
constexpr qint64 kEngineLimitBytes = (qint64(1) << 31) - 1;

QString gitError(const GitRepository::RunResult &result)
{
    if (!result.error.isEmpty())
        return result.error;
    const QString text = QString::fromUtf8(result.err).trimmed();
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? text : text.left(newline);
}

QList<QByteArray> nulSplit(const QByteArray &bytes)
{
    QList<QByteArray> out = bytes.split('\0');
    if (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

struct BlobOrigin
{
    QString path;
    QString commit;
    QString author;
};

/// Closes a POSIX file descriptor.
struct FileDescriptor
{
    int fd = -1;
    explicit FileDescriptor(int descriptor) : fd(descriptor) {}
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
};

/// Unmaps a read-only file mapping.
struct FileMapping
{
    void *address = MAP_FAILED;
    size_t length = 0;
    FileMapping(int fd, size_t bytes) : length(bytes)
    {
        address = ::mmap(nullptr, length, PROT_READ, MAP_PRIVATE, fd, 0);
        if (address != MAP_FAILED)
            ::madvise(address, length, MADV_SEQUENTIAL);
    }
    ~FileMapping()
    {
        if (address != MAP_FAILED)
            ::munmap(address, length);
    }
    FileMapping(const FileMapping &) = delete;
    FileMapping &operator=(const FileMapping &) = delete;
    bool ok() const { return address != MAP_FAILED; }
};

/// What one worker thread found; merged when all are done.
struct WorkerResult
{
    QList<ScanFinding> findings;
    RepositoryScan::Stats stats;
    QList<RepositoryScan::NotScanned> notScanned;
    QStringList nestedRepositories;
    QString error;
};

/// Scanning threads: one per core, 1 to 8.
int scanningThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 8);
}

QString tooLargeReason(qint64 bytes, qint64 maxBytes)
{
    return RepositoryScan::tr("larger (%1 bytes) than the scan limit of %2 bytes")
        .arg(bytes)
        .arg(std::min(maxBytes, kEngineLimitBytes));
}

void sortFindings(QList<ScanFinding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const ScanFinding &a, const ScanFinding &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        if (a.column != b.column)
            return a.column < b.column;
        return a.ruleId < b.ruleId;
    });
}

/// @p content as UTF-8 when it is UTF-16 text that starts with a byte order mark (as Windows tools such as
/// PowerShell's Out-File write it: its NUL bytes make it look binary); empty when it is not, or does not
/// decode. Line breaks stay where they were, so line numbers hold.
QByteArray utf16TextAsUtf8(QByteArrayView content)
{
    if (content.size() < 2)
        return {};
    const auto byte = [&](qsizetype i) {
        return static_cast<uchar>(content[i]);
    };
    QStringConverter::Encoding encoding;
    if (byte(0) == 0xFF && byte(1) == 0xFE) {
        if (content.size() >= 4 && byte(2) == 0 && byte(3) == 0)
            return {}; // UTF-32LE's mark
        encoding = QStringConverter::Utf16LE;
    } else if (byte(0) == 0xFE && byte(1) == 0xFF) {
        encoding = QStringConverter::Utf16BE;
    } else {
        return {};
    }
    QStringDecoder decoder(encoding);
    const QString text = decoder.decode(content);
    if (decoder.hasError())
        return {};
    return text.toUtf8();
}

/// Scans @p content into @p out (binary content is counted, not scanned; UTF-16 text with a byte order
/// mark is scanned as its UTF-8 form).
void scanInto(WorkerResult &out, SecretScanner &scanner, QByteArrayView content, const QString &path,
              const QString &commit = {}, const QString &author = {})
{
    if (SecretScanner::looksBinary(content)) {
        const QByteArray text = utf16TextAsUtf8(content);
        if (text.isEmpty() || SecretScanner::looksBinary(text)) {
            ++out.stats.skippedBinary;
            return;
        }
        out.stats.bytes += content.size();
        out.findings.append(scanner.scan(text, path, commit, author));
        return;
    }
    out.stats.bytes += content.size();
    out.findings.append(scanner.scan(content, path, commit, author));
}

std::expected<RepositoryScan::Result, QString> merge(std::vector<WorkerResult> &workers)
{
    RepositoryScan::Result result;
    for (WorkerResult &worker : workers) {
        if (!worker.error.isEmpty())
            return std::unexpected(worker.error);
        result.findings.append(std::move(worker.findings));
        result.notScanned.append(std::move(worker.notScanned));
        result.nestedRepositories.append(std::move(worker.nestedRepositories));
        result.stats.files += worker.stats.files;
        result.stats.bytes += worker.stats.bytes;
        result.stats.blobs += worker.stats.blobs;
        result.stats.skippedBinary += worker.stats.skippedBinary;
        result.stats.skippedLarge += worker.stats.skippedLarge;
    }
    sortFindings(result.findings);
    result.nestedRepositories.sort();
    std::sort(result.notScanned.begin(), result.notScanned.end(),
              [](const RepositoryScan::NotScanned &a, const RepositoryScan::NotScanned &b) {
                  return a.path != b.path ? a.path < b.path : a.commit < b.commit;
              });
    return result;
}

/// Reads one working-tree file (not following a symbolic link) and scans it.
void scanWorkingFile(WorkerResult &out, SecretScanner &scanner, int rootFd, const QByteArray &name,
                     qint64 maxBytes, std::vector<char> &buffer)
{
    // Opened by git's own bytes (a name need not be UTF-8); shown as UTF-8, invalid bytes replaced.
    const QString path = QString::fromUtf8(name);
    // Relative to the open root folder: the kernel walks only the name's own components.
    const FileDescriptor file(
        ::openat(rootFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (file.fd < 0) {
        if (errno == ELOOP) { // a symbolic link: git commits its target's path, so that is its content
            std::array<char, 4096> target{};
            const ssize_t length = ::readlinkat(rootFd, name.constData(), target.data(), target.size());
            if (length > 0) {
                ++out.stats.files;
                scanInto(out, scanner, QByteArrayView(target.data(), qsizetype(length)), path);
            }
            return;
        }
        if (errno == ENOENT || errno == ENOTDIR)
            return; // gone since git listed it
        out.notScanned.append(
            {path,
             {},
             0,
             RepositoryScan::tr("could not be read (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)))});
        return;
    }
    struct stat info = {};
    if (::fstat(file.fd, &info) != 0)
        return;
    if (S_ISDIR(info.st_mode)) { // git lists a submodule, or an untracked nested repository, as a folder
        QString folder = path;
        if (folder.endsWith(u'/'))
            folder.chop(1);
        out.nestedRepositories.append(folder);
        return;
    }
    if (!S_ISREG(info.st_mode))
        return; // a fifo or device: not file content
    const qint64 size = info.st_size;
    if (size > std::min(maxBytes, kEngineLimitBytes)) {
        ++out.stats.skippedLarge;
        out.notScanned.append({path, {}, size, tooLargeReason(size, maxBytes)});
        return;
    }
    ++out.stats.files;
    if (size > kMapAboveBytes) {
        const FileMapping mapping(file.fd, size_t(size));
        if (!mapping.ok()) {
            out.notScanned.append({path,
                                   {},
                                   size,
                                   RepositoryScan::tr("could not be mapped (%1)")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno)))});
            return;
        }
        scanInto(out, scanner, QByteArrayView(static_cast<const char *>(mapping.address), size), path);
        return;
    }
    buffer.resize(size_t(size));
    qint64 have = 0;
    while (have < size) {
        const ssize_t got = ::read(file.fd, buffer.data() + have, size_t(size - have));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            out.notScanned.append({path,
                                   {},
                                   size,
                                   RepositoryScan::tr("could not be read (%1)")
                                       .arg(QString::fromLocal8Bit(std::strerror(errno)))});
            return;
        }
        if (got == 0)
            break; // shrank since fstat: scan what is there
        have += got;
    }
    scanInto(out, scanner, QByteArrayView(buffer.data(), have), path);
}

/// Names (blobs from the log, files from ls-files) handed from the thread reading git to the scanning
/// threads in slices.
class NameQueue
{
public:
    void push(QList<QByteArray> names)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_names.append(std::move(names));
        }
        m_ready.notify_all();
    }
    void close()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_ready.notify_all();
    }
    /// Up to @p most names; empty once closed and drained.
    QList<QByteArray> take(qsizetype most)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_taken < m_names.size() || m_closed; });
        const qsizetype count = std::min(most, m_names.size() - m_taken);
        QList<QByteArray> out = m_names.mid(m_taken, count);
        m_taken += count;
        return out;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    QList<QByteArray> m_names;
    qsizetype m_taken = 0;
    bool m_closed = false;
};

/// What one history thread found, with the blob and origin commit behind each finding and not-scanned
/// entry (so stale ones can be replaced).
struct HistoryWorker
{
    WorkerResult result;
    QList<QByteArray> findingBlobs;    // parallel to result.findings
    QList<QByteArray> notScannedBlobs; // parallel to result.notScanned
    QHash<QByteArray, QString> scannedCommit;
};

/// Scans the blobs @p names with their origins in @p origins into @p worker using @p catFile.
void scanBlobs(HistoryWorker &worker, GitCatFile &catFile, SecretScanner &scanner,
               const QList<QByteArray> &names, const std::function<BlobOrigin(const QByteArray &)> &originOf,
               qint64 limit, qint64 maxBytes)
{
    WorkerResult &out = worker.result;
    auto read =
        catFile.read(names, limit, [&](qsizetype i, std::optional<QByteArrayView> content, qint64 size) {
            const QByteArray &oid = names.at(i);
            const BlobOrigin origin = originOf(oid);
            if (!content) {
                ++out.stats.skippedLarge;
                out.notScanned.append({origin.path, origin.commit, size, tooLargeReason(size, maxBytes)});
                worker.notScannedBlobs.append(oid);
                worker.scannedCommit.insert(oid, origin.commit);
                return;
            }
            ++out.stats.blobs;
            const qsizetype before = out.findings.size();
            scanInto(out, scanner, *content, origin.path, origin.commit, origin.author);
            for (qsizetype f = before; f < out.findings.size(); ++f)
                worker.findingBlobs.append(oid);
            if (out.findings.size() > before)
                worker.scannedCommit.insert(oid, origin.commit);
        });
    if (!read && out.error.isEmpty())
        out.error = read.error();
}

/// One finding per rule, file and secret: each edit of a file is a new blob, so a secret that stays while
/// other lines change would otherwise be reported again for every later version, blamed on whoever made
/// it. Keeps the oldest (by @p commitAge, larger is older), i.e. the commit that brought the secret in.
void keepOldestOfEach(QList<ScanFinding> &findings, const QHash<QString, qsizetype> &commitAge)
{
    QHash<QByteArray, qsizetype> oldest; // key -> index into findings
    const auto keyOf = [](const ScanFinding &finding) {
        return finding.ruleId.toUtf8() + '\0' + finding.file.toUtf8() + '\0' + finding.secretDigest;
    };
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (findings.at(i).secretDigest.isEmpty())
            continue;
        const QByteArray key = keyOf(findings.at(i));
        const auto known = oldest.constFind(key);
        if (known == oldest.constEnd() || commitAge.value(findings.at(i).commit, -1) >
                                              commitAge.value(findings.at(known.value()).commit, -1))
            oldest.insert(key, i);
    }
    QList<ScanFinding> kept;
    for (qsizetype i = 0; i < findings.size(); ++i)
        if (findings.at(i).secretDigest.isEmpty() || oldest.value(keyOf(findings.at(i))) == i)
            kept.append(findings.at(i));
    findings = std::move(kept);
}

std::expected<RepositoryScan::Result, QString> scanHistory(const GitRepository &repository,
                                                           SecretScanner &scanner, qint64 maxBytes)
{
    const QString root = repository.root();
    const qint64 limit = std::min(maxBytes, kEngineLimitBytes);
    QProcess log;
    GitRepository::prepareProcess(log, root,
                                  {u"-c"_s, u"core.quotePath=false"_s, u"log"_s, u"--all"_s,
                                   u"--no-renames"_s, u"--raw"_s, u"--no-abbrev"_s, u"-z"_s,
                                   u"--diff-merges=first-parent"_s, u"--format=%x01%H%x02%an <%ae>"_s});
    log.start(QIODevice::ReadOnly);
    if (!log.waitForStarted(30000))
        return std::unexpected(RepositoryScan::tr("Could not run git log: %1").arg(log.errorString()));

    std::mutex originsMutex;
    QHash<QByteArray, BlobOrigin> origins; // overwritten by every (older) appearance
    const auto originOf = [&](const QByteArray &oid) {
        const std::lock_guard lock(originsMutex);
        return origins.value(oid);
    };
    NameQueue queue;
    constexpr qsizetype kSlice = 256;
    const int count = scanningThreads();
    std::vector<HistoryWorker> workers(static_cast<size_t>(count));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int index = 0; index < count; ++index) {
        threads.emplace_back(QThread::create([&, index] {
            HistoryWorker &worker = workers[size_t(index)];
            GitCatFile catFile;
            if (auto started = catFile.start(root); !started)
                worker.result.error = started.error();
            for (QList<QByteArray> slice = queue.take(kSlice); !slice.isEmpty(); slice = queue.take(kSlice))
                if (worker.result.error.isEmpty()) // else drain, so nothing waits on this thread
                    scanBlobs(worker, catFile, scanner, slice, originOf, limit, maxBytes);
        }));
        threads.back()->start();
    }

    // The log as it streams: "\x01<commit>\x02<author>" records, then ":<modes> <oids> <status>" and the
    // path of each changed file, all NUL-separated (a newline before each record after the first).
    QByteArray pending;
    QString commit;
    QString author;
    QHash<QString, qsizetype> commitAge;
    QByteArray meta;
    bool expectPath = false;
    const auto parse = [&](bool final) {
        QList<QByteArray> fresh;
        qsizetype start = 0;
        while (start < pending.size()) {
            qsizetype end = pending.indexOf('\0', start);
            if (end < 0) {
                if (!final)
                    break;
                end = pending.size();
            }
            QByteArrayView token(pending.constData() + start, end - start);
            start = end + 1;
            if (expectPath) {
                expectPath = false;
                const QList<QByteArray> fields = meta.mid(1).split(' ');
                if (fields.size() < 5 || fields.at(1) == "160000" || fields.at(1) == "000000")
                    continue; // a submodule's commit, or a deletion
                const QByteArray &oid = fields.at(3);
                const std::lock_guard lock(originsMutex);
                const bool known = origins.contains(oid);
                origins.insert(oid, BlobOrigin{QString::fromUtf8(token), commit, author});
                if (!known)
                    fresh.append(oid);
                continue;
            }
            while (token.startsWith('\n'))
                token = token.sliced(1);
            if (token.startsWith('\x01')) {
                const qsizetype separator = token.indexOf('\x02');
                commit = QString::fromLatin1(token.sliced(1, separator - 1));
                commitAge.insert(commit, commitAge.size()); // newest first: a larger value is older
                author = QString::fromUtf8(token.sliced(separator + 1));
            } else if (token.startsWith(':')) {
                meta = token.toByteArray();
                expectPath = true;
            }
        }
        pending.remove(0, std::min(start, pending.size()));
        if (!fresh.isEmpty())
            queue.push(std::move(fresh));
    };
    while (log.state() != QProcess::NotRunning) {
        if (!log.waitForReadyRead(kGitTimeoutMs) && log.state() != QProcess::NotRunning &&
            log.bytesAvailable() == 0)
            break; // timed out
        pending += log.readAllStandardOutput();
        parse(false);
    }
    log.waitForFinished(kGitTimeoutMs);
    pending += log.readAllStandardOutput();
    parse(true);
    queue.close();
    for (const auto &thread : threads)
        thread->wait();

    if (log.exitStatus() != QProcess::NormalExit || log.exitCode() != 0) {
        // A repository without commits has no history to scan.
        const auto head = repository.run({u"rev-parse"_s, u"--verify"_s, u"-q"_s, u"HEAD"_s});
        const auto refs = repository.run({u"for-each-ref"_s, u"--count=1"_s});
        if (head.exitCode != 0 && refs.exitCode == 0 && refs.out.trimmed().isEmpty())
            return RepositoryScan::Result{};
        QString text = QString::fromUtf8(log.readAllStandardError()).trimmed();
        if (const qsizetype newline = text.indexOf(u'\n'); newline >= 0)
            text.truncate(newline);
        if (text.isEmpty())
            text = RepositoryScan::tr("git log ended abnormally");
        return std::unexpected(RepositoryScan::tr("git could not read the history: %1").arg(text));
    }

    // Findings made before an older appearance of their blob was known are made again with the oldest.
    QSet<QByteArray> stale;
    for (const HistoryWorker &worker : workers)
        for (auto it = worker.scannedCommit.cbegin(); it != worker.scannedCommit.cend(); ++it)
            if (origins.value(it.key()).commit != it.value())
                stale.insert(it.key());
    std::vector<WorkerResult> results;
    for (HistoryWorker &worker : workers) {
        WorkerResult &out = worker.result;
        for (qsizetype i = out.findings.size() - 1; i >= 0; --i)
            if (stale.contains(worker.findingBlobs.at(i)))
                out.findings.removeAt(i);
        for (qsizetype i = out.notScanned.size() - 1; i >= 0; --i)
            if (stale.contains(worker.notScannedBlobs.at(i))) {
                out.notScanned.removeAt(i);
                --out.stats.skippedLarge;
            }
        results.push_back(std::move(out));
    }
    if (!stale.isEmpty()) {
        HistoryWorker again;
        GitCatFile catFile;
        if (auto started = catFile.start(root); !started)
            return std::unexpected(started.error());
        scanBlobs(again, catFile, scanner, QList<QByteArray>(stale.cbegin(), stale.cend()), originOf, limit,
                  maxBytes);
        again.result.stats.blobs = 0; // counted already
        results.push_back(std::move(again.result));
    }
    auto merged = merge(results);
    if (merged)
        keepOldestOfEach(merged->findings, commitAge);
    return merged;
}

/// The working tree: `git ls-files` streams its names to the scanning threads, which read each file.
std::expected<RepositoryScan::Result, QString> scanWorkingTree(const GitRepository &repository,
                                                               SecretScanner &scanner, qint64 maxBytes)
{
    QProcess listing;
    GitRepository::prepareProcess(
        listing, repository.root(),
        {u"ls-files"_s, u"-z"_s, u"--cached"_s, u"--others"_s, u"--exclude-standard"_s});
    listing.start(QIODevice::ReadOnly);
    if (!listing.waitForStarted(30000))
        return std::unexpected(
            RepositoryScan::tr("Could not run git ls-files: %1").arg(listing.errorString()));
    const FileDescriptor root(
        ::open(QFile::encodeName(repository.root()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (root.fd < 0)
        return std::unexpected(RepositoryScan::tr("Could not open %1: %2")
                                   .arg(QDir::toNativeSeparators(repository.root()),
                                        QString::fromLocal8Bit(std::strerror(errno))));
    NameQueue queue;
    constexpr qsizetype kSlice = 32;
    const int count = scanningThreads();
    std::vector<WorkerResult> workers(static_cast<size_t>(count));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int index = 0; index < count; ++index) {
        threads.emplace_back(QThread::create([&, index] {
            std::vector<char> buffer;
            for (QList<QByteArray> slice = queue.take(kSlice); !slice.isEmpty(); slice = queue.take(kSlice))
                for (const QByteArray &name : std::as_const(slice))
                    scanWorkingFile(workers[size_t(index)], scanner, root.fd, name, maxBytes, buffer);
        }));
        threads.back()->start();
    }
    // A file both tracked and untracked-listed (or listed once per merge stage) is scanned once.
    QSet<QByteArray> seen;
    QByteArray pending;
    const auto parse = [&] {
        QList<QByteArray> fresh;
        qsizetype start = 0;
        for (qsizetype end = pending.indexOf('\0'); end >= 0; end = pending.indexOf('\0', start)) {
            QByteArray name = pending.sliced(start, end - start);
            start = end + 1;
            if (!name.isEmpty() && !seen.contains(name)) {
                seen.insert(name);
                fresh.append(std::move(name));
            }
        }
        pending.remove(0, start);
        if (!fresh.isEmpty())
            queue.push(std::move(fresh));
    };
    while (listing.state() != QProcess::NotRunning) {
        if (!listing.waitForReadyRead(kGitTimeoutMs) && listing.state() != QProcess::NotRunning &&
            listing.bytesAvailable() == 0)
            break; // timed out
        pending += listing.readAllStandardOutput();
        parse();
    }
    listing.waitForFinished(kGitTimeoutMs);
    pending += listing.readAllStandardOutput();
    parse();
    queue.close();
    for (const auto &thread : threads)
        thread->wait();
    if (listing.exitStatus() != QProcess::NormalExit || listing.exitCode() != 0) {
        QString text = QString::fromUtf8(listing.readAllStandardError()).trimmed();
        if (const qsizetype newline = text.indexOf(u'\n'); newline >= 0)
            text.truncate(newline);
        if (text.isEmpty())
            text = RepositoryScan::tr("git ls-files ended abnormally");
        return std::unexpected(RepositoryScan::tr("git could not list the files: %1").arg(text));
    }
    return merge(workers);
}

} // namespace

bool RepositoryScan::isLocalEnvFileName(const QString &fileName)
{
    return fileName == u".env"_s || fileName == u".env.local"_s ||
           (fileName.startsWith(u".env."_s) && fileName.endsWith(u".local"_s) && fileName.size() > 11);
}

std::expected<RepositoryScan::Result, QString> RepositoryScan::run(const GitRepository &repository, Mode mode,
                                                                   SecretScanner &scanner, qint64 maxBytes)
{
    const QString root = repository.root();

    if (mode == Mode::WorkingTree) {
        return scanWorkingTree(repository, scanner, maxBytes);
    }

    if (mode == Mode::Staged) {
        const auto changed =
            repository.run({u"-c"_s, u"core.quotePath=false"_s, u"diff"_s, u"--cached"_s, u"--name-only"_s,
                            u"-z"_s, u"--no-renames"_s, u"--diff-filter=ACMRT"_s},
                           kGitTimeoutMs);
        if (changed.exitCode != 0)
            return std::unexpected(tr("git could not list the staged files: %1").arg(gitError(changed)));
        const QList<QByteArray> paths = nulSplit(changed.out);
        if (paths.isEmpty())
            return Result{};
        const auto index = repository.run({u"ls-files"_s, u"-s"_s, u"-z"_s}, kGitTimeoutMs);
        if (index.exitCode != 0)
            return std::unexpected(tr("git could not read the index: %1").arg(gitError(index)));
        QHash<QByteArray, QByteArray> oidOf; // path -> oid (stage 0)
        for (const QByteArray &entry : nulSplit(index.out)) {
            const qsizetype tab = entry.indexOf('\t');
            const QList<QByteArray> fields = entry.left(tab).split(' ');
            if (tab < 0 || fields.size() < 3 || fields.at(2) != "0" || fields.at(0) == "160000")
                continue;
            oidOf.insert(entry.mid(tab + 1), fields.at(1));
        }
        std::vector<WorkerResult> workers(1);
        WorkerResult &out = workers.front();
        QList<QByteArray> oids;
        QStringList oidPaths;
        for (const QByteArray &name : paths) {
            const QString path = QString::fromUtf8(name);
            if (isLocalEnvFileName(QFileInfo(path).fileName())) {
                ScanFinding finding;
                finding.ruleId = u"env-file-staged"_s;
                finding.description =
                    tr("%1 is staged for commit. Unstage it (`git rm --cached -- %1`) and make git ignore it "
                       "(`envsmith check`, fix env-ignored).")
                        .arg(path);
                finding.file = path;
                finding.severity = ScanRule::Severity::Error;
                finding.fingerprint = ScanFinding::fingerprintOf({}, path, finding.ruleId, 0);
                out.findings.append(finding);
            }
            const auto oid = oidOf.constFind(name);
            if (oid == oidOf.constEnd())
                continue;
            oids.append(oid.value());
            oidPaths.append(path);
        }
        const qint64 limit = std::min(maxBytes, kEngineLimitBytes);
        GitCatFile catFile;
        auto read = catFile.start(root);
        if (read)
            read = catFile.read(
                oids, limit, [&](qsizetype i, std::optional<QByteArrayView> content, qint64 size) {
                    if (!content) {
                        ++out.stats.skippedLarge;
                        out.notScanned.append({oidPaths.at(i), {}, size, tooLargeReason(size, maxBytes)});
                        return;
                    }
                    ++out.stats.files;
                    scanInto(out, scanner, *content, oidPaths.at(i));
                });
        if (!read)
            return std::unexpected(read.error());
        // The guard is about what this commit adds: a secret the file already holds in HEAD (committed
        // before; the history scan reports it) does not block changing another line of that file.
        QStringList changedWithFindings;
        for (const ScanFinding &finding : std::as_const(out.findings))
            if (!finding.secretDigest.isEmpty() && !changedWithFindings.contains(finding.file))
                changedWithFindings.append(finding.file);
        if (!changedWithFindings.isEmpty()) {
            QStringList args{u"-c"_s, u"core.quotePath=false"_s, u"ls-tree"_s, u"-z"_s, u"HEAD"_s, u"--"_s};
            for (const QString &path : std::as_const(changedWithFindings))
                args.append(u":(literal)"_s + path);
            const auto tree = repository.run(args, kGitTimeoutMs);
            QList<QByteArray> headOids;
            QStringList headPaths;
            for (const QByteArray &entry : nulSplit(tree.exitCode == 0 ? tree.out : QByteArray())) {
                const qsizetype tab = entry.indexOf('\t');
                const QList<QByteArray> fields = entry.left(tab).split(' ');
                if (tab < 0 || fields.size() < 3 || fields.at(1) != "blob")
                    continue;
                headOids.append(fields.at(2));
                headPaths.append(QString::fromUtf8(entry.mid(tab + 1)));
            }
            WorkerResult head;
            auto readHead = catFile.read(headOids, limit,
                                         [&](qsizetype i, std::optional<QByteArrayView> content, qint64) {
                                             if (content)
                                                 scanInto(head, scanner, *content, headPaths.at(i));
                                         });
            if (!readHead)
                return std::unexpected(readHead.error());
            QSet<QByteArray> committed;
            for (const ScanFinding &finding : std::as_const(head.findings))
                committed.insert(finding.ruleId.toUtf8() + '\0' + finding.file.toUtf8() + '\0' +
                                 finding.secretDigest);
            out.findings.removeIf([&](const ScanFinding &finding) {
                return !finding.secretDigest.isEmpty() &&
                       committed.contains(finding.ruleId.toUtf8() + '\0' + finding.file.toUtf8() + '\0' +
                                          finding.secretDigest);
            });
        }
        return merge(workers);
    }

    // History: every blob of every commit reachable from any ref, once. `git log --raw`, each merge diffed
    // against its first parent, names every blob in every reachable commit's tree (each one is new against
    // its first parent somewhere down the first-parent chain, or in the root commit) with the commit, path
    // and author of each appearance. The log streams newest first and its blobs go to the scanning threads
    // (each with its own `git cat-file --batch`) while git is still walking. A blob is reported with its
    // oldest appearance, known only when the log ends: the few blobs with findings that turn out to be
    // older than first seen are scanned again with that origin, so path- and commit-bound allowlists and
    // fingerprints see the right ones.
    auto result = scanHistory(repository, scanner, maxBytes);
    if (result) {
        const auto shallow = repository.run({u"rev-parse"_s, u"--is-shallow-repository"_s});
        if (shallow.exitCode == 0 && shallow.out.trimmed() == "true")
            result->notScanned.prepend(
                {QString(), QString(), 0,
                 tr("this is a shallow clone: commits older than the ones it holds were not scanned (run "
                    "`git fetch --unshallow` first to scan the whole history)")});
    }
    return result;
}

std::expected<RepositoryScan::Result, QString>
RepositoryScan::scanFolder(const QString &folder, Mode mode, std::vector<ScanExactValue> exactValues)
{
    const GitRepository repository(folder);
    if (!repository.isValid())
        return std::unexpected(repository.errorString());
    auto rules = ScanRuleSet::forRepository(repository);
    if (!rules)
        return std::unexpected(rules.error());
    auto ignored = SecretScanner::readGitleaksIgnore(repository);
    if (!ignored)
        return std::unexpected(ignored.error());
    auto scanner = SecretScanner::create(*rules, std::move(exactValues));
    if (!scanner)
        return std::unexpected(scanner.error());
    (*scanner)->setIgnoredFingerprints(*ignored);
    return run(repository, mode, **scanner, SecretScanner::kDefaultMaxBytes);
}

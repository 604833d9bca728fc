#include "core/hygiene/RepositoryScan.h"

#include "core/hygiene/GitRepository.h"
#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kGitTimeoutMs = 600000;

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

/// Streams `git cat-file --batch` for @p oids: calls @p onBlob(index, content) for each object of type
/// blob (in the order of @p oids). Contents are handed over, not kept.
std::expected<void, QString> catFileBatch(const QString &root, const QList<QByteArray> &oids,
                                          const std::function<void(qsizetype, QByteArrayView)> &onBlob)
{
    if (oids.isEmpty())
        return {};
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    environment.remove(u"GIT_DIR"_s);
    environment.remove(u"GIT_WORK_TREE"_s);
    environment.remove(u"GIT_INDEX_FILE"_s);
    process.setProcessEnvironment(environment);
    process.setProgram(QStandardPaths::findExecutable(u"git"_s));
    process.setArguments({u"-C"_s, root, u"cat-file"_s, u"--batch"_s});
    process.start();
    if (!process.waitForStarted(30000))
        return std::unexpected(
            RepositoryScan::tr("Could not run git cat-file: %1").arg(process.errorString()));
    QByteArray input;
    for (const QByteArray &oid : oids) {
        input += oid;
        input += '\n';
    }
    process.write(input);
    process.closeWriteChannel();

    QByteArray buffer;
    qsizetype consumed = 0;
    qsizetype index = 0;
    const auto need = [&](qsizetype bytes) -> bool {
        while (buffer.size() - consumed < bytes) {
            if (process.bytesAvailable() == 0 && !process.waitForReadyRead(kGitTimeoutMs))
                if (process.bytesAvailable() == 0)
                    return false;
            if (consumed > 0 && consumed > buffer.size() / 2) {
                buffer.remove(0, consumed);
                consumed = 0;
            }
            buffer += process.readAll();
        }
        return true;
    };
    while (index < oids.size()) {
        // Header: "<oid> <type> <size>\n" or "<name> missing\n".
        qsizetype newline = -1;
        while ((newline = buffer.indexOf('\n', consumed)) < 0) {
            if (!need(buffer.size() - consumed + 1))
                return std::unexpected(
                    RepositoryScan::tr("git cat-file stopped early (%1 of %2 objects read).")
                        .arg(index)
                        .arg(oids.size()));
        }
        const QList<QByteArray> header = buffer.sliced(consumed, newline - consumed).split(' ');
        consumed = newline + 1;
        if (header.size() < 3) { // missing object
            ++index;
            continue;
        }
        bool ok = false;
        const qsizetype size = header.at(2).toLongLong(&ok);
        if (!ok)
            return std::unexpected(RepositoryScan::tr("git cat-file printed an unexpected header."));
        if (!need(size + 1))
            return std::unexpected(RepositoryScan::tr("git cat-file stopped in the middle of an object."));
        if (header.at(1) == "blob")
            onBlob(index, QByteArrayView(buffer.constData() + consumed, size));
        consumed += size + 1;
        ++index;
    }
    process.waitForFinished(30000);
    return {};
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

} // namespace

bool RepositoryScan::isLocalEnvFileName(const QString &fileName)
{
    return fileName == u".env"_s || fileName == u".env.local"_s ||
           (fileName.startsWith(u".env."_s) && fileName.endsWith(u".local"_s) && fileName.size() > 11);
}

std::expected<RepositoryScan::Result, QString> RepositoryScan::run(const GitRepository &repository, Mode mode,
                                                                   SecretScanner &scanner, qint64 maxBytes)
{
    Result result;
    const QString root = repository.root();
    const auto scanContent = [&](QByteArrayView content, const QString &path, const QString &commit,
                                 const QString &author) {
        if (SecretScanner::looksBinary(content)) {
            ++result.stats.skippedBinary;
            return;
        }
        result.stats.bytes += content.size();
        result.findings.append(scanner.scan(content, path, commit, author));
    };

    if (mode == Mode::WorkingTree) {
        const auto listed = repository.run(
            {u"ls-files"_s, u"-z"_s, u"--cached"_s, u"--others"_s, u"--exclude-standard"_s}, kGitTimeoutMs);
        if (listed.exitCode != 0)
            return std::unexpected(tr("git could not list the files: %1").arg(gitError(listed)));
        QSet<QByteArray> seen;
        for (const QByteArray &name : nulSplit(listed.out)) {
            if (seen.contains(name))
                continue;
            seen.insert(name);
            const QString path = QString::fromUtf8(name);
            const QFileInfo info(QDir(root).filePath(path));
            if (info.isSymLink() || !info.isFile())
                continue;
            if (info.size() > maxBytes) {
                ++result.stats.skippedLarge;
                continue;
            }
            QFile file(info.filePath());
            if (!file.open(QIODevice::ReadOnly))
                continue; // unreadable: nothing git could commit from us either
            const QByteArray content = file.readAll();
            ++result.stats.files;
            scanContent(content, path, {}, {});
        }
        sortFindings(result.findings);
        return result;
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
            return result;
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
                result.findings.append(finding);
            }
            const auto oid = oidOf.constFind(name);
            if (oid == oidOf.constEnd())
                continue;
            oids.append(oid.value());
            oidPaths.append(path);
        }
        auto read = catFileBatch(root, oids, [&](qsizetype i, QByteArrayView content) {
            if (content.size() > maxBytes) {
                ++result.stats.skippedLarge;
                return;
            }
            ++result.stats.files;
            scanContent(content, oidPaths.at(i), {}, {});
        });
        if (!read)
            return std::unexpected(read.error());
        sortFindings(result.findings);
        return result;
    }

    // History: every reachable blob once.
    const auto objects = repository.run({u"-c"_s, u"core.quotePath=false"_s, u"rev-list"_s, u"--objects"_s,
                                         u"--all"_s, u"--filter=object:type=blob"_s},
                                        kGitTimeoutMs);
    if (objects.exitCode != 0)
        return std::unexpected(tr("git could not list the history: %1").arg(gitError(objects)));
    QList<QByteArray> blobs;
    QHash<QByteArray, BlobOrigin> origins;
    for (const QByteArray &line : objects.out.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue; // commits (and trees without a path) have no name
        const QByteArray oid = line.left(space);
        if (origins.contains(oid))
            continue;
        origins.insert(oid, BlobOrigin{QString::fromUtf8(line.mid(space + 1)), {}, {}});
        blobs.append(oid);
    }
    if (blobs.isEmpty())
        return result;
    const auto log = repository.run({u"-c"_s, u"core.quotePath=false"_s, u"log"_s, u"--all"_s, u"--reverse"_s,
                                     u"--no-renames"_s, u"--raw"_s, u"--no-abbrev"_s, u"-z"_s,
                                     u"--format=%x01%H%x02%an <%ae>"_s},
                                    kGitTimeoutMs);
    if (log.exitCode != 0)
        return std::unexpected(tr("git could not read the history: %1").arg(gitError(log)));
    {
        QString commit;
        QString author;
        QSet<QByteArray> assigned;
        const QList<QByteArray> tokens = log.out.split('\0');
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            QByteArray token = tokens.at(i);
            while (token.startsWith('\n'))
                token.remove(0, 1);
            if (token.startsWith('\x01')) {
                const qsizetype separator = token.indexOf('\x02');
                commit = QString::fromLatin1(token.mid(1, separator - 1));
                author = QString::fromUtf8(token.mid(separator + 1));
                continue;
            }
            if (!token.startsWith(':') || i + 1 >= tokens.size())
                continue;
            const QList<QByteArray> fields = token.mid(1).split(' ');
            const QByteArray path = tokens.at(++i);
            if (fields.size() < 5)
                continue;
            const QByteArray &newOid = fields.at(3);
            if (assigned.contains(newOid))
                continue;
            auto origin = origins.find(newOid);
            if (origin == origins.end())
                continue;
            assigned.insert(newOid);
            origin->path = QString::fromUtf8(path);
            origin->commit = commit;
            origin->author = author;
        }
    }
    const auto sizes = repository.run({u"cat-file"_s, u"--batch-check=%(objectname) %(objectsize)"_s},
                                      blobs.join('\n') + '\n', kGitTimeoutMs);
    if (sizes.exitCode != 0)
        return std::unexpected(tr("git could not read the object sizes: %1").arg(gitError(sizes)));
    QList<QByteArray> small;
    for (const QByteArray &line : sizes.out.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 2)
            continue;
        if (fields.at(1).toLongLong() > maxBytes) {
            ++result.stats.skippedLarge;
            continue;
        }
        small.append(fields.at(0));
    }
    auto read = catFileBatch(root, small, [&](qsizetype i, QByteArrayView content) {
        const BlobOrigin &origin = origins[small.at(i)];
        ++result.stats.blobs;
        scanContent(content, origin.path, origin.commit, origin.author);
    });
    if (!read)
        return std::unexpected(read.error());
    sortFindings(result.findings);
    return result;
}

std::expected<RepositoryScan::Result, QString>
RepositoryScan::scanFolder(const QString &folder, Mode mode, std::vector<ScanExactValue> exactValues)
{
    const GitRepository repository(folder);
    if (!repository.isValid())
        return std::unexpected(repository.errorString());
    auto rules = ScanRuleSet::forRepository(repository.root());
    if (!rules)
        return std::unexpected(rules.error());
    auto ignored = SecretScanner::readGitleaksIgnore(repository.root());
    if (!ignored)
        return std::unexpected(ignored.error());
    auto scanner = SecretScanner::create(*rules, std::move(exactValues));
    if (!scanner)
        return std::unexpected(scanner.error());
    (*scanner)->setIgnoredFingerprints(*ignored);
    return run(repository, mode, **scanner, SecretScanner::kDefaultMaxBytes);
}

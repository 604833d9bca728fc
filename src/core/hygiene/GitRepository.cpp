#include "core/hygiene/GitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString gitProgram()
{
    return QStandardPaths::findExecutable(u"git"_s);
}

QString trimmedText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

/// The first line of git's stderr, for error messages (git's messages name paths, never file contents).
QString firstErrorLine(const GitRepository::RunResult &result)
{
    if (!result.error.isEmpty())
        return result.error;
    const QString text = trimmedText(result.err);
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? text : text.left(newline);
}

QByteArray nulJoined(const QStringList &paths)
{
    QByteArray input;
    for (const QString &path : paths) {
        input += path.toUtf8();
        input += '\0';
    }
    return input;
}

} // namespace

GitRepository::GitRepository(const QString &path)
{
    if (!gitAvailable()) {
        m_error = QCoreApplication::translate(
            "GitRepository", "The git program was not found. Install git (e.g. `sudo apt install git`) "
                             "so the repository can be checked.");
        return;
    }
    QFileInfo info(path);
    if (!info.exists()) {
        m_error =
            QCoreApplication::translate("GitRepository", "The folder %1 does not exist. Choose an existing "
                                                         "project folder.")
                .arg(QDir::toNativeSeparators(path));
        return;
    }
    const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    const RunResult result = runGit(dir, {u"rev-parse"_s, u"--show-toplevel"_s}, nullptr, 30000);
    if (result.exitCode != 0) {
        const bool bare =
            runGit(dir, {u"rev-parse"_s, u"--is-bare-repository"_s}, nullptr, 30000).out.trimmed() == "true";
        m_bare = bare;
        if (bare)
            m_error = QCoreApplication::translate("GitRepository",
                                                  "%1 is a bare git repository (no working tree). Choose a "
                                                  "cloned working copy instead (only its history can be "
                                                  "scanned here: `envsmith scan --history`).")
                          .arg(QDir::toNativeSeparators(dir));
        else if (!result.error.isEmpty())
            m_error = result.error;
        else if (result.err.contains("safe.directory") || result.err.contains("dubious ownership")) {
            m_refused = true;
            m_error = QCoreApplication::translate(
                          "GitRepository",
                          "git refuses to work in %1 because the folder belongs to another user (git's "
                          "safe.directory check). If you trust it, run `git config --global --add "
                          "safe.directory %1`, or run Envsmith as the folder's owner.")
                          .arg(QDir::toNativeSeparators(dir));
        } else
            m_error = QCoreApplication::translate("GitRepository",
                                                  "%1 is not inside a git working tree (git says: %2). Run "
                                                  "`git init` there or choose the repository's folder.")
                          .arg(QDir::toNativeSeparators(dir), firstErrorLine(result));
        return;
    }
    m_root = trimmedText(result.out);
}

bool GitRepository::gitAvailable()
{
    return !gitProgram().isEmpty();
}

GitRepository GitRepository::openBare(const QString &path)
{
    GitRepository repository(path);
    if (!repository.isBare()) {
        if (repository.isValid()) {
            repository.m_error =
                QCoreApplication::translate("GitRepository", "%1 is a working tree, not a bare repository.")
                    .arg(QDir::toNativeSeparators(repository.m_root));
            repository.m_root.clear();
        }
        return repository;
    }
    const QFileInfo info(path);
    const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    const RunResult gitDir = runGit(dir, {u"rev-parse"_s, u"--absolute-git-dir"_s}, nullptr, 30000);
    if (gitDir.exitCode != 0) {
        repository.m_error = firstErrorLine(gitDir);
        return repository;
    }
    repository.m_root = trimmedText(gitDir.out);
    repository.m_error.clear();
    return repository;
}

bool GitRepository::prepareProcess(QProcess &process, const QString &workingDir, const QStringList &args)
{
    const QString program = gitProgram();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    env.insert(u"GIT_OPTIONAL_LOCKS"_s, u"0"_s);
    env.remove(u"GIT_DIR"_s);
    env.remove(u"GIT_WORK_TREE"_s);
    env.remove(u"GIT_PREFIX"_s);
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(QStringList{u"-C"_s, workingDir} + args);
#ifdef F_SETPIPE_SZ
    // A 1 MiB output pipe instead of 64 KiB: git writes, and the reader wakes, a sixteenth as often (a
    // history scan streams every blob through `git cat-file`). Best effort: the limit is
    // /proc/sys/fs/pipe-max-size, and a smaller pipe only costs time.
    process.setChildProcessModifier([] { ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20); });
#endif
    return !program.isEmpty();
}

GitRepository::RunResult GitRepository::runGit(const QString &workingDir, const QStringList &args,
                                               const QByteArray *input, int timeoutMs)
{
    RunResult result;
    const QString program = gitProgram();
    if (program.isEmpty()) {
        result.error = QCoreApplication::translate(
            "GitRepository", "The git program was not found. Install git and try again.");
        return result;
    }
    QProcess process;
    prepareProcess(process, workingDir, args);
    if (!input)
        process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.error = QCoreApplication::translate("GitRepository", "Could not start git: %1.")
                           .arg(process.errorString());
        return result;
    }
    if (input) {
        process.write(*input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = QCoreApplication::translate("GitRepository",
                                                   "git %1 did not finish within %2 seconds and was stopped. "
                                                   "Check that the repository is not on a stalled disk and "
                                                   "try again.")
                           .arg(args.value(0))
                           .arg(timeoutMs / 1000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit) {
        result.error = QCoreApplication::translate("GitRepository", "git %1 crashed.").arg(args.value(0));
        return result;
    }
    result.exitCode = process.exitCode();
    return result;
}

GitRepository::RunResult GitRepository::run(const QStringList &args, int timeoutMs) const
{
    return runGit(m_root, args, nullptr, timeoutMs);
}

GitRepository::RunResult GitRepository::run(const QStringList &args, const QByteArray &input,
                                            int timeoutMs) const
{
    return runGit(m_root, args, &input, timeoutMs);
}

static QString gitFailed(const QString &what, const GitRepository::RunResult &result)
{
    return QCoreApplication::translate("GitRepository", "git could not %1: %2")
        .arg(what, firstErrorLine(result));
}

std::expected<QList<bool>, QString> GitRepository::checkIgnore(const QStringList &relativePaths,
                                                               bool noIndex) const
{
    if (!isValid())
        return std::unexpected(m_error);
    if (relativePaths.isEmpty())
        return QList<bool>{};
    for (const QString &path : relativePaths) {
        if (path.isEmpty() || path.contains(QChar(u'\0')))
            return std::unexpected(QCoreApplication::translate("GitRepository",
                                                               "An empty or invalid path was given to the "
                                                               "ignore check."));
    }
    QStringList args{u"check-ignore"_s, u"-z"_s, u"--stdin"_s};
    if (noIndex)
        args.append(u"--no-index"_s);
    const RunResult result = run(args, nulJoined(relativePaths));
    // Exit status: 0 some ignored, 1 none ignored, 128 fatal error.
    if (result.exitCode != 0 && result.exitCode != 1)
        return std::unexpected(
            gitFailed(QCoreApplication::translate("GitRepository", "check which files are ignored"), result));
    QSet<QString> ignoredPaths;
    const QList<QByteArray> parts = result.out.split('\0');
    for (const QByteArray &part : parts) {
        if (!part.isEmpty())
            ignoredPaths.insert(QString::fromUtf8(part));
    }
    QList<bool> verdicts;
    verdicts.reserve(relativePaths.size());
    for (const QString &path : relativePaths)
        verdicts.append(ignoredPaths.contains(path));
    return verdicts;
}

std::expected<QList<bool>, QString> GitRepository::ignored(const QStringList &relativePaths) const
{
    return checkIgnore(relativePaths, false);
}

std::expected<QList<bool>, QString> GitRepository::ignoredByRules(const QStringList &relativePaths) const
{
    return checkIgnore(relativePaths, true);
}

std::expected<GitRepository::IgnoreMatch, QString>
GitRepository::ignoreMatch(const QString &relativePath) const
{
    if (!isValid())
        return std::unexpected(m_error);
    const RunResult result =
        run({u"check-ignore"_s, u"-v"_s, u"-n"_s, u"-z"_s, u"--no-index"_s, u"--stdin"_s},
            nulJoined({relativePath}));
    if (result.exitCode != 0 && result.exitCode != 1)
        return std::unexpected(
            gitFailed(QCoreApplication::translate("GitRepository", "check which files are ignored"), result));
    // -z -v output: <source> NUL <line> NUL <pattern> NUL <path> NUL
    const QList<QByteArray> fields = result.out.split('\0');
    IgnoreMatch match;
    if (fields.size() >= 4) {
        match.source = QString::fromUtf8(fields.at(0));
        match.line = fields.at(1).toInt();
        match.pattern = QString::fromUtf8(fields.at(2));
    }
    return match;
}

std::expected<bool, QString> GitRepository::isTracked(const QString &relativePath) const
{
    if (!isValid())
        return std::unexpected(m_error);
    const RunResult result = run({u"ls-files"_s, u"-z"_s, u"--"_s, u":(literal)"_s + relativePath});
    if (result.exitCode != 0)
        return std::unexpected(
            gitFailed(QCoreApplication::translate("GitRepository", "list the tracked files"), result));
    return !result.out.isEmpty();
}

std::expected<QStringList, QString> GitRepository::commitsTouching(const QStringList &relativePaths) const
{
    if (!isValid())
        return std::unexpected(m_error);
    if (relativePaths.isEmpty())
        return QStringList{};
    const RunResult result = run(
        QStringList{u"log"_s, u"--all"_s, u"--full-history"_s, u"--format=%H"_s, u"--"_s} + relativePaths);
    if (result.exitCode != 0) {
        // A repository without any commit has nothing to search.
        if (rootCommit().isEmpty() && run({u"for-each-ref"_s, u"--count=1"_s}).out.isEmpty())
            return QStringList{};
        return std::unexpected(
            gitFailed(QCoreApplication::translate("GitRepository", "read the commit history"), result));
    }
    return QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
}

std::expected<std::optional<QByteArray>, QString> GitRepository::committedFile(const QString &relativePath,
                                                                               qint64 maxBytes) const
{
    if (!isValid())
        return std::unexpected(m_error);
    const QString what =
        QCoreApplication::translate("GitRepository", "read %1 from the last commit").arg(relativePath);
    QByteArray commit = "HEAD";
    if (run({u"rev-parse"_s, u"--verify"_s, u"--quiet"_s, u"HEAD^{commit}"_s}).exitCode != 0) {
        // HEAD is unborn: in a bare repository it may name a branch nobody pushed, while others exist.
        const RunResult newest = run({u"for-each-ref"_s, u"--sort=-committerdate"_s, u"--count=1"_s,
                                      u"--format=%(objectname)"_s, u"refs/heads"_s});
        commit = newest.exitCode == 0 ? newest.out.trimmed() : QByteArray();
        if (commit.isEmpty())
            return std::optional<QByteArray>();
    }
    // A committed symbolic link is followed inside the commit, as the working-tree scan follows it.
    QString path = relativePath;
    for (int hop = 0; hop < 8; ++hop) {
        // `ls-tree` gives the mode: a symbolic link is a blob (its target path) with mode 120000.
        const RunResult entry = run({u"ls-tree"_s, u"-z"_s, QString::fromUtf8(commit), u"--"_s, path});
        if (entry.exitCode != 0)
            return std::unexpected(gitFailed(what, entry));
        const QByteArray line = entry.out.left(entry.out.indexOf('\t'));
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 3)
            return std::optional<QByteArray>(); // not in that commit
        if (fields.at(1) != "blob")
            return std::unexpected(
                QCoreApplication::translate("GitRepository", "%1 in the last commit is not a file (a folder "
                                                             "or a submodule). Fix or remove it.")
                    .arg(path));
        const RunResult blob = run({u"cat-file"_s, u"-s"_s, QString::fromUtf8(fields.at(2))});
        if (blob.exitCode != 0)
            return std::unexpected(gitFailed(what, blob));
        if (blob.out.trimmed().toLongLong() > maxBytes)
            return std::unexpected(QCoreApplication::translate(
                                       "GitRepository", "%1 in the last commit is larger than %2 MiB. Fix "
                                                        "or remove it.")
                                       .arg(path)
                                       .arg(maxBytes / (1024 * 1024)));
        const RunResult content = run({u"cat-file"_s, u"blob"_s, QString::fromUtf8(fields.at(2))});
        if (content.exitCode != 0)
            return std::unexpected(gitFailed(what, content));
        if (fields.at(0) != "120000")
            return std::optional<QByteArray>(content.out);
        const QString target = QString::fromUtf8(content.out);
        const QString resolved = QDir::cleanPath(QFileInfo(path).path() + u'/' + target);
        if (QDir::isAbsolutePath(target) || resolved == u".."_s || resolved.startsWith(u"../"_s))
            return std::unexpected(QCoreApplication::translate(
                                       "GitRepository", "%1 in the last commit is a symbolic link to %2, "
                                                        "outside the repository. Commit the file itself.")
                                       .arg(path, target));
        path = resolved;
    }
    return std::unexpected(QCoreApplication::translate(
                               "GitRepository", "%1 in the last commit is a chain of more than 8 symbolic "
                                                "links. Commit the file itself.")
                               .arg(relativePath));
}

QString GitRepository::rootCommit() const
{
    if (!isValid())
        return {};
    // Follow first parents only, so a merged-in unrelated history does not change the answer.
    const RunResult result =
        run({u"rev-list"_s, u"--max-parents=0"_s, u"--first-parent"_s, u"HEAD"_s, u"--"_s});
    if (result.exitCode != 0)
        return {};
    const QStringList roots = QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts);
    return roots.isEmpty() ? QString() : roots.constLast();
}

QString GitRepository::originUrl() const
{
    if (!isValid())
        return {};
    const RunResult result = run({u"config"_s, u"--get"_s, u"remote.origin.url"_s});
    if (result.exitCode != 0)
        return {};
    return stripCredentials(trimmedText(result.out));
}

QString GitRepository::stripCredentials(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf(u"://"_s);
    if (schemeEnd <= 0)
        return url;
    const QString scheme = url.left(schemeEnd).toLower();
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = url.indexOf(u'/', authorityStart);
    if (authorityEnd < 0)
        authorityEnd = url.size();
    const qsizetype at = url.lastIndexOf(u'@', authorityEnd - 1);
    if (at < authorityStart)
        return url;
    const QString userInfo = url.mid(authorityStart, at - authorityStart);
    const bool httpLike =
        scheme == u"http"_s || scheme == u"https"_s || scheme == u"ftp"_s || scheme == u"ftps"_s;
    if (!userInfo.contains(u':') && !httpLike)
        return url;
    return url.left(authorityStart) + url.mid(at + 1);
}

QString GitRepository::globEscape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u']' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return escaped;
}

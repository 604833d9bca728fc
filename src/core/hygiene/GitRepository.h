#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

class QProcess;

/// A git working tree, inspected through the `git` program itself (so ignore rules, core.excludesFile,
/// info/exclude and tracked files get git's own verdicts). Never passes a value on git's command line.
class GitRepository
{
public:
    struct RunResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        /// Set when git could not be run or finished abnormally (not found, timed out, crashed); then
        /// exitCode is -1. Empty when git ran to completion (whatever its exit code).
        QString error;
    };
    /// Why git matched a path (from `git check-ignore -v`): the ignore file, its line and the pattern.
    struct IgnoreMatch
    {
        /// The file the rule is in, as git names it (e.g. `.gitignore`, `.git/info/exclude`); empty
        /// when no rule matched.
        QString source;
        int line = 0;
        /// The pattern as written; starts with `!` for a negation (the path is then not ignored).
        QString pattern;
        bool matched() const { return !source.isEmpty(); }
        bool negated() const { return pattern.startsWith(u'!'); }
    };

    /// Opens the working tree containing @p path. isValid() is false when @p path is not inside one (or
    /// git is not installed: then errorString() says so).
    explicit GitRepository(const QString &path);
    /// Opens the bare repository (a git folder without a working tree) at @p path, for what needs history
    /// only (`envsmith scan --history`): then isValid() and isBare() are true and root() is the git folder.
    /// Otherwise isValid() is false and errorString() says why.
    static GitRepository openBare(const QString &path);

    bool isValid() const { return !m_root.isEmpty(); }
    /// Absolute path of the working tree's top folder (empty when !isValid()).
    QString root() const { return m_root; }
    QString errorString() const { return m_error; }
    /// True when @p path is inside a repository but git refused to work there (safe.directory: the folder
    /// belongs to another user). Such a folder must not be treated as a plain, non-git folder.
    bool gitRefused() const { return m_refused; }
    /// True for a repository opened by openBare(), and for a bare repository the constructor refused.
    bool isBare() const { return m_bare; }
    static bool gitAvailable();

    /// For each repository-relative path, whether git ignores it (`git check-ignore`; a tracked file is
    /// not ignored, as git says).
    /// Paths are sent on stdin (`git check-ignore -z --stdin`); a path outside the working tree is an
    /// error. Exit status 1 ("none ignored") is not an error.
    std::expected<QList<bool>, QString> ignored(const QStringList &relativePaths) const;
    /// Like ignored() but asks only the ignore rules, not the index (`--no-index`): a tracked path that
    /// the rules cover is reported ignored. This is the question "does .gitignore cover it".
    std::expected<QList<bool>, QString> ignoredByRules(const QStringList &relativePaths) const;
    /// The last rule that matches @p relativePath, ignoring the index (`git check-ignore -v -n
    /// --no-index`); a default IgnoreMatch when none matches. Used to explain a negation such as `!.env`.
    std::expected<IgnoreMatch, QString> ignoreMatch(const QString &relativePath) const;
    /// Whether @p relativePath is tracked (in the index).
    std::expected<bool, QString> isTracked(const QString &relativePath) const;
    /// Commits (full hashes, newest first) in which any of @p relativePaths was ever added, changed or
    /// removed, on any ref (`git log --all --full-history`, so commits only reachable through a merge
    /// count too). The entries are git pathspecs (`:(literal)x`, `:(glob)x` magic allowed). Empty when
    /// there are no commits.
    std::expected<QStringList, QString> commitsTouching(const QStringList &relativePaths) const;
    /// The bytes of @p relativePath as committed in HEAD (`git cat-file blob HEAD:path`): what a bare
    /// repository has in place of a working file. When HEAD names a branch that does not exist (a bare
    /// repository created with another default branch than the one pushed), the newest branch tip is read
    /// instead. A committed symbolic link is followed inside that commit (up to 8 links). std::nullopt when
    /// there is no commit at all or that commit has no such file; an error when it is a folder or
    /// submodule, a link out of the repository, larger than @p maxBytes, or git fails.
    std::expected<std::optional<QByteArray>, QString> committedFile(const QString &relativePath,
                                                                    qint64 maxBytes) const;
    /// The hash of the first (root) commit, stable across clones; empty when there are no commits.
    QString rootCommit() const;
    /// The URL of remote `origin` with any credentials removed; empty when there is none.
    QString originUrl() const;

    /// Sets @p process up to run `git -C workingDir args...` with the environment run() uses (LC_ALL=C,
    /// GIT_TERMINAL_PROMPT=0, GIT_OPTIONAL_LOCKS=0, GIT_DIR / GIT_WORK_TREE / GIT_PREFIX removed), for
    /// callers that stream git's output themselves (its stdout pipe is enlarged to 1 MiB where Linux allows).
    /// False when git is not installed.
    static bool prepareProcess(QProcess &process, const QString &workingDir, const QStringList &args);
    /// Runs `git -C root args...` (stdin closed) with a timeout in milliseconds.
    /// The environment has LC_ALL=C and GIT_TERMINAL_PROMPT=0, GIT_DIR / GIT_WORK_TREE removed.
    RunResult run(const QStringList &args, int timeoutMs = 60000) const;
    /// Like run() but writes @p input to git's stdin, then closes it.
    RunResult run(const QStringList &args, const QByteArray &input, int timeoutMs = 60000) const;

    /// @p url without credentials: the user-info part of a `scheme://user:password@host/...` URL is
    /// dropped when it holds a password, and for http(s) also a bare user name (often a token). Other
    /// forms (`git@host:org/repo.git`, `ssh://git@host/...`, local paths) are returned unchanged.
    static QString stripCredentials(const QString &url);
    /// Escapes @p text for use as a literal inside a `:(glob)` pathspec.
    static QString globEscape(const QString &text);

private:
    static RunResult runGit(const QString &workingDir, const QStringList &args, const QByteArray *input,
                            int timeoutMs);
    std::expected<QList<bool>, QString> checkIgnore(const QStringList &relativePaths, bool noIndex) const;
    QString m_root;
    QString m_error;
    bool m_refused = false;
    bool m_bare = false;
};

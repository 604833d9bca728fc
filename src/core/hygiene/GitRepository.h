#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <expected>

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
    };

    /// Opens the working tree containing @p path. isValid() is false when @p path is not inside one (or
    /// git is not installed: then errorString() says so).
    explicit GitRepository(const QString &path);

    bool isValid() const { return !m_root.isEmpty(); }
    /// Absolute path of the working tree's top folder (empty when !isValid()).
    QString root() const { return m_root; }
    QString errorString() const { return m_error; }
    static bool gitAvailable();

    /// For each repository-relative path, whether git ignores it (`git check-ignore`; a tracked file is
    /// not ignored, as git says).
    std::expected<QList<bool>, QString> ignored(const QStringList &relativePaths) const;
    /// Whether @p relativePath is tracked (in the index).
    std::expected<bool, QString> isTracked(const QString &relativePath) const;
    /// Commits (full hashes, newest first) in which any of @p relativePaths was ever added or changed.
    std::expected<QStringList, QString> commitsTouching(const QStringList &relativePaths) const;
    /// The hash of the first (root) commit, stable across clones; empty when there are no commits.
    QString rootCommit() const;
    /// The URL of remote `origin` with any credentials removed; empty when there is none.
    QString originUrl() const;

    /// Runs `git -C root args...` (stdin closed) with a timeout in milliseconds.
    RunResult run(const QStringList &args, int timeoutMs = 60000) const;

private:
    QString m_root;
    QString m_error;
};

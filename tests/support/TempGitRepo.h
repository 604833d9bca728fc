#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// A throwaway git repository for tests: a QTemporaryDir with `git init` run in it (branch `main`).
/// Every git call passes its own identity and settings with `-c` (user name/email, no signing, no
/// hooks), so the user's global configuration is never needed.
class TempGitRepo
{
public:
    struct Result
    {
        /// -1 when git could not be run or timed out.
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// Creates the folder and runs `git init` (with @p bare, `git init --bare`).
    explicit TempGitRepo(bool bare = false);

    /// True when the folder exists and `git init` succeeded.
    bool isValid() const { return m_valid; }
    /// Absolute path of the repository folder (the working tree, or the bare repository).
    QString path() const { return m_dir.path(); }
    /// Absolute path of @p relativePath inside the repository.
    QString filePath(const QString &relativePath) const;

    /// Writes @p bytes to @p relativePath (parent folders created). False on any I/O error.
    bool writeFile(const QString &relativePath, const QByteArray &bytes) const;
    /// Creates the folder @p relativePath (and parents).
    bool makeDir(const QString &relativePath) const;
    /// `git add -A` (with -f when @p force) and `git commit`; returns the new commit's full hash, or an
    /// empty string when anything failed.
    QString commitAll(const QString &message, bool force = false) const;
    /// Runs `git args...` in the repository (stdin closed), with a fixed identity.
    Result run(const QStringList &args) const;
    /// Like run() but prints git's stderr and returns false when git exits non-zero (use in QVERIFY).
    bool runOk(const QStringList &args) const;

private:
    QTemporaryDir m_dir;
    bool m_valid = false;
};

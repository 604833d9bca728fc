#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

/// Installs and removes Envsmith's commit guard: a git `pre-commit` hook (POSIX sh) that runs
/// `envsmith scan --staged` and blocks a commit that adds a `.env` file or a secret, with a message saying
/// how to fix or allow it.
///
/// Where: the folder git runs hooks from, `git rev-parse --git-path hooks` (honours `core.hooksPath` from
/// any config level, a relative value being relative to the working tree's top folder as githooks(5)
/// says, and linked worktrees, whose hooks live in the common git folder).
///
/// An existing `pre-commit` hook that is not ours is kept: it is renamed to `pre-commit.envsmith-chained`
/// (mode and symbolic link kept) and our hook runs it first, with the same arguments, whenever it is
/// executable (as git would). Installing again only refreshes our hook (never chains itself);
/// uninstalling removes our hook and renames the chained one back.
///
/// The hook calls the envsmith binary by the absolute path given at install time and falls back to
/// `envsmith` on PATH. It fails closed: when neither can be run, or the scan itself fails (exit code other
/// than 0 or 1), the commit is stopped with a message (`git commit --no-verify` skips every hook).
///
/// Errors are returned as values (translated text naming the folder or file and what to do).
class CommitGuardInstaller
{
public:
    enum class Outcome {
        Installed,    ///< our hook was written (it was not there before)
        Updated,      ///< our hook was already there and has been rewritten (new binary path)
        Removed,      ///< our hook was removed
        NotInstalled, ///< uninstall: our hook was not there; nothing changed
    };
    struct Result
    {
        Outcome outcome = Outcome::NotInstalled;
        /// Absolute path of the `pre-commit` hook file.
        QString hookPath;
        /// Install: the path the previous hook was moved to (`pre-commit.envsmith-chained`), empty when
        /// nothing is chained. Uninstall: the hook path it was restored to, empty when none was restored.
        QString chainedHookPath;
        /// True when `core.hooksPath` comes from the global or system git configuration: the hooks folder
        /// is then shared by every repository of this user (or machine).
        bool sharedHooksFolder = false;
    };

    /// Installs (or refreshes) the hook for the working tree containing @p repoPath. @p envsmithBinary is
    /// the absolute path the hook calls first (normally QCoreApplication::applicationFilePath()); empty
    /// means `envsmith` on PATH only. Creates the hooks folder when missing.
    /// Errors: not a git working tree (or bare), git failed, a `pre-commit` that is a folder, a foreign
    /// hook while `pre-commit.envsmith-chained` already exists, the folder or file not writable (then
    /// nothing is changed).
    static std::expected<Result, QString> install(const QString &repoPath, const QString &envsmithBinary);
    /// Removes our hook and restores the chained one. Not installed is not an error (NotInstalled).
    /// Errors: as install(); also a foreign `pre-commit` while `pre-commit.envsmith-chained` exists.
    static std::expected<Result, QString> uninstall(const QString &repoPath);
    /// Whether our hook is the `pre-commit` hook of the working tree containing @p repoPath.
    static std::expected<bool, QString> isInstalled(const QString &repoPath);

    /// Absolute path of the folder git runs hooks from for the working tree containing @p repoPath (it
    /// may not exist yet).
    static std::expected<QString, QString> hooksFolder(const QString &repoPath);
    /// The hook script (UTF-8, LF line ends) calling @p envsmithBinary first, `envsmith` on PATH second.
    static QByteArray hookScript(const QString &envsmithBinary);
    /// True when @p hookContent is a hook written by this class (it carries markerLine()).
    static bool isOurHook(const QByteArray &hookContent);
    /// The comment line that marks our hook.
    static QByteArray markerLine();
    /// File name the previous hook is kept under: `pre-commit.envsmith-chained`.
    static QString chainedHookName();
};

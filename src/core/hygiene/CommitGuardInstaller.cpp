#include "core/hygiene/CommitGuardInstaller.h"

#include "core/hygiene/GitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// @p text as one single-quoted POSIX shell word.
QByteArray shellQuoted(const QString &text)
{
    QByteArray quoted = text.toUtf8();
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

/// A here-document printing @p message on stderr.
QByteArray stderrMessage(const QString &message, const char *indent)
{
    QByteArray body = message.toUtf8();
    if (!body.endsWith('\n'))
        body += '\n';
    return QByteArray(indent) + "cat >&2 <<'ENVSMITH_MESSAGE'\n" + body + "ENVSMITH_MESSAGE\n";
}

struct HookPaths
{
    QString folder;
    QString hook;
    QString chained;
    bool shared = false;
};

std::expected<HookPaths, QString> resolve(const QString &repoPath)
{
    const GitRepository repo(repoPath);
    if (!repo.isValid())
        return std::unexpected(repo.errorString());
    const GitRepository::RunResult path = repo.run({u"rev-parse"_s, u"--git-path"_s, u"hooks"_s});
    if (path.exitCode != 0) {
        const QString why = path.error.isEmpty() ? QString::fromUtf8(path.err).trimmed() : path.error;
        return std::unexpected(QCoreApplication::translate("CommitGuardInstaller",
                                                           "git could not tell the hooks folder of %1: %2")
                                   .arg(native(repo.root()), why));
    }
    const QString relative = QString::fromUtf8(path.out).trimmed();
    HookPaths paths;
    // git prints the path relative to the folder it ran in (the top of the working tree); a relative
    // core.hooksPath is relative to that folder too, which is where git runs hooks from.
    paths.folder = QDir::cleanPath(QDir(repo.root()).absoluteFilePath(relative));
    paths.hook = QDir(paths.folder).filePath(u"pre-commit"_s);
    paths.chained = QDir(paths.folder).filePath(CommitGuardInstaller::chainedHookName());
    const GitRepository::RunResult scope =
        repo.run({u"config"_s, u"--show-scope"_s, u"--get"_s, u"core.hooksPath"_s});
    if (scope.exitCode == 0) {
        const QByteArray where = scope.out.trimmed();
        paths.shared = where.startsWith("global") || where.startsWith("system");
    }
    return paths;
}

/// True when something (a file, folder, or a symbolic link, even a dangling one) is at @p path.
bool present(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

std::expected<QByteArray, QString> readHook(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return std::unexpected(
            QCoreApplication::translate("CommitGuardInstaller",
                                        "%1 is a folder, not a hook file. Move it away and install again.")
                .arg(native(path)));
    if (!info.exists())
        return QByteArray(); // a dangling symbolic link: a foreign hook that git cannot run
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            QCoreApplication::translate("CommitGuardInstaller",
                                        "Cannot read the hook %1 (%2). Check its permissions.")
                .arg(native(path), file.errorString()));
    return file.readAll();
}

std::expected<void, QString> renameHook(const QString &from, const QString &to)
{
    if (QFile::rename(from, to))
        return {};
    return std::unexpected(QCoreApplication::translate(
                               "CommitGuardInstaller",
                               "Cannot rename %1 to %2 (the folder is not writable?). Make the hooks folder "
                               "writable for your user and try again.")
                               .arg(native(from), native(to)));
}

std::expected<void, QString> writeHook(const QString &path, const QByteArray &script)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size() || !file.commit()) {
        return std::unexpected(QCoreApplication::translate(
                                   "CommitGuardInstaller",
                                   "Cannot write the hook %1 (%2). Make the hooks folder writable for your "
                                   "user and try again.")
                                   .arg(native(path), file.errorString()));
    }
    const QFile::Permissions executable =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser |
        QFile::ExeUser | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    if (!QFile::setPermissions(path, executable))
        return std::unexpected(
            QCoreApplication::translate("CommitGuardInstaller",
                                        "Cannot make the hook %1 executable. Run `chmod +x` on it.")
                .arg(native(path)));
    return {};
}

} // namespace

QByteArray CommitGuardInstaller::markerLine()
{
    return "# envsmith-commit-guard: 1"_ba;
}

QString CommitGuardInstaller::chainedHookName()
{
    return u"pre-commit.envsmith-chained"_s;
}

bool CommitGuardInstaller::isOurHook(const QByteArray &hookContent)
{
    for (const QByteArray &line : hookContent.split('\n')) {
        if (line.trimmed() == markerLine())
            return true;
    }
    return false;
}

QByteArray CommitGuardInstaller::hookScript(const QString &envsmithBinary)
{
    const QString missing = QCoreApplication::translate(
        "CommitGuardInstaller",
        "envsmith commit guard: the envsmith program was not found, so the staged changes were not\n"
        "checked and the commit is stopped.\n"
        "  - Install envsmith or put it on PATH, then commit again; run 'envsmith install-hook' again\n"
        "    after moving it.\n"
        "  - Or remove the guard: 'envsmith install-hook --uninstall', or delete this hook file.\n"
        "  - Last resort, skipping every hook of this one commit: git commit --no-verify\n");
    const QString blocked = QCoreApplication::translate(
        "CommitGuardInstaller",
        "envsmith commit guard: commit stopped. The staged changes add an env file or a secret (listed\n"
        "above).\n"
        "To fix:\n"
        "  - an env file (.env, .env.local, .env.*.local): unstage it with 'git rm --cached .env' (its\n"
        "    name as listed) and keep it ignored ('envsmith setup' adds it to .gitignore);\n"
        "  - a secret in a file: move the value to .env, read it from the environment in the code,\n"
        "    then 'git add' the file again; if it was ever pushed, rotate it ('envsmith rotate NAME').\n"
        "To allow a finding that is not a secret:\n"
        "  - add a comment containing 'gitleaks:allow' on its line, or\n"
        "  - add its fingerprint (see 'envsmith scan --staged --format json') as a line of\n"
        "    .gitleaksignore at the top of the repository.\n"
        "Last resort, skipping every hook of this one commit: git commit --no-verify\n");
    const QString incomplete = QCoreApplication::translate(
        "CommitGuardInstaller",
        "envsmith commit guard: commit stopped. Some staged files could not be scanned (listed above,\n"
        "e.g. larger than the scan limit), so the commit is not known to be free of secrets. Keep such\n"
        "files out of git, or check them yourself.\n"
        "Last resort, skipping every hook of this one commit: git commit --no-verify\n");
    const QString failed = QCoreApplication::translate(
        "CommitGuardInstaller",
        "envsmith commit guard: 'envsmith scan --staged' failed (its message is above), so the staged\n"
        "changes were not checked and the commit is stopped. Fix what it says and commit again.\n"
        "Last resort, skipping every hook of this one commit: git commit --no-verify\n");

    QByteArray script = "#!/bin/sh\n"_ba;
    script += markerLine() + '\n';
    script += "# Installed by 'envsmith install-hook'; remove it with 'envsmith install-hook --uninstall'.\n"
              "# Runs the pre-commit hook that was here before (kept as pre-commit.envsmith-chained), then\n"
              "# 'envsmith scan --staged', which blocks a commit that adds an env file or a secret.\n"
              "# Fails closed: when envsmith cannot be run, the commit is stopped.\n"
              "\n"
              "hook_dir=$(dirname -- \"$0\")\n"
              "chained=\"$hook_dir/pre-commit.envsmith-chained\"\n"
              "if [ -f \"$chained\" ] && [ -x \"$chained\" ]; then\n"
              "    \"$chained\" \"$@\" || exit $?\n"
              "fi\n"
              "\n";
    script += "envsmith=" + (envsmithBinary.isEmpty() ? "''"_ba : shellQuoted(envsmithBinary)) + '\n';
    script += "if [ -z \"$envsmith\" ] || [ ! -f \"$envsmith\" ] || [ ! -x \"$envsmith\" ]; then\n"
              "    envsmith=$(command -v envsmith 2>/dev/null) || envsmith=\n"
              "fi\n"
              "if [ -z \"$envsmith\" ]; then\n";
    script += stderrMessage(missing, "    ");
    script += "    exit 1\n"
              "fi\n"
              "\n"
              "\"$envsmith\" scan --staged --quiet\n"
              "status=$?\n"
              "case $status in\n"
              "0)\n"
              "    exit 0\n"
              "    ;;\n"
              "1)\n";
    script += stderrMessage(blocked, "    ");
    script += "    exit 1\n"
              "    ;;\n"
              "4)\n";
    script += stderrMessage(incomplete, "    ");
    script += "    exit 1\n"
              "    ;;\n"
              "*)\n";
    script += stderrMessage(failed, "    ");
    script += "    exit 1\n"
              "    ;;\n"
              "esac\n";
    return script;
}

std::expected<QString, QString> CommitGuardInstaller::hooksFolder(const QString &repoPath)
{
    auto paths = resolve(repoPath);
    if (!paths)
        return std::unexpected(paths.error());
    return paths->folder;
}

std::expected<bool, QString> CommitGuardInstaller::isInstalled(const QString &repoPath)
{
    auto paths = resolve(repoPath);
    if (!paths)
        return std::unexpected(paths.error());
    if (!present(paths->hook))
        return false;
    auto content = readHook(paths->hook);
    if (!content)
        return std::unexpected(content.error());
    return isOurHook(*content);
}

std::expected<CommitGuardInstaller::Result, QString>
CommitGuardInstaller::install(const QString &repoPath, const QString &envsmithBinary)
{
    auto paths = resolve(repoPath);
    if (!paths)
        return std::unexpected(paths.error());
    Result result;
    result.hookPath = paths->hook;
    result.sharedHooksFolder = paths->shared;
    if (!QFileInfo(paths->folder).isDir() && !QDir().mkpath(paths->folder)) {
        return std::unexpected(
            QCoreApplication::translate("CommitGuardInstaller",
                                        "Cannot create the hooks folder %1. Check that its parent folder is "
                                        "writable for your user (or change core.hooksPath).")
                .arg(native(paths->folder)));
    }

    bool moved = false;
    if (present(paths->hook)) {
        auto content = readHook(paths->hook);
        if (!content)
            return std::unexpected(content.error());
        if (isOurHook(*content)) {
            result.outcome = Outcome::Updated;
            if (present(paths->chained))
                result.chainedHookPath = paths->chained;
        } else {
            if (present(paths->chained)) {
                return std::unexpected(
                    QCoreApplication::translate(
                        "CommitGuardInstaller",
                        "%1 is not Envsmith's hook, and %2 (kept by an earlier install) exists too. Merge "
                        "the two hooks by hand into %2, delete %1, and install again.")
                        .arg(native(paths->hook), native(paths->chained)));
            }
            if (auto renamed = renameHook(paths->hook, paths->chained); !renamed)
                return std::unexpected(renamed.error());
            moved = true;
            result.outcome = Outcome::Installed;
            result.chainedHookPath = paths->chained;
        }
    } else {
        result.outcome = Outcome::Installed;
        if (present(paths->chained))
            result.chainedHookPath = paths->chained;
    }

    if (auto written = writeHook(paths->hook, hookScript(envsmithBinary)); !written) {
        if (moved && !QFile::rename(paths->chained, paths->hook)) {
            return std::unexpected(
                written.error() + u' ' +
                QCoreApplication::translate("CommitGuardInstaller",
                                            "The previous hook is now %1: rename it back to %2.")
                    .arg(native(paths->chained), native(paths->hook)));
        }
        return std::unexpected(written.error());
    }
    return result;
}

std::expected<CommitGuardInstaller::Result, QString> CommitGuardInstaller::uninstall(const QString &repoPath)
{
    auto paths = resolve(repoPath);
    if (!paths)
        return std::unexpected(paths.error());
    Result result;
    result.hookPath = paths->hook;
    result.sharedHooksFolder = paths->shared;
    result.outcome = Outcome::NotInstalled;

    const bool hookPresent = present(paths->hook);
    if (hookPresent) {
        auto content = readHook(paths->hook);
        if (!content)
            return std::unexpected(content.error());
        if (!isOurHook(*content)) {
            if (present(paths->chained)) {
                return std::unexpected(
                    QCoreApplication::translate(
                        "CommitGuardInstaller",
                        "%1 is not Envsmith's hook, so it was left alone; %2 (kept by an earlier install) "
                        "exists too. Merge them by hand.")
                        .arg(native(paths->hook), native(paths->chained)));
            }
            return result;
        }
        if (!QFile::remove(paths->hook)) {
            return std::unexpected(QCoreApplication::translate(
                                       "CommitGuardInstaller",
                                       "Cannot delete the hook %1. Make the hooks folder writable for your "
                                       "user and try again.")
                                       .arg(native(paths->hook)));
        }
        result.outcome = Outcome::Removed;
    }
    if (present(paths->chained)) {
        if (auto renamed = renameHook(paths->chained, paths->hook); !renamed)
            return std::unexpected(renamed.error());
        result.chainedHookPath = paths->hook;
        if (!hookPresent)
            result.outcome = Outcome::Removed;
    }
    return result;
}

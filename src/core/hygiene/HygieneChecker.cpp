#include "core/hygiene/HygieneChecker.h"

#include "core/hygiene/CommitGuardInstaller.h"
#include "core/hygiene/GitIgnoreFixer.h"
#include "core/hygiene/GitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxListedCommits = 5;

QString quoted(const QString &path)
{
    return u'`' + path + u'`';
}

QString quotedList(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths)
        out.append(quoted(path));
    return out.join(u", "_s);
}

/// " The rule X in F (line N) re-includes PATH." when a negation (e.g. `!.env`) is the last rule matching
/// @p sample; empty otherwise.
QString negationNote(const GitRepository &repo, const QString &sample, const QString &path)
{
    const auto match = repo.ignoreMatch(sample);
    if (!match || !match->matched() || !match->negated())
        return {};
    return u' ' + HygieneChecker::tr("The rule %1 in %2 (line %3) re-includes %4.")
                      .arg(quoted(match->pattern), match->source)
                      .arg(match->line)
                      .arg(quoted(path));
}

/// The `.gitignore` in the folder of @p path (repository-relative).
QString gitignoreBeside(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? u".gitignore"_s : path.left(slash + 1) + u".gitignore"_s;
}

/// Where the checks look: the git top folder and the env file's path relative to it (or, outside git,
/// the given folder and the name as given).
struct Location
{
    QString baseDir;
    QString relativePath;
    bool inGit = false;
};

Location locate(const GitRepository &repo, const QString &repoRoot, const QString &envFileName)
{
    Location location;
    const QString name = QDir::fromNativeSeparators(envFileName);
    if (!repo.isValid()) {
        location.baseDir = QFileInfo(repoRoot).absoluteFilePath();
        location.relativePath = name;
        return location;
    }
    // git reports its top folder with symlinks resolved; resolve the env file's folder the same way.
    const QFileInfo envInfo(QDir(repoRoot).absoluteFilePath(name));
    QString folder = QFileInfo(envInfo.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        folder = envInfo.absolutePath();
    const QString relative = QDir(repo.root()).relativeFilePath(QDir(folder).filePath(envInfo.fileName()));
    location.baseDir = repo.root();
    location.relativePath = relative;
    location.inGit = !relative.startsWith(u"../"_s) && relative != u".."_s && !QDir::isAbsolutePath(relative);
    return location;
}

/// Pathspecs for the env file and its siblings: `:(literal)` for exact names, `:(glob)` for the
/// patterns (so `*` never crosses `/`).
QStringList familyPathspecs(const QString &relativePath)
{
    const QString escaped = GitRepository::globEscape(relativePath);
    return {u":(literal)"_s + relativePath, u":(literal)"_s + relativePath + u".local"_s,
            u":(glob)"_s + escaped + u".*.local"_s, u":(glob)"_s + escaped + u".envsmith-backup-*"_s};
}

HygieneFinding notApplicable(const QString &id, const QString &path, const QString &message)
{
    HygieneFinding finding;
    finding.id = id;
    finding.status = HygieneFinding::Status::NotApplicable;
    finding.severity = HygieneFinding::Severity::Info;
    finding.path = path;
    finding.message = message;
    return finding;
}

HygieneFinding couldNotCheck(const QString &id, const QString &path, const QString &error)
{
    HygieneFinding finding;
    finding.id = id;
    finding.status = HygieneFinding::Status::Failed;
    finding.severity = HygieneFinding::Severity::Warning;
    finding.path = path;
    finding.message = HygieneChecker::tr("Could not be checked: %1").arg(error);
    finding.incomplete = true;
    return finding;
}

HygieneFinding checkIgnored(const GitRepository &repo, const QString &path)
{
    const QString id = u"env-ignored"_s;
    const QStringList samples = GitIgnoreFixer::samplePaths(path);
    const QStringList patterns = GitIgnoreFixer::requiredPatterns(path);
    const auto verdicts = repo.ignoredByRules(samples);
    if (!verdicts)
        return couldNotCheck(id, path, verdicts.error());
    QStringList missing;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (!verdicts->at(i))
            missing.append(patterns.at(i));
    }
    HygieneFinding finding;
    finding.id = id;
    finding.path = path;
    if (missing.isEmpty()) {
        finding.status = HygieneFinding::Status::Passed;
        finding.severity = HygieneFinding::Severity::Info;
        finding.message =
            HygieneChecker::tr("git ignores %1 and its local variants and backups.").arg(quoted(path));
        return finding;
    }
    finding.status = HygieneFinding::Status::Failed;
    finding.severity = HygieneFinding::Severity::Error;
    finding.fix = HygieneFinding::Fix::AddToGitignore;
    finding.message =
        HygieneChecker::tr("git would not ignore files matching %1, so they could be committed by accident.")
            .arg(quotedList(missing));
    // Explain a negation (e.g. `!.env`) that re-includes the file.
    finding.message += negationNote(repo, samples.constFirst(), path);
    const QString gitignore = gitignoreBeside(path);
    finding.fixDescription =
        HygieneChecker::tr("Add the rules for %1 to %2.").arg(quotedList(missing), gitignore);
    return finding;
}

/// The project folder's `.envrc` (direnv), relative to the git top folder.
QString envrcPath(const GitRepository &repo, const QString &repoRoot)
{
    QString folder = QFileInfo(repoRoot).canonicalFilePath();
    if (folder.isEmpty())
        folder = QFileInfo(repoRoot).absoluteFilePath();
    const QString relative = QDir(repo.root()).relativeFilePath(QDir(folder).filePath(u".envrc"_s));
    if (relative.startsWith(u"../"_s) || QDir::isAbsolutePath(relative))
        return u".envrc"_s;
    return relative;
}

QList<HygieneFinding> checkTracked(const GitRepository &repo, const QString &path, const QString &envrc)
{
    const QString id = u"env-not-tracked"_s;
    const auto result = repo.run(QStringList{u"ls-files"_s, u"-z"_s, u"--"_s} + familyPathspecs(path) +
                                 QStringList{u":(literal)"_s + envrc});
    if (result.exitCode != 0)
        return {couldNotCheck(
            id, path, result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed() : result.error)};
    QList<HygieneFinding> findings;
    const QList<QByteArray> tracked = result.out.split('\0');
    for (const QByteArray &entry : tracked) {
        if (entry.isEmpty())
            continue;
        const QString trackedPath = QString::fromUtf8(entry);
        HygieneFinding finding;
        finding.id = id;
        finding.path = trackedPath;
        finding.status = HygieneFinding::Status::Failed;
        finding.severity = HygieneFinding::Severity::Error;
        finding.fix = HygieneFinding::Fix::UntrackFile;
        finding.message =
            HygieneChecker::tr("%1 is tracked by git: everyone with the repository gets the secrets in it.")
                .arg(quoted(trackedPath));
        if (trackedPath == envrc) {
            // direnv's file often holds only `use nix` or `dotenv`: a warning, not an error.
            finding.severity = HygieneFinding::Severity::Warning;
            finding.message = HygieneChecker::tr("%1 (direnv) is tracked by git: if it exports secrets, "
                                                 "everyone with the repository gets them.")
                                  .arg(quoted(trackedPath));
        }
        finding.fixDescription =
            HygieneChecker::tr("Stop tracking it with `git rm --cached -- %1` (your file stays), then "
                               "commit; treat its secrets as leaked and rotate them.")
                .arg(trackedPath);
        findings.append(finding);
    }
    if (findings.isEmpty()) {
        HygieneFinding finding;
        finding.id = id;
        finding.path = path;
        finding.status = HygieneFinding::Status::Passed;
        finding.message =
            HygieneChecker::tr("%1 and its local variants are not tracked by git.").arg(quoted(path));
        findings.append(finding);
    }
    return findings;
}

HygieneFinding checkMode(const Location &location)
{
    const QString id = u"env-mode"_s;
    const QString path = location.relativePath;
    const QFileInfo info(QDir(location.baseDir).filePath(path));
#ifndef Q_OS_UNIX
    return notApplicable(id, path, HygieneChecker::tr("File modes are only checked on Unix-like systems."));
#endif
    if (!info.exists())
        return notApplicable(id, path, HygieneChecker::tr("There is no %1 file yet.").arg(quoted(path)));
    if (!info.isFile())
        return notApplicable(id, path, HygieneChecker::tr("%1 is not a regular file.").arg(quoted(path)));
    const QFileDevice::Permissions permissions = info.permissions();
    struct Bit
    {
        QFileDevice::Permission flag;
        int value;
    };
    static constexpr Bit bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
        {QFileDevice::ReadGroup, 040},  {QFileDevice::WriteGroup, 020},  {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},   {QFileDevice::ExeOther, 01},
    };
    int mode = 0;
    for (const Bit &bit : bits) {
        if (permissions.testFlag(bit.flag))
            mode |= bit.value;
    }
    const QString modeText = u"0"_s + QString::number(mode, 8).rightJustified(3, u'0');
    HygieneFinding finding;
    finding.id = id;
    finding.path = path;
    if ((mode & 077) == 0) {
        finding.status = HygieneFinding::Status::Passed;
        finding.message =
            HygieneChecker::tr("%1 has mode %2: only you can read it.").arg(quoted(path), modeText);
        return finding;
    }
    finding.status = HygieneFinding::Status::Failed;
    finding.severity = HygieneFinding::Severity::Error;
    finding.fix = HygieneFinding::Fix::RestrictMode;
    if ((mode & 022) == 0)
        finding.message = HygieneChecker::tr("%1 has mode %2: other accounts on this computer can read it.")
                              .arg(quoted(path), modeText);
    else if ((mode & 044) == 0)
        finding.message = HygieneChecker::tr("%1 has mode %2: other accounts on this computer can change it.")
                              .arg(quoted(path), modeText);
    else
        finding.message =
            HygieneChecker::tr("%1 has mode %2: other accounts on this computer can read and change it.")
                .arg(quoted(path), modeText);
    finding.fixDescription = HygieneChecker::tr("Set its mode to 0600 (read and write for you only).");
    return finding;
}

HygieneFinding checkHistory(const GitRepository &repo, const QString &path)
{
    const QString id = u"env-in-history"_s;
    const auto commits = repo.commitsTouching(familyPathspecs(path));
    if (!commits)
        return couldNotCheck(id, path, commits.error());
    HygieneFinding finding;
    finding.id = id;
    finding.path = path;
    if (commits->isEmpty()) {
        // A shallow clone holds only the newest commits: "none" would be false assurance.
        if (repo.run({u"rev-parse"_s, u"--is-shallow-repository"_s}).out.trimmed() == "true") {
            finding.status = HygieneFinding::Status::Failed;
            finding.severity = HygieneFinding::Severity::Warning;
            finding.message =
                HygieneChecker::tr("No commit in this shallow clone contains %1 or its local variants, but "
                                   "the older commits were never fetched, so they were not checked.")
                    .arg(quoted(path));
            finding.fixDescription = HygieneChecker::tr(
                "Run `git fetch --unshallow` (it downloads the whole history), then check again.");
            finding.incomplete = true;
            return finding;
        }
        finding.status = HygieneFinding::Status::Passed;
        finding.message = HygieneChecker::tr("No commit on any branch contains %1 or its local variants.")
                              .arg(quoted(path));
        return finding;
    }
    QStringList shortHashes;
    for (qsizetype i = 0; i < commits->size() && i < kMaxListedCommits; ++i)
        shortHashes.append(commits->at(i).left(7));
    QString list = shortHashes.join(u", "_s);
    if (commits->size() > kMaxListedCommits)
        list += u' ' + HygieneChecker::tr("and %1 more").arg(commits->size() - kMaxListedCommits);
    finding.status = HygieneFinding::Status::Failed;
    finding.severity = HygieneFinding::Severity::Error;
    finding.fix = HygieneFinding::Fix::None;
    finding.message =
        HygieneChecker::tr("%1 (or a local variant) was committed in %2 commit(s): %3. Anyone with a clone "
                           "can read those secrets.")
            .arg(quoted(path))
            .arg(commits->size())
            .arg(list);
    finding.fixDescription =
        HygieneChecker::tr("Rotate every secret it held first (new values at each provider). Then, "
                           "together with your team, rewrite history (e.g. `git filter-repo "
                           "--invert-paths --path %1`), force-push, and have everyone re-clone.")
            .arg(path);
    return finding;
}

HygieneFinding checkEnvrcIgnored(const GitRepository &repo, const QString &envrc)
{
    const QString id = u"envrc-ignored"_s;
    if (!QFileInfo::exists(QDir(repo.root()).filePath(envrc)))
        return notApplicable(id, envrc,
                             HygieneChecker::tr("There is no %1 (direnv) file.").arg(quoted(envrc)));
    // The rules only (--no-index): a tracked .envrc is env-not-tracked's finding, and adding a rule
    // would not untrack it.
    const auto verdicts = repo.ignoredByRules({envrc});
    if (!verdicts)
        return couldNotCheck(id, envrc, verdicts.error());
    HygieneFinding finding;
    finding.id = id;
    finding.path = envrc;
    if (verdicts->value(0)) {
        finding.status = HygieneFinding::Status::Passed;
        finding.message = HygieneChecker::tr("git ignores %1 (direnv).").arg(quoted(envrc));
        return finding;
    }
    finding.status = HygieneFinding::Status::Failed;
    finding.severity = HygieneFinding::Severity::Warning;
    finding.fix = HygieneFinding::Fix::AddToGitignore;
    finding.message = HygieneChecker::tr("git would not ignore %1 (direnv's file, which often exports "
                                         "secrets), so it could be committed by accident.")
                          .arg(quoted(envrc));
    finding.message += negationNote(repo, envrc, envrc);
    const QString gitignore = gitignoreBeside(envrc);
    finding.fixDescription = HygieneChecker::tr("Add the line %1 to %2.").arg(quoted(u".envrc"_s), gitignore);
    return finding;
}

HygieneFinding checkCommitGuard(const QString &root)
{
    const QString id = u"commit-guard"_s;
    const auto installed = CommitGuardInstaller::isInstalled(root);
    if (!installed)
        return couldNotCheck(id, QString(), installed.error());
    // The hook file, relative to the working tree when it is inside (`.git/hooks/pre-commit`).
    const auto folder = CommitGuardInstaller::hooksFolder(root);
    QString hook = folder ? QDir(*folder).filePath(u"pre-commit"_s) : u"pre-commit"_s;
    if (const QString relative = QDir(root).relativeFilePath(hook);
        folder && !relative.startsWith(u"../"_s) && !QDir::isAbsolutePath(relative))
        hook = relative;
    hook = QDir::toNativeSeparators(hook);
    HygieneFinding finding;
    finding.id = id;
    if (*installed) {
        finding.status = HygieneFinding::Status::Passed;
        finding.message = HygieneChecker::tr("Envsmith's pre-commit hook (%1) stops commits that add an env "
                                             "file or a secret.")
                              .arg(quoted(hook));
        return finding;
    }
    finding.status = HygieneFinding::Status::Failed;
    finding.severity = HygieneFinding::Severity::Warning;
    finding.fix = HygieneFinding::Fix::InstallHook;
    finding.message = HygieneChecker::tr("No commit guard: nothing stops a commit that adds an env file or a "
                                         "secret (Envsmith's pre-commit hook is not installed).");
    finding.fixDescription =
        HygieneChecker::tr("Install Envsmith's pre-commit hook as %1 (`envsmith install-hook`): every commit "
                           "then runs `envsmith scan --staged` and is stopped when it adds an env file or a "
                           "secret. An existing pre-commit hook is kept and still runs first.")
            .arg(quoted(hook));
    return finding;
}

bool isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return false;
    const QStringList parts = path.split(u'/');
    return !parts.contains(u".."_s);
}

/// Appends `.envrc` to the .gitignore beside @p envrc (the top level when that folder is gone), then asks
/// git whether the rules now cover it.
std::expected<void, QString> ignoreEnvrc(const GitRepository &repo, const QString &envrc)
{
    if (QFileInfo(envrc).fileName() != u".envrc"_s)
        return std::unexpected(
            HygieneChecker::tr("The finding names %1, not a .envrc file; run the check again.")
                .arg(quoted(envrc)));
    const QFileInfo info(QDir(repo.root()).filePath(envrc));
    const QString folder = QFileInfo(info.absolutePath()).isDir() ? info.absolutePath() : repo.root();
    if (auto appended = GitIgnoreFixer::append(folder, {u".envrc"_s}); !appended)
        return std::unexpected(appended.error());
    const auto verdicts = repo.ignoredByRules({envrc});
    if (!verdicts)
        return std::unexpected(verdicts.error());
    if (verdicts->value(0))
        return {};
    const auto match = repo.ignoreMatch(envrc);
    if (match && match->matched() && match->negated())
        return std::unexpected(HygieneChecker::tr("git still does not ignore %1: the rule %2 in %3 (line %4) "
                                                  "re-includes it. Remove that line, then check again.")
                                   .arg(quoted(envrc), quoted(match->pattern), match->source)
                                   .arg(match->line));
    return std::unexpected(HygieneChecker::tr("git still does not ignore %1 after updating .gitignore. Check "
                                              "the ignore rules with `git check-ignore -v --no-index %2`.")
                               .arg(quoted(envrc), envrc));
}

} // namespace

HygieneReport HygieneChecker::check(const QString &repoRoot, const QString &envFileName)
{
    HygieneReport report;
    const GitRepository repo(repoRoot);
    const Location location = locate(repo, repoRoot, envFileName);
    const QString path = location.relativePath;

    if (!location.inGit) {
        const QString why = repo.isValid() ? HygieneChecker::tr("%1 is outside the git working tree %2.")
                                                 .arg(quoted(envFileName), repo.root())
                                           : repo.errorString();
        const QString message = HygieneChecker::tr("Not checked: %1").arg(why);
        // An env file outside the working tree has nothing for git to check; no repository at all (or git
        // missing, or a bare repository) means the git checks could not be done.
        const auto gitCheck = [&](const QString &id, const QString &findingPath) {
            HygieneFinding finding = notApplicable(id, findingPath, message);
            finding.incomplete = !repo.isValid();
            return finding;
        };
        report.add(gitCheck(u"env-ignored"_s, path));
        report.add(gitCheck(u"env-not-tracked"_s, path));
        report.add(checkMode(location));
        report.add(gitCheck(u"env-in-history"_s, path));
        report.add(gitCheck(u"envrc-ignored"_s, u".envrc"_s));
        report.add(gitCheck(u"commit-guard"_s, QString()));
        return report;
    }
    const QString envrc = envrcPath(repo, repoRoot);
    report.add(checkIgnored(repo, path));
    for (HygieneFinding &finding : checkTracked(repo, path, envrc))
        report.add(std::move(finding));
    report.add(checkMode(location));
    report.add(checkHistory(repo, path));
    report.add(checkEnvrcIgnored(repo, envrc));
    report.add(checkCommitGuard(repo.root()));
    return report;
}

std::expected<void, QString> HygieneChecker::applyFix(const QString &repoRoot, const HygieneFinding &finding)
{
    return applyFix(repoRoot, finding,
                    QCoreApplication::instance() != nullptr ? QCoreApplication::applicationFilePath()
                                                            : QString());
}

std::expected<void, QString> HygieneChecker::applyFix(const QString &repoRoot, const HygieneFinding &finding,
                                                      const QString &envsmithBinary)
{
    if (finding.fix == HygieneFinding::Fix::InstallHook) {
        const auto installed = CommitGuardInstaller::install(repoRoot, envsmithBinary);
        if (!installed)
            return std::unexpected(installed.error());
        return {};
    }
    if (finding.fix != HygieneFinding::Fix::None && !isSafeRelativePath(finding.path))
        return std::unexpected(
            HygieneChecker::tr("The finding names no usable file path (%1); run the check again.")
                .arg(quoted(finding.path)));
    const GitRepository repo(repoRoot);
    switch (finding.fix) {
    case HygieneFinding::Fix::None:
        return std::unexpected(
            HygieneChecker::tr("%1 has no automatic fix. %2").arg(finding.id, finding.fixDescription));
    case HygieneFinding::Fix::AddToGitignore: {
        if (!repo.isValid())
            return std::unexpected(repo.errorString());
        if (finding.id == u"envrc-ignored"_s)
            return ignoreEnvrc(repo, finding.path);
        // The .gitignore of the env file's own folder: the deepest level, so no rule of a parent folder
        // (such as `!.env`) can override it. Fall back to the top level when that folder is missing.
        const QFileInfo envInfo(QDir(repo.root()).filePath(finding.path));
        const bool ownFolder = QFileInfo(envInfo.absolutePath()).isDir();
        const QString folder = ownFolder ? envInfo.absolutePath() : repo.root();
        const QString name = ownFolder ? envInfo.fileName() : finding.path;
        const auto lines = GitIgnoreFixer::missingLines(folder, name);
        if (!lines)
            return std::unexpected(lines.error());
        if (auto appended = GitIgnoreFixer::append(folder, *lines); !appended)
            return std::unexpected(appended.error());
        const QStringList samples = GitIgnoreFixer::samplePaths(finding.path);
        const auto verdicts = repo.ignoredByRules(samples);
        if (!verdicts)
            return std::unexpected(verdicts.error());
        for (qsizetype i = 0; i < samples.size(); ++i) {
            if (verdicts->at(i))
                continue;
            const auto match = repo.ignoreMatch(samples.at(i));
            if (match && match->matched() && match->negated())
                return std::unexpected(
                    HygieneChecker::tr("git still does not ignore %1: the rule %2 in %3 (line %4) "
                                       "re-includes it. Remove that line, then check again.")
                        .arg(quoted(samples.at(i)), quoted(match->pattern), match->source)
                        .arg(match->line));
            return std::unexpected(
                HygieneChecker::tr("git still does not ignore %1 after updating .gitignore. Check the "
                                   "ignore rules with `git check-ignore -v --no-index %2`.")
                    .arg(quoted(samples.at(i)), samples.at(i)));
        }
        return {};
    }
    case HygieneFinding::Fix::UntrackFile: {
        if (!repo.isValid())
            return std::unexpected(repo.errorString());
        const auto result =
            repo.run({u"rm"_s, u"--cached"_s, u"-q"_s, u"--"_s, u":(literal)"_s + finding.path});
        if (result.exitCode != 0)
            return std::unexpected(
                HygieneChecker::tr("Could not stop tracking %1: %2")
                    .arg(quoted(finding.path),
                         result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed() : result.error));
        return {};
    }
    case HygieneFinding::Fix::RestrictMode: {
        const QString baseDir = repo.isValid() ? repo.root() : QFileInfo(repoRoot).absoluteFilePath();
        const QString file = QDir(baseDir).filePath(finding.path);
        if (!QFile::exists(file))
            return std::unexpected(HygieneChecker::tr("%1 does not exist any more; run the check again.")
                                       .arg(quoted(finding.path)));
        if (!QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return std::unexpected(
                HygieneChecker::tr("Could not set the mode of %1 to 0600. Check that you own the file, "
                                   "or run `chmod 600 %2` yourself.")
                    .arg(quoted(finding.path), QDir::toNativeSeparators(file)));
        return {};
    }
    case HygieneFinding::Fix::InstallHook:
        break; // handled above: it names no file
    }
    return std::unexpected(HygieneChecker::tr("Unknown fix."));
}

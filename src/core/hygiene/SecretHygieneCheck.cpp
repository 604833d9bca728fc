#include "core/hygiene/SecretHygieneCheck.h"

#include "core/hygiene/GitRepository.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {

HygieneFinding::Severity severityOf(ScanRule::Severity severity)
{
    switch (severity) {
    case ScanRule::Severity::Info:
        return HygieneFinding::Severity::Info;
    case ScanRule::Severity::Warning:
        return HygieneFinding::Severity::Warning;
    case ScanRule::Severity::Error:
        return HygieneFinding::Severity::Error;
    }
    return HygieneFinding::Severity::Error;
}

QString idFor(RepositoryScan::Mode mode)
{
    return mode == RepositoryScan::Mode::History ? u"secret-in-history"_s : u"secret-in-tree"_s;
}

} // namespace

QList<HygieneFinding> SecretHygieneCheck::findingsOf(const RepositoryScan::Result &result,
                                                     RepositoryScan::Mode mode)
{
    QList<HygieneFinding> out;
    const bool history = mode == RepositoryScan::Mode::History;
    for (const ScanFinding &scan : result.findings) {
        HygieneFinding finding;
        finding.id = idFor(mode);
        finding.status = HygieneFinding::Status::Failed;
        finding.severity = severityOf(scan.severity);
        finding.path = scan.file;
        finding.message =
            tr("%1:%2: %3 (%4, rule %5).")
                .arg(scan.file)
                .arg(scan.line)
                .arg(scan.description, scan.preview.isEmpty() ? tr("whole file") : scan.preview, scan.ruleId);
        if (history) {
            finding.message +=
                u' ' + tr("First committed in %1 by %2.").arg(scan.commit.left(12), scan.author);
            finding.fixDescription =
                tr("Rotate it first: `envsmith rotate VAR` for a value of this project, or revoke it at the "
                   "provider. Then rewrite history (everyone must re-clone afterwards): install "
                   "git-filter-repo "
                   "(`sudo apt install git-filter-repo`), work in a fresh clone (`git clone --mirror URL`), "
                   "write "
                   "the old value into a file outside the repository as `OLDVALUE==>REMOVED` and run `git "
                   "filter-repo --replace-text that-file` (or `git filter-repo --invert-paths --path %1` to "
                   "drop the whole file), delete that file, then `git push --force --all && git push --force "
                   "--tags`. Fingerprint for .gitleaksignore if it is not a secret: %2")
                    .arg(scan.file, scan.fingerprint);
        } else {
            finding.fixDescription = tr("Move the value to .env (read it from the environment in the code) "
                                        "and remove it from %1; if "
                                        "it was ever committed or shared, rotate it (`envsmith rotate VAR`). "
                                        "If it is not a secret, "
                                        "add `gitleaks:allow` to the line or `%2` to .gitleaksignore.")
                                         .arg(scan.file, scan.fingerprint);
        }
        out.append(std::move(finding));
    }
    for (const RepositoryScan::NotScanned &item : result.notScanned) {
        HygieneFinding finding;
        finding.id = history ? u"history-not-scanned"_s : u"tree-not-scanned"_s;
        finding.status = HygieneFinding::Status::Failed;
        finding.severity = HygieneFinding::Severity::Warning;
        finding.path = item.path;
        finding.incomplete = true;
        finding.message = item.commit.isEmpty()
                              ? tr("%1 was not scanned for secrets: %2.").arg(item.path, item.reason)
                              : tr("%1 (added in commit %2) was not scanned for secrets: %3.")
                                    .arg(item.path, item.commit.left(12), item.reason);
        finding.fixDescription =
            tr("Check it yourself (for example with `rg -n -i 'password|secret|token|key' "
               "'%1'`), or keep files this large out of the repository.")
                .arg(item.path);
        out.append(std::move(finding));
    }
    if (out.isEmpty()) {
        HygieneFinding passed;
        passed.id = idFor(mode);
        passed.status = HygieneFinding::Status::Passed;
        passed.severity = HygieneFinding::Severity::Info;
        passed.message =
            history ? tr("No secret in the history (%1 blobs scanned).").arg(result.stats.blobs)
                    : tr("No secret in the working tree (%1 files scanned).").arg(result.stats.files);
        out.append(std::move(passed));
    }
    return out;
}

QList<HygieneFinding> SecretHygieneCheck::check(const QString &repoRoot, const QString &envFileName,
                                                RepositoryScan::Mode mode,
                                                const std::vector<ScanExactValue> &extraValues)
{
    const GitRepository repository(repoRoot);
    std::expected<RepositoryScan::Result, QString> result = std::unexpected(repository.errorString());
    QString envNotSearched;
    if (repository.isValid()) {
        std::vector<ScanExactValue> values;
        auto fromEnv = ScanExactValue::fromEnvFile(QDir(repoRoot).filePath(envFileName), envFileName);
        if (fromEnv)
            values = std::move(*fromEnv);
        else
            envNotSearched = fromEnv.error();
        for (const ScanExactValue &extra : extraValues)
            values.push_back(ScanExactValue{extra.name, extra.origin, extra.value.clone(), extra.sourceFile});
        result = RepositoryScan::scanFolder(repository.root(), mode, std::move(values));
    }
    if (!result) {
        HygieneFinding skipped;
        skipped.id = idFor(mode);
        skipped.status = HygieneFinding::Status::NotApplicable;
        skipped.message = tr("Not scanned for secrets: %1").arg(result.error());
        skipped.incomplete = true;
        return {skipped};
    }
    QList<HygieneFinding> findings = findingsOf(*result, mode);
    if (!envNotSearched.isEmpty()) {
        // The scan ran, but without the env file's values: a leak of one of them would go unseen.
        HygieneFinding note;
        note.id = u"env-values-not-searched"_s;
        note.status = HygieneFinding::Status::Failed;
        note.severity = HygieneFinding::Severity::Warning;
        note.path = envFileName;
        note.message = envNotSearched;
        note.fixDescription =
            tr("Make %1 a readable env file (or remove it), then check again.").arg(envFileName);
        note.incomplete = true;
        findings.append(std::move(note));
    }
    return findings;
}

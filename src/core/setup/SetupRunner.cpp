#include "core/setup/SetupRunner.h"

#include "core/setup/ProjectCheck.h"
#include "core/setup/ProjectKeychainValues.h"

#include "core/hygiene/GitIgnoreFixer.h"
#include "core/hygiene/HygieneChecker.h"
#include "core/store/EnvFileWriter.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

ApplyStep makeStep(ApplyStep::Id id, const SetupPlan &plan)
{
    ApplyStep step;
    step.id = id;
    const QString env = plan.context().envFileName();
    switch (id) {
    case ApplyStep::Id::Gitignore:
        step.title = SetupRunner::tr("Make git ignore %1 and its siblings").arg(env);
        break;
    case ApplyStep::Id::EnvFile:
        step.title = SetupRunner::tr("Write %1 (mode 0600)").arg(env);
        break;
    case ApplyStep::Id::Keychain:
        step.title = SetupRunner::tr("Store the values in the OS keychain");
        break;
    case ApplyStep::Id::Report:
        step.title = SetupRunner::tr("Check the repository's hygiene");
        break;
    }
    return step;
}

// Reads back the bytes we are about to write with our own reader and compares every planned value, so a
// quoting mistake can never reach the disk silently (research/dotenv.md §3.5).
std::expected<void, QString> verifyRoundTrip(const SetupPlan &plan, const QByteArray &bytes)
{
    auto parsed = DotenvDocument::parse(bytes);
    if (!parsed) {
        return std::unexpected(
            SetupRunner::tr("the new file would not read back (%1)").arg(parsed.error().toString()));
    }
    for (const PlannedVariable &row : plan.variables()) {
        const std::optional<QByteArray> value = parsed->value(row.spec.name);
        if (!value || !row.value->equals(*value)) {
            return std::unexpected(SetupRunner::tr("%1 would not read back as planned").arg(row.spec.name));
        }
    }
    return {};
}

// The file a symlinked .env points to (also when it does not exist yet).
QString symlinkTarget(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.symLinkTarget() : canonical;
}

} // namespace

bool SetupRunner::Result::ok() const
{
    for (const ApplyStep &step : steps) {
        if (step.status != ApplyStep::Status::Done && step.status != ApplyStep::Status::Skipped) {
            return false;
        }
    }
    return true;
}

QList<ApplyStep> SetupRunner::plannedSteps(const SetupPlan &plan, const Options &options)
{
    QList<ApplyStep> steps;
    if (plan.context().isGitRepository()) {
        steps.append(makeStep(ApplyStep::Id::Gitignore, plan));
    }
    steps.append(makeStep(ApplyStep::Id::EnvFile, plan));
    if (options.useKeychain) {
        steps.append(makeStep(ApplyStep::Id::Keychain, plan));
    }
    steps.append(makeStep(ApplyStep::Id::Report, plan));
    return steps;
}

SetupRunner::Result SetupRunner::apply(const SetupPlan &plan, const Options &options,
                                       const Progress &progress)
{
    Result result;
    const auto begin = [&](ApplyStep::Id id) {
        ApplyStep step = makeStep(id, plan);
        step.status = ApplyStep::Status::Running;
        if (progress) {
            progress(step);
        }
        return step;
    };
    const auto finish = [&](ApplyStep step, ApplyStep::Status status, const QString &message) {
        step.status = status;
        step.message = message;
        if (progress) {
            progress(step);
        }
        result.steps.append(step);
    };
    const RepoContext &context = plan.context();

    // 1. .gitignore first: .env must never exist unignored, not even for a moment.
    bool ignoreFailed = false;
    if (context.isGitRepository()) {
        ApplyStep step = begin(ApplyStep::Id::Gitignore);
        const QStringList lines = plan.gitignoreLines();
        if (lines.isEmpty()) {
            finish(step, ApplyStep::Status::Skipped, SetupRunner::tr("git already ignores the env files."));
        } else if (auto appended = GitIgnoreFixer::append(context.root(), lines); !appended) {
            ignoreFailed = true;
            finish(step, ApplyStep::Status::Failed, appended.error());
        } else {
            QStringList added;
            for (const QString &line : lines) {
                if (!line.startsWith(u'#')) {
                    added.append(line);
                }
            }
            finish(step, ApplyStep::Status::Done,
                   SetupRunner::tr("Added to .gitignore: %1").arg(added.join(QStringLiteral(", "))));
        }
    }

    // 2. The env file.
    {
        ApplyStep step = begin(ApplyStep::Id::EnvFile);
        QString target = context.envPath();
        bool canWrite = true;
        if (ignoreFailed) {
            finish(step, ApplyStep::Status::Failed,
                   SetupRunner::tr(
                       "%1 was not written, because git would not ignore it. Fix .gitignore (see the "
                       "step above), then run Envsmith again.")
                       .arg(context.envFileName()));
            canWrite = false;
        } else if (plan.envIsTracked()) {
            finish(
                step, ApplyStep::Status::Failed,
                SetupRunner::tr("%1 is tracked by git, so new secrets in it would go into the next commit. "
                                "Nothing was written. Untrack it first (git rm --cached %1, or the report's "
                                "fix), rotate any secret it already held, then run Envsmith again.")
                    .arg(context.envFileName()));
            canWrite = false;
        } else if (plan.envIsSymlink()) {
            if (!options.followSymlink) {
                finish(
                    step, ApplyStep::Status::Failed,
                    SetupRunner::tr(
                        "%1 is a symbolic link. Nothing was written. Confirm that Envsmith may write to the "
                        "file it points to (in the wizard, or with --follow-symlink).")
                        .arg(context.envFileName()));
                canWrite = false;
            } else {
                target = symlinkTarget(target);
            }
        }
        if (canWrite) {
            auto bytes = plan.renderEnv();
            std::expected<void, QString> verified =
                bytes ? verifyRoundTrip(plan, *bytes)
                      : std::expected<void, QString>(std::unexpected(bytes.error()));
            if (!verified) {
                finish(step, ApplyStep::Status::Failed,
                       SetupRunner::tr("Nothing was written: %1. Please report this as a bug.")
                           .arg(verified.error()));
            } else {
                EnvFileWriter::Options writeOptions;
                writeOptions.backupExisting = true;
                writeOptions.expectedCurrent = plan.existingBytes();
                writeOptions.expectAbsent = !plan.existingBytes().has_value();
                auto written = EnvFileWriter::write(target, *bytes, writeOptions);
                QByteArray &plain = *bytes;
                plain.fill('\0');
                if (!written) {
                    finish(step, ApplyStep::Status::Failed, written.error());
                } else {
                    result.envWritten = true;
                    result.backupPath = written->backupPath;
                    QString message = SetupRunner::tr("Wrote %1 with %n variable(s), readable only by you.",
                                                      nullptr, int(plan.variables().size()))
                                          .arg(QDir::toNativeSeparators(target));
                    if (written->contentUnchanged) {
                        message = SetupRunner::tr("%1 already held these values; it is readable only by you.")
                                      .arg(QDir::toNativeSeparators(target));
                    } else if (!written->backupPath.isEmpty()) {
                        message += u' ' + SetupRunner::tr("The previous file is kept as %1.")
                                              .arg(QFileInfo(written->backupPath).fileName());
                    }
                    finish(step, ApplyStep::Status::Done, message);
                }
            }
        }
    }

    // 3. The keychain.
    if (options.useKeychain) {
        ApplyStep step = begin(ApplyStep::Id::Keychain);
        const KeychainStatus status = KeychainStatus::probe();
        if (!status.isAvailable()) {
            finish(step, ApplyStep::Status::Failed,
                   SetupRunner::tr("%1 Nothing was stored anywhere else.").arg(status.message));
        } else {
            KeychainStore store(context.projectId(), context.envFileName());
            auto index = KeychainIndex::load();
            int stored = 0;
            QString firstError;
            QStringList failedNames;
            for (const PlannedVariable &row : plan.variables()) {
                if (row.value->isEmpty()) {
                    continue;
                }
                auto written = store.write(row.spec.name, *row.value);
                if (!written) {
                    failedNames.append(row.spec.name);
                    if (firstError.isEmpty()) {
                        firstError = written.error().message;
                    }
                    continue;
                }
                ++stored;
                if (index) {
                    index->touch(store.service(), row.spec.name, row.replacesExisting);
                }
            }
            if (index) {
                if (auto saved = index->save(); !saved && firstError.isEmpty()) {
                    firstError = saved.error();
                }
            } else if (firstError.isEmpty()) {
                firstError = index.error();
            }
            if (failedNames.isEmpty() && firstError.isEmpty()) {
                finish(step, ApplyStep::Status::Done,
                       SetupRunner::tr("Stored %n value(s) under the service %1.", nullptr, stored)
                           .arg(store.service()));
            } else if (failedNames.isEmpty()) {
                finish(
                    step, ApplyStep::Status::Failed,
                    SetupRunner::tr("Stored %n value(s), but the list of stored names could not be saved: %1",
                                    nullptr, stored)
                        .arg(firstError));
            } else {
                finish(step, ApplyStep::Status::Failed,
                       SetupRunner::tr("Could not store %1: %2")
                           .arg(failedNames.join(QStringLiteral(", ")), firstError));
            }
        }
    }

    // 4. Hygiene report.
    {
        ApplyStep step = begin(ApplyStep::Id::Report);
        ProjectCheck::Options checkOptions;
        checkOptions.scanTree = options.scanForSecrets;
        if (options.scanForSecrets && options.useKeychain) {
            // apply() runs on the caller's (event loop) thread, like the keychain step above.
            ProjectKeychainValues::Result keychain = ProjectKeychainValues::read(context);
            checkOptions.keychainValues = std::move(keychain.values);
            checkOptions.keychainNote = keychain.note;
        }
        result.report = ProjectCheck::run(context, checkOptions);
        // The summary speaks of the checks only; a failed step above is not "passed" (issue 2 follow-up).
        const bool earlierFailed = !result.ok();
        bool anyFailed = false;
        for (const HygieneFinding &finding : result.report.findings()) {
            anyFailed = anyFailed || finding.status == HygieneFinding::Status::Failed;
        }
        // "All checks passed" only when nothing failed and nothing was left unchecked (a warning such as a
        // missing commit guard is not a pass).
        QString summary =
            result.report.hasErrors()      ? SetupRunner::tr("Some checks failed; see the report.")
            : earlierFailed                ? SetupRunner::tr("The checks ran; see the report.")
            : result.report.isIncomplete() ? SetupRunner::tr("Some checks could not be done; see the report.")
            : anyFailed ? SetupRunner::tr("No problem of severity error, but some warnings; see the "
                                          "report.")
                        : SetupRunner::tr("All checks passed.");
        if (earlierFailed) {
            summary += u' ' + SetupRunner::tr("An earlier step failed: see its message above.");
        }
        finish(step, ApplyStep::Status::Done, summary);
    }
    return result;
}

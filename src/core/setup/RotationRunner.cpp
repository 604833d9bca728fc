#include "core/setup/RotationRunner.h"

#include "core/store/EnvFileWriter.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"

#include <QDir>
#include <QFileInfo>

bool RotationRunner::Result::ok() const
{
    for (const ApplyStep &step : steps) {
        if (step.status != ApplyStep::Status::Done && step.status != ApplyStep::Status::Skipped) {
            return false;
        }
    }
    return true;
}

RotationRunner::Result RotationRunner::apply(const RotationPlan &plan, const Options &options)
{
    Result result;
    const RepoContext &context = plan.context();
    ApplyStep envStep;
    envStep.id = ApplyStep::Id::EnvFile;
    envStep.title = tr("Write %1 (mode 0600)").arg(context.envFileName());
    ApplyStep keychainStep;
    keychainStep.id = ApplyStep::Id::Keychain;
    keychainStep.title = tr("Update the OS keychain");

    if (options.useKeychain) {
        const KeychainStatus status = KeychainStatus::probe();
        if (!status.isAvailable()) {
            envStep.status = ApplyStep::Status::Skipped;
            envStep.message = tr("Nothing was written, so .env and the keychain stay in step.");
            keychainStep.status = ApplyStep::Status::Failed;
            keychainStep.message = status.message;
            result.steps = {envStep, keychainStep};
            return result;
        }
    }

    auto bytes = plan.renderEnv();
    if (!bytes) {
        envStep.status = ApplyStep::Status::Failed;
        envStep.message = tr("Nothing was written: %1. Please report this as a bug.").arg(bytes.error());
        result.steps.append(envStep);
        return result;
    }
    EnvFileWriter::Options writeOptions;
    writeOptions.backupExisting = true;
    writeOptions.expectedCurrent = plan.existingBytes();
    auto written = EnvFileWriter::write(context.envPath(), *bytes, writeOptions);
    bytes->fill('\0');
    if (!written) {
        envStep.status = ApplyStep::Status::Failed;
        envStep.message = written.error();
        result.steps.append(envStep);
        return result;
    }
    result.envWritten = true;
    result.backupPath = written->backupPath;
    envStep.status = ApplyStep::Status::Done;
    envStep.message = tr("Wrote %1.").arg(QDir::toNativeSeparators(context.envPath()));
    if (!written->backupPath.isEmpty()) {
        envStep.message +=
            u' ' + tr("The previous file is kept as %1.").arg(QFileInfo(written->backupPath).fileName());
    }
    result.steps.append(envStep);

    if (!options.useKeychain) {
        keychainStep.status = ApplyStep::Status::Skipped;
        keychainStep.message = tr("Not asked to use the keychain (--no-keychain).");
        result.steps.append(keychainStep);
        return result;
    }
    KeychainStore store(context.projectId(), context.envFileName());
    auto index = KeychainIndex::load(options.indexPath);
    QStringList failed;
    QString firstError;
    int updated = 0;
    for (const RotationPlan::Change &change : plan.changes()) {
        if (change.kind == RotationPlan::Change::Kind::Drop) {
            auto removed = store.remove(change.name);
            if (!removed && removed.error().kind != KeychainStore::ErrorKind::NotFound) {
                failed.append(change.name);
                if (firstError.isEmpty()) {
                    firstError = removed.error().message;
                }
                continue;
            }
            if (index) {
                index->remove(store.service(), change.name);
            }
            ++updated;
            continue;
        }
        auto stored = store.write(change.name, *change.value);
        if (!stored) {
            failed.append(change.name);
            if (firstError.isEmpty()) {
                firstError = stored.error().message;
            }
            continue;
        }
        ++updated;
        if (index) {
            index->touch(store.service(), change.name, change.kind != RotationPlan::Change::Kind::Previous);
        }
    }
    if (index) {
        if (auto saved = index->save(); !saved && firstError.isEmpty()) {
            firstError = saved.error();
        }
    } else if (firstError.isEmpty()) {
        firstError = index.error();
    }
    if (failed.isEmpty() && firstError.isEmpty()) {
        keychainStep.status = ApplyStep::Status::Done;
        keychainStep.message =
            tr("Updated %n entry(s) under the service %1.", nullptr, updated).arg(store.service());
    } else {
        keychainStep.status = ApplyStep::Status::Failed;
        keychainStep.message =
            failed.isEmpty()
                ? tr("The keychain entries were updated, but the list of stored names could not be saved: %1")
                      .arg(firstError)
                : tr("Could not update %1 in the keychain: %2. .env already holds the new values; run the "
                     "same command's keychain part again with envsmith setup --yes.")
                      .arg(failed.join(QStringLiteral(", ")), firstError);
    }
    result.steps.append(keychainStep);
    return result;
}

#include "core/setup/SyncRunner.h"

#include "core/setup/SyncState.h"
#include "core/store/EnvFileWriter.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

bool SyncRunner::Result::ok() const
{
    for (const ApplyStep &step : steps) {
        if (step.status != ApplyStep::Status::Done && step.status != ApplyStep::Status::Skipped) {
            return false;
        }
    }
    return true;
}

SyncRunner::Result SyncRunner::apply(const SyncPlan &plan, const Options &options, const Progress &progress)
{
    Result result;
    const RepoContext &context = plan.context();
    ApplyStep envStep;
    envStep.id = ApplyStep::Id::EnvFile;
    envStep.title = tr("Write %1 (mode 0600)").arg(context.envFileName());
    ApplyStep keychainStep;
    keychainStep.id = ApplyStep::Id::Keychain;
    keychainStep.title = tr("Store the synced values in the OS keychain");
    const auto report = [&](ApplyStep &step, ApplyStep::Status status, const QString &message) {
        step.status = status;
        step.message = message;
        if (progress) {
            progress(step);
        }
        result.steps.append(step);
    };
    const auto running = [&](ApplyStep &step) {
        step.status = ApplyStep::Status::Running;
        if (progress) {
            progress(step);
        }
    };

    if (options.useKeychain) {
        const KeychainStatus status = KeychainStatus::probe();
        if (!status.isAvailable()) {
            report(
                envStep, ApplyStep::Status::Skipped,
                tr("Nothing was written, so %1 and the keychain stay in step.").arg(context.envFileName()));
            report(keychainStep, ApplyStep::Status::Failed, status.message);
            return result;
        }
    }

    // 1. .env
    running(envStep);
    if (!plan.hasChanges()) {
        report(envStep, ApplyStep::Status::Skipped,
               tr("%1 already holds every value the sync would write.").arg(context.envFileName()));
    } else {
        auto bytes = plan.renderEnv();
        if (!bytes) {
            report(envStep, ApplyStep::Status::Failed,
                   tr("Nothing was written: %1. Please report this as a bug.").arg(bytes.error()));
            return result;
        }
        EnvFileWriter::Options writeOptions;
        writeOptions.backupExisting = true;
        writeOptions.expectedCurrent = plan.existingBytes();
        auto written = EnvFileWriter::write(context.envPath(), *bytes, writeOptions);
        bytes->fill('\0');
        if (!written) {
            report(envStep, ApplyStep::Status::Failed, written.error());
            return result;
        }
        result.envWritten = true;
        result.backupPath = written->backupPath;
        for (const SyncPlan::Row &row : plan.rows()) {
            if (row.writes()) {
                result.written.append(row.name);
            }
        }
        QString message = tr("Wrote %n synced value(s) to %1.", nullptr, int(result.written.size()))
                              .arg(QDir::toNativeSeparators(context.envPath()));
        if (!written->backupPath.isEmpty()) {
            message +=
                u' ' + tr("The previous file is kept as %1.").arg(QFileInfo(written->backupPath).fileName());
        }
        report(envStep, ApplyStep::Status::Done, message);
    }

    // 2. Keychain: the values, then the record of what this sync wrote.
    if (!options.useKeychain) {
        report(keychainStep, ApplyStep::Status::Skipped,
               tr("Not asked to use the keychain (--no-keychain); what this sync wrote is not recorded, so "
                  "the next sync shows local differences as conflicts."));
        return result;
    }
    running(keychainStep);
    KeychainStore store(context.projectId(), context.envFileName());
    auto index = KeychainIndex::load(options.indexPath);
    QStringList failed;
    QString firstError;
    int stored = 0;
    for (const SyncPlan::Row &row : plan.rows()) {
        if (!row.writes()) {
            continue;
        }
        if (auto written = store.write(row.name, *row.vaultValue); !written) {
            failed.append(row.name);
            if (firstError.isEmpty()) {
                firstError = written.error().message;
            }
            continue;
        }
        ++stored;
        if (index) {
            index->touch(store.service(), row.name, row.hasLocal);
        }
    }
    if (index) {
        if (auto saved = index->save(); !saved && firstError.isEmpty()) {
            firstError = saved.error();
        }
    } else if (firstError.isEmpty()) {
        firstError = index.error();
    }

    QString recordError;
    auto state = SyncState::load(options.statePath);
    auto key = SyncState::key(store, true);
    if (!state) {
        recordError = state.error();
    } else if (!key) {
        recordError = key.error().message;
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SyncPlan::Row &row : plan.rows()) {
            const bool recorded = row.writes() || row.action == SyncAction::Unchanged;
            if (!recorded || failed.contains(row.name)) {
                continue;
            }
            const QString source =
                row.match.candidates.size() == 1 ? row.match.candidates.front().describe() : QString();
            state->setRecord(store.service(), row.name,
                             SyncState::Record{SyncState::fingerprint(*key, row.name, row.vaultValue->view()),
                                               now, source});
        }
        if (auto saved = state->save(); !saved) {
            recordError = saved.error();
        }
    }

    if (failed.isEmpty() && firstError.isEmpty() && recordError.isEmpty()) {
        report(keychainStep, ApplyStep::Status::Done,
               tr("Stored %n value(s) under the service %1 and recorded this sync.", nullptr, stored)
                   .arg(store.service()));
    } else if (!failed.isEmpty()) {
        report(keychainStep, ApplyStep::Status::Failed,
               tr("Could not store %1 in the keychain: %2. %3 already holds the synced values; run envsmith "
                  "setup --yes to store them.")
                   .arg(failed.join(QStringLiteral(", ")), firstError, context.envFileName()));
    } else {
        report(keychainStep, ApplyStep::Status::Failed,
               tr("Stored %n value(s), but the record of this sync could not be saved: %1", nullptr, stored)
                   .arg(firstError.isEmpty() ? recordError : firstError));
    }
    return result;
}

#include "core/setup/RestoreJob.h"

#include "core/hygiene/GitIgnoreFixer.h"
#include "core/setup/PlannedVariable.h"
#include "core/setup/RotationPlan.h"
#include "core/setup/RotationPolicy.h"
#include "core/store/EnvFileWriter.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

bool RestoreJob::Result::ok() const
{
    for (const ApplyStep &step : steps) {
        if (step.status != ApplyStep::Status::Done && step.status != ApplyStep::Status::Skipped) {
            return false;
        }
    }
    return true;
}

std::expected<RestoreJob, QString> RestoreJob::prepare(const RepoContext &context, const QString &indexPath)
{
    const QString envPath = context.envPath();
    if (QFileInfo(envPath).exists() || QFileInfo(envPath).isSymLink()) {
        return std::unexpected(
            tr("%1 exists, so there is nothing to restore (restore never overwrites it). Move it away first "
               "if you want it rebuilt from the keychain.")
                .arg(QDir::toNativeSeparators(envPath)));
    }
    if (!context.hasTemplate()) {
        return std::unexpected(tr("No template (.env.example) in %1: restore rebuilds .env in the template's "
                                  "layout and needs it.")
                                   .arg(QDir::toNativeSeparators(context.root())));
    }
    auto loaded = EnvTemplate::load(context.templatePath());
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    const KeychainStatus status = KeychainStatus::probe();
    if (!status.isAvailable()) {
        return std::unexpected(tr("%1 Nothing was written.").arg(status.message));
    }
    auto index = KeychainIndex::load(indexPath);
    if (!index) {
        return std::unexpected(index.error());
    }
    KeychainStore store(context.projectId(), context.envFileName());
    const QStringList stored = index->names(store.service());
    if (stored.isEmpty()) {
        return std::unexpected(
            tr("The keychain holds no values Envsmith stored for this project (service %1). "
               "Create .env with envsmith setup instead.")
                .arg(store.service()));
    }

    RestoreJob job;
    job.m_context = context;
    job.m_document = loaded->document();
    const auto restore = [&](const QString &name) -> std::expected<bool, QString> {
        auto value = store.read(name);
        if (!value) {
            if (value.error().kind == KeychainStore::ErrorKind::NotFound) {
                return false; // the pre-flight said the keyring is unlocked: the entry is really gone
            }
            return std::unexpected(tr("Nothing was written: %1").arg(value.error().message));
        }
        if (auto set = job.m_document.setValue(name, value->view()); !set) {
            return std::unexpected(tr("Nothing was written: %1: %2").arg(name, set.error()));
        }
        return true;
    };

    for (const VariableSpec &spec : loaded->variables()) {
        Row row;
        row.name = spec.name;
        PlannedVariable probe;
        probe.spec = spec;
        if (stored.contains(spec.name)) {
            auto restored = restore(spec.name);
            if (!restored) {
                return std::unexpected(restored.error());
            }
            row.source = *restored ? Row::Source::Keychain : Row::Source::Missing;
        } else {
            row.source = probe.isSecret() ? Row::Source::Missing : Row::Source::Template;
        }
        if (row.source == Row::Source::Missing && !probe.isSecret()) {
            row.source = Row::Source::Template;
        }
        if (row.source == Row::Source::Missing) {
            // As setup leaves it: empty, never the template's placeholder.
            if (auto set = job.m_document.setValue(spec.name, QByteArrayView()); !set) {
                return std::unexpected(tr("Nothing was written: %1: %2").arg(spec.name, set.error()));
            }
        }
        job.m_rows.append(row);
    }
    bool header = false;
    for (const QString &name : stored) {
        if (loaded->variable(name)) {
            continue;
        }
        // A staged previous value gets its rotation comment back; other names share one header.
        QString rotatedName;
        for (const VariableSpec &spec : loaded->variables()) {
            if (RotationPolicy::previousName(*loaded, spec.name) == name) {
                rotatedName = spec.name;
            }
        }
        const QString comment = !rotatedName.isEmpty() ? RotationPlan::previousComment(rotatedName)
                                : header               ? QString()
                                         : tr("Restored by Envsmith from the keychain: not in %1")
                                               .arg(QFileInfo(loaded->path()).fileName());
        if (!comment.isEmpty()) {
            if (auto added = job.m_document.appendComment(comment); !added) {
                return std::unexpected(added.error());
            }
            header = header || rotatedName.isEmpty();
        }
        auto restored = restore(name);
        if (!restored) {
            return std::unexpected(restored.error());
        }
        if (*restored) {
            job.m_rows.append(Row{name, Row::Source::Keychain});
        }
    }
    return job;
}

QStringList RestoreJob::missing() const
{
    QStringList names;
    for (const Row &row : m_rows) {
        if (row.source == Row::Source::Missing) {
            names.append(row.name);
        }
    }
    return names;
}

QString RestoreJob::describe() const
{
    qsizetype width = 0;
    for (const Row &row : m_rows) {
        width = std::max(width, row.name.size());
    }
    QString text;
    for (const Row &row : m_rows) {
        QString source;
        switch (row.source) {
        case Row::Source::Keychain:
            source = tr("from the keychain");
            break;
        case Row::Source::Template:
            source = tr("from the template");
            break;
        case Row::Source::Missing:
            source = tr("not in the keychain: the template's placeholder is kept (run envsmith setup)");
            break;
        }
        text += QStringLiteral("  %1  %2\n").arg(row.name.leftJustified(width), source);
    }
    return text;
}

RestoreJob::Result RestoreJob::apply() const
{
    Result result;
    if (m_context.isGitRepository()) {
        ApplyStep step;
        step.id = ApplyStep::Id::Gitignore;
        step.title = tr("Make git ignore %1 and its siblings").arg(m_context.envFileName());
        auto lines = GitIgnoreFixer::missingLines(m_context.root(), m_context.envFileName());
        if (!lines) {
            step.status = ApplyStep::Status::Failed;
            step.message = lines.error();
        } else if (lines->isEmpty()) {
            step.status = ApplyStep::Status::Skipped;
            step.message = tr("git already ignores the env files.");
        } else if (auto appended = GitIgnoreFixer::append(m_context.root(), *lines); !appended) {
            step.status = ApplyStep::Status::Failed;
            step.message = appended.error();
        } else {
            step.status = ApplyStep::Status::Done;
            step.message = tr("Added the env files to .gitignore.");
        }
        result.steps.append(step);
        if (step.status == ApplyStep::Status::Failed) {
            return result; // never write .env while git might pick it up
        }
    }
    ApplyStep step;
    step.id = ApplyStep::Id::EnvFile;
    step.title = tr("Write %1 (mode 0600)").arg(m_context.envFileName());
    QByteArray bytes = m_document.toBytes();
    EnvFileWriter::Options options;
    options.backupExisting = false;
    options.expectAbsent = true;
    auto written = EnvFileWriter::write(m_context.envPath(), bytes, options);
    bytes.fill('\0');
    if (!written) {
        step.status = ApplyStep::Status::Failed;
        step.message = written.error();
    } else {
        result.envWritten = true;
        step.status = ApplyStep::Status::Done;
        step.message = tr("Rebuilt %1 from the keychain.").arg(QDir::toNativeSeparators(m_context.envPath()));
    }
    result.steps.append(step);
    return result;
}

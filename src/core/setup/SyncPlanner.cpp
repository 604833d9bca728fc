#include "core/setup/SyncPlanner.h"

#include "core/hygiene/GitRepository.h"
#include "core/setup/SyncState.h"
#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"
#include "core/vault/VaultMatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace {

// Refuses an env file git would commit: tracked, or not ignored.
std::expected<void, QString> checkIgnored(const RepoContext &context)
{
    if (!context.isGitRepository()) {
        return {};
    }
    const GitRepository git(context.root());
    auto tracked = git.isTracked(context.envFileName());
    if (!tracked) {
        return std::unexpected(tracked.error());
    }
    if (*tracked) {
        return std::unexpected(
            SyncPlanner::tr("%1 is tracked by git, so synced secrets would go into the next commit. Nothing "
                            "was changed. Untrack it first (git rm --cached %1), then sync again.")
                .arg(context.envFileName()));
    }
    auto ignored = git.ignored({context.envFileName()});
    if (!ignored) {
        return std::unexpected(ignored.error());
    }
    if (ignored->isEmpty() || !ignored->front()) {
        return std::unexpected(
            SyncPlanner::tr("git does not ignore %1, so synced secrets could be committed. Nothing was "
                            "changed. Run envsmith setup (it makes git ignore the env files), then sync "
                            "again.")
                .arg(context.envFileName()));
    }
    return {};
}

} // namespace

std::expected<SyncPlan, QString> SyncPlanner::build(const RepoContext &context, const VaultExport &vault,
                                                    const Options &options)
{
    if (!context.hasTemplate()) {
        return std::unexpected(tr("No template (.env.example) in %1: the template lists the variables a sync "
                                  "may fill.")
                                   .arg(QDir::toNativeSeparators(context.root())));
    }
    if (auto scope = VaultMatcher::checkScope(vault, options.scope); !scope) {
        return std::unexpected(scope.error());
    }
    auto loaded = EnvTemplate::load(context.templatePath());
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    const QString envPath = context.envPath();
    const QString shown = QDir::toNativeSeparators(envPath);
    const QFileInfo info(envPath);
    if (info.isSymLink()) {
        return std::unexpected(tr("%1 is a symbolic link; sync does not write through links. Replace the "
                                  "link by the file, then sync again.")
                                   .arg(shown));
    }
    if (!info.exists()) {
        return std::unexpected(tr("%1 does not exist yet. Run envsmith setup first (it writes %2 and makes "
                                  "git ignore it), then sync.")
                                   .arg(shown, context.envFileName()));
    }
    QFile file(envPath);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("Cannot read %1 (%2). Check that it is a file you may read; nothing was "
                                  "changed.")
                                   .arg(shown, file.errorString()));
    }
    QByteArray bytes = file.readAll();
    auto parsed = DotenvDocument::parse(bytes);
    if (!parsed) {
        bytes.fill('\0');
        return std::unexpected(tr("%1 cannot be read as a dotenv file: %2. Fix that line, then sync again.")
                                   .arg(shown, parsed.error().toString()));
    }
    if (auto ignored = checkIgnored(context); !ignored) {
        bytes.fill('\0');
        return std::unexpected(ignored.error());
    }
    auto state = SyncState::load(options.statePath);
    if (!state) {
        bytes.fill('\0');
        return std::unexpected(state.error());
    }

    SyncPlan plan;
    plan.m_context = context;
    plan.m_template = std::move(*loaded);
    plan.m_document = std::move(*parsed);
    plan.m_existingBytes = std::move(bytes);
    plan.m_exportFileName = vault.fileName;
    plan.m_exportFormat = vault.format;
    plan.m_scope = options.scope;

    KeychainStore store(context.projectId(), context.envFileName());
    const QString service = store.service();
    std::optional<SecureBuffer> key;
    bool anyRecord = false;
    for (const VariableSpec &spec : plan.m_template.variables()) {
        anyRecord = anyRecord || state->record(service, spec.name).has_value();
    }
    if (!options.useKeychain) {
        plan.m_warnings.append(tr("Without the keychain Envsmith cannot read what the last sync wrote, so "
                                  "every value that differs from the vault is shown as a conflict."));
    } else if (anyRecord) {
        const KeychainStatus status = KeychainStatus::probe();
        if (!status.isAvailable()) {
            plan.m_warnings.append(tr("%1 Without it Envsmith cannot read what the last sync wrote, so every "
                                      "value that differs from the vault is shown as a conflict.")
                                       .arg(status.message));
        } else if (auto read = SyncState::key(store, false)) {
            key = std::move(*read);
        } else {
            plan.m_warnings.append(tr("The key of the last sync's record is not in the keychain, so every "
                                      "value that differs from the vault is shown as a conflict."));
        }
    }

    const VaultMatcher::Options matchOptions{options.scope};
    QList<VaultMatch> matches;
    for (const VariableSpec &spec : plan.m_template.variables()) {
        SyncPlan::Row row;
        row.name = spec.name;
        row.kind = spec.kind;
        row.match = VaultMatcher::match(vault, spec, matchOptions);
        matches.append(row.match);
        const std::optional<QByteArray> local = plan.m_document.value(spec.name);
        row.hasLocal = local && !local->isEmpty() && !(spec.placeholder && *local == spec.templateValue);
        if (const auto record = state->record(service, spec.name)) {
            row.hasLastSync = true;
            if (key && local) {
                row.localIsLastSync = SyncState::fingerprint(*key, spec.name, *local) == record->fingerprint;
            }
        }
        bool localEqualsVault = false;
        if (const VaultField *field = row.match.field(vault)) {
            row.vaultValue = std::make_shared<SecureBuffer>(field->value.clone());
            localEqualsVault = local && row.vaultValue->equals(*local);
        } else if (row.match.status == VaultMatch::Status::Ambiguous) {
            QList<bool> equal;
            for (const VaultMatch::Candidate &candidate : row.match.candidates) {
                const VaultField &field = vault.items.at(candidate.itemIndex).fields.at(candidate.fieldIndex);
                row.candidateValues.append(std::make_shared<SecureBuffer>(field.value.clone()));
                equal.append(local && field.value.equals(*local));
            }
            plan.m_localEqualsCandidate.insert(spec.name, equal);
        }
        SyncPlan::classify(row, localEqualsVault);
        plan.m_rows.append(std::move(row));
    }
    for (const VaultMatcher::Unclaimed &entry : VaultMatcher::unclaimed(vault, matches, matchOptions)) {
        SyncPlan::Row row;
        row.name = entry.name;
        row.action = SyncAction::VaultOnly;
        row.match.variable = entry.name;
        row.match.method = entry.candidate.fieldName == entry.name ? VaultMatch::Method::FieldName
                                                                   : VaultMatch::Method::ItemTitle;
        row.match.status = VaultMatch::Status::Matched;
        row.match.candidates = {entry.candidate};
        row.reason = tr("not a variable of the template, so not written; add it to the template to sync it");
        plan.m_rows.append(std::move(row));
    }
    return plan;
}

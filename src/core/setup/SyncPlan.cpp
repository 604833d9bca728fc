#include "core/setup/SyncPlan.h"

#include <QSet>

#include <algorithm>

namespace {

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
}

} // namespace

const SyncPlan::Row *SyncPlan::row(QStringView name) const
{
    for (const Row &candidate : m_rows) {
        if (candidate.name == name) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<const SyncPlan::Row *> SyncPlan::rows(SyncAction action) const
{
    QList<const Row *> result;
    for (const Row &candidate : m_rows) {
        if (candidate.action == action) {
            result.append(&candidate);
        }
    }
    return result;
}

bool SyncPlan::hasChanges() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.writes(); });
}

void SyncPlan::classify(Row &row, bool localEqualsVault)
{
    row.takeVault = false;
    if (row.kind == VariableKind::Generate) {
        row.action = SyncAction::Skipped;
        row.reason = row.match.isMatched()
                         ? tr("a per-developer generated secret: a sync never overwrites it (the vault's "
                              "entry is ignored)")
                         : tr("a per-developer generated secret: a sync never overwrites it");
        return;
    }
    switch (row.match.status) {
    case VaultMatch::Status::Matched:
        break;
    case VaultMatch::Status::NotFound:
        row.action = row.match.message.isEmpty() ? SyncAction::LocalOnly : SyncAction::Unresolved;
        row.reason = row.match.message.isEmpty() ? tr("not in the vault; left as it is") : row.match.message;
        return;
    case VaultMatch::Status::Ambiguous:
    case VaultMatch::Status::Invalid:
        row.action = SyncAction::Unresolved;
        row.reason = row.match.message;
        return;
    }
    if (row.vaultValue->isEmpty()) {
        row.action = SyncAction::Skipped;
        row.reason = tr("the vault's entry is empty; left as it is");
    } else if (!row.hasLocal) {
        row.action = SyncAction::Add;
        row.reason = tr("not set in .env yet");
    } else if (localEqualsVault) {
        row.action = SyncAction::Unchanged;
        row.reason = tr(".env already holds the vault's value");
    } else if (row.localIsLastSync) {
        row.action = SyncAction::Update;
        row.reason = tr("the vault's value changed since the last sync; .env was not edited since");
    } else {
        row.action = SyncAction::Conflict;
        row.reason = row.hasLastSync
                         ? tr(".env was edited since the last sync and differs from the vault; kept unless "
                              "you take the vault's value")
                         : tr(".env differs from the vault and no earlier sync wrote it; kept unless you "
                              "take the vault's value");
    }
}

std::expected<void, QString> SyncPlan::resolveConflict(const QString &name, bool takeVault)
{
    for (Row &candidate : m_rows) {
        if (candidate.name == name && candidate.action == SyncAction::Conflict) {
            candidate.takeVault = takeVault;
            return {};
        }
    }
    return std::unexpected(
        tr("%1 is not a conflict of this sync; only conflicts can be resolved.").arg(name));
}

std::expected<void, QString> SyncPlan::chooseCandidate(const QString &name, int index)
{
    for (Row &candidate : m_rows) {
        if (candidate.name != name) {
            continue;
        }
        if (candidate.match.status != VaultMatch::Status::Ambiguous ||
            candidate.candidateValues.size() != candidate.match.candidates.size()) {
            return std::unexpected(tr("%1 has no choice of vault entries to make.").arg(name));
        }
        if (index < 0 || index >= candidate.candidateValues.size()) {
            return std::unexpected(tr("%1 has %2 candidate entries; choose 1 to %2.")
                                       .arg(name)
                                       .arg(candidate.candidateValues.size()));
        }
        const VaultMatch::Candidate chosen = candidate.match.candidates.at(index);
        const bool equal = m_localEqualsCandidate.value(name).value(index, false);
        candidate.vaultValue = candidate.candidateValues.at(index);
        candidate.match.candidates = {chosen};
        candidate.match.status = VaultMatch::Status::Matched;
        candidate.match.message.clear();
        candidate.candidateValues.clear();
        classify(candidate, equal);
        candidate.reason += u' ' + tr("(chosen by you)");
        return {};
    }
    return std::unexpected(tr("%1 is not a variable of this sync.").arg(name));
}

std::expected<QByteArray, QString> SyncPlan::renderEnv() const
{
    DotenvDocument document = m_document;
    QSet<QString> changed;
    for (const Row &candidate : m_rows) {
        if (!candidate.writes()) {
            continue;
        }
        if (auto set = document.setValue(candidate.name, candidate.vaultValue->view()); !set) {
            return std::unexpected(tr("%1: %2").arg(candidate.name, set.error()));
        }
        changed.insert(candidate.name);
    }
    QByteArray bytes = document.toBytes();
    auto check = DotenvDocument::parse(bytes, m_document.dialect());
    if (!check) {
        wipe(bytes);
        return std::unexpected(tr("the new file would not read back (%1)").arg(check.error().toString()));
    }
    for (const Row &candidate : m_rows) {
        if (!candidate.writes()) {
            continue;
        }
        const std::optional<QByteArray> value = check->value(candidate.name);
        if (!value || !candidate.vaultValue->equals(*value)) {
            wipe(bytes);
            return std::unexpected(tr("%1 would not read back as planned").arg(candidate.name));
        }
    }
    for (const QString &key : m_document.keys()) {
        if (!changed.contains(key) && check->value(key) != m_document.value(key)) {
            wipe(bytes);
            return std::unexpected(tr("%1 would change although the sync does not touch it").arg(key));
        }
    }
    return bytes;
}

QString SyncPlan::describe() const
{
    qsizetype actionWidth = 0;
    qsizetype nameWidth = 0;
    for (const Row &candidate : m_rows) {
        actionWidth = std::max(actionWidth, syncActionId(candidate.action).size());
        nameWidth = std::max(nameWidth, candidate.name.size());
    }
    QString text;
    for (const Row &candidate : m_rows) {
        QString source;
        if (candidate.match.candidates.size() == 1) {
            source = tr("<- %1 (%2)")
                         .arg(candidate.match.candidates.front().describe(),
                              VaultMatch::methodName(candidate.match.method));
        }
        QString reason = candidate.reason;
        if (candidate.action == SyncAction::Conflict && candidate.takeVault) {
            reason = tr("the vault's value will replace .env's");
        }
        QString line = QStringLiteral("  %1  %2")
                           .arg(syncActionId(candidate.action).leftJustified(actionWidth),
                                candidate.name.leftJustified(nameWidth));
        if (!source.isEmpty()) {
            line += QStringLiteral("  ") + source;
        }
        if (!reason.isEmpty()) {
            line += QStringLiteral("  ") + (source.isEmpty() ? reason : u'(' + reason + u')');
        }
        text += line + u'\n';
    }
    return text;
}

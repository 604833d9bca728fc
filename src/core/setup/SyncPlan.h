#pragma once

#include <QCoreApplication>

#include "core/dotenv/DotenvDocument.h"
#include "core/schema/EnvTemplate.h"
#include "core/secret/SecureBuffer.h"
#include "core/setup/RepoContext.h"
#include "core/setup/SyncAction.h"
#include "core/vault/VaultFormat.h"
#include "core/vault/VaultMatch.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

/// The plan of one vault sync (issue 5 §3): per template variable (and per vault-only entry) a SyncAction,
/// the vault entry it comes from and, for rows that can write, the vault's value in guarded memory. Built
/// by SyncPlanner, applied by SyncRunner after the user confirmed; nothing is written while planning.
///
/// The plan holds copies of the values it may write (SecureBuffer), not the VaultExport: the export can be
/// freed once the plan is built. A plan is a value (copies share the guarded buffers); it may be built on a
/// worker thread and handed to the GUI thread, but not used from two threads at once.
class SyncPlan
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlan)

public:
    struct Row
    {
        QString name;
        SyncAction action = SyncAction::LocalOnly;
        /// How the vault entry was found; for VaultOnly rows one candidate (the entry), Method::FieldName
        /// or ItemTitle; for Unresolved rows every candidate and the message.
        VaultMatch match;
        /// The template's kind of the variable (Config for a VaultOnly row).
        VariableKind kind = VariableKind::Config;
        /// `.env` has a value for it (not empty, not the template's placeholder).
        bool hasLocal = false;
        /// A record of the last sync exists for it, and `.env` still holds what that sync wrote.
        bool localIsLastSync = false;
        /// A record of the last sync exists for it.
        bool hasLastSync = false;
        /// Conflict only: the user chose the vault's value (resolveConflict()).
        bool takeVault = false;
        /// Why this action, in words (translated, never a value).
        QString reason;
        /// The vault's value (empty unless the match found one).
        std::shared_ptr<SecureBuffer> vaultValue = std::make_shared<SecureBuffer>();
        /// Unresolved (ambiguous) only: the value of each candidate, in match.candidates' order, so the
        /// user's choice (chooseCandidate()) needs no second read of the export.
        QList<std::shared_ptr<SecureBuffer>> candidateValues;

        /// True when applying writes this row's vault value to `.env` and the keychain.
        bool writes() const
        {
            return action == SyncAction::Add || action == SyncAction::Update ||
                   (action == SyncAction::Conflict && takeVault);
        }
    };

    const RepoContext &context() const { return m_context; }
    const EnvTemplate &envTemplate() const { return m_template; }
    /// The export the plan was made from: its file name and format (for messages).
    QString exportFileName() const { return m_exportFileName; }
    VaultFormat exportFormat() const { return m_exportFormat; }
    /// The scope used for the convention rules (empty: the whole export).
    QString scope() const { return m_scope; }
    /// The `.env` bytes the plan was built from; the write is refused if the file changed since.
    const QByteArray &existingBytes() const { return m_existingBytes; }

    const QList<Row> &rows() const { return m_rows; }
    const Row *row(QStringView name) const;
    /// Rows with @p action, in plan order.
    QList<const Row *> rows(SyncAction action) const;
    /// True when applying writes at least one value.
    bool hasChanges() const;
    /// Notes for the user about the plan as a whole (e.g. no keychain: updates and conflicts cannot be
    /// told apart). Translated, never a value.
    const QStringList &warnings() const { return m_warnings; }

    /// Conflict rows: @p takeVault true writes the vault's value, false keeps `.env`'s (the default).
    /// Fails for a name that is not a Conflict row.
    std::expected<void, QString> resolveConflict(const QString &name, bool takeVault);
    /// Ambiguous (Unresolved with two or more candidates) rows: uses candidate @p index (0-based, in
    /// match.candidates' order) and recomputes the row's action (Add, Update, Unchanged or Conflict).
    /// Fails for a row that is not ambiguous or an index out of range.
    std::expected<void, QString> chooseCandidate(const QString &name, int index);

    /// The new `.env`: the existing file with every writing row's value set (every other byte kept), read
    /// back and checked (each written value as planned, every other key unchanged) before it is returned.
    std::expected<QByteArray, QString> renderEnv() const;
    /// One line per row, aligned: `action  NAME  <- item / field (how found)  reason`. Never a value.
    QString describe() const;

private:
    friend class SyncPlanner;
    /// Sets action and reason of @p row from its match, kind, vault value and last-sync record;
    /// @p localEqualsVault: `.env`'s value equals the vault's.
    static void classify(Row &row, bool localEqualsVault);

    RepoContext m_context;
    EnvTemplate m_template;
    DotenvDocument m_document;
    QByteArray m_existingBytes;
    QString m_exportFileName;
    VaultFormat m_exportFormat = VaultFormat::Unknown;
    QString m_scope;
    QList<Row> m_rows;
    QStringList m_warnings;
    /// Per row name: whether the local value equals each candidate (for chooseCandidate()), computed while
    /// planning so no local value is kept in the plan.
    QHash<QString, QList<bool>> m_localEqualsCandidate;
};

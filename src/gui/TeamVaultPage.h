#pragma once

#include "core/setup/SyncPlan.h"
#include "core/vault/VaultExport.h"

#include <QWizardPage>

#include <atomic>
#include <memory>
#include <optional>

namespace Ui {
class TeamVaultPage;
}
class QThread;
class QTreeWidgetItem;
class SetupWizard;

/// The "Sync from a team vault export" job (issue 5 §3, DESIGN.md §4 step 3): the user picks an export
/// (and types its password when it has one); reading it (VaultReader: the KDF can take seconds) runs on a
/// worker thread with progress and a Stop button, so the window never freezes. Planning (SyncPlanner) and
/// applying (SyncRunner) touch the keychain and run on the GUI thread, waiting in a local event loop:
/// QtKeychain 0.13 runs all jobs through one executor on the thread of its first job. The plan is shown per
/// variable, masked: action, the vault entry and how it was found, why. Conflicts are kept local unless
/// ticked; ambiguous matches are listed with their candidates and one must be chosen (never guessed).
/// Committing applies the plan (SyncRunner) and, when asked, deletes a plain-text export afterwards; then the
/// Report page shows the outcome.
class TeamVaultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TeamVaultPage(SetupWizard *wizard);
    ~TeamVaultPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// True while an export is being read or a plan built (test seam).
    bool isBusy() const;
    /// The plan shown, if any.
    const SyncPlan *plan() const { return m_plan ? &*m_plan : nullptr; }

private:
    struct Work;

    void browse();
    void startRead();
    void readFinished();
    /// Matches the export read last within the chosen scope (SyncPlanner, on the GUI thread).
    void planMatches();
    void showPlan();
    void rowChanged(QTreeWidgetItem *item, int column);
    void setBusy(bool busy);
    void stopWorker();

    std::unique_ptr<Ui::TeamVaultPage> m_ui;
    SetupWizard *m_wizard;
    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<Work> m_work;
    std::atomic_bool m_cancel{false};
    /// The export read last (kept to plan again for another scope; freed when the page is left).
    std::shared_ptr<const VaultExport> m_vault;
    QString m_exportPath;
    std::optional<SyncPlan> m_plan;
    bool m_populating = false;
};

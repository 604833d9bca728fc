#pragma once

#include "core/setup/RepoContext.h"

#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class StartPage;
}
class SetupWizard;

/// First page: the job (onboard, sync from a team vault export, regenerate secrets, or check hygiene only)
/// and the repository folder. Complete once the folder opens (RepoContext::open) and has a template (and,
/// to sync or regenerate, a `.env`),
/// or the job is "Check hygiene only". Leaving it for onboarding builds the plan (SetupPlanner::build);
/// a failure is shown on the page and the wizard stays. The folder is inspected 250 ms after typing stops.
class StartPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit StartPage(SetupWizard *wizard);
    ~StartPage() override;

    /// Test seam and command-line entry: sets the folder as if chosen with Browse.
    void setFolder(const QString &folder);
    QString folder() const;
    /// The "Check hygiene only" job is chosen.
    bool isCheckOnly() const;
    /// The "Regenerate secrets" job is chosen.
    bool isRegenerate() const;
    /// The "Sync from a team vault export" job is chosen.
    bool isSync() const;
    /// Chooses the "Regenerate secrets" job, as if its radio button were clicked.
    void chooseRegenerate();

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();
    void updateFolderState();

    std::unique_ptr<Ui::StartPage> m_ui;
    SetupWizard *m_wizard;
    std::optional<RepoContext> m_context;
    QTimer m_folderTimer;
};

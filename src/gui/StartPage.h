#pragma once

#include "core/setup/RepoContext.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class StartPage;
}
class SetupWizard;

/// First page: the job (onboard, or check hygiene only) and the repository folder. Complete once the
/// folder opens (RepoContext::open) and has a template, or the job is "Check hygiene only". Leaving it
/// builds the plan (SetupPlanner::build); a failure is shown on the page and the wizard stays.
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

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void browse();
    void updateFolderState();

    std::unique_ptr<Ui::StartPage> m_ui;
    SetupWizard *m_wizard;
    std::optional<RepoContext> m_context;
};

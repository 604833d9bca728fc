#pragma once

#include "core/setup/RepoContext.h"
#include "core/setup/SetupPlan.h"
#include "core/setup/SetupRunner.h"

#include <QString>
#include <QWizard>

#include <optional>

class ApplyPage;
class RegeneratePage;
class TeamVaultPage;
class ClipboardGuard;
class ReportPage;
class ReviewPage;
class StartPage;
class VariablesPage;

/// The setup wizard (DESIGN.md §4): Start → Variables → Review → Apply → Report, Start → Regenerate →
/// Report for "Regenerate secrets", Start → Team vault → Report for "Sync from a team vault export",
/// or Start → Report for "Check hygiene only". It holds the state the pages share: the repository, the
/// SetupPlan, the apply options and the apply result. Everything it does to files, git or the keychain goes
/// through src/core/setup (SetupPlanner, SetupPlan, SetupRunner) and HygieneChecker.
///
/// Screenshots: when the environment variable ENVSMITH_SCREENSHOT_DIR names a folder, each page is saved
/// there as a PNG when it is shown (start.png, variables.png, review.png, apply.png, report.png); with
/// ENVSMITH_SCREENSHOT_AUTOPLAY=1 the wizard also clicks through its pages and closes at the end.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        StartPageId,
        VariablesPageId,
        ReviewPageId,
        ApplyPageId,
        ReportPageId,
        RegeneratePageId,
        TeamVaultPageId
    };

    /// @p folder: the repository folder to start with (may be empty: the user chooses one).
    explicit SetupWizard(const QString &folder = {}, QWidget *parent = nullptr);
    ~SetupWizard() override;

    StartPage *startPage() const { return m_startPage; }
    VariablesPage *variablesPage() const { return m_variablesPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    ApplyPage *applyPage() const { return m_applyPage; }
    ReportPage *reportPage() const { return m_reportPage; }
    RegeneratePage *regeneratePage() const { return m_regeneratePage; }
    TeamVaultPage *teamVaultPage() const { return m_teamVaultPage; }

    /// Copies values to the clipboard and clears them again (delay adjustable for tests).
    ClipboardGuard *clipboardGuard() const { return m_clipboardGuard; }

    /// The repository chosen on the start page (set when the user leaves it).
    const std::optional<RepoContext> &context() const { return m_context; }
    void setContext(const RepoContext &context);

    /// The plan being edited, nullptr before one is built (and on the "Check hygiene only" path).
    SetupPlan *plan() { return m_plan ? &*m_plan : nullptr; }
    const SetupPlan *plan() const { return m_plan ? &*m_plan : nullptr; }
    void setPlan(SetupPlan plan);
    void clearPlan();

    SetupRunner::Options &options() { return m_options; }
    const SetupRunner::Options &options() const { return m_options; }

    /// The result of applying the plan, once the apply page has run it.
    const std::optional<SetupRunner::Result> &result() const { return m_result; }
    void setResult(SetupRunner::Result result);
    /// Clears the result and the run summary.
    void clearResult();

    /// Opens the settings dialog (the "Settings…" button) and applies what the user saved.
    void openSettings();
    /// Starts the "Regenerate secrets" job on the same folder (the Report page's "Rotate secrets…"): back
    /// to the start page with that job chosen, then on to the Regenerate page when the start page is
    /// complete (a template and a `.env`); otherwise the start page stays and says what is missing.
    void openRegenerateJob();
    /// One paragraph the Report page shows above the findings (what the last job did); empty for none.
    QString runSummary() const { return m_runSummary; }
    void setRunSummary(const QString &summary) { m_runSummary = summary; }

private:
    StartPage *m_startPage = nullptr;
    VariablesPage *m_variablesPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    ApplyPage *m_applyPage = nullptr;
    ReportPage *m_reportPage = nullptr;
    RegeneratePage *m_regeneratePage = nullptr;
    TeamVaultPage *m_teamVaultPage = nullptr;
    ClipboardGuard *m_clipboardGuard = nullptr;

    std::optional<RepoContext> m_context;
    std::optional<SetupPlan> m_plan;
    SetupRunner::Options m_options;
    std::optional<SetupRunner::Result> m_result;
    QString m_runSummary;
};

#include "gui/SetupWizard.h"

#include "gui/ApplyPage.h"
#include "gui/ClipboardGuard.h"
#include "gui/RegeneratePage.h"
#include "gui/ReportPage.h"
#include "gui/ReviewPage.h"
#include "gui/ScreenshotAutopilot.h"
#include "gui/SettingsDialog.h"
#include "gui/StartPage.h"
#include "gui/TeamVaultPage.h"
#include "gui/VariablesModel.h"
#include "gui/VariablesPage.h"

#include <QAbstractButton>
#include <QIcon>

SetupWizard::SetupWizard(const QString &folder, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Envsmith: set up local secrets"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/envsmith.svg")));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(760, 560);
    resize(900, 650);

    m_clipboardGuard = new ClipboardGuard(this);
    // How long a copied value stays on the clipboard (issue 4 §3): Settings… (clipboard/clearSeconds).
    m_clipboardGuard->setClearDelay(SettingsDialog::storedClearDelay());
    m_options.scanForSecrets = false; // the Report page scans, off the GUI thread
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Se&ttings…"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Settings"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            openSettings();
        }
    });

    m_startPage = new StartPage(this);
    m_variablesPage = new VariablesPage(this);
    m_reviewPage = new ReviewPage(this);
    m_applyPage = new ApplyPage(this);
    m_reportPage = new ReportPage(this);
    m_regeneratePage = new RegeneratePage(this);
    m_teamVaultPage = new TeamVaultPage(this);
    setPage(StartPageId, m_startPage);
    setPage(VariablesPageId, m_variablesPage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ApplyPageId, m_applyPage);
    setPage(ReportPageId, m_reportPage);
    setPage(RegeneratePageId, m_regeneratePage);
    setPage(TeamVaultPageId, m_teamVaultPage);
    setStartId(StartPageId);

    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel"));

    if (!folder.isEmpty()) {
        m_startPage->setFolder(folder);
    }

    const QString screenshotDir = qEnvironmentVariable("ENVSMITH_SCREENSHOT_DIR");
    if (!screenshotDir.isEmpty()) {
        new ScreenshotAutopilot(this, screenshotDir,
                                qEnvironmentVariable("ENVSMITH_SCREENSHOT_AUTOPLAY") == QStringLiteral("1"));
    }
}

SetupWizard::~SetupWizard()
{
    // The pages (deleted by ~QWidget, after the members) must not look at the plan once it is gone.
    m_variablesPage->model()->setPlan(nullptr);
}

void SetupWizard::setContext(const RepoContext &context)
{
    m_context = context;
}

void SetupWizard::setPlan(SetupPlan plan)
{
    m_plan = std::move(plan);
}

void SetupWizard::clearPlan()
{
    m_plan.reset();
}

void SetupWizard::setResult(SetupRunner::Result result)
{
    m_result = std::move(result);
}

void SetupWizard::clearResult()
{
    m_result.reset();
    m_runSummary.clear();
}

void SetupWizard::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        m_clipboardGuard->setClearDelay(dialog.clearDelay());
    }
}

void SetupWizard::openRegenerateJob()
{
    restart();
    m_startPage->chooseRegenerate();
    if (currentId() == StartPageId && m_startPage->isComplete()) {
        next();
    }
}

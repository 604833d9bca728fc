#include "gui/ReviewPage.h"

#include "ui_ReviewPage.h"

#include "core/setup/SetupRunner.h"
#include "gui/SetupWizard.h"

#include <QFontDatabase>

ReviewPage::ReviewPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::ReviewPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Nothing has been written yet. Check what will happen, then click Apply."));
    setButtonText(QWizard::NextButton, tr("&Apply"));
    m_ui->envPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_ui->keychainCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->options().useKeychain = on;
        updateSteps();
    });
    connect(m_ui->symlinkConfirmCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->options().followSymlink = on;
        Q_EMIT completeChanged();
    });
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    const SetupPlan *plan = m_wizard->plan();
    if (plan == nullptr) {
        return;
    }

    const auto masked = plan->renderMaskedEnv();
    m_ui->envPreview->setPlainText(masked ? QString::fromUtf8(*masked)
                                          : tr("The .env cannot be shown: %1").arg(masked.error()));

    const KeychainStatus status = m_statusOverride ? *m_statusOverride : KeychainStatus::probe();
    m_ui->keychainCheck->setEnabled(status.isAvailable());
    m_ui->keychainCheck->setChecked(status.isAvailable());
    m_ui->keychainStatusLabel->setVisible(!status.isAvailable());
    m_ui->keychainStatusLabel->setText(status.isAvailable() ? QString() : status.message);
    m_wizard->options().useKeychain = status.isAvailable();

    const QStringList gitignore = plan->gitignoreLines();
    m_ui->gitignoreLabel->setText(gitignore.isEmpty()
                                      ? (plan->context().isGitRepository()
                                             ? tr("git already ignores .env: .gitignore stays as it is.")
                                             : tr("Not a git repository: .gitignore is not changed."))
                                      : tr("Lines added to .gitignore:\n%1").arg(gitignore.join(u'\n')));

    const QStringList replaced = plan->replaced();
    m_ui->replacedLabel->setVisible(!replaced.isEmpty());
    m_ui->replacedLabel->setText(
        tr("These current values will be replaced (a backup of your current .env is kept): %1")
            .arg(replaced.join(QStringLiteral(", "))));

    const QStringList missing = plan->missing();
    m_ui->todoLabel->setVisible(!missing.isEmpty());
    m_ui->todoLabel->setText(
        tr("Still to do after this (left empty in .env): %1").arg(missing.join(QStringLiteral(", "))));

    m_ui->symlinkConfirmCheck->setVisible(plan->envIsSymlink());
    m_ui->symlinkConfirmCheck->setChecked(false);
    m_wizard->options().followSymlink = false;

    updateSteps();
    Q_EMIT completeChanged();
}

void ReviewPage::updateSteps()
{
    m_ui->stepsList->clear();
    const SetupPlan *plan = m_wizard->plan();
    if (plan == nullptr) {
        return;
    }
    const QList<ApplyStep> steps = SetupRunner::plannedSteps(*plan, m_wizard->options());
    for (const ApplyStep &step : steps) {
        m_ui->stepsList->addItem(step.message.isEmpty() ? step.title
                                                        : tr("%1: %2").arg(step.title, step.message));
    }
}

bool ReviewPage::isComplete() const
{
    const SetupPlan *plan = m_wizard->plan();
    if (plan == nullptr) {
        return false;
    }
    return !plan->envIsSymlink() || m_ui->symlinkConfirmCheck->isChecked();
}

bool ReviewPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    // Applying cannot be undone: no way back to the plan from the pages that follow.
    setCommitPage(true);
    return true;
}

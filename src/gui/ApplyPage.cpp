#include "gui/ApplyPage.h"

#include "ui_ApplyPage.h"

#include "core/setup/SetupRunner.h"
#include "gui/SetupWizard.h"

#include <QDir>
#include <QStyle>
#include <QTimer>

ApplyPage::ApplyPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::ApplyPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("applyPage"));
    setTitle(tr("Applying"));
    setSubTitle(tr("Envsmith writes .env, makes git ignore it and stores your values in the keychain."));
}

ApplyPage::~ApplyPage() = default;

void ApplyPage::initializePage()
{
    if (m_started) {
        return;
    }
    m_ui->stepsList->clear();
    m_ui->summaryLabel->setText(tr("Working…"));
    if (const SetupPlan *plan = m_wizard->plan()) {
        for (const ApplyStep &step : SetupRunner::plannedSteps(*plan, m_wizard->options())) {
            showStep(step);
        }
    }
    m_started = true;
    // Let the page paint before the (synchronous) run starts.
    QTimer::singleShot(0, this, &ApplyPage::run);
}

void ApplyPage::run()
{
    const SetupPlan *plan = m_wizard->plan();
    if (plan == nullptr) {
        m_ui->summaryLabel->setText(
            tr("There is no plan to apply. Go back to the start and choose a folder."));
        m_finished = true;
        Q_EMIT completeChanged();
        Q_EMIT finished();
        return;
    }
    SetupRunner::Result result =
        SetupRunner::apply(*plan, m_wizard->options(), [this](const ApplyStep &step) { showStep(step); });
    // The result holds the final state of every step, whatever the callback saw.
    for (const ApplyStep &step : result.steps) {
        showStep(step);
    }

    QStringList summary;
    if (result.ok()) {
        summary
            << tr("Done. Your .env is ready in %1.").arg(QDir::toNativeSeparators(plan->context().root()));
    } else if (result.envWritten) {
        summary << tr("Your .env was written, but some steps failed: see the messages above for what to do.");
    } else {
        summary << tr("Your .env was not written: see the messages above for what went wrong and what to do. "
                      "Your existing files are unchanged.");
    }
    if (!result.backupPath.isEmpty()) {
        summary << tr("Your previous .env was kept as %1.").arg(QDir::toNativeSeparators(result.backupPath));
    }
    const QStringList missing = plan->missing();
    if (!missing.isEmpty()) {
        summary << tr("Still to do: add %1 to .env.").arg(missing.join(QStringLiteral(", ")));
    }
    summary << tr("Click Next to see the hygiene report.");
    m_ui->summaryLabel->setText(summary.join(u'\n'));

    m_wizard->setResult(std::move(result));
    m_finished = true;
    Q_EMIT completeChanged();
    Q_EMIT finished();
}

void ApplyPage::showStep(const ApplyStep &step)
{
    const int row = static_cast<int>(step.id);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < m_ui->stepsList->count(); ++i) {
        if (m_ui->stepsList->item(i)->data(Qt::UserRole).toInt() == row) {
            item = m_ui->stepsList->item(i);
            break;
        }
    }
    if (item == nullptr) {
        item = new QListWidgetItem(m_ui->stepsList); // owned by the list
        item->setData(Qt::UserRole, row);
    }

    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (step.status) {
    case ApplyStep::Status::Pending:
        break;
    case ApplyStep::Status::Running:
        icon = QStyle::SP_ArrowRight;
        break;
    case ApplyStep::Status::Done:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case ApplyStep::Status::Skipped:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case ApplyStep::Status::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    item->setIcon(icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    QString text = tr("%1: %2").arg(step.title, ApplyStep::statusName(step.status));
    if (!step.message.isEmpty()) {
        text += u'\n' + step.message;
    }
    item->setText(text);
    m_ui->stepsList->repaint();
}

bool ApplyPage::isComplete() const
{
    return m_finished;
}

bool ApplyPage::validatePage()
{
    if (!m_finished) {
        return false;
    }
    setCommitPage(true); // the report page has no way back to a finished run
    return true;
}

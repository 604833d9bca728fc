#include "gui/ReportPage.h"

#include "ui_ReportPage.h"

#include "core/hygiene/HygieneChecker.h"
#include "gui/SetupWizard.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <functional>

ReportPage::ReportPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::ReportPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Hygiene report"));
    setSubTitle(tr("Is this repository safe? Each problem that Envsmith can fix has a Fix button."));
    setFinalPage(true);
}

ReportPage::~ReportPage() = default;

void ReportPage::initializePage()
{
    m_ui->messageLabel->clear();
    const auto &result = m_wizard->result();
    if (result) {
        m_report = result->report;
        if (m_report.findings().isEmpty()) {
            recheck();
            return;
        }
        rebuild();
    } else {
        recheck();
    }
}

void ReportPage::recheck()
{
    const auto &context = m_wizard->context();
    if (!context) {
        m_report = HygieneReport();
    } else {
        m_report = HygieneChecker::check(context->root(), context->envFileName());
    }
    rebuild();
}

void ReportPage::applyFix(const HygieneFinding &finding)
{
    const auto &context = m_wizard->context();
    if (!context) {
        return;
    }
    const auto fixed = HygieneChecker::applyFix(context->root(), finding);
    const QString message =
        fixed ? tr("Fixed: %1").arg(finding.fixDescription.isEmpty() ? finding.id : finding.fixDescription)
              : fixed.error();
    recheck();
    m_ui->messageLabel->setText(message);
}

void ReportPage::rebuild()
{
    auto container = std::make_unique<QWidget>();
    container->setObjectName(QStringLiteral("findingsContainer"));
    auto *layout = new QVBoxLayout(container.get()); // owned by the container

    struct Group
    {
        QString objectName;
        QString title;
        QStyle::StandardPixmap icon;
        std::function<bool(const HygieneFinding &)> matches;
    };
    using Severity = HygieneFinding::Severity;
    using Status = HygieneFinding::Status;
    const QList<Group> groups = {
        {QStringLiteral("errorsGroup"), tr("Problems"), QStyle::SP_MessageBoxCritical,
         [](const HygieneFinding &f) {
             return f.status == Status::Failed && f.severity == Severity::Error;
         }},
        {QStringLiteral("warningsGroup"), tr("Warnings"), QStyle::SP_MessageBoxWarning,
         [](const HygieneFinding &f) {
             return f.status == Status::Failed && f.severity == Severity::Warning;
         }},
        {QStringLiteral("notesGroup"), tr("Notes"), QStyle::SP_MessageBoxInformation,
         [](const HygieneFinding &f) {
             return f.status == Status::Failed && f.severity == Severity::Info;
         }},
        {QStringLiteral("passedGroup"), tr("Passed"), QStyle::SP_DialogApplyButton,
         [](const HygieneFinding &f) {
             return f.status == Status::Passed;
         }},
        {QStringLiteral("notApplicableGroup"), tr("Not applicable"), QStyle::SP_CustomBase,
         [](const HygieneFinding &f) {
             return f.status == Status::NotApplicable;
         }},
    };

    int errors = 0;
    int warnings = 0;
    QWidget *previousFocus = nullptr;
    for (const Group &group : groups) {
        QList<HygieneFinding> members;
        for (const HygieneFinding &finding : m_report.findings()) {
            if (group.matches(finding)) {
                members.append(finding);
            }
        }
        if (members.isEmpty()) {
            continue;
        }
        if (group.objectName == QStringLiteral("errorsGroup")) {
            errors = static_cast<int>(members.size());
        } else if (group.objectName == QStringLiteral("warningsGroup")) {
            warnings = static_cast<int>(members.size());
        }

        auto *box = new QGroupBox(tr("%1 (%2)").arg(group.title).arg(members.size()), container.get());
        box->setObjectName(group.objectName);
        auto *boxLayout = new QVBoxLayout(box);
        for (const HygieneFinding &finding : members) {
            auto *row = new QHBoxLayout();
            boxLayout->addLayout(row); // the box's layout owns the row
            if (group.icon != QStyle::SP_CustomBase) {
                auto *icon = new QLabel(box);
                icon->setPixmap(style()->standardIcon(group.icon).pixmap(16, 16));
                icon->setAccessibleName(group.title);
                row->addWidget(icon, 0, Qt::AlignTop);
            }
            QString text = finding.message;
            if (!finding.path.isEmpty() && !text.contains(finding.path)) {
                text = tr("%1 (%2)").arg(text, QDir::toNativeSeparators(finding.path));
            }
            auto *label = new QLabel(text, box);
            label->setObjectName(QStringLiteral("finding_") + finding.id);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setAccessibleName(group.title);
            row->addWidget(label, 1);
            if (finding.status == Status::Failed && finding.fix != HygieneFinding::Fix::None) {
                auto *fix = new QPushButton(tr("&Fix"), box);
                fix->setObjectName(QStringLiteral("fixButton_") + finding.id);
                fix->setAutoDefault(false);
                fix->setToolTip(finding.fixDescription);
                fix->setAccessibleName(tr("Fix: %1").arg(finding.message));
                fix->setAccessibleDescription(finding.fixDescription);
                connect(fix, &QPushButton::clicked, this, [this, finding] { applyFix(finding); });
                row->addWidget(fix, 0, Qt::AlignTop);
                if (previousFocus != nullptr) {
                    setTabOrder(previousFocus, fix);
                }
                previousFocus = fix;
            }
        }
        layout->addWidget(box);
    }
    layout->addStretch(1);
    m_ui->findingsArea->setWidget(container.release()); // the scroll area owns it (and deletes the old one)

    QStringList summary;
    if (const auto &result = m_wizard->result()) {
        summary << (result->envWritten ? tr("Your .env was written with mode 0600.")
                                       : tr("Your .env was not written."));
        if (const SetupPlan *plan = m_wizard->plan(); plan != nullptr && !plan->missing().isEmpty()) {
            summary << tr("Still to do: add %1 to .env.").arg(plan->missing().join(QStringLiteral(", ")));
        }
    }
    if (m_report.findings().isEmpty()) {
        summary << tr("No checks ran: choose a repository folder first.");
    } else if (errors == 0 && warnings == 0) {
        summary << tr("All checks passed.");
    } else {
        summary << tr("%1 problem(s) and %2 warning(s) found. Click Fix where offered, or follow the advice.")
                       .arg(errors)
                       .arg(warnings);
    }
    m_ui->summaryLabel->setText(summary.join(u'\n'));
}

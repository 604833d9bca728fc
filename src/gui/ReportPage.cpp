#include "gui/ReportPage.h"

#include "ui_ReportPage.h"

#include "core/hygiene/HygieneChecker.h"
#include "core/setup/ProjectCheck.h"
#include "core/setup/ProjectKeychainValues.h"
#include "gui/SetupWizard.h"

#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

#include <functional>

namespace {

/// Finding texts mark commands and file names with backticks (`git rm --cached .env`): shown as code, the
/// rest escaped, line breaks kept.
QString toRichText(const QString &text)
{
    const QStringList parts = text.split(u'`');
    QString html;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString escaped = parts.at(i).toHtmlEscaped();
        escaped.replace(u'\n', QStringLiteral("<br>"));
        // Odd parts were between backticks; an unpaired last backtick stays a plain character.
        const bool code = i % 2 == 1 && (i < parts.size() - 1 || parts.size() % 2 == 1);
        if (code) {
            html += QStringLiteral("<code>") + escaped + QStringLiteral("</code>");
        } else {
            if (i % 2 == 1) {
                html += u'`';
            }
            html += escaped;
        }
    }
    return html;
}

/// A secret that reached a commit: rotating it comes first (issue 6 §4), so the row links to the
/// "Regenerate secrets" job.
bool isSecretInHistory(const HygieneFinding &finding)
{
    return finding.id == QStringLiteral("secret-in-history") ||
           finding.id == QStringLiteral("env-in-history");
}

} // namespace

ReportPage::ReportPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::ReportPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reportPage"));
    setTitle(tr("Hygiene report"));
    setSubTitle(tr("Is this repository safe? Each problem that Envsmith can fix has a Fix button."));
    setFinalPage(true);
}

ReportPage::~ReportPage()
{
    if (m_worker) {
        m_worker->wait(); // the check cannot be interrupted; it only reads
    }
}

void ReportPage::initializePage()
{
    m_ui->messageLabel->setText(m_wizard->runSummary());
    recheck();
}

bool ReportPage::isComplete() const
{
    return !isChecking();
}

void ReportPage::recheck()
{
    if (isChecking()) {
        return; // a check is running (or reading the keychain first); its result will be shown
    }
    const auto &context = m_wizard->context();
    if (!context) {
        m_report = HygieneReport();
        rebuild();
        return;
    }
    const RepoContext repo = *context;
    m_ui->summaryLabel->setText(
        tr("Checking the repository: git's view of the env files, a scan of the working "
           "tree for secrets, the age of stored secrets…"));
    m_ui->findingsArea->setEnabled(false);
    ProjectCheck::Options options;
    if (m_wizard->options().useKeychain) {
        // QtKeychain works on the GUI thread only. Its reads wait in a local event loop, so this page
        // counts as checking meanwhile (no Finish, no second check).
        m_readingKeychain = true;
        Q_EMIT completeChanged();
        ProjectKeychainValues::Result keychain = ProjectKeychainValues::read(repo);
        m_readingKeychain = false;
        options.keychainValues = std::move(keychain.values);
        options.keychainNote = keychain.note;
    }
    auto pending = std::make_shared<HygieneReport>();
    m_pending = pending;
    m_worker.reset(QThread::create(
        [pending, repo, options = std::move(options)] { *pending = ProjectCheck::run(repo, options); }));
    connect(m_worker.get(), &QThread::finished, this, &ReportPage::checkFinished);
    m_worker->start();
    Q_EMIT completeChanged();
}

void ReportPage::checkFinished()
{
    if (!m_worker) {
        return;
    }
    m_worker->wait();
    m_worker.reset();
    m_report = std::move(*m_pending);
    m_pending.reset();
    m_ui->findingsArea->setEnabled(true);
    rebuild();
    if (!m_pendingMessage.isEmpty()) {
        m_ui->messageLabel->setText(m_pendingMessage);
        m_pendingMessage.clear();
    }
    Q_EMIT completeChanged();
}

void ReportPage::applyFix(const HygieneFinding &finding)
{
    const auto &context = m_wizard->context();
    if (!context || isChecking()) {
        return;
    }
    // The commit guard calls this very program (the envsmith binary), as `envsmith install-hook` does.
    const auto fixed =
        HygieneChecker::applyFix(context->root(), finding, QCoreApplication::applicationFilePath());
    m_pendingMessage =
        fixed ? tr("Fixed: %1").arg(finding.fixDescription.isEmpty() ? finding.id : finding.fixDescription)
              : fixed.error();
    recheck();
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
            const bool hasButton =
                finding.status == Status::Failed && finding.fix != HygieneFinding::Fix::None;
            if (finding.status == Status::Failed && !hasButton && !finding.fixDescription.isEmpty()) {
                text += u'\n' + tr("What to do: %1").arg(finding.fixDescription);
            }
            auto *label = new QLabel(toRichText(text), box);
            label->setObjectName(QStringLiteral("finding_") + finding.id);
            label->setWordWrap(true);
            label->setTextFormat(Qt::RichText);
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
            label->setAccessibleName(group.title);
            row->addWidget(label, 1);
            if (finding.status == Status::Failed && isSecretInHistory(finding)) {
                auto *rotate = new QPushButton(tr("&Rotate secrets…"), box);
                rotate->setObjectName(QStringLiteral("rotateButton_") + finding.id);
                rotate->setAutoDefault(false);
                rotate->setToolTip(tr("Opens the \"Regenerate secrets\" job: new values for the secrets in "
                                      "your .env and the keychain. Change them at each provider too, then "
                                      "rewrite the history."));
                rotate->setAccessibleName(tr("Rotate secrets: %1").arg(finding.message));
                rotate->setAccessibleDescription(rotate->toolTip());
                connect(rotate, &QPushButton::clicked, m_wizard, &SetupWizard::openRegenerateJob);
                row->addWidget(rotate, 0, Qt::AlignTop);
                if (previousFocus != nullptr) {
                    setTabOrder(previousFocus, rotate);
                }
                previousFocus = rotate;
            }
            if (finding.status == Status::Failed && finding.fix != HygieneFinding::Fix::None) {
                const bool installHook = finding.fix == HygieneFinding::Fix::InstallHook;
                auto *fix = new QPushButton(installHook ? tr("&Install the hook") : tr("&Fix"), box);
                fix->setObjectName(QStringLiteral("fixButton_") + finding.id);
                fix->setAutoDefault(false);
                fix->setToolTip(finding.fixDescription);
                fix->setAccessibleName(installHook ? tr("Install the hook: %1").arg(finding.message)
                                                   : tr("Fix: %1").arg(finding.message));
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

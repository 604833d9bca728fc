#include "gui/StartPage.h"

#include "ui_StartPage.h"

#include "core/setup/SetupPlanner.h"
#include "gui/SetupWizard.h"

#include <QDir>
#include <QFileDialog>

StartPage::StartPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::StartPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Set up this repository's secrets"));
    setSubTitle(tr("Envsmith reads the repository's .env.example, generates your own secrets, writes .env "
                   "and makes sure git ignores it."));

    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &StartPage::updateFolderState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &StartPage::browse);
    connect(m_ui->onboardRadio, &QRadioButton::toggled, this, &StartPage::updateFolderState);
    connect(m_ui->checkOnlyRadio, &QRadioButton::toggled, this, &StartPage::updateFolderState);
    updateFolderState();
}

StartPage::~StartPage() = default;

void StartPage::setFolder(const QString &folder)
{
    m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
}

QString StartPage::folder() const
{
    return QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
}

bool StartPage::isCheckOnly() const
{
    return m_ui->checkOnlyRadio->isChecked();
}

void StartPage::browse()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Choose the repository folder"), folder());
    if (!chosen.isEmpty()) {
        setFolder(chosen);
    }
}

void StartPage::updateFolderState()
{
    m_context.reset();
    m_ui->planErrorLabel->clear();
    m_ui->planErrorLabel->hide();

    const QString path = folder();
    QString status;
    if (path.isEmpty()) {
        status = tr("Choose the repository's folder: the one with the .env.example file.");
    } else if (auto context = RepoContext::open(path)) {
        m_context = std::move(*context);
        if (m_context->hasTemplate()) {
            status = tr("Template found: %1")
                         .arg(QDir::toNativeSeparators(
                             QDir(m_context->root()).relativeFilePath(m_context->templatePath())));
        } else {
            status = tr("No .env.example, .env.sample, .env.template or .env.dist in this folder. Choose the "
                        "folder of a repository that has one, or choose \"Check hygiene only\".");
        }
        if (!m_context->isGitRepository()) {
            status += u'\n' + tr("This folder is not a git repository: the git checks will be skipped.");
        }
    } else {
        status = context.error();
    }
    m_ui->folderStatusLabel->setText(status);
    Q_EMIT completeChanged();
}

bool StartPage::isComplete() const
{
    return m_context.has_value() && (isCheckOnly() || m_context->hasTemplate());
}

bool StartPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    m_wizard->setContext(*m_context);
    m_wizard->clearResult();
    m_wizard->clearPlan();
    if (isCheckOnly()) {
        return true;
    }
    auto plan = SetupPlanner::build(*m_context);
    if (!plan) {
        m_ui->planErrorLabel->setText(plan.error());
        m_ui->planErrorLabel->show();
        return false;
    }
    m_wizard->setPlan(std::move(*plan));
    return true;
}

int StartPage::nextId() const
{
    return isCheckOnly() ? SetupWizard::ReportPageId : SetupWizard::VariablesPageId;
}

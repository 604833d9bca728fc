#include "gui/StartPage.h"

#include "ui_StartPage.h"

#include "core/setup/SetupPlanner.h"
#include "gui/SetupWizard.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

StartPage::StartPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::StartPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Set up this repository's secrets"));
    setSubTitle(tr("Envsmith reads the repository's .env.example, generates your own secrets, writes .env "
                   "and makes sure git ignores it."));

    // Opening a folder runs git; wait until typing pauses instead of running it on every keystroke.
    m_folderTimer.setSingleShot(true);
    m_folderTimer.setInterval(250);
    connect(&m_folderTimer, &QTimer::timeout, this, &StartPage::updateFolderState);
    connect(m_ui->folderEdit, &QLineEdit::textEdited, this, [this] {
        m_context.reset();
        Q_EMIT completeChanged();
        m_folderTimer.start();
    });
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, [this] {
        if (!m_folderTimer.isActive()) {
            updateFolderState(); // set programmatically (Browse, command line, tests): at once
        }
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &StartPage::browse);
    connect(m_ui->onboardRadio, &QRadioButton::toggled, this, &StartPage::updateFolderState);
    connect(m_ui->checkOnlyRadio, &QRadioButton::toggled, this, &StartPage::updateFolderState);
    connect(m_ui->regenerateRadio, &QRadioButton::toggled, this, &StartPage::updateFolderState);
    connect(m_ui->syncRadio, &QRadioButton::toggled, this, &StartPage::updateFolderState);
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

bool StartPage::isRegenerate() const
{
    return m_ui->regenerateRadio->isChecked();
}

bool StartPage::isSync() const
{
    return m_ui->syncRadio->isChecked();
}

void StartPage::chooseRegenerate()
{
    m_ui->regenerateRadio->setChecked(true);
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
        if (m_context->hasTemplate() && !QFileInfo(m_context->templatePath()).isFile()) {
            status = tr("%1 is not a readable file (a folder, or a link to nothing). Make it the template "
                        "file, or remove it.")
                         .arg(QDir::toNativeSeparators(m_context->templatePath()));
        } else if (m_context->hasTemplate()) {
            status = tr("Template found: %1")
                         .arg(QDir::toNativeSeparators(
                             QDir(m_context->root()).relativeFilePath(m_context->templatePath())));
        } else {
            status = tr("No .env.example, .env.sample, .env.template or .env.dist in this folder. Choose the "
                        "folder of a repository that has one, or choose \"Check hygiene only\".");
        }
        if (isRegenerate() && m_context->hasTemplate() && !QFileInfo::exists(m_context->envPath())) {
            status += u'\n' + tr("There is no %1 yet, so there is nothing to regenerate: choose \"Onboard\" "
                                 "first.")
                                  .arg(m_context->envFileName());
        }
        if (isSync() && m_context->hasTemplate() && !QFileInfo::exists(m_context->envPath())) {
            status += u'\n' + tr("There is no %1 yet: choose \"Onboard\" first (it makes git ignore the "
                                 "file), then sync the team's values into it.")
                                  .arg(m_context->envFileName());
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
    if (!m_context.has_value()) {
        return false;
    }
    if (isCheckOnly()) {
        return true;
    }
    if (isRegenerate() || isSync()) {
        return m_context->hasTemplate() && QFileInfo::exists(m_context->envPath());
    }
    return m_context->hasTemplate() && QFileInfo(m_context->templatePath()).isFile();
}

bool StartPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    m_wizard->setContext(*m_context);
    m_wizard->clearResult();
    m_wizard->clearPlan();
    if (isCheckOnly() || isRegenerate() || isSync()) {
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
    if (isCheckOnly()) {
        return SetupWizard::ReportPageId;
    }
    if (isSync()) {
        return SetupWizard::TeamVaultPageId;
    }
    return isRegenerate() ? SetupWizard::RegeneratePageId : SetupWizard::VariablesPageId;
}

#include "gui/TeamVaultPage.h"

#include "ui_TeamVaultPage.h"

#include "core/setup/SyncPlanner.h"
#include "core/setup/SyncRunner.h"
#include "core/vault/VaultExportFile.h"
#include "core/vault/VaultReader.h"
#include "gui/SetupWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QThread>

namespace {
enum Column { NameColumn, ActionColumn, SourceColumn, ReasonColumn };
}

/// What one worker run takes and produces. Owned jointly by the page and the worker's function.
struct TeamVaultPage::Work
{
    // In
    QString path;
    SecureBuffer password;
    bool hasPassword = false;
    // Out
    std::optional<VaultError> error;
    std::shared_ptr<const VaultExport> vault;
};

TeamVaultPage::TeamVaultPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::TeamVaultPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("teamVaultPage"));
    setTitle(tr("Team vault"));
    setSubTitle(tr("Fill team-shared values (a staging API key, a sandbox client secret) from a Bitwarden or "
                   "1Password export. Your own generated secrets are never overwritten. Nothing is written "
                   "until you click Sync."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Sync"));
    m_ui->rowsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->progressBar->setRange(0, 100);
    m_ui->progressBar->hide();
    m_ui->cancelReadButton->hide();
    m_ui->scopeCombo->setEnabled(false);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &TeamVaultPage::browse);
    connect(m_ui->readButton, &QPushButton::clicked, this, &TeamVaultPage::startRead);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &TeamVaultPage::startRead);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->readButton->setEnabled(!m_ui->fileEdit->text().trimmed().isEmpty() && !isBusy());
    });
    connect(m_ui->cancelReadButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(m_ui->scopeCombo, &QComboBox::activated, this, &TeamVaultPage::planMatches);
    connect(m_ui->rowsTree, &QTreeWidget::itemChanged, this, &TeamVaultPage::rowChanged);
    m_ui->readButton->setEnabled(false);
}

TeamVaultPage::~TeamVaultPage()
{
    stopWorker();
}

void TeamVaultPage::stopWorker()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        m_worker.reset();
    }
}

void TeamVaultPage::initializePage()
{
    m_ui->messageLabel->clear();
    m_ui->rowsTree->clear();
    m_plan.reset();
    m_vault.reset();
    m_ui->scopeCombo->clear();
    m_ui->scopeCombo->setEnabled(false);
    m_ui->deleteExportCheck->setChecked(false);
    m_ui->deleteExportCheck->setEnabled(false);
    Q_EMIT completeChanged();
}

void TeamVaultPage::cleanupPage()
{
    stopWorker();
    m_plan.reset();
    m_vault.reset(); // the export's values leave memory with the page
    m_ui->passwordEdit->clear();
}

bool TeamVaultPage::isBusy() const
{
    return m_worker != nullptr;
}

void TeamVaultPage::browse()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Choose the vault export"), m_ui->fileEdit->text(),
                                     tr("Vault exports (*.json *.csv *.1pux *.1pif);;All files (*)"));
    if (!chosen.isEmpty()) {
        m_ui->fileEdit->setText(QDir::toNativeSeparators(chosen));
    }
}

void TeamVaultPage::setBusy(bool busy)
{
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelReadButton->setVisible(busy);
    m_ui->readButton->setEnabled(!busy && !m_ui->fileEdit->text().trimmed().isEmpty());
    m_ui->browseButton->setEnabled(!busy);
    m_ui->fileEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->scopeCombo->setEnabled(!busy && m_vault != nullptr);
    if (busy) {
        m_ui->progressBar->setValue(0);
        m_ui->cancelReadButton->setFocus();
    }
    Q_EMIT completeChanged();
}

void TeamVaultPage::startRead()
{
    const auto &context = m_wizard->context();
    if (isBusy() || !context || m_ui->fileEdit->text().trimmed().isEmpty()) {
        return;
    }
    auto work = std::make_shared<Work>();
    work->path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    const QString password = m_ui->passwordEdit->text();
    work->hasPassword = !password.isEmpty();
    work->password = SecureBuffer::fromUtf8(password);
    m_ui->messageLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(work->path)));
    m_plan.reset();
    m_ui->rowsTree->clear();
    m_cancel = false;
    m_work = work;

    // Only the read runs here. Planning reads the keychain, and QtKeychain 0.13 runs every job through one
    // executor on the thread of the first job (the GUI thread), so it runs there (planMatches).
    QProgressBar *bar = m_ui->progressBar;
    const std::atomic_bool *cancel = &m_cancel;
    m_worker.reset(QThread::create([work, bar, cancel] {
        VaultReadOptions options;
        options.password = work->hasPassword ? &work->password : nullptr;
        options.cancel = cancel;
        options.progress = [bar](int percent) {
            QMetaObject::invokeMethod(
                bar, [bar, percent] { bar->setValue(percent); }, Qt::QueuedConnection);
        };
        auto read = VaultReader::read(work->path, options);
        work->password = SecureBuffer();
        if (read) {
            work->vault = std::make_shared<const VaultExport>(std::move(*read));
        } else {
            work->error = read.error();
        }
    }));
    connect(m_worker.get(), &QThread::finished, this, &TeamVaultPage::readFinished);
    setBusy(true);
    m_worker->start();
}

void TeamVaultPage::readFinished()
{
    if (!m_worker) {
        return;
    }
    m_worker->wait();
    m_worker.reset();
    const std::shared_ptr<Work> work = std::move(m_work);
    setBusy(false);
    if (work->error) {
        m_ui->messageLabel->setText(work->error->message);
        if (work->error->kind == VaultError::Kind::PasswordRequired ||
            work->error->kind == VaultError::Kind::WrongPassword) {
            m_ui->passwordEdit->setFocus();
            m_ui->passwordEdit->selectAll();
        }
        return;
    }
    m_ui->passwordEdit->clear();
    m_vault = work->vault;
    m_exportPath = work->path;
    m_ui->scopeCombo->clear();
    m_ui->scopeCombo->addItem(tr("The whole export"), QString());
    for (const QString &scope : m_vault->scopes()) {
        m_ui->scopeCombo->addItem(scope, scope);
    }
    m_ui->scopeCombo->setEnabled(true);
    const bool plaintext = VaultExportFile::isPlaintext(m_vault->format);
    m_ui->deleteExportCheck->setEnabled(plaintext);
    m_ui->deleteExportCheck->setChecked(plaintext);
    planMatches();
}

void TeamVaultPage::planMatches()
{
    const auto &context = m_wizard->context();
    if (!context || !m_vault) {
        return;
    }
    // On the GUI thread (see startRead); the keychain read waits in a local event loop, so the window
    // keeps painting.
    m_plan.reset();
    m_ui->messageLabel->setText(tr("Matching…"));
    SyncPlanner::Options options;
    options.scope = m_ui->scopeCombo->currentData().toString();
    auto plan = SyncPlanner::build(*context, *m_vault, options);
    if (!plan) {
        m_ui->messageLabel->setText(plan.error());
        showPlan();
        return;
    }
    m_plan = std::move(*plan);
    QString message = tr("Read %1 (%2, %n item(s)).", nullptr, int(m_vault->items.size()))
                          .arg(QDir::toNativeSeparators(m_exportPath), vaultFormatName(m_vault->format));
    if (!m_plan->warnings().isEmpty()) {
        message += u'\n' + m_plan->warnings().join(u'\n');
    }
    m_ui->messageLabel->setText(message);
    showPlan();
}

void TeamVaultPage::showPlan()
{
    m_populating = true;
    m_ui->rowsTree->clear();
    if (!m_plan) {
        m_populating = false;
        Q_EMIT completeChanged();
        return;
    }
    for (const SyncPlan::Row &row : m_plan->rows()) {
        auto *item = new QTreeWidgetItem(m_ui->rowsTree); // owned by the tree
        item->setText(NameColumn, row.name);
        item->setData(NameColumn, Qt::UserRole, row.name);
        item->setText(ActionColumn, syncActionLabel(row.action));
        item->setText(ReasonColumn, row.reason);
        item->setToolTip(ReasonColumn, row.reason);
        if (row.match.candidates.size() == 1) {
            item->setText(SourceColumn, tr("%1 (%2)").arg(row.match.candidates.first().describe(),
                                                          VaultMatch::methodName(row.match.method)));
        }
        if (row.action == SyncAction::Conflict) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ActionColumn, row.takeVault ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(ActionColumn, tr("Tick to replace your .env value with the vault's value."));
        }
        if (row.match.status == VaultMatch::Status::Ambiguous) {
            auto *choice = new QComboBox(m_ui->rowsTree); // owned by the tree once set as item widget
            choice->setAccessibleName(tr("Vault entry for %1").arg(row.name));
            choice->addItem(tr("Choose one of %n entries…", nullptr, int(row.match.candidates.size())));
            for (const VaultMatch::Candidate &candidate : row.match.candidates) {
                choice->addItem(candidate.describe());
            }
            const QString name = row.name;
            connect(choice, &QComboBox::activated, this, [this, name](int index) {
                if (index <= 0 || !m_plan) {
                    return;
                }
                if (auto chosen = m_plan->chooseCandidate(name, index - 1); !chosen) {
                    m_ui->messageLabel->setText(chosen.error());
                }
                // Rebuild after this signal returns: the combo box is one of the widgets replaced.
                QMetaObject::invokeMethod(this, &TeamVaultPage::showPlan, Qt::QueuedConnection);
            });
            m_ui->rowsTree->setItemWidget(item, SourceColumn, choice);
        }
    }
    if (m_ui->rowsTree->topLevelItemCount() > 0) {
        m_ui->rowsTree->setCurrentItem(m_ui->rowsTree->topLevelItem(0));
    }
    m_populating = false;
    Q_EMIT completeChanged();
}

void TeamVaultPage::rowChanged(QTreeWidgetItem *item, int column)
{
    if (m_populating || !m_plan || column != ActionColumn) {
        return;
    }
    const QString name = item->data(NameColumn, Qt::UserRole).toString();
    if (auto resolved = m_plan->resolveConflict(name, item->checkState(ActionColumn) == Qt::Checked);
        !resolved) {
        m_ui->messageLabel->setText(resolved.error());
    }
    Q_EMIT completeChanged();
}

bool TeamVaultPage::isComplete() const
{
    return !isBusy() && m_plan.has_value() && m_plan->hasChanges();
}

bool TeamVaultPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    // On the GUI thread: QtKeychain's jobs must run where its executor lives (see startRead). The keychain
    // calls wait in a local event loop, so the window keeps painting; the page is disabled meanwhile.
    SyncRunner::Options options;
    options.useKeychain = m_ui->keychainCheck->isChecked();
    m_ui->messageLabel->setText(tr("Writing…"));
    setEnabled(false);
    wizard()->button(QWizard::CommitButton)->setEnabled(false);
    const SyncRunner::Result result = SyncRunner::apply(*m_plan, options);
    setEnabled(true);

    QStringList lines;
    for (const ApplyStep &step : result.steps) {
        lines << step.message;
    }
    if (!result.envWritten) {
        m_ui->messageLabel->setText(tr("Nothing was changed:") + u'\n' + lines.join(u'\n'));
        Q_EMIT completeChanged();
        return false;
    }
    if (m_ui->deleteExportCheck->isEnabled() && m_ui->deleteExportCheck->isChecked()) {
        if (auto removed = VaultExportFile::remove(m_exportPath); removed) {
            lines << tr("Deleted the export %1.").arg(QDir::toNativeSeparators(m_exportPath));
        } else {
            lines << removed.error();
        }
    }
    SetupRunner::Result report;
    report.steps = result.steps;
    report.backupPath = result.backupPath;
    report.envWritten = result.envWritten;
    // No report here: the Report page runs the checks on a worker thread (a secret scan here froze the
    // window for the whole scan, and nothing showed its result).
    m_wizard->setResult(std::move(report));
    QString summary = result.ok()
                          ? tr("Synced %n value(s) from the team vault:", nullptr, int(result.written.size()))
                          : tr("Incomplete: .env holds the vault's values, but a later step failed.");
    if (!result.written.isEmpty()) {
        summary += u' ' + result.written.join(QStringLiteral(", ")) + u'.';
    }
    summary += u' ' + lines.join(u' ');
    m_wizard->setRunSummary(summary);
    m_plan.reset();
    m_vault.reset();
    return true;
}

int TeamVaultPage::nextId() const
{
    return SetupWizard::ReportPageId;
}

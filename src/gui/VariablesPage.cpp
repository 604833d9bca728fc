#include "gui/VariablesPage.h"

#include "ui_VariablesPage.h"

#include "core/setup/PlanNotes.h"
#include "core/setup/SetupPlan.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"
#include "gui/ClipboardGuard.h"
#include "gui/EnterValueDialog.h"
#include "gui/SetupWizard.h"
#include "gui/VariablesModel.h"

#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>

VariablesPage::VariablesPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::VariablesPage>()), m_wizard(wizard),
      m_model(new VariablesModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("variablesPage"));
    setTitle(tr("Variables"));
    setSubTitle(tr("Where each value comes from. Secrets are generated for you; keys of outside services "
                   "can be entered now or later."));

    m_ui->variablesTable->setModel(m_model);
    m_ui->variablesTable->horizontalHeader()->setSectionResizeMode(VariablesModel::NameColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->variablesTable->horizontalHeader()->setSectionResizeMode(VariablesModel::SourceColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->variablesTable->horizontalHeader()->setSectionResizeMode(VariablesModel::NotesColumn,
                                                                   QHeaderView::ResizeToContents);
    m_ui->generalNotesLabel->hide();
    m_ui->variablesTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->variablesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VariablesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VariablesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &VariablesPage::updateSelection);
    connect(m_ui->revealButton, &QPushButton::clicked, this, &VariablesPage::toggleReveal);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &VariablesPage::copyValue);
    connect(m_ui->regenerateButton, &QPushButton::clicked, this, &VariablesPage::regenerate);
    connect(m_ui->enterValueButton, &QPushButton::clicked, this, &VariablesPage::enterValue);
    connect(m_ui->keepCurrentButton, &QPushButton::clicked, this, &VariablesPage::keepCurrent);
    updateSelection();
}

VariablesPage::~VariablesPage() = default;

void VariablesPage::initializePage()
{
    m_ui->messageLabel->clear();
    m_model->setPlan(m_wizard->plan());
    if (const SetupPlan *plan = m_wizard->plan()) {
        // Lint findings and overdue secrets (names, files and lines; never values).
        const auto index = KeychainIndex::load();
        const KeychainStore store(plan->context().projectId(), plan->context().envFileName());
        PlanNotes notes = PlanNotes::build(*plan, index ? &*index : nullptr, store.service(),
                                           QDateTime::currentDateTimeUtc());
        const QStringList general = notes.general();
        m_model->setNotes(std::move(notes));
        m_ui->generalNotesLabel->setText(general.isEmpty() ? QString()
                                                           : tr("Lint notes on the files themselves:") +
                                                                 u'\n' + general.join(u'\n'));
        m_ui->generalNotesLabel->setVisible(!general.isEmpty());
    }
    if (m_model->rowCount() > 0) {
        m_ui->variablesTable->selectRow(0);
    }
    updateSelection();
}

void VariablesPage::cleanupPage()
{
    if (m_dialog != nullptr) {
        m_dialog->reject();
    }
    m_model->setPlan(nullptr);
}

bool VariablesPage::selectVariable(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0) {
        return false;
    }
    m_ui->variablesTable->selectRow(row);
    m_ui->variablesTable->setCurrentIndex(m_model->index(row, VariablesModel::NameColumn));
    return true;
}

int VariablesPage::selectedRow() const
{
    const QModelIndex current = m_ui->variablesTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

const PlannedVariable *VariablesPage::selectedVariable() const
{
    return m_model->variableAt(selectedRow());
}

void VariablesPage::updateSelection()
{
    const int row = selectedRow();
    const PlannedVariable *variable = m_model->variableAt(row);
    const bool hasValue = variable != nullptr && !variable->value->isEmpty();
    const bool secret = variable != nullptr && variable->isSecret();
    const bool revealed = m_model->isRevealed(row);

    m_ui->revealButton->setEnabled(hasValue && secret);
    m_ui->revealButton->setText(revealed ? tr("&Hide") : tr("&Reveal"));
    m_ui->copyButton->setEnabled(hasValue);
    m_ui->regenerateButton->setEnabled(secret && variable->spec.kind != VariableKind::ThirdPartySecret &&
                                       variable->spec.kind != VariableKind::Derived);
    m_ui->enterValueButton->setEnabled(variable != nullptr && variable->spec.kind != VariableKind::Derived);
    m_ui->keepCurrentButton->setEnabled(variable != nullptr && variable->hasExisting &&
                                        variable->replacesExisting);

    if (variable == nullptr) {
        m_ui->detailsLabel->setText(tr("Select a variable to see what it is for."));
        return;
    }
    QStringList lines;
    lines << variable->spec.name;
    if (!variable->spec.description.isEmpty()) {
        lines << variable->spec.description;
    }
    lines << tr("Source: %1").arg(VariablesModel::sourceText(*variable));
    if (variable->action == PlanAction::Generate && !variable->spec.profileReason.isEmpty()) {
        lines
            << tr("Generator: %1 (%2)").arg(variable->spec.profile.toString(), variable->spec.profileReason);
    }
    if (variable->isMissing()) {
        lines << tr("To do: get this key from %1 and enter it, or add it to .env later.")
                     .arg(variable->spec.service.isEmpty() ? tr("its service") : variable->spec.service);
    }
    if (variable->hasExisting) {
        lines << (variable->replacesExisting
                      ? tr("Your current .env value will be replaced (a backup of your "
                           "current .env is kept).")
                      : tr("Your current .env value is kept."));
    }
    lines << PlanNotes::details(m_model->notes().forVariable(variable->spec.name));
    m_ui->detailsLabel->setText(lines.join(u'\n'));
}

void VariablesPage::showResult(const QString &error)
{
    m_ui->messageLabel->setText(error);
    m_model->refresh();
    updateSelection();
}

void VariablesPage::toggleReveal()
{
    const int row = selectedRow();
    m_model->setRevealed(row, !m_model->isRevealed(row));
    updateSelection();
}

void VariablesPage::copyValue()
{
    const PlannedVariable *variable = selectedVariable();
    if (variable == nullptr || variable->value->isEmpty()) {
        return;
    }
    m_wizard->clipboardGuard()->copySecret(variable->value->toString());
    const auto seconds = m_wizard->clipboardGuard()->clearDelay().count() / 1000;
    m_ui->messageLabel->setText(
        tr("%1 copied. The clipboard is cleared in %2 seconds.").arg(variable->spec.name).arg(seconds));
}

void VariablesPage::regenerate()
{
    const PlannedVariable *variable = selectedVariable();
    SetupPlan *plan = m_wizard->plan();
    if (variable == nullptr || plan == nullptr) {
        return;
    }
    const QString name = variable->spec.name;
    const auto done = plan->regenerate(name);
    showResult(done ? tr("A new value was generated for %1.").arg(name) : done.error());
}

void VariablesPage::enterValue()
{
    const PlannedVariable *variable = selectedVariable();
    if (variable == nullptr || m_dialog != nullptr) {
        return;
    }
    m_dialog =
        new EnterValueDialog(variable->spec.name, variable->spec.description, variable->spec.service, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        SetupPlan *plan = m_wizard->plan();
        if (plan == nullptr || m_dialog == nullptr) {
            return;
        }
        const QString name = m_dialog->variableName();
        const auto done = plan->setValue(name, m_dialog->takeValue());
        showResult(done ? tr("The value of %1 was set.").arg(name) : done.error());
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

void VariablesPage::keepCurrent()
{
    const PlannedVariable *variable = selectedVariable();
    SetupPlan *plan = m_wizard->plan();
    if (variable == nullptr || plan == nullptr) {
        return;
    }
    const QString name = variable->spec.name;
    const auto done = plan->keepExisting(name);
    showResult(done ? tr("%1 keeps its current value.").arg(name) : done.error());
}

#include "gui/RegeneratePage.h"

#include "ui_RegeneratePage.h"

#include "core/dotenv/DotenvDocument.h"
#include "core/schema/EnvTemplate.h"
#include "core/setup/RotationPolicy.h"
#include "core/setup/RotationRunner.h"
#include "core/setup/SecretAgeCheck.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"
#include "gui/SetupWizard.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QFile>
#include <QHeaderView>

namespace {
enum Column { NameColumn, LastSetColumn, PeriodColumn, StatusColumn };
}

RegeneratePage::RegeneratePage(SetupWizard *wizard)
    : QWizardPage(wizard), m_ui(std::make_unique<Ui::RegeneratePage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("regeneratePage"));
    setTitle(tr("Regenerate secrets"));
    setSubTitle(
        tr("Tick the secrets to replace. Envsmith writes the new values to .env (your old file is kept "
           "as a backup) and to the keychain. Values that embed a replaced one, like a DATABASE_URL, "
           "follow."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Regenerate"));
    m_ui->secretsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->secretsTree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_populating) {
            updatePlan();
        }
    });
    connect(m_ui->rotateRadio, &QRadioButton::toggled, this, [this](bool checked) {
        setButtonText(QWizard::CommitButton, checked ? tr("&Regenerate") : tr("&Finish rotation"));
        updatePlan();
    });
}

RegeneratePage::~RegeneratePage() = default;

void RegeneratePage::initializePage()
{
    m_ui->messageLabel->clear();
    populate();
    updatePlan();
}

void RegeneratePage::populate()
{
    m_populating = true;
    m_ui->secretsTree->clear();
    const auto &context = m_wizard->context();
    if (!context) {
        m_populating = false;
        return;
    }
    auto envTemplate = EnvTemplate::load(context->templatePath());
    if (!envTemplate) {
        m_ui->messageLabel->setText(envTemplate.error());
        m_populating = false;
        return;
    }
    std::optional<DotenvDocument> env;
    if (QFile file(context->envPath()); file.open(QIODevice::ReadOnly)) {
        QByteArray bytes = file.readAll();
        if (auto parsed = DotenvDocument::parse(bytes)) {
            env = std::move(*parsed);
        }
        bytes.fill('\0');
    }
    const auto index = KeychainIndex::load();
    const KeychainStore store(context->projectId(), context->envFileName());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    for (const VariableSpec &spec : envTemplate->variables()) {
        if (spec.kind != VariableKind::Generate) {
            continue;
        }
        auto *item = new QTreeWidgetItem(m_ui->secretsTree); // owned by the tree
        item->setText(NameColumn, spec.name);
        item->setData(NameColumn, Qt::UserRole, spec.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, Qt::Unchecked);

        std::optional<KeychainIndex::Record> record;
        if (index) {
            record = index->record(store.service(), spec.name);
        }
        const QDateTime since = !record                     ? QDateTime()
                                : record->rotated.isValid() ? record->rotated
                                                            : record->created;
        item->setText(LastSetColumn, since.isValid()
                                         ? tr("%1 (%n day(s) ago)", nullptr, int(since.daysTo(now)))
                                               .arg(since.toUTC().date().toString(Qt::ISODate))
                                         : tr("not recorded"));
        const int period = RotationPolicy::periodDays(spec);
        item->setText(PeriodColumn,
                      period > 0
                          ? tr("%n day(s) (%1)", nullptr, period).arg(SecretAgeCheck::periodReason(spec))
                          : tr("none"));
        QStringList status;
        const auto age = index ? SecretAgeCheck::age(spec, *index, store.service(), now) : std::nullopt;
        if (age && age->overdue()) {
            status << tr("Overdue");
        }
        const QString previous = RotationPolicy::previousName(*envTemplate, spec.name);
        if (env && !env->value(previous).value_or(QByteArray()).isEmpty()) {
            status << tr("Rotation in progress (%1 holds the old value)").arg(previous);
        }
        if (env && !env->value(spec.name)) {
            status << tr("Not in %1").arg(context->envFileName());
        }
        item->setText(StatusColumn, status.join(QStringLiteral("; ")));
        item->setData(
            NameColumn, Qt::AccessibleDescriptionRole,
            QStringList{item->text(LastSetColumn), item->text(StatusColumn)}.join(QStringLiteral(", ")));
    }
    if (m_ui->secretsTree->topLevelItemCount() == 0) {
        m_ui->messageLabel->setText(
            tr("The template has no secrets that Envsmith generates, so there is nothing to regenerate. Keys "
               "of outside services are changed where they were issued, then entered with envsmith set."));
    } else {
        m_ui->secretsTree->setCurrentItem(m_ui->secretsTree->topLevelItem(0));
    }
    m_populating = false;
}

QStringList RegeneratePage::checkedNames() const
{
    QStringList names;
    for (int i = 0; i < m_ui->secretsTree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->secretsTree->topLevelItem(i);
        if (item->checkState(NameColumn) == Qt::Checked) {
            names << item->data(NameColumn, Qt::UserRole).toString();
        }
    }
    return names;
}

bool RegeneratePage::setChecked(const QString &name, bool checked)
{
    for (int i = 0; i < m_ui->secretsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->secretsTree->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() == name) {
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void RegeneratePage::updatePlan()
{
    m_plan.reset();
    const QStringList names = checkedNames();
    const auto &context = m_wizard->context();
    if (names.isEmpty() || !context) {
        m_ui->previewLabel->setText(tr("Tick at least one secret."));
    } else {
        const auto mode =
            m_ui->rotateRadio->isChecked() ? RotationPlan::Mode::Rotate : RotationPlan::Mode::Finish;
        auto plan = RotationPlan::build(*context, names, mode);
        if (plan) {
            QString text = tr("What will change:") + u'\n' + plan->describe();
            if (!plan->warnings().isEmpty()) {
                text += u'\n' + plan->warnings().join(u'\n');
            }
            m_ui->previewLabel->setText(text);
            m_plan = std::move(*plan);
        } else {
            m_ui->previewLabel->setText(plan.error());
        }
    }
    Q_EMIT completeChanged();
}

bool RegeneratePage::isComplete() const
{
    return m_plan.has_value() && !m_plan->changes().isEmpty();
}

bool RegeneratePage::validatePage()
{
    if (!m_plan) {
        return false;
    }
    RotationRunner::Options options;
    options.useKeychain = m_ui->keychainCheck->isChecked();
    const RotationRunner::Result rotation = RotationRunner::apply(*m_plan, options);

    QStringList lines;
    for (const ApplyStep &step : rotation.steps) {
        lines << step.message;
    }
    if (!rotation.envWritten) {
        m_ui->messageLabel->setText(tr("Nothing was changed:") + u'\n' + lines.join(u'\n'));
        updatePlan(); // the file may have changed behind our back: plan again from what is on disk
        return false;
    }
    SetupRunner::Result result;
    result.steps = rotation.steps;
    result.backupPath = rotation.backupPath;
    result.envWritten = true;
    // No report here: the Report page runs the checks on a worker thread (a secret scan here froze the
    // window for the whole scan, and nothing showed its result).
    m_wizard->setResult(std::move(result));
    QString summary = rotation.ok() ? tr("Done.")
                                    : tr("Incomplete: .env holds the new values, but a later step "
                                         "failed.");
    summary += u' ' + lines.join(u' ');
    m_wizard->setRunSummary(summary);
    return true;
}

int RegeneratePage::nextId() const
{
    return SetupWizard::ReportPageId;
}

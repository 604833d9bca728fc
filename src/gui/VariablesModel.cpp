#include "gui/VariablesModel.h"

#include "core/setup/PlanWarnings.h"
#include "core/setup/SetupPlan.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <cmath>

VariablesModel::VariablesModel(QObject *parent) : QAbstractTableModel(parent) {}

void VariablesModel::setPlan(SetupPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_revealed.clear();
    m_notes = PlanNotes();
    endResetModel();
}

void VariablesModel::setNotes(PlanNotes notes)
{
    m_notes = std::move(notes);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const PlannedVariable *VariablesModel::variableAt(int row) const
{
    if (m_plan == nullptr || row < 0 || row >= m_plan->variables().size()) {
        return nullptr;
    }
    return &m_plan->variables().at(row);
}

int VariablesModel::rowOf(const QString &name) const
{
    if (m_plan == nullptr) {
        return -1;
    }
    const auto &variables = m_plan->variables();
    for (int row = 0; row < variables.size(); ++row) {
        if (variables.at(row).spec.name == name) {
            return row;
        }
    }
    return -1;
}

bool VariablesModel::isRevealed(int row) const
{
    const PlannedVariable *variable = variableAt(row);
    return variable != nullptr && m_revealed.contains(variable->spec.name);
}

void VariablesModel::setRevealed(int row, bool revealed)
{
    const PlannedVariable *variable = variableAt(row);
    if (variable == nullptr) {
        return;
    }
    if (revealed) {
        m_revealed.insert(variable->spec.name);
    } else {
        m_revealed.remove(variable->spec.name);
    }
    const QModelIndex cell = index(row, ValueColumn);
    Q_EMIT dataChanged(cell, cell);
}

void VariablesModel::refresh()
{
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QString VariablesModel::mask()
{
    return QStringLiteral("••••••••");
}

QString VariablesModel::sourceText(const PlannedVariable &variable)
{
    QString text;
    switch (variable.action) {
    case PlanAction::Keep:
        text = tr("Keep current");
        break;
    case PlanAction::Generate: {
        QString encoding = variable.spec.profile.toString();
        encoding.truncate(encoding.indexOf(u'('));
        text = tr("Generated (%1, %2 bits)")
                   .arg(encoding)
                   .arg(static_cast<int>(std::lround(variable.spec.profile.entropyBits())));
        break;
    }
    case PlanAction::Template:
        text = tr("Template");
        break;
    case PlanAction::Manual:
        text = variable.spec.service.isEmpty() ? tr("Enter value")
                                               : tr("Enter value (%1)").arg(variable.spec.service);
        break;
    case PlanAction::Derive:
        text = tr("Derived from %1").arg(variable.spec.derivation.source);
        break;
    }
    if (variable.replacesExisting) {
        text = tr("%1, replaces current value").arg(text);
    }
    return text;
}

QString VariablesModel::valueText(const PlannedVariable &variable, bool revealed)
{
    if (variable.isMissing()) {
        return tr("(to do: enter the value)");
    }
    if (variable.value->isEmpty()) {
        return tr("(empty)");
    }
    if (variable.isSecret() && !revealed) {
        return mask();
    }
    return variable.value->toString();
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_plan == nullptr ? 0 : int(m_plan->variables().size());
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    const PlannedVariable *variable = variableAt(index.row());
    if (variable == nullptr || !index.isValid()) {
        return {};
    }
    const bool revealed = m_revealed.contains(variable->spec.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return variable->spec.name;
        case SourceColumn:
            return sourceText(*variable);
        case NotesColumn:
            return PlanNotes::summary(m_notes.forVariable(variable->spec.name));
        case ValueColumn:
            return valueText(*variable, revealed);
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == ValueColumn && variable->isSecret() && !revealed && !variable->isMissing() &&
            !variable->value->isEmpty()) {
            return tr("hidden value");
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        // The description, then the floor and strength warnings (issue 4 §1, §2; never the value).
        QStringList lines = PlanWarnings::forVariable(*variable);
        lines.append(PlanNotes::details(m_notes.forVariable(variable->spec.name)));
        if (!variable->spec.description.isEmpty()) {
            lines.prepend(variable->spec.description);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::DecorationRole:
        if (index.column() == SourceColumn && !PlanWarnings::forVariable(*variable).isEmpty()) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (index.column() == NotesColumn && !m_notes.forVariable(variable->spec.name).isEmpty()) {
            const PlanNotes::VariableNotes notes = m_notes.forVariable(variable->spec.name);
            return QApplication::style()->standardIcon(notes.lintErrors > 0 ? QStyle::SP_MessageBoxCritical
                                                                            : QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn) {
            QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            font.setItalic(variable->isMissing() || variable->value->isEmpty());
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && variable->isMissing()) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case NameRole:
        return variable->spec.name;
    default:
        return {};
    }
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Source");
    case NotesColumn:
        return tr("Notes");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

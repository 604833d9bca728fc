#pragma once

#include "core/setup/PlanNotes.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QString>

class SetupPlan;
struct PlannedVariable;

/// A table over SetupPlan::variables(): Name, Source, Notes (lint findings, overdue rotation), Value. Secret
/// values are masked (`••••••••`) unless the row is revealed; a third-party key not entered yet shows "(to
/// do: enter the value)". The variable's description is the tooltip of every cell. The model does not own the
/// plan; setPlan(nullptr) detaches it.
class VariablesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SourceColumn, NotesColumn, ValueColumn, ColumnCount };
    enum Role {
        /// The variable's name (QString), for every column.
        NameRole = Qt::UserRole + 1,
    };

    explicit VariablesModel(QObject *parent = nullptr);

    /// Shows @p plan (not owned; must outlive its use here); hides every revealed value and the notes.
    void setPlan(SetupPlan *plan);
    /// The lint and age notes shown in the Notes column (PlanNotes; never values).
    void setNotes(PlanNotes notes);
    const PlanNotes &notes() const { return m_notes; }
    SetupPlan *plan() const { return m_plan; }
    /// The variable of @p row, or nullptr.
    const PlannedVariable *variableAt(int row) const;
    /// The row of @p name, or -1.
    int rowOf(const QString &name) const;

    bool isRevealed(int row) const;
    void setRevealed(int row, bool revealed);
    /// Tells views that values or actions changed (after regenerate, enter, keep).
    void refresh();

    /// "Generated (base64url, 256 bits)", "Template", "Enter value", "Keep current", "Derived from X".
    static QString sourceText(const PlannedVariable &variable);
    /// What the Value column shows for @p variable.
    static QString valueText(const PlannedVariable &variable, bool revealed);
    /// The mask shown instead of a secret value.
    static QString mask();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SetupPlan *m_plan = nullptr;
    QSet<QString> m_revealed;
    PlanNotes m_notes;
};

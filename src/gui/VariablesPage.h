#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class VariablesPage;
}
class SetupWizard;
class VariablesModel;
class EnterValueDialog;
struct PlannedVariable;

/// Second page: the plan's variables in a table (VariablesModel) with the selected row's details, and
/// the actions for that row: reveal/hide, copy (through ClipboardGuard), regenerate, enter a value, keep
/// the current value. Third-party keys may be left empty (they are listed as to-do on the review page).
class VariablesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit VariablesPage(SetupWizard *wizard);
    ~VariablesPage() override;

    VariablesModel *model() const { return m_model; }
    /// Selects the row of @p name (test seam and keyboard helper); false when there is none.
    bool selectVariable(const QString &name);
    /// The variable of the selected row, or nullptr.
    const PlannedVariable *selectedVariable() const;
    /// The open "Enter value" dialog, or nullptr.
    EnterValueDialog *enterValueDialog() const { return m_dialog; }

    void initializePage() override;
    void cleanupPage() override;

private:
    int selectedRow() const;
    void updateSelection();
    void toggleReveal();
    void copyValue();
    void regenerate();
    void enterValue();
    void keepCurrent();
    void showResult(const QString &error);

    std::unique_ptr<Ui::VariablesPage> m_ui;
    SetupWizard *m_wizard;
    VariablesModel *m_model;
    EnterValueDialog *m_dialog = nullptr;
};

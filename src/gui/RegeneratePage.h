#pragma once

#include "core/setup/RotationPlan.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class RegeneratePage;
}
class SetupWizard;

/// The "Regenerate secrets" job (issue 4 §4): lists the template's generated secrets with when each was
/// last set, its rotation period and whether it is overdue or mid-rotation; the user ticks some and sees
/// what will change (RotationPlan::describe(), never a value) before committing. Committing applies the
/// plan with RotationRunner (`.env` 0600 with a backup, then the keychain) and goes to the Report page;
/// a failure is shown here and nothing moves on. "Finish a staged rotation" drops the NAME_PREVIOUS values.
class RegeneratePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RegeneratePage(SetupWizard *wizard);
    ~RegeneratePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    /// Test seam: ticks (or unticks) @p name as if clicked; false when it is not listed.
    bool setChecked(const QString &name, bool checked);

private:
    void populate();
    void updatePlan();
    QStringList checkedNames() const;

    std::unique_ptr<Ui::RegeneratePage> m_ui;
    SetupWizard *m_wizard;
    std::optional<RotationPlan> m_plan;
    bool m_populating = false;
};

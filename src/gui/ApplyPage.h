#pragma once

#include "core/setup/ApplyStep.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ApplyPage;
}
class QListWidgetItem;
class SetupWizard;

/// Fourth page: applies the plan (SetupRunner::apply) once the page has painted, showing every step with
/// its status and message as it changes. Complete when applying has finished (whatever the outcome); the
/// way back is closed from here on.
class ApplyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplyPage(SetupWizard *wizard);
    ~ApplyPage() override;

    /// True once SetupRunner::apply has returned.
    bool isFinished() const { return m_finished; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    /// Emitted when applying has finished.
    void finished();

private:
    void run();
    void showStep(const ApplyStep &step);

    std::unique_ptr<Ui::ApplyPage> m_ui;
    SetupWizard *m_wizard;
    bool m_started = false;
    bool m_finished = false;
};

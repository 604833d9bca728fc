#pragma once

#include "core/store/KeychainStatus.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class ReviewPage;
}
class SetupWizard;

/// Third page: what applying will do. The `.env` to be written with secrets masked
/// (SetupPlan::renderMaskedEnv), the steps (SetupRunner::plannedSteps), the `.gitignore` lines to add, the
/// keychain choice (off, with the reason, when KeychainStatus::probe() says it is unavailable), the values
/// that will be replaced and the third-party keys still to do. A symlinked `.env` needs an explicit
/// confirmation before the page is complete. The Next button reads "Apply" here.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(SetupWizard *wizard);
    ~ReviewPage() override;

    /// Test seam: the keychain status to use instead of probing (std::nullopt: probe).
    void setKeychainStatusOverride(std::optional<KeychainStatus> status)
    {
        m_statusOverride = std::move(status);
    }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateSteps();

    std::unique_ptr<Ui::ReviewPage> m_ui;
    SetupWizard *m_wizard;
    std::optional<KeychainStatus> m_statusOverride;
};

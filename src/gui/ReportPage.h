#pragma once

#include "core/hygiene/HygieneReport.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReportPage;
}
class SetupWizard;
struct HygieneFinding;

/// Last page: the hygiene report grouped as problems (errors), warnings, notes (info), passed and not
/// applicable, each fixable finding with a "Fix" button (HygieneChecker::applyFix, then the checks run
/// again), and a summary of the run.
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(SetupWizard *wizard);
    ~ReportPage() override;

    const HygieneReport &report() const { return m_report; }

    void initializePage() override;

private:
    void recheck();
    void applyFix(const HygieneFinding &finding);
    void rebuild();

    std::unique_ptr<Ui::ReportPage> m_ui;
    SetupWizard *m_wizard;
    HygieneReport m_report;
};

#pragma once

#include "core/hygiene/HygieneReport.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReportPage;
}
class QThread;
class SetupWizard;
struct HygieneFinding;

/// Last page: the hygiene report grouped as problems (errors), warnings, notes (info), passed and not
/// applicable, each fixable finding with a "Fix" button ("Install the hook" for the commit guard;
/// HygieneChecker::applyFix, then the checks run again), a secret in the history (`secret-in-history`,
/// `env-in-history`) with a "Rotate secrets…" button that opens the "Regenerate secrets" job
/// (SetupWizard::openRegenerateJob), and a summary of the run. The checks (ProjectCheck: git, the secret scan
/// of the working tree, the secrets' age) run on a worker thread; the page says so meanwhile. The scan looks
/// for the values in `.env` and (with the keychain option on) those the keychain holds for the project,
/// read first on the GUI thread (ProjectKeychainValues: never an unlock prompt).
class ReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReportPage(SetupWizard *wizard);
    ~ReportPage() override;

    const HygieneReport &report() const { return m_report; }
    /// True while the checks run (on a worker thread: git and the secret scan can take seconds), and while
    /// the keychain's values for the scan are read before (on the GUI thread, QtKeychain's local event loop).
    bool isChecking() const { return m_worker != nullptr || m_readingKeychain; }

    void initializePage() override;
    bool isComplete() const override;
    /// The last page of every job: no Next.
    int nextId() const override { return -1; }

private:
    void recheck();
    void checkFinished();
    void applyFix(const HygieneFinding &finding);
    void rebuild();

    std::unique_ptr<Ui::ReportPage> m_ui;
    SetupWizard *m_wizard;
    HygieneReport m_report;
    std::unique_ptr<QThread> m_worker;
    std::shared_ptr<HygieneReport> m_pending;
    QString m_pendingMessage;
    bool m_readingKeychain = false;
};

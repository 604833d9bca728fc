#include "gui/ScreenshotAutopilot.h"

#include "gui/ApplyPage.h"
#include "gui/SetupWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

ScreenshotAutopilot::ScreenshotAutopilot(SetupWizard *wizard, QString folder, bool autoplay)
    : QObject(wizard), m_wizard(wizard), m_folder(std::move(folder)), m_autoplay(autoplay)
{
    QDir().mkpath(m_folder);
    connect(m_wizard, &QWizard::currentIdChanged, this, &ScreenshotAutopilot::schedule);
}

QString ScreenshotAutopilot::fileNameFor(int id)
{
    switch (id) {
    case SetupWizard::StartPageId:
        return QStringLiteral("start.png");
    case SetupWizard::VariablesPageId:
        return QStringLiteral("variables.png");
    case SetupWizard::ReviewPageId:
        return QStringLiteral("review.png");
    case SetupWizard::ApplyPageId:
        return QStringLiteral("apply.png");
    case SetupWizard::ReportPageId:
        return QStringLiteral("report.png");
    case SetupWizard::RegeneratePageId:
        return QStringLiteral("regenerate.png");
    case SetupWizard::TeamVaultPageId:
        return QStringLiteral("teamvault.png");
    default:
        return {};
    }
}

void ScreenshotAutopilot::schedule()
{
    QTimer::singleShot(700, this, &ScreenshotAutopilot::settle);
}

void ScreenshotAutopilot::settle()
{
    const int id = m_wizard->currentId();
    QWizardPage *page = m_wizard->currentPage();
    if (page == nullptr || !m_wizard->isVisible()) {
        return;
    }
    if (!page->isComplete() && (id == SetupWizard::ApplyPageId || id == SetupWizard::ReportPageId)) {
        QTimer::singleShot(300, this, &ScreenshotAutopilot::settle); // still applying, or still checking
        return;
    }
    if (!m_saved.contains(id)) {
        m_saved.insert(id);
        const QString path = QDir(m_folder).filePath(fileNameFor(id));
        if (!m_wizard->grab().save(path, "PNG")) {
            std::fprintf(stderr, "envsmith: cannot save the screenshot %s\n", qPrintable(path));
        }
    }
    if (!m_autoplay) {
        return;
    }
    QAbstractButton *next = m_wizard->button(QWizard::NextButton);
    QAbstractButton *finish = m_wizard->button(QWizard::FinishButton);
    if (next->isVisible() && next->isEnabled()) {
        next->click();
    } else if (finish->isVisible() && finish->isEnabled()) {
        finish->click();
    } else {
        std::fprintf(stderr, "envsmith: screenshot autoplay stopped on page %s (it is not complete)\n",
                     qPrintable(fileNameFor(id)));
        m_wizard->reject();
    }
}

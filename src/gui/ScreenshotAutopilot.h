#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class SetupWizard;

/// Saves a PNG of the wizard each time a page has settled (for docs/screenshots and packaging):
/// start.png, variables.png, review.png, apply.png, report.png in @p folder. With @p autoplay it also
/// clicks the wizard's own Next button once a page is complete, and Finish on the last page.
/// Owned by the wizard; used when ENVSMITH_SCREENSHOT_DIR is set (see SetupWizard).
class ScreenshotAutopilot : public QObject
{
    Q_OBJECT

public:
    ScreenshotAutopilot(SetupWizard *wizard, QString folder, bool autoplay);

    /// The PNG file name for page @p id (e.g. "review.png"), empty for an unknown page.
    static QString fileNameFor(int id);

private:
    void schedule();
    void settle();

    SetupWizard *m_wizard;
    QString m_folder;
    bool m_autoplay;
    QSet<int> m_saved;
};

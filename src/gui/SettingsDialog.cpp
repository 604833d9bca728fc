#include "gui/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QSettings>

namespace {
const QString clearSecondsKey = QStringLiteral("clipboard/clearSeconds");
constexpr int defaultSeconds = 30;
constexpr int minimumSeconds = 5;
constexpr int maximumSeconds = 600;
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Envsmith settings"));
    m_ui->clearDelaySpin->setRange(minimumSeconds, maximumSeconds);
    m_ui->clearDelaySpin->setValue(int(storedClearDelay().count()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

std::chrono::seconds SettingsDialog::storedClearDelay()
{
    const int seconds = QSettings().value(clearSecondsKey, defaultSeconds).toInt();
    return std::chrono::seconds(seconds >= minimumSeconds && seconds <= maximumSeconds ? seconds
                                                                                       : defaultSeconds);
}

std::chrono::seconds SettingsDialog::clearDelay() const
{
    return std::chrono::seconds(m_ui->clearDelaySpin->value());
}

void SettingsDialog::setClearDelay(std::chrono::seconds delay)
{
    m_ui->clearDelaySpin->setValue(int(delay.count()));
}

void SettingsDialog::accept()
{
    QSettings().setValue(clearSecondsKey, m_ui->clearDelaySpin->value());
    QDialog::accept();
}

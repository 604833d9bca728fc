#pragma once

#include <QDialog>

#include <chrono>
#include <memory>

namespace Ui {
class SettingsDialog;
}

/// The wizard's settings (issue 4 §3): how long a copied value stays on the clipboard, 5..600 seconds,
/// stored as `clipboard/clearSeconds` in the application's settings file (a number, never a value).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// The stored delay (30 s when unset or out of range).
    static std::chrono::seconds storedClearDelay();
    /// The delay shown in the dialog.
    std::chrono::seconds clearDelay() const;
    void setClearDelay(std::chrono::seconds delay);

    /// Saves the shown delay, then closes.
    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

#pragma once

#include "core/secret/SecureBuffer.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class EnterValueDialog;
}

/// Asks for one variable's value in a password field (with a "Show" toggle). OK is enabled once
/// something is typed. takeValue() hands the text over as a SecureBuffer and clears the field.
class EnterValueDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p name: the variable; @p description: its template comment (may be empty); @p service: the
    /// outside service the key belongs to (may be empty).
    EnterValueDialog(const QString &name, const QString &description, const QString &service,
                     QWidget *parent = nullptr);
    ~EnterValueDialog() override;

    QString variableName() const { return m_name; }
    /// The typed value as UTF-8 in guarded memory; the line edit is cleared.
    SecureBuffer takeValue();

private:
    void updateOkButton();

    std::unique_ptr<Ui::EnterValueDialog> m_ui;
    QString m_name;
};

#pragma once

#include "core/secret/SecureBuffer.h"

#include <QDialog>
#include <QString>

#include <memory>

class QLabel;

namespace Ui {
class EnterValueDialog;
}

/// Asks for one variable's value in a password field (with a "Show" toggle). OK is enabled once
/// something is typed. takeValue() hands the text over as a SecureBuffer and clears the field. While typing,
/// a warning line (objectName `strengthLabel`) says when the value is easy to guess (zxcvbn) or shorter
/// than 32 characters (StrengthEstimate; issue 4 §2). It names the variable, never the value.
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
    QLabel *m_strengthLabel = nullptr; // owned by the dialog's layout
    QString m_name;
};

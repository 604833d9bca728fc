#include "gui/EnterValueDialog.h"

#include "core/secret/StrengthEstimate.h"
#include "ui_EnterValueDialog.h"

#include <QLabel>
#include <QPushButton>

EnterValueDialog::EnterValueDialog(const QString &name, const QString &description, const QString &service,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnterValueDialog>()), m_name(name)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("enterValueDialog"));
    setWindowTitle(tr("Enter value for %1").arg(name));

    QString prompt = service.isEmpty() ? tr("Value of %1:").arg(name)
                                       : tr("Value of %1 (your %2 key):").arg(name, service);
    if (!description.isEmpty()) {
        prompt = description + u'\n' + prompt;
    }
    m_ui->promptLabel->setText(prompt);
    m_ui->valueEdit->setAccessibleName(tr("Value of %1").arg(name));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    m_strengthLabel = new QLabel(this);
    m_strengthLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_strengthLabel->setWordWrap(true);
    m_strengthLabel->setVisible(false);
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->buttonBox), m_strengthLabel);

    connect(m_ui->showValueCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->valueEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &EnterValueDialog::updateOkButton);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
}

EnterValueDialog::~EnterValueDialog()
{
    m_ui->valueEdit->clear();
}

SecureBuffer EnterValueDialog::takeValue()
{
    SecureBuffer value = SecureBuffer::fromUtf8(m_ui->valueEdit->text());
    m_ui->valueEdit->clear();
    return value;
}

void EnterValueDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->valueEdit->text().isEmpty());
    const SecureBuffer typed = SecureBuffer::fromUtf8(m_ui->valueEdit->text());
    const QStringList warnings =
        StrengthEstimate::of(typed.view(), m_name.split(u'_', Qt::SkipEmptyParts)).warnings(m_name);
    m_strengthLabel->setText(warnings.join(u'\n'));
    m_strengthLabel->setVisible(!warnings.isEmpty());
}

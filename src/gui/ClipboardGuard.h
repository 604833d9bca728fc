#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

/// Puts a secret on the clipboard and takes it off again (research/qt-keychain.md §4).
///
/// The copy is marked for clipboard managers (`x-kde-passwordManagerHint` = `secret`, honoured by KDE
/// Klipper and others) so they do not keep it in their history. After clearDelay() (30 s by default), and
/// when the application quits, the clipboard is cleared, but only while it still holds our value: the
/// guard keeps a SHA-256 fingerprint of what it copied, never the value itself.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override;

    /// Copies @p text (the value as the user sees it) and starts the clear timer.
    void copySecret(const QString &text);

    std::chrono::milliseconds clearDelay() const { return m_clearDelay; }
    /// Test seam: how long a copied value stays on the clipboard.
    void setClearDelay(std::chrono::milliseconds delay) { m_clearDelay = delay; }

    /// True while the clipboard holds the last value copied through this guard.
    bool holdsOurValue() const;
    /// Clears the clipboard when it still holds our value; forgets the fingerprint either way.
    void clearIfOurs();

Q_SIGNALS:
    /// Emitted after the guard cleared the clipboard.
    void cleared();

private:
    static QByteArray fingerprint(const QString &text);

    QTimer m_timer;
    QByteArray m_fingerprint;
    std::chrono::milliseconds m_clearDelay{30000};
};

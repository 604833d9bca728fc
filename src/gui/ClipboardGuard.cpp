#include "gui/ClipboardGuard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

#include <memory>

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfOurs();
}

QByteArray ClipboardGuard::fingerprint(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    return digest;
}

void ClipboardGuard::copySecret(const QString &text)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard == nullptr) {
        return;
    }
    auto mime = std::make_unique<QMimeData>();
    mime->setText(text);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#ifdef Q_OS_MACOS
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret"));
#endif
    clipboard->setMimeData(mime.release(), QClipboard::Clipboard); // the clipboard takes ownership
    m_fingerprint = fingerprint(text);
    m_timer.start(m_clearDelay);
}

bool ClipboardGuard::holdsOurValue() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (m_fingerprint.isEmpty() || clipboard == nullptr) {
        return false;
    }
    return fingerprint(clipboard->text(QClipboard::Clipboard)) == m_fingerprint;
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (holdsOurValue()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        m_fingerprint.clear();
        Q_EMIT cleared();
    }
    m_fingerprint.clear();
}

// ClipboardGuard: the copy is marked for clipboard managers and taken off the clipboard again, but only
// while the clipboard still holds our value (QT_QPA_PLATFORM=offscreen has an in-process clipboard).

#include "gui/ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }
    void marksTheCopyAsSecret();
    void clearsAfterTheDelay();
    void leavesTheUsersOwnCopyAlone();
    void clearsWhenDestroyed();
};

void TestClipboardGuard::marksTheCopyAsSecret()
{
    ClipboardGuard guard;
    QCOMPARE(guard.clearDelay(), 30000ms);
    guard.copySecret(QStringLiteral("s3cr3t-Ä-value"));
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), QStringLiteral("s3cr3t-Ä-value"));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(guard.holdsOurValue());
}

void TestClipboardGuard::clearsAfterTheDelay()
{
    ClipboardGuard guard;
    guard.setClearDelay(100ms);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(QStringLiteral("value-1"));
    QTRY_COMPARE(cleared.size(), 1);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!guard.holdsOurValue());
}

void TestClipboardGuard::leavesTheUsersOwnCopyAlone()
{
    ClipboardGuard guard;
    guard.setClearDelay(100ms);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copySecret(QStringLiteral("value-2"));
    QGuiApplication::clipboard()->setText(QStringLiteral("copied by the user"));
    QVERIFY(!guard.holdsOurValue());
    QTest::qWait(300);
    QCOMPARE(cleared.size(), 0);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied by the user"));
}

void TestClipboardGuard::clearsWhenDestroyed()
{
    auto guard = std::make_unique<ClipboardGuard>();
    guard->copySecret(QStringLiteral("value-3"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("value-3"));
    guard.reset();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"

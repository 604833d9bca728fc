// The wizard's "Regenerate secrets" job driven through its real buttons and keys, on a real temporary git
// repository set up by the real SetupRunner, with the real gnome-keyring of tests/run-with-keyring.sh.

#include "OnboardedRepo.h"
#include "TempGitRepo.h"
#include "TestFiles.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/SetupPlanner.h"
#include "core/setup/SetupRunner.h"
#include "core/store/KeychainStore.h"
#include "gui/RegeneratePage.h"
#include "gui/SetupWizard.h"
#include "gui/StartPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestRegeneratePage : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SetupWizard> openOnRegenerate(const QString &folder)
    {
        return OnboardedRepo::openOnJob(folder, "regenerateRadio", SetupWizard::RegeneratePageId);
    }

    /// Ticks @p name with the keyboard: select its row, press space.
    static bool tick(SetupWizard &wizard, const QString &name)
    {
        auto *tree = wizard.findChild<QTreeWidget *>(u"secretsTree"_s);
        const QList<QTreeWidgetItem *> items = tree->findItems(name, Qt::MatchExactly);
        if (items.size() != 1) {
            return false;
        }
        tree->setFocus();
        tree->setCurrentItem(items.first());
        QTest::keyClick(tree, Qt::Key_Space);
        return items.first()->checkState(0) == Qt::Checked;
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(u"envsmith-test"_s); }
    void rotatesTheTickedSecret();
    void finishDropsThePreviousValue();
    void nothingTickedCannotCommit();
    void needsAnEnvFile();
    void changedBehindOurBackIsRefused();
};

void TestRegeneratePage::rotatesTheTickedSecret()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    const QByteArray before = TestFiles::readFile(repo->filePath(u".env"_s));
    auto wizard = openOnRegenerate(repo->path());
    QVERIFY(wizard);
    auto *tree = wizard->findChild<QTreeWidget *>(u"secretsTree"_s);
    // Only generated secrets are listed: no outside-service key, no configuration.
    QVERIFY(tree->findItems(u"OPENAI_API_KEY"_s, Qt::MatchExactly).isEmpty());
    QVERIFY(tree->findItems(u"PORT"_s, Qt::MatchExactly).isEmpty());
    QCOMPARE(tree->findItems(u"JWT_SECRET"_s, Qt::MatchExactly).size(), 1);
    // Onboarding just recorded it: "0 days ago".
    QVERIFY(tree->findItems(u"JWT_SECRET"_s, Qt::MatchExactly).first()->text(1).contains(u"0 day"_s));

    QVERIFY(tick(*wizard, u"JWT_SECRET"_s));
    auto *preview = wizard->findChild<QLabel *>(u"previewLabel"_s);
    QVERIFY2(preview->text().contains(u"JWT_SECRET_PREVIOUS"_s), qPrintable(preview->text()));
    const QByteArray oldValue = OnboardedRepo::valueOf(before, u"JWT_SECRET"_s);
    QVERIFY(!preview->text().toUtf8().contains(oldValue));

    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    QVERIFY(commit->isVisible() && commit->isEnabled());
    QTest::mouseClick(commit, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::ReportPageId));
    QVERIFY(!wizard->button(QWizard::NextButton)->isVisible()); // the report is the last page

    const QByteArray after = TestFiles::readFile(repo->filePath(u".env"_s));
    const QByteArray newValue = OnboardedRepo::valueOf(after, u"JWT_SECRET"_s);
    QVERIFY(newValue != oldValue);
    QCOMPARE(newValue.size(), oldValue.size());
    QCOMPARE(OnboardedRepo::valueOf(after, u"JWT_SECRET_PREVIOUS"_s), oldValue);
    QCOMPARE(OnboardedRepo::valueOf(after, u"DB_PASSWORD"_s),
             OnboardedRepo::valueOf(before, u"DB_PASSWORD"_s));
    KeychainStore store(RepoContext::open(repo->path())->projectId(), u".env"_s);
    auto stored = store.read(u"JWT_SECRET"_s);
    QVERIFY(stored);
    QVERIFY(stored->equals(newValue));
    // The report says what happened, without a value.
    QVERIFY(!wizard->runSummary().isEmpty());
    QVERIFY(!wizard->runSummary().toUtf8().contains(newValue));
}

void TestRegeneratePage::finishDropsThePreviousValue()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    {
        auto wizard = openOnRegenerate(repo->path());
        QVERIFY(wizard);
        QVERIFY(tick(*wizard, u"JWT_SECRET"_s));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::ReportPageId));
    }
    QVERIFY(OnboardedRepo::valueOf(TestFiles::readFile(repo->filePath(u".env"_s)),
                                   u"JWT_SECRET_PREVIOUS"_s) != "<absent>");

    auto wizard = openOnRegenerate(repo->path());
    QVERIFY(wizard);
    auto *tree = wizard->findChild<QTreeWidget *>(u"secretsTree"_s);
    QVERIFY(tree->findItems(u"JWT_SECRET"_s, Qt::MatchExactly).first()->text(3).contains(u"in progress"_s));
    auto *finish = wizard->findChild<QRadioButton *>(u"finishRadio"_s);
    QTest::mouseClick(finish, Qt::LeftButton, {}, QPoint(5, finish->height() / 2));
    QVERIFY(finish->isChecked());
    QVERIFY(tick(*wizard, u"JWT_SECRET"_s));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::ReportPageId));
    QCOMPARE(OnboardedRepo::valueOf(TestFiles::readFile(repo->filePath(u".env"_s)), u"JWT_SECRET_PREVIOUS"_s),
             QByteArray("<absent>"));
}

void TestRegeneratePage::nothingTickedCannotCommit()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    auto wizard = openOnRegenerate(repo->path());
    QVERIFY(wizard);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    // Finishing a rotation that never started is refused with the reason, and cannot be committed.
    auto *finish = wizard->findChild<QRadioButton *>(u"finishRadio"_s);
    QTest::mouseClick(finish, Qt::LeftButton, {}, QPoint(5, finish->height() / 2));
    QVERIFY(tick(*wizard, u"JWT_SECRET"_s));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(!wizard->findChild<QLabel *>(u"previewLabel"_s)->text().isEmpty());
}

void TestRegeneratePage::needsAnEnvFile()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, TestFiles::demoTemplate()));
    SetupWizard wizard(repo.path());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *radio = wizard.findChild<QRadioButton *>(u"regenerateRadio"_s);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(5, radio->height() / 2));
    QVERIFY(radio->isChecked());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>(u"folderStatusLabel"_s)->text().contains(u"Onboard"_s));
}

void TestRegeneratePage::changedBehindOurBackIsRefused()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    auto wizard = openOnRegenerate(repo->path());
    QVERIFY(wizard);
    QVERIFY(tick(*wizard, u"JWT_SECRET"_s));
    // Someone edits .env after the plan was shown.
    const QByteArray edited = TestFiles::readFile(repo->filePath(u".env"_s)) + "EXTRA=1\n";
    QVERIFY(repo->writeFile(u".env"_s, edited));
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::RegeneratePageId));
    QCOMPARE(TestFiles::readFile(repo->filePath(u".env"_s)), edited);
    auto *message = wizard->regeneratePage()->findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY(message->text().contains(u"Nothing was changed"_s));
}

QTEST_MAIN(TestRegeneratePage)
#include "tst_regeneratepage.moc"

// The Report page's own buttons (issue 6 §4), clicked for real: "Install the hook" for the commit guard and
// "Rotate secrets…" for a secret in the history, which opens the "Regenerate secrets" job. Real temporary git
// repositories, the real SetupRunner and the real gnome-keyring of tests/run-with-keyring.sh.

#include "OnboardedRepo.h"
#include "TempGitRepo.h"
#include "TestFiles.h"
#include "core/hygiene/CommitGuardInstaller.h"
#include "gui/ReportPage.h"
#include "gui/SetupWizard.h"
#include "gui/StartPage.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

HygieneFinding::Status statusOf(const ReportPage &page, const QString &id)
{
    for (const HygieneFinding &finding : page.report().findings()) {
        if (finding.id == id) {
            return finding.status;
        }
    }
    return HygieneFinding::Status::NotApplicable;
}

/// Commits the onboarded .env (forced past .gitignore), then stops tracking it: the file stays, the
/// history keeps it.
bool leakEnvIntoHistory(const TempGitRepo &repo)
{
    return repo.runOk({u"add"_s, u"-f"_s, u"--"_s, u".env"_s}) &&
           repo.runOk({u"commit"_s, u"-q"_s, u"-m"_s, u"oops"_s}) &&
           repo.runOk({u"rm"_s, u"-q"_s, u"--cached"_s, u"--"_s, u".env"_s}) &&
           repo.runOk({u"commit"_s, u"-q"_s, u"-m"_s, u"untrack"_s});
}

std::unique_ptr<SetupWizard> openReport(const QString &folder)
{
    auto wizard = OnboardedRepo::openOnJob(folder, "checkOnlyRadio", SetupWizard::ReportPageId);
    if (wizard && !QTest::qWaitFor([&] { return !wizard->reportPage()->isChecking(); }, 60000)) {
        return nullptr;
    }
    return wizard;
}

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(u"envsmith-test"_s); }
    void installHookButton();
    void rotateButtonOpensRegenerateJob();
    void rotateWithoutEnvStaysOnStartPage();
    void keychainValueInTree();
};

void TestReportPage::installHookButton()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u"README.md"_s, "hello\n"));
    QVERIFY(!repo.commitAll(u"readme"_s).isEmpty());
    auto wizard = openReport(repo.path());
    QVERIFY(wizard);
    QCOMPARE(statusOf(*wizard->reportPage(), u"commit-guard"_s), HygieneFinding::Status::Failed);

    auto *install = wizard->findChild<QPushButton *>(u"fixButton_commit-guard"_s);
    QVERIFY(install);
    QCOMPARE(install->text(), ReportPage::tr("&Install the hook"));
    QVERIFY(install->accessibleName().startsWith(ReportPage::tr("Install the hook: %1").arg(QString())));
    QVERIFY(install->focusPolicy() & Qt::TabFocus);
    QVERIFY(install->parentWidget()->objectName() == u"warningsGroup"_s);
    QTest::mouseClick(install, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->reportPage()->isChecking(), 60000);
    QCOMPARE(statusOf(*wizard->reportPage(), u"commit-guard"_s), HygieneFinding::Status::Passed);
    QVERIFY(wizard->findChild<QPushButton *>(u"fixButton_commit-guard"_s) == nullptr);
    // The hook calls the running program, as `envsmith install-hook` does.
    const QByteArray hook = TestFiles::readFile(repo.filePath(u".git/hooks/pre-commit"_s));
    QVERIFY(CommitGuardInstaller::isOurHook(hook));
    QVERIFY(hook.contains(QCoreApplication::applicationFilePath().toUtf8()));
}

void TestReportPage::rotateButtonOpensRegenerateJob()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    QVERIFY(leakEnvIntoHistory(*repo));
    auto wizard = openReport(repo->path());
    QVERIFY(wizard);
    QCOMPARE(statusOf(*wizard->reportPage(), u"env-in-history"_s), HygieneFinding::Status::Failed);

    auto *rotate = wizard->findChild<QPushButton *>(u"rotateButton_env-in-history"_s);
    QVERIFY(rotate);
    QCOMPARE(rotate->text(), ReportPage::tr("&Rotate secrets…"));
    QVERIFY(!rotate->accessibleName().isEmpty());
    QVERIFY(rotate->focusPolicy() & Qt::TabFocus);
    QVERIFY(!rotate->toolTip().isEmpty());
    QTest::mouseClick(rotate, Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::RegeneratePageId));
    QVERIFY(wizard->startPage()->isRegenerate());
    QCOMPARE(wizard->context()->root(), RepoContext::open(repo->path())->root());

    // Back leads to the start page, the job still chosen.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::StartPageId));
    QVERIFY(wizard->startPage()->isRegenerate());
}

void TestReportPage::rotateWithoutEnvStaysOnStartPage()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    QVERIFY(leakEnvIntoHistory(*repo));
    QVERIFY(QFile::remove(repo->filePath(u".env"_s))); // nothing left to regenerate
    auto wizard = openReport(repo->path());
    QVERIFY(wizard);
    auto *rotate = wizard->findChild<QPushButton *>(u"rotateButton_env-in-history"_s);
    QVERIFY(rotate);
    // Keyboard: focus the button and press space.
    rotate->setFocus();
    QTest::keyClick(rotate, Qt::Key_Space);
    QCOMPARE(wizard->currentId(), int(SetupWizard::StartPageId));
    QVERIFY(wizard->startPage()->isRegenerate());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
}

/// The scan looks for the values the keychain holds too (read on the GUI thread before the worker starts):
/// a value that is only in the keychain, committed into a tracked file, is a secret-in-tree finding.
void TestReportPage::keychainValueInTree()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    const QByteArray value =
        OnboardedRepo::valueOf(TestFiles::readFile(repo->filePath(u".env"_s)), u"JWT_SECRET"_s);
    QVERIFY(value.size() >= 32);
    QVERIFY(QFile::remove(repo->filePath(u".env"_s)));
    QVERIFY(repo->writeFile(u"config/notes.txt"_s, "the jwt key was " + value.toHex() + "\n"));
    QVERIFY(!repo->commitAll(u"notes"_s).isEmpty());
    auto wizard = openReport(repo->path());
    QVERIFY(wizard);
    bool found = false;
    for (const HygieneFinding &finding : wizard->reportPage()->report().findings()) {
        QVERIFY(!finding.message.toUtf8().contains(value) &&
                !finding.message.toUtf8().contains(value.toHex()));
        found =
            found || (finding.id == u"secret-in-tree"_s && finding.status == HygieneFinding::Status::Failed &&
                      finding.path == u"config/notes.txt"_s &&
                      finding.message.contains(u"JWT_SECRET (from keychain)"_s));
        QVERIFY2(finding.id != u"keychain-not-searched"_s, qPrintable(finding.message));
    }
    QVERIFY(found);
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"

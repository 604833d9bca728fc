// The wizard's "Sync from a team vault export" job driven through its real buttons, on a real temporary
// git repository onboarded by the real SetupRunner, with a plain Bitwarden export written by the test and
// the real gnome-keyring of tests/run-with-keyring.sh. Reading and planning run on the page's worker
// thread; the test waits for them like a user would.

#include "OnboardedRepo.h"
#include "TempGitRepo.h"
#include "TestFiles.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/SetupPlanner.h"
#include "core/setup/SetupRunner.h"
#include "core/store/KeychainStore.h"
#include "gui/SetupWizard.h"
#include "gui/TeamVaultPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kTeamKey = "sk-team-shared-0123456789abcdefABCDEF";

/// A plain Bitwarden JSON export (bitwarden/clients' format) with one team item holding OPENAI_API_KEY as a
/// hidden custom field, and one item whose field is named like a generated secret (must not be synced).
QByteArray bitwardenExport()
{
    return R"json({
  "encrypted": false,
  "folders": [{"id": "f-team", "name": "Team / Staging"}],
  "items": [
    {"id": "i-1", "folderId": "f-team", "type": 2, "name": "OpenAI (staging)", "notes": null,
     "secureNote": {"type": 0},
     "fields": [{"name": "OPENAI_API_KEY", "value": ")json" +
           kTeamKey + R"json(", "type": 1, "linkedId": null}]},
    {"id": "i-2", "folderId": "f-team", "type": 2, "name": "Do not use", "notes": null,
     "secureNote": {"type": 0},
     "fields": [{"name": "JWT_SECRET", "value": "team-jwt-must-not-overwrite", "type": 1, "linkedId": null}]}
  ]
})json";
}

} // namespace

class TestTeamVaultPage : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<SetupWizard> openOnTeamVault(const QString &folder)
    {
        return OnboardedRepo::openOnJob(folder, "syncRadio", SetupWizard::TeamVaultPageId);
    }

    /// Types the export path, clicks Read and waits until the worker is done.
    static bool readExport(SetupWizard &wizard, const QString &path, const QString &password = {})
    {
        auto *file = wizard.findChild<QLineEdit *>(u"fileEdit"_s);
        file->clear();
        QTest::keyClicks(file, path);
        if (!password.isEmpty()) {
            QTest::keyClicks(wizard.findChild<QLineEdit *>(u"passwordEdit"_s), password);
        }
        auto *read = wizard.findChild<QPushButton *>(u"readButton"_s);
        if (!read->isEnabled()) {
            return false;
        }
        QTest::mouseClick(read, Qt::LeftButton);
        return QTest::qWaitFor([&wizard] { return !wizard.teamVaultPage()->isBusy(); }, 60000);
    }

    static QTreeWidgetItem *row(SetupWizard &wizard, const QString &name)
    {
        const auto items = wizard.findChild<QTreeWidget *>(u"rowsTree"_s)->findItems(name, Qt::MatchExactly);
        return items.size() == 1 ? items.first() : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(u"envsmith-test"_s); }
    void syncsTeamValueIntoEnvAndKeychain();
    void badExportSaysWhatIsWrong();
    void needsAnEnvFile();
};

void TestTeamVaultPage::syncsTeamValueIntoEnvAndKeychain()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    const QByteArray before = TestFiles::readFile(repo->filePath(u".env"_s));
    QTemporaryDir exports;
    const QString exportPath = exports.filePath(u"bitwarden_export.json"_s);
    QVERIFY(TestFiles::writeFile(exportPath, bitwardenExport()));

    auto wizard = openOnTeamVault(repo->path());
    QVERIFY(wizard);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(readExport(*wizard, exportPath));
    auto *message = wizard->teamVaultPage()->findChild<QLabel *>(u"messageLabel"_s);
    QVERIFY2(wizard->teamVaultPage()->plan() != nullptr, qPrintable(message->text()));

    QTreeWidgetItem *openai = row(*wizard, u"OPENAI_API_KEY"_s);
    QVERIFY(openai);
    QCOMPARE(openai->text(1), syncActionLabel(SyncAction::Add));
    QVERIFY(openai->text(2).contains(u"OpenAI (staging)"_s));
    // The per-developer generated secret is never overwritten by the team's value.
    QTreeWidgetItem *jwt = row(*wizard, u"JWT_SECRET"_s);
    QVERIFY(jwt);
    QCOMPARE(jwt->text(1), syncActionLabel(SyncAction::Skipped));
    // Values are never shown.
    for (QTreeWidgetItemIterator it(wizard->findChild<QTreeWidget *>(u"rowsTree"_s)); *it; ++it) {
        for (int column = 0; column < 4; ++column) {
            QVERIFY(!(*it)->text(column).toUtf8().contains(kTeamKey));
        }
    }
    auto *deleteExport = wizard->findChild<QCheckBox *>(u"deleteExportCheck"_s);
    QVERIFY(deleteExport->isEnabled() && deleteExport->isChecked()); // a plain export is itself a secret

    QAbstractButton *sync = wizard->button(QWizard::CommitButton);
    QVERIFY(sync->isEnabled());
    QTest::mouseClick(sync, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(SetupWizard::ReportPageId), 30000);
    QVERIFY(!wizard->button(QWizard::NextButton)->isVisible()); // the report is the last page

    const QByteArray after = TestFiles::readFile(repo->filePath(u".env"_s));
    QCOMPARE(OnboardedRepo::valueOf(after, u"OPENAI_API_KEY"_s), kTeamKey);
    QCOMPARE(OnboardedRepo::valueOf(after, u"JWT_SECRET"_s), OnboardedRepo::valueOf(before, u"JWT_SECRET"_s));
    KeychainStore store(RepoContext::open(repo->path())->projectId(), u".env"_s);
    auto stored = store.read(u"OPENAI_API_KEY"_s);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    QVERIFY(stored->equals(kTeamKey));
    QVERIFY(!QFile::exists(exportPath));
    QVERIFY(wizard->runSummary().contains(u"OPENAI_API_KEY"_s));
    QVERIFY(!wizard->runSummary().toUtf8().contains(kTeamKey));
}

void TestTeamVaultPage::badExportSaysWhatIsWrong()
{
    auto repo = OnboardedRepo::create();
    QVERIFY(repo);
    QTemporaryDir exports;
    const QString exportPath = exports.filePath(u"broken.json"_s);
    QVERIFY(TestFiles::writeFile(exportPath, "{\"encrypted\": false, \"items\": [ {\"name\": "));
    auto wizard = openOnTeamVault(repo->path());
    QVERIFY(wizard);
    QVERIFY(readExport(*wizard, exportPath));
    QVERIFY(wizard->teamVaultPage()->plan() == nullptr);
    const QString text = wizard->teamVaultPage()->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(text.contains(u"broken.json"_s), qPrintable(text));
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(QFile::exists(exportPath)); // nothing is deleted after a failed read

    QVERIFY(readExport(*wizard, exports.filePath(u"missing.json"_s)));
    QVERIFY(wizard->teamVaultPage()
                ->findChild<QLabel *>(u"messageLabel"_s)
                ->text()
                .contains(u"does not exist"_s));
}

void TestTeamVaultPage::needsAnEnvFile()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s, TestFiles::demoTemplate()));
    SetupWizard wizard(repo.path());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *radio = wizard.findChild<QRadioButton *>(u"syncRadio"_s);
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(5, radio->height() / 2));
    QVERIFY(radio->isChecked());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

QTEST_MAIN(TestTeamVaultPage)
#include "tst_teamvaultpage.moc"

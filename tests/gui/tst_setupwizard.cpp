// SetupWizard driven through its real buttons (never QWizard::next(), which skips isComplete()), on real
// temporary git repositories, with the real gnome-keyring that tests/run-with-keyring.sh starts.

#include "TempGitRepo.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/SetupPlan.h"
#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"
#include "gui/ApplyPage.h"
#include "gui/ClipboardGuard.h"
#include "gui/EnterValueDialog.h"
#include "gui/ReportPage.h"
#include "gui/ReviewPage.h"
#include "gui/SetupWizard.h"
#include "gui/StartPage.h"
#include "gui/Translations.h"
#include "gui/VariablesModel.h"
#include "gui/VariablesPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"
#include <QTranslator>

#include <memory>

using namespace std::chrono_literals;

using namespace TestFiles;

namespace {

QFileDevice::Permissions ownerReadWrite()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
}

/// The characters a generated value of @p profile may contain, and its length.
bool matchesProfile(const QByteArray &value, const GeneratorProfile &profile)
{
    QString pattern;
    switch (profile.kind) {
    case GeneratorProfile::Kind::Base64:
        pattern = QStringLiteral("[A-Za-z0-9+/=]+");
        break;
    case GeneratorProfile::Kind::Base64Url:
        pattern = QStringLiteral("[A-Za-z0-9_-]+");
        break;
    case GeneratorProfile::Kind::Hex:
        pattern = QStringLiteral("[0-9a-f]+");
        break;
    case GeneratorProfile::Kind::Alphanumeric:
        pattern = QStringLiteral("[A-Za-z0-9]+");
        break;
    case GeneratorProfile::Kind::Password:
        pattern = QStringLiteral("[A-Za-z0-9_.-]+");
        break;
    case GeneratorProfile::Kind::Uuid:
        pattern = QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        break;
    case GeneratorProfile::Kind::LaravelKey:
        pattern = QStringLiteral("base64:[A-Za-z0-9+/=]+");
        break;
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return value.size() == profile.outputLength() && re.match(QString::fromLatin1(value)).hasMatch();
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<TempGitRepo> demoRepo(const QByteArray &existingEnv = {})
    {
        auto repo = std::make_unique<TempGitRepo>();
        if (!repo->isValid() || !repo->writeFile(QStringLiteral(".env.example"), demoTemplate()) ||
            repo->commitAll(QStringLiteral("template")).isEmpty()) {
            return nullptr;
        }
        if (!existingEnv.isNull() && !repo->writeFile(QStringLiteral(".env"), existingEnv)) {
            return nullptr;
        }
        return repo;
    }

    static std::unique_ptr<SetupWizard> openWizard(const QString &folder)
    {
        auto wizard = std::make_unique<SetupWizard>(folder);
        wizard->clipboardGuard()->setClearDelay(300ms);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get())) {
            return nullptr;
        }
        return wizard;
    }

    /// Clicks the wizard's Next button (it must be visible and enabled) and checks where it went.
    static bool clickNext(SetupWizard &wizard, int expectedId)
    {
        QAbstractButton *next = wizard.button(QWizard::NextButton);
        if (!next->isVisible() || !next->isEnabled()) {
            qWarning("Next is not clickable on page %d", wizard.currentId());
            return false;
        }
        QTest::mouseClick(next, Qt::LeftButton);
        if (wizard.currentId() != expectedId) {
            qWarning("Next went to page %d, expected %d", wizard.currentId(), expectedId);
            return false;
        }
        return true;
    }

    template <typename T> static T *child(const QWidget &parent, const char *name)
    {
        return parent.findChild<T *>(QLatin1StringView(name));
    }

    /// Clicks the row of @p name in the variables table.
    static bool clickRow(SetupWizard &wizard, const QString &name)
    {
        auto *table = child<QTableView>(wizard, "variablesTable");
        const int row = wizard.variablesPage()->model()->rowOf(name);
        if (table == nullptr || row < 0) {
            return false;
        }
        const QModelIndex index = table->model()->index(row, VariablesModel::NameColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        const PlannedVariable *selected = wizard.variablesPage()->selectedVariable();
        return selected != nullptr && selected->spec.name == name;
    }

    static void click(SetupWizard &wizard, const char *buttonName)
    {
        auto *button = child<QAbstractButton>(wizard, buttonName);
        QVERIFY2(button != nullptr, buttonName);
        QVERIFY2(button->isEnabled(), buttonName);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Start → Variables → Review → Apply (waits for applying to finish).
    static bool runToApplied(SetupWizard &wizard, bool stopAtVariables = false);

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("envsmith-test")); }
    void onboardsDemoRepository();
    void keepsExistingValue();
    void enteredValueIsWritten();
    void regenerateChangesValue();
    void copyMarksSecretAndClears();
    void checkOnlyGoesToReport();
    void folderWithoutTemplateBlocksNext();
    void unparseableEnvStaysOnStart();
    void symlinkNeedsConfirmation();
    void unavailableKeychainDefaultsOff();
    void germanTranslation();
};

bool TestSetupWizard::runToApplied(SetupWizard &wizard, bool stopAtVariables)
{
    if (wizard.currentId() == SetupWizard::StartPageId && !clickNext(wizard, SetupWizard::VariablesPageId)) {
        return false;
    }
    if (stopAtVariables) {
        return true;
    }
    if (!clickNext(wizard, SetupWizard::ReviewPageId) || !clickNext(wizard, SetupWizard::ApplyPageId)) {
        return false;
    }
    return QTest::qWaitFor([&wizard] { return wizard.applyPage()->isFinished(); }, 60000);
}

void TestSetupWizard::onboardsDemoRepository()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    QCOMPARE(wizard->currentId(), int(SetupWizard::StartPageId));
    QVERIFY(child<QLabel>(*wizard, "folderStatusLabel")->text().contains(QStringLiteral(".env.example")));

    QVERIFY(clickNext(*wizard, SetupWizard::VariablesPageId));
    auto *table = child<QTableView>(*wizard, "variablesTable");
    QCOMPARE(table->model()->rowCount(), 9);
    // Secrets are masked, to-do keys say so.
    const VariablesModel *model = wizard->variablesPage()->model();
    QCOMPARE(model->index(model->rowOf(QStringLiteral("JWT_SECRET")), VariablesModel::ValueColumn).data(),
             QVariant(VariablesModel::mask()));
    QVERIFY(model->index(model->rowOf(QStringLiteral("OPENAI_API_KEY")), VariablesModel::ValueColumn)
                .data()
                .toString()
                .contains(QStringLiteral("to do")));
    QCOMPARE(model->index(model->rowOf(QStringLiteral("PORT")), VariablesModel::ValueColumn).data(),
             QVariant(QStringLiteral("3000")));

    QVERIFY(clickNext(*wizard, SetupWizard::ReviewPageId));
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QStringLiteral("&Apply"));
    const QString preview = child<QPlainTextEdit>(*wizard, "envPreview")->toPlainText();
    QVERIFY(preview.contains(QStringLiteral("PORT=3000")));
    QVERIFY(preview.contains(VariablesModel::mask()));
    auto *todo = child<QLabel>(*wizard, "todoLabel");
    QVERIFY(!todo->isHidden());
    QVERIFY(todo->text().contains(QStringLiteral("OPENAI_API_KEY")));
    QVERIFY(child<QCheckBox>(*wizard, "symlinkConfirmCheck")->isHidden());
    QVERIFY(child<QCheckBox>(*wizard, "keychainCheck")->isChecked());

    QVERIFY(clickNext(*wizard, SetupWizard::ApplyPageId));
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard->applyPage()->isFinished(); }, 60000));
    QVERIFY(wizard->result());
    QVERIFY2(wizard->result()->ok(), qPrintable(child<QLabel>(*wizard, "summaryLabel")->text()));
    QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() ||
            !wizard->button(QWizard::BackButton)->isVisible());
    QVERIFY(clickNext(*wizard, SetupWizard::ReportPageId));
    // The checks (and the secret scan) run off the GUI thread; Finish waits for them.
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->reportPage()->isChecking(), 60000);
    QVERIFY(!wizard->reportPage()->report().findings().isEmpty());
    QVERIFY(!wizard->reportPage()->report().hasErrors());
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::NextButton)->isVisible()); // the report is the last page

    // The file: what every reader sees.
    const QString envPath = repo->filePath(QStringLiteral(".env"));
    QCOMPARE(QFileInfo(envPath).permissions(), ownerReadWrite());
    auto written = DotenvDocument::parse(readFile(envPath));
    QVERIFY(written);
    const SetupPlan *plan = wizard->plan();
    QVERIFY(plan);
    for (const QString &name : {QStringLiteral("DB_PASSWORD"), QStringLiteral("JWT_SECRET")}) {
        const PlannedVariable *row = plan->variable(name);
        QVERIFY(row);
        QCOMPARE(row->action, PlanAction::Generate);
        const QByteArray value = written->value(name).value_or(QByteArray());
        QVERIFY2(matchesProfile(value, row->spec.profile), qPrintable(name));
        QVERIFY2(row->spec.profile.entropyBits() >= 128, qPrintable(name));
    }
    QCOMPARE(written->value(u"PORT"), std::optional<QByteArray>("3000"));
    QCOMPARE(written->value(u"NODE_ENV"), std::optional<QByteArray>("development"));
    QCOMPARE(written->value(u"LOG_LEVEL"), std::optional<QByteArray>("debug"));
    QCOMPARE(written->value(u"OPENAI_API_KEY"), std::optional<QByteArray>(""));

    const QByteArray password = written->value(u"DB_PASSWORD").value_or(QByteArray());
    const QByteArray url = written->value(u"DATABASE_URL").value_or(QByteArray());
    const QByteArray prefix = "postgres://acme:";
    const QByteArray suffix = "@localhost:5432/acme_orders";
    QVERIFY(url.startsWith(prefix));
    QVERIFY(url.endsWith(suffix));
    const QByteArray embedded = url.mid(prefix.size(), url.size() - prefix.size() - suffix.size());
    QCOMPARE(QByteArray::fromPercentEncoding(embedded), password);
    // Only RFC 3986 unreserved characters and percent-escapes: safe in the userinfo part.
    const QRegularExpression userinfo(QStringLiteral("^([A-Za-z0-9._~-]|%[0-9A-F]{2})+$"));
    QVERIFY2(userinfo.match(QString::fromLatin1(embedded)).hasMatch(), embedded.constData());

    // git ignores it.
    QVERIFY(readFile(repo->filePath(QStringLiteral(".gitignore"))).split('\n').contains(".env"));
    QCOMPARE(
        repo->run({QStringLiteral("check-ignore"), QStringLiteral("-q"), QStringLiteral(".env")}).exitCode,
        0);

    // The keychain holds the same values.
    KeychainStore store(plan->context().projectId(), QStringLiteral(".env"));
    int stored = 0;
    for (const QString &key : written->keys()) {
        const QByteArray value = written->value(key).value_or(QByteArray());
        if (value.isEmpty()) {
            continue;
        }
        auto read = store.read(key);
        QVERIFY2(read, qPrintable(key + QStringLiteral(": ") + (read ? QString() : read.error().message)));
        QVERIFY2(read->equals(value), qPrintable(key));
        ++stored;
    }
    QCOMPARE(stored, 6);

    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(!wizard->isVisible());
}

void TestSetupWizard::keepsExistingValue()
{
    auto repo = demoRepo("# mine\nJWT_SECRET=my-own-jwt-secret-value\nPORT=4000\n");
    QVERIFY(repo);
    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    QVERIFY(runToApplied(*wizard, true));
    QVERIFY(clickRow(*wizard, QStringLiteral("JWT_SECRET")));
    QCOMPARE(wizard->variablesPage()->selectedVariable()->action, PlanAction::Keep);
    QVERIFY(!child<QPushButton>(*wizard, "keepCurrentButton")->isEnabled());

    // Regenerating replaces the current value (and says so); Keep current takes that back.
    click(*wizard, "regenerateButton");
    const PlannedVariable *jwt = wizard->plan()->variable(u"JWT_SECRET");
    QVERIFY(jwt->replacesExisting);
    QVERIFY(!jwt->value->equals(QByteArrayView("my-own-jwt-secret-value")));
    QCOMPARE(wizard->plan()->replaced(), QStringList{QStringLiteral("JWT_SECRET")});
    QVERIFY(clickNext(*wizard, SetupWizard::ReviewPageId));
    auto *replaced = child<QLabel>(*wizard, "replacedLabel");
    QVERIFY(!replaced->isHidden());
    QVERIFY(replaced->text().contains(QStringLiteral("JWT_SECRET")));
    QVERIFY(replaced->text().contains(QStringLiteral("backup")));
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::VariablesPageId));
    QVERIFY(clickRow(*wizard, QStringLiteral("JWT_SECRET")));
    click(*wizard, "keepCurrentButton");
    jwt = wizard->plan()->variable(u"JWT_SECRET");
    QCOMPARE(jwt->action, PlanAction::Keep);
    QVERIFY(jwt->value->equals(QByteArrayView("my-own-jwt-secret-value")));
    QVERIFY(wizard->plan()->replaced().isEmpty());

    QVERIFY(runToApplied(*wizard));
    QVERIFY(wizard->result()->envWritten);

    auto written = DotenvDocument::parse(readFile(repo->filePath(QStringLiteral(".env"))));
    QVERIFY(written);
    QCOMPARE(written->value(u"JWT_SECRET"), std::optional<QByteArray>("my-own-jwt-secret-value"));
    QCOMPARE(written->value(u"PORT"), std::optional<QByteArray>("4000"));
    QVERIFY(written->toBytes().startsWith("# mine\nJWT_SECRET=my-own-jwt-secret-value\nPORT=4000\n"));
}

void TestSetupWizard::enteredValueIsWritten()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    QVERIFY(runToApplied(*wizard, true));
    QVERIFY(clickRow(*wizard, QStringLiteral("OPENAI_API_KEY")));
    QVERIFY(
        !child<QPushButton>(*wizard, "regenerateButton")->isEnabled()); // third-party keys are not generated
    click(*wizard, "enterValueButton");
    EnterValueDialog *dialog = wizard->variablesPage()->enterValueDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *edit = child<QLineEdit>(*dialog, "valueEdit");
    auto *ok = child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!ok->isEnabled());
    const QString typed = QStringLiteral("sk-test-typed-4711");
    QTest::keyClicks(edit, typed);
    QVERIFY(edit->displayText() != typed);
    QTest::mouseClick(child<QCheckBox>(*dialog, "showValueCheck"), Qt::LeftButton);
    QCOMPARE(edit->displayText(), typed);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(wizard->variablesPage()->enterValueDialog() == nullptr);

    const PlannedVariable *row = wizard->plan()->variable(u"OPENAI_API_KEY");
    QVERIFY(row->value->equals(typed.toUtf8()));
    QVERIFY(!wizard->plan()->missing().contains(QStringLiteral("OPENAI_API_KEY")));

    QVERIFY(runToApplied(*wizard));
    auto written = DotenvDocument::parse(readFile(repo->filePath(QStringLiteral(".env"))));
    QVERIFY(written);
    QCOMPARE(written->value(u"OPENAI_API_KEY"), std::optional<QByteArray>(typed.toUtf8()));
    KeychainStore store(wizard->plan()->context().projectId(), QStringLiteral(".env"));
    auto stored = store.read(QStringLiteral("OPENAI_API_KEY"));
    QVERIFY(stored);
    QVERIFY(stored->equals(typed.toUtf8()));
}

void TestSetupWizard::regenerateChangesValue()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    QVERIFY(runToApplied(*wizard, true));
    QVERIFY(clickRow(*wizard, QStringLiteral("DB_PASSWORD")));
    const VariablesModel *model = wizard->variablesPage()->model();
    const QModelIndex value =
        model->index(model->rowOf(QStringLiteral("DB_PASSWORD")), VariablesModel::ValueColumn);
    const QModelIndex url =
        model->index(model->rowOf(QStringLiteral("DATABASE_URL")), VariablesModel::ValueColumn);
    QCOMPARE(value.data(), QVariant(VariablesModel::mask()));

    click(*wizard, "revealButton");
    const QString before = value.data().toString();
    QCOMPARE(before, wizard->plan()->variable(u"DB_PASSWORD")->value->toString());
    QCOMPARE(child<QPushButton>(*wizard, "revealButton")->text(), QStringLiteral("&Hide"));
    const QByteArray urlBefore = wizard->plan()->variable(u"DATABASE_URL")->value->toByteArray();

    click(*wizard, "regenerateButton");
    const QString after = value.data().toString();
    QVERIFY(after != before);
    QCOMPARE(after, wizard->plan()->variable(u"DB_PASSWORD")->value->toString());
    QVERIFY(matchesProfile(after.toUtf8(), wizard->plan()->variable(u"DB_PASSWORD")->spec.profile));
    // The derived URL follows.
    QVERIFY(wizard->plan()->variable(u"DATABASE_URL")->value->toByteArray() != urlBefore);
    QCOMPARE(url.data(), QVariant(VariablesModel::mask()));

    click(*wizard, "revealButton");
    QCOMPARE(value.data(), QVariant(VariablesModel::mask()));
}

void TestSetupWizard::copyMarksSecretAndClears()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    QVERIFY(runToApplied(*wizard, true));
    QVERIFY(clickRow(*wizard, QStringLiteral("JWT_SECRET")));
    QSignalSpy cleared(wizard->clipboardGuard(), &ClipboardGuard::cleared);
    click(*wizard, "copyButton");

    const QString secret = wizard->plan()->variable(u"JWT_SECRET")->value->toString();
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *mime = clipboard->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->text(), secret);
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
    QVERIFY(wizard->clipboardGuard()->holdsOurValue());
    QVERIFY(!child<QLabel>(*wizard, "messageLabel")->text().contains(secret));
    QTRY_COMPARE(cleared.size(), 1);
    QVERIFY(clipboard->text().isEmpty());

    // Something the user copied after us is left alone.
    click(*wizard, "copyButton");
    clipboard->setText(QStringLiteral("the user's own text"));
    QTest::qWait(600);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(clipboard->text(), QStringLiteral("the user's own text"));
}

void TestSetupWizard::checkOnlyGoesToReport()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(QStringLiteral("README.md"), "hello\n"));
    QVERIFY(!repo.commitAll(QStringLiteral("readme")).isEmpty());
    QVERIFY(repo.writeFile(QStringLiteral(".env"), "TOKEN=abc\n"));
    QVERIFY(QFile::setPermissions(repo.filePath(QStringLiteral(".env")),
                                  ownerReadWrite() | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    auto wizard = openWizard(repo.path());
    QVERIFY(wizard);
    // No template: onboarding cannot start, checking can.
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(child<QRadioButton>(*wizard, "checkOnlyRadio"), Qt::LeftButton);
    QVERIFY(clickNext(*wizard, SetupWizard::ReportPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->reportPage()->isChecking(), 60000);
    QVERIFY(wizard->reportPage()->report().hasErrors());
    QVERIFY(child<QGroupBox>(*wizard, "errorsGroup"));

    auto *fixMode = child<QPushButton>(*wizard, "fixButton_env-mode");
    QVERIFY(fixMode);
    QTest::mouseClick(fixMode, Qt::LeftButton);
    QCOMPARE(QFileInfo(repo.filePath(QStringLiteral(".env"))).permissions(), ownerReadWrite());
    QTRY_VERIFY(child<QPushButton>(*wizard, "fixButton_env-mode") == nullptr);

    auto *fixIgnore = child<QPushButton>(*wizard, "fixButton_env-ignored");
    QVERIFY(fixIgnore);
    QTest::mouseClick(fixIgnore, Qt::LeftButton);
    QCOMPARE(
        repo.run({QStringLiteral("check-ignore"), QStringLiteral("-q"), QStringLiteral(".env")}).exitCode, 0);
    QTRY_VERIFY(!wizard->reportPage()->report().hasErrors());
    QVERIFY(child<QGroupBox>(*wizard, "errorsGroup") == nullptr);
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard->plan()); // nothing was planned or written
    QCOMPARE(readFile(repo.filePath(QStringLiteral(".env"))), QByteArray("TOKEN=abc\n"));
}

void TestSetupWizard::folderWithoutTemplateBlocksNext()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    auto wizard = openWizard(repo.path());
    QVERIFY(wizard);
    auto *status = child<QLabel>(*wizard, "folderStatusLabel");
    QVERIFY(
        status->text().contains(QStringLiteral("No .env.example, .env.sample, .env.template or .env.dist")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::StartPageId));

    // A folder that does not exist says so.
    auto *edit = child<QLineEdit>(*wizard, "folderEdit");
    edit->clear();
    QTest::keyClicks(edit, repo.filePath(QStringLiteral("missing")));
    // Typing does not run git on every keystroke: the folder is looked at once typing pauses.
    QVERIFY(!status->text().contains(QStringLiteral("does not exist")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY(status->text().contains(QStringLiteral("does not exist")));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    // Adding a template makes it usable.
    QVERIFY(repo.writeFile(QStringLiteral(".env.sample"), "PORT=1\n"));
    wizard->startPage()->setFolder(repo.path());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
}

void TestSetupWizard::unparseableEnvStaysOnStart()
{
    auto repo = demoRepo("PORT=1\nJWT_SECRET=\"s3cr3t-in-progress\nLOG_LEVEL=info\n");
    QVERIFY(repo);
    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(SetupWizard::StartPageId));
    auto *error = child<QLabel>(*wizard, "planErrorLabel");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("2")), qPrintable(error->text())); // names the line
    QVERIFY(!error->text().contains(QStringLiteral("s3cr3t")));
}

void TestSetupWizard::symlinkNeedsConfirmation()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("shared.env"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("LOG_LEVEL=info\n");
    file.close();
    QVERIFY(QFile::link(target, repo->filePath(QStringLiteral(".env"))));

    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    QVERIFY(clickNext(*wizard, SetupWizard::VariablesPageId));
    QVERIFY(clickNext(*wizard, SetupWizard::ReviewPageId));
    auto *confirm = child<QCheckBox>(*wizard, "symlinkConfirmCheck");
    QVERIFY(!confirm->isHidden());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(clickNext(*wizard, SetupWizard::ApplyPageId));
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard->applyPage()->isFinished(); }, 60000));
    QVERIFY(wizard->result()->envWritten);
    QVERIFY(QFileInfo(repo->filePath(QStringLiteral(".env"))).isSymLink());
    auto written = DotenvDocument::parse(readFile(target));
    QVERIFY(written);
    QCOMPARE(written->value(u"LOG_LEVEL"), std::optional<QByteArray>("info"));
}

void TestSetupWizard::unavailableKeychainDefaultsOff()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    auto wizard = openWizard(repo->path());
    QVERIFY(wizard);
    KeychainStatus locked;
    locked.state = KeychainStatus::State::Locked;
    locked.message = QStringLiteral("Your keyring is locked. Unlock it and try again.");
    wizard->reviewPage()->setKeychainStatusOverride(locked);
    QVERIFY(clickNext(*wizard, SetupWizard::VariablesPageId));
    QVERIFY(clickNext(*wizard, SetupWizard::ReviewPageId));
    auto *keychain = child<QCheckBox>(*wizard, "keychainCheck");
    QVERIFY(!keychain->isChecked());
    auto *status = child<QLabel>(*wizard, "keychainStatusLabel");
    QVERIFY(!status->isHidden());
    QCOMPARE(status->text(), locked.message);
    QCOMPARE(child<QListWidget>(*wizard, "stepsList")->count(), 3); // no keychain step
    QVERIFY(clickNext(*wizard, SetupWizard::ApplyPageId));
    QVERIFY(QTest::qWaitFor([&wizard] { return wizard->applyPage()->isFinished(); }, 60000));
    QVERIFY(wizard->result()->ok());
    KeychainStore store(wizard->plan()->context().projectId(), QStringLiteral(".env"));
    auto stored = store.read(QStringLiteral("DB_PASSWORD"));
    QVERIFY(!stored);
    QCOMPARE(stored.error().kind, KeychainStore::ErrorKind::NotFound);
}

void TestSetupWizard::germanTranslation()
{
    QTranslator probe;
    QVERIFY(probe.load(QStringLiteral(":/i18n/envsmith_de.qm")));
    QVERIFY(!probe.isEmpty());

    Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany));
    const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    QVERIFY(!installed.isEmpty());
    {
        auto repo = demoRepo();
        QVERIFY(repo);
        auto wizard = openWizard(repo->path());
        QVERIFY(wizard);
        QCOMPARE(wizard->startPage()->title(),
                 QStringLiteral("Die Geheimnisse dieses Repositorys einrichten"));
        QVERIFY(clickNext(*wizard, SetupWizard::VariablesPageId));
        QCOMPARE(wizard->variablesPage()->title(), QStringLiteral("Variablen"));
        const auto *model = wizard->variablesPage()->model();
        QCOMPARE(model->headerData(VariablesModel::ValueColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Wert")));
    }
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"

// SetupPlanner and SetupPlan: the per-variable decisions, rendering, and bad input, on real temp git repos
// made from the bundled demo template.

#include "TempGitRepo.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/SetupPlanner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace TestFiles;

namespace {

QByteArray valueIn(const QByteArray &envBytes, const QString &key)
{
    auto document = DotenvDocument::parse(envBytes);
    if (!document) {
        return QByteArrayLiteral("<unparseable>");
    }
    return document->value(key).value_or(QByteArrayLiteral("<absent>"));
}

} // namespace

class TestSetupPlanner : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempGitRepo> demoRepo(const QByteArray &existingEnv = {}, bool withEnv = false)
    {
        auto repo = std::make_unique<TempGitRepo>();
        if (!repo->isValid() || !repo->writeFile(QStringLiteral(".env.example"), demoTemplate()) ||
            repo->commitAll(QStringLiteral("template")).isEmpty()) {
            return nullptr;
        }
        if (withEnv && !repo->writeFile(QStringLiteral(".env"), existingEnv)) {
            return nullptr;
        }
        return repo;
    }

    static SetupPlan planFor(const QString &folder)
    {
        auto context = RepoContext::open(folder);
        if (!context) {
            qFatal("cannot open the repository");
        }
        auto plan = SetupPlanner::build(*context);
        if (!plan) {
            qFatal("cannot plan: %s", qPrintable(plan.error()));
        }
        return std::move(*plan);
    }

private Q_SLOTS:
    void freshRepository_data();
    void freshRepository();
    void renderedFileReadsBackToThePlan();
    void existingValuesAreKept();
    void copiedTemplateGetsItsSecretsGenerated();
    void regenerateReplacesAndDerivedFollows();
    void thirdPartyKeysAreNeverGenerated();
    void maskedRenderingShowsNoSecret();
    void badInput_data();
    void badInput();
    void symlinkedEnvIsFlagged();
    void folderOutsideGit();
    void newFileFollowsSafeSubset();
    void nonRegularEnvIsRefused();
    void oversizedTemplateIsRefused();
    void repositoryGitRefusesIsNotAPlainFolder();
    void trackedEnvIsFlagged();
};

void TestSetupPlanner::freshRepository_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("valuePattern");

    const auto add = [](const char *name, PlanAction action, const char *pattern) {
        QTest::newRow(name) << QString::fromLatin1(name) << int(action) << QString::fromLatin1(pattern);
    };
    add("PORT", PlanAction::Template, "^3000$");
    add("NODE_ENV", PlanAction::Template, "^development$");
    add("DB_PASSWORD", PlanAction::Generate, "^[A-Za-z0-9+/]{43}=$"); // openssl rand -base64 32
    add("JWT_SECRET", PlanAction::Generate, "^[0-9a-f]{128}$");       // openssl rand -hex 64
    add("DATABASE_URL", PlanAction::Derive, "^postgres://acme:[A-Za-z0-9%]+@localhost:5432/acme_orders$");
    add("OPENAI_API_KEY", PlanAction::Manual, "^$");
    add("GITHUB_CLIENT_ID", PlanAction::Manual, "^$");
    add("GITHUB_CLIENT_SECRET", PlanAction::Manual, "^$");
    add("LOG_LEVEL", PlanAction::Template, "^debug$");
}

void TestSetupPlanner::freshRepository()
{
    QFETCH(QString, name);
    QFETCH(int, action);
    QFETCH(QString, valuePattern);

    auto repo = demoRepo();
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path());
    const PlannedVariable *row = plan.variable(name);
    QVERIFY2(row, qPrintable(name));
    QCOMPARE(int(row->action), action);
    QVERIFY(!row->hasExisting);
    const QString value = row->value->toString();
    QVERIFY2(QRegularExpression(valuePattern).match(value).hasMatch(),
             qPrintable(name + QStringLiteral(" has the wrong shape")));
}

void TestSetupPlanner::renderedFileReadsBackToThePlan()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path());
    auto bytes = plan.renderEnv();
    QVERIFY2(bytes, qPrintable(bytes.error()));
    for (const PlannedVariable &row : plan.variables()) {
        QVERIFY2(row.value->equals(valueIn(*bytes, row.spec.name)), qPrintable(row.spec.name));
    }
    // The database URL embeds the generated password, percent-encoded for the userinfo part.
    const QByteArray password = plan.variable(u"DB_PASSWORD")->value->toByteArray();
    const QByteArray url = valueIn(*bytes, QStringLiteral("DATABASE_URL"));
    QCOMPARE(url, QByteArrayLiteral("postgres://acme:") + password.toPercentEncoding() +
                      QByteArrayLiteral("@localhost:5432/acme_orders"));
    // The template's comments come along; git will be told to ignore the env files.
    QVERIFY(bytes->contains("# Port the HTTP server listens on\nPORT=3000\n"));
    QVERIFY(plan.gitignoreLines().contains(QStringLiteral(".env")));
    QCOMPARE(plan.missing(),
             QStringList({QStringLiteral("OPENAI_API_KEY"), QStringLiteral("GITHUB_CLIENT_ID"),
                          QStringLiteral("GITHUB_CLIENT_SECRET")}));
}

void TestSetupPlanner::existingValuesAreKept()
{
    const QByteArray existing =
        "# mine\nDB_PASSWORD='my own password'\nJWT_SECRET=\nOPENAI_API_KEY=sk-live-mine\nEXTRA=1\n";
    auto repo = demoRepo(existing, true);
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path());
    QCOMPARE(plan.variable(u"DB_PASSWORD")->action, PlanAction::Keep);
    QCOMPARE(plan.variable(u"OPENAI_API_KEY")->action, PlanAction::Keep);
    QCOMPARE(plan.variable(u"JWT_SECRET")->action, PlanAction::Generate); // empty: filled, not overwritten
    QVERIFY(plan.replaced().isEmpty());
    auto bytes = plan.renderEnv();
    QVERIFY(bytes);
    // Every byte of the user's lines stays; new keys are appended after them.
    QVERIFY(bytes->startsWith("# mine\nDB_PASSWORD='my own password'\nJWT_SECRET="));
    QVERIFY(bytes->contains("OPENAI_API_KEY=sk-live-mine\nEXTRA=1\n"));
    QCOMPARE(valueIn(*bytes, QStringLiteral("DATABASE_URL")),
             QByteArrayLiteral(
                 "postgres://acme:my%20own%20password@localhost:5432/acme_orders")); // gitleaks:allow
    QCOMPARE(*plan.existingBytes(), existing);
}

void TestSetupPlanner::copiedTemplateGetsItsSecretsGenerated()
{
    auto repo = demoRepo(demoTemplate(), true); // cp .env.example .env
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path());
    QCOMPARE(plan.variable(u"DB_PASSWORD")->action, PlanAction::Generate);
    QCOMPARE(plan.variable(u"DATABASE_URL")->action, PlanAction::Derive);
    QCOMPARE(plan.variable(u"PORT")->action, PlanAction::Keep);
    QVERIFY(!plan.variable(u"DB_PASSWORD")->value->equals(QByteArrayView("changeme")));
}

void TestSetupPlanner::regenerateReplacesAndDerivedFollows()
{
    auto repo = demoRepo("DB_PASSWORD=old-password\n", true);
    QVERIFY(repo);
    SetupPlan plan = planFor(repo->path());
    QVERIFY(plan.variable(u"DATABASE_URL")->value->toString().contains(QStringLiteral("old-password")));

    QVERIFY(plan.regenerate(QStringLiteral("DB_PASSWORD")));
    QCOMPARE(plan.replaced(), QStringList{QStringLiteral("DB_PASSWORD")});
    QVERIFY(!plan.variable(u"DATABASE_URL")->value->toString().contains(QStringLiteral("old-password")));

    QVERIFY(plan.keepExisting(QStringLiteral("DB_PASSWORD")));
    QVERIFY(plan.replaced().isEmpty());
    QVERIFY(plan.variable(u"DATABASE_URL")->value->toString().contains(QStringLiteral("old-password")));

    QVERIFY(plan.setValue(QStringLiteral("DB_PASSWORD"), SecureBuffer::fromUtf8(u"p@ss:w/rd%")));
    QVERIFY(plan.variable(u"DATABASE_URL")->value->toString().contains(QStringLiteral("p%40ss%3Aw%2Frd%25")));
    QVERIFY(!plan.regenerate(QStringLiteral("NO_SUCH_VARIABLE")));
    QVERIFY(!plan.keepExisting(QStringLiteral("JWT_SECRET"))); // nothing to keep
}

void TestSetupPlanner::thirdPartyKeysAreNeverGenerated()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    SetupPlan plan = planFor(repo->path());
    auto refused = plan.regenerate(QStringLiteral("OPENAI_API_KEY"));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("OPENAI_API_KEY")));
    QVERIFY(plan.variable(u"OPENAI_API_KEY")->value->isEmpty());
    QVERIFY(plan.setValue(QStringLiteral("OPENAI_API_KEY"), SecureBuffer::fromUtf8(u"sk-test-123")));
    QVERIFY(!plan.missing().contains(QStringLiteral("OPENAI_API_KEY")));
}

void TestSetupPlanner::maskedRenderingShowsNoSecret()
{
    auto repo = demoRepo("OPENAI_API_KEY=sk-live-abcdef123456\n", true); // gitleaks:allow
    QVERIFY(repo);
    const SetupPlan plan = planFor(repo->path());
    auto masked = plan.renderMaskedEnv();
    QVERIFY2(masked, qPrintable(masked.error()));
    int secrets = 0;
    for (const PlannedVariable &row : plan.variables()) {
        if (row.isSecret() && !row.value->isEmpty()) {
            ++secrets;
            QVERIFY2(!masked->contains(row.value->toByteArray()), qPrintable(row.spec.name));
        }
    }
    QVERIFY(secrets >= 4);
    QVERIFY(masked->contains("PORT=3000"));
}

void TestSetupPlanner::badInput_data()
{
    QTest::addColumn<QByteArray>("templateBytes");
    QTest::addColumn<QByteArray>("envBytes");
    QTest::addColumn<bool>("envIsFolder");
    QTest::addColumn<QString>("expectedWords");

    QTest::newRow("no template") << QByteArray() << QByteArray() << false << QStringLiteral(".env.example");
    QTest::newRow("unterminated quote in .env")
        << QByteArrayLiteral("A=1\n") << QByteArrayLiteral("A=1\nB=\"s3cr3t-value\nC=2\n") << false
        << QStringLiteral("line 2");
    QTest::newRow(".env is a folder")
        << QByteArrayLiteral("A=1\n") << QByteArray() << true << QStringLiteral("folder");
}

void TestSetupPlanner::badInput()
{
    QFETCH(QByteArray, templateBytes);
    QFETCH(QByteArray, envBytes);
    QFETCH(bool, envIsFolder);
    QFETCH(QString, expectedWords);

    TempGitRepo repo;
    QVERIFY(repo.isValid());
    if (!templateBytes.isEmpty()) {
        QVERIFY(repo.writeFile(QStringLiteral(".env.example"), templateBytes));
    }
    if (!envBytes.isEmpty()) {
        QVERIFY(repo.writeFile(QStringLiteral(".env"), envBytes));
    }
    if (envIsFolder) {
        QVERIFY(repo.makeDir(QStringLiteral(".env")));
    }
    auto context = RepoContext::open(repo.path());
    QVERIFY(context);
    auto plan = SetupPlanner::build(*context);
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(expectedWords), qPrintable(plan.error()));
    QVERIFY2(!plan.error().contains(QStringLiteral("s3cr3t")), "an error message shows a value");
    if (!envBytes.isEmpty()) {
        QFile env(repo.filePath(QStringLiteral(".env")));
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(env.readAll(), envBytes); // nothing overwritten
    }
}

void TestSetupPlanner::symlinkedEnvIsFlagged()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("shared.env"));
    QFile targetFile(target);
    QVERIFY(targetFile.open(QIODevice::WriteOnly));
    targetFile.write("DB_PASSWORD=linked\n");
    targetFile.close();
    QVERIFY(QFile::link(target, repo->filePath(QStringLiteral(".env"))));
    const SetupPlan plan = planFor(repo->path());
    QVERIFY(plan.envIsSymlink());
    QCOMPARE(plan.variable(u"DB_PASSWORD")->action, PlanAction::Keep);
}

void TestSetupPlanner::folderOutsideGit()
{
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral(".env.sample")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(demoTemplate());
    file.close();
    const SetupPlan plan = planFor(folder.path());
    QVERIFY(!plan.context().isGitRepository());
    QVERIFY(plan.gitignoreLines().isEmpty());
    QVERIFY(plan.context().templatePath().endsWith(QStringLiteral(".env.sample")));
}

void TestSetupPlanner::newFileFollowsSafeSubset()
{
    // A template saved with a BOM and CRLF still gives a .env without BOM and with LF only.
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(QStringLiteral(".env.example"), "\xEF\xBB\xBF"
                                                           "APP_SECRET=\r\n# port\r\nPORT=80\r\n"));
    const SetupPlan plan = planFor(repo.path());
    auto bytes = plan.renderEnv();
    QVERIFY(bytes);
    QVERIFY(!bytes->startsWith("\xEF\xBB\xBF"));
    QVERIFY(!bytes->contains('\r'));
    QVERIFY(bytes->startsWith("APP_SECRET="));
    QCOMPARE(valueIn(*bytes, QStringLiteral("PORT")), QByteArray("80"));
}

void TestSetupPlanner::nonRegularEnvIsRefused()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QVERIFY(mkfifo(QFile::encodeName(repo->filePath(QStringLiteral(".env"))).constData(), 0600) == 0);
    auto plan = SetupPlanner::build(*RepoContext::open(repo->path())); // must not block on the pipe
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(QStringLiteral("regular file")), qPrintable(plan.error()));
}

void TestSetupPlanner::oversizedTemplateIsRefused()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QByteArray bytes;
    for (int i = 0; i < 5001; ++i) {
        bytes += "SECRET_" + QByteArray::number(i) + "=\n";
    }
    QVERIFY(repo.writeFile(QStringLiteral(".env.example"), bytes));
    auto plan = SetupPlanner::build(*RepoContext::open(repo.path()));
    QVERIFY(!plan);
    QVERIFY2(plan.error().contains(QStringLiteral("5001")), qPrintable(plan.error()));
}

void TestSetupPlanner::repositoryGitRefusesIsNotAPlainFolder()
{
    if (geteuid() != 0) {
        QSKIP("needs root to give the repository to another user");
    }
    auto repo = demoRepo();
    QVERIFY(repo);
    for (const QString &path : {repo->path(), repo->filePath(QStringLiteral(".git"))}) {
        QVERIFY(chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
    }
    auto context = RepoContext::open(repo->path());
    for (const QString &path : {repo->path(), repo->filePath(QStringLiteral(".git"))}) {
        QVERIFY(chown(QFile::encodeName(path).constData(), 0, 0) == 0);
    }
    QVERIFY(!context);
    QVERIFY2(context.error().contains(QStringLiteral("safe.directory")), qPrintable(context.error()));
}

void TestSetupPlanner::trackedEnvIsFlagged()
{
    auto repo = demoRepo();
    QVERIFY(repo);
    QVERIFY(repo->writeFile(QStringLiteral(".env"), "DB_PASSWORD=committed\n"));
    QVERIFY(!repo->commitAll(QStringLiteral("oops"), true).isEmpty());
    QVERIFY(planFor(repo->path()).envIsTracked());
    auto clean = demoRepo();
    QVERIFY(clean);
    QVERIFY(!planFor(clean->path()).envIsTracked());
}

QTEST_GUILESS_MAIN(TestSetupPlanner)
#include "tst_setupplanner.moc"

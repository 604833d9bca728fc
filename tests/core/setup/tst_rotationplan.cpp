// RotationPolicy, RotationPlan, RotationRunner (without the keychain) and SecretAgeCheck on real git
// repositories; the keychain side runs in tst_restorejob and tests/cli/tst_rotatecommand.

#include "TempGitRepo.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/RotationPlan.h"
#include "core/setup/RotationPolicy.h"
#include "core/setup/RotationRunner.h"
#include "core/setup/SecretAgeCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "TestFiles.h"

using namespace Qt::StringLiterals;

using namespace TestFiles;

namespace {

QByteArray valueOf(const QByteArray &env, const char *key)
{
    auto document = DotenvDocument::parse(env);
    return document ? document->value(QString::fromLatin1(key)).value_or(QByteArray("<absent>"))
                    : QByteArray();
}

const QByteArray kTemplate = "# Database password\n"
                             "DB_PASSWORD=changeme\n"
                             "DATABASE_URL=postgres://app:changeme@localhost:5432/app\n"
                             "# Signs sessions\n"
                             "SESSION_SECRET=\n"
                             "# @generate=alnum(40) @previous=API_TOKEN_OLD @rotate=30d\n"
                             "API_TOKEN=\n"
                             "# @regenerate=never\n"
                             "# @generate=hex(32)\n"
                             "ENCRYPTION_KEY=\n"
                             "OPENAI_API_KEY=\n"
                             "PORT=3000\n";

} // namespace

class TestRotationPlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempGitRepo> repo(const QByteArray &env, const QByteArray &templ = kTemplate)
    {
        auto r = std::make_unique<TempGitRepo>();
        if (!r->isValid() || !r->writeFile(u".env.example"_s, templ) || !r->writeFile(u".env"_s, env)) {
            return nullptr;
        }
        return r;
    }
    static std::expected<RotationPlan, QString> plan(const TempGitRepo &r, const QStringList &names,
                                                     RotationPlan::Mode mode = RotationPlan::Mode::Rotate)
    {
        auto context = RepoContext::open(r.path());
        if (!context) {
            return std::unexpected(context.error());
        }
        return RotationPlan::build(*context, names, mode);
    }

private Q_SLOTS:
    void policy_data();
    void policy();
    void previousNameFromTemplate();
    void derivedKeepsTheRestOfTheUsersValue();
    void derivedIsRebuiltWhenItDoesNotEmbedTheOldValue();
    void declaredPreviousNameStagesAnyVariable();
    void finishEmptiesATemplateDeclaredPrevious();
    void refuses_data();
    void refuses();
    void runnerRefusesAFileChangedSincePlanning();
    void secretAge_data();
    void secretAge();
};

void TestRotationPlan::policy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rotateDays");
    QTest::addColumn<bool>("signing");
    QTest::addColumn<bool>("database");
    QTest::addColumn<int>("period");
    QTest::newRow("JWT_SECRET") << u"JWT_SECRET"_s << 0 << true << false << 180;
    QTest::newRow("SESSION_SECRET") << u"SESSION_SECRET"_s << 0 << true << false << 180;
    QTest::newRow("COOKIE_SIGNING_KEY") << u"COOKIE_SIGNING_KEY"_s << 0 << true << false << 180;
    QTest::newRow("SECRET_KEY_BASE") << u"SECRET_KEY_BASE"_s << 0 << true << false << 180;
    QTest::newRow("DB_PASSWORD") << u"DB_PASSWORD"_s << 0 << false << true << 90;
    QTest::newRow("POSTGRES_PASSWORD") << u"POSTGRES_PASSWORD"_s << 0 << false << true << 90;
    QTest::newRow("REDIS_PASS") << u"REDIS_PASS"_s << 0 << false << true << 90;
    QTest::newRow("SMTP_PASSWORD: no period") << u"SMTP_PASSWORD"_s << 0 << false << false << 0;
    QTest::newRow("DB_HOST: not a password") << u"DB_HOST"_s << 0 << false << false << 0;
    QTest::newRow("API_TOKEN") << u"API_TOKEN"_s << 0 << false << false << 0;
    QTest::newRow("@rotate wins") << u"DB_PASSWORD"_s << 30 << false << true << 30;
    QTest::newRow("@rotate on any") << u"API_TOKEN"_s << 7 << false << false << 7;
}

void TestRotationPlan::policy()
{
    QFETCH(QString, name);
    QFETCH(int, rotateDays);
    QFETCH(bool, signing);
    QFETCH(bool, database);
    QFETCH(int, period);
    VariableSpec spec;
    spec.name = name;
    spec.rotateDays = rotateDays;
    QCOMPARE(RotationPolicy::isSigningKey(spec), signing);
    QCOMPARE(RotationPolicy::isDatabasePassword(spec), database);
    QCOMPARE(RotationPolicy::periodDays(spec), period);
}

void TestRotationPlan::previousNameFromTemplate()
{
    const EnvTemplate envTemplate = EnvTemplate::fromDocument(*DotenvDocument::parse(kTemplate));
    QCOMPARE(RotationPolicy::previousName(envTemplate, u"API_TOKEN"_s), u"API_TOKEN_OLD"_s);
    QCOMPARE(RotationPolicy::previousName(envTemplate, u"SESSION_SECRET"_s), u"SESSION_SECRET_PREVIOUS"_s);
    QVERIFY(RotationPolicy::isStaged(envTemplate, *envTemplate.variable(u"API_TOKEN")));
    QVERIFY(RotationPolicy::isStaged(envTemplate, *envTemplate.variable(u"SESSION_SECRET")));
    QVERIFY(!RotationPolicy::isStaged(envTemplate, *envTemplate.variable(u"DB_PASSWORD")));
    QCOMPARE(envTemplate.variable(u"API_TOKEN")->rotateDays, 30);
}

void TestRotationPlan::derivedKeepsTheRestOfTheUsersValue()
{
    // The user's URL points at another host and has options; only the embedded password changes.
    auto r = repo(
        "# mine\nDB_PASSWORD=old:p@ss\n"
        "DATABASE_URL=postgres://app:old%3Ap%40ss@db.internal:6543/app?sslmode=require\n" // gitleaks:allow
        "PORT=4000\n");
    QVERIFY(r);
    auto p = plan(*r, {u"DB_PASSWORD"_s});
    QVERIFY2(p, p ? "" : qPrintable(p.error()));
    QCOMPARE(p->changes().size(), 2);
    auto bytes = p->renderEnv();
    QVERIFY(bytes);
    const QByteArray fresh = valueOf(*bytes, "DB_PASSWORD");
    QVERIFY(fresh.size() >= 32 && fresh != "old:p@ss");
    QCOMPARE(valueOf(*bytes, "DATABASE_URL"),
             "postgres://app:" + fresh.toPercentEncoding() + "@db.internal:6543/app?sslmode=require");
    QVERIFY(bytes->startsWith("# mine\n"));
    QVERIFY(bytes->endsWith("PORT=4000\n"));
    QVERIFY(!p->describe().contains(QString::fromLatin1(fresh)));
}

void TestRotationPlan::derivedIsRebuiltWhenItDoesNotEmbedTheOldValue()
{
    auto r = repo("DB_PASSWORD=one\nDATABASE_URL=postgres://someone:else@host/db\n"); // gitleaks:allow
    QVERIFY(r);
    auto p = plan(*r, {u"DB_PASSWORD"_s});
    QVERIFY(p);
    auto bytes = p->renderEnv();
    QVERIFY(bytes);
    const QByteArray fresh = valueOf(*bytes, "DB_PASSWORD");
    QCOMPARE(valueOf(*bytes, "DATABASE_URL"),
             "postgres://app:" + fresh.toPercentEncoding() + "@localhost:5432/app");
    QVERIFY(p->describe().contains(u"rebuilt from the template"_s));
}

void TestRotationPlan::declaredPreviousNameStagesAnyVariable()
{
    auto r = repo("API_TOKEN=abcdefghijabcdefghijabcdefghijabcdefghij\n");
    QVERIFY(r);
    auto p = plan(*r, {u"API_TOKEN"_s});
    QVERIFY(p);
    auto bytes = p->renderEnv();
    QVERIFY(bytes);
    QCOMPARE(valueOf(*bytes, "API_TOKEN_OLD"), QByteArray("abcdefghijabcdefghijabcdefghijabcdefghij"));
    QCOMPARE(valueOf(*bytes, "API_TOKEN").size(), 40); // alnum(40)
    QVERIFY(bytes->contains("# Previous value of API_TOKEN"));

    // Finishing removes the line and the comment: back to the original layout.
    QVERIFY(r->writeFile(u".env"_s, *bytes));
    auto finish = plan(*r, {u"API_TOKEN"_s}, RotationPlan::Mode::Finish);
    QVERIFY(finish);
    auto finished = finish->renderEnv();
    QVERIFY(finished);
    QCOMPARE(*finished, "API_TOKEN=" + valueOf(*bytes, "API_TOKEN") + "\n");
}

void TestRotationPlan::finishEmptiesATemplateDeclaredPrevious()
{
    auto r = repo("SESSION_SECRET=new-one-new-one-new-one-new-one-xx\nSESSION_SECRET_PREVIOUS=old\nPORT=1\n",
                  kTemplate + "SESSION_SECRET_PREVIOUS=\n");
    QVERIFY(r);
    auto p = plan(*r, {u"SESSION_SECRET"_s}, RotationPlan::Mode::Finish);
    QVERIFY2(p, p ? "" : qPrintable(p.error()));
    auto bytes = p->renderEnv();
    QVERIFY(bytes);
    QCOMPARE(
        *bytes,
        QByteArray("SESSION_SECRET=new-one-new-one-new-one-new-one-xx\nSESSION_SECRET_PREVIOUS=\nPORT=1\n"));
}

void TestRotationPlan::refuses_data()
{
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("finish");
    QTest::addColumn<QString>("message");
    const QByteArray env = "DB_PASSWORD=x\nSESSION_SECRET=y\nSESSION_SECRET_PREVIOUS=z\nENCRYPTION_KEY=k\n";
    QTest::newRow("mid-rotation") << env << QStringList{u"SESSION_SECRET"_s} << false << u"mid-rotation"_s;
    QTest::newRow("@regenerate=never") << env << QStringList{u"ENCRYPTION_KEY"_s} << false << u"never"_s;
    QTest::newRow("third party") << env << QStringList{u"OPENAI_API_KEY"_s} << false << u"outside service"_s;
    QTest::newRow("derived") << env << QStringList{u"DATABASE_URL"_s} << false << u"DB_PASSWORD"_s;
    QTest::newRow("config") << env << QStringList{u"PORT"_s} << false << u"configuration"_s;
    QTest::newRow("unknown") << env << QStringList{u"NOPE"_s} << false << u".env.example"_s;
    QTest::newRow("nothing to finish")
        << env << QStringList{u"DB_PASSWORD"_s} << true << u"DB_PASSWORD_PREVIOUS"_s;
    QTest::newRow("no names") << env << QStringList{} << false << u"envsmith rotate"_s;
    QTest::newRow("unparseable .env")
        << QByteArray("A='open\n") << QStringList{u"DB_PASSWORD"_s} << false << u"line 1"_s;
}

void TestRotationPlan::refuses()
{
    QFETCH(QByteArray, env);
    QFETCH(QStringList, names);
    QFETCH(bool, finish);
    QFETCH(QString, message);
    auto r = repo(env);
    QVERIFY(r);
    auto p = plan(*r, names, finish ? RotationPlan::Mode::Finish : RotationPlan::Mode::Rotate);
    QVERIFY(!p);
    QVERIFY2(p.error().contains(message), qPrintable(p.error()));
    QVERIFY(!p.error().contains(u"=z"_s));
}

void TestRotationPlan::runnerRefusesAFileChangedSincePlanning()
{
    auto r = repo("DB_PASSWORD=x\n");
    QVERIFY(r);
    auto p = plan(*r, {u"DB_PASSWORD"_s});
    QVERIFY(p);
    QVERIFY(r->writeFile(u".env"_s, "DB_PASSWORD=edited-meanwhile\n"));
    RotationRunner::Options options;
    options.useKeychain = false;
    const RotationRunner::Result result = RotationRunner::apply(*p, options);
    QVERIFY(!result.envWritten);
    QVERIFY(!result.ok());
    QCOMPARE(readFile(r->filePath(u".env"_s)), QByteArray("DB_PASSWORD=edited-meanwhile\n"));

    // Unchanged: written, keychain step skipped.
    auto again = plan(*r, {u"DB_PASSWORD"_s});
    QVERIFY(again);
    const RotationRunner::Result done = RotationRunner::apply(*again, options);
    QVERIFY(done.envWritten);
    QVERIFY(done.ok());
    QCOMPARE(done.steps.last().status, ApplyStep::Status::Skipped);
    QVERIFY(valueOf(readFile(r->filePath(u".env"_s)), "DB_PASSWORD").size() >= 32);
}

void TestRotationPlan::secretAge_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("createdDaysAgo");
    QTest::addColumn<int>("rotatedDaysAgo"); // -1: never rotated
    QTest::addColumn<bool>("overdue");
    QTest::newRow("password within 90") << u"DB_PASSWORD"_s << 89 << -1 << false;
    QTest::newRow("password at 91") << u"DB_PASSWORD"_s << 91 << -1 << true;
    QTest::newRow("password rotated lately") << u"DB_PASSWORD"_s << 400 << 10 << false;
    QTest::newRow("signing key at 179") << u"SESSION_SECRET"_s << 179 << -1 << false;
    QTest::newRow("signing key at 181") << u"SESSION_SECRET"_s << 181 << -1 << true;
    QTest::newRow("@rotate=30d at 31") << u"API_TOKEN"_s << 31 << -1 << true;
    QTest::newRow("no period") << u"ENCRYPTION_KEY"_s << 3000 << -1 << false;
}

void TestRotationPlan::secretAge()
{
    QFETCH(QString, name);
    QFETCH(int, createdDaysAgo);
    QFETCH(int, rotatedDaysAgo);
    QFETCH(bool, overdue);
    const EnvTemplate envTemplate = EnvTemplate::fromDocument(*DotenvDocument::parse(kTemplate));
    const QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QJsonObject record{{u"created"_s, now.addDays(-createdDaysAgo).toString(Qt::ISODateWithMs)}};
    if (rotatedDaysAgo >= 0) {
        record.insert(u"rotated"_s, now.addDays(-rotatedDaysAgo).toString(Qt::ISODateWithMs));
    }
    QTemporaryDir folder;
    const QString path = folder.filePath(u"index.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(
                   QJsonObject{{u"version"_s, 1},
                               {u"services"_s, QJsonObject{{u"envsmith/p"_s, QJsonObject{{name, record}}}}}})
                   .toJson());
    file.close();
    auto index = KeychainIndex::load(path);
    QVERIFY(index);
    const QList<HygieneFinding> findings = SecretAgeCheck::check(envTemplate, *index, u"envsmith/p"_s, now);
    if (name == u"ENCRYPTION_KEY"_s) {
        QVERIFY(findings.isEmpty()); // nothing with a period: no finding at all
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().id, u"secret-age"_s);
    QCOMPARE(findings.first().status == HygieneFinding::Status::Failed, overdue);
    if (overdue) {
        QCOMPARE(findings.first().severity, HygieneFinding::Severity::Warning);
        QVERIFY(findings.first().message.contains(name));
        QVERIFY(findings.first().fixDescription.contains(u"envsmith rotate "_s + name));
    }
    // Another service's records do not count.
    QVERIFY(SecretAgeCheck::check(envTemplate, *index, u"envsmith/other"_s, now).isEmpty());
}

QTEST_GUILESS_MAIN(TestRotationPlan)
#include "tst_rotationplan.moc"

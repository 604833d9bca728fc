// `envsmith generate`, `rotate`, `rotate --finish`, `restore`, the secret-age findings of `check` and the
// strength warnings of `setup`, run as the real executable on real git repositories with the real
// keyring (tests/run-with-keyring.sh). Ends with the leak test of issue 4 §3: a whole setup and rotate,
// then every output line and every file under HOME and TMPDIR is searched for every value.

#include "EnvsmithRun.h"
#include "LeakSearch.h"
#include "TempGitRepo.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/RepoContext.h"
#include "core/store/KeychainStore.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "TestFiles.h"

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace TestFiles;

namespace {

using Run = EnvsmithRun;

EnvsmithRun envsmith(const QStringList &args,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    EnvsmithRun::Options options;
    options.environment = environment;
    return EnvsmithRun::run(args, options);
}

QByteArray valueOf(const QString &envPath, const char *key)
{
    auto document = DotenvDocument::parse(readFile(envPath));
    return document ? document->value(QString::fromLatin1(key)).value_or(QByteArray()) : QByteArray();
}

// The keychain index the executable writes (QStandardPaths::AppDataLocation of "envsmith"), found under
// the test's HOME.
QString indexPath()
{
    QDirIterator files(QDir::homePath(), {QStringLiteral("keychain-index.json")}, QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    return files.hasNext() ? files.next() : QString();
}

} // namespace

class TestRotateCommand : public QObject
{
    Q_OBJECT

private:
    // The demo template in a real git repository, set up with the real keychain (or without it).
    static std::unique_ptr<TempGitRepo> setUpDemo(bool keychain = true)
    {
        auto repo = std::make_unique<TempGitRepo>();
        if (!repo->isValid() ||
            !repo->writeFile(u".env.example"_s,
                             readFile(QStringLiteral(ENVSMITH_SOURCE_DIR "/resources/demo/env.example"))) ||
            repo->commitAll(u"template"_s).isEmpty()) {
            return nullptr;
        }
        QStringList args{u"setup"_s, u"--repo"_s, repo->path(), u"--yes"_s};
        if (!keychain) {
            args.append(u"--no-keychain"_s);
        }
        const Run run = envsmith(args);
        if (run.exitCode != 0) {
            qWarning("setup failed: %s", run.err.constData());
            return nullptr;
        }
        return repo;
    }

    static std::expected<QByteArray, KeychainStore::ErrorKind> keychainValue(const TempGitRepo &repo,
                                                                             const QString &name)
    {
        auto context = RepoContext::open(repo.path());
        if (!context) {
            return std::unexpected(KeychainStore::ErrorKind::Other);
        }
        KeychainStore store(context->projectId(), context->envFileName());
        auto value = store.read(name);
        if (!value) {
            return std::unexpected(value.error().kind);
        }
        return value->toByteArray();
    }

    // The keychain service (and index key) of @p repo's project.
    static QString serviceOf(const TempGitRepo &repo)
    {
        auto context = RepoContext::open(repo.path());
        return context ? KeychainStore(context->projectId(), context->envFileName()).service() : QString();
    }

private Q_SLOTS:
    void generate_data();
    void generate();
    void generateRejects_data();
    void generateRejects();
    void rotateStagesSigningKeysAndDerivedValuesFollow();
    void rotateAsksFirst();
    void rotateWithoutKeychainChangesNothing();
    void envThatIsAFifoIsRefused();
    void rotateRefuses_data();
    void rotateRefuses();
    void restoreRebuildsMissingEnvFromKeychain();
    void restoreRefuses();
    void checkReportsOverdueSecrets();
    void setupWarnsAboutWeakValues();
    void noValueLeaksThroughSetupAndRotate();
};

void TestRotateCommand::generate_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("bits");
    QTest::addColumn<bool>("warns");
    QTest::newRow("base64(32)") << u"base64(32)"_s << u"[A-Za-z0-9+/]{43}="_s << 256 << false;
    QTest::newRow("base64(64)") << u"base64(64)"_s << u"[A-Za-z0-9+/]{86}=="_s << 512 << false;
    QTest::newRow("base64url(32)") << u"base64url(32)"_s << u"[A-Za-z0-9_-]{43}"_s << 256 << false;
    QTest::newRow("hex(32)") << u"hex(32)"_s << u"[0-9a-f]{64}"_s << 256 << false;
    QTest::newRow("alnum(40)") << u"alnum(40)"_s << u"[A-Za-z0-9]{40}"_s << 238 << false;
    QTest::newRow("password(24) is below 32 characters")
        << u"password(24)"_s << u"[A-Za-z0-9_.-]{24}"_s << 144 << true;
    QTest::newRow("uuid is below 128 bits")
        << u"uuid"_s << u"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"_s << 122
        << true;
    QTest::newRow("uuid()") << u"uuid()"_s << u"[0-9a-f-]{36}"_s << 122 << true;
    QTest::newRow("laravel_key") << u"laravel_key"_s << u"base64:[A-Za-z0-9+/]{43}="_s << 256 << false;
    QTest::newRow("bare hex means hex(32)") << u"hex"_s << u"[0-9a-f]{64}"_s << 256 << false;
    QTest::newRow("base64(8) explicitly small") << u"base64(8)"_s << u"[A-Za-z0-9+/]{11}="_s << 64 << true;
}

void TestRotateCommand::generate()
{
    QFETCH(QString, profile);
    QFETCH(QString, pattern);
    QFETCH(int, bits);
    QFETCH(bool, warns);
    const Run first = envsmith({u"generate"_s, profile});
    QCOMPARE(first.exitCode, 0);
    QVERIFY(first.out.endsWith('\n'));
    const QByteArray value = first.out.chopped(1);
    QVERIFY2(!value.contains('\n'), "exactly one value");
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(pattern))
                 .match(QString::fromLatin1(value))
                 .hasMatch(),
             qPrintable(profile));
    QVERIFY2(first.err.contains(QByteArray::number(bits) + " bits"), first.err.constData());
    QCOMPARE(first.err.contains("Warning"), warns);
    QVERIFY(!first.err.contains(value)); // the value goes to stdout only
    const Run second = envsmith({u"generate"_s, profile});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(second.out != first.out);
}

void TestRotateCommand::generateRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no profile") << QStringList{u"generate"_s};
    QTest::newRow("unknown") << QStringList{u"generate"_s, u"base32(32)"_s};
    QTest::newRow("too big") << QStringList{u"generate"_s, u"hex(5000)"_s};
    QTest::newRow("two profiles") << QStringList{u"generate"_s, u"hex(32)"_s, u"uuid"_s};
    QTest::newRow("an option") << QStringList{u"generate"_s, u"--yes"_s};
}

void TestRotateCommand::generateRejects()
{
    QFETCH(QStringList, args);
    const Run run = envsmith(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("base64"));
}

void TestRotateCommand::rotateStagesSigningKeysAndDerivedValuesFollow()
{
    auto repo = setUpDemo();
    QVERIFY(repo);
    const QString env = repo->filePath(u".env"_s);
    const QByteArray oldPassword = valueOf(env, "DB_PASSWORD");
    const QByteArray oldJwt = valueOf(env, "JWT_SECRET");
    QVERIFY(oldPassword.size() >= 32 && oldJwt.size() >= 32);

    Run run =
        envsmith({u"rotate"_s, u"DB_PASSWORD"_s, u"JWT_SECRET"_s, u"--repo"_s, repo->path(), u"--yes"_s});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    for (const char *shown : {"DB_PASSWORD", "JWT_SECRET_PREVIOUS", "DATABASE_URL", "--finish JWT_SECRET"})
        QVERIFY2(run.out.contains(shown), shown);

    const QByteArray newPassword = valueOf(env, "DB_PASSWORD");
    const QByteArray newJwt = valueOf(env, "JWT_SECRET");
    QVERIFY(newPassword.size() >= 32 && newPassword != oldPassword);
    QVERIFY(newJwt.size() >= 32 && newJwt != oldJwt);
    QCOMPARE(valueOf(env, "JWT_SECRET_PREVIOUS"), oldJwt);    // staged: the app accepts both
    QVERIFY(!readFile(env).contains("DB_PASSWORD_PREVIOUS")); // a database password is not staged
    QCOMPARE(valueOf(env, "DATABASE_URL"),
             "postgres://acme:" + newPassword.toPercentEncoding() + "@localhost:5432/acme_orders");
    QCOMPARE(valueOf(env, "PORT"), QByteArray("3000")); // everything else as it was

    // The keychain holds exactly what .env holds.
    for (const char *name : {"DB_PASSWORD", "JWT_SECRET", "JWT_SECRET_PREVIOUS", "DATABASE_URL"}) {
        const auto stored = keychainValue(*repo, QString::fromLatin1(name));
        QVERIFY2(stored.has_value(), name);
        QVERIFY2(*stored == valueOf(env, name), name);
    }

    // Finish: the previous value leaves .env (with its comment) and the keychain.
    run = envsmith({u"rotate"_s, u"--finish"_s, u"JWT_SECRET"_s, u"--repo"_s, repo->path(), u"--yes"_s});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    QVERIFY(!readFile(env).contains("JWT_SECRET_PREVIOUS"));
    QVERIFY(!readFile(env).contains("--finish"));
    QCOMPARE(valueOf(env, "JWT_SECRET"), newJwt);
    const auto gone = keychainValue(*repo, u"JWT_SECRET_PREVIOUS"_s);
    QVERIFY(!gone.has_value());
    QCOMPARE(gone.error(), KeychainStore::ErrorKind::NotFound);

    // Mode 0600 and backups of every replaced file.
    QCOMPARE(QFileInfo(env).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(QDir(repo->path()).entryList({u".env.envsmith-backup-*"_s}, QDir::Files | QDir::Hidden).size(),
             2);

    // The index records the rotation time (names and times only).
    const QJsonObject index = QJsonDocument::fromJson(readFile(indexPath())).object();
    const QJsonObject service = index.value(u"services"_s).toObject().value(serviceOf(*repo)).toObject();
    QVERIFY(service.value(u"DB_PASSWORD"_s).toObject().contains(u"rotated"_s));
    QVERIFY(!service.contains(u"JWT_SECRET_PREVIOUS"_s));
}

void TestRotateCommand::rotateAsksFirst()
{
    auto repo = setUpDemo(false);
    QVERIFY(repo);
    const QByteArray before = readFile(repo->filePath(u".env"_s));
    const Run run = envsmith({u"rotate"_s, u"JWT_SECRET"_s, u"--repo"_s, repo->path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.contains("JWT_SECRET_PREVIOUS")); // what would change is shown
    QVERIFY(run.err.contains("--yes"));
    QCOMPARE(readFile(repo->filePath(u".env"_s)), before);
}

void TestRotateCommand::rotateWithoutKeychainChangesNothing()
{
    // The keychain pre-flight comes before the write, so .env and the keychain never drift apart.
    auto repo = setUpDemo();
    QVERIFY(repo);
    const QByteArray before = readFile(repo->filePath(u".env"_s));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/envsmith-bus"_s);
    const Run run =
        envsmith({u"rotate"_s, u"DB_PASSWORD"_s, u"--repo"_s, repo->path(), u"--yes"_s}, environment);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains("keychain") || run.err.contains("keychain"), (run.out + run.err).constData());
    // Says how to go on: rotate takes --no-keychain (the shared keychain message does not name it).
    QVERIFY2(run.err.contains("run rotate again with --no-keychain"), run.err.constData());
    QCOMPARE(readFile(repo->filePath(u".env"_s)), before);
    QVERIFY(
        QDir(repo->path()).entryList({u".env.envsmith-backup-*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

void TestRotateCommand::envThatIsAFifoIsRefused()
{
    // A FIFO in place of .env would block the read forever: refused, and the message says what it is.
    auto repo = setUpDemo();
    QVERIFY(repo);
    const QString env = repo->filePath(u".env"_s);
    QVERIFY(QFile::remove(env));
    QCOMPARE(::mkfifo(QFile::encodeName(env).constData(), 0600), 0);
    const Run run = envsmith({u"rotate"_s, u"DB_PASSWORD"_s, u"--repo"_s, repo->path(), u"--yes"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("not a regular file"), run.err.constData());
}

void TestRotateCommand::rotateRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("third-party key") << QStringList{u"OPENAI_API_KEY"_s} << 3 << u"outside service"_s;
    QTest::newRow("derived value") << QStringList{u"DATABASE_URL"_s} << 3 << u"rotate DB_PASSWORD"_s;
    QTest::newRow("plain configuration") << QStringList{u"PORT"_s} << 3 << u"configuration"_s;
    QTest::newRow("not in the template") << QStringList{u"NOPE"_s} << 3 << u"not a variable"_s;
    QTest::newRow("nothing to finish")
        << QStringList{u"--finish"_s, u"JWT_SECRET"_s} << 3 << u"JWT_SECRET_PREVIOUS"_s;
    QTest::newRow("no names") << QStringList{} << 2 << u"name the variables"_s;
    QTest::newRow("unknown option") << QStringList{u"JWT_SECRET"_s, u"--frob"_s} << 2 << u"--frob"_s;
}

void TestRotateCommand::rotateRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    auto repo = setUpDemo(false);
    QVERIFY(repo);
    const QByteArray before = readFile(repo->filePath(u".env"_s));
    const Run run =
        envsmith(QStringList{u"rotate"_s, u"--repo"_s, repo->path(), u"--yes"_s, u"--no-keychain"_s} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message, Qt::CaseInsensitive), run.err.constData());
    QCOMPARE(readFile(repo->filePath(u".env"_s)), before);
}

void TestRotateCommand::restoreRebuildsMissingEnvFromKeychain()
{
    auto repo = setUpDemo();
    QVERIFY(repo);
    // Mid-rotation, so the restored file must bring back the staged previous value too.
    QCOMPARE(envsmith({u"rotate"_s, u"JWT_SECRET"_s, u"--repo"_s, repo->path(), u"--yes"_s}).exitCode, 0);
    const QString env = repo->filePath(u".env"_s);
    const QByteArray before = readFile(env);
    QVERIFY(QFile::remove(env));

    const Run run = envsmith({u"restore"_s, u"--repo"_s, repo->path()});
    QVERIFY2(run.exitCode == 0, (run.out + run.err).constData());
    // Template order and comments, the values, the previous value and its comment: byte for byte.
    QCOMPARE(readFile(env), before);
    QCOMPARE(QFileInfo(env).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QVERIFY(run.out.contains("OPENAI_API_KEY")); // listed as to do
    QVERIFY(!run.out.contains(valueOf(env, "JWT_SECRET")));
}

void TestRotateCommand::restoreRefuses()
{
    auto repo = setUpDemo();
    QVERIFY(repo);
    const QString env = repo->filePath(u".env"_s);
    const QByteArray before = readFile(env);

    // An existing .env is never overwritten.
    Run run = envsmith({u"restore"_s, u"--repo"_s, repo->path()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("exists"));
    QCOMPARE(readFile(env), before);

    // Without a keyring nothing is written (and nothing is guessed).
    QVERIFY(QFile::remove(env));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/envsmith-bus"_s);
    run = envsmith({u"restore"_s, u"--repo"_s, repo->path()}, environment);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFileInfo::exists(env));

    // A project the keychain knows nothing about.
    TempGitRepo other;
    QVERIFY(other.writeFile(u".env.example"_s, "A=1\n"));
    run = envsmith({u"restore"_s, u"--repo"_s, other.path()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains("setup"));
    QVERIFY(!QFileInfo::exists(other.filePath(u".env"_s)));
}

void TestRotateCommand::checkReportsOverdueSecrets()
{
    auto repo = setUpDemo();
    QVERIFY(repo);
    Run run = envsmith({u"check"_s, u"--repo"_s, repo->path()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("[ok] secret-age"), run.out.constData());

    // Age the records: DB_PASSWORD set 100 days ago (period 90), JWT_SECRET 170 days ago (period 180).
    const QString path = indexPath();
    QVERIFY(!path.isEmpty());
    QJsonObject root = QJsonDocument::fromJson(readFile(path)).object();
    QJsonObject services = root.value(u"services"_s).toObject();
    const QString serviceName = serviceOf(*repo);
    QVERIFY(services.contains(serviceName));
    QJsonObject service = services.value(serviceName).toObject();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    service.insert(u"DB_PASSWORD"_s,
                   QJsonObject{{u"created"_s, now.addDays(-100).toString(Qt::ISODateWithMs)}});
    service.insert(u"JWT_SECRET"_s,
                   QJsonObject{{u"created"_s, now.addDays(-170).toString(Qt::ISODateWithMs)}});
    services.insert(serviceName, service);
    root.insert(u"services"_s, services);
    QVERIFY(writeFile(path, QJsonDocument(root).toJson()));

    run = envsmith({u"check"_s, u"--repo"_s, repo->path()});
    QCOMPARE(run.exitCode, 0); // a warning, not an error
    QVERIFY2(run.out.contains("[warning] secret-age: DB_PASSWORD was last set 100 days ago"),
             run.out.constData());
    QVERIFY(run.out.contains("90 days"));
    QVERIFY(run.out.contains("envsmith rotate DB_PASSWORD"));
    QVERIFY(!run.out.contains("JWT_SECRET was last set")); // within its 180 days

    run = envsmith({u"check"_s, u"--repo"_s, repo->path(), u"--format"_s, u"json"_s});
    QVERIFY(run.out.contains("\"secret-age\""));

    // Rotating it resets the clock.
    QCOMPARE(envsmith({u"rotate"_s, u"DB_PASSWORD"_s, u"--repo"_s, repo->path(), u"--yes"_s}).exitCode, 0);
    run = envsmith({u"check"_s, u"--repo"_s, repo->path()});
    QVERIFY2(!run.out.contains("DB_PASSWORD was last set"), run.out.constData());
    QVERIFY(run.out.contains("[ok] secret-age"));
}

void TestRotateCommand::setupWarnsAboutWeakValues()
{
    TempGitRepo repo;
    QVERIFY(repo.writeFile(u".env.example"_s,
                           readFile(QStringLiteral(ENVSMITH_SOURCE_DIR "/resources/demo/env.example")) +
                               "# @generate=hex(8)\nSHORT_TOKEN=\n"));
    QVERIFY(repo.writeFile(u".env"_s, "DB_PASSWORD=Summer2024!\nOPENAI_API_KEY=sk-short\n"));
    const Run run = envsmith({u"setup"_s, u"--repo"_s, repo.path(), u"--yes"_s, u"--no-keychain"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Warning: DB_PASSWORD is easy to guess"_s), run.out.constData());
    QVERIFY(out.contains(u"Warning: DB_PASSWORD is 11 characters long"_s));
    QVERIFY(out.contains(u"Warning: OPENAI_API_KEY is 8 characters long"_s));
    QVERIFY(out.contains(u"Warning: SHORT_TOKEN: hex(8) gives 64 bits"_s)); // the template asked for it
    QVERIFY(!out.contains(u"JWT_SECRET is"_s));                             // generated, strong
    QVERIFY(!run.out.contains("Summer2024") && !run.err.contains("Summer2024"));
    QVERIFY(!run.out.contains("sk-short"));
}

void TestRotateCommand::noValueLeaksThroughSetupAndRotate()
{
    // Issue 4 §3: a whole `setup` then `rotate` (and `rotate --finish`) with the real keychain; then every
    // line of every stdout/stderr, and every file under HOME (the app's config, data and cache folders,
    // the keyring's own file, the git repository with its .git) and TMPDIR is searched for every value
    // those runs generated (old and new), in raw, base64, base64url, hex and percent-encoded forms. Only
    // the repository's .env and its backups may hold them (and the keychain, which is encrypted on disk).
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".env.example"_s,
                           readFile(QStringLiteral(ENVSMITH_SOURCE_DIR "/resources/demo/env.example"))));
    QVERIFY(!repo.commitAll(u"template"_s).isEmpty());
    const QString env = repo.filePath(u".env"_s);
    QList<Run> runs;
    QList<QByteArray> values;
    const auto collect = [&] {
        for (const char *key : {"DB_PASSWORD", "JWT_SECRET", "DATABASE_URL", "JWT_SECRET_PREVIOUS"}) {
            const QByteArray value = valueOf(env, key);
            if (!value.isEmpty() && !values.contains(value))
                values.append(value);
        }
    };
    runs.append(envsmith({u"setup"_s, u"--repo"_s, repo.path(), u"--yes"_s}));
    QVERIFY2(runs.last().exitCode == 0, (runs.last().out + runs.last().err).constData());
    collect();
    runs.append(
        envsmith({u"rotate"_s, u"DB_PASSWORD"_s, u"JWT_SECRET"_s, u"--repo"_s, repo.path(), u"--yes"_s}));
    QVERIFY2(runs.last().exitCode == 0, (runs.last().out + runs.last().err).constData());
    collect();
    runs.append(
        envsmith({u"rotate"_s, u"--finish"_s, u"JWT_SECRET"_s, u"--repo"_s, repo.path(), u"--yes"_s}));
    QVERIFY2(runs.last().exitCode == 0, (runs.last().out + runs.last().err).constData());
    runs.append(envsmith({u"check"_s, u"--repo"_s, repo.path()}));
    QCOMPARE(values.size(), 6); // two passwords, two JWT secrets (the old one staged as previous), two URLs
    for (const QByteArray &value : values)
        QVERIFY(value.size() >= 32);

    QStringList hits;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        hits += LeakSearch::searchLines(runs.at(i).out, u"stdout of run %1"_s.arg(i + 1), values);
        hits += LeakSearch::searchLines(runs.at(i).err, u"stderr of run %1"_s.arg(i + 1), values);
    }
    const QString envCanonical = QFileInfo(env).absoluteFilePath();
    const auto allowed = [&](const QString &path) {
        return path == envCanonical || path.startsWith(envCanonical + u".envsmith-backup-"_s);
    };
    const LeakSearch::Result home = LeakSearch::searchFiles(QDir::homePath(), values, allowed);
    hits += home.hits;
    const QString temp = QDir::tempPath();
    if (!QFileInfo(temp).canonicalFilePath().startsWith(QFileInfo(QDir::homePath()).canonicalFilePath())) {
        hits += LeakSearch::searchFiles(temp, values, allowed).hits;
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // The search must have seen the places a leak would go, or it proves nothing.
    const auto searched = [&](const QString &part) {
        return std::any_of(home.searched.cbegin(), home.searched.cend(),
                           [&](const QString &path) { return path.contains(part); });
    };
    QVERIFY2(searched(u"keychain-index.json"_s), "the keychain index was not searched");
    QVERIFY2(searched(u"/keyrings/"_s), "the keyring file was not searched");
    QVERIFY2(searched(u"/.git/"_s), "the repository's git data was not searched");
    // And it can find what it looks for: the backups hold the first values.
    const LeakSearch::Result backups = LeakSearch::searchFiles(repo.path(), values, [&](const QString &path) {
        return !path.startsWith(envCanonical + u".envsmith-backup-"_s);
    });
    QVERIFY(!backups.hits.isEmpty());
}

QTEST_GUILESS_MAIN(TestRotateCommand)
#include "tst_rotatecommand.moc"

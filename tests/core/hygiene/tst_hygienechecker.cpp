#include "core/hygiene/CommitGuardInstaller.h"
#include "core/hygiene/GitIgnoreFixer.h"
#include "core/hygiene/GitRepository.h"
#include "core/hygiene/HygieneChecker.h"

#include "TempGitRepo.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A value that looks like a real secret; it must never show up in a report.
const QByteArray kSecretValue = "sk_" + QByteArray("live_") + "9fQ2mZr7XcV1bN8kLp3sT6wY"; // gitleaks:allow

QList<HygieneFinding> findingsWithId(const HygieneReport &report, const QString &id)
{
    QList<HygieneFinding> out;
    for (const HygieneFinding &finding : report.findings()) {
        if (finding.id == id)
            out.append(finding);
    }
    return out;
}

HygieneFinding single(const HygieneReport &report, const QString &id)
{
    const QList<HygieneFinding> found = findingsWithId(report, id);
    return found.size() == 1 ? found.constFirst() : HygieneFinding{};
}

bool writeEnv(const TempGitRepo &git, const QString &name = u".env"_s, int mode = 0600)
{
    if (!git.writeFile(name, "API_KEY=" + kSecretValue + '\n'))
        return false;
    QFileDevice::Permissions permissions;
    if (mode & 0400)
        permissions |= QFileDevice::ReadOwner;
    if (mode & 0200)
        permissions |= QFileDevice::WriteOwner;
    if (mode & 0100)
        permissions |= QFileDevice::ExeOwner;
    if (mode & 040)
        permissions |= QFileDevice::ReadGroup;
    if (mode & 020)
        permissions |= QFileDevice::WriteGroup;
    if (mode & 010)
        permissions |= QFileDevice::ExeGroup;
    if (mode & 04)
        permissions |= QFileDevice::ReadOther;
    if (mode & 02)
        permissions |= QFileDevice::WriteOther;
    if (mode & 01)
        permissions |= QFileDevice::ExeOther;
    return QFile::setPermissions(git.filePath(name), permissions);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The error of @p result, or an empty string when it holds a value (QVERIFY2 evaluates its message even
/// when the check passes, and error() of a value is undefined).
QString errorOf(const std::expected<void, QString> &result)
{
    return result ? QString() : result.error();
}

bool fullGitignore(const TempGitRepo &git)
{
    return git.writeFile(u".gitignore"_s,
                         "# Local secrets\n.env\n.env.local\n.env.*.local\n.env.envsmith-backup-*\n.envrc\n");
}

/// Installs the commit guard (calling a binary that need not exist: these tests never commit through it).
bool installGuard(const TempGitRepo &git)
{
    const auto installed = CommitGuardInstaller::install(git.path(), u"/nonexistent/envsmith"_s);
    if (!installed)
        qWarning("install failed: %s", qPrintable(installed.error()));
    return installed.has_value();
}

} // namespace

class TestHygieneChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanRepositoryPasses();
    void notARepository();
    void bareRepositoryFolder();
    void missingIgnoreRulesAndFix();
    void negationIsExplainedAndFixed();
    void nestedNegationIsOverriddenInOwnFolder();
    void symlinkedGitignoreIsRefused();
    void trackedEnvAndUntrackFix();
    void historyOnly();
    void historyOfShallowClone();
    void historyListsAtMostFiveCommits();
    void repositoryWithoutCommits();
    void mode_data();
    void mode();
    void restrictModeFix();
    void subfolderAsRoot();
    void noSecretValueInOutput();
    void fixNoneIsAnError();
    void commitGuardMissingAndFix();
    void commitGuardHonoursHooksPath();
    void foreignHookIsNoGuard();
    void envrc_data();
    void envrc();
    void envrcFix();
    void envrcInSubfolderProject();
    void trackedEnvrcIsAWarning();
};

void TestHygieneChecker::initTestCase()
{
    if (!GitRepository::gitAvailable())
        QSKIP("git is not installed (packaging/install-deps.sh)");
}

void TestHygieneChecker::cleanRepositoryPasses()
{
    const TempGitRepo git;
    QVERIFY(fullGitignore(git));
    QVERIFY(git.writeFile(u"README"_s, "hi\n"));
    QVERIFY(!git.commitAll(u"init"_s).isEmpty());
    QVERIFY(writeEnv(git));
    QVERIFY(git.writeFile(u".envrc"_s, "dotenv\n"));
    QVERIFY(installGuard(git));
    const HygieneReport report = HygieneChecker::check(git.path());
    QCOMPARE(report.findings().size(), 6);
    for (const HygieneFinding &finding : report.findings())
        QVERIFY2(finding.status == HygieneFinding::Status::Passed,
                 qPrintable(finding.id + u": "_s + finding.message));
    QStringList ids;
    for (const HygieneFinding &finding : report.findings())
        ids.append(finding.id);
    QCOMPARE(ids, (QStringList{u"env-ignored"_s, u"env-not-tracked"_s, u"env-mode"_s, u"env-in-history"_s,
                               u"envrc-ignored"_s, u"commit-guard"_s}));
    QVERIFY(!report.hasErrors());
}

void TestHygieneChecker::notARepository()
{
    QTemporaryDir dir;
    QFile env(dir.filePath(u".env"_s));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write("A=1\n");
    env.close();
    QVERIFY(QFile::setPermissions(env.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const HygieneReport report = HygieneChecker::check(dir.path());
    for (const QString &id : {u"env-ignored"_s, u"env-not-tracked"_s, u"env-in-history"_s, u"envrc-ignored"_s,
                              u"commit-guard"_s}) {
        const HygieneFinding finding = single(report, id);
        QCOMPARE(finding.status, HygieneFinding::Status::NotApplicable);
        QVERIFY2(finding.message.contains(u"not inside a git working tree"_s), qPrintable(finding.message));
    }
    const HygieneFinding mode = single(report, u"env-mode"_s);
    QCOMPARE(mode.status, HygieneFinding::Status::Failed);
    QCOMPARE(mode.fix, HygieneFinding::Fix::RestrictMode);
    QVERIFY(HygieneChecker::applyFix(dir.path(), mode).has_value());
    QCOMPARE(single(HygieneChecker::check(dir.path()), u"env-mode"_s).status, HygieneFinding::Status::Passed);
    // A git fix outside git fails with a message instead of doing anything.
    HygieneFinding ignoreFix;
    ignoreFix.id = u"env-ignored"_s;
    ignoreFix.fix = HygieneFinding::Fix::AddToGitignore;
    ignoreFix.path = u".env"_s;
    QVERIFY(!HygieneChecker::applyFix(dir.path(), ignoreFix).has_value());
    QVERIFY(!QFile::exists(dir.filePath(u".gitignore"_s)));
}

void TestHygieneChecker::bareRepositoryFolder()
{
    const TempGitRepo bare(true);
    const HygieneReport report = HygieneChecker::check(bare.path());
    const HygieneFinding finding = single(report, u"env-ignored"_s);
    QCOMPARE(finding.status, HygieneFinding::Status::NotApplicable);
    QVERIFY2(finding.message.contains(u"bare"_s), qPrintable(finding.message));
}

void TestHygieneChecker::missingIgnoreRulesAndFix()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, ".env\n"));
    const HygieneReport report = HygieneChecker::check(git.path());
    const HygieneFinding finding = single(report, u"env-ignored"_s);
    QCOMPARE(finding.status, HygieneFinding::Status::Failed);
    QCOMPARE(finding.severity, HygieneFinding::Severity::Error);
    QCOMPARE(finding.fix, HygieneFinding::Fix::AddToGitignore);
    QCOMPARE(finding.path, u".env"_s);
    QVERIFY2(finding.message.contains(u"`.env.local`"_s), qPrintable(finding.message));
    QVERIFY2(!finding.message.contains(u"`.env`,"_s), qPrintable(finding.message));
    QVERIFY(report.hasErrors());
    QCOMPARE(single(report, u"env-mode"_s).status, HygieneFinding::Status::NotApplicable);

    const auto fixed = HygieneChecker::applyFix(git.path(), finding);
    QVERIFY2(fixed.has_value(), qPrintable(errorOf(fixed)));
    QCOMPARE(single(HygieneChecker::check(git.path()), u"env-ignored"_s).status,
             HygieneFinding::Status::Passed);
    for (const QString &sample : GitIgnoreFixer::samplePaths())
        QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, sample}).exitCode, 0);
}

void TestHygieneChecker::negationIsExplainedAndFixed()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, ".env*\n!.env\n"));
    QVERIFY(writeEnv(git));
    const HygieneFinding finding = single(HygieneChecker::check(git.path()), u"env-ignored"_s);
    QCOMPARE(finding.status, HygieneFinding::Status::Failed);
    QVERIFY2(finding.message.contains(u"`!.env`"_s) && finding.message.contains(u"line 2"_s),
             qPrintable(finding.message));
    QVERIFY(HygieneChecker::applyFix(git.path(), finding).has_value());
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u".env"_s}).exitCode, 0);
}

void TestHygieneChecker::nestedNegationIsOverriddenInOwnFolder()
{
    // `!.env` in config/.gitignore beats any rule at the top level, so the fix writes to config/.gitignore.
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, ".env\n"));
    QVERIFY(git.writeFile(u"config/.gitignore"_s, "!.env\n"));
    QVERIFY(writeEnv(git, u"config/.env"_s));
    const HygieneFinding finding =
        single(HygieneChecker::check(git.path(), u"config/.env"_s), u"env-ignored"_s);
    QCOMPARE(finding.status, HygieneFinding::Status::Failed);
    QCOMPARE(finding.path, u"config/.env"_s);
    QVERIFY2(finding.message.contains(u"config/.gitignore"_s), qPrintable(finding.message));
    const auto fixed = HygieneChecker::applyFix(git.path(), finding);
    QVERIFY2(fixed.has_value(), qPrintable(errorOf(fixed)));
    QVERIFY(readFile(git.filePath(u"config/.gitignore"_s)).startsWith("!.env\n\n# Local secrets"));
    QCOMPARE(readFile(git.filePath(u".gitignore"_s)), QByteArray(".env\n"));
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u"config/.env"_s}).exitCode, 0);
    QCOMPARE(single(HygieneChecker::check(git.path(), u"config/.env"_s), u"env-ignored"_s).status,
             HygieneFinding::Status::Passed);
}

void TestHygieneChecker::symlinkedGitignoreIsRefused()
{
    // git does not read an in-tree .gitignore that is a symbolic link; writing through it would not help.
    const TempGitRepo git;
    QVERIFY(git.writeFile(u"shared-ignore"_s, "node_modules/\n"));
    QVERIFY(QFile::link(u"shared-ignore"_s, git.filePath(u".gitignore"_s)));
    const HygieneFinding finding = single(HygieneChecker::check(git.path()), u"env-ignored"_s);
    QCOMPARE(finding.status, HygieneFinding::Status::Failed);
    const auto fixed = HygieneChecker::applyFix(git.path(), finding);
    QVERIFY(!fixed.has_value());
    QVERIFY2(fixed.error().contains(u"symbolic link"_s), qPrintable(fixed.error()));
    QCOMPARE(readFile(git.filePath(u"shared-ignore"_s)), QByteArray("node_modules/\n"));
}

void TestHygieneChecker::trackedEnvAndUntrackFix()
{
    const TempGitRepo git;
    QVERIFY(writeEnv(git));
    QVERIFY(writeEnv(git, u".env.local"_s));
    QVERIFY(git.writeFile(u"src/.env"_s, "X=1\n")); // another folder's .env is not this check's business
    const QString commit = git.commitAll(u"add env"_s);
    QVERIFY(!commit.isEmpty());
    QVERIFY(fullGitignore(git));

    const HygieneReport report = HygieneChecker::check(git.path());
    const QList<HygieneFinding> tracked = findingsWithId(report, u"env-not-tracked"_s);
    QCOMPARE(tracked.size(), 2);
    QCOMPARE(tracked.at(0).path, u".env"_s);
    QCOMPARE(tracked.at(1).path, u".env.local"_s);
    for (const HygieneFinding &finding : tracked) {
        QCOMPARE(finding.status, HygieneFinding::Status::Failed);
        QCOMPARE(finding.severity, HygieneFinding::Severity::Error);
        QCOMPARE(finding.fix, HygieneFinding::Fix::UntrackFile);
        QVERIFY(finding.fixDescription.contains(u"git rm --cached -- "_s + finding.path));
    }
    // The rules cover .env even though git check-ignore says "not ignored" for the tracked file.
    QCOMPARE(single(report, u"env-ignored"_s).status, HygieneFinding::Status::Passed);
    const HygieneFinding history = single(report, u"env-in-history"_s);
    QCOMPARE(history.status, HygieneFinding::Status::Failed);
    QVERIFY2(history.message.contains(commit.left(7)), qPrintable(history.message));

    for (const HygieneFinding &finding : tracked) {
        const auto fixed = HygieneChecker::applyFix(git.path(), finding);
        QVERIFY2(fixed.has_value(), qPrintable(errorOf(fixed)));
    }
    QCOMPARE(git.run({u"ls-files"_s, u"--"_s, u".env"_s, u".env.local"_s}).out, QByteArray());
    QVERIFY(QFile::exists(git.filePath(u".env"_s)));
    const HygieneReport after = HygieneChecker::check(git.path());
    QCOMPARE(single(after, u"env-not-tracked"_s).status, HygieneFinding::Status::Passed);
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u".env"_s}).exitCode, 0);
}

void TestHygieneChecker::historyOnly()
{
    const TempGitRepo git;
    QVERIFY(writeEnv(git));
    const QString added = git.commitAll(u"oops"_s);
    QVERIFY(git.runOk({u"rm"_s, u"-q"_s, u"--cached"_s, u"--"_s, u".env"_s}));
    QVERIFY(fullGitignore(git));
    const QString removed = git.commitAll(u"untrack"_s);
    QVERIFY(!added.isEmpty() && !removed.isEmpty());

    const HygieneReport report = HygieneChecker::check(git.path());
    QCOMPARE(single(report, u"env-not-tracked"_s).status, HygieneFinding::Status::Passed);
    const HygieneFinding history = single(report, u"env-in-history"_s);
    QCOMPARE(history.status, HygieneFinding::Status::Failed);
    QCOMPARE(history.severity, HygieneFinding::Severity::Error);
    QCOMPARE(history.fix, HygieneFinding::Fix::None);
    QVERIFY2(history.message.contains(removed.left(7) + u", "_s + added.left(7)),
             qPrintable(history.message));
    QVERIFY(history.fixDescription.contains(u"Rotate"_s));
    QVERIFY(history.fixDescription.contains(u"git filter-repo --invert-paths --path .env"_s));
    QVERIFY(history.fixDescription.contains(u"force-push"_s));
}

/// A shallow clone lacks the commit that added .env: "no commit contains it" would be false assurance,
/// so the check warns that older commits were not fetched (and the full clone still reports the commit).
void TestHygieneChecker::historyOfShallowClone()
{
    const TempGitRepo origin;
    QVERIFY(writeEnv(origin));
    QVERIFY(!origin.commitAll(u"oops"_s).isEmpty());
    QVERIFY(origin.runOk({u"rm"_s, u"-q"_s, u"--cached"_s, u"--"_s, u".env"_s}));
    QVERIFY(fullGitignore(origin));
    QVERIFY(!origin.commitAll(u"untrack"_s).isEmpty());
    QCOMPARE(single(HygieneChecker::check(origin.path()), u"env-in-history"_s).status,
             HygieneFinding::Status::Failed);

    const TempGitRepo holder;
    QVERIFY(holder.runOk({u"-c"_s, u"protocol.file.allow=always"_s, u"clone"_s, u"-q"_s, u"--depth"_s, u"1"_s,
                          u"file://"_s + origin.path(), u"shallow"_s}));
    const HygieneFinding history =
        single(HygieneChecker::check(holder.filePath(u"shallow"_s)), u"env-in-history"_s);
    QCOMPARE(history.status, HygieneFinding::Status::Failed);
    QCOMPARE(history.severity, HygieneFinding::Severity::Warning);
    QVERIFY2(history.message.contains(u"shallow clone"_s), qPrintable(history.message));
    QVERIFY2(history.fixDescription.contains(u"git fetch --unshallow"_s), qPrintable(history.fixDescription));
}

void TestHygieneChecker::historyListsAtMostFiveCommits()
{
    const TempGitRepo git;
    QVERIFY(fullGitignore(git));
    for (int i = 0; i < 7; ++i) {
        QVERIFY(git.writeFile(u".env.production.local"_s, QByteArray::number(i)));
        QVERIFY(!git.commitAll(u"commit %1"_s.arg(i), true).isEmpty());
    }
    const HygieneFinding history = single(HygieneChecker::check(git.path()), u"env-in-history"_s);
    QCOMPARE(history.status, HygieneFinding::Status::Failed);
    QVERIFY2(history.message.contains(u"7 commit"_s), qPrintable(history.message));
    QVERIFY2(history.message.contains(u"and 2 more"_s), qPrintable(history.message));
}

void TestHygieneChecker::repositoryWithoutCommits()
{
    const TempGitRepo git;
    QVERIFY(fullGitignore(git));
    QVERIFY(writeEnv(git));
    QVERIFY(git.writeFile(u".envrc"_s, "dotenv\n"));
    QVERIFY(installGuard(git));
    const HygieneReport report = HygieneChecker::check(git.path());
    for (const HygieneFinding &finding : report.findings())
        QVERIFY2(finding.status == HygieneFinding::Status::Passed,
                 qPrintable(finding.id + u": "_s + finding.message));
}

void TestHygieneChecker::mode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("passes");
    QTest::newRow("0600") << 0600 << true;
    QTest::newRow("0400") << 0400 << true;
    QTest::newRow("0700") << 0700 << true;
    QTest::newRow("0640") << 0640 << false;
    QTest::newRow("0604") << 0604 << false;
    QTest::newRow("0620") << 0620 << false;
    QTest::newRow("0644") << 0644 << false;
    QTest::newRow("0666") << 0666 << false;
}

void TestHygieneChecker::mode()
{
    QFETCH(int, mode);
    QFETCH(bool, passes);
    const TempGitRepo git;
    QVERIFY(writeEnv(git, u".env"_s, mode));
    const HygieneFinding finding = single(HygieneChecker::check(git.path()), u"env-mode"_s);
    const QString modeText = u"0"_s + QString::number(mode, 8);
    QVERIFY2(finding.message.contains(modeText), qPrintable(finding.message));
    if (passes) {
        QCOMPARE(finding.status, HygieneFinding::Status::Passed);
    } else {
        QCOMPARE(finding.status, HygieneFinding::Status::Failed);
        QCOMPARE(finding.severity, HygieneFinding::Severity::Error);
        QCOMPARE(finding.fix, HygieneFinding::Fix::RestrictMode);
    }
}

void TestHygieneChecker::restrictModeFix()
{
    const TempGitRepo git;
    QVERIFY(writeEnv(git, u".env"_s, 0664));
    const HygieneFinding finding = single(HygieneChecker::check(git.path()), u"env-mode"_s);
    QVERIFY(HygieneChecker::applyFix(git.path(), finding).has_value());
    const QFileDevice::Permissions ownerGroupOther = QFileDevice::Permissions::fromInt(0x7077);
    QCOMPARE(QFile::permissions(git.filePath(u".env"_s)) & ownerGroupOther,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(git.filePath(u".env"_s));
    QVERIFY(!HygieneChecker::applyFix(git.path(), finding).has_value());
}

void TestHygieneChecker::subfolderAsRoot()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u"app/.gitignore"_s, ".env\n"));
    QVERIFY(writeEnv(git, u"app/.env"_s));
    const HygieneReport report = HygieneChecker::check(git.filePath(u"app"_s));
    const HygieneFinding ignored = single(report, u"env-ignored"_s);
    QCOMPARE(ignored.path, u"app/.env"_s);
    QCOMPARE(ignored.status, HygieneFinding::Status::Failed); // .env.local etc. are missing
    QCOMPARE(single(report, u"env-mode"_s).status, HygieneFinding::Status::Passed);
    QVERIFY(HygieneChecker::applyFix(git.filePath(u"app"_s), ignored).has_value());
    QVERIFY(readFile(git.filePath(u"app/.gitignore"_s)).startsWith(".env\n\n# Local secrets"));
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u"app/.env.development.local"_s}).exitCode, 0);
}

void TestHygieneChecker::noSecretValueInOutput()
{
    const TempGitRepo git;
    QVERIFY(writeEnv(git, u".env"_s, 0644));
    QVERIFY(!git.commitAll(u"leak"_s).isEmpty());
    const HygieneReport report = HygieneChecker::check(git.path());
    QVERIFY(report.hasErrors());
    const QString text = report.toText();
    const QByteArray json = report.toJson();
    QVERIFY(!text.contains(QString::fromLatin1(kSecretValue)));
    QVERIFY(!json.contains(kSecretValue));
    QVERIFY(!json.contains(kSecretValue.left(12)));
    for (const HygieneFinding &finding : report.findings()) {
        QVERIFY(!finding.message.contains(u"sk_live"_s));
        QVERIFY(!finding.fixDescription.contains(u"sk_live"_s));
    }
    // The text names each failed check with its severity tag.
    QVERIFY2(text.contains(u"[error] env-not-tracked: "_s), qPrintable(text));
    QVERIFY2(text.contains(u"[error] env-mode: "_s), qPrintable(text));
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    QCOMPARE(array.size(), report.findings().size());
}

void TestHygieneChecker::fixNoneIsAnError()
{
    const TempGitRepo git;
    HygieneFinding finding;
    finding.id = u"env-in-history"_s;
    finding.fixDescription = u"Rotate."_s;
    const auto result = HygieneChecker::applyFix(git.path(), finding);
    QVERIFY(!result.has_value());
    QVERIFY(result.error().contains(u"no automatic fix"_s));
    // Paths that escape the repository are refused.
    finding.fix = HygieneFinding::Fix::RestrictMode;
    finding.path = u"../outside"_s;
    QVERIFY(!HygieneChecker::applyFix(git.path(), finding).has_value());
}

void TestHygieneChecker::commitGuardMissingAndFix()
{
    const TempGitRepo git;
    QVERIFY(fullGitignore(git));
    const HygieneFinding missing = single(HygieneChecker::check(git.path()), u"commit-guard"_s);
    QCOMPARE(missing.status, HygieneFinding::Status::Failed);
    QCOMPARE(missing.severity, HygieneFinding::Severity::Warning);
    QCOMPARE(missing.fix, HygieneFinding::Fix::InstallHook);
    QCOMPARE(HygieneFinding::fixName(missing.fix), u"install-hook"_s);
    QVERIFY2(missing.fixDescription.contains(u"envsmith install-hook"_s), qPrintable(missing.fixDescription));
    QVERIFY2(missing.fixDescription.contains(u".git/hooks/pre-commit"_s), qPrintable(missing.fixDescription));
    QVERIFY(!HygieneChecker::check(git.path()).hasErrors()); // a warning, not an error

    const QString binary = u"/opt/envsmith/bin/envsmith"_s;
    const auto fixed = HygieneChecker::applyFix(git.path(), missing, binary);
    QVERIFY2(fixed.has_value(), qPrintable(errorOf(fixed)));
    const QByteArray hook = TestFiles::readFile(git.filePath(u".git/hooks/pre-commit"_s));
    QVERIFY(CommitGuardInstaller::isOurHook(hook));
    QVERIFY2(hook.contains("'" + binary.toUtf8() + "'"), hook.constData());
    const HygieneFinding passed = single(HygieneChecker::check(git.path()), u"commit-guard"_s);
    QCOMPARE(passed.status, HygieneFinding::Status::Passed);
    QVERIFY2(passed.message.contains(u".git/hooks/pre-commit"_s), qPrintable(passed.message));
    // Applying it again only refreshes the hook.
    QVERIFY(HygieneChecker::applyFix(git.path(), missing, binary).has_value());
    QVERIFY(!QFileInfo::exists(git.filePath(u".git/hooks/pre-commit.envsmith-chained"_s)));
}

void TestHygieneChecker::commitGuardHonoursHooksPath()
{
    // A hook in .git/hooks does not guard anything once core.hooksPath points elsewhere.
    const TempGitRepo git;
    QVERIFY(installGuard(git));
    QCOMPARE(single(HygieneChecker::check(git.path()), u"commit-guard"_s).status,
             HygieneFinding::Status::Passed);
    QVERIFY(git.runOk({u"config"_s, u"core.hooksPath"_s, u".githooks"_s}));
    const HygieneFinding missing = single(HygieneChecker::check(git.path()), u"commit-guard"_s);
    QCOMPARE(missing.status, HygieneFinding::Status::Failed);
    QVERIFY2(missing.fixDescription.contains(u".githooks/pre-commit"_s), qPrintable(missing.fixDescription));
    QVERIFY(HygieneChecker::applyFix(git.path(), missing, u"/opt/envsmith"_s).has_value());
    QVERIFY(CommitGuardInstaller::isOurHook(TestFiles::readFile(git.filePath(u".githooks/pre-commit"_s))));
    QCOMPARE(single(HygieneChecker::check(git.path()), u"commit-guard"_s).status,
             HygieneFinding::Status::Passed);
}

void TestHygieneChecker::foreignHookIsNoGuard()
{
    const TempGitRepo git;
    const QString hookPath = git.filePath(u".git/hooks/pre-commit"_s);
    QVERIFY(QDir().mkpath(QFileInfo(hookPath).absolutePath()));
    const QByteArray foreign = "#!/bin/sh\nexit 0\n";
    QVERIFY(TestFiles::writeFile(hookPath, foreign));
    const HygieneFinding missing = single(HygieneChecker::check(git.path()), u"commit-guard"_s);
    QCOMPARE(missing.status, HygieneFinding::Status::Failed);
    QVERIFY(HygieneChecker::applyFix(git.path(), missing, u"/opt/envsmith"_s).has_value());
    // The foreign hook is kept (chained), ours is in place.
    QCOMPARE(TestFiles::readFile(git.filePath(u".git/hooks/pre-commit.envsmith-chained"_s)), foreign);
    QCOMPARE(single(HygieneChecker::check(git.path()), u"commit-guard"_s).status,
             HygieneFinding::Status::Passed);
}

void TestHygieneChecker::envrc_data()
{
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("gitignore"); // empty: no .gitignore
    QTest::addColumn<QByteArray>("exclude");   // .git/info/exclude
    QTest::addColumn<int>("status");

    const int passed = int(HygieneFinding::Status::Passed);
    const int failed = int(HygieneFinding::Status::Failed);
    const int na = int(HygieneFinding::Status::NotApplicable);
    QTest::newRow("absent") << false << QByteArray() << QByteArray() << na;
    QTest::newRow("absent, not ignored") << false << QByteArray(".env\n") << QByteArray() << na;
    QTest::newRow("no .gitignore") << true << QByteArray() << QByteArray() << failed;
    QTest::newRow("only .env ignored") << true << QByteArray(".env\n") << QByteArray() << failed;
    QTest::newRow(".env* covers it") << true << QByteArray(".env*\n") << QByteArray() << passed;
    QTest::newRow("ignored") << true << QByteArray(".envrc\n") << QByteArray() << passed;
    QTest::newRow("anchored") << true << QByteArray("/.envrc\n") << QByteArray() << passed;
    QTest::newRow("dotfiles glob") << true << QByteArray(".*\n") << QByteArray() << passed;
    QTest::newRow("negated") << true << QByteArray(".*\n!.envrc\n") << QByteArray() << failed;
    QTest::newRow("info/exclude") << true << QByteArray() << QByteArray(".envrc\n") << passed;
}

void TestHygieneChecker::envrc()
{
    QFETCH(bool, present);
    QFETCH(QByteArray, gitignore);
    QFETCH(QByteArray, exclude);
    QFETCH(int, status);
    const TempGitRepo git;
    if (present)
        QVERIFY(git.writeFile(u".envrc"_s, "export API_KEY=" + kSecretValue + '\n'));
    if (!gitignore.isEmpty())
        QVERIFY(git.writeFile(u".gitignore"_s, gitignore));
    if (!exclude.isEmpty())
        QVERIFY(git.writeFile(u".git/info/exclude"_s, exclude));
    const HygieneFinding finding = single(HygieneChecker::check(git.path()), u"envrc-ignored"_s);
    QCOMPARE(finding.id, u"envrc-ignored"_s);
    QCOMPARE(int(finding.status), status);
    QCOMPARE(finding.path, u".envrc"_s);
    QVERIFY(!finding.message.contains(u"sk_live"_s));
    // git itself agrees (check-ignore exits 0 when ignored).
    if (present)
        QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u".envrc"_s}).exitCode == 0,
                 status == int(HygieneFinding::Status::Passed));
    if (finding.status == HygieneFinding::Status::Failed) {
        QCOMPARE(finding.severity, HygieneFinding::Severity::Warning);
        QCOMPARE(finding.fix, HygieneFinding::Fix::AddToGitignore);
        QVERIFY2(finding.fixDescription.contains(u"`.envrc`"_s), qPrintable(finding.fixDescription));
        if (gitignore.contains("!.envrc"))
            QVERIFY2(finding.message.contains(u"`!.envrc`"_s), qPrintable(finding.message));
    }
}

void TestHygieneChecker::envrcFix()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".gitignore"_s, "node_modules/\n.env")); // no final newline
    QVERIFY(git.writeFile(u".envrc"_s, "dotenv\n"));
    const HygieneFinding finding = single(HygieneChecker::check(git.path()), u"envrc-ignored"_s);
    QCOMPARE(finding.status, HygieneFinding::Status::Failed);
    const auto fixed = HygieneChecker::applyFix(git.path(), finding);
    QVERIFY2(fixed.has_value(), qPrintable(errorOf(fixed)));
    const QByteArray after = TestFiles::readFile(git.filePath(u".gitignore"_s));
    QVERIFY2(after.startsWith("node_modules/\n.env\n"), after.constData());
    QVERIFY2(after.endsWith("\n.envrc\n"), after.constData());
    QCOMPARE(after.count(".envrc"), 1);
    QCOMPARE(git.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u".envrc"_s}).exitCode, 0);
    QCOMPARE(single(HygieneChecker::check(git.path()), u"envrc-ignored"_s).status,
             HygieneFinding::Status::Passed);
    // The env file's own rules were not touched by this fix.
    QCOMPARE(single(HygieneChecker::check(git.path()), u"env-ignored"_s).status,
             HygieneFinding::Status::Failed);

    // A project in a subfolder whose .gitignore re-includes `.envrc`.
    const TempGitRepo negated;
    QVERIFY(negated.writeFile(u"app/.gitignore"_s, "!.envrc\n"));
    QVERIFY(negated.writeFile(u"app/.envrc"_s, "dotenv\n"));
    HygieneFinding nested = single(HygieneChecker::check(negated.filePath(u"app"_s)), u"envrc-ignored"_s);
    QCOMPARE(nested.path, u"app/.envrc"_s);
    QCOMPARE(nested.status, HygieneFinding::Status::Failed);
    // Written beside it, in app/.gitignore, the line wins over `!.envrc`.
    QVERIFY(HygieneChecker::applyFix(negated.path(), nested).has_value());
    QCOMPARE(TestFiles::readFile(negated.filePath(u"app/.gitignore"_s)), QByteArray("!.envrc\n\n.envrc\n"));
    QCOMPARE(negated.run({u"check-ignore"_s, u"-q"_s, u"--"_s, u"app/.envrc"_s}).exitCode, 0);

    // A finding whose path is not a .envrc is refused.
    nested.path = u"app/.gitignore"_s;
    QVERIFY(!HygieneChecker::applyFix(negated.path(), nested).has_value());
}

void TestHygieneChecker::envrcInSubfolderProject()
{
    const TempGitRepo git;
    QVERIFY(git.writeFile(u".envrc"_s, "use nix\n")); // the top folder's is not this project's
    QVERIFY(git.writeFile(u"app/.envrc"_s, "dotenv\n"));
    QVERIFY(git.writeFile(u"app/.gitignore"_s, ".envrc\n"));
    const HygieneFinding finding = single(HygieneChecker::check(git.filePath(u"app"_s)), u"envrc-ignored"_s);
    QCOMPARE(finding.path, u"app/.envrc"_s);
    QCOMPARE(finding.status, HygieneFinding::Status::Passed);
}

void TestHygieneChecker::trackedEnvrcIsAWarning()
{
    const TempGitRepo git;
    QVERIFY(fullGitignore(git));
    QVERIFY(git.writeFile(u".envrc"_s, "dotenv\n"));
    QVERIFY(!git.commitAll(u"envrc"_s, true).isEmpty());
    const HygieneReport report = HygieneChecker::check(git.path());
    const QList<HygieneFinding> tracked = findingsWithId(report, u"env-not-tracked"_s);
    QCOMPARE(tracked.size(), 1);
    QCOMPARE(tracked.first().path, u".envrc"_s);
    QCOMPARE(tracked.first().status, HygieneFinding::Status::Failed);
    QCOMPARE(tracked.first().severity, HygieneFinding::Severity::Warning);
    QCOMPARE(tracked.first().fix, HygieneFinding::Fix::UntrackFile);
    // The rules cover it (git's index does not count): that check passes.
    QCOMPARE(single(report, u"envrc-ignored"_s).status, HygieneFinding::Status::Passed);
    QVERIFY(HygieneChecker::applyFix(git.path(), tracked.first()).has_value());
    QCOMPARE(git.run({u"ls-files"_s, u"--"_s, u".envrc"_s}).out, QByteArray());
    QCOMPARE(single(HygieneChecker::check(git.path()), u"env-not-tracked"_s).status,
             HygieneFinding::Status::Passed);
}

QTEST_GUILESS_MAIN(TestHygieneChecker)
#include "tst_hygienechecker.moc"

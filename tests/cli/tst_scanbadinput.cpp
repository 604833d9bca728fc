#include "EnvsmithRun.h"
#include "PlantedSecrets.h"
#include "TempGitRepo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

EnvsmithRun scan(const QString &repo, const QStringList &extra = {})
{
    return EnvsmithRun::run(QStringList{u"scan"_s, u"--repo"_s, repo, u"--no-keychain"_s} + extra);
}

/// A line with a GitHub token (made at run time) and the token.
PlantedSecrets::Sample githubSample(quint32 seed)
{
    for (const PlantedSecrets::Sample &sample : PlantedSecrets::truePositives(seed))
        if (sample.rule == u"github-token"_s)
            return sample;
    return {};
}

/// `file:line:rule` of every finding of a JSON report, sorted; "not JSON" when it is not one.
QStringList jsonFindings(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {u"not JSON: "_s + error.errorString()};
    QStringList listed;
    for (const QJsonValue &value : document.object().value(u"findings"_s).toArray()) {
        const QJsonObject finding = value.toObject();
        listed.append(u"%1:%2:%3"_s.arg(finding.value(u"file"_s).toString())
                          .arg(finding.value(u"line"_s).toInt())
                          .arg(finding.value(u"rule"_s).toString()));
    }
    listed.sort();
    return listed;
}

QString describe(const EnvsmithRun &run)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

bool leaks(const EnvsmithRun &run, const QByteArray &secret)
{
    return run.out.contains(secret) || run.err.contains(secret);
}

} // namespace

/// Issue 6 §Bad input, through the real `envsmith scan`: a shallow clone, a repository without commits, a
/// bare repository, submodules, a malformed `.gitleaks.toml`, invalid UTF-8 in content and file names, a
/// malformed `.gitignore`. Each is handled with a clear message and a documented exit code, never a crash,
/// and no secret is ever printed.
class TestScanBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shallowClone();
    void noCommits();
    void bareRepository();
    void bareRepositoryCommittedSettingsThatAreNoFile();
    void repoIsAFile();
    void symlinkTargetIsContent();
    void submodules();
    void malformedGitleaksToml_data();
    void malformedGitleaksToml();
    void invalidUtf8ContentAndNames();
    void malformedGitignore();
    void gitignoreThatIsNoFile();
    void configThatIsNoFile_data();
    void configThatIsNoFile();
    void failureStillPrintsADocument();
    void controlCharactersInNamesAreEscaped();
};

void TestScanBadInput::shallowClone()
{
    const auto old = githubSample(1);
    const auto current = githubSample(2);
    TempGitRepo origin;
    QVERIFY(origin.isValid());
    QVERIFY(origin.writeFile(u"old.txt"_s, old.text + '\n'));
    QVERIFY(!origin.commitAll(u"old"_s).isEmpty());
    QVERIFY(origin.runOk({u"rm"_s, u"-q"_s, u"old.txt"_s}));
    QVERIFY(origin.writeFile(u"current.txt"_s, current.text + '\n'));
    const QString head = origin.commitAll(u"current"_s);
    QVERIFY(!head.isEmpty());

    TempGitRepo holder;
    QVERIFY(holder.isValid());
    QVERIFY(holder.runOk({u"-c"_s, u"protocol.file.allow=always"_s, u"clone"_s, u"-q"_s, u"--depth"_s, u"1"_s,
                          u"file://"_s + origin.path(), u"clone"_s}));
    const QString clone = holder.filePath(u"clone"_s);
    const TempGitRepo::Result shallow =
        holder.run({u"-C"_s, clone, u"rev-parse"_s, u"--is-shallow-repository"_s});
    QCOMPARE(shallow.out.trimmed(), QByteArray("true"));

    const EnvsmithRun history = scan(clone, {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(history.exitCode == 1, qPrintable(describe(history)));
    // The commit the clone holds is scanned, with its hash; the older one is not there to scan.
    QCOMPARE(jsonFindings(history.out), QStringList{u"current.txt:1:github-token"_s});
    QVERIFY(history.out.contains(head.toUtf8()));
    QVERIFY(!leaks(history, current.secret));
    // A shallow history is incomplete: the user is told that older commits were not scanned.
    QVERIFY2(history.err.contains("shallow clone") && history.err.contains("git fetch --unshallow"),
             qPrintable(describe(history)));
    QVERIFY(history.out.contains("\"complete\": false"));
    const EnvsmithRun text = scan(clone, {u"--history"_s});
    QVERIFY2(text.out.contains("shallow clone"), qPrintable(describe(text)));

    const EnvsmithRun tree = scan(clone, {u"--format"_s, u"json"_s});
    QVERIFY2(tree.exitCode == 1, qPrintable(describe(tree)));
    QCOMPARE(jsonFindings(tree.out), QStringList{u"current.txt:1:github-token"_s});
}

void TestScanBadInput::noCommits()
{
    const auto sample = githubSample(3);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    for (const QStringList &mode : {QStringList(), QStringList{u"--history"_s}, QStringList{u"--staged"_s}}) {
        const EnvsmithRun run = scan(repo.path(), mode + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(mode.join(u' ') + u'\n' + describe(run)));
        QCOMPARE(jsonFindings(run.out), QStringList());
    }
    // An untracked file in a repository without commits is part of the working tree, not of history.
    QVERIFY(repo.writeFile(u"new.txt"_s, sample.text + '\n'));
    const EnvsmithRun tree = scan(repo.path(), {u"--format"_s, u"json"_s});
    QVERIFY2(tree.exitCode == 1, qPrintable(describe(tree)));
    QCOMPARE(jsonFindings(tree.out), QStringList{u"new.txt:1:github-token"_s});
    const EnvsmithRun history = scan(repo.path(), {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(history.exitCode == 0, qPrintable(describe(history)));
    QCOMPARE(jsonFindings(history.out), QStringList());
    // Staged before the first commit.
    QVERIFY(repo.runOk({u"add"_s, u"new.txt"_s}));
    const EnvsmithRun staged = scan(repo.path(), {u"--staged"_s, u"--format"_s, u"json"_s});
    QVERIFY2(staged.exitCode == 1, qPrintable(describe(staged)));
    QCOMPARE(jsonFindings(staged.out), QStringList{u"new.txt:1:github-token"_s});
    QVERIFY(!leaks(tree, sample.secret) && !leaks(staged, sample.secret));
}

void TestScanBadInput::bareRepository()
{
    // No working tree: the tree and the index cannot be scanned, and the message says what can.
    TempGitRepo empty(true);
    QVERIFY(empty.isValid());
    for (const QStringList &mode : {QStringList(), QStringList{u"--staged"_s}}) {
        const EnvsmithRun run = scan(empty.path(), mode);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.err.contains("bare") && run.err.contains("--history"), qPrintable(describe(run)));
        QVERIFY(run.out.isEmpty());
    }
    const EnvsmithRun none = scan(empty.path(), {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(none.exitCode == 0, qPrintable(describe(none)));
    QCOMPARE(jsonFindings(none.out), QStringList());

    // History needs none: a bare clone's history is scanned like its origin's.
    const auto sample = githubSample(6);
    TempGitRepo origin;
    QVERIFY(origin.isValid());
    QVERIFY(origin.writeFile(u"config.txt"_s, sample.text + '\n'));
    const QString commit = origin.commitAll(u"secret"_s);
    QVERIFY(!commit.isEmpty());
    QVERIFY(origin.runOk({u"rm"_s, u"-q"_s, u"config.txt"_s}));
    QVERIFY(!origin.commitAll(u"removed"_s).isEmpty());
    TempGitRepo holder;
    QVERIFY(holder.isValid());
    QVERIFY(holder.runOk({u"clone"_s, u"-q"_s, u"--bare"_s, origin.path(), u"mirror.git"_s}));
    const EnvsmithRun history =
        scan(holder.filePath(u"mirror.git"_s), {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(history.exitCode == 1, qPrintable(describe(history)));
    QCOMPARE(jsonFindings(history.out), QStringList{u"config.txt:1:github-token"_s});
    QVERIFY(history.out.contains(commit.toUtf8()));
    QVERIFY(!leaks(history, sample.secret));

    // The repository's own .gitleaksignore and .gitleaks.toml are read from its last commit, as a bare
    // repository has no working files: the ignored finding stays ignored, the custom rule applies.
    QVERIFY(origin.writeFile(u".gitleaksignore"_s, commit.toUtf8() + ":config.txt:github-token:1\n"));
    QVERIFY(origin.writeFile(
        u".gitleaks.toml"_s,
        "[extend]\nuseDefault = true\n[[rules]]\nid = \"team-marker\"\nregex = '''TEAMKEY_[0-9]{8}'''\n"
        "keywords = [\"teamkey_\"]\n"));
    QVERIFY(origin.writeFile(u"notes.txt"_s, "TEAMKEY_" + QByteArray::number(20261130) + '\n'));
    QVERIFY(!origin.commitAll(u"allowlist and team rule"_s).isEmpty());
    QVERIFY(holder.runOk({u"clone"_s, u"-q"_s, u"--bare"_s, origin.path(), u"mirror2.git"_s}));
    const EnvsmithRun configured =
        scan(holder.filePath(u"mirror2.git"_s), {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(configured.exitCode == 1, qPrintable(describe(configured)));
    QCOMPARE(jsonFindings(configured.out), QStringList{u"notes.txt:1:team-marker"_s});

    // A server repository made with another default branch than the one pushed: HEAD names a branch that
    // does not exist, and the settings come from the newest branch instead of being skipped.
    QVERIFY(holder.runOk(
        {u"-c"_s, u"init.defaultBranch=master"_s, u"init"_s, u"-q"_s, u"--bare"_s, u"server.git"_s}));
    QVERIFY(origin.runOk({u"push"_s, u"-q"_s, holder.filePath(u"server.git"_s), u"main"_s}));
    const EnvsmithRun server =
        scan(holder.filePath(u"server.git"_s), {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(server.exitCode == 1, qPrintable(describe(server)));
    QCOMPARE(jsonFindings(server.out), QStringList{u"notes.txt:1:team-marker"_s});
}

void TestScanBadInput::bareRepositoryCommittedSettingsThatAreNoFile()
{
    // As the working-tree scan follows a symbolic link, a bare repository follows one committed inside the
    // commit; a committed folder is an error, as a folder in the working tree is.
    TempGitRepo origin;
    QVERIFY(origin.isValid());
    QVERIFY(origin.writeFile(u"rules/team.toml"_s,
                             "[extend]\nuseDefault = true\n[[rules]]\nid = \"team-marker\"\n"
                             "regex = '''TEAMKEY_[0-9]{8}'''\nkeywords = [\"teamkey_\"]\n"));
    QVERIFY(QFile::link(u"rules/team.toml"_s, origin.filePath(u".gitleaks.toml"_s)));
    QVERIFY(origin.writeFile(u"notes.txt"_s, "TEAMKEY_" + QByteArray::number(20261130) + '\n'));
    QVERIFY(!origin.commitAll(u"linked rules"_s).isEmpty());
    TempGitRepo holder;
    QVERIFY(holder.isValid());
    QVERIFY(holder.runOk({u"clone"_s, u"-q"_s, u"--bare"_s, origin.path(), u"linked.git"_s}));
    const EnvsmithRun linked =
        scan(holder.filePath(u"linked.git"_s), {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(linked.exitCode == 1, qPrintable(describe(linked)));
    QCOMPARE(jsonFindings(linked.out), QStringList{u"notes.txt:1:team-marker"_s});

    QVERIFY(origin.writeFile(u".gitleaksignore/README"_s, "not a fingerprint list\n"));
    QVERIFY(!origin.commitAll(u"ignore folder"_s).isEmpty());
    QVERIFY(holder.runOk({u"clone"_s, u"-q"_s, u"--bare"_s, origin.path(), u"folder.git"_s}));
    const EnvsmithRun folder = scan(holder.filePath(u"folder.git"_s), {u"--history"_s});
    QVERIFY2(folder.exitCode == 3, qPrintable(describe(folder)));
    QVERIFY2(folder.err.contains(".gitleaksignore") && folder.err.contains("not a file"),
             qPrintable(describe(folder)));
}

void TestScanBadInput::repoIsAFile()
{
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u"README"_s, "hello\n"));
    for (const QStringList &mode : {QStringList(), QStringList{u"--history"_s}, QStringList{u"--staged"_s}}) {
        const EnvsmithRun run = scan(repo.filePath(u"README"_s), mode);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.err.contains("is a file"), qPrintable(describe(run)));
    }
}

/// git commits a symbolic link as a blob holding its target's path: a secret there is found by the tree
/// scan too (it was found only in the index and in history), and the link is never followed.
void TestScanBadInput::symlinkTargetIsContent()
{
    const auto sample = githubSample(7);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u"outside.txt"_s, "nothing here\n"));
    const QByteArray target = QByteArray("tokens/") + sample.secret;
    QVERIFY(QFile::link(QString::fromUtf8(target), repo.filePath(u"link"_s)));
    QVERIFY(QFile::link(repo.filePath(u"outside.txt"_s), repo.filePath(u"follow"_s)));
    QVERIFY(repo.runOk({u"add"_s, u"-A"_s}));
    for (const QStringList &mode : {QStringList(), QStringList{u"--staged"_s}}) {
        const EnvsmithRun run = scan(repo.path(), mode + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QCOMPARE(jsonFindings(run.out), QStringList{u"link:1:github-token"_s});
        QVERIFY(!leaks(run, sample.secret));
    }
    QVERIFY(!repo.commitAll(u"links"_s).isEmpty());
    const EnvsmithRun history = scan(repo.path(), {u"--history"_s, u"--format"_s, u"json"_s});
    QVERIFY2(history.exitCode == 1, qPrintable(describe(history)));
    QCOMPARE(jsonFindings(history.out), QStringList{u"link:1:github-token"_s});
}

void TestScanBadInput::submodules()
{
    const auto sample = githubSample(4);
    TempGitRepo inner;
    QVERIFY(inner.isValid());
    QVERIFY(inner.writeFile(u"lib.txt"_s, sample.text + '\n'));
    QVERIFY(!inner.commitAll(u"lib"_s).isEmpty());
    TempGitRepo outer;
    QVERIFY(outer.isValid());
    QVERIFY(outer.writeFile(u"app.txt"_s, "app\n"));
    QVERIFY(!outer.commitAll(u"app"_s).isEmpty());
    QVERIFY(outer.runOk({u"-c"_s, u"protocol.file.allow=always"_s, u"submodule"_s, u"add"_s, u"-q"_s,
                         inner.path(), u"vendor/lib"_s}));
    QVERIFY(!outer.commitAll(u"add submodule"_s).isEmpty());
    // A clone that did not initialise the submodule: the gitlink has no folder content.
    TempGitRepo holder;
    QVERIFY(holder.isValid());
    QVERIFY(holder.runOk(
        {u"-c"_s, u"protocol.file.allow=always"_s, u"clone"_s, u"-q"_s, outer.path(), u"clone"_s}));

    for (const QString &repo : {outer.path(), holder.filePath(u"clone"_s)}) {
        for (const QStringList &mode : {QStringList(), QStringList{u"--history"_s}}) {
            const EnvsmithRun run = scan(repo, mode + QStringList{u"--format"_s, u"json"_s});
            // The submodule is its own repository: skipped here, scanned there.
            QVERIFY2(run.exitCode == 0, qPrintable(repo + u' ' + mode.join(u' ') + u'\n' + describe(run)));
            QCOMPARE(jsonFindings(run.out), QStringList());
            if (!mode.isEmpty())
                continue;
            // ... and said: listed in the output, and noted on stderr.
            const QJsonObject document = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(document.value(u"nestedRepositories"_s).toArray(), QJsonArray{u"vendor/lib"_s});
            QVERIFY2(run.err.contains("--repo PATH"), qPrintable(describe(run)));
        }
    }
    // An untracked repository inside the working tree is listed the same way, and in the text output.
    QVERIFY(outer.runOk({u"init"_s, u"-q"_s, u"tools/nested"_s}));
    const EnvsmithRun text = scan(outer.path(), {});
    QVERIFY2(text.exitCode == 0, qPrintable(describe(text)));
    QVERIFY2(text.out.contains("\n  tools/nested") && text.out.contains("\n  vendor/lib"),
             qPrintable(describe(text)));
    const EnvsmithRun quiet = scan(outer.path(), {u"--quiet"_s});
    QVERIFY2(quiet.exitCode == 0 && quiet.out.isEmpty() && quiet.err.isEmpty(), qPrintable(describe(quiet)));
    // Not checked out in the clone: an empty folder of the parent, which must not be scanned in its place.
    const EnvsmithRun empty = scan(holder.filePath(u"clone/vendor/lib"_s), {});
    QVERIFY2(empty.exitCode == 3, qPrintable(describe(empty)));
    QVERIFY2(empty.err.contains("not checked out") &&
                 empty.err.contains("git submodule update --init vendor/lib"),
             qPrintable(describe(empty)));
    const EnvsmithRun own = scan(outer.filePath(u"vendor/lib"_s), {u"--format"_s, u"json"_s});
    QVERIFY2(own.exitCode == 1, qPrintable(describe(own)));
    QCOMPARE(jsonFindings(own.out), QStringList{u"lib.txt:1:github-token"_s});
    QVERIFY(!leaks(own, sample.secret));
}

void TestScanBadInput::malformedGitleaksToml_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<QString>("problem"); // what the message must name besides the file
    QTest::newRow("table header") << QByteArray("[[rules]\nid = \"x\"\n") << u"line 1"_s;
    QTest::newRow("unterminated string") << QByteArray("title = \"team\n[[rules]]\n") << u"line 1"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("title = \"t\xff\xfe\"\n") << u"line 1"_s;
    QTest::newRow("look-behind") << QByteArray("[[rules]]\nid = \"acme\"\nregex = '''(?<=a)b'''\n")
                                 << u"`acme`"_s;
    QTest::newRow("rule without id") << QByteArray("[[rules]]\nregex = 'a'\n") << u"`id`"_s;
    QTest::newRow("rules not a table array") << QByteArray("rules = 3\n") << u"rules"_s;
    QTest::newRow("bad allowlist regex")
        << QByteArray("[allowlist]\nregexes = ['''(unclosed''']\n") << u"allowlist"_s;
    QTest::newRow("extend file missing")
        << QByteArray("[extend]\npath = \"missing.toml\"\n") << u"missing.toml"_s;
    // Configurations that end with no rule would pass everything: refused, never a silent pass.
    QTest::newRow("empty file") << QByteArray() << u"no rules"_s;
    QTest::newRow("[[rule]] for [[rules]]")
        << QByteArray("[[rule]]\nid = \"x\"\nregex = 'a'\n") << u"no rules"_s;
    QTest::newRow("usedefault lower case") << QByteArray("[extend]\nusedefault = true\n") << u"no rules"_s;
    QTest::newRow("useDefault a string")
        << QByteArray("[extend]\nuseDefault = \"yes\"\n") << u"`useDefault`"_s;
}

void TestScanBadInput::malformedGitleaksToml()
{
    QFETCH(QByteArray, toml);
    QFETCH(QString, problem);
    const auto sample = githubSample(5);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u".gitleaks.toml"_s, toml));
    QVERIFY(repo.writeFile(u"a.txt"_s, sample.text + '\n'));
    for (const QStringList &mode : {QStringList(), QStringList{u"--history"_s}}) {
        const EnvsmithRun run = scan(repo.path(), mode);
        QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(".gitleaks.toml"), qPrintable(describe(run)));
        QVERIFY2(QString::fromUtf8(run.err).contains(problem), qPrintable(describe(run)));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!leaks(run, sample.secret));
    }
}

void TestScanBadInput::invalidUtf8ContentAndNames()
{
    const auto sample = githubSample(6);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    const QString root = repo.path();
    // File names are bytes to git; a name that is no UTF-8 cannot go through QString, so it is written
    // with the C library.
    const QByteArray latin1Name = QFile::encodeName(root) + "/n\xe4me-\xff.txt";
    // QTemporaryDir cannot remove a name QString cannot hold.
    const auto removeLatin1Name = qScopeGuard([&] { std::remove(latin1Name.constData()); });
    {
        const std::unique_ptr<std::FILE, int (*)(std::FILE *)> file(std::fopen(latin1Name.constData(), "wb"),
                                                                    &std::fclose);
        QVERIFY(file);
        const QByteArray content = "bad \xff\xfe bytes\n" + sample.text + "\n\xc3\x28 end\n";
        QCOMPARE(std::fwrite(content.constData(), 1, size_t(content.size()), file.get()),
                 size_t(content.size()));
    }
    QVERIFY(repo.writeFile(u"ok-\u00fc.txt"_s, "k: \xc0\xaf overlong\n" + sample.text + '\n'));
    QVERIFY(!repo.commitAll(u"names"_s).isEmpty());
    const TempGitRepo::Result listed = repo.run({u"-c"_s, u"core.quotePath=false"_s, u"ls-files"_s, u"-z"_s});
    QVERIFY2(listed.out.split('\0').contains("n\xe4me-\xff.txt"), listed.out.constData());

    for (const QStringList &mode : {QStringList(), QStringList{u"--history"_s}}) {
        const EnvsmithRun json = scan(root, mode + QStringList{u"--format"_s, u"json"_s});
        QVERIFY2(json.exitCode == 1, qPrintable(describe(json)));
        const QStringList findings = jsonFindings(json.out);
        // The valid name is kept, with the right line.
        QVERIFY2(findings.contains(u"ok-\u00fc.txt:2:github-token"_s), qPrintable(describe(json)));
        // The invalid one must be scanned too, and shown in a readable form.
        QVERIFY2(findings.size() == 2 && findings.filter(u"me-"_s).size() == 1 &&
                     findings.filter(u"me-"_s).first().endsWith(u".txt:2:github-token"_s),
                 qPrintable(describe(json)));
        QVERIFY(!leaks(json, sample.secret));

        const EnvsmithRun sarif = scan(root, mode + QStringList{u"--format"_s, u"sarif"_s});
        QVERIFY2(sarif.exitCode == 1, qPrintable(describe(sarif)));
        QJsonParseError error;
        QJsonDocument::fromJson(sarif.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(!leaks(sarif, sample.secret));

        const EnvsmithRun text = scan(root, mode);
        QVERIFY2(text.exitCode == 1, qPrintable(describe(text)));
        QVERIFY(!leaks(text, sample.secret));
    }
}

void TestScanBadInput::malformedGitignore()
{
    const auto sample = githubSample(7);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    // Lines git reads as nothing or as odd patterns, around one rule that must still apply.
    const QByteArray gitignore = QByteArray("[unclosed\n\\\n!\n\xff\xfe\n") + '\0' +
                                 QByteArray("nul\nsecret-*.txt\n  \n#c\n\\!x\ntrailing\\");
    QVERIFY(repo.writeFile(u".gitignore"_s, gitignore));
    QVERIFY(repo.writeFile(u"secret-1.txt"_s, sample.text + '\n'));
    QVERIFY(repo.writeFile(u"kept.txt"_s, sample.text + '\n'));
    const TempGitRepo::Result ignored =
        repo.run({u"check-ignore"_s, u"--no-index"_s, u"secret-1.txt"_s, u"kept.txt"_s});
    QCOMPARE(ignored.out.trimmed(), QByteArray("secret-1.txt")); // git's verdict is the truth

    const EnvsmithRun run = scan(repo.path(), {u"--format"_s, u"json"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QCOMPARE(jsonFindings(run.out), QStringList{u"kept.txt:1:github-token"_s});
    QVERIFY(!leaks(run, sample.secret));
}

void TestScanBadInput::gitignoreThatIsNoFile()
{
    const auto sample = githubSample(8);
    TempGitRepo folder;
    QVERIFY(folder.isValid());
    QVERIFY(folder.makeDir(u".gitignore/x"_s));
    QVERIFY(folder.writeFile(u"a.txt"_s, sample.text + '\n'));
    TempGitRepo device;
    QVERIFY(device.isValid());
    QVERIFY(QFile::link(u"/dev/zero"_s, device.filePath(u".gitignore"_s)));
    QVERIFY(device.writeFile(u"a.txt"_s, sample.text + '\n'));
    for (const TempGitRepo *repo : {&folder, &device}) {
        const EnvsmithRun run = scan(repo->path(), {u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QCOMPARE(jsonFindings(run.out), QStringList{u"a.txt:1:github-token"_s});
    }
}

void TestScanBadInput::configThatIsNoFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::newRow(".gitleaksignore to /dev/zero") << u".gitleaksignore"_s << u"device"_s;
    QTest::newRow(".gitleaksignore FIFO") << u".gitleaksignore"_s << u"fifo"_s;
    QTest::newRow(".gitleaks.toml FIFO") << u".gitleaks.toml"_s << u"fifo"_s;
    QTest::newRow("[extend] path to /dev/zero") << u".gitleaks.toml"_s << u"extend-device"_s;
    QTest::newRow("[extend] path to a FIFO") << u".gitleaks.toml"_s << u"extend-fifo"_s;
}

/// A cloned repository can hold a symlink to a device or a FIFO where a configuration file belongs: the
/// scan refuses it with a message naming it (exit 3) instead of reading forever or blocking.
void TestScanBadInput::configThatIsNoFile()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u"a.txt"_s, "hello\n"));
    const QString fifo = repo.filePath(u"pipe"_s);
    if (kind.endsWith(u"fifo"_s))
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    if (kind == u"device"_s)
        QVERIFY(QFile::link(u"/dev/zero"_s, repo.filePath(file)));
    else if (kind == u"fifo"_s)
        QVERIFY(QFile::rename(fifo, repo.filePath(file)));
    else
        QVERIFY(repo.writeFile(
            file, "[extend]\npath = \"" +
                      (kind == u"extend-fifo"_s ? fifo.toUtf8() : QByteArray("/dev/zero")) + "\"\n"));
    const EnvsmithRun run = scan(repo.path(), {});
    QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("not a regular file"), qPrintable(describe(run)));
}

/// A run that fails (here: not a repository) still prints a JSON error object or a SARIF log whose
/// invocation says it did not succeed, so a CI step reading the output never gets an empty file.
void TestScanBadInput::failureStillPrintsADocument()
{
    QTemporaryDir dir;
    const EnvsmithRun json = scan(dir.path(), {u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject error = QJsonDocument::fromJson(json.out).object();
    QVERIFY2(!error.value(u"error"_s).toString().isEmpty(), json.out.constData());
    QCOMPARE(error.value(u"complete"_s).toBool(true), false);
    const EnvsmithRun sarif = scan(dir.path(), {u"--format"_s, u"sarif"_s});
    QCOMPARE(sarif.exitCode, 3);
    const QJsonObject run =
        QJsonDocument::fromJson(sarif.out).object().value(u"runs"_s).toArray().at(0).toObject();
    const QJsonObject invocation = run.value(u"invocations"_s).toArray().at(0).toObject();
    QCOMPARE(invocation.value(u"executionSuccessful"_s).toBool(true), false);
    QCOMPARE(invocation.value(u"toolExecutionNotifications"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"level"_s)
                 .toString(),
             u"error"_s);
    QCOMPARE(run.value(u"results"_s).toArray().size(), 0);
}

/// A file name with an escape sequence or a line break cannot drive the terminal or fake a finding line in
/// the text output (JSON escapes them anyway).
void TestScanBadInput::controlCharactersInNamesAreEscaped()
{
    const auto sample = githubSample(9);
    TempGitRepo repo;
    QVERIFY(repo.isValid());
    QVERIFY(repo.writeFile(u"esc\u001b[2Jred.txt"_s, sample.text + '\n'));
    QVERIFY(repo.writeFile(u"nl\nfake.txt"_s, sample.text + '\n'));
    const EnvsmithRun run = scan(repo.path(), {});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY(!run.out.contains('\x1b'));
    QVERIFY2(run.out.contains("esc\\x1b[2Jred.txt:1:"), run.out.constData());
    QVERIFY2(run.out.contains("nl\\x0afake.txt:1:"), run.out.constData());
    QCOMPARE(run.out.count('\n'), 3); // two findings and the summary
    QVERIFY(!leaks(run, sample.secret));
}

QTEST_GUILESS_MAIN(TestScanBadInput)
#include "tst_scanbadinput.moc"

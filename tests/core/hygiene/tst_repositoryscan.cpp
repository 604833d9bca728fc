#include "core/hygiene/GitRepository.h"
#include "core/hygiene/RepositoryScan.h"
#include "core/hygiene/ScanReport.h"
#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"

#include "DacOverrideSuspension.h"
#include "PlantedSecrets.h"
#include "TempGitRepo.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Mode = RepositoryScan::Mode;

std::expected<RepositoryScan::Result, QString> scanWith(const TempGitRepo &git, Mode mode,
                                                        qint64 maxBytes = SecretScanner::kDefaultMaxBytes)
{
    const GitRepository repository(git.path());
    auto scanner = SecretScanner::create(ScanRuleSet::builtin());
    if (!scanner)
        return std::unexpected(scanner.error());
    return RepositoryScan::run(repository, mode, **scanner, maxBytes);
}

/// "rule@file:line" of every finding, sorted, joined (so a failure shows the whole list).
QString describe(const QList<ScanFinding> &findings)
{
    QStringList out;
    for (const ScanFinding &finding : findings)
        out.append(u"%1@%2:%3"_s.arg(finding.ruleId, finding.file).arg(finding.line));
    out.sort();
    return out.join(u", "_s);
}

QByteArray githubToken(quint32 seed)
{
    return "gh" + QByteArray("p_") + PlantedSecrets::random(PlantedSecrets::alnum(), 36, seed);
}

/// The error of @p result, or nothing (QVERIFY2 builds its message even when the check passes).
template <typename T> QString errorOf(const std::expected<T, QString> &result)
{
    return result ? QString() : result.error();
}

QString head(const TempGitRepo &git)
{
    return QString::fromUtf8(git.run({u"rev-parse"_s, u"HEAD"_s}).out).trimmed();
}

} // namespace

/// RepositoryScan (issue 6 §2): what is listed, read on several threads, and reported as not scanned; the
/// history's origins (oldest appearance, merges); and SecretScanner's windowed RE2 against planted secrets
/// in every position.
class TestRepositoryScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!GitRepository::gitAvailable())
            QSKIP("git is not installed");
    }

    /// Many files on several threads: every planted secret found once, in a stable order.
    void manyFilesOnThreads()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QStringList expected;
        for (int i = 0; i < 300; ++i) {
            QByteArray content = "// file " + QByteArray::number(i) + "\nint x = 1;\n";
            if (i % 7 == 0) {
                content += "token: " + githubToken(quint32(i + 1)) + "\n";
                expected.append(u"github-token@src/f%1.c:3"_s.arg(i, 3, 10, QChar(u'0')));
            }
            QVERIFY(git.writeFile(u"src/f%1.c"_s.arg(i, 3, 10, QChar(u'0')), content));
        }
        QVERIFY(!git.commitAll(u"c"_s).isEmpty());
        expected.sort();
        for (Mode mode : {Mode::WorkingTree, Mode::History}) {
            const auto result = scanWith(git, mode);
            QVERIFY2(result, qPrintable(errorOf(result)));
            QCOMPARE(describe(result->findings), expected.join(u", "_s));
            QVERIFY(result->notScanned.isEmpty());
        }
        const auto first = scanWith(git, Mode::WorkingTree);
        const auto second = scanWith(git, Mode::WorkingTree);
        QVERIFY(first && second);
        for (qsizetype i = 0; i < first->findings.size(); ++i)
            QCOMPARE(first->findings.at(i).fingerprint, second->findings.at(i).fingerprint);
    }

    /// Files over the limit, in the tree, the index and the history, are listed with their size and
    /// reason, in every output format; nothing passes silently.
    void oversizedContentIsListedNotSkipped()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"small.txt"_s, "ok\n"));
        QVERIFY(git.writeFile(u"data/big.txt"_s, QByteArray(4096, 'a') + "\n"));
        QVERIFY(!git.commitAll(u"c"_s).isEmpty());
        const QString commit = head(git);
        QVERIFY(git.writeFile(u"data/staged.txt"_s, QByteArray(5000, 'b') + "\n"));
        QVERIFY(git.runOk({u"add"_s, u"data/staged.txt"_s}));

        const auto tree = scanWith(git, Mode::WorkingTree, 1024);
        QVERIFY2(tree, qPrintable(errorOf(tree)));
        QCOMPARE(tree->notScanned.size(), 2);
        QCOMPARE(tree->notScanned.at(0).path, u"data/big.txt"_s);
        QCOMPARE(tree->notScanned.at(0).bytes, 4097);
        QVERIFY(tree->notScanned.at(0).reason.contains(u"1024"_s));
        QCOMPARE(tree->notScanned.at(1).path, u"data/staged.txt"_s);
        QCOMPARE(tree->stats.files, 1);

        const auto staged = scanWith(git, Mode::Staged, 1024);
        QVERIFY(staged);
        QCOMPARE(staged->notScanned.size(), 1);
        QCOMPARE(staged->notScanned.at(0).path, u"data/staged.txt"_s);

        const auto history = scanWith(git, Mode::History, 1024);
        QVERIFY(history);
        QCOMPARE(history->notScanned.size(), 1);
        QCOMPARE(history->notScanned.at(0).path, u"data/big.txt"_s);
        QCOMPARE(history->notScanned.at(0).commit, commit);

        QVERIFY(ScanReport::toText(*tree).contains(u"data/big.txt: larger (4097 bytes)"_s));
        const QJsonObject json = QJsonDocument::fromJson(ScanReport::toJson(*tree)).object();
        QCOMPARE(json.value(u"complete"_s).toBool(true), false);
        QCOMPARE(json.value(u"notScanned"_s).toArray().at(0).toObject().value(u"file"_s).toString(),
                 u"data/big.txt"_s);
        const QJsonObject sarif =
            QJsonDocument::fromJson(ScanReport::toSarif(*tree, ScanRuleSet::builtin(), u"0"_s)).object();
        const QJsonArray notifications = sarif.value(u"runs"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(u"invocations"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(u"toolExecutionNotifications"_s)
                                             .toArray();
        QCOMPARE(notifications.size(), 2);
        QCOMPARE(notifications.at(0)
                     .toObject()
                     .value(u"locations"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"physicalLocation"_s)
                     .toObject()
                     .value(u"artifactLocation"_s)
                     .toObject()
                     .value(u"uri"_s)
                     .toString(),
                 u"data/big.txt"_s);
        // Under the limit: complete.
        const auto complete = scanWith(git, Mode::WorkingTree);
        QVERIFY(complete && complete->notScanned.isEmpty());
        QVERIFY(
            QJsonDocument::fromJson(ScanReport::toJson(*complete)).object().value(u"complete"_s).toBool());
    }

    /// A file the user cannot read is listed as not scanned (with the system's reason), not skipped.
    void unreadableFileIsListed()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"secret-notes.txt"_s, "token: " + githubToken(5) + "\n"));
        QVERIFY(git.writeFile(u"readme.txt"_s, "hello\n"));
        QVERIFY(!git.commitAll(u"c"_s).isEmpty());
        QVERIFY(QFile::setPermissions(git.filePath(u"secret-notes.txt"_s), QFileDevice::Permissions{}));
        {
            const DacOverrideSuspension permissionsApply;
            if (!permissionsApply.isActive())
                QSKIP("cannot make permission bits apply here (root without CAP_SETPCAP?)");
            const auto tree = scanWith(git, Mode::WorkingTree);
            QVERIFY2(tree, qPrintable(errorOf(tree)));
            QCOMPARE(tree->findings.size(), 0);
            QCOMPARE(tree->notScanned.size(), 1);
            QCOMPARE(tree->notScanned.at(0).path, u"secret-notes.txt"_s);
            QVERIFY2(tree->notScanned.at(0).reason.contains(u"could not be read"_s),
                     qPrintable(tree->notScanned.at(0).reason));
        }
        QVERIFY(QFile::setPermissions(git.filePath(u"secret-notes.txt"_s),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    /// Files over 16 MiB are mapped, not read: a secret far into a large file is found on its line.
    void largeFileIsScannedWhole()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QFile file(git.filePath(u"dump.sql"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray lines;
        for (int i = 0; i < 1000; ++i)
            lines += "INSERT INTO t VALUES (" + QByteArray::number(i) + ");\n";
        QVERIFY(file.write(lines) == lines.size());
        // 40 MiB of spaces (sparse would be NUL, i.e. binary), then the secret.
        const QByteArray spaces(1024 * 1024, ' ');
        for (int i = 0; i < 40; ++i)
            QVERIFY(file.write(spaces) == spaces.size());
        QVERIFY(file.write("\ntoken: " + githubToken(9) + "\n") > 0);
        file.close();
        const auto tree = scanWith(git, Mode::WorkingTree);
        QVERIFY2(tree, qPrintable(errorOf(tree)));
        QCOMPARE(describe(tree->findings), u"github-token@dump.sql:1002"_s);
        QVERIFY(tree->notScanned.isEmpty());
    }

    /// A blob that appears in several commits is reported with the oldest (its first commit), even though
    /// the log streams newest first; one that only a merge introduces is reported with the merge.
    void historyOriginIsTheOldestAppearance()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray leaked = "token: " + githubToken(11) + "\n";
        QVERIFY(git.writeFile(u"a.txt"_s, "start\n"));
        QVERIFY(!git.commitAll(u"start"_s).isEmpty());
        QVERIFY(git.writeFile(u"old/leak.txt"_s, leaked));
        QVERIFY(!git.commitAll(u"first leak"_s).isEmpty());
        const QString first = head(git);
        QVERIFY(git.runOk({u"rm"_s, u"-q"_s, u"old/leak.txt"_s}));
        QVERIFY(!git.commitAll(u"remove"_s).isEmpty());
        QVERIFY(git.writeFile(u"new/again.txt"_s, leaked));
        QVERIFY(!git.commitAll(u"leak again"_s).isEmpty());

        // A merge that adds content neither parent has (an "evil merge").
        QVERIFY(git.runOk({u"checkout"_s, u"-q"_s, u"-b"_s, u"side"_s}));
        QVERIFY(git.writeFile(u"side.txt"_s, "side\n"));
        QVERIFY(!git.commitAll(u"side"_s).isEmpty());
        QVERIFY(git.runOk({u"checkout"_s, u"-q"_s, u"-"_s}));
        QVERIFY(git.writeFile(u"main.txt"_s, "main\n"));
        QVERIFY(!git.commitAll(u"main"_s).isEmpty());
        QVERIFY(git.runOk({u"merge"_s, u"-q"_s, u"--no-commit"_s, u"side"_s}));
        QVERIFY(git.writeFile(u"merged.txt"_s, "token: " + githubToken(12) + "\n"));
        QVERIFY(git.runOk({u"add"_s, u"merged.txt"_s}));
        QVERIFY(git.runOk({u"commit"_s, u"-q"_s, u"-m"_s, u"merge"_s}));
        const QString merge = head(git);

        const auto history = scanWith(git, Mode::History);
        QVERIFY2(history, qPrintable(errorOf(history)));
        QCOMPARE(describe(history->findings), u"github-token@merged.txt:1, github-token@old/leak.txt:1"_s);
        for (const ScanFinding &finding : history->findings) {
            QCOMPARE(finding.commit, finding.file == u"merged.txt"_s ? merge : first);
            QVERIFY(!finding.author.isEmpty());
            QVERIFY(finding.fingerprint.startsWith(finding.commit + u':'));
        }
    }

    /// A secret that stays while other lines of its file change is one finding, blamed on the commit that
    /// brought it in, not one per later version of the file.
    void historyReportsEachSecretOnceAtItsOrigin()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray token = githubToken(41);
        QVERIFY(git.writeFile(u"conf.py"_s, "a = 1\ntoken = \"" + token + "\"\nb = 2\n"));
        QVERIFY(git.runOk({u"add"_s, u"conf.py"_s}));
        QVERIFY(
            git.runOk({u"commit"_s, u"-q"_s, u"--author=Bob <bob@example.invalid>"_s, u"-m"_s, u"bob"_s}));
        const QString bob = head(git);
        QVERIFY(git.writeFile(u"conf.py"_s, "a = 1\ntoken = \"" + token + "\"\nb = 3\n"));
        QVERIFY(!git.commitAll(u"carol"_s).isEmpty());
        QVERIFY(git.writeFile(u"conf.py"_s, "zzz\na = 1\ntoken = \"" + token + "\"\nb = 3\n"));
        QVERIFY(!git.commitAll(u"dave"_s).isEmpty());
        // The same secret copied to another file is a leak of its own.
        QVERIFY(git.writeFile(u"copy.py"_s, "token = \"" + token + "\"\n"));
        const QString copy = git.commitAll(u"copy"_s);
        const auto history = scanWith(git, Mode::History);
        QVERIFY2(history, qPrintable(errorOf(history)));
        QCOMPARE(describe(history->findings), u"github-token@conf.py:2, github-token@copy.py:1"_s);
        for (const ScanFinding &finding : history->findings) {
            QCOMPARE(finding.commit, finding.file == u"conf.py"_s ? bob : head(git));
            if (finding.file == u"conf.py"_s)
                QVERIFY(finding.author.startsWith(u"Bob"_s));
        }
        Q_UNUSED(copy);
    }

    /// The commit guard is about what a commit adds: editing another line of a file whose secret is
    /// already committed is not blocked; a new secret in the same file is.
    void stagedIgnoresSecretsAlreadyInHead()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const QByteArray old = githubToken(51);
        QVERIFY(git.writeFile(u"legacy.py"_s, "a = 1\nk = \"" + old + "\"\nb = 2\n"));
        QVERIFY(!git.commitAll(u"legacy"_s).isEmpty());
        QVERIFY(git.writeFile(u"legacy.py"_s, "a = 1\nk = \"" + old + "\"\nb = 3\n"));
        QVERIFY(git.runOk({u"add"_s, u"legacy.py"_s}));
        const auto edit = scanWith(git, Mode::Staged);
        QVERIFY2(edit, qPrintable(errorOf(edit)));
        QCOMPARE(describe(edit->findings), QString());
        QVERIFY(git.writeFile(u"legacy.py"_s,
                              "a = 1\nk = \"" + old + "\"\nb = 3\nn = \"" + githubToken(52) + "\"\n"));
        QVERIFY(git.runOk({u"add"_s, u"legacy.py"_s}));
        const auto added = scanWith(git, Mode::Staged);
        QVERIFY(added);
        QCOMPARE(describe(added->findings), u"github-token@legacy.py:4"_s);
    }

    /// 100,000 matches on one 2.5 MB line: linear (this took minutes when each match widened its window
    /// to the whole line), and past 200 per rule and file the rest are counted in one finding, not dropped.
    void manyMatchesOnOneLongLine()
    {
        QByteArray line;
        for (quint32 i = 0; i < 100000; ++i)
            line += githubToken(i + 1000) + ' ';
        auto scanner = SecretScanner::create(ScanRuleSet::builtin());
        QVERIFY(scanner);
        const QList<ScanFinding> findings = (*scanner)->scan(line, u"bundle.min.js"_s);
        QCOMPARE(findings.size(), 201);
        QVERIFY2(findings.last().description.contains(u"99800 more match"_s),
                 qPrintable(findings.last().description));
        QCOMPARE(findings.last().line, 1);
    }

    /// RE2 reads only the lines around Hyperscan's matches: a planted secret is found wherever it sits
    /// (first or last byte of the content, no final newline, after a 100 KB line, in a multi-line block,
    /// between thousands of near misses that overflow the match buffer).
    void windowedMatchingFindsEveryPlacement_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("alone") << QByteArray() << QByteArray();
        QTest::newRow("end without newline") << QByteArray("x = 1\n") << QByteArray();
        QTest::newRow("after a long line") << (QByteArray(100000, 'q') + "\n") << QByteArray("\ny = 2\n");
        QTest::newRow("long line before on the same line") << QByteArray(5000, ' ') << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QByteArray("\r\nc\r\n");
        QByteArray noise;
        for (int i = 0; i < 250000; ++i)
            noise += "'0123456789abcdefABCDEF01' ";
        QTest::newRow("overflowing near misses") << noise << (QByteArray("\n") + noise);
    }
    void windowedMatchingFindsEveryPlacement()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        auto scanner = SecretScanner::create(ScanRuleSet::builtin());
        QVERIFY(scanner);
        for (const PlantedSecrets::Sample &sample : PlantedSecrets::truePositives(31)) {
            const QByteArray content = before + sample.text + after;
            const QList<ScanFinding> findings = (*scanner)->scan(content, u"f.txt"_s);
            const int line = int(before.count('\n')) + 1;
            bool found = false;
            for (const ScanFinding &finding : findings)
                found = found || (finding.ruleId == sample.rule && finding.line >= line &&
                                  finding.line <= line + int(sample.text.count('\n')));
            QVERIFY2(found, qPrintable(sample.rule));
        }
    }
};

QTEST_GUILESS_MAIN(TestRepositoryScan)
#include "tst_repositoryscan.moc"

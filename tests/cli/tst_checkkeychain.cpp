// `envsmith check` looks for the values the keychain holds for the project (ProjectKeychainValues, read
// on the main thread), not only those in .env: a value kept only in the keychain and committed into a
// tracked file is a `secret-in-tree` finding with a masked preview, and `check --no-keychain` does not
// look for it. The value never reaches stdout or stderr. An unreachable keychain is an info finding.

#include "EnvsmithRun.h"
#include "TempGitRepo.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// The findings with id @p id in `envsmith check --format json` output.
QList<QJsonObject> findingsOf(const QByteArray &json, const QString &id)
{
    QList<QJsonObject> found;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        if (value.toObject().value(u"id"_s).toString() == id)
            found << value.toObject();
    }
    return found;
}

/// A repository whose template asks for SESSION_SECRET, set up with `envsmith setup` (which generates the
/// value and stores it in .env and the keychain, and its name in the index).
void setUpSessionSecret(const TempGitRepo &git)
{
    QVERIFY(git.isValid());
    QVERIFY(git.writeFile(u".env.example"_s,
                          "# Signs sessions. Generate with: openssl rand -hex 32\nSESSION_SECRET=\n"));
    QVERIFY(!git.commitAll(u"template"_s).isEmpty());
    const EnvsmithRun setup = EnvsmithRun::run({u"setup"_s, u"--repo"_s, git.path(), u"--yes"_s});
    QVERIFY2(setup.exitCode == 0, setup.err.constData());
}

} // namespace

class TestCheckKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keychainOnlyValueInTrackedFile_data();
    void keychainOnlyValueInTrackedFile();
    void unreachableKeychainIsNoted();
    void damagedIndexIsNotedByScanAndCheck();
};

void TestCheckKeychain::keychainOnlyValueInTrackedFile_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("found");
    QTest::newRow("keychain searched") << QStringList{} << true;
    QTest::newRow("--no-keychain") << QStringList{u"--no-keychain"_s} << false;
}

void TestCheckKeychain::keychainOnlyValueInTrackedFile()
{
    QFETCH(QStringList, options);
    QFETCH(bool, found);

    TempGitRepo git;
    setUpSessionSecret(git);
    if (QTest::currentTestFailed())
        return;
    QFile env(git.filePath(u".env"_s));
    QVERIFY(env.open(QIODevice::ReadOnly));
    QByteArray value;
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("SESSION_SECRET="))
            value = line.mid(line.indexOf('=') + 1).trimmed();
    }
    env.close();
    QVERIFY(value.size() >= 32);
    // From now on the value is only in the keychain, and in a committed file.
    QVERIFY(QFile::remove(git.filePath(u".env"_s)));
    QVERIFY(git.writeFile(u"deploy/notes.txt"_s, "the session key was " + value.toHex() + "\n"));
    QVERIFY(!git.commitAll(u"notes"_s).isEmpty());
    QVERIFY(git.run({u"ls-files"_s, u"--error-unmatch"_s, u"deploy/notes.txt"_s}).exitCode == 0);

    const EnvsmithRun json = EnvsmithRun::run(
        QStringList{u"check"_s, u"--repo"_s, git.path(), u"--format"_s, u"json"_s} + options);
    const EnvsmithRun text = EnvsmithRun::run(QStringList{u"check"_s, u"--repo"_s, git.path()} + options);
    for (const EnvsmithRun *run : {&json, &text}) {
        QVERIFY2(run->exitCode == (found ? 1 : 0), run->err.constData());
        QVERIFY(!run->out.contains(value) && !run->err.contains(value));
        QVERIFY(!run->out.contains(value.toHex()) && !run->err.contains(value.toHex()));
        QVERIFY2(!run->out.contains("keychain-not-searched"), run->out.constData());
    }
    const QList<QJsonObject> tree = findingsOf(json.out, u"secret-in-tree"_s);
    QVERIFY2(!tree.isEmpty(), json.out.constData());
    if (found) {
        QCOMPARE(tree.size(), 1);
        const QJsonObject finding = tree.first();
        QCOMPARE(finding.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(finding.value(u"path"_s).toString(), u"deploy/notes.txt"_s);
        const QString message = finding.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"SESSION_SECRET (from keychain), hex"_s), qPrintable(message));
        // The masked preview (ScanFinding::maskedPreview): the match's first and last two characters.
        const QString hex = QString::fromLatin1(value.toHex());
        QVERIFY2(message.contains(hex.left(2) + u'…' + hex.right(2)), qPrintable(message));
        QVERIFY2(text.out.contains("[error] secret-in-tree: deploy/notes.txt:1:"), text.out.constData());
    } else {
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.first().value(u"status"_s).toString(), u"passed"_s);
        QVERIFY2(!text.out.contains("SESSION_SECRET"), text.out.constData());
    }
}

/// Without a session bus the keychain cannot be asked (and nothing prompts): the report says its values
/// were not searched (an info finding, so the exit code stays that of the other findings); --no-keychain
/// does not ask, so it has nothing to say.
void TestCheckKeychain::unreachableKeychainIsNoted()
{
    TempGitRepo git;
    setUpSessionSecret(git);
    if (QTest::currentTestFailed())
        return;

    EnvsmithRun::Options noBus;
    noBus.environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/envsmith-test-bus"_s);
    const EnvsmithRun json =
        EnvsmithRun::run({u"check"_s, u"--repo"_s, git.path(), u"--format"_s, u"json"_s}, noBus);
    QVERIFY2(json.exitCode == 0, json.out.constData());
    const QList<QJsonObject> notes = findingsOf(json.out, u"keychain-not-searched"_s);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().value(u"severity"_s).toString(), u"info"_s);
    QVERIFY2(notes.first().value(u"message"_s).toString().contains(u"not searched"_s), json.out.constData());

    const EnvsmithRun skipped = EnvsmithRun::run(
        {u"check"_s, u"--repo"_s, git.path(), u"--format"_s, u"json"_s, u"--no-keychain"_s}, noBus);
    QCOMPARE(skipped.exitCode, 0);
    QVERIFY(findingsOf(skipped.out, u"keychain-not-searched"_s).isEmpty());
}

/// A keychain index that cannot be read names no value to look up: both `check` and `scan` say the
/// keychain's values were not searched for.
void TestCheckKeychain::damagedIndexIsNotedByScanAndCheck()
{
    TempGitRepo git;
    setUpSessionSecret(git);
    if (QTest::currentTestFailed())
        return;
    QDirIterator files(QDir::homePath(), {u"keychain-index.json"_s}, QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    QFile index(files.next());
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(index.write("{garbage") > 0);
    index.close();

    const EnvsmithRun check =
        EnvsmithRun::run({u"check"_s, u"--repo"_s, git.path(), u"--format"_s, u"json"_s});
    QCOMPARE(findingsOf(check.out, u"keychain-not-searched"_s).size(), 1);
    const EnvsmithRun scan = EnvsmithRun::run({u"scan"_s, u"--repo"_s, git.path()});
    QVERIFY2(scan.err.contains("not searched") && scan.err.contains("keychain index"), scan.err.constData());
}

QTEST_GUILESS_MAIN(TestCheckKeychain)
#include "tst_checkkeychain.moc"

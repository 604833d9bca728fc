#include "core/hygiene/GitRepository.h"

#include "TempGitRepo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/// Conformance of GitRepository::ignored() with git's verdicts recorded in
/// ../shared/corpus/gitignore/cases.json (each case is rebuilt as a real repository).
class TestGitIgnoreCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void conformance_data();
    void conformance();

private:
    QJsonArray m_cases;
    QByteArray m_savedHome;
};

void TestGitIgnoreCorpus::initTestCase()
{
    if (!GitRepository::gitAvailable())
        QSKIP("git is not installed (packaging/install-deps.sh)");
    const QString path = QDir(QStringLiteral(ENVSMITH_SHARED_DIR)).filePath(u"corpus/gitignore/cases.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(u"The gitignore corpus is not available (%1); skipping conformance."_s.arg(path)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    m_cases = document.object().value(u"cases"_s).toArray();
    QVERIFY(!m_cases.isEmpty());
    // The corpus was recorded without system config and with XDG_CONFIG_HOME unset.
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qunsetenv("XDG_CONFIG_HOME");
    m_savedHome = qgetenv("HOME");
}

void TestGitIgnoreCorpus::cleanupTestCase()
{
    if (!m_savedHome.isEmpty())
        qputenv("HOME", m_savedHome);
}

void TestGitIgnoreCorpus::conformance_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    for (const QJsonValue &value : std::as_const(m_cases)) {
        const QJsonObject object = value.toObject();
        const QByteArray name = "case " + QByteArray::number(object.value(u"id"_s).toInt()) + ": " +
                                object.value(u"source"_s).toString().left(90).toUtf8();
        QTest::newRow(name.constData()) << object;
    }
}

void TestGitIgnoreCorpus::conformance()
{
    QFETCH(QJsonObject, testCase);
    const QString path = testCase.value(u"path"_s).toString();
    const bool expected = testCase.value(u"ignored"_s).toBool();

    QTemporaryDir home;
    QVERIFY(home.isValid());
    qputenv("HOME", QFile::encodeName(home.path()));

    const TempGitRepo git;
    QVERIFY(git.isValid());
    QVERIFY(git.writeFile(u".gitignore"_s, testCase.value(u"gitignore"_s).toString().toUtf8()));
    const QJsonObject files = testCase.value(u"files"_s).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        QVERIFY(git.writeFile(it.key(), it.value().toString().toUtf8()));
    const QJsonObject homeFiles = testCase.value(u"home_files"_s).toObject();
    for (auto it = homeFiles.begin(); it != homeFiles.end(); ++it) {
        const QString target = QDir(home.path()).filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(it.value().toString().toUtf8());
    }
    if (testCase.contains(u"global_excludes"_s)) {
        const QString target = QDir(home.path()).filePath(u"global-excludes"_s);
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(testCase.value(u"global_excludes"_s).toString().toUtf8());
        file.close();
        QVERIFY(git.runOk({u"config"_s, u"core.excludesFile"_s, target}));
    }
    if (testCase.contains(u"excludes_file_value"_s))
        QVERIFY(git.runOk(
            {u"config"_s, u"core.excludesFile"_s, testCase.value(u"excludes_file_value"_s).toString()}));
    if (testCase.value(u"is_dir"_s).toBool())
        QVERIFY(git.makeDir(path));
    else
        QVERIFY(git.writeFile(path, QByteArray()));
    if (testCase.value(u"tracked"_s).toBool())
        QVERIFY(git.runOk({u"add"_s, u"-f"_s, u"--"_s, path}));

    const GitRepository repo(git.path());
    QVERIFY2(repo.isValid(), qPrintable(repo.errorString()));
    const auto verdict = repo.ignored({path});
    QVERIFY2(verdict.has_value(), qPrintable(verdict.error()));
    QCOMPARE(verdict->value(0), expected);
    if (testCase.contains(u"ignored_no_index"_s)) {
        const auto byRules = repo.ignoredByRules({path});
        QVERIFY2(byRules.has_value(), qPrintable(byRules.error()));
        QCOMPARE(byRules->value(0), testCase.value(u"ignored_no_index"_s).toBool());
    }
}

QTEST_GUILESS_MAIN(TestGitIgnoreCorpus)
#include "tst_gitignorecorpus.moc"

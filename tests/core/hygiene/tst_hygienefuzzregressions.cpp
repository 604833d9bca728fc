#include "core/hygiene/GitIgnoreFixer.h"
#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

void addInputs(const QString &harness)
{
    const QDir dir(QStringLiteral(ENVSMITH_SOURCE_DIR "/tests/fuzz/regressions-") + harness);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QVERIFY2(!names.isEmpty(), qPrintable(dir.path() + u" is empty"_s));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

} // namespace

/// Replays every input kept for the scanner's libFuzzer harnesses (their seeds and any crasher found,
/// tests/fuzz/regressions-gitleakstoml and -gitleaksignore) with the invariants of
/// tests/fuzz/fuzz_gitleakstoml.cpp and fuzz_gitleaksignore.cpp, so ctest catches a regression without
/// clang and libFuzzer.
class TestHygieneFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gitleaksToml_data();
    void gitleaksToml();
    void gitleaksIgnore_data();
    void gitleaksIgnore();
};

void TestHygieneFuzzRegressions::gitleaksToml_data()
{
    QTest::addColumn<QString>("path");
    addInputs(u"gitleakstoml"_s);
}

void TestHygieneFuzzRegressions::gitleaksToml()
{
    QFETCH(QString, path);
    const QTemporaryDir base; // empty: a relative `[extend] path` finds nothing
    QVERIFY(base.isValid());
    const QString name = u".gitleaks.toml"_s;
    const auto rules = ScanRuleSet::fromToml(readAll(path), name, base.path());
    if (!rules) {
        QVERIFY2(rules.error().contains(name) || rules.error().contains(u"built-in"_s),
                 qPrintable(rules.error()));
        return;
    }
    QSet<QString> ids;
    for (const ScanRule &rule : rules->rules()) {
        QVERIFY(!rule.id.isEmpty());
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY(!rule.regex.isEmpty() || !rule.path.isEmpty());
        QVERIFY(rule.entropy >= 0.0 && rule.entropy <= 8.0);
    }
    // A set that loads also compiles: the scanner never meets a bad pattern.
    const auto scanner = SecretScanner::create(*rules);
    QVERIFY2(scanner, qPrintable(scanner ? QString() : scanner.error()));
}

void TestHygieneFuzzRegressions::gitleaksIgnore_data()
{
    QTest::addColumn<QString>("path");
    addInputs(u"gitleaksignore"_s);
}

void TestHygieneFuzzRegressions::gitleaksIgnore()
{
    QFETCH(QString, path);
    const QByteArray input = readAll(path);
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QVERIFY(writeAll(dir.filePath(u".gitleaksignore"_s), input));
    const auto fingerprints = SecretScanner::readGitleaksIgnore(dir.path());
    QVERIFY2(fingerprints, qPrintable(fingerprints ? QString() : fingerprints.error()));
    for (const QString &fingerprint : *fingerprints) {
        QVERIFY(!fingerprint.isEmpty());
        QCOMPARE(fingerprint, fingerprint.trimmed());
        QVERIFY(!fingerprint.contains(u'\\') && !fingerprint.startsWith(u'#'));
    }

    QVERIFY(writeAll(dir.filePath(u".gitignore"_s), input));
    const QStringList lines = {GitIgnoreFixer::headerLine(), u".env"_s};
    QVERIFY(GitIgnoreFixer::append(dir.path(), lines));
    const QByteArray eol = input.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
    QByteArray expected = input;
    if (!input.isEmpty())
        expected += (input.endsWith('\n') ? QByteArray() : eol) + eol;
    for (const QString &line : lines)
        expected += line.toUtf8() + eol;
    QCOMPARE(readAll(dir.filePath(u".gitignore"_s)), expected);
}

QTEST_GUILESS_MAIN(TestHygieneFuzzRegressions)
#include "tst_hygienefuzzregressions.moc"

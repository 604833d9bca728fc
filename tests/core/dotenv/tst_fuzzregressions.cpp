#include "core/dotenv/DotenvDocument.h"
#include "core/dotenv/DotenvLinter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Parses every input kept in tests/fuzz/regressions (crashers the libFuzzer harness found, and its seeds)
// in both dialects, with the same invariants as tests/fuzz/fuzz_dotenv.cpp.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
};

void TestFuzzRegressions::inputs_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<DotenvDialect>("dialect");
    const QDir dir(QStringLiteral(ENVSMITH_SOURCE_DIR "/tests/fuzz/regressions"));
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QVERIFY2(!names.isEmpty(), "tests/fuzz/regressions is empty");
    for (const QString &name : names) {
        QTest::newRow(qPrintable(name + u" npm"_s)) << dir.filePath(name) << DotenvDialect::Npm;
        QTest::newRow(qPrintable(name + u" python"_s)) << dir.filePath(name) << DotenvDialect::Python;
    }
}

void TestFuzzRegressions::inputs()
{
    QFETCH(QString, path);
    QFETCH(DotenvDialect, dialect);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    auto document = DotenvDocument::parse(input, dialect);
    if (!document) {
        QVERIFY(document.error().line > 0);
        QVERIFY(!document.error().message.isEmpty());
        return;
    }
    QCOMPARE(document->toBytes(), input);
    const DotenvLinter linter;
    (void)linter.lint(*document, false);
    (void)linter.lint(*document, true);
    const QStringList keys = document->keys();
    const QString key = keys.isEmpty() ? u"FUZZ_KEY"_s : keys.first();
    const QByteArray value = input.first(std::min<qsizetype>(input.size(), 12));
    if (document->setValue(key, value)) {
        QCOMPARE(document->value(key), value);
        const auto reread = DotenvDocument::parse(document->toBytes(), dialect);
        QVERIFY(reread);
        QCOMPARE(reread->toBytes(), document->toBytes());
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

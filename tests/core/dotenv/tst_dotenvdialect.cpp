#include "core/dotenv/DotenvDocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "DotenvOracle.h"
#include "TestFiles.h"

using namespace Qt::StringLiterals;

using ValueMap = QHash<QString, QByteArray>;

namespace {

const char *const kNpmReader = "dotenv@18 classic";
const char *const kPythonReader = "python-dotenv 1.2.2 (snapshot)";

// Cases where we knowingly depart from the recorded reader: a value that opens a quote that is never closed
// is an error (with line and column) instead of a silently skipped or mangled key.
const QStringList kRefusedCases = {u"unterminated_dq"_s, u"unterminated_sq"_s};

QByteArray bytesOf(const QJsonValue &value)
{
    QByteArray out = value.toString().toUtf8();
    return out.isNull() ? QByteArray("") : out;
}

std::optional<QJsonDocument> corpusJson(const QString &name)
{
    QFile file(QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/dotenv/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(file.readAll());
}

QString shown(const ValueMap &map)
{
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it) {
        parts << it.key() + u"="_s + QString::fromUtf8(it.value().toPercentEncoding(" :/.,=_-@'\"`#!{}$"));
    }
    parts.sort();
    return parts.join(u" | "_s);
}

// What the real python-dotenv (Debian's python3-dotenv, interpolate=True, empty environment) reads.
std::expected<ValueMap, QString> readWithPython(const QByteArray &bytes)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"in.env"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return std::unexpected(u"cannot write the input file"_s);
    }
    file.close();
    QProcess process;
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    process.setProcessEnvironment(environment);
    const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    process.start(python, {u"-c"_s,
                           u"import json,sys\nfrom dotenv import dotenv_values\n"
                           "sys.stdout.write(json.dumps(dotenv_values(sys.argv[1])))"_s,
                           file.fileName()});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return std::unexpected(
            u"python-dotenv failed: %1"_s.arg(QString::fromUtf8(process.readAllStandardError())));
    }
    const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    ValueMap out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isNull()) {
            out.insert(it.key(), bytesOf(it.value()));
        }
    }
    return out;
}

QString pythonMissing()
{
    QProcess process;
    process.start(QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s,
                  {u"-c"_s, u"import dotenv"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return u"python3-dotenv is not installed"_s;
    }
    return {};
}

struct DialectCase
{
    const char *name;
    QByteArray input;
    ValueMap expected;
    bool checkWithRealPython = true; // false where Debian's python-dotenv 0.21 differs from 1.2
};

// Our own cases for the Python dialect (python-dotenv 1.2 rules, empty environment).
QList<DialectCase> pythonCases()
{
    return {
        {"hash without space is kept", "A=b#c\n", {{u"A"_s, "b#c"}}},
        {"hash after space starts comment", "A=b #c\n", {{u"A"_s, "b"}}},
        {"hash after tab starts comment", "A=b\t#c\n", {{u"A"_s, "b"}}},
        {"hash first is the value", "A=#abc\n", {{u"A"_s, "#abc"}}},
        {"space after = then hash", "A= # comment\nB=y\n", {{u"A"_s, "# comment"}, {u"B"_s, "y"}}},
        {"inner spaces kept", "A=b  c  \n", {{u"A"_s, "b  c"}}},
        {"double quote escapes", "A=\"a\\tb\\nc\\\\d\\\"e\\'f\"\n", {{u"A"_s, "a\tb\nc\\d\"e'f"}}},
        {"unknown escape kept", "A=\"a\\xb\\$c\"\n", {{u"A"_s, "a\\xb\\$c"}}},
        {"single quote escapes", "A='it\\'s \\\\ \\n'\n", {{u"A"_s, "it's \\ \\n"}}},
        {"unquoted backslashes literal", "A=C:\\path\\n\n", {{u"A"_s, "C:\\path\\n"}}},
        {"backtick not a quote", "A=`bt`\n", {{u"A"_s, "`bt`"}}},
        {"quote then comment", "A='b #c' # note\n", {{u"A"_s, "b #c"}}},
        {"quoted then junk is skipped", "A=\"b\"junk\nB=2\n", {{u"B"_s, "2"}}},
        {"colon is not a separator", "A: b\nB=2\n", {{u"B"_s, "2"}}},
        {"key without value is unset", "A\nB=2\n", {{u"B"_s, "2"}}},
        {"quoted key", "'a b'=c\n", {{u"a b"_s, "c"}}},
        {"export prefix", "export  A=b\n", {{u"A"_s, "b"}}},
        {"multi-line double", "A=\"l1\nl2\"\nB=after\n", {{u"A"_s, "l1\nl2"}, {u"B"_s, "after"}}},
        {"multi-line CRLF reads LF", "A='l1\r\nl2'\r\nB=x\r\n", {{u"A"_s, "l1\nl2"}, {u"B"_s, "x"}}},
        {"CR only lines", "A=x\rB=y\r", {{u"A"_s, "x"}, {u"B"_s, "y"}}},
        {"trailing backslash closes at last quote", "A='abc\\'\nB=2\n", {{u"A"_s, "abc\\"}, {u"B"_s, "2"}}},
        {"interpolation braces", "B=x\nA=${B}y\n", {{u"A"_s, "xy"}, {u"B"_s, "x"}}},
        {"interpolation in single quotes", "B=x\nA='${B}'\n", {{u"A"_s, "x"}, {u"B"_s, "x"}}},
        {"bare dollar literal", "B=x\nA=$B-y\n", {{u"A"_s, "$B-y"}, {u"B"_s, "x"}}},
        {"default when unset", "A=${NOPE_X:-def}\n", {{u"A"_s, "def"}}},
        {"forward reference is empty", "A=${B}\nB=x\n", {{u"A"_s, ""}, {u"B"_s, "x"}}},
        {"redefinition order", "a=b\nc=${a}\nd=e\nc=${d}\n", {{u"a"_s, "b"}, {u"c"_s, "e"}, {u"d"_s, "e"}}},
        {"escaped dollar does not escape", "A=\"\\${B}\"\n", {{u"A"_s, "\\"}}},
        {"unclosed brace literal", "A=${B\n", {{u"A"_s, "${B"}}},
        {"colon without dash", "B=x\nA=${B:y}\n", {{u"A"_s, "${B:y}"}, {u"B"_s, "x"}}},
        {"key-only reference is empty", "B\nA=${B:-d}\n", {{u"A"_s, ""}}},
        {"BOM skipped",
         "\xEF\xBB\xBF"
         "A=x\nB=y\n",
         {{u"A"_s, "x"}, {u"B"_s, "y"}},
         false},
        {"non-breaking space is whitespace", "A=b\xC2\xA0#c\n", {{u"A"_s, "b"}}},
        {"duplicate last wins", "A=1\nA=2\n", {{u"A"_s, "2"}}},
        {"blank and comment lines", "# c\n   \nA=x\n# c2\n\t\nB=y\n", {{u"A"_s, "x"}, {u"B"_s, "y"}}},
    };
}

} // namespace

class TestDotenvDialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonRules_data();
    void pythonRules();
    void pythonRulesMatchRealPythonDotenv();
    void entriesRecordTheirDialect();
    void pythonRoundTripAndSetValue();
    void pythonNeverClosedQuoteIsAnError();
    void pythonEditsSeeWhatPythonSees_data();
    void pythonEditsSeeWhatPythonSees();
    void resolvedValuesTakeTheEnvironment();
    void dialectNames();
    void corpusPythonParserCases();
    void corpusPythonDotenvValuesCases();
    void corpusPythonSetKeyCases();
    void corpusNpmExpected();
    void corpusCrossToolProbe_data();
    void corpusCrossToolProbe();
};

void TestDotenvDialect::pythonRules_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ValueMap>("expected");
    for (const DialectCase &c : pythonCases()) {
        QTest::newRow(c.name) << c.input << c.expected;
    }
}

void TestDotenvDialect::pythonRules()
{
    QFETCH(QByteArray, input);
    QFETCH(ValueMap, expected);
    const auto document = DotenvDocument::parse(input, DotenvDialect::Python);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QCOMPARE(document->toBytes(), input);
    QCOMPARE(shown(document->resolvedValues()), shown(expected));
    ValueMap byValue;
    for (const QString &key : document->keys()) {
        byValue.insert(key, *document->value(key));
    }
    QCOMPARE(shown(byValue), shown(expected));
}

void TestDotenvDialect::pythonRulesMatchRealPythonDotenv()
{
    if (const QString missing = pythonMissing(); !missing.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    for (const DialectCase &c : pythonCases()) {
        if (!c.checkWithRealPython) {
            continue;
        }
        const auto real = readWithPython(c.input);
        QVERIFY2(real, qPrintable(real ? QString() : real.error()));
        QVERIFY2(shown(*real) == shown(c.expected),
                 qPrintable(u"%1: python-dotenv read %2, the case says %3"_s.arg(
                     QString::fromLatin1(c.name), shown(*real), shown(c.expected))));
    }
}

void TestDotenvDialect::entriesRecordTheirDialect()
{
    const QByteArray input = "A=b#c\nB=\"x\\ty\"\n";
    const auto npm = DotenvDocument::parse(input);
    const auto python = DotenvDocument::parse(input, DotenvDialect::Python);
    QVERIFY(npm && python);
    QCOMPARE(npm->dialect(), DotenvDialect::Npm);
    QCOMPARE(python->dialect(), DotenvDialect::Python);
    for (const DotenvEntry &entry : npm->entries()) {
        QCOMPARE(entry.dialect, DotenvDialect::Npm);
    }
    for (const DotenvEntry &entry : python->entries()) {
        QCOMPARE(entry.dialect, DotenvDialect::Python);
    }
    QCOMPARE(npm->value(u"A"), QByteArray("b"));
    QCOMPARE(python->value(u"A"), QByteArray("b#c"));
    QCOMPARE(npm->value(u"B"), QByteArray("x\\ty"));
    QCOMPARE(python->value(u"B"), QByteArray("x\ty"));
    // Literal (before interpolation) and value.
    const auto interpolated = DotenvDocument::parse("B=x\nA=${B}\n", DotenvDialect::Python);
    QVERIFY(interpolated);
    QCOMPARE(interpolated->entries().at(1).literal, QByteArray("${B}"));
    QCOMPARE(interpolated->entries().at(1).value, QByteArray("x"));
}

void TestDotenvDialect::pythonRoundTripAndSetValue()
{
    const QByteArray input =
        "\xEF\xBB\xBF# head\r\n\r\nexport A = 'one' # note\r\nB=${A}-x\r\nC\r\nD=\"m1\r\nm2\"\r\nE=e#1";
    auto document = DotenvDocument::parse(input, DotenvDialect::Python);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QCOMPARE(document->toBytes(), input);
    QCOMPARE(document->value(u"B"), QByteArray("one-x"));
    QCOMPARE(document->value(u"D"), QByteArray("m1\nm2"));
    QCOMPARE(document->value(u"E"), QByteArray("e#1"));
    QVERIFY(!document->contains(u"C"));
    QVERIFY(document->setValue(u"A"_s, "two"));
    QCOMPARE(document->toBytes(), QByteArray("\xEF\xBB\xBF# head\r\n\r\n# note\r\nexport A = "
                                             "two\r\nB=${A}-x\r\nC\r\nD=\"m1\r\nm2\"\r\nE=e#1"));
    QCOMPARE(document->value(u"B"), QByteArray("two-x")); // interpolation follows the new value
    QVERIFY(document->setValue(u"E"_s, "has space"));
    QVERIFY(document->setValue(u"F"_s, "it's"));
    QVERIFY(document->toBytes().endsWith("m2\"\r\nE='has space'\r\nF=\"it's\"\r\n"));
    const auto reread = DotenvDocument::parse(document->toBytes(), DotenvDialect::Python);
    QVERIFY(reread);
    QCOMPARE(shown(reread->resolvedValues()), shown(document->resolvedValues()));
    QCOMPARE(reread->value(u"F"), QByteArray("it's"));
}

void TestDotenvDialect::pythonNeverClosedQuoteIsAnError()
{
    const auto document = DotenvDocument::parse("A=1\nB=\"s3cretValue\nC=2\n", DotenvDialect::Python);
    QVERIFY(!document);
    QCOMPARE(document.error().line, 2);
    QCOMPARE(document.error().column, 3);
    QVERIFY(document.error().message.contains(u"never closed"_s));
    QVERIFY(!document.error().toString().contains(u"s3cret"_s));
    const auto invalid = DotenvDocument::parse("A=\xFF\n", DotenvDialect::Python);
    QVERIFY(!invalid);
    QVERIFY(invalid.error().message.contains(u"UTF-8"_s));
}

void TestDotenvDialect::pythonEditsSeeWhatPythonSees_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("canSet");
    QTest::addColumn<QString>("keysAfter");
    // `KEY` without `=` after the assignment unsets KEY for python-dotenv; a new value goes after it.
    QTest::newRow("key without = unsets") << QByteArray("A=1\nA\n") << u"A"_s << true << u"A"_s;
    // A single-quoted key that never closes makes python-dotenv look for its quote to the end of the
    // file: a line appended after it (holding a quote) would be read as part of that key.
    QTest::newRow("never-closed quoted key") << QByteArray("'K\n") << u"NEW"_s << false << QString();
    // A quoted value closed by its last (escaped) quote: a quote appended later would move the close.
    QTest::newRow("value closed by its last quote, then text")
        << QByteArray("A='x\\'y\n") << u"NEW"_s << false << QString();
    // A BOM inside the file is part of the key (python-dotenv strips it only at the file start).
    QTest::newRow("BOM inside the file") << QByteArray("A=1\n\xEF\xBB\xBF"
                                                       "B=2\n")
                                         << u"B"_s << true << u"A,\uFEFFB,B"_s;
}

void TestDotenvDialect::pythonEditsSeeWhatPythonSees()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(bool, canSet);
    QFETCH(QString, keysAfter);
    auto document = DotenvDocument::parse(input, DotenvDialect::Python);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QVERIFY(!document->contains(key));
    const auto set = document->setValue(key, "it's set");
    QCOMPARE(bool(set), canSet);
    if (!canSet) {
        QCOMPARE(document->toBytes(), input);
        QVERIFY2(set.error().contains(u"line 1"_s), qPrintable(set.error()));
        return;
    }
    QCOMPARE(document->value(key), QByteArray("it's set"));
    QCOMPARE(document->keys().join(u','), keysAfter);
    const auto real = readWithPython(document->toBytes());
    if (!real) {
        QSKIP(qPrintable(real.error()));
    }
    QCOMPARE(real->value(key), QByteArray("it's set"));
}

void TestDotenvDialect::resolvedValuesTakeTheEnvironment()
{
    const auto document = DotenvDocument::parse("a=${b}\nc=${HOME_X:-d}\nself=${self}\nb=file\ne=${b}\n",
                                                DotenvDialect::Python);
    QVERIFY(document);
    const ValueMap environment{{u"b"_s, "env"}, {u"HOME_X"_s, "/home/x"}, {u"self"_s, "outer"}};
    const ValueMap resolved = document->resolvedValues(environment);
    QCOMPARE(resolved.value(u"a"_s), QByteArray("env"));
    QCOMPARE(resolved.value(u"c"_s), QByteArray("/home/x"));
    QCOMPARE(resolved.value(u"self"_s), QByteArray("outer"));
    QCOMPARE(resolved.value(u"e"_s), QByteArray("file")); // file values win over the environment
    // The npm dialect has no interpolation.
    const auto npm = DotenvDocument::parse("a=${b}\n");
    QVERIFY(npm);
    QCOMPARE(npm->resolvedValues(environment).value(u"a"_s), QByteArray("${b}"));
}

void TestDotenvDialect::dialectNames()
{
    QCOMPARE(dotenvDialectName(DotenvDialect::Npm), u"npm"_s);
    QCOMPARE(dotenvDialectName(DotenvDialect::Python), u"python"_s);
    QCOMPARE(dotenvDialectFromName(u"Compose"), DotenvDialect::Python);
    QCOMPARE(dotenvDialectFromName(u"node"), DotenvDialect::Npm);
    QVERIFY(!dotenvDialectFromName(u"ruby"));
}

void TestDotenvDialect::corpusPythonParserCases()
{
    const auto json = corpusJson(u"python-dotenv-cases.json"_s);
    if (!json) {
        QSKIP("the shared corpus (../shared/corpus/dotenv) is not there");
    }
    const QJsonArray cases = json->object()[u"parser_cases"_s].toArray();
    QVERIFY(cases.size() >= 40);
    int agreed = 0;
    int refused = 0;
    for (const QJsonValue &c : cases) {
        const QByteArray input = c[u"input"_s].toString().toUtf8();
        QStringList want;
        bool wantsError = false;
        for (const QJsonValue &b : c[u"expected_bindings"_s].toArray()) {
            if (b[u"error"_s].toBool()) {
                want << u"<error>"_s;
                wantsError = true;
            } else if (!b[u"key"_s].isNull()) {
                want << b[u"key"_s].toString() +
                            (b[u"value"_s].isNull() ? u" (no value)"_s : u"="_s + b[u"value"_s].toString());
            }
        }
        const auto document = DotenvDocument::parse(input, DotenvDialect::Python);
        if (!document) {
            // Our documented departure: a quote that is never closed is an error, not a skipped binding.
            QVERIFY2(wantsError && document.error().message.contains(u"never closed"_s),
                     qPrintable(u"%1: %2"_s.arg(c[u"input"_s].toString(), document.error().toString())));
            ++refused;
            continue;
        }
        QCOMPARE(document->toBytes(), input);
        QStringList got;
        for (const DotenvEntry &entry : document->entries()) {
            if (entry.kind == DotenvEntry::Kind::Assignment) {
                got << entry.key + u"="_s + QString::fromUtf8(entry.literal);
            } else if (entry.kind == DotenvEntry::Kind::Unparsed) {
                got << (entry.key.isEmpty() ? u"<error>"_s : entry.key + u" (no value)"_s);
            }
        }
        QVERIFY2(got == want, qPrintable(u"input %1: got [%2], want [%3]"_s.arg(
                                  c[u"input"_s].toString(), got.join(u", "_s), want.join(u", "_s))));
        ++agreed;
    }
    qInfo("python-dotenv parser cases: %d agree, %d refused as never-closed quotes", agreed, refused);
    QCOMPARE(agreed + refused, cases.size());
}

void TestDotenvDialect::corpusPythonDotenvValuesCases()
{
    const auto json = corpusJson(u"python-dotenv-cases.json"_s);
    if (!json) {
        QSKIP("the shared corpus (../shared/corpus/dotenv) is not there");
    }
    const QJsonArray cases = json->object()[u"dotenv_values_cases"_s].toArray();
    QVERIFY(cases.size() >= 15);
    for (const QJsonValue &c : cases) {
        const QByteArray input = c[u"input"_s].toString().toUtf8();
        ValueMap environment;
        const QJsonObject environ = c[u"environ"_s].toObject();
        for (auto it = environ.begin(); it != environ.end(); ++it) {
            environment.insert(it.key(), bytesOf(it.value()));
        }
        ValueMap want;
        const QJsonObject expected = c[u"expected"_s].toObject();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            want.insert(it.key(), bytesOf(it.value()));
        }
        const auto document = DotenvDocument::parse(input, DotenvDialect::Python);
        QVERIFY(document);
        ValueMap got;
        if (c[u"interpolate"_s].toBool()) {
            got = document->resolvedValues(environment);
        } else {
            for (const DotenvEntry &entry : document->entries()) {
                if (entry.kind == DotenvEntry::Kind::Assignment) {
                    got.insert(entry.key, entry.literal);
                }
            }
        }
        QVERIFY2(shown(got) == shown(want),
                 qPrintable(u"%1 (interpolate %2): got %3, want %4"_s.arg(
                     c[u"input"_s].toString(), c[u"interpolate"_s].toBool() ? u"on"_s : u"off"_s, shown(got),
                     shown(want))));
    }
    qInfo("python-dotenv dotenv_values cases: %lld agree", static_cast<long long>(cases.size()));
}

void TestDotenvDialect::corpusPythonSetKeyCases()
{
    // python-dotenv's set_key(file, key, value) cases: our writer quotes differently (the safe subset, not
    // set_key's always-single-quotes), so the bytes differ by design; what must agree is what the real
    // python-dotenv then reads: the value set, and every other binding of the file unchanged.
    const auto json = corpusJson(u"python-dotenv-cases.json"_s);
    if (!json) {
        QSKIP("the shared corpus (../shared/corpus/dotenv) is not there");
    }
    if (!DotenvOracle::pythonMissing().isEmpty()) {
        QSKIP(qPrintable(DotenvOracle::pythonMissing()));
    }
    const QJsonArray cases = json->object()[u"set_key_cases"_s].toArray();
    QVERIFY(cases.size() >= 13);
    QTemporaryDir dir;
    int agreed = 0;
    int refused = 0;
    for (const QJsonValue &c : cases) {
        const QByteArray before = c[u"before"_s].toString().toUtf8();
        const QString key = c[u"key"_s].toString();
        const QByteArray value = c[u"value"_s].toString().toUtf8();
        auto document = DotenvDocument::parse(before, DotenvDialect::Python);
        QVERIFY(document);
        if (auto set = document->setValue(key, value); !set) {
            // A value no form carries portably is refused with the readers that would disagree.
            QVERIFY2(!set.error().isEmpty(), qPrintable(key));
            ++refused;
            continue;
        }
        const QString ours = dir.filePath(u"ours-%1.env"_s.arg(agreed + refused));
        const QString theirs = dir.filePath(u"theirs-%1.env"_s.arg(agreed + refused));
        QVERIFY(TestFiles::writeFile(ours, document->toBytes()));
        QVERIFY(TestFiles::writeFile(theirs, c[u"expected_file_after"_s].toString().toUtf8()));
        const auto readOurs = DotenvOracle::readWithPython(ours);
        const auto readTheirs = DotenvOracle::readWithPython(theirs);
        QVERIFY2(readOurs && readTheirs, qPrintable(readOurs ? readTheirs.error() : readOurs.error()));
        QVERIFY2(readOurs->value(key) == value,
                 qPrintable(u"set %1: python-dotenv reads our file as %2"_s.arg(
                     key, QString::fromUtf8(readOurs->value(key)))));
        QCOMPARE(*readOurs, *readTheirs); // the same bindings python's own set_key leaves
        ++agreed;
    }
    qInfo("python-dotenv set_key cases: %d read back identically by python-dotenv, %d refused", agreed,
          refused);
    QCOMPARE(agreed + refused, cases.size());
}

void TestDotenvDialect::corpusNpmExpected()
{
    const auto json = corpusJson(u"expected.json"_s);
    if (!json) {
        QSKIP("the shared corpus (../shared/corpus/dotenv) is not there");
    }
    int count = 0;
    const QJsonArray cases = json->object()[u"inline_cases"_s].toArray();
    for (const QJsonValue &c : cases) {
        const auto document = DotenvDocument::parse(c[u"input"_s].toString().toUtf8(), DotenvDialect::Npm);
        QVERIFY(document);
        ValueMap want;
        const QJsonObject parsed = c[u"parsed"_s].toObject();
        for (auto it = parsed.begin(); it != parsed.end(); ++it) {
            want.insert(it.key(), bytesOf(it.value()));
        }
        QVERIFY2(shown(document->resolvedValues()) == shown(want), qPrintable(c[u"from"_s].toString()));
        ++count;
    }
    const QDir corpus(QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/dotenv"));
    const QJsonObject fixtures = json->object()[u"fixtures"_s].toObject();
    for (auto it = fixtures.begin(); it != fixtures.end(); ++it) {
        QFile file(corpus.filePath(it.key()));
        if (!file.open(QIODevice::ReadOnly)) {
            continue; // listed but not shipped (.env-multiline is a leftover of a rename)
        }
        const auto document = DotenvDocument::parse(file.readAll(), DotenvDialect::Npm);
        QVERIFY(document);
        ValueMap want;
        const QJsonObject parsed = it.value()[u"parsed"_s].toObject();
        for (auto p = parsed.begin(); p != parsed.end(); ++p) {
            want.insert(p.key(), bytesOf(p.value()));
        }
        QCOMPARE(shown(document->resolvedValues()), shown(want));
        ++count;
    }
    qInfo("npm expected.json: %d inputs agree", count);
}

void TestDotenvDialect::corpusCrossToolProbe_data()
{
    QTest::addColumn<DotenvDialect>("dialect");
    QTest::addColumn<QString>("reader");
    QTest::newRow("npm vs dotenv 18") << DotenvDialect::Npm << QString::fromLatin1(kNpmReader);
    QTest::newRow("python vs python-dotenv 1.2.2")
        << DotenvDialect::Python << QString::fromLatin1(kPythonReader);
}

void TestDotenvDialect::corpusCrossToolProbe()
{
    QFETCH(DotenvDialect, dialect);
    QFETCH(QString, reader);
    const auto json = corpusJson(u"cross-tool-probe.json"_s);
    if (!json) {
        QSKIP("the shared corpus (../shared/corpus/dotenv) is not there");
    }
    const QJsonArray cases = json->array();
    QVERIFY(cases.size() >= 80);
    int agreed = 0;
    int refused = 0;
    for (const QJsonValue &c : cases) {
        const QString id = c[u"id"_s].toString();
        const QByteArray input = c[u"input"_s].toString().toUtf8();
        const QJsonObject result = c[u"results"_s][reader].toObject();
        QVERIFY2(result.contains(u"values"_s), qPrintable(id));
        const auto document = DotenvDocument::parse(input, dialect);
        if (kRefusedCases.contains(id)) {
            QVERIFY2(!document && document.error().message.contains(u"never closed"_s), qPrintable(id));
            ++refused;
            continue;
        }
        QVERIFY2(document, qPrintable(id + u": "_s + (document ? QString() : document.error().toString())));
        QCOMPARE(document->toBytes(), input);
        ValueMap want;
        const QJsonObject values = result[u"values"_s].toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            if (!it.value().isNull()) {
                want.insert(it.key(), bytesOf(it.value()));
            }
        }
        QVERIFY2(shown(document->resolvedValues()) == shown(want),
                 qPrintable(u"%1: got %2, %3 read %4"_s.arg(id, shown(document->resolvedValues()), reader,
                                                            shown(want))));
        ++agreed;
    }
    qInfo("cross-tool-probe, %s: %d agree, %d refused (never-closed quote)", qPrintable(reader), agreed,
          refused);
    QCOMPARE(agreed + refused, cases.size());
}

QTEST_GUILESS_MAIN(TestDotenvDialect)
#include "tst_dotenvdialect.moc"

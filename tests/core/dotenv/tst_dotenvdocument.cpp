#include "core/dotenv/DotenvDocument.h"

#include "DotenvOracle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using ValueMap = QHash<QString, QByteArray>;

namespace {

ValueMap valuesOf(const DotenvDocument &document)
{
    ValueMap out;
    for (const QString &key : document.keys()) {
        out.insert(key, *document.value(key));
    }
    return out;
}

QByteArray bytesOf(const QJsonValue &value)
{
    QByteArray out = value.toString().toUtf8();
    return out.isNull() ? QByteArray("") : out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString shown(const ValueMap &map)
{
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it) {
        parts << it.key() + u"="_s + QString::fromUtf8(it.value().toPercentEncoding(" :/.,=_-@'\"`#!{}"));
    }
    parts.sort();
    return parts.join(u" | "_s);
}

struct ValueCase
{
    const char *name;
    QByteArray input;
    ValueMap expected;
};

// Inputs and what npm dotenv 16 reads from them (each one is also checked against the real package).
QList<ValueCase> valueCases()
{
    return {
        {"plain", "A=plain\n", {{u"A"_s, "plain"}}},
        {"empty", "A=\n", {{u"A"_s, ""}}},
        {"empty at end of file", "A=", {{u"A"_s, ""}}},
        {"hash without space ends value", "A=b#c\n", {{u"A"_s, "b"}}},
        {"hash starts value", "A=#abc\n", {{u"A"_s, ""}}},
        {"space then comment", "A= # comment\nB=y\n", {{u"A"_s, ""}, {u"B"_s, "y"}}},
        {"unquoted trimmed", "A=   spaced  out   \n", {{u"A"_s, "spaced  out"}}},
        {"tab before hash", "A=b\t#c\n", {{u"A"_s, "b"}}},
        {"quoted then junk keeps quotes", "A=\"b\"junk\n", {{u"A"_s, "\"b\"junk"}}},
        {"quoted then junk expands \\n", "A=\"b\\n\"junk\n", {{u"A"_s, "\"b\n\"junk"}}},
        {"single quotes spaces", "A='  spaced  '\n", {{u"A"_s, "  spaced  "}}},
        {"double quote escapes kept", "A=\"say \\\"hi\\\"\"\n", {{u"A"_s, "say \\\"hi\\\""}}},
        {"single escaped quote kept", "A='it\\'s'\n", {{u"A"_s, "it\\'s"}}},
        {"double \\n expands", "A=\"a\\nb\\rc\"\n", {{u"A"_s, "a\nb\rc"}}},
        {"single \\n literal", "A='a\\nb'\n", {{u"A"_s, "a\\nb"}}},
        {"backtick \\n literal", "A=`a\\nb`\n", {{u"A"_s, "a\\nb"}}},
        {"unquoted \\n literal", "A=a\\nb\n", {{u"A"_s, "a\\nb"}}},
        {"backslash before closing quote", "A='abc\\'\nB=2\n", {{u"A"_s, "abc\\"}, {u"B"_s, "2"}}},
        {"double backslash", "A=\"a\\\\b\"\n", {{u"A"_s, "a\\\\b"}}},
        {"multi-line double", "A=\"line1\nline2\"\nB=after\n", {{u"A"_s, "line1\nline2"}, {u"B"_s, "after"}}},
        {"multi-line single CRLF", "A='l1\r\nl2'\r\nB=x\r\n", {{u"A"_s, "l1\nl2"}, {u"B"_s, "x"}}},
        {"multi-line backtick", "A=`l1\n\"l2'\"\nl3`\n", {{u"A"_s, "l1\n\"l2'\"\nl3"}}},
        {"quote closed later by junk", "A=\"abc\nB=\"x\"\n", {{u"A"_s, "\"abc"}, {u"B"_s, "x"}}},
        {"quoted value swallows lines", "A=\"abc\nB=2\n\"\nC=3\n", {{u"A"_s, "abc\nB=2\n"}, {u"C"_s, "3"}}},
        {"quote then comment", "A=\"VALUE1\" # or \"VALUE2\"\n", {{u"A"_s, "VALUE1"}}},
        {"quote then hash directly", "A='x'#c\n", {{u"A"_s, "x"}}},
        {"escaped quote chain", "A='a\\' b\\' c'\n", {{u"A"_s, "a\\' b\\' c"}}},
        {"escaped quote then junk", "A='a\\' junk\nB='b'\n", {{u"A"_s, "'a\\' junk"}, {u"B"_s, "b"}}},
        {"space before quote", "A= \"x y\"\n", {{u"A"_s, "x y"}}},
        {"quote on next line", "A=\n'x'\nB=1\n", {{u"A"_s, "x"}, {u"B"_s, "1"}}},
        {"no value then line", "A=\nB=1\n", {{u"A"_s, ""}, {u"B"_s, "1"}}},
        {"export", "export A=b\n", {{u"A"_s, "b"}}},
        {"export spaced", "export   A  =  b\n", {{u"A"_s, "b"}}},
        {"export as key", "export =5\n", {{u"export"_s, "5"}}},
        {"export alone", "export\nA=1\n", {{u"A"_s, "1"}}},
        {"colon", "A: b\n", {{u"A"_s, "b"}}},
        {"colon without space", "A:b\nB=1\n", {{u"B"_s, "1"}}},
        {"colon at end of line takes next line", "A:\nB=2\n", {{u"A"_s, "B=2"}}},
        {"colon before comment line", "A:\n# c\nB=2\n", {{u"A"_s, ""}, {u"B"_s, "2"}}},
        {"key with dot and dash", "a.b-c=x\n", {{u"a.b-c"_s, "x"}}},
        {"key digit", "1A=x\n", {{u"1A"_s, "x"}}},
        {"no equals", "A\nB=1\n", {{u"B"_s, "1"}}},
        {"key then equals on next line", "A\n=b\n", {{u"A"_s, "b"}}},
        {"spaces around equals", "  A = b\n", {{u"A"_s, "b"}}},
        {"value starts with equals", "A==b=\n", {{u"A"_s, "=b="}}},
        {"duplicates last wins", "A=1\nA=2\n", {{u"A"_s, "2"}}},
        {"CR only", "A=x\rB=y\r", {{u"A"_s, "x"}, {u"B"_s, "y"}}},
        {"BOM",
         "\xEF\xBB\xBF"
         "A=x\nB=y",
         {{u"A"_s, "x"}, {u"B"_s, "y"}}},
        {"BOM later",
         "A=1\n\xEF\xBB\xBF"
         "B=2\n",
         {{u"A"_s, "1"}, {u"B"_s, "2"}}},
        {"whitespace line", "# c\n   \nA=x\n# c2\n\t\nB=y\n", {{u"A"_s, "x"}, {u"B"_s, "y"}}},
        {"unicode",
         "A=h\xC3\xA9llo w\xC3\xB6rld \xE2\x9C\x93\n",
         {{u"A"_s, "h\xC3\xA9llo w\xC3\xB6rld \xE2\x9C\x93"}}},
        {"NBSP trimmed", "A=\xC2\xA0x\xC2\xA0\n", {{u"A"_s, "x"}}},
        {"line separator ends comment",
         "# c\xE2\x80\xA8"
         "B=1\n",
         {{u"B"_s, "1"}}},
        {"line separator inside unquoted",
         "A=x\xE2\x80\xA8"
         "B=1\n",
         {{u"A"_s, "x\xE2\x80\xA8"
                   "B=1"}}},
        {"line separator ends quoted value", "A='x'\xE2\x80\xA8\"y\"\n", {{u"A"_s, "x"}}},
        {"line separator quoted segments", "A='x' y\xE2\x80\xA8\"z\"\n", {{u"A"_s, "'x' y\xE2\x80\xA8z"}}},
        {"quoted value with BOM inside", "A=' \xEF\xBB\xBFx'\n", {{u"A"_s, " \xEF\xBB\xBFx"}}},
        {"dollar literal", "A=pa$word\nB='${X}'\n", {{u"A"_s, "pa$word"}, {u"B"_s, "${X}"}}},
        {"empty quotes", "A=''\nB=\"\"\nC=``\n", {{u"A"_s, ""}, {u"B"_s, ""}, {u"C"_s, ""}}},
        {"lone quote value", "A='\nB=x'\n", {{u"A"_s, "\nB=x"}}},
        {"unparsed junk", "this is junk\n[section]\nA=1\n", {{u"A"_s, "1"}}},
    };
}

// A random file built from the pieces that steer npm dotenv's regex.
QByteArray randomDotenvFile(QRandomGenerator &rng)
{
    static const QList<QByteArray> lead{"",  "",    " ", "\t", "export ", "export  ", "\xEF\xBB\xBF",
                                        "#", "  # "};
    // python-dotenv reads a key in single quotes (`'K'=v`), and a quote that never closes makes it look
    // for one to the end of the file.
    static const QList<QByteArray> keys{"A", "B", "a.b", "K-1", "export", "C_2", "'K'", "'Q"};
    static const QList<QByteArray> separators{"=",   "=",   "=",   " = ", ": ", ":",
                                              "  =", "\n=", ":\n", "=\n", ":\t"};
    static const QList<QByteArray> pieces{
        "x",        "yz",           " ",    "  ",   "'",   "\"",       "`",
        "#",        "\\",           "\\n",  "\\r",  "\\'", "\\\"",     "=",
        "$V",       "\t",           "\n",   "\r\n", "\r",  "\xC3\xA9", "\xE2\x80\xA8",
        "\xC2\xA0", "\xEF\xBB\xBF", "\n\n", "# c"};
    static const QList<QByteArray> quotes{"'", "\"", "`"};
    static const QList<QByteArray> endings{"\n", "\n", "\r\n", "\r", "\n\n", "\n  \n", ""};
    const auto pick = [&](const QList<QByteArray> &list) {
        return list[rng.bounded(int(list.size()))];
    };
    const auto content = [&](int maxPieces) {
        QByteArray out;
        const int count = rng.bounded(maxPieces + 1);
        for (int i = 0; i < count; ++i) {
            out += pick(pieces);
        }
        return out;
    };
    QByteArray file;
    const int lines = 1 + rng.bounded(5);
    for (int l = 0; l < lines; ++l) {
        file += pick(lead) + pick(keys) + pick(separators);
        if (rng.bounded(4) == 0) {
            file += content(4);
        } else {
            const QByteArray q = pick(quotes);
            file += content(1) + q + content(5) + q + content(2);
        }
        file += pick(endings);
    }
    return file;
}

QString oracleMissing(DotenvDialect dialect)
{
    return dialect == DotenvDialect::Npm ? DotenvOracle::nodeMissing() : DotenvOracle::pythonMissing();
}

// Each file as the dialect's real reader reads it: npm dotenv, or python-dotenv without interpolation
// (the random files hold no `${`).
std::expected<QList<ValueMap>, QString> readWithOracle(DotenvDialect dialect, const QStringList &paths)
{
    return dialect == DotenvDialect::Npm ? DotenvOracle::readManyWithNode(paths)
                                         : DotenvOracle::readManyWithPython(paths);
}

// The bytes the dialect's real reader is given for @p file. Debian's python-dotenv keeps a leading BOM in
// the first key; the Python dialect follows the python-dotenv snapshot, which strips it (research/dotenv.md
// §1.2), so the oracle reads the file without it.
QByteArray oracleInput(DotenvDialect dialect, const QByteArray &file)
{
    if (dialect == DotenvDialect::Python && file.startsWith("\xEF\xBB\xBF")) {
        return file.mid(3);
    }
    return file;
}

quint32 propertySeed()
{
    quint32 seed = 20261129;
    if (const QByteArray fromEnv = qgetenv("ENVSMITH_PROPERTY_SEED"); !fromEnv.isEmpty()) {
        seed = fromEnv.toUInt();
    }
    qInfo("seed %u (set ENVSMITH_PROPERTY_SEED to repeat another run)", seed);
    return seed;
}

} // namespace

class TestDotenvDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void entryKinds();
    void values_data();
    void values();
    void valuesMatchNodeDotenv();
    void randomFilesMatchTheRealReader_data();
    void randomFilesMatchTheRealReader();
    void randomEditsMatchAFreshRead_data();
    void randomEditsMatchAFreshRead();
    void corpusFixtures_data();
    void corpusFixtures();
    void corpusInlineCases();
    void keysAndDuplicates();
    void lineEndingDetection_data();
    void lineEndingDetection();
    void setValue_data();
    void setValue();
    void setValueChangesOnlyTheValueBytes();
    void setValueRefusals_data();
    void setValueRefusals();
    void setValueRefusesToChangeOtherLines_data();
    void setValueRefusesToChangeOtherLines();
    void appendCommentAndBlankLine();
    void errors_data();
    void errors();
    void hundredThousandLines();
    void tenMegabyteLine_data();
    void tenMegabyteLine();
};

void TestDotenvDocument::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one newline") << QByteArray("\n");
    QTest::newRow("no final newline") << QByteArray("A=1\nB=2");
    QTest::newRow("comments and blanks") << QByteArray("# head\n\n  # indented\nA=1 # tail\n\n\n");
    QTest::newRow("CRLF") << QByteArray("A=1\r\n# c\r\n\r\nB='x'\r\n");
    QTest::newRow("CR only") << QByteArray("A=1\rB=2\r");
    QTest::newRow("mixed endings") << QByteArray("A=1\r\nB=2\nC=3\rD=4");
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "A=1\n");
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("export") << QByteArray("export A=1\nexport   B = 'two'\n");
    QTest::newRow("duplicates") << QByteArray("A=1\nB=2\nA=3\n");
    QTest::newRow("multi-line quoted") << QByteArray("A=\"l1\nl2\r\nl3\"  # c\nB=`x\ny`\n");
    QTest::newRow("unparsed lines") << QByteArray("KEY\njunk here\n'quoted'\n=x\n");
    QTest::newRow("whitespace lines") << QByteArray("  \n\t\n \xC2\xA0 \nA=1\n   ");
    QTest::newRow("colon forms") << QByteArray("A: b\nB:\nC=1\nD:\n# c\n");
    QTest::newRow("key on one line, value on the next") << QByteArray("A\n=b\nC=\n\"q\"\n");
    QTest::newRow("line separators") << QByteArray("# x\xE2\x80\xA8"
                                                   "A=1\xE2\x80\xA9"
                                                   "B=2\n");
    QTest::newRow("quote closed later") << QByteArray("A=\"abc\nB=\"x\"\n");
    QTest::newRow("trailing spaces") << QByteArray("A=1   \nB='x'   \n");
}

void TestDotenvDocument::roundTrip()
{
    QFETCH(QByteArray, input);
    const auto document = DotenvDocument::parse(input);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QCOMPARE(document->toBytes(), input);
    // Entries tile the input: in order, without gaps, each one non-empty.
    QByteArray joined;
    int previousLine = 0;
    for (const DotenvEntry &entry : document->entries()) {
        QVERIFY(!entry.raw.isEmpty());
        QVERIFY(entry.line >= previousLine);
        previousLine = entry.line;
        joined += entry.raw;
    }
    QCOMPARE(joined, input);
    // Reading the output again gives the same document.
    const auto again = DotenvDocument::parse(document->toBytes());
    QVERIFY(again);
    QCOMPARE(valuesOf(*again), valuesOf(*document));
}

void TestDotenvDocument::entryKinds()
{
    const QByteArray input = "# comment\n\nA=1\nexport B=\"x\ny\"\njunk\n  \nC: 'z'\n";
    const auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    const QList<DotenvEntry> &e = document->entries();
    QCOMPARE(e.size(), 7);
    using K = DotenvEntry::Kind;
    QCOMPARE(e[0].kind, K::Comment);
    QCOMPARE(e[1].kind, K::Blank);
    QCOMPARE(e[2].kind, K::Assignment);
    QCOMPARE(e[2].line, 3);
    QCOMPARE(e[3].kind, K::Assignment);
    QCOMPARE(e[3].key, u"B"_s);
    QCOMPARE(e[3].raw, QByteArray("export B=\"x\ny\"\n"));
    QVERIFY(e[3].exported);
    QCOMPARE(e[3].quote, DotenvEntry::Quote::Double);
    QCOMPARE(e[3].line, 4);
    QCOMPARE(e[4].kind, K::Unparsed);
    QCOMPARE(e[4].line, 6);
    QCOMPARE(e[5].kind, K::Blank);
    QCOMPARE(e[6].kind, K::Assignment);
    QCOMPARE(e[6].quote, DotenvEntry::Quote::Single);
    QVERIFY(!e[6].exported);
    QCOMPARE(e[6].value, QByteArray("z"));
}

void TestDotenvDocument::values_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ValueMap>("expected");
    for (const ValueCase &c : valueCases()) {
        QTest::newRow(c.name) << c.input << c.expected;
    }
}

void TestDotenvDocument::values()
{
    QFETCH(QByteArray, input);
    QFETCH(ValueMap, expected);
    const auto document = DotenvDocument::parse(input);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QCOMPARE(shown(valuesOf(*document)), shown(expected));
    QCOMPARE(document->toBytes(), input);
}

void TestDotenvDocument::valuesMatchNodeDotenv()
{
    if (const QString missing = DotenvOracle::nodeMissing(); !missing.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<ValueCase> cases = valueCases();
    QStringList paths;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        paths << dir.filePath(u"case%1.env"_s.arg(i));
        QVERIFY(writeFile(paths.last(), cases[i].input));
    }
    const auto read = DotenvOracle::readManyWithNode(paths);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QVERIFY2(shown(read->at(i)) == shown(cases[i].expected),
                 qPrintable(u"%1: node read %2"_s.arg(QLatin1StringView(cases[i].name), shown(read->at(i)))));
    }
}

void TestDotenvDocument::randomFilesMatchTheRealReader_data()
{
    QTest::addColumn<DotenvDialect>("dialect");
    QTest::newRow("npm dotenv") << DotenvDialect::Npm;
    QTest::newRow("python-dotenv") << DotenvDialect::Python;
}

void TestDotenvDocument::randomFilesMatchTheRealReader()
{
    QFETCH(DotenvDialect, dialect);
    if (const QString missing = oracleMissing(dialect); !missing.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    // Random files, each read by our parser and by the real package, which must agree on every key and
    // value.
    QRandomGenerator rng(propertySeed());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    QList<ValueMap> ours;
    int rejected = 0;
    constexpr int kFiles = 3000;
    for (int f = 0; f < kFiles; ++f) {
        const QByteArray file = randomDotenvFile(rng);
        const auto document = DotenvDocument::parse(file, dialect);
        if (!document) {
            // Only never-closed quotes may be refused (the pieces are valid UTF-8 without NUL).
            QVERIFY2(document.error().message.contains(u"never closed"_s),
                     qPrintable(document.error().toString()));
            ++rejected;
            continue;
        }
        QCOMPARE(document->toBytes(), file);
        paths << dir.filePath(u"f%1.env"_s.arg(f));
        QVERIFY(writeFile(paths.last(), oracleInput(dialect, file)));
        ours << valuesOf(*document);
    }
    QVERIFY2(rejected < kFiles / 2, qPrintable(u"%1 of %2 files rejected"_s.arg(rejected).arg(kFiles)));
    const auto read = readWithOracle(dialect, paths);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (shown(read->at(i)) != shown(ours[i])) {
            QFile file(paths[i]);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QFAIL(qPrintable(u"%1\ninput: %2\nreal:  %3\nours:  %4"_s.arg(
                paths[i], QString::fromLatin1(file.readAll().toPercentEncoding(" :/.,=_-@'\"`#!{}$")),
                shown(read->at(i)), shown(ours[i]))));
        }
    }
    qInfo("%lld random files agree with the real reader; %d refused for a never-closed quote", paths.size(),
          rejected);
}

void TestDotenvDocument::randomEditsMatchAFreshRead_data()
{
    randomFilesMatchTheRealReader_data();
}

void TestDotenvDocument::randomEditsMatchAFreshRead()
{
    // Random edits of random files: after each one the document equals a fresh read of its bytes, the
    // edited key has its new value and every other key keeps its value; a refused edit changes nothing.
    // The final files are read by the dialect's real reader too.
    QFETCH(DotenvDialect, dialect);
    QRandomGenerator rng(propertySeed());
    const QList<QByteArray> values{
        "",  "v",      "x y", "it's", " #x", "a'b", "#", "  ", "`", "p@ss:w/rd", "\xC3\xA9\xE2\x80\xA8",
        "'", "\"no\"", "$no"};
    const QList<QString> keys{u"A"_s, u"B"_s, u"C_2"_s, u"NEW"_s, u"export"_s};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    QList<ValueMap> expected;
    int applied = 0;
    int refused = 0;
    for (int f = 0; f < 1500; ++f) {
        auto document = DotenvDocument::parse(randomDotenvFile(rng), dialect);
        if (!document) {
            continue;
        }
        for (int edit = 0; edit < 4; ++edit) {
            const QByteArray before = document->toBytes();
            const ValueMap valuesBefore = valuesOf(*document);
            QString key;
            QByteArray value;
            std::expected<void, QString> done;
            switch (rng.bounded(6)) {
            case 0:
                done = document->appendComment(u"note 'q' \"d\" #"_s.left(rng.bounded(14)));
                break;
            case 1:
                done = document->appendBlankLine();
                break;
            default:
                key = keys[rng.bounded(int(keys.size()))];
                value = values[rng.bounded(int(values.size()))];
                done = document->setValue(key, value);
            }
            if (!done) {
                QCOMPARE(document->toBytes(), before);
                ++refused;
                continue;
            }
            ++applied;
            const auto fresh = DotenvDocument::parse(document->toBytes(), dialect);
            QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));
            if (fresh->entries().size() != document->entries().size()) {
                QStringList a, b;
                for (const auto &e : fresh->entries()) {
                    a << QString::fromLatin1(e.raw.toPercentEncoding());
                }
                for (const auto &e : document->entries()) {
                    b << QString::fromLatin1(e.raw.toPercentEncoding());
                }
                QFAIL(qPrintable(u"before %1\nkey %2 value %3\nfresh %4\nours  %5"_s.arg(
                    QString::fromLatin1(before.toPercentEncoding()), key,
                    QString::fromLatin1(value.toPercentEncoding()), a.join(u" | "_s), b.join(u" | "_s))));
            }
            for (qsizetype i = 0; i < fresh->entries().size(); ++i) {
                const DotenvEntry &a = fresh->entries()[i];
                const DotenvEntry &b = document->entries()[i];
                QCOMPARE(a.raw, b.raw);
                QCOMPARE(a.kind, b.kind);
                QCOMPARE(a.key, b.key);
                QCOMPARE(a.value, b.value);
                QCOMPARE(a.line, b.line);
                QCOMPARE(a.quote, b.quote);
                QCOMPARE(a.exported, b.exported);
            }
            ValueMap want = valuesBefore;
            if (!key.isEmpty()) {
                want.insert(key, value);
            }
            QCOMPARE(shown(valuesOf(*fresh)), shown(want));
        }
        paths << dir.filePath(u"e%1.env"_s.arg(f));
        QVERIFY(writeFile(paths.last(), oracleInput(dialect, document->toBytes())));
        expected << valuesOf(*document);
    }
    qInfo("%d edits applied, %d refused", applied, refused);
    QVERIFY(applied > 2000);
    if (const QString missing = oracleMissing(dialect); !missing.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    const auto read = readWithOracle(dialect, paths);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QVERIFY2(shown(read->at(i)) == shown(expected[i]),
                 qPrintable(u"%1: real %2, ours %3"_s.arg(paths[i], shown(read->at(i)), shown(expected[i]))));
    }
}

void TestDotenvDocument::corpusFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name : {".env", ".env.multiline", ".env.bom", ".env.local", ".env-multiline"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestDotenvDocument::corpusFixtures()
{
    QFETCH(QString, fixture);
    const QDir corpus(QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/dotenv"));
    QFile expectedFile(corpus.filePath(u"expected.json"_s));
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        QSKIP("the shared corpus (../shared/corpus/dotenv) is not there");
    }
    QFile input(corpus.filePath(fixture));
    if (!input.open(QIODevice::ReadOnly)) {
        QSKIP(qPrintable(u"fixture %1 is not in the corpus"_s.arg(fixture)));
    }
    const QByteArray bytes = input.readAll();
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll())
                                     .object()[u"fixtures"_s][fixture][u"parsed"_s]
                                     .toObject();
    QVERIFY(!expected.isEmpty());
    const auto document = DotenvDocument::parse(bytes);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QCOMPARE(document->toBytes(), bytes);
    ValueMap want;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        want.insert(it.key(), bytesOf(it.value()));
    }
    QCOMPARE(shown(valuesOf(*document)), shown(want));
}

void TestDotenvDocument::corpusInlineCases()
{
    QFile expectedFile(QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/dotenv/expected.json"));
    if (!expectedFile.open(QIODevice::ReadOnly)) {
        QSKIP("the shared corpus (../shared/corpus/dotenv) is not there");
    }
    const QJsonArray cases =
        QJsonDocument::fromJson(expectedFile.readAll()).object()[u"inline_cases"_s].toArray();
    QVERIFY(cases.size() > 10);
    for (const QJsonValue &c : cases) {
        const QByteArray input = c[u"input"_s].toString().toUtf8();
        const QString from = c[u"from"_s].toString();
        const auto document = DotenvDocument::parse(input);
        QVERIFY2(document, qPrintable(from));
        QCOMPARE(document->toBytes(), input);
        ValueMap want;
        const QJsonObject parsed = c[u"parsed"_s].toObject();
        for (auto it = parsed.begin(); it != parsed.end(); ++it) {
            want.insert(it.key(), bytesOf(it.value()));
        }
        QVERIFY2(shown(valuesOf(*document)) == shown(want),
                 qPrintable(u"%1: got %2, want %3"_s.arg(from, shown(valuesOf(*document)), shown(want))));
    }
}

void TestDotenvDocument::keysAndDuplicates()
{
    const auto document = DotenvDocument::parse("B=1\nA=2\nB=3\n# B=4\nC=5\nA=6\nA=7\n");
    QVERIFY(document);
    QCOMPARE(document->keys(), (QStringList{u"B"_s, u"A"_s, u"C"_s}));
    QCOMPARE(document->duplicateKeys(), (QStringList{u"B"_s, u"A"_s}));
    QCOMPARE(document->value(u"B"), QByteArray("3"));
    QCOMPARE(document->value(u"A"), QByteArray("7"));
    QVERIFY(document->contains(u"C"));
    QVERIFY(!document->contains(u"D"));
    QVERIFY(!document->value(u"D").has_value());
    QVERIFY(!document->contains(u"b"));
}

void TestDotenvDocument::lineEndingDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("crlf");
    QTest::newRow("LF") << QByteArray("A=1\nB=2\r\n") << false;
    QTest::newRow("CRLF") << QByteArray("A=1\r\nB=2\n") << true;
    QTest::newRow("none") << QByteArray("A=1") << false;
    QTest::newRow("CR") << QByteArray("A=1\rB=2\r") << false;
}

void TestDotenvDocument::lineEndingDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, crlf);
    const auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    QCOMPARE(document->usesCrlf(), crlf);
}

void TestDotenvDocument::setValue_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *name, QByteArray in, QString key, QByteArray value, QByteArray out) {
        QTest::newRow(name) << in << key << value << out;
    };
    row("simple", "A=1\nB=2\nC=3\n", u"B"_s, "new", "A=1\nB=new\nC=3\n");
    row("keeps export", "export B=old\n", u"B"_s, "x y", "export B='x y'\n");
    row("keeps CRLF", "A=1\r\nB=2\r\nC=3\r\n", u"B"_s, "v", "A=1\r\nB=v\r\nC=3\r\n");
    row("last duplicate", "B=1\nA=x\nB=2\nC=3\n", u"B"_s, "9", "B=1\nA=x\nB=9\nC=3\n");
    row("quoted to unquoted", "B=\"old value\"\n", u"B"_s, "abc", "B=abc\n");
    row("to double quotes", "B=x\n", u"B"_s, "it's", "B=\"it's\"\n");
    row("multi-line old value", "A=1\nB=\"l1\nl2\nl3\"\nC=3\n", u"B"_s, "one", "A=1\nB=one\nC=3\n");
    row("spaces around equals", "  B = old\n", u"B"_s, "new", "  B = new\n");
    row("colon form", "B: old\n", u"B"_s, "new", "B: new\n");
    row("colon then line break", "B:\n# c\n", u"B"_s, "new", "B: new\n# c\n");
    row("comment moves above", "B=old # note\nC=1\n", u"B"_s, "new", "# note\nB=new\nC=1\n");
    row("comment after quoted", "B='o l d'   # note  \r\n", u"B"_s, "x y", "# note\r\nB='x y'\r\n");
    row("comment after empty", "B=# note\n", u"B"_s, "v", "# note\nB=v\n");
    row("trailing spaces dropped", "B=old   \n", u"B"_s, "new", "B=new\n");
    row("set empty", "B=old\n", u"B"_s, "", "B=\n");
    row("set empty keeps no spaces", "B=  old\n", u"B"_s, "", "B=\n");
    row("value on next line", "B=\n'old'\nC=1\n", u"B"_s, "v", "B=v\nC=1\n");
    row("last line without newline", "A=1\nB=old", u"B"_s, "v", "A=1\nB=v");
    row("BOM kept",
        "\xEF\xBB\xBF"
        "B=old\n",
        u"B"_s, "v",
        "\xEF\xBB\xBF"
        "B=v\n");
    row("append", "A=1\n", u"B"_s, "2", "A=1\nB=2\n");
    row("append to empty", "", u"B"_s, "2", "B=2\n");
    row("append adds final newline", "A=1", u"B"_s, "2", "A=1\nB=2\n");
    row("append after comment without newline", "# c", u"B"_s, "2", "# c\nB=2\n");
    row("append CRLF", "A=1\r\n", u"B"_s, "x y", "A=1\r\nB='x y'\r\n");
    row("append CRLF without final newline", "A=1\r\nC=3", u"B"_s, "2", "A=1\r\nC=3\r\nB=2\r\n");
    row("append when only a commented-out line has it", "# B=1\n", u"B"_s, "2", "# B=1\nB=2\n");
}

void TestDotenvDocument::setValue()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    const ValueMap before = valuesOf(*document);
    const auto set = document->setValue(key, value);
    QVERIFY2(set, qPrintable(set ? QString() : set.error()));
    QCOMPARE(document->toBytes(), expected);
    QCOMPARE(document->value(key), value);
    // The document's own entries agree with a fresh read of its bytes, and nothing else changed.
    const auto reread = DotenvDocument::parse(document->toBytes());
    QVERIFY(reread);
    QCOMPARE(reread->entries().size(), document->entries().size());
    for (qsizetype i = 0; i < reread->entries().size(); ++i) {
        QCOMPARE(reread->entries()[i].raw, document->entries()[i].raw);
        QCOMPARE(reread->entries()[i].value, document->entries()[i].value);
        QCOMPARE(reread->entries()[i].line, document->entries()[i].line);
    }
    ValueMap after = valuesOf(*reread);
    QCOMPARE(after.take(key), value);
    ValueMap others = before;
    others.remove(key);
    QCOMPARE(shown(after), shown(others));
}

void TestDotenvDocument::setValueChangesOnlyTheValueBytes()
{
    // Many shapes, each key set in turn: bytes before the value and after the line stay identical.
    const QByteArray input =
        "# head\r\n\r\nexport  ALPHA = 'a b' \r\nBETA=\"x\r\ny\"\r\n  GAMMA: g\r\nDELTA=\r\n"
        "ALPHA=dup\r\nEPS=`bt`\r\nZETA='z'";
    for (const QString &key : {u"ALPHA"_s, u"BETA"_s, u"GAMMA"_s, u"DELTA"_s, u"EPS"_s, u"ZETA"_s}) {
        auto document = DotenvDocument::parse(input);
        QVERIFY(document);
        qsizetype index = -1;
        for (qsizetype i = 0; i < document->entries().size(); ++i) {
            if (document->entries()[i].key == key) {
                index = i;
            }
        }
        QVERIFY(index >= 0);
        QByteArray before;
        for (qsizetype i = 0; i < index; ++i) {
            before += document->entries()[i].raw;
        }
        QByteArray after;
        for (qsizetype i = index + 1; i < document->entries().size(); ++i) {
            after += document->entries()[i].raw;
        }
        const QByteArray oldRaw = document->entries()[index].raw;
        QVERIFY(document->setValue(key, "n-e-w"));
        const QByteArray out = document->toBytes();
        QVERIFY(out.startsWith(before));
        QVERIFY(out.endsWith(after));
        const QByteArray newRaw = out.sliced(before.size(), out.size() - before.size() - after.size());
        // Same start up to the separator, the new value, the old line ending.
        const qsizetype separator = newRaw.indexOf("n-e-w");
        QVERIFY(separator > 0);
        QVERIFY2(oldRaw.startsWith(newRaw.left(separator)), oldRaw.constData());
        QCOMPARE(newRaw.sliced(separator), QByteArray("n-e-w") + (key == u"ZETA"_s ? "" : "\r\n"));
        QCOMPARE(document->value(key), QByteArray("n-e-w"));
    }
}

void TestDotenvDocument::setValueRefusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("dot in key") << u"a.b"_s << QByteArray("x") << u"a.b"_s;
    QTest::newRow("dash in key") << u"A-B"_s << QByteArray("x") << u"A-B"_s;
    QTest::newRow("leading digit") << u"1A"_s << QByteArray("x") << u"1A"_s;
    QTest::newRow("empty key") << QString() << QByteArray("x") << u"letters"_s;
    QTest::newRow("dollar") << u"A"_s << QByteArray("hunter$2secret") << u"dollar"_s;
    QTest::newRow("backslash") << u"A"_s << QByteArray("hunter\\2secret") << u"backslash"_s;
    QTest::newRow("newline") << u"A"_s << QByteArray("hunter\n2secret") << u"line break"_s;
    QTest::newRow("both quotes") << u"A"_s << QByteArray("hunter'\"2secret") << u"both"_s;
}

void TestDotenvDocument::setValueRefusals()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(QString, mentions);
    const QByteArray input = "A=1\n# c\n";
    auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    const auto set = document->setValue(key, value);
    QVERIFY(!set);
    QVERIFY2(set.error().contains(mentions), qPrintable(set.error()));
    QVERIFY(!set.error().contains(u"hunter"_s)); // never the value
    QCOMPARE(document->toBytes(), input);
}

void TestDotenvDocument::setValueRefusesToChangeOtherLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("canAppend");
    // Removing KEY's quotes would leave A's opening quote without any closing quote.
    QTest::newRow("would unclose") << QByteArray("A=\"abc\nKEY=\"x\"\n") << u"KEY"_s << QByteArray("y")
                                   << true;
    // A quote after a backslash can be skipped: a new value ' #x' would end A's value there.
    QTest::newRow("would close earlier value")
        << QByteArray("A='foo\\'\nKEY=x\n") << u"KEY"_s << QByteArray(" #x") << true;
    // `A:` at the end of the file: a line after it would become A's value.
    QTest::newRow("append after colon") << QByteArray("A:\n") << u"KEY"_s << QByteArray("1") << false;
}

void TestDotenvDocument::setValueRefusesToChangeOtherLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(QByteArray, value);
    QFETCH(bool, canAppend);
    auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    const ValueMap before = valuesOf(*document);
    const auto set = document->setValue(key, value);
    QVERIFY(!set);
    QVERIFY2(set.error().contains(u"line 1"_s), qPrintable(set.error()));
    QCOMPARE(document->toBytes(), input);
    QCOMPARE(shown(valuesOf(*document)), shown(before));
    // The document still works.
    QCOMPARE(bool(document->setValue(u"OTHER"_s, "ok")), canAppend);
}

void TestDotenvDocument::appendCommentAndBlankLine()
{
    auto document = DotenvDocument::parse("A=1");
    QVERIFY(document);
    QVERIFY(document->appendBlankLine());
    QVERIFY(document->appendComment(u"Added by Envsmith\nsecond line\r\n\r\nlast"));
    QVERIFY(document->setValue(u"B"_s, "2"));
    QCOMPARE(document->toBytes(), QByteArray("A=1\n\n# Added by Envsmith\n# second line\n#\n# last\nB=2\n"));

    auto crlf = DotenvDocument::parse("A=1\r\n");
    QVERIFY(crlf);
    QVERIFY(crlf->appendComment(u"c"));
    QVERIFY(crlf->appendBlankLine());
    QCOMPARE(crlf->toBytes(), QByteArray("A=1\r\n# c\r\n\r\n"));

    // After a lone CR, a blank line must not merge with it into one CR LF line ending.
    auto loneCr = DotenvDocument::parse("A=1\nB=2\r");
    QVERIFY(loneCr);
    QVERIFY(loneCr->appendBlankLine());
    QVERIFY(loneCr->setValue(u"C"_s, "3"));
    QCOMPARE(loneCr->toBytes(), QByteArray("A=1\nB=2\r\rC=3\n"));
    QCOMPARE(loneCr->entries().size(), 4);

    // A comment whose quote would close an earlier value that runs to the end of the file is refused.
    auto open = DotenvDocument::parse("WINDIR=\"C:\\dir\\\"\n");
    QVERIFY(open);
    QCOMPARE(open->value(u"WINDIR"), QByteArray("C:\\dir\\"));
    const auto refused = open->appendComment(u"ends in a quote \"");
    QVERIFY(!refused);
    QCOMPARE(open->toBytes(), QByteArray("WINDIR=\"C:\\dir\\\"\n"));
    QVERIFY(open->appendComment(u"harmless"));
}

void TestDotenvDocument::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unterminated double")
        << QByteArray("A=1\nB=\"s3cretValue\nC=2\n") << 2 << 3 << u"never closed"_s;
    QTest::newRow("unterminated single after spaces")
        << QByteArray("A=1\n\nKEY =  's3cretValue") << 3 << 8 << u"'"_s;
    QTest::newRow("unterminated backtick") << QByteArray("X=`s3cretValue\n") << 1 << 3 << u"backtick"_s;
    QTest::newRow("unterminated export CRLF")
        << QByteArray("A=1\r\nexport B='s3cretValue\r\n") << 2 << 10 << u"B"_s;
    QTest::newRow("unterminated after BOM") << QByteArray("\xEF\xBB\xBF"
                                                          "A=\"s3cretValue")
                                            << 1 << 3 << u"A"_s;
    QTest::newRow("columns count characters")
        << QByteArray("\xC3\xA9\xC3\xA9 x\nK\xC3\xA9=1\nB= \"s3cretValue") << 3 << 4 << u"never closed"_s;
    QTest::newRow("CR-only lines") << QByteArray("A=1\rB=2\rC='s3cretValue") << 3 << 3 << u"never closed"_s;
    QTest::newRow("unterminated on next line") << QByteArray("A=\n  's3cretValue\n") << 2 << 3 << u"A"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("A=s3cretValue\xFF\n") << 1 << 14 << u"UTF-8"_s;
    QTest::newRow("overlong") << QByteArray("A=1\nB=\xC0\xAFs3cretValue\n") << 2 << 3 << u"UTF-8"_s;
    QTest::newRow("surrogate") << QByteArray("A=\xED\xA0\x80s3cretValue") << 1 << 3 << u"UTF-8"_s;
    QTest::newRow("truncated at end") << QByteArray("A=s3cretValue\xE2\x82") << 1 << 14 << u"UTF-8"_s;
    QTest::newRow("above U+10FFFF") << QByteArray("A=\xF4\x90\x80\x80s3cretValue") << 1 << 3 << u"UTF-8"_s;
    QTest::newRow("NUL") << QByteArray("A=1\nB=s3cret\0Value\n", 19) << 2 << 9 << u"NUL"_s;
}

void TestDotenvDocument::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    const auto document = DotenvDocument::parse(input);
    QVERIFY(!document);
    const DotenvError &error = document.error();
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(u"line %1, column %2: "_s.arg(line).arg(column)));
    QVERIFY2(!error.toString().contains(u"s3cret"_s), qPrintable(error.toString()));
}

void TestDotenvDocument::hundredThousandLines()
{
    QByteArray input;
    for (int i = 0; i < 100000; ++i) {
        switch (i % 5) {
        case 0:
            input += "KEY_" + QByteArray::number(i) + "=value" + QByteArray::number(i) + "\n";
            break;
        case 1:
            input += "# comment " + QByteArray::number(i) + "\n";
            break;
        case 2:
            input += "\n";
            break;
        case 3:
            input += "Q_" + QByteArray::number(i) + "='quoted \\' value'\n";
            break;
        default:
            input += "junk without equals\n";
        }
    }
    auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    QCOMPARE(document->entries().size(), 100000);
    QCOMPARE(document->toBytes(), input);
    QCOMPARE(document->value(u"KEY_99995"), QByteArray("value99995"));
    QCOMPARE(document->value(u"Q_3"), QByteArray("quoted \\' value"));
    QCOMPARE(document->entries().last().line, 100000);
    QVERIFY(document->setValue(u"KEY_50000"_s, "changed"));
    QVERIFY(document->setValue(u"NEW_KEY"_s, "appended"));
    QCOMPARE(document->value(u"KEY_50000"), QByteArray("changed"));
    QCOMPARE(document->entries().size(), 100001);

    // Blank lines in bulk, and keys without '=' each followed by blank lines.
    QByteArray blanks = QByteArray(100000, '\n') + "A=1\n";
    for (int i = 0; i < 20000; ++i) {
        blanks += "KEY\n   \n\t\n";
    }
    const auto blankDocument = DotenvDocument::parse(blanks);
    QVERIFY(blankDocument);
    QCOMPARE(blankDocument->toBytes(), blanks);
    QCOMPARE(blankDocument->value(u"A"), QByteArray("1"));
}

void TestDotenvDocument::tenMegabyteLine_data()
{
    constexpr qsizetype kSize = 10 * 1024 * 1024;
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("value");
    const QByteArray plain(kSize, 'x');
    QTest::newRow("unquoted") << "A=" + plain << plain;
    QTest::newRow("double quoted") << "A=\"" + plain + "\"\n" << plain;
    QByteArray escapes;
    for (qsizetype i = 0; i < kSize / 2; ++i) {
        escapes += "\\'";
    }
    QTest::newRow("escaped quotes") << "A='" + escapes + "'\n" << escapes;
    QByteArray quotes(kSize, '\'');
    QTest::newRow("quotes") << "A=" + quotes << quotes.sliced(1, quotes.size() - 2);
    QTest::newRow("hashes") << "A=" + QByteArray(kSize, '#') << QByteArray("");
    QTest::newRow("spaces then value") << "A=" + QByteArray(kSize, ' ') + "v" << QByteArray("v");
    QTest::newRow("junk line") << QByteArray(kSize, '!') + "\nA=1" << QByteArray("1");
}

void TestDotenvDocument::tenMegabyteLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, value);
    const auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    QCOMPARE(document->toBytes().size(), input.size());
    QVERIFY(document->value(u"A") == value);
}

QTEST_GUILESS_MAIN(TestDotenvDocument)
#include "tst_dotenvdocument.moc"

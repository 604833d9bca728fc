#include "core/dotenv/DotenvDocument.h"
#include "core/dotenv/DotenvValueFormatter.h"

#include "DotenvOracle.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The rule of research/dotenv.md §3.3, written out independently of the implementation.
enum class Form { Unquoted, Single, Double, Refused };

Form expectedForm(QByteArrayView v)
{
    const auto has = [&](char c) {
        return v.contains(c);
    };
    bool unquoted = true;
    bool control = false;
    for (const char c : v) {
        const auto u = static_cast<uchar>(c);
        unquoted = unquoted && (QByteArrayView("_./:@%+=,-").contains(c) || (c >= 'a' && c <= 'z') ||
                                (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        control = control || (u < 0x20 && c != '\t') || u == 0x7F;
    }
    if (unquoted) {
        return Form::Unquoted;
    }
    if (control || has('\\') || has('$')) {
        return Form::Refused;
    }
    if (!has('\'') && !has('"')) {
        return Form::Single;
    }
    if (has('\'') && !has('"') && !has('`')) {
        return Form::Double;
    }
    return Form::Refused;
}

} // namespace

class TestDotenvValueFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void refusals_data();
    void refusals();
    void portableKeys_data();
    void portableKeys();
    void randomValuesReadBackByRealReaders();
};

void TestDotenvValueFormatter::format_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("formatted");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("alnum") << QByteArray("abcXYZ019") << QByteArray("abcXYZ019");
    QTest::newRow("safe symbols") << QByteArray("_./:@%+=,-") << QByteArray("_./:@%+=,-");
    QTest::newRow("laravel key") << QByteArray("base64:AbC+/9==") << QByteArray("base64:AbC+/9==");
    QTest::newRow("url") << QByteArray("postgres://u:p@h:5432/db")  // gitleaks:allow
                         << QByteArray("postgres://u:p@h:5432/db"); // gitleaks:allow
    QTest::newRow("space") << QByteArray("a b") << QByteArray("'a b'");
    QTest::newRow("spaces at ends") << QByteArray("  a  ") << QByteArray("'  a  '");
    QTest::newRow("hash") << QByteArray("a#b") << QByteArray("'a#b'");
    QTest::newRow("only hash") << QByteArray("#") << QByteArray("'#'");
    QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("'a\tb'");
    QTest::newRow("backtick") << QByteArray("a`b`") << QByteArray("'a`b`'");
    QTest::newRow("symbols") << QByteArray("!#%&()*;<>?[]^{|}~") << QByteArray("'!#%&()*;<>?[]^{|}~'");
    QTest::newRow("non-ASCII") << QByteArray("h\xC3\xA9llo \xE2\x9C\x93")
                               << QByteArray("'h\xC3\xA9llo \xE2\x9C\x93'");
    QTest::newRow("apostrophe") << QByteArray("it's") << QByteArray("\"it's\"");
    QTest::newRow("apostrophe and hash") << QByteArray("it's #1 ") << QByteArray("\"it's #1 \"");
}

void TestDotenvValueFormatter::format()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, formatted);
    const auto result = DotenvValueFormatter::format(value);
    QVERIFY2(result, qPrintable(result ? QString() : result.error()));
    QCOMPARE(*result, formatted);
}

void TestDotenvValueFormatter::refusals_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("dollar") << QByteArray("zq9marker$HOME") << u"dollar"_s;
    QTest::newRow("backslash") << QByteArray("zq9marker\\n") << u"backslash"_s;
    QTest::newRow("LF") << QByteArray("zq9marker\nx") << u"line break"_s;
    QTest::newRow("CR") << QByteArray("zq9marker\rx") << u"line break"_s;
    QTest::newRow("both quotes") << QByteArray("zq9marker'\"") << u"both"_s;
    QTest::newRow("double quote") << QByteArray("zq9marker \"x\"") << u"double quote"_s;
    QTest::newRow("apostrophe and backtick") << QByteArray("zq9marker's `x`") << u"backtick"_s;
    QTest::newRow("NUL") << QByteArray("zq9marker\0x", 11) << u"NUL"_s;
    QTest::newRow("control") << QByteArray("zq9marker\x1b[0m") << u"control"_s;
    QTest::newRow("invalid UTF-8") << QByteArray("zq9marker\xFF") << u"UTF-8"_s;
    QTest::newRow("several") << QByteArray("zq9marker$\\'\"") << u"dollar"_s;
}

void TestDotenvValueFormatter::refusals()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, mentions);
    const auto result = DotenvValueFormatter::format(value);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
    QVERIFY2(!result.error().contains(u"zq9marker"_s), "the message must not contain the value");
    QVERIFY(result.error().contains(u"python-dotenv"_s) || result.error().contains(u"reader"_s));
}

void TestDotenvValueFormatter::portableKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("portable");
    QTest::newRow("upper") << u"DATABASE_URL"_s << true;
    QTest::newRow("lower") << u"api_key"_s << true;
    QTest::newRow("underscore first") << u"_X1"_s << true;
    QTest::newRow("single letter") << u"A"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit first") << u"1A"_s << false;
    QTest::newRow("dash") << u"A-B"_s << false;
    QTest::newRow("dot") << u"a.b"_s << false;
    QTest::newRow("space") << u"A B"_s << false;
    QTest::newRow("non-ASCII") << u"CL\u00C9"_s << false;
    QTest::newRow("dollar") << u"A$"_s << false;
}

void TestDotenvValueFormatter::portableKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, portable);
    QCOMPARE(DotenvValueFormatter::isPortableKey(key), portable);
}

void TestDotenvValueFormatter::randomValuesReadBackByRealReaders()
{
    if (const QString missing = DotenvOracle::nodeMissing(); !missing.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    if (const QString missing = DotenvOracle::pythonMissing(); !missing.isEmpty()) {
        QSKIP(qPrintable(missing));
    }
    quint32 seed = 20261129;
    if (const QByteArray fromEnv = qgetenv("ENVSMITH_PROPERTY_SEED"); !fromEnv.isEmpty()) {
        seed = fromEnv.toUInt();
    }
    qInfo("seed %u (set ENVSMITH_PROPERTY_SEED to repeat another run)", seed);
    QRandomGenerator rng(seed);

    const QByteArray base = "abcxyzABCXYZ0189_./:@%+=,-";
    // Hard classes: each value mixes the base alphabet with characters of one class (or of all).
    const QList<QList<QByteArray>> classes{
        {"'"},
        {"\""},
        {"`", "'"},
        {"#", " #", "# "},
        {"$", "${X}", "$X"},
        {"\\", "\\n", "\\'", "\\\""},
        {"\n", "\r\n", "\r"},
        {"\t"},
        {" "},
        {"\xC3\xA9", "\xE2\x9C\x93", "\xF0\x9F\x98\x80", "\xC2\xA0", "\xE2\x80\xA8", "\xEF\xBB\xBF",
         "\xC2\x85"},
        {"!", "&", "*", "(", ")", ";", "<", ">", "?", "[", "]", "^", "{", "}", "|", "~", "="},
    };
    QList<QByteArray> everything;
    for (const auto &c : classes) {
        everything += c;
    }

    constexpr int kValues = 12000;
    DotenvDocument document = *DotenvDocument::parse(QByteArrayView());
    QHash<QString, QByteArray> written;
    int counts[4] = {0, 0, 0, 0};
    for (int i = 0; i < kValues; ++i) {
        const int mode = rng.bounded(int(classes.size()) + 2);
        const QList<QByteArray> &hard = mode < classes.size() ? classes[mode] : everything;
        const bool onlyBase = mode == classes.size() + 1 && rng.bounded(2) == 0;
        QByteArray value;
        const int length = rng.bounded(25);
        for (int k = 0; k < length; ++k) {
            if (onlyBase || rng.bounded(100) < 70) {
                value += base[rng.bounded(int(base.size()))];
            } else {
                value += hard[rng.bounded(int(hard.size()))];
            }
        }
        switch (rng.bounded(6)) {
        case 0:
            value.prepend(' ');
            break;
        case 1:
            value.append(' ');
            break;
        case 2:
            value = "  " + value + "\t";
            break;
        default:
            break;
        }

        const Form form = expectedForm(value);
        const auto formatted = DotenvValueFormatter::format(value);
        if (!formatted) {
            QVERIFY2(form == Form::Refused, value.toPercentEncoding().constData());
            if (value.size() >= 8) {
                QVERIFY2(!formatted.error().toUtf8().contains(value), "refusal message contains the value");
            }
            ++counts[int(Form::Refused)];
            continue;
        }
        QVERIFY2(form != Form::Refused, value.toPercentEncoding().constData());
        const char first = formatted->isEmpty() ? '\0' : formatted->front();
        QCOMPARE(first == '\'', form == Form::Single);
        QCOMPARE(first == '"', form == Form::Double);
        ++counts[int(form)];
        const QString key = u"K%1"_s.arg(i);
        const auto set = document.setValue(key, value);
        QVERIFY2(set, qPrintable(set ? QString() : set.error()));
        written.insert(key, value);
    }
    qInfo("unquoted %d, single-quoted %d, double-quoted %d, refused %d", counts[0], counts[1], counts[2],
          counts[3]);
    QVERIFY(counts[int(Form::Unquoted)] > 500);
    QVERIFY(counts[int(Form::Single)] > 1000);
    QVERIFY(counts[int(Form::Double)] > 200);
    QVERIFY(counts[int(Form::Refused)] > 500);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u".env"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray bytes = document.toBytes();
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const auto ours = DotenvDocument::parse(bytes);
    QVERIFY(ours);
    const auto node = DotenvOracle::readWithNode(path);
    QVERIFY2(node, qPrintable(node ? QString() : node.error()));
    const auto python = DotenvOracle::readWithPython(path);
    QVERIFY2(python, qPrintable(python ? QString() : python.error()));
    QCOMPARE(node->size(), written.size());
    QCOMPARE(python->size(), written.size());
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        const QByteArray shown = it.value().toPercentEncoding();
        QVERIFY2(ours->value(it.key()) == it.value(), shown.constData());
        QVERIFY2(node->value(it.key()) == it.value(),
                 qPrintable(u"npm dotenv read %1 as %2, wrote %3"_s.arg(
                     it.key(), QString::fromLatin1(node->value(it.key()).toPercentEncoding()),
                     QString::fromLatin1(shown))));
        QVERIFY2(python->value(it.key()) == it.value(),
                 qPrintable(u"python-dotenv read %1 as %2, wrote %3"_s.arg(
                     it.key(), QString::fromLatin1(python->value(it.key()).toPercentEncoding()),
                     QString::fromLatin1(shown))));
    }
}

QTEST_GUILESS_MAIN(TestDotenvValueFormatter)
#include "tst_dotenvvalueformatter.moc"

#include "core/dotenv/DotenvLinter.h"
#include "core/dotenv/DotenvSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList found(const QByteArray &input, bool isTemplate = false,
                  DotenvDialect dialect = DotenvDialect::Npm)
{
    const auto document = DotenvDocument::parse(input, dialect);
    if (!document) {
        return {u"<parse error>"_s};
    }
    const DotenvLinter linter;
    QStringList out;
    for (const DotenvLintFinding &f : linter.lint(*document, isTemplate).findings) {
        out << u"%1@%2"_s.arg(f.checkId).arg(f.line);
    }
    return out;
}

} // namespace

class TestDotenvLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checks_data();
    void checks();
    void cleanFileHasNoFindings();
    void readerDisagreementFixes_data();
    void readerDisagreementFixes();
    void everyCheckHasIdSeverityMessageAndFix();
    void silencing_data();
    void silencing();
    void messagesNeverContainValues();
    void reportFormats();
    void templateNames_data();
    void templateNames();
    void schemaViolation_data();
    void schemaViolation();
    void badSchemas_data();
    void badSchemas();
};

void TestDotenvLinter::checks_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isTemplate");
    QTest::addColumn<QString>("expected");    // CheckId@line that must be reported
    QTest::addColumn<QString>("notExpected"); // CheckId that must not be reported ("" for none)
    QTest::newRow("duplicated") << QByteArray("A=1\nB=2\nA=3\n") << false << u"DuplicatedKey@3"_s << u""_s;
    QTest::newRow("ending blank line") << QByteArray("A=1\nB=2") << false << u"EndingBlankLine@2"_s << u""_s;
    QTest::newRow("extra blank line")
        << QByteArray("A=1\n\n\nB=2\n") << false << u"ExtraBlankLine@3"_s << u""_s;
    QTest::newRow("incorrect delimiter")
        << QByteArray("A-B=1\n") << false << u"IncorrectDelimiter@1"_s << u""_s;
    QTest::newRow("key without value")
        << QByteArray("A=1\nFOO\n") << false << u"KeyWithoutValue@2"_s << u""_s;
    QTest::newRow("leading space") << QByteArray("  A=1\n") << false << u"LeadingCharacter@1"_s << u""_s;
    QTest::newRow("leading digit") << QByteArray("1A=1\n") << false << u"LeadingCharacter@1"_s << u""_s;
    QTest::newRow("export passes leading")
        << QByteArray("export A=1\n") << false << u""_s << u"LeadingCharacter"_s;
    QTest::newRow("lowercase") << QByteArray("foo=1\n") << false << u"LowercaseKey@1"_s << u""_s;
    QTest::newRow("needless quotes") << QByteArray("A='abc'\n") << false << u"QuoteCharacter@1"_s << u""_s;
    QTest::newRow("needed quotes") << QByteArray("A='a b'\n") << false << u""_s << u"QuoteCharacter"_s;
    QTest::newRow("space around =") << QByteArray("A = 1\n") << false << u"SpaceCharacter@1"_s << u""_s;
    QTest::newRow("unclosed substitution")
        << QByteArray("A=${B\n") << false << u"SubstitutionKey@1"_s << u""_s;
    QTest::newRow("closing brace only")
        << QByteArray("A=\"$B}\"\n") << false << u"SubstitutionKey@1"_s << u""_s;
    QTest::newRow("trailing whitespace")
        << QByteArray("A=1  \n") << false << u"TrailingWhitespace@1"_s << u""_s;
    QTest::newRow("unordered") << QByteArray("B=1\nA=2\n") << false << u"UnorderedKey@2"_s << u""_s;
    QTest::newRow("groups reset order") << QByteArray("B=1\n\nA=2\n") << false << u""_s << u"UnorderedKey"_s;
    QTest::newRow("value without quotes")
        << QByteArray("A=b c\n") << false << u"ValueWithoutQuotes@1"_s << u""_s;
    QTest::newRow("placeholder secret in .env")
        << QByteArray("API_TOKEN=changeme\n") << false << u"PlaceholderSecret@1"_s << u""_s;
    QTest::newRow("your_here placeholder")
        << QByteArray("DB_PASSWORD=your_password_here\n") << false << u"PlaceholderSecret@1"_s << u""_s;
    QTest::newRow("placeholder fine in template")
        << QByteArray("API_TOKEN=changeme\n") << true << u""_s << u"PlaceholderSecret"_s;
    QTest::newRow("placeholder in non-secret key")
        << QByteArray("APP_NAME=changeme\n") << false << u""_s << u"PlaceholderSecret"_s;
    QTest::newRow("real secret in template")
        << QByteArray("# c\nSECRET_KEY=q3ZrT9vB0xLk2mWn8yHc4fJd6sPa1uEg\n") // gitleaks:allow
        << true << u"SecretInTemplate@2"_s << u""_s;
    QTest::newRow("vendor prefix in template")
        << QByteArray("STRIPE=sk_live_abc\n") << true << u"SecretInTemplate@1"_s << u""_s;
    QTest::newRow("placeholder in template is fine")
        << QByteArray("SECRET_KEY=<generate me>\n") << true << u""_s << u"SecretInTemplate"_s;
    QTest::newRow("real secret fine in .env")
        << QByteArray("SECRET_KEY=q3ZrT9vB0xLk2mWn8yHc4fJd6sPa1uEg\n") // gitleaks:allow
        << false << u""_s << u"SecretInTemplate"_s;
    QTest::newRow("url not a secret")
        << QByteArray("URL=https://example.com/a1b2c3d4e5f6g7h8\n") << true << u""_s << u"SecretInTemplate"_s;
    QTest::newRow("hash without space")
        << QByteArray("A=b#c\n") << false << u"ReaderDisagreement@1"_s << u""_s;
    QTest::newRow("unread line: a quote that never closes")
        << QByteArray("A=1\n'unclosed\nB=2\n") << false << u"UnreadLine@2"_s << u""_s;
    QTest::newRow("unread line: words")
        << QByteArray("A=1\nsee the wiki\n") << false << u"UnreadLine@2"_s << u""_s;
    QTest::newRow("a bare key is KeyWithoutValue, not UnreadLine")
        << QByteArray("A=1\nFOO\n") << false << u"KeyWithoutValue@2"_s << u"UnreadLine"_s;
    QTest::newRow("a colon line npm reads is not UnreadLine")
        << QByteArray("A: b\n") << false << u""_s << u"UnreadLine"_s;
    QTest::newRow("unquoted dollar") << QByteArray("A=pa$word\n") << false << u"ReaderDisagreement@1"_s
                                     << u""_s;
    QTest::newRow("interpolation") << QByteArray("B=x\nA=${B}\n") << false << u"ReaderDisagreement@2"_s
                                   << u""_s;
    QTest::newRow("escape in double quotes")
        << QByteArray("A=\"a\\tb\"\n") << false << u"ReaderDisagreement@1"_s << u""_s;
    QTest::newRow("trailing dollar is fine")
        << QByteArray("A=abc$\n") << false << u""_s << u"ReaderDisagreement"_s;
    QTest::newRow("hash after space is fine")
        << QByteArray("A=b # c\n") << false << u""_s << u"ReaderDisagreement"_s;
}

void TestDotenvLinter::checks()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isTemplate);
    QFETCH(QString, expected);
    QFETCH(QString, notExpected);
    const QStringList findings = found(input, isTemplate);
    if (!expected.isEmpty()) {
        QVERIFY2(findings.contains(expected), qPrintable(findings.join(u", "_s)));
    }
    if (!notExpected.isEmpty()) {
        for (const QString &f : findings) {
            QVERIFY2(!f.startsWith(notExpected + u'@'), qPrintable(findings.join(u", "_s)));
        }
    }
}

void TestDotenvLinter::cleanFileHasNoFindings()
{
    QCOMPARE(found("# Database\nDB_HOST=localhost\nDB_PORT=5432\n\n# App\nAPP_NAME='My "
                   "App'\nSECRET_KEY=q3ZrT9vB0x\n"),
             QStringList());
    QCOMPARE(found("# Template\nAPI_TOKEN=\nSECRET_KEY=changeme\n", true), QStringList());
}

void TestDotenvLinter::readerDisagreementFixes_data()
{
    // Where a line, not a value, makes the readers disagree, the fix names the line ('envsmith set KEY'
    // would leave it and change nothing).
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("fix");
    QTest::newRow("KEY without = after KEY=1") << QByteArray("KEY=1\nKEY\nOTHER=x\n") << u"Remove line 2"_s;
    QTest::newRow("BOM inside the file") << QByteArray("A=1\n\xEF\xBB\xBF"
                                                       "B=2\n")
                                         << u"byte order mark"_s;
    QTest::newRow("a value with #") << QByteArray("A=b#c\n") << u"single quotes"_s;
}

void TestDotenvLinter::readerDisagreementFixes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, fix);
    for (const DotenvDialect dialect : {DotenvDialect::Npm, DotenvDialect::Python}) {
        const auto document = DotenvDocument::parse(input, dialect);
        QVERIFY(document);
        QStringList fixes;
        for (const DotenvLintFinding &f : DotenvLinter().lint(*document, false).findings) {
            if (f.checkId == u"ReaderDisagreement"_s) {
                fixes << f.fix;
                QVERIFY2(!f.fix.contains(QChar(0xFEFF)) && !f.message.contains(u"set \uFEFF"_s),
                         qPrintable(f.fix));
            }
        }
        QVERIFY2(!fixes.isEmpty() && fixes.first().contains(fix), qPrintable(fixes.join(u" | "_s)));
    }
}

void TestDotenvLinter::everyCheckHasIdSeverityMessageAndFix()
{
    const QByteArray everything = "B=1\nA=2\nA=3\n\n\nA-B=1\nFOO\n  c=1\nQ='abc'\nS = 1\nT=${X\nU=1  \nV=b "
                                  "c\nAPI_TOKEN=changeme\nW=b#c\n'broken";
    const auto document = DotenvDocument::parse(everything);
    QVERIFY(document);
    const DotenvLinter linter;
    QSet<QString> seen;
    for (const DotenvLintFinding &f : linter.lint(*document, false).findings) {
        QVERIFY(!f.checkId.isEmpty());
        QVERIFY(f.line > 0);
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.fix.isEmpty());
        seen.insert(f.checkId);
    }
    const QStringList ids = linter.checkIds();
    QSet<QString> expected(ids.begin(), ids.end());
    expected.remove(u"SecretInTemplate"_s); // template only
    expected.remove(u"SchemaViolation"_s);  // only with a schema: schemaViolation()
    QCOMPARE(seen, expected);
    QVERIFY(linter.lint(*document, false).hasErrors());
}

void TestDotenvLinter::silencing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("off one check") << QByteArray("# envsmith-lint:off LowercaseKey\na=1\nb-c=1\n")
                                   << QStringList{u"IncorrectDelimiter@3"_s};
    QTest::newRow("off then on")
        << QByteArray("# envsmith-lint:off LowercaseKey\na=1\n# envsmith-lint:on LowercaseKey\nb=1\n")
        << QStringList{u"LowercaseKey@4"_s};
    QTest::newRow("off all") << QByteArray("# envsmith-lint:off\na=1\nA-B=x#y\n") << QStringList{};
    QTest::newRow("off all, on one")
        << QByteArray("# envsmith-lint:off\n# envsmith-lint:on LowercaseKey\na=1\nb-c=1\n")
        << QStringList{u"LowercaseKey@3"_s, u"LowercaseKey@4"_s};
    QTest::newRow("dotenv-linter directive")
        << QByteArray("# dotenv-linter:off LowercaseKey, UnorderedKey\nb=1\na=1\n# dotenv-linter:on\nc=1\n")
        << QStringList{u"LowercaseKey@5"_s};
    QTest::newRow("several ids with spaces")
        << QByteArray("#envsmith-lint:off ReaderDisagreement LowercaseKey\na=b#c\n") << QStringList{};
    QTest::newRow("not a directive") << QByteArray("# envsmith-lint:offish\na=1\n")
                                     << QStringList{u"LowercaseKey@2"_s};
}

void TestDotenvLinter::silencing()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QCOMPARE(found(input), expected);
}

void TestDotenvLinter::messagesNeverContainValues()
{
    const QByteArray input =
        "k3y=S3CRETa#S3CRETb\nA=\"S3CRET\\tc\"\nB = 'S3CRETd'\nAPI_TOKEN=changeme\nC=${S3CRET\n"
        "D=S3CRET e  \nSECRET_KEY=q3ZrT9vB0xLk2mWn8yHc4fJd6sPa1uEgS3CRET\nE=pa$S3CRET"; // gitleaks:allow
    for (const bool isTemplate : {false, true}) {
        const auto document = DotenvDocument::parse(input);
        QVERIFY(document);
        const DotenvLinter linter;
        const auto report = linter.lint(*document, isTemplate);
        QVERIFY(report.findings.size() >= 8);
        const QString text = report.toText(u".env"_s) + QString::fromUtf8(report.toJson(u".env"_s));
        QVERIFY2(!text.contains(u"S3CRET"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY(!text.contains(u"changeme"_s));
    }
}

void TestDotenvLinter::reportFormats()
{
    const auto document = DotenvDocument::parse("a=1\nA=b#c\n");
    QVERIFY(document);
    const DotenvLinter linter;
    const auto report = linter.lint(*document, false);
    QVERIFY(report.hasErrors());
    const QString text = report.toText(u"dir/.env"_s);
    QVERIFY2(text.contains(u"dir/.env:1 LowercaseKey (warning): "_s), qPrintable(text));
    QVERIFY2(text.contains(u"dir/.env:2 ReaderDisagreement (error): "_s), qPrintable(text));
    const QJsonObject json = QJsonDocument::fromJson(report.toJson(u"dir/.env"_s)).object();
    QCOMPARE(json[u"file"_s].toString(), u"dir/.env"_s);
    QCOMPARE(json[u"errors"_s].toInt(), 1);
    const QJsonObject first = json[u"findings"_s].toArray().first().toObject();
    QCOMPARE(first[u"check"_s].toString(), u"LowercaseKey"_s);
    QCOMPARE(first[u"severity"_s].toString(), u"warning"_s);
    QCOMPARE(first[u"line"_s].toInt(), 1);
    QVERIFY(!first[u"fix"_s].toString().isEmpty());
    const auto clean = DotenvDocument::parse("A=1\n");
    QVERIFY(!linter.lint(*clean, false).hasErrors());
}

void TestDotenvLinter::templateNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("isTemplate");
    QTest::newRow(".env.example") << u"a/.env.example"_s << true;
    QTest::newRow(".env.sample") << u".env.sample"_s << true;
    QTest::newRow(".env.template") << u".env.template"_s << true;
    QTest::newRow(".env.dist") << u".env.dist"_s << true;
    QTest::newRow(".env") << u".env"_s << false;
    QTest::newRow(".env.local") << u".env.local"_s << false;
    QTest::newRow(".env.production") << u".env.production"_s << false;
}

void TestDotenvLinter::templateNames()
{
    QFETCH(QString, name);
    QFETCH(bool, isTemplate);
    QCOMPARE(DotenvLinter::looksLikeTemplate(name), isTemplate);
}

namespace {
const QByteArray kSchema = R"({
  "version": "1.0.0",
  "entries": {
    "PORT": {"type": "Integer", "required": true},
    "RATIO": {"type": "Float"},
    "DEBUG": {"type": "Boolean"},
    "API_URL": {"type": "Url"},
    "ADMIN_EMAIL": {"type": "Email"},
    "REGION": {"type": "String", "regex": "[a-z]{2}-[a-z]+-[0-9]"},
    "TOKEN": {"type": "String", "required": true}
  }
})";
}

void TestDotenvLinter::schemaViolation_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QStringList>("expected"); // SchemaViolation lines, "key@line"
    QTest::newRow("all valid")
        << QByteArray("ADMIN_EMAIL=a@b.io\nAPI_URL=https://x.example/v1\nDEBUG=TRUE\nPORT=3000\nRATIO=.5\n"
                      "REGION=eu-west-1\nTOKEN=zzz-secret-zzz\n")
        << kSchema << QStringList();
    QTest::newRow("types") << QByteArray("PORT=30x0\nRATIO=1.2.3\nDEBUG=yes\nAPI_URL=not a "
                                         "url\nADMIN_EMAIL=nobody\nTOKEN=zzz-secret-zzz\n")
                           << kSchema
                           << QStringList{u"PORT@1"_s, u"RATIO@2"_s, u"DEBUG@3"_s, u"API_URL@4"_s,
                                          u"ADMIN_EMAIL@5"_s};
    QTest::newRow("regex, unknown key, required missing")
        << QByteArray("PORT=1\nREGION=EU-WEST\nOTHER=zzz-secret-zzz\n") << kSchema
        << QStringList{u"REGION@2"_s, u"OTHER@3"_s, u"TOKEN@3"_s};
    QTest::newRow("allow_other_keys")
        << QByteArray("PORT=1\nTOKEN=t\nOTHER=zzz-secret-zzz\n")
        << QByteArray(R"({"allow_other_keys": true, "entries": {"PORT": {"type": "Integer"}}})")
        << QStringList();
}

void TestDotenvLinter::schemaViolation()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, schema);
    QFETCH(QStringList, expected);
    const auto document = DotenvDocument::parse(input);
    QVERIFY(document);
    const auto parsed = DotenvSchema::parse(schema, u"schema.json"_s);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
    const DotenvLinter linter;
    QStringList got;
    for (const DotenvLintFinding &f : linter.lint(*document, false, &*parsed).findings) {
        if (f.checkId == u"SchemaViolation"_s) {
            QCOMPARE(f.severity, DotenvLintFinding::Severity::Error);
            QVERIFY(!f.message.contains(u"zzz-secret-zzz"_s) && !f.fix.contains(u"zzz-secret-zzz"_s));
            got << f.message.section(u' ', 1, 1) + u'@' + QString::number(f.line);
        }
    }
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    // Without a schema the check says nothing.
    for (const DotenvLintFinding &f : linter.lint(*document, false).findings) {
        QVERIFY(f.checkId != u"SchemaViolation"_s);
    }
}

void TestDotenvLinter::badSchemas_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{ entries: ") << u"schema.json"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"JSON object"_s;
    QTest::newRow("unknown type") << QByteArray(R"({"entries": {"A": {"type": "Number"}}})") << u"Number"_s;
    QTest::newRow("bad regex") << QByteArray(R"({"entries": {"A": {"regex": "(["}}})") << u"regex of A"_s;
}

void TestDotenvLinter::badSchemas()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, mentions);
    const auto parsed = DotenvSchema::parse(schema, u"schema.json"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(mentions), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestDotenvLinter)
#include "tst_dotenvlinter.moc"

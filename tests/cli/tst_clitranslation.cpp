// The German translation on the real executable and in translations/envsmith_de.ts: `envsmith` run with
// LANG/LC_ALL=de_DE.UTF-8 says what is wrong in German (and with LANG=C still in English, with the same exit
// code), and every message of the .ts file is translated and keeps the %-placeholders of its source, so an
// untranslated or damaged string fails here instead of reaching a user.

#include "EnvsmithRun.h"

#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestCliTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageLanguage_data();
    void messageLanguage();
    void checkerFindsProblems();
    void germanTranslationComplete();
    void germanTranslationCoversSources();
};

namespace {

QProcessEnvironment environmentFor(const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // LANGUAGE and LC_MESSAGES would take precedence over LANG for the messages; only LANG/LC_ALL decide.
    environment.remove(u"LANGUAGE"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.insert(u"LANG"_s, locale);
    environment.insert(u"LC_ALL"_s, locale);
    return environment;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:L?[0-9]+|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        found.insert(match.captured());
    }
    return found;
}

struct TsCheck
{
    int messages = 0;
    QStringList problems; // one line per message: what is wrong, then its source text
};

/// Reads Qt Linguist XML (@p ts) and lists each message that is unfinished, has no translation, or whose
/// translation (each plural form) drops or adds a %-placeholder of its source. A plural form may leave out
/// %n (Qt allows "Ein Eintrag"); every other placeholder must be there. Vanished/obsolete ones are skipped.
TsCheck checkTs(const QByteArray &ts)
{
    TsCheck result;
    QXmlStreamReader xml(ts);
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            source.clear();
        } else if (xml.name() == "source"_L1) {
            source = xml.readElementText();
        } else if (xml.name() == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            if (type == "vanished"_L1 || type == "obsolete"_L1) {
                continue;
            }
            ++result.messages;
            const QString where = u"[%1] %2"_s.arg(context, source);
            QStringList forms;
            if (numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == "numerusform"_L1) {
                        forms.append(xml.readElementText());
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else {
                forms.append(xml.readElementText());
            }
            if (type == "unfinished"_L1) {
                result.problems.append(u"unfinished: "_s + where);
                continue;
            }
            const QSet<QString> expected = placeholders(source);
            for (const QString &form : std::as_const(forms)) {
                QSet<QString> got = placeholders(form);
                if (numerus && expected.contains(u"%n"_s)) {
                    got.insert(u"%n"_s);
                }
                if (form.isEmpty()) {
                    result.problems.append(u"empty translation: "_s + where);
                } else if (got != expected) {
                    result.problems.append(u"placeholders differ (%1): %2"_s.arg(form, where));
                }
            }
        }
    }
    if (xml.hasError()) {
        result.problems.append(u"not valid XML: %1 (line %2)"_s.arg(xml.errorString()).arg(xml.lineNumber()));
    }
    return result;
}

/// Each problem on its own line of the test log (a failure message alone would be cut short).
void listProblems(const TsCheck &check)
{
    for (const QString &problem : check.problems) {
        qWarning().noquote() << problem;
    }
}

} // namespace

void TestCliTranslation::messageLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout or stderr
    QTest::addColumn<QString>("absent");   // the same message in the other language

    const QString german = u"de_DE.UTF-8"_s;
    const QString english = u"C"_s;
    const QStringList scan{u"scan"_s, u"--repo"_s, u"/nonexistent-envsmith-folder"_s};
    QTest::newRow("scan missing repo, de")
        << scan << german << 3 << u"Der Ordner /nonexistent-envsmith-folder existiert nicht"_s
        << u"does not exist"_s;
    QTest::newRow("scan missing repo, C")
        << scan << english << 3 << u"The folder /nonexistent-envsmith-folder does not exist"_s
        << u"existiert nicht"_s;

    const QStringList lint{u"lint"_s, u"/nonexistent-envsmith-file"_s};
    QTest::newRow("lint missing file, de")
        << lint << german << 3
        << u"envsmith lint: /nonexistent-envsmith-file existiert nicht; nennen Sie eine env-Datei oder Vorlage."_s
        << u"does not exist"_s;
    QTest::newRow("lint missing file, C")
        << lint << english << 3
        << u"envsmith lint: /nonexistent-envsmith-file does not exist; name an env file or template."_s
        << u"existiert nicht"_s;

    const QStringList unknown{u"--no-such-option"_s};
    QTest::newRow("unknown option, de")
        << unknown << german << 2
        << u"Unbekannte Option „--no-such-option“. Optionen stehen hinter dem Befehl"_s
        << u"Unknown option"_s;
    QTest::newRow("unknown option, C")
        << unknown << english << 2 << u"Unknown option '--no-such-option'. Options follow the command"_s
        << u"Unbekannte Option"_s;

    const QStringList help{u"help"_s};
    QTest::newRow("help, de")
        << help << german << 0
        << u"Werte werden nie ausgegeben (außer von get und generate) und nie von der Befehlszeile übernommen."_s
        << u"Values are never printed"_s;
    QTest::newRow("help, C") << help << english << 0
                             << u"Values are never printed (except by get and generate) and never taken from "
                                u"the command line."_s
                             << u"Werte werden nie ausgegeben"_s;
}

void TestCliTranslation::messageLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, locale);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QFETCH(QString, absent);

    EnvsmithRun::Options options;
    options.environment = environmentFor(locale);
    const QTemporaryDir folder; // an empty folder to run in, so no repository around the test is read
    QVERIFY(folder.isValid());
    options.workingDirectory = folder.path();
    options.timeoutMs = 60000;
    const EnvsmithRun run = EnvsmithRun::run(args, options);

    const QString printed = QString::fromUtf8(run.out + run.err);
    QVERIFY2(printed.contains(expected),
             qPrintable(u"expected \"%1\" in the output:\n%2"_s.arg(expected, printed)));
    QVERIFY2(!printed.contains(absent), qPrintable(u"did not expect \"%1\" in:\n%2"_s.arg(absent, printed)));
    QCOMPARE(run.exitCode, exitCode);
}

void TestCliTranslation::checkerFindsProblems()
{
    // The checker itself must see each kind of defect, or germanTranslationComplete() could never fail.
    const QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Sample</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine %1</source>
        <translation>Gut %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>Eine Datei in %1</numerusform>
            <numerusform>%n Dateien in %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
</TS>
)";
    const TsCheck check = checkTs(ts);
    QCOMPARE(check.messages, 4);
    QCOMPARE(check.problems.size(), 3);
    QVERIFY2(check.problems.at(0).contains(u"[Sample] Cannot read %1: %2"_s),
             qPrintable(check.problems.at(0)));
    QVERIFY2(check.problems.at(1).startsWith(u"unfinished: [Sample] Not yet"_s),
             qPrintable(check.problems.at(1)));
    QVERIFY2(check.problems.at(2).contains(u"%n Dateien in %1 und %2"_s), qPrintable(check.problems.at(2)));
}

void TestCliTranslation::germanTranslationComplete()
{
    const QString path = QStringLiteral(ENVSMITH_SOURCE_DIR) + u"/translations/envsmith_de.ts"_s;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(u"cannot open %1: %2"_s.arg(path, file.errorString())));
    const TsCheck check = checkTs(file.readAll());
    QVERIFY2(check.messages > 500, qPrintable(u"only %1 messages in %2"_s.arg(check.messages).arg(path)));
    listProblems(check);
    QVERIFY2(check.problems.isEmpty(),
             qPrintable(
                 u"%1 message(s) of %2 need work (listed above): translate them"_s.arg(check.problems.size())
                     .arg(path)));
}

void TestCliTranslation::germanTranslationCoversSources()
{
    // A string added or changed in the sources is in the .ts file only after lupdate; run it on a copy, so a
    // new tr() string without a German translation fails here too.
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
    if (!QFileInfo(lupdate).isExecutable()) {
        QSKIP(qPrintable(u"%1 is not installed (Debian: qt6-l10n-tools)"_s.arg(lupdate)));
    }
    const QString sourceDir = QStringLiteral(ENVSMITH_SOURCE_DIR);
    const QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString copy = folder.filePath(u"envsmith_de.ts"_s);
    QVERIFY(QFile::copy(sourceDir + u"/translations/envsmith_de.ts"_s, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));

    QProcess process;
    process.setWorkingDirectory(sourceDir);
    process.start(lupdate,
                  {u"src"_s, u"ui"_s, u"-ts"_s, copy, u"-no-obsolete"_s, u"-locations"_s, u"none"_s});
    QVERIFY2(process.waitForFinished(240000), qPrintable(process.errorString()));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());

    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const TsCheck check = checkTs(file.readAll());
    QVERIFY2(check.messages > 500, qPrintable(u"only %1 messages after lupdate"_s.arg(check.messages)));
    listProblems(check);
    QVERIFY2(check.problems.isEmpty(),
             qPrintable(u"%1 message(s) in the sources (listed above) are not translated in "
                        u"translations/envsmith_de.ts; run `lupdate src ui -ts translations/envsmith_de.ts "
                        u"-no-obsolete -locations none` in the source folder and translate them"_s.arg(
                            check.problems.size())));
}

QTEST_GUILESS_MAIN(TestCliTranslation)
#include "tst_clitranslation.moc"

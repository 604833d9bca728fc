#include "EnvsmithRun.h"
#include "LeakSearch.h"
#include "PlantedSecrets.h"
#include "TempGitRepo.h"
#include "TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

EnvsmithRun scan(const QString &repo, const QStringList &extra)
{
    return EnvsmithRun::run(QStringList{u"scan"_s, u"--repo"_s, repo} + extra);
}

QSet<QString> keySet(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

// A minimal JSON schema for the SARIF 2.1.0 properties envsmith promises (the official schema is not
// available offline): required keys and types only.
const QByteArray kSarifSubsetSchema = R"({
 "type": "object",
 "required": [
  "version",
  "runs"
 ],
 "properties": {
  "version": {
   "const": "2.1.0"
  },
  "runs": {
   "type": "array",
   "minItems": 1,
   "items": {
    "type": "object",
    "required": [
     "tool",
     "results"
    ],
    "properties": {
     "tool": {
      "type": "object",
      "required": [
       "driver"
      ],
      "properties": {
       "driver": {
        "type": "object",
        "required": [
         "name",
         "rules"
        ],
        "properties": {
         "name": {
          "const": "envsmith"
         },
         "rules": {
          "type": "array",
          "items": {
           "type": "object",
           "required": [
            "id",
            "shortDescription"
           ],
           "properties": {
            "id": {
             "type": "string"
            },
            "shortDescription": {
             "type": "object",
             "required": [
              "text"
             ],
             "properties": {
              "text": {
               "type": "string"
              }
             }
            }
           }
          }
         }
        }
       }
      }
     },
     "results": {
      "type": "array",
      "items": {
       "type": "object",
       "required": [
        "ruleId",
        "level",
        "message",
        "locations",
        "partialFingerprints"
       ],
       "properties": {
        "ruleId": {
         "type": "string"
        },
        "level": {
         "enum": [
          "none",
          "note",
          "warning",
          "error"
         ]
        },
        "message": {
         "type": "object",
         "required": [
          "text"
         ],
         "properties": {
          "text": {
           "type": "string"
          }
         }
        },
        "locations": {
         "type": "array",
         "minItems": 1,
         "items": {
          "type": "object",
          "required": [
           "physicalLocation"
          ],
          "properties": {
           "physicalLocation": {
            "type": "object",
            "required": [
             "artifactLocation"
            ],
            "properties": {
             "artifactLocation": {
              "type": "object",
              "required": [
               "uri"
              ],
              "properties": {
               "uri": {
                "type": "string"
               }
              }
             },
             "region": {
              "type": "object",
              "required": [
               "startLine"
              ],
              "properties": {
               "startLine": {
                "type": "integer",
                "minimum": 1
               },
               "startColumn": {
                "type": "integer",
                "minimum": 1
               }
              }
             }
            }
           }
          }
         }
        },
        "partialFingerprints": {
         "type": "object",
         "additionalProperties": {
          "type": "string"
         }
        }
       }
      }
     }
    }
   }
  }
 }
})";

/// Validates @p sarif against kSarifSubsetSchema with python3-jsonschema; empty when valid, the validator's
/// message otherwise; "skip" when python3 or jsonschema is missing.
QString validateWithJsonSchema(const QByteArray &sarif)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        return u"skip"_s;
    QTemporaryDir dir;
    if (!TestFiles::writeFile(dir.filePath(u"schema.json"_s), kSarifSubsetSchema) ||
        !TestFiles::writeFile(dir.filePath(u"out.sarif"_s), sarif))
        return u"cannot write temporary files"_s;
    QProcess process;
    process.start(python,
                  {u"-c"_s,
                   u"import json, sys\n"
                   u"try:\n    import jsonschema\nexcept ImportError:\n    print('skip'); sys.exit(0)\n"
                   u"jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))\n"_s,
                   dir.filePath(u"schema.json"_s), dir.filePath(u"out.sarif"_s)});
    if (!process.waitForFinished(60000))
        return u"python3 did not finish"_s;
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (out == u"skip"_s)
        return out;
    return process.exitCode() == 0 ? QString() : QString::fromUtf8(process.readAllStandardError()).right(600);
}

} // namespace

class TestScanCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{u"scan"_s, u"--bogus"_s};
        QTest::newRow("bad format") << QStringList{u"scan"_s, u"--format"_s, u"xml"_s};
        QTest::newRow("format without value") << QStringList{u"scan"_s, u"--format"_s};
        QTest::newRow("history and staged") << QStringList{u"scan"_s, u"--history"_s, u"--staged"_s};
        QTest::newRow("repo without folder") << QStringList{u"scan"_s, u"--repo"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const EnvsmithRun run = EnvsmithRun::run(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("envsmith scan"));
    }

    void notAGitRepositoryFails()
    {
        QTemporaryDir dir;
        const EnvsmithRun run = scan(dir.path(), {});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.isEmpty());
    }

    void cleanRepository()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"README.md"_s, "# demo\n"));
        QVERIFY(git.writeFile(u"src/main.c"_s, "int main(void) { return 0; }\n"));
        QVERIFY(!git.commitAll(u"c"_s).isEmpty());
        const EnvsmithRun run = scan(git.path(), {u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = parseObject(run.out);
        QCOMPARE(root.value(u"findings"_s).toArray().size(), 0);
        QCOMPARE(root.value(u"scanned"_s).toObject().value(u"files"_s).toInt(), 2);
        QCOMPARE(root.value(u"scanned"_s).toObject().value(u"bytes"_s).toInt(), 7 + 29);
        QCOMPARE(scan(git.path(), {u"--history"_s}).exitCode, 0);
        QCOMPARE(scan(git.path(), {u"--staged"_s}).exitCode, 0);
    }

    void everyFormatWithPlantedSecrets()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        const auto samples = PlantedSecrets::truePositives(3);
        QByteArray content;
        for (const auto &sample : samples)
            content += sample.text + "\n\n";
        QVERIFY(git.writeFile(u"config/settings.txt"_s, content));
        // A value this developer holds: in the ignored .env, leaked base64-encoded into a tracked file.
        const QByteArray dbPassword = PlantedSecrets::random(PlantedSecrets::alnum(), 28, 99);
        QVERIFY(git.writeFile(u".gitignore"_s, ".env\n"));
        QVERIFY(git.writeFile(u".env"_s, "DB_PASSWORD=" + dbPassword + "\nPORT=8080\n"));
        QVERIFY(git.writeFile(u"deploy/values.yaml"_s, "db:\n  password: " + dbPassword.toBase64() + "\n"));
        QVERIFY(!git.commitAll(u"leak"_s).isEmpty());
        QList<QByteArray> secrets{dbPassword};
        for (const auto &sample : samples)
            secrets.append(sample.secret);

        QList<EnvsmithRun> runs;
        // Text.
        const EnvsmithRun text = scan(git.path(), {});
        QCOMPARE(text.exitCode, 1);
        runs.append(text);
        for (const auto &sample : samples)
            QVERIFY2(text.out.contains(' ' + sample.rule.toUtf8() + ':'), qPrintable(sample.rule));

        // JSON: the exact shape.
        const EnvsmithRun json = scan(git.path(), {u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 1);
        runs.append(json);
        const QJsonObject root = parseObject(json.out);
        QCOMPARE(keySet(root), (QSet<QString>{u"findings"_s, u"scanned"_s, u"notScanned"_s,
                                              u"nestedRepositories"_s, u"complete"_s}));
        QCOMPARE(root.value(u"notScanned"_s).toArray().size(), 0);
        QCOMPARE(root.value(u"complete"_s).toBool(), true);
        const QJsonObject scanned = root.value(u"scanned"_s).toObject();
        QCOMPARE(keySet(scanned), (QSet<QString>{u"files"_s, u"bytes"_s, u"blobs"_s, u"skippedBinary"_s}));
        QCOMPARE(scanned.value(u"files"_s).toInt(), 3);
        const QJsonArray findings = root.value(u"findings"_s).toArray();
        QSet<QString> rules;
        const QSet<QString> keys{u"rule"_s,   u"file"_s,     u"line"_s,    u"column"_s,     u"commit"_s,
                                 u"author"_s, u"severity"_s, u"preview"_s, u"fingerprint"_s};
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            QCOMPARE(keySet(finding), keys);
            QVERIFY(finding.value(u"line"_s).toInt() >= 1);
            QVERIFY(finding.value(u"column"_s).toInt() >= 1);
            QCOMPARE(finding.value(u"commit"_s).toString(), QString());
            QVERIFY(QStringList({u"error"_s, u"warning"_s, u"info"_s})
                        .contains(finding.value(u"severity"_s).toString()));
            QCOMPARE(
                finding.value(u"fingerprint"_s).toString(),
                u"%1:%2:%3"_s.arg(finding.value(u"file"_s).toString(), finding.value(u"rule"_s).toString())
                    .arg(finding.value(u"line"_s).toInt()));
            rules.insert(finding.value(u"rule"_s).toString());
        }
        for (const auto &sample : samples)
            QVERIFY2(rules.contains(sample.rule), qPrintable(sample.rule));
        QVERIFY(rules.contains(u"exact-value"_s));

        // SARIF 2.1.0.
        const EnvsmithRun sarif = scan(git.path(), {u"--format"_s, u"sarif"_s});
        QCOMPARE(sarif.exitCode, 1);
        runs.append(sarif);
        const QJsonObject log = parseObject(sarif.out);
        QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
        QVERIFY(log.value(u"$schema"_s).toString().contains(u"sarif-2.1.0"_s));
        const QJsonArray sarifRuns = log.value(u"runs"_s).toArray();
        QCOMPARE(sarifRuns.size(), 1);
        const QJsonObject driver =
            sarifRuns.at(0).toObject().value(u"tool"_s).toObject().value(u"driver"_s).toObject();
        QCOMPARE(driver.value(u"name"_s).toString(), u"envsmith"_s);
        QSet<QString> declared;
        for (const QJsonValue &rule : driver.value(u"rules"_s).toArray()) {
            QVERIFY(!rule.toObject()
                         .value(u"shortDescription"_s)
                         .toObject()
                         .value(u"text"_s)
                         .toString()
                         .isEmpty());
            declared.insert(rule.toObject().value(u"id"_s).toString());
        }
        const QJsonArray results = sarifRuns.at(0).toObject().value(u"results"_s).toArray();
        QCOMPARE(results.size(), findings.size());
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            QVERIFY(declared.contains(result.value(u"ruleId"_s).toString()));
            QVERIFY(QStringList({u"error"_s, u"warning"_s, u"note"_s})
                        .contains(result.value(u"level"_s).toString()));
            QVERIFY(!result.value(u"message"_s).toObject().value(u"text"_s).toString().isEmpty());
            const QJsonObject physical = result.value(u"locations"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(u"physicalLocation"_s)
                                             .toObject();
            QVERIFY(!physical.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString().isEmpty());
            QVERIFY(physical.value(u"region"_s).toObject().value(u"startLine"_s).toInt() >= 1);
            QVERIFY(physical.value(u"region"_s).toObject().value(u"startColumn"_s).toInt() >= 1);
            QVERIFY(!result.value(u"partialFingerprints"_s).toObject().isEmpty());
        }
        const QString validation = validateWithJsonSchema(sarif.out);
        if (validation == u"skip"_s)
            qInfo("python3-jsonschema not available: SARIF checked by the assertions above only");
        else
            QVERIFY2(validation.isEmpty(), qPrintable(validation));

        // History: commit and author on every finding.
        const EnvsmithRun history = scan(git.path(), {u"--history"_s, u"--format"_s, u"json"_s});
        QCOMPARE(history.exitCode, 1);
        runs.append(history);
        const QJsonObject historyRoot = parseObject(history.out);
        QVERIFY(historyRoot.value(u"scanned"_s).toObject().value(u"blobs"_s).toInt() >= 3);
        for (const QJsonValue &value : historyRoot.value(u"findings"_s).toArray()) {
            QCOMPARE(value.toObject().value(u"commit"_s).toString().size(), 40);
            QCOMPARE(value.toObject().value(u"author"_s).toString(),
                     u"Envsmith Test <test@envsmith.invalid>"_s);
        }
        runs.append(scan(git.path(), {u"--history"_s, u"--format"_s, u"sarif"_s}));

        // Leak check: no planted secret, in any form, in any output.
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const QStringList hits = LeakSearch::searchLines(runs.at(i).out, u"stdout %1"_s.arg(i), secrets) +
                                     LeakSearch::searchLines(runs.at(i).err, u"stderr %1"_s.arg(i), secrets);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u"; "_s)));
        }
    }

    void stagedEnvFileAndSecretBlockCommit()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"README.md"_s, "x\n"));
        QVERIFY(!git.commitAll(u"c"_s).isEmpty());
        QCOMPARE(scan(git.path(), {u"--staged"_s}).exitCode, 0);

        QVERIFY(git.writeFile(u".env"_s, "A=1\n"));
        QVERIFY(git.runOk({u"add"_s, u".env"_s}));
        const EnvsmithRun envStaged = scan(git.path(), {u"--staged"_s, u"--format"_s, u"json"_s});
        QCOMPARE(envStaged.exitCode, 1);
        const QJsonArray findings = parseObject(envStaged.out).value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(u"rule"_s).toString(), u"env-file-staged"_s);
        QCOMPARE(findings.at(0).toObject().value(u"file"_s).toString(), u".env"_s);
        QVERIFY(!envStaged.err.isEmpty()); // says how to fix or allow it

        QVERIFY(git.runOk({u"rm"_s, u"-q"_s, u"--cached"_s, u".env"_s}));
        const QByteArray token =
            "gh" + QByteArray("p_") + PlantedSecrets::random(PlantedSecrets::alnum(), 36, 5);
        QVERIFY(git.writeFile(u"ci.sh"_s, "TOKEN=" + token + "\n"));
        QVERIFY(git.runOk({u"add"_s, u"ci.sh"_s}));
        const EnvsmithRun secret = scan(git.path(), {u"--staged"_s});
        QCOMPARE(secret.exitCode, 1);
        QVERIFY(secret.out.contains("ci.sh:1:7: [error] github-token"));
        QVERIFY(LeakSearch::searchLines(secret.out + secret.err, u"output"_s, {token}).isEmpty());

        // Allowed inline: the commit may go ahead.
        QVERIFY(git.writeFile(u"ci.sh"_s, "TOKEN=" + token + " # gitleaks:allow\n"));
        QVERIFY(git.runOk({u"add"_s, u"ci.sh"_s}));
        QCOMPARE(scan(git.path(), {u"--staged"_s}).exitCode, 0);
    }

    void helpListsScan()
    {
        const EnvsmithRun run = EnvsmithRun::run({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("envsmith scan [--repo DIR] [--history | --staged] [--no-keychain]"));
        QVERIFY(run.out.contains("4 no finding but some files could not be"));
    }

    /// --quiet (what the commit guard runs): nothing on a clean commit; the findings, without the
    /// "Commit blocked" line the hook prints itself, otherwise.
    void quietPrintsOnlyWhatMatters()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"a.txt"_s, "hello\n"));
        QVERIFY(git.runOk({u"add"_s, u"a.txt"_s}));
        const EnvsmithRun clean = scan(git.path(), {u"--staged"_s, u"--quiet"_s});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY2(clean.out.isEmpty() && clean.err.isEmpty(), clean.out.constData());
        const QByteArray token =
            "gh" + QByteArray("p_") + PlantedSecrets::random(PlantedSecrets::alnum(), 36, 78);
        QVERIFY(git.writeFile(u"b.txt"_s, "token=" + token + "\n"));
        QVERIFY(git.runOk({u"add"_s, u"b.txt"_s}));
        const EnvsmithRun found = scan(git.path(), {u"--staged"_s, u"--quiet"_s});
        QCOMPARE(found.exitCode, 1);
        QVERIFY(found.out.contains("b.txt:1:7: [error] github-token"));
        QVERIFY(!found.err.contains("Commit blocked"));
        QVERIFY(scan(git.path(), {u"--staged"_s}).err.contains("Commit blocked"));
    }

    /// A file over the 1 GiB limit (sparse: no disk used) is listed and the scan exits 4, not 0; with a
    /// finding as well, 1. A secret 300 MB into a file is found.
    void oversizedFileMakesTheScanIncomplete()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u"README.md"_s, "# demo\n"));
        QFile huge(git.filePath(u"huge.log"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize((qint64(1) << 30) + 1));
        huge.close();
        const EnvsmithRun text = scan(git.path(), {});
        QCOMPARE(text.exitCode, 4);
        QVERIFY2(text.out.contains("huge.log: larger (1073741825 bytes)"), text.out.constData());
        const EnvsmithRun json = scan(git.path(), {u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 4);
        const QJsonObject root = parseObject(json.out);
        QCOMPARE(root.value(u"complete"_s).toBool(true), false);
        QCOMPARE(root.value(u"notScanned"_s).toArray().at(0).toObject().value(u"file"_s).toString(),
                 u"huge.log"_s);
        QVERIFY(json.err.contains("incomplete"));
        const EnvsmithRun sarif = scan(git.path(), {u"--format"_s, u"sarif"_s});
        QCOMPARE(sarif.exitCode, 4);
        QVERIFY(sarif.out.contains("toolExecutionNotifications"));

        // Far into a large (not sparse) file, and a finding wins over "incomplete".
        QFile big(git.filePath(u"dump.txt"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray block(1024 * 1024, '-');
        for (int i = 0; i < 300; ++i)
            QVERIFY(big.write(block) == block.size());
        const QByteArray token =
            "gh" + QByteArray("p_") + PlantedSecrets::random(PlantedSecrets::alnum(), 36, 77);
        QVERIFY(big.write("\ntoken=" + token + "\n") > 0);
        big.close();
        const EnvsmithRun both = scan(git.path(), {});
        QCOMPARE(both.exitCode, 1);
        QVERIFY2(both.out.contains("dump.txt:2:7: [error] github-token"), both.out.constData());
        QVERIFY(both.out.contains("huge.log"));
        QVERIFY(!both.out.contains(token));
    }

    /// The values the keychain holds for the project are searched for too (here after .env is gone), and
    /// not with --no-keychain.
    void keychainValuesAreExactValues()
    {
        TempGitRepo git;
        QVERIFY(git.isValid());
        QVERIFY(git.writeFile(u".env.example"_s,
                              "# Signs sessions. Generate with: openssl rand -hex 32\nSESSION_SECRET=\n"));
        QVERIFY(!git.commitAll(u"template"_s).isEmpty());
        const EnvsmithRun setup = EnvsmithRun::run({u"setup"_s, u"--repo"_s, git.path(), u"--yes"_s});
        QVERIFY2(setup.exitCode == 0, setup.err.constData());
        QFile env(git.filePath(u".env"_s));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray line = env.readAll().trimmed();
        env.close();
        const QByteArray value = line.mid(line.indexOf('=') + 1);
        QVERIFY(value.size() >= 32);
        QVERIFY(QFile::remove(git.filePath(u".env"_s)));
        QVERIFY(git.writeFile(u"deploy/notes.txt"_s, "the session key was " + value.toHex() + "\n"));
        const EnvsmithRun found = scan(git.path(), {});
        QCOMPARE(found.exitCode, 1);
        QVERIFY2(found.out.contains("exact-value") &&
                     found.out.contains("SESSION_SECRET (from keychain), hex"),
                 found.out.constData());
        QVERIFY(!found.out.contains(value) && !found.err.contains(value) &&
                !found.out.contains(value.toHex()));
        QCOMPARE(scan(git.path(), {u"--no-keychain"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestScanCommand)
#include "tst_scancommand.moc"

#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"

#include "PlantedSecrets.h"

#include <QSet>
#include <QTest>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {

QList<ScanFinding> scanText(const ScanRuleSet &rules, const QByteArray &text,
                            const QString &path = u"app/config.py"_s)
{
    auto scanner = SecretScanner::create(rules);
    if (!scanner)
        return {};
    return (*scanner)->scan(text, path);
}

QStringList ruleIds(const QList<ScanFinding> &findings)
{
    QStringList ids;
    for (const ScanFinding &finding : findings)
        ids.append(finding.ruleId);
    return ids;
}

} // namespace

class TestScanRuleSet : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecretScanner> m_builtin; // compiled once: a Hyperscan compile takes a while

    QList<ScanFinding> scanBuiltin(const QByteArray &text)
    {
        return m_builtin->scan(text, u"app/config.py"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto scanner = SecretScanner::create(ScanRuleSet::builtin());
        QVERIFY2(scanner, qPrintable(scanner ? QString() : scanner.error()));
        m_builtin = std::move(*scanner);
    }

    void builtinCoversRequiredKinds()
    {
        const ScanRuleSet &rules = ScanRuleSet::builtin();
        const QStringList required = {u"database-url-password"_s,
                                      u"jwt-secret-assignment"_s,
                                      u"openai-api-key"_s,
                                      u"anthropic-api-key"_s,
                                      u"google-api-key"_s,
                                      u"aws-access-key-id"_s,
                                      u"github-token"_s,
                                      u"slack-token"_s,
                                      u"stripe-secret-key"_s,
                                      u"private-key"_s,
                                      u"generic-secret-assignment"_s,
                                      u"high-entropy-base64"_s,
                                      u"high-entropy-hex"_s};
        for (const QString &id : required)
            QVERIFY2(rules.rule(id), qPrintable(id));
        QCOMPARE(rules.rule(u"high-entropy-base64"_s)->entropy, 4.5);
        QCOMPARE(rules.rule(u"high-entropy-hex"_s)->entropy, 3.0);
        QCOMPARE(rules.rule(u"generic-secret-assignment"_s)->entropy, 3.5);
        // Every built-in rule has a sample in both lists.
        QSet<QString> positives;
        for (const auto &sample : PlantedSecrets::truePositives())
            positives.insert(sample.rule);
        QSet<QString> negatives;
        for (const auto &sample : PlantedSecrets::nearMisses())
            negatives.insert(sample.rule);
        for (const ScanRule &rule : rules.rules()) {
            QVERIFY2(positives.contains(rule.id), qPrintable(rule.id));
            QVERIFY2(negatives.contains(rule.id), qPrintable(rule.id));
        }
    }

    void builtinTomlReadsBack()
    {
        const auto parsed = ScanRuleSet::fromToml(ScanRuleSet::builtinToml(), u"builtin"_s);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error()));
        QCOMPARE(parsed->rules().size(), ScanRuleSet::builtin().rules().size());
        QVERIFY(!ScanRuleSet::builtin().allowlists().isEmpty());
    }

    void builtinRulesAllRunInHyperscan() { QCOMPARE(m_builtin->re2OnlyRules(), QStringList()); }

    void truePositive_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("secret");
        for (quint32 seed : {1u, 2u, 3u})
            for (const auto &sample : PlantedSecrets::truePositives(seed))
                QTest::addRow("%s-%u", qPrintable(sample.rule), seed)
                    << sample.rule << sample.text << sample.secret;
    }
    void truePositive()
    {
        QFETCH(QString, rule);
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, secret);
        const QByteArray content = "# settings\n" + text + "\nother = 1\n";
        const QList<ScanFinding> findings = scanBuiltin(content);
        const ScanFinding *hit = nullptr;
        for (const ScanFinding &finding : findings)
            if (finding.ruleId == rule)
                hit = &finding;
        QVERIFY2(hit, qPrintable(u"%1 not found; found %2"_s.arg(rule, ruleIds(findings).join(u", "_s))));
        QCOMPARE(hit->line, 2);
        // Column: where the secret starts in its line.
        QCOMPARE(hit->column, int(text.indexOf(secret)) + 1);
        QCOMPARE(hit->fingerprint, u"app/config.py:%1:2"_s.arg(rule));
        QVERIFY(!hit->preview.isEmpty());
        QVERIFY(!secret.contains(hit->preview.toUtf8()));
        QVERIFY(hit->preview == u"****"_s || hit->preview.size() == 5);
    }

    void nearMiss_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QByteArray>("text");
        for (const auto &sample : PlantedSecrets::nearMisses())
            QTest::addRow("%s", qPrintable(sample.rule)) << sample.rule << sample.text;
    }
    void nearMiss()
    {
        QFETCH(QString, rule);
        QFETCH(QByteArray, text);
        const QList<ScanFinding> findings = scanBuiltin("# settings\n" + text + '\n');
        QVERIFY2(!ruleIds(findings).contains(rule), qPrintable(ruleIds(findings).join(u", "_s)));
    }

    // False positives found on envsmith's own source tree (issue 6: zero findings there), each next to a
    // real-looking secret of the same shape that the same rule must still report.
    void builtinAllowlists_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("found");
        const QByteArray hex = "0123456789abcdef";
        const QByteArray urlSafe = PlantedSecrets::alnum() + "_-";
        QTest::newRow("redis URL with a password and no user name")
            << u"database-url-password"_s
            << "REDIS_URL=redis://:" + PlantedSecrets::random(PlantedSecrets::alnum(), 24, 33) +
                   "@cache.internal:6379/0"
            << true;
        QTest::newRow("algorithm names in prose")
            << u"generic-secret-assignment"_s
            << QByteArray("JSON (plain or password-protected: PBKDF2-SHA256 or Argon2id, HKDF, AES-256-CBC)")
            << false;
        QTest::newRow("password that starts like an algorithm name")
            << u"generic-secret-assignment"_s
            << "password: PBKDF2-" + PlantedSecrets::random(PlantedSecrets::alnum(), 16, 31) << true;
        QTest::newRow("sha256 known-answer vector")
            << u"high-entropy-hex"_s
            << QByteArray("expected(QByteArray("
                          "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"))")
            << false;
        QTest::newRow("git empty blob")
            << u"high-entropy-hex"_s
            << QByteArray("QCOMPARE(out, \"e69de29bb2d1d6434b8b29ae775ad8c2e48c5391\");") << false;
        QTest::newRow("random hex of a digest's length")
            << u"high-entropy-hex"_s << "QCOMPARE(out, \"" + PlantedSecrets::random(hex, 64, 32) + "\");"
            << true;
        QTest::newRow("aws documentation secret key")
            << QString() << QByteArray("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
            << false;
        QTest::newRow("totp documentation secret")
            << u"generic-secret-assignment"_s
            << QByteArray("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example")
            << false;
        QTest::newRow("totp real secret")
            << u"generic-secret-assignment"_s
            << "otpauth://totp/Example:alice@google.com?secret=" +
                   PlantedSecrets::random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32, 33) + "&issuer=Example"
            << true;
        QTest::newRow("regex character class in a url")
            << u"database-url-password"_s
            << QByteArray("expect(url, \"^postgres://acme:[A-Za-z0-9%]+@localhost:5432/acme_orders$\");")
            << false;
        QTest::newRow("password in a url that starts with a bracket")
            << u"database-url-password"_s
            << "postgres://acme:[" + PlantedSecrets::random(PlantedSecrets::alnum(), 16, 34) + "@localhost/db"
            << true;
        QTest::newRow("env text in a C string: short value, escaped newline")
            << u"jwt-secret-assignment"_s
            << QByteArray("write(\"PORT=3000\\nJWT_SECRET=x\\nDB_PASSWORD=y\\nlower_key=zzsecretzz\\n\");")
            << false;
        QTest::newRow("env text in a C string: real value, escaped newline")
            << u"jwt-secret-assignment"_s
            << "write(\"PORT=3000\\nJWT_SECRET=" + PlantedSecrets::random(urlSafe, 32, 35) + "\\nX=1\\n\");"
            << true;
    }
    void builtinAllowlists()
    {
        QFETCH(QString, rule);
        QFETCH(QByteArray, text);
        QFETCH(bool, found);
        const QStringList ids = ruleIds(scanBuiltin("# settings\n" + text + '\n'));
        const bool reported = rule.isEmpty() ? !ids.isEmpty() : ids.contains(rule);
        QVERIFY2(reported == found, qPrintable(u"found: %1"_s.arg(ids.join(u", "_s))));
    }

    void customRulesAndAllowlists()
    {
        const QByteArray toml = R"(
title = "team rules"
[[rules]]
id = "acme-token"
description = "ACME internal token"
regex = '''acme_(?:live|test)_([0-9a-z]{24})'''
secretGroup = 1
keywords = ["acme_"]
severity = "warning"
  [[rules.allowlists]]
  stopwords = ["deadbeef"]
  [[rules.allowlists]]
  paths = ['''^fixtures/''']

[allowlist]
regexes = ['''^0{24}$''']
)";
        const auto rules = ScanRuleSet::fromToml(toml, u".gitleaks.toml"_s);
        QVERIFY2(rules, qPrintable(rules ? QString() : rules.error()));
        QCOMPARE(rules->rules().size(), 1); // no [extend]: replaces the built-in rules, as in gitleaks
        const ScanRule *rule = rules->rule(u"acme-token"_s);
        QVERIFY(rule);
        QCOMPARE(rule->severity, ScanRule::Severity::Warning);
        QCOMPARE(rule->secretGroup, 1);
        QCOMPARE(rule->allowlists.size(), 2);

        const QByteArray token = PlantedSecrets::random("0123456789abcdefghijklmnopqrstuvwxyz", 24, 5);
        QCOMPARE(ruleIds(scanText(*rules, "t = acme_live_" + token)), QStringList{u"acme-token"_s});
        QCOMPARE(ruleIds(scanText(*rules, "t = acme_live_" + token, u"fixtures/a.txt"_s)), QStringList());
        QCOMPARE(ruleIds(scanText(*rules, "t = acme_live_0000deadbeef000000000000")), QStringList());
        QCOMPARE(ruleIds(scanText(*rules, "t = acme_live_000000000000000000000000")), QStringList());
        // Keyword prefilter: the rule needs "acme_" (case-insensitive) in the content.
        QCOMPARE(ruleIds(scanText(*rules, "t = ACME_live_" + token)), QStringList());
    }

    void extendUseDefaultAndDisable()
    {
        const auto rules = ScanRuleSet::fromToml(R"(
[extend]
useDefault = true
disabledRules = ["high-entropy-hex"]
[[rules]]
id = "acme-token"
regex = '''acme_[0-9a-z]{24}'''
)",
                                                 u".gitleaks.toml"_s);
        QVERIFY2(rules, qPrintable(rules ? QString() : rules.error()));
        QVERIFY(rules->rule(u"github-token"_s));
        QVERIFY(rules->rule(u"acme-token"_s));
        QVERIFY(!rules->rule(u"high-entropy-hex"_s));
        QCOMPARE(rules->rules().size(), ScanRuleSet::builtin().rules().size());
    }

    void badConfigs_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("syntax") << QByteArray("[[rules]\nid = 'x'\n") << u"line 1"_s;
        QTest::newRow("no id") << QByteArray("[[rules]]\nregex = 'a'\n") << u"no `id`"_s;
        QTest::newRow("bad regex") << QByteArray("[[rules]]\nid = 'bad'\nregex = '(?<=x)y'\n") << u"`bad`"_s;
        QTest::newRow("backreference") << QByteArray("[[rules]]\nid = 'br'\nregex = '(a)\\1'\n") << u"`br`"_s;
        QTest::newRow("no regex or path") << QByteArray("[[rules]]\nid = 'empty'\n") << u"`empty`"_s;
        QTest::newRow("entropy text")
            << QByteArray("[[rules]]\nid = 'e'\nregex = 'a'\nentropy = 'high'\n") << u"entropy"_s;
        QTest::newRow("bad severity")
            << QByteArray("[[rules]]\nid = 's'\nregex = 'a'\nseverity = 'fatal'\n") << u"severity"_s;
        QTest::newRow("bad allowlist regex")
            << QByteArray("[allowlist]\nregexes = ['(unclosed']\n") << u"allowlist"_s;
        QTest::newRow("rules not array") << QByteArray("rules = 3\n") << u"rules"_s;
    }
    void badConfigs()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QString, mentions);
        const auto rules = ScanRuleSet::fromToml(toml, u".gitleaks.toml"_s);
        QVERIFY(!rules);
        QVERIFY2(rules.error().contains(u".gitleaks.toml"_s), qPrintable(rules.error()));
        QVERIFY2(rules.error().contains(mentions), qPrintable(rules.error()));
    }

    void hyperscanRejectedRuleFallsBackToRe2()
    {
        // Hyperscan rejects this (a pattern that can match empty data); RE2 runs it after the keyword.
        const auto rules = ScanRuleSet::fromToml(R"(
[[rules]]
id = "empty-capable"
regex = '''(?:zz_[0-9]{6})?'''
keywords = ["zz_"]
)",
                                                 u"t.toml"_s);
        QVERIFY(rules);
        auto scanner = SecretScanner::create(*rules);
        QVERIFY(scanner);
        QCOMPARE((*scanner)->re2OnlyRules(), QStringList{u"empty-capable"_s});
        const auto findings = (*scanner)->scan("a\nid zz_123456\n", u"f"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().line, 2);
        QCOMPARE(findings.first().column, 4);
        QCOMPARE((*scanner)->scan("nothing here\n", u"f"_s).size(), 0);
    }

    void maskedPreview_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("preview");
        QTest::newRow("long") << QByteArray("sk_abcdefghijklyz") << u"sk…yz"_s;
        QTest::newRow("12") << QByteArray("abcdefghijkl") << u"ab…kl"_s;
        QTest::newRow("11 masked") << QByteArray("abcdefghijk") << u"****"_s;
        QTest::newRow("short") << QByteArray("abc") << u"****"_s;
        QTest::newRow("utf8") << QByteArray("äöabcdefghijkü€") << u"äö…ü€"_s;
    }
    void maskedPreview()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, preview);
        QCOMPARE(ScanFinding::maskedPreview(secret), preview);
    }

    void entropy()
    {
        QCOMPARE(SecretScanner::shannonEntropy(""), 0.0);
        QCOMPARE(SecretScanner::shannonEntropy("aaaa"), 0.0);
        QCOMPARE(SecretScanner::shannonEntropy("abcd"), 2.0);
        QCOMPARE(SecretScanner::shannonEntropy("0123456789abcdef"), 4.0);
    }
    /// The table-based entropy agrees with the textbook -sum(p log2 p) (counts past the table's 255 too).
    void entropyMatchesDefinition_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("one byte") << QByteArray("x");
        QTest::newRow("two symbols") << QByteArray("aab");
        QTest::newRow("token") << QByteArray("ghp_0123456789abcdefABCDEF0123456789ab");
        QTest::newRow("300 of one, 2 of another") << (QByteArray(300, 'a') + "bb");
        QTest::newRow("70,000 bytes") << (QByteArray(40000, 'q') + QByteArray(30000, 'r'));
        QByteArray everyByte;
        for (int i = 0; i < 256; ++i)
            everyByte += char(i);
        QTest::newRow("every byte value") << everyByte;
        QTest::newRow("every byte value, repeated") << everyByte.repeated(3) + "zz";
    }
    void entropyMatchesDefinition()
    {
        QFETCH(QByteArray, bytes);
        std::map<unsigned char, double> counts;
        for (char c : bytes)
            counts[static_cast<unsigned char>(c)] += 1.0;
        double expected = 0.0;
        for (const auto &[symbol, count] : counts) {
            const double p = count / double(bytes.size());
            expected -= p * std::log2(p);
        }
        QVERIFY2(std::abs(SecretScanner::shannonEntropy(bytes) - expected) < 1e-9,
                 qPrintable(QString::number(SecretScanner::shannonEntropy(bytes), 'g', 17) + u" != "_s +
                            QString::number(expected, 'g', 17)));
    }
};

QTEST_GUILESS_MAIN(TestScanRuleSet)
#include "tst_scanruleset.moc"

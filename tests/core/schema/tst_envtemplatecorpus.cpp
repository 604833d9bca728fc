#include "core/schema/EnvTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

// Measures template inference against shared/corpus/env-examples: 30 real templates, each with a careful
// per-key classification (generate / third_party_secret / config / derived). The files are read where they
// are (never copied); the test skips when the shared folder is absent. Nothing here knows a file name.
class TestEnvTemplateCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreement();
};

namespace {

QString kindWord(VariableKind kind)
{
    switch (kind) {
    case VariableKind::Generate:
        return u"generate"_s;
    case VariableKind::ThirdPartySecret:
        return u"third_party_secret"_s;
    case VariableKind::Config:
        return u"config"_s;
    case VariableKind::Derived:
        return u"derived"_s;
    }
    return {};
}

struct Tally
{
    int expected = 0;
    int agreed = 0;
};

// Whether @p profile satisfies a corpus generator_hint (README: `hex:N` / `base64:N` random bytes,
// `chars:N` exactly N characters, `chars:N+` at least N, `alnum` only A-Za-z0-9, `laravel-app-key`).
// std::nullopt when the hint is absent or not in one of these forms.
std::optional<bool> meetsHint(const GeneratorProfile &profile, const QString &hint)
{
    using Kind = GeneratorProfile::Kind;
    static const QRegularExpression bytes(u"^(hex|base64):(\\d+)"_s);
    static const QRegularExpression chars(u"^chars:(\\d+)(\\+?)"_s);
    static const QRegularExpression alnum(u"^alnum(?::(\\d+))?"_s);
    if (const auto m = bytes.match(hint); m.hasMatch()) {
        const Kind kind = m.captured(1) == u"hex"_s ? Kind::Hex : Kind::Base64;
        return profile.kind == kind && profile.size == m.captured(2).toInt();
    }
    if (const auto m = chars.match(hint); m.hasMatch()) {
        const int n = m.captured(1).toInt();
        return m.captured(2).isEmpty() ? profile.outputLength() == n : profile.outputLength() >= n;
    }
    if (const auto m = alnum.match(hint); m.hasMatch()) {
        return profile.kind == Kind::Alphanumeric &&
               (!m.hasCaptured(1) || profile.size == m.captured(1).toInt());
    }
    if (hint.startsWith(u"laravel-app-key"_s)) {
        return profile.kind == Kind::LaravelKey;
    }
    return std::nullopt;
}

} // namespace

void TestEnvTemplateCorpus::agreement()
{
    const QDir corpus(QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/env-examples"));
    if (!corpus.exists(u"expected"_s) || !corpus.exists(u"files"_s)) {
        QSKIP(qPrintable(u"corpus/env-examples not found under %1: nothing to measure"_s.arg(
            QStringLiteral(ENVSMITH_SHARED_DIR))));
    }

    QMap<QString, Tally> perKind;
    QMap<QString, int> confusions; // "expected -> got"
    Tally hints;                   // generated values whose profile meets a stated generator_hint
    int files = 0;
    const QStringList expectations =
        QDir(corpus.filePath(u"expected"_s)).entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(!expectations.isEmpty());
    for (const QString &jsonName : expectations) {
        QFile json(corpus.filePath(u"expected/"_s + jsonName));
        QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(jsonName));
        QJsonParseError error;
        const QJsonObject expected = QJsonDocument::fromJson(json.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(jsonName));

        const QString templatePath = corpus.filePath(u"files/"_s + jsonName.chopped(5));
        const auto loaded = EnvTemplate::load(templatePath);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
        ++files;

        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            const QString want = it.value().toObject().value(u"kind"_s).toString();
            const VariableSpec *spec = loaded->variable(it.key());
            const QString got = spec ? kindWord(spec->kind) : u"(missing)"_s;
            Tally &tally = perKind[want];
            ++tally.expected;
            if (got == want) {
                ++tally.agreed;
                const QString hint = it.value().toObject().value(u"generator_hint"_s).toString();
                if (const auto met = want == u"generate"_s ? meetsHint(spec->profile, hint) : std::nullopt) {
                    ++hints.expected;
                    hints.agreed += *met ? 1 : 0;
                    if (!*met) {
                        qInfo("  profile: %s %s: hint %s, got %s (%s)",
                              qPrintable(jsonName.section(u"__"_s, 0, 0)), qPrintable(it.key()),
                              qPrintable(hint.section(u' ', 0, 0)), qPrintable(spec->profile.toString()),
                              qPrintable(spec->profileReason));
                    }
                }
            } else {
                ++confusions[want + u" -> "_s + got];
                qInfo("  disagree: %s %s: expected %s, got %s (%s)",
                      qPrintable(jsonName.section(u"__"_s, 0, 0)), qPrintable(it.key()), qPrintable(want),
                      qPrintable(got), qPrintable(spec ? spec->kindReason : QString()));
            }
        }
    }

    Tally total;
    qInfo("Template inference vs corpus/env-examples (%d files)", files);
    qInfo("  %-20s %8s %8s %8s", "kind", "agreed", "of", "percent");
    for (auto it = perKind.constBegin(); it != perKind.constEnd(); ++it) {
        qInfo("  %-20s %8d %8d %7.1f%%", qPrintable(it.key()), it->agreed, it->expected,
              100.0 * it->agreed / it->expected);
        total.expected += it->expected;
        total.agreed += it->agreed;
    }
    const double overall = 100.0 * total.agreed / total.expected;
    qInfo("  %-20s %8d %8d %7.1f%%", "overall", total.agreed, total.expected, overall);
    qInfo("  generator hints met: %d of %d", hints.agreed, hints.expected);
    for (auto it = confusions.constBegin(); it != confusions.constEnd(); ++it) {
        qInfo("  confusion %s: %d", qPrintable(it.key()), it.value());
    }

    // Floors at the measured figures (rounded down), so a regression shows up.
    QVERIFY2(overall >= 96.0, qPrintable(u"overall agreement %1%"_s.arg(overall, 0, 'f', 1)));
    QVERIFY(100.0 * perKind.value(u"config"_s).agreed / perKind.value(u"config"_s).expected >= 97.0);
    QVERIFY(100.0 * perKind.value(u"generate"_s).agreed / perKind.value(u"generate"_s).expected >= 90.0);
    QVERIFY(100.0 * perKind.value(u"third_party_secret"_s).agreed /
                perKind.value(u"third_party_secret"_s).expected >=
            92.0);
    QVERIFY(hints.expected > 0 && 100.0 * hints.agreed / hints.expected >= 75.0);
    QVERIFY(100.0 * perKind.value(u"derived"_s).agreed / perKind.value(u"derived"_s).expected >= 45.0);
}

QTEST_GUILESS_MAIN(TestEnvTemplateCorpus)
#include "tst_envtemplatecorpus.moc"

#include "core/dotenv/DotenvLinter.h"

#include "core/dotenv/DotenvLintHeuristics.h"
#include "core/dotenv/DuplicatedKeyCheck.h"
#include "core/dotenv/EndingBlankLineCheck.h"
#include "core/dotenv/ExtraBlankLineCheck.h"
#include "core/dotenv/IncorrectDelimiterCheck.h"
#include "core/dotenv/KeyWithoutValueCheck.h"
#include "core/dotenv/LeadingCharacterCheck.h"
#include "core/dotenv/LowercaseKeyCheck.h"
#include "core/dotenv/PlaceholderSecretCheck.h"
#include "core/dotenv/QuoteCharacterCheck.h"
#include "core/dotenv/ReaderDisagreementCheck.h"
#include "core/dotenv/SchemaViolationCheck.h"
#include "core/dotenv/SecretInTemplateCheck.h"
#include "core/dotenv/SpaceCharacterCheck.h"
#include "core/dotenv/SubstitutionKeyCheck.h"
#include "core/dotenv/TrailingWhitespaceCheck.h"
#include "core/dotenv/UnorderedKeyCheck.h"
#include "core/dotenv/UnreadLineCheck.h"
#include "core/dotenv/ValueWithoutQuotesCheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Which checks are silenced at a point of the file.
struct Silence
{
    bool allOff = false;
    QSet<QString> offIds; // when !allOff
    QSet<QString> onIds;  // exceptions when allOff

    bool isOff(const QString &id) const { return allOff ? !onIds.contains(id) : offIds.contains(id); }
};

// `# envsmith-lint:off A,B` / `# dotenv-linter:on` ...: applies the directive to @p silence; false when the
// comment is not a directive.
bool applyDirective(QByteArrayView comment, Silence &silence)
{
    static const QRegularExpression directive(
        QStringLiteral("^#\\s*(?:envsmith-lint|dotenv-linter):(on|off)\\b(.*)$"));
    const auto match = directive.match(QString::fromUtf8(comment.trimmed()));
    if (!match.hasMatch()) {
        return false;
    }
    const bool off = match.captured(1) == u"off";
    QStringList ids =
        match.captured(2).split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        silence = Silence{off, {}, {}};
        return true;
    }
    for (const QString &id : std::as_const(ids)) {
        QSet<QString> &exceptions = silence.allOff ? silence.onIds : silence.offIds;
        if (off != silence.allOff) {
            exceptions.insert(id);
        } else {
            exceptions.remove(id);
        }
    }
    return true;
}

} // namespace

DotenvLinter::DotenvLinter()
{
    m_checks.push_back(std::make_unique<DuplicatedKeyCheck>());
    m_checks.push_back(std::make_unique<EndingBlankLineCheck>());
    m_checks.push_back(std::make_unique<ExtraBlankLineCheck>());
    m_checks.push_back(std::make_unique<IncorrectDelimiterCheck>());
    m_checks.push_back(std::make_unique<KeyWithoutValueCheck>());
    m_checks.push_back(std::make_unique<UnreadLineCheck>());
    m_checks.push_back(std::make_unique<LeadingCharacterCheck>());
    m_checks.push_back(std::make_unique<LowercaseKeyCheck>());
    m_checks.push_back(std::make_unique<QuoteCharacterCheck>());
    m_checks.push_back(std::make_unique<SpaceCharacterCheck>());
    m_checks.push_back(std::make_unique<SubstitutionKeyCheck>());
    m_checks.push_back(std::make_unique<TrailingWhitespaceCheck>());
    m_checks.push_back(std::make_unique<UnorderedKeyCheck>());
    m_checks.push_back(std::make_unique<ValueWithoutQuotesCheck>());
    m_checks.push_back(std::make_unique<PlaceholderSecretCheck>());
    m_checks.push_back(std::make_unique<SecretInTemplateCheck>());
    m_checks.push_back(std::make_unique<ReaderDisagreementCheck>());
    m_checks.push_back(std::make_unique<SchemaViolationCheck>());
}

DotenvLinter::~DotenvLinter() = default;

QStringList DotenvLinter::checkIds() const
{
    QStringList out;
    for (const auto &check : m_checks) {
        out << check->id();
    }
    return out;
}

DotenvLinter::Report DotenvLinter::lint(const DotenvDocument &document, bool isTemplate,
                                        const DotenvSchema *schema) const
{
    const DotenvDialect otherDialect =
        document.dialect() == DotenvDialect::Npm ? DotenvDialect::Python : DotenvDialect::Npm;
    auto other = DotenvDocument::parse(document.toBytes(), otherDialect);
    DotenvLintContext context{document, isTemplate,
                              other ? std::optional<DotenvDocument>(std::move(*other)) : std::nullopt,
                              schema};

    QList<DotenvLintFinding> all;
    for (const auto &check : m_checks) {
        check->check(context, all);
    }

    // The silence in force at each entry: directives apply from the line after them.
    const auto &entries = document.entries();
    QList<Silence> states{Silence{}};
    QList<int> lines{0};
    Silence current;
    for (const DotenvEntry &entry : entries) {
        if (entry.kind == DotenvEntry::Kind::Comment &&
            applyDirective(DotenvLintHeuristics::content(entry), current)) {
            states.append(current);
            lines.append(entry.line + 1);
        }
    }
    const auto stateAt = [&](int line) -> const Silence & {
        const auto it = std::upper_bound(lines.begin(), lines.end(), line);
        return states[std::distance(lines.begin(), it) - 1];
    };

    Report report;
    for (const DotenvLintFinding &finding : std::as_const(all)) {
        if (!stateAt(finding.line).isOff(finding.checkId)) {
            report.findings.append(finding);
        }
    }
    std::stable_sort(report.findings.begin(), report.findings.end(),
                     [](const DotenvLintFinding &a, const DotenvLintFinding &b) { return a.line < b.line; });
    return report;
}

bool DotenvLinter::looksLikeTemplate(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("[._-](example|sample|template|dist|defaults?|tmpl)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(QFileInfo(fileName).fileName()).hasMatch();
}

bool DotenvLinter::Report::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(), [](const DotenvLintFinding &f) {
        return f.severity == DotenvLintFinding::Severity::Error;
    });
}

QString DotenvLinter::Report::toText(const QString &fileName) const
{
    QString out;
    int errors = 0;
    for (const DotenvLintFinding &f : findings) {
        errors += f.severity == DotenvLintFinding::Severity::Error ? 1 : 0;
        out += tr("%1:%2 %3 (%4): %5. Fix: %6.\n")
                   .arg(fileName)
                   .arg(f.line)
                   .arg(f.checkId, DotenvLintFinding::severityName(f.severity), f.message, f.fix);
    }
    if (findings.isEmpty()) {
        out += tr("%1: no problems found.\n").arg(fileName);
    } else {
        out +=
            tr("%1: %2 error(s), %3 warning(s).\n").arg(fileName).arg(errors).arg(findings.size() - errors);
    }
    return out;
}

QByteArray DotenvLinter::Report::toJson(const QString &fileName) const
{
    QJsonArray list;
    int errors = 0;
    for (const DotenvLintFinding &f : findings) {
        errors += f.severity == DotenvLintFinding::Severity::Error ? 1 : 0;
        list.append(QJsonObject{{QStringLiteral("check"), f.checkId},
                                {QStringLiteral("severity"), DotenvLintFinding::severityName(f.severity)},
                                {QStringLiteral("line"), f.line},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("fix"), f.fix}});
    }
    const QJsonObject root{{QStringLiteral("file"), fileName},
                           {QStringLiteral("findings"), list},
                           {QStringLiteral("errors"), errors},
                           {QStringLiteral("warnings"), int(findings.size()) - errors}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

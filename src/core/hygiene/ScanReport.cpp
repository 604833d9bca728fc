#include "core/hygiene/ScanReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString sarifLevel(ScanRule::Severity severity)
{
    switch (severity) {
    case ScanRule::Severity::Error:
        return u"error"_s;
    case ScanRule::Severity::Warning:
        return u"warning"_s;
    case ScanRule::Severity::Info:
        return u"note"_s;
    }
    return u"error"_s;
}

QJsonObject sarifRule(const QString &id, const QString &description)
{
    return QJsonObject{{u"id"_s, id}, {u"shortDescription"_s, QJsonObject{{u"text"_s, description}}}};
}

/// @p text with control characters (C0, DEL, C1; from file names, authors or a repository's rule
/// descriptions) shown as `\xHH`, so a repository cannot move the cursor, recolour or fake lines in a
/// terminal.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += u"\\x%1"_s.arg(unsigned(u), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString ScanReport::toText(const RepositoryScan::Result &result)
{
    QString out;
    for (const ScanFinding &finding : result.findings) {
        QString line = u"%1:%2:%3: [%4] %5"_s.arg(finding.file)
                           .arg(finding.line)
                           .arg(finding.column)
                           .arg(ScanRule::severityName(finding.severity), finding.ruleId);
        if (!finding.description.isEmpty()) // a repository's own rule may have none
            line += u": "_s + finding.description;
        if (!finding.preview.isEmpty())
            line += u" ("_s + finding.preview + u')';
        if (!finding.commit.isEmpty())
            line += tr(" in commit %1 by %2").arg(finding.commit.left(12), finding.author);
        out += printable(line) + u'\n';
    }
    out +=
        tr("%n finding(s); scanned %1 file(s), %2 blob(s), %3 byte(s).", nullptr, int(result.findings.size()))
            .arg(result.stats.files)
            .arg(result.stats.blobs)
            .arg(result.stats.bytes);
    if (result.stats.skippedBinary > 0)
        out += u' ' + tr("Skipped %n binary file(s).", nullptr, int(result.stats.skippedBinary));
    if (!result.notScanned.isEmpty()) {
        out += u'\n' +
               tr("Not scanned (%n), so this scan is incomplete:", nullptr, int(result.notScanned.size()));
        for (const RepositoryScan::NotScanned &item : result.notScanned) {
            out += u"\n  "_s;
            if (!item.path.isEmpty()) {
                out += printable(item.path);
                if (!item.commit.isEmpty())
                    out += u' ' + tr("(commit %1)").arg(item.commit.left(12));
                out += u": "_s;
            }
            out += item.reason;
        }
    }
    if (!result.nestedRepositories.isEmpty()) {
        out +=
            u'\n' + tr("Not part of this repository (%n submodule(s) or nested repositories; scan each with "
                       "`envsmith scan --repo PATH`):",
                       nullptr, int(result.nestedRepositories.size()));
        for (const QString &path : result.nestedRepositories)
            out += u"\n  "_s + printable(path);
    }
    return out;
}

QByteArray ScanReport::toJson(const RepositoryScan::Result &result)
{
    QJsonArray findings;
    for (const ScanFinding &finding : result.findings) {
        findings.append(QJsonObject{{u"rule"_s, finding.ruleId},
                                    {u"file"_s, finding.file},
                                    {u"line"_s, finding.line},
                                    {u"column"_s, finding.column},
                                    {u"commit"_s, finding.commit},
                                    {u"author"_s, finding.author},
                                    {u"severity"_s, ScanRule::severityName(finding.severity)},
                                    {u"preview"_s, finding.preview},
                                    {u"fingerprint"_s, finding.fingerprint}});
    }
    const QJsonObject scanned{{u"files"_s, result.stats.files},
                              {u"bytes"_s, result.stats.bytes},
                              {u"blobs"_s, result.stats.blobs},
                              {u"skippedBinary"_s, result.stats.skippedBinary}};
    QJsonArray notScanned;
    for (const RepositoryScan::NotScanned &item : result.notScanned)
        notScanned.append(QJsonObject{{u"file"_s, item.path},
                                      {u"commit"_s, item.commit},
                                      {u"bytes"_s, item.bytes},
                                      {u"reason"_s, item.reason}});
    return QJsonDocument(
               QJsonObject{{u"findings"_s, findings},
                           {u"scanned"_s, scanned},
                           {u"notScanned"_s, notScanned},
                           {u"nestedRepositories"_s, QJsonArray::fromStringList(result.nestedRepositories)},
                           {u"complete"_s, result.notScanned.isEmpty()}})
        .toJson(QJsonDocument::Indented);
}

QByteArray ScanReport::toSarif(const RepositoryScan::Result &result, const ScanRuleSet &rules,
                               const QString &version)
{
    QJsonArray ruleArray;
    QSet<QString> ruleIds;
    for (const ScanRule &rule : rules.rules()) {
        ruleArray.append(sarifRule(rule.id, rule.description.isEmpty() ? rule.id : rule.description));
        ruleIds.insert(rule.id);
    }
    const auto addSpecial = [&](const QString &id, const QString &description) {
        if (ruleIds.contains(id))
            return;
        ruleArray.append(sarifRule(id, description));
        ruleIds.insert(id);
    };
    addSpecial(u"exact-value"_s, tr("A value from this project's .env or keychain (raw or encoded)"));
    addSpecial(u"env-file-staged"_s,
               tr("A local env file (.env, .env.local, .env.*.local) staged for commit"));
    for (const ScanFinding &finding : result.findings)
        addSpecial(finding.ruleId, finding.description);

    QJsonArray results;
    for (const ScanFinding &finding : result.findings) {
        QString message = finding.description;
        if (!finding.preview.isEmpty())
            message += u' ' + tr("(secret %1)").arg(finding.preview);
        if (!finding.commit.isEmpty())
            message += u' ' + tr("first committed in %1 by %2").arg(finding.commit, finding.author);
        QJsonObject physical{
            {u"artifactLocation"_s,
             QJsonObject{{u"uri"_s, QString::fromUtf8(QUrl::toPercentEncoding(finding.file, "/"))}}}};
        if (finding.line > 0)
            physical.insert(u"region"_s, QJsonObject{{u"startLine"_s, finding.line},
                                                     {u"startColumn"_s, std::max(finding.column, 1)}});
        QJsonObject fingerprints{{u"envsmith/v1"_s, finding.fingerprint}};
        if (!finding.commit.isEmpty())
            fingerprints.insert(u"commitSha"_s, finding.commit);
        results.append(
            QJsonObject{{u"ruleId"_s, finding.ruleId},
                        {u"level"_s, sarifLevel(finding.severity)},
                        {u"message"_s, QJsonObject{{u"text"_s, message}}},
                        {u"locations"_s, QJsonArray{QJsonObject{{u"physicalLocation"_s, physical}}}},
                        {u"partialFingerprints"_s, fingerprints}});
    }
    const QJsonObject driver{
        {u"name"_s, u"envsmith"_s}, {u"semanticVersion"_s, version}, {u"rules"_s, ruleArray}};
    // Files that were not scanned are tool execution notifications (SARIF 2.1.0 §3.58), so a viewer shows
    // that the run is incomplete.
    QJsonArray notifications;
    const auto notify = [&notifications](const QString &level, const QString &text, const QString &path) {
        QJsonObject notification{{u"level"_s, level}, {u"message"_s, QJsonObject{{u"text"_s, text}}}};
        if (!path.isEmpty()) {
            const QJsonObject location{{u"uri"_s, QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))}};
            notification.insert(u"locations"_s,
                                QJsonArray{QJsonObject{{u"physicalLocation"_s,
                                                        QJsonObject{{u"artifactLocation"_s, location}}}}});
        }
        notifications.append(notification);
    };
    for (const RepositoryScan::NotScanned &item : result.notScanned) {
        QString text = tr("Not scanned: %1").arg(item.reason);
        if (!item.commit.isEmpty())
            text += u' ' + tr("(blob added in commit %1)").arg(item.commit);
        notify(u"warning"_s, text, item.path);
    }
    // Submodules and nested repositories: not this repository's content, but a viewer should say so.
    for (const QString &path : result.nestedRepositories)
        notify(u"note"_s,
               tr("A submodule or nested repository: not scanned with this one (scan it with "
                  "`envsmith scan --repo PATH`)."),
               path);
    const QJsonObject invocation{{u"executionSuccessful"_s, true},
                                 {u"toolExecutionNotifications"_s, notifications}};
    const QJsonObject run{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}},
                          {u"invocations"_s, QJsonArray{invocation}},
                          {u"results"_s, results}};
    const QJsonObject root{{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
                           {u"version"_s, u"2.1.0"_s},
                           {u"runs"_s, QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ScanReport::failureJson(const QString &message)
{
    return QJsonDocument(QJsonObject{{u"error"_s, message}, {u"complete"_s, false}})
        .toJson(QJsonDocument::Indented);
}

QByteArray ScanReport::failureSarif(const QString &message, const QString &version)
{
    const QJsonObject driver{
        {u"name"_s, u"envsmith"_s}, {u"semanticVersion"_s, version}, {u"rules"_s, QJsonArray{}}};
    const QJsonObject notification{{u"level"_s, u"error"_s},
                                   {u"message"_s, QJsonObject{{u"text"_s, message}}}};
    const QJsonObject invocation{{u"executionSuccessful"_s, false},
                                 {u"toolExecutionNotifications"_s, QJsonArray{notification}}};
    const QJsonObject run{{u"tool"_s, QJsonObject{{u"driver"_s, driver}}},
                          {u"invocations"_s, QJsonArray{invocation}},
                          {u"results"_s, QJsonArray{}}};
    const QJsonObject root{{u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
                           {u"version"_s, u"2.1.0"_s},
                           {u"runs"_s, QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

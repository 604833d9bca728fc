#pragma once

#include "core/hygiene/HygieneFinding.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The findings of one hygiene run, with text and JSON renderings (neither ever contains a value).
class HygieneReport
{
public:
    void add(HygieneFinding finding) { m_findings.append(std::move(finding)); }
    const QList<HygieneFinding> &findings() const { return m_findings; }
    /// True when any failed finding has severity Error.
    bool hasErrors() const;
    /// True when any finding is HygieneFinding::incomplete (a check could not be done).
    bool isIncomplete() const;
    /// One line per finding, `[error] env-ignored: <message> Fix: <fix description>` (the tag is the
    /// severity for failed findings, `ok` for passed, `n/a` for not applicable), then a summary line, and
    /// a line saying so when the report is incomplete.
    QString toText() const;
    /// A UTF-8 JSON array of objects {id, status, severity, message, fix (description), fixAction,
    /// path, incomplete (bool)}; status/severity/fixAction use the stable names of HygieneFinding.
    QByteArray toJson() const;

private:
    QList<HygieneFinding> m_findings;
};

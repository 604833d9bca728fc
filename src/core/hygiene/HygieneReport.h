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
    QString toText() const;
    QByteArray toJson() const;

private:
    QList<HygieneFinding> m_findings;
};

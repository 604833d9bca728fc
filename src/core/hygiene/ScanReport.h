#pragma once

#include "core/hygiene/RepositoryScan.h"
#include "core/hygiene/ScanRuleSet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/// Renders a RepositoryScan::Result as text, JSON or SARIF 2.1.0. None of them contains a secret: findings
/// carry only ScanFinding::maskedPreview().
class ScanReport
{
    Q_DECLARE_TR_FUNCTIONS(ScanReport)

public:
    /// One line per finding (`file:line:column: [severity] rule: description (preview) commit author`),
    /// then a summary line with the counts, then each file or blob that was not scanned, with why.
    static QString toText(const RepositoryScan::Result &result);
    /// UTF-8 JSON: {"findings":[{"rule","file","line","column","commit","author","severity","preview",
    /// "fingerprint"}], "scanned":{"files","bytes","blobs","skippedBinary"}, "notScanned":[{"file","commit",
    /// "bytes","reason"}], "complete": notScanned is empty} (line/column 0 for a whole-file finding; commit
    /// and author empty outside history scans).
    static QByteArray toJson(const RepositoryScan::Result &result);
    /// UTF-8 SARIF 2.1.0 (OASIS; research/scanning.md §7): one run, tool.driver {name "envsmith",
    /// semanticVersion @p version, rules [{id, shortDescription}] for every rule of @p rules
    /// plus `exact-value` and `env-file-staged`}, results [{ruleId, level (error|warning|note), message,
    /// locations [physicalLocation {artifactLocation {uri}, region {startLine, startColumn}}],
    /// partialFingerprints {"envsmith/v1": fingerprint, "commitSha" in history}}], and one invocation whose
    /// toolExecutionNotifications (level warning) name each file that was not scanned. A whole-file finding
    /// has no region.
    static QByteArray toSarif(const RepositoryScan::Result &result, const ScanRuleSet &rules,
                              const QString &version);
    /// A run that could not happen (@p message: what went wrong, no content), so a CI step that reads the
    /// output still gets a document: JSON {"error": message, "complete": false}; SARIF 2.1.0 with one run,
    /// no results, and one invocation with executionSuccessful false and the message as an error-level
    /// toolExecutionNotification.
    static QByteArray failureJson(const QString &message);
    static QByteArray failureSarif(const QString &message, const QString &version);
};

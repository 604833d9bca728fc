#pragma once

#include "core/hygiene/ScanRule.h"

#include <QByteArrayView>
#include <QString>

/// One secret found by SecretScanner. Holds no secret: only a masked preview.
struct ScanFinding
{
    /// Rule id (a ScanRule id, `exact-value`, or `env-file-staged`).
    QString ruleId;
    /// The rule's description, or for exact values which value and in which encoding (names, never values).
    QString description;
    /// Repository-relative path, forward slashes.
    QString file;
    /// 1-based line and column (column in bytes from the line start) of the start of the secret; 0 for a
    /// finding about a whole file.
    int line = 0;
    int column = 0;
    /// Full commit hash (history scans; empty otherwise).
    QString commit;
    /// `Name <email>` of the commit's author (history scans; empty otherwise).
    QString author;
    ScanRule::Severity severity = ScanRule::Severity::Error;
    /// maskedPreview(secret): never the whole secret.
    QString preview;
    /// gitleaks' fingerprint: `file:rule:line`, or `commit:file:rule:line` when commit is set.
    QString fingerprint;
    /// In memory only, never written anywhere: a keyed BLAKE2b-128 of the rule id and the secret, under a
    /// key drawn at random once per process (so it cannot be compared across runs). Tells "the same
    /// secret" apart across file versions; empty for a whole-file finding.
    QByteArray secretDigest;

    /// secretDigest's value for @p ruleId and @p secret (libsodium crypto_generichash, 16 bytes).
    static QByteArray digestOf(const QString &ruleId, QByteArrayView secret);

    /// A masked form of @p secret (UTF-8): the first and last 2 characters around `…` when the secret has
    /// at least 12 characters (`sk…yz`), else `****` (fully masked; the length is not shown either).
    static QString maskedPreview(QByteArrayView secret);
    /// gitleaks' fingerprint format (research/scanning.md §1).
    static QString fingerprintOf(const QString &commit, const QString &file, const QString &ruleId, int line);
};

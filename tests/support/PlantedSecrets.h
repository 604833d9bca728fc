#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// Secrets of every built-in scan rule (issue 6 §2), made at run time from a fixed seed so that no test
/// source file holds a literal a scanner would flag. For the scanner tests and the scan benchmark.
class PlantedSecrets
{
public:
    struct Sample
    {
        /// The built-in rule id that must report it (ScanRuleSet::builtin()).
        QString rule;
        /// A whole line (or block) as it would appear in a file, without a trailing line break.
        QByteArray text;
        /// The part the rule extracts as the secret (what must never appear whole in any output).
        QByteArray secret;
    };

    /// @p length characters from @p alphabet, deterministic for @p seed (xorshift32).
    static QByteArray random(const QByteArray &alphabet, int length, quint32 seed);
    /// One true positive per built-in rule (several seeds give different secrets).
    static QList<Sample> truePositives(quint32 seed = 1);
    /// One near miss per built-in rule: text that looks like the rule's secret but which that rule must
    /// not report (e.g. a publishable Stripe key, AWS's documentation key, a placeholder password).
    static QList<Sample> nearMisses();

    static QByteArray alnum() { return "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"; }
};

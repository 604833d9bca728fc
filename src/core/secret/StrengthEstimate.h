#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// How hard a value that Envsmith did not generate (typed by the user, kept from an old `.env`, supplied
/// by a vault) is to guess, by zxcvbn (Dropbox's estimator, C port by Tony Evans: Debian libzxcvbn-dev,
/// dictionaries built in). zxcvbn returns log2 of the guesses an attacker needs; the 0..4 score uses
/// zxcvbn's own guess thresholds (10^3, 10^6, 10^8, 10^10: score 3 or less is "guessable" for a secret).
///
/// The value is passed to zxcvbn through a NUL-terminated copy in guarded memory; zxcvbn itself makes
/// short-lived unwiped heap copies (lower-cased and leet-substituted variants) while it runs.
struct StrengthEstimate
{
    /// zxcvbn's estimate in bits (log2 of guesses).
    double entropyBits = 0.0;
    /// 0 (too guessable) .. 4 (very unguessable), zxcvbn's scale.
    int score = 0;
    /// Length in characters (Unicode code points of the UTF-8 value).
    qsizetype length = 0;

    /// Estimates @p utf8 (a value in UTF-8; scanning stops at an embedded NUL as zxcvbn's C API does).
    /// @p userWords are words particularly bad in this context (the variable's name parts, the project).
    static StrengthEstimate of(QByteArrayView utf8, const QStringList &userWords = {});

    /// Below zxcvbn score 4 (fewer than 10^10 guesses): weak for a secret.
    bool isWeak() const { return score < 4; }
    /// Shorter than the 32 characters a secret should have (issue 4 §2).
    bool isShort() const { return length < 32; }
    /// Warnings for a sensitive variable @p name (empty when strong and long enough). Never contains a
    /// value.
    QStringList warnings(const QString &name) const;
};

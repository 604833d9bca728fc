#pragma once

#include <QCoreApplication>

#include "core/hygiene/HygieneFinding.h"
#include "core/schema/EnvTemplate.h"
#include "core/store/KeychainIndex.h"

#include <QDateTime>
#include <QList>

#include <optional>

/// The secret-age hygiene check (issue 4 §5, DESIGN.md §9): for each template variable with a rotation
/// period (RotationPolicy::periodDays: `@rotate=<N>d`, else 90 days for database passwords, 180 for
/// signing keys) and a record in the KeychainIndex, the time since it was last set (rotated, else created)
/// is compared with the period.
///
/// Findings: id `secret-age`, one failed Warning per overdue secret (path empty; the message names the
/// variable, its age in days and its period; the fix description names `envsmith rotate NAME`), or one
/// passed finding when every secret with a period is within it. Nothing when no secret has a period and a
/// record. Never reads a value.
class SecretAgeCheck
{
    Q_DECLARE_TR_FUNCTIONS(SecretAgeCheck)

public:
    /// How old one stored secret is against its rotation period.
    struct Age
    {
        qint64 days = 0;    ///< whole days since it was last set (rotated, else created)
        int periodDays = 0; ///< its rotation period in days (> 0)
        QDate since;        ///< the UTC date it was last set
        bool overdue() const { return days > periodDays; }
    };
    /// The age of @p spec's stored value, or nothing when it has no rotation period or no record.
    static std::optional<Age> age(const VariableSpec &spec, const KeychainIndex &index,
                                  const QString &service, const QDateTime &now);
    /// Why @p spec has its period, in words ("@rotate in the template", "default for database passwords").
    static QString periodReason(const VariableSpec &spec);

    static QList<HygieneFinding> check(const EnvTemplate &envTemplate, const KeychainIndex &index,
                                       const QString &service, const QDateTime &now);
};

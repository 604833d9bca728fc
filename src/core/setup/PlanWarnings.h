#pragma once

#include <QCoreApplication>

#include "core/setup/SetupPlan.h"

#include <QStringList>

/// Warnings about the secrets of a SetupPlan, for the command line and the wizard (issue 4 §1, §2):
/// generated values whose profile is below SecretFloor (asked for explicitly by the template), and
/// secrets Envsmith did not generate (kept from `.env` or entered) that zxcvbn finds guessable or that
/// are shorter than 32 characters (StrengthEstimate). Derived values and plain configuration are not
/// judged. Never contains a value.
class PlanWarnings
{
    Q_DECLARE_TR_FUNCTIONS(PlanWarnings)

public:
    static QStringList collect(const SetupPlan &plan);
    /// The warnings for one row (empty for rows that are not judged).
    static QStringList forVariable(const PlannedVariable &row);
};

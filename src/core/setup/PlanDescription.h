#pragma once

#include <QCoreApplication>

#include "core/setup/PlannedVariable.h"

#include <QString>

/// Words for a planned variable's source, shared by the command line and the wizard (src/core/setup), e.g.
/// "generated (base64url, 256 bits)", "derived from DB_PASSWORD", "to do: enter the value". Never a value.
class PlanDescription
{
    Q_DECLARE_TR_FUNCTIONS(PlanDescription)

public:
    static QString source(const PlannedVariable &row);
    /// A stable machine word for JSON: keep, generate, template, manual, derive, todo.
    static QString actionId(const PlannedVariable &row);
};

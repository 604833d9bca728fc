#pragma once

#include "core/schema/VariableSpec.h"
#include "core/secret/SecureBuffer.h"
#include "core/setup/PlanAction.h"

#include <QString>

#include <memory>

/// One row of a SetupPlan: the template's spec, what will be done, and the value (guarded memory).
struct PlannedVariable
{
    VariableSpec spec;
    PlanAction action = PlanAction::Template;
    /// The value that will be written; empty for a Manual variable not yet entered.
    std::shared_ptr<SecureBuffer> value = std::make_shared<SecureBuffer>();
    /// The existing `.env` has a (non-placeholder) value for this variable.
    bool hasExisting = false;
    /// The existing value will be replaced (only when the user said so).
    bool replacesExisting = false;

    bool isSecret() const;
    /// A Manual variable still without a value: listed as to-do.
    bool isMissing() const { return action == PlanAction::Manual && value->isEmpty(); }
};

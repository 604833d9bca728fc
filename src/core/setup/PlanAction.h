#pragma once

/// Where one variable's value comes from in a SetupPlan.
enum class PlanAction {
    Keep,     ///< the existing `.env` value is kept
    Generate, ///< a new secret from the variable's generator profile
    Template, ///< the template's value (plain configuration)
    Manual,   ///< typed by the user (third-party keys); empty until then
    Derive    ///< built from another variable (Derivation)
};

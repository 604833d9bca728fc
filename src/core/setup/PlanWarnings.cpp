#include "core/setup/PlanWarnings.h"

#include "core/secret/SecretFloor.h"
#include "core/secret/StrengthEstimate.h"

QStringList PlanWarnings::forVariable(const PlannedVariable &row)
{
    switch (row.action) {
    case PlanAction::Generate:
        if (const QString warning = SecretFloor::warning(row.spec.profile, row.spec.name);
            !warning.isEmpty()) {
            return {warning};
        }
        return {};
    case PlanAction::Keep:
    case PlanAction::Manual:
        if (!row.isSecret() || row.spec.kind == VariableKind::Derived || row.value->isEmpty()) {
            return {};
        }
        return StrengthEstimate::of(row.value->view(), row.spec.name.split(u'_', Qt::SkipEmptyParts))
            .warnings(row.spec.name);
    case PlanAction::Template:
    case PlanAction::Derive:
        return {};
    }
    return {};
}

QStringList PlanWarnings::collect(const SetupPlan &plan)
{
    QStringList warnings;
    for (const PlannedVariable &row : plan.variables()) {
        warnings += forVariable(row);
    }
    return warnings;
}

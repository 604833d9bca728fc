#include "core/setup/PlannedVariable.h"

bool PlannedVariable::isSecret() const
{
    return spec.sensitive || spec.kind == VariableKind::Generate ||
           spec.kind == VariableKind::ThirdPartySecret || spec.kind == VariableKind::Derived;
}

#pragma once

/// What Envsmith does for one template variable (corpus/env-examples uses the same four words).
enum class VariableKind {
    Generate,         ///< a per-developer secret Envsmith generates
    ThirdPartySecret, ///< an outside service's key: from the team vault or typed by the user, never generated
    Config,           ///< plain configuration: the template's value is kept
    Derived           ///< built from another variable's value (a URL that embeds a password)
};

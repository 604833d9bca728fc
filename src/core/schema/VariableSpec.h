#pragma once

#include "core/schema/Derivation.h"
#include "core/schema/VariableKind.h"
#include "core/secret/GeneratorProfile.h"

#include <QByteArray>
#include <QString>

/// One variable of a template, with what its annotations or the inference rules say about it.
struct VariableSpec
{
    QString name;
    /// The comment lines directly above the key, without `#` and decorator lines, joined by '\n'.
    QString description;
    /// The value written in the template (often empty or a placeholder).
    QByteArray templateValue;
    /// True when the template value is a placeholder (`changeme`, `your_..._here`, `<...>`, `xxx`, empty).
    bool placeholder = false;
    VariableKind kind = VariableKind::Config;
    bool sensitive = false;
    bool required = true;
    /// For Generate: the profile, from `@generate=`, a comment hint (`openssl rand -hex 32`) or defaults.
    GeneratorProfile profile;
    /// Why this profile: e.g. "comment: openssl rand -hex 32", "default for signing secrets".
    QString profileReason;
    /// For ThirdPartySecret: the outside service recognised from the name (e.g. "OpenAI"), may be empty.
    QString service;
    /// For Derived: how to build the value.
    Derivation derivation;
    /// A 1Password secret reference (`op://vault/item/[section/]field`) written in the value slot.
    QString secretReference;
    /// The vault entry named by `@vault=<item>[/<field>]` or `@vault=<item>/<section>/<field>` (the
    /// decorator's value as written, quotes removed); empty when there is none. VaultMatcher resolves it.
    QString vaultEntry;
    /// 1-based line of the assignment in the template.
    int line = 0;

    /// When an existing value is replaced by a new one (`@regenerate=`): only when it is empty (the
    /// default: never rotate silently) or never.
    enum class Regenerate { IfEmpty, Never };
    Regenerate regenerate = Regenerate::IfEmpty;
    /// `@rotate=<N>d`: the value should be rotated every N days; 0 when not set.
    int rotateDays = 0;
    /// True when the kind comes from the template's own decorators (`@generate`, `@sensitive`, an
    /// `op://` reference), false when it was inferred.
    bool annotated = false;
    /// Why this kind, in words (e.g. "credential issued by OpenAI"); for the UI and `envsmith check`.
    QString kindReason;
};

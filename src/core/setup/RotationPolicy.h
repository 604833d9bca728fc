#pragma once

#include "core/schema/EnvTemplate.h"
#include "core/schema/VariableSpec.h"

#include <QString>

/// What rotating a variable means (issue 4 §4, §5), from its name and the template:
/// - signing keys (a name segment JWT, SESSION, COOKIE, SIGNING or HMAC, or SECRET_KEY_BASE) are rotated
///   in stages: the previous value stays as `<NAME>_PREVIOUS`, or the name the template gives with a
///   `@previous=NAME` decorator (which also makes any variable staged), until the rotation is finished;
/// - rotation periods: the template's `@rotate=<N>d`, else the seed's defaults: database passwords
///   (a DB/DATABASE/POSTGRES/PG/MYSQL/MARIADB/MONGO/REDIS segment with PASSWORD/PASS/PWD/PASSWD) 90 days,
///   signing keys 180 days, others none.
class RotationPolicy
{
public:
    static bool isSigningKey(const VariableSpec &spec);
    static bool isDatabasePassword(const VariableSpec &spec);
    /// Days between rotations; 0 when the variable has no period.
    static int periodDays(const VariableSpec &spec);
    /// True when rotating @p name keeps the previous value (a signing key or a `@previous=` decorator).
    static bool isStaged(const EnvTemplate &envTemplate, const VariableSpec &spec);
    /// The name of the previous value of @p name: the template's `@previous=NAME`, else `<NAME>_PREVIOUS`.
    static QString previousName(const EnvTemplate &envTemplate, const QString &name);
};

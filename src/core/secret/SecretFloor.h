#pragma once

#include "core/secret/GeneratorProfile.h"

#include <QCoreApplication>
#include <QString>

/// The floor for generated secrets (issue 4 §1, from the seed's `openssl rand -base64 32`): at least 128
/// bits of entropy and at least 32 characters. A profile below it is used only when it was asked for
/// explicitly (a template's `@generate=`, a comment hint, the `envsmith generate` argument), and then a
/// warning says so.
class SecretFloor
{
    Q_DECLARE_TR_FUNCTIONS(SecretFloor)

public:
    static constexpr double kMinimumBits = 128.0;
    static constexpr int kMinimumLength = 32;

    /// True when @p profile gives at least kMinimumBits and kMinimumLength characters.
    static bool meets(const GeneratorProfile &profile);
    /// Empty when @p profile meets the floor; else one sentence naming @p subject (a variable name; the
    /// profile itself when empty), the profile's bits and length, and the floor. Never contains a value.
    static QString warning(const GeneratorProfile &profile, const QString &subject = {});
};

#pragma once

#include "core/secret/GeneratorProfile.h"
#include "core/secret/SecureBuffer.h"

#include <QString>

#include <expected>

/// Generates secret values with libsodium's CSPRNG (randombytes_buf; randombytes_uniform for alphabets,
/// so there is no modulo bias). The value is ASCII, returned in guarded memory.
class SecretGenerator
{
public:
    /// A new value for @p profile, or a message when libsodium cannot be initialised.
    static std::expected<SecureBuffer, QString> generate(const GeneratorProfile &profile);
};

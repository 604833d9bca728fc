#include "core/secret/SecretFloor.h"

#include <cmath>

bool SecretFloor::meets(const GeneratorProfile &profile)
{
    // A tiny tolerance: 20 alnum characters are 119.08 bits, hex(16) is exactly 128.
    return profile.entropyBits() + 1e-9 >= kMinimumBits && profile.outputLength() >= kMinimumLength;
}

QString SecretFloor::warning(const GeneratorProfile &profile, const QString &subject)
{
    if (meets(profile)) {
        return {};
    }
    const QString who = subject.isEmpty() ? QString() : subject + QStringLiteral(": ");
    return tr("%1%2 gives %3 bits of entropy in %4 characters, below the floor of %5 bits and %6 "
              "characters. It is used only because it was asked for explicitly; ask for a larger size "
              "(e.g. base64url(32)) unless the consumer needs this exact format.")
        .arg(who, profile.toString())
        .arg(static_cast<int>(std::floor(profile.entropyBits())))
        .arg(profile.outputLength())
        .arg(static_cast<int>(kMinimumBits))
        .arg(kMinimumLength);
}

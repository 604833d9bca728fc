#include "cli/GenerateCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/secret/SecretFloor.h"
#include "core/secret/SecretGenerator.h"

#include <cmath>
#include <cstdio>

namespace {

// `uuid` and `laravel_key` may be written without `()`; a sized name without a size means 32.
std::optional<GeneratorProfile> parseProfile(const QString &text)
{
    if (auto profile = GeneratorProfile::parse(text)) {
        return profile;
    }
    if (text.contains(u'(')) {
        return std::nullopt;
    }
    if (auto profile = GeneratorProfile::parse(text + QStringLiteral("()"))) {
        return profile;
    }
    return GeneratorProfile::parse(text + QStringLiteral("(32)"));
}

} // namespace

int GenerateCommand::run(const QStringList &arguments)
{
    if (arguments.size() != 1 || arguments.first().startsWith(QStringLiteral("--"))) {
        Console::err(tr("envsmith generate takes one profile, e.g. envsmith generate base64(32). Profiles: "
                        "base64(N), base64url(N), hex(N) (N random bytes), alnum(N), password(N) (N "
                        "characters), uuid, laravel_key. See 'envsmith --help'."));
        return int(ExitCode::Usage);
    }
    const std::optional<GeneratorProfile> profile = parseProfile(arguments.first());
    if (!profile) {
        Console::err(tr("envsmith generate: '%1' is not a profile. Use base64(N), base64url(N), hex(N), "
                        "alnum(N), password(N) with N in 1..4096, uuid or laravel_key.")
                         .arg(arguments.first()));
        return int(ExitCode::Usage);
    }
    auto value = SecretGenerator::generate(*profile);
    if (!value) {
        Console::err(value.error());
        return int(ExitCode::Failed);
    }
    // Unbuffered: the value goes from guarded memory to the descriptor without a copy in stdio's buffer.
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    const size_t size = static_cast<size_t>(value->size());
    if (std::fwrite(value->constData(), 1, size, stdout) != size || std::fputc('\n', stdout) == EOF ||
        std::fflush(stdout) != 0) {
        Console::err(tr("envsmith generate: could not write the value to standard output."));
        return int(ExitCode::Failed);
    }
    Console::err(tr("%1 bits of entropy (%2, %3 characters)")
                     .arg(static_cast<int>(std::floor(profile->entropyBits())))
                     .arg(profile->toString())
                     .arg(profile->outputLength()));
    if (const QString warning = SecretFloor::warning(*profile); !warning.isEmpty()) {
        Console::err(tr("Warning: %1").arg(warning));
    }
    return int(ExitCode::Success);
}

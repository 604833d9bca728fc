#include "core/secret/GeneratorProfile.h"

#include <QLatin1StringView>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxSize = 4096;
constexpr int kLaravelKeyBytes = 32;
constexpr int kUuidLength = 36;
constexpr int kUuidRandomBits = 122; // 128 bits minus 4 version and 2 variant bits (RFC 9562 §5.4)

constexpr char kAlphanumeric[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr char kPassword[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

struct KindName
{
    GeneratorProfile::Kind kind;
    QLatin1StringView name;
    bool takesSize;
};

constexpr std::array<KindName, 7> kKinds{{
    {GeneratorProfile::Kind::Base64, "base64"_L1, true},
    {GeneratorProfile::Kind::Base64Url, "base64url"_L1, true},
    {GeneratorProfile::Kind::Hex, "hex"_L1, true},
    {GeneratorProfile::Kind::Alphanumeric, "alnum"_L1, true},
    {GeneratorProfile::Kind::Password, "password"_L1, true},
    {GeneratorProfile::Kind::Uuid, "uuid"_L1, false},
    {GeneratorProfile::Kind::LaravelKey, "laravel_key"_L1, false},
}};

} // namespace

std::optional<GeneratorProfile> GeneratorProfile::parse(QStringView spec)
{
    spec = spec.trimmed();
    const qsizetype open = spec.indexOf(u'(');
    if (open <= 0 || !spec.endsWith(u')'))
        return std::nullopt;
    const QStringView name = spec.first(open).trimmed();
    const QStringView argument = spec.sliced(open + 1, spec.size() - open - 2).trimmed();
    for (const KindName &entry : kKinds) {
        if (name != entry.name)
            continue;
        GeneratorProfile profile;
        profile.kind = entry.kind;
        if (!entry.takesSize) {
            if (!argument.isEmpty())
                return std::nullopt;
            if (entry.kind == Kind::LaravelKey)
                profile.size = kLaravelKeyBytes;
            return profile;
        }
        // Digits only: no sign, no whitespace inside, no hex prefix.
        if (argument.isEmpty() || argument.size() > 4)
            return std::nullopt;
        for (const QChar c : argument) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        const int size = argument.toInt();
        if (size < 1 || size > kMaxSize)
            return std::nullopt;
        profile.size = size;
        return profile;
    }
    return std::nullopt;
}

QString GeneratorProfile::toString() const
{
    for (const KindName &entry : kKinds) {
        if (entry.kind != kind)
            continue;
        if (!entry.takesSize)
            return entry.name + "()"_L1;
        return entry.name + u'(' + QString::number(size) + u')';
    }
    return {};
}

double GeneratorProfile::entropyBits() const
{
    switch (kind) {
    case Kind::Base64:
    case Kind::Base64Url:
    case Kind::Hex:
    case Kind::LaravelKey:
        return 8.0 * size;
    case Kind::Alphanumeric:
    case Kind::Password:
        return size * std::log2(static_cast<double>(alphabet().size()));
    case Kind::Uuid:
        return kUuidRandomBits;
    }
    return 0.0;
}

int GeneratorProfile::outputLength() const
{
    switch (kind) {
    case Kind::Base64:
        return 4 * ((size + 2) / 3);
    case Kind::Base64Url:
        return (4 * size + 2) / 3;
    case Kind::Hex:
        return 2 * size;
    case Kind::Alphanumeric:
    case Kind::Password:
        return size;
    case Kind::Uuid:
        return kUuidLength;
    case Kind::LaravelKey:
        return int(QLatin1StringView("base64:").size()) + 4 * ((size + 2) / 3);
    }
    return 0;
}

QByteArrayView GeneratorProfile::alphabet() const
{
    switch (kind) {
    case Kind::Alphanumeric:
        return QByteArrayView(kAlphanumeric, sizeof(kAlphanumeric) - 1);
    case Kind::Password:
        return QByteArrayView(kPassword, sizeof(kPassword) - 1);
    default:
        return {};
    }
}

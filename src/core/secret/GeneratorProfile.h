#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// How one secret is generated: an encoding and a size.
///
/// The textual form is the template decorator syntax of DESIGN.md §5: `base64(32)`, `base64url(32)`,
/// `hex(32)` (sizes in random bytes), `alnum(32)`, `password(32)` (sizes in characters), `uuid()`,
/// `laravel_key()` (`base64:` + 32 random bytes, standard base64, as `php artisan key:generate`).
/// Every alphabet fits the dotenv safe subset (research/dotenv.md §3.4): no quoting needed.
struct GeneratorProfile
{
    enum class Kind { Base64, Base64Url, Hex, Alphanumeric, Password, Uuid, LaravelKey };

    Kind kind = Kind::Base64Url;
    /// Random bytes for Base64, Base64Url, Hex and LaravelKey; characters for Alphanumeric and Password;
    /// ignored for Uuid.
    int size = 32;

    /// Parses the decorator form; std::nullopt when the name is unknown or the size is not in 1..4096.
    static std::optional<GeneratorProfile> parse(QStringView spec);
    /// The decorator form, e.g. `base64url(32)`.
    QString toString() const;
    /// Entropy of one generated value in bits (e.g. 256 for base64url(32), 122 for uuid()).
    double entropyBits() const;
    /// Length in characters of one generated value.
    int outputLength() const;

    bool operator==(const GeneratorProfile &) const = default;
};

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

/// How one secret is generated: an encoding and a size.
///
/// The textual form is the template decorator syntax of DESIGN.md §5: `base64(32)`, `base64url(32)`,
/// `hex(32)` (sizes in random bytes), `alnum(32)`, `password(32)` (sizes in characters), `uuid()`,
/// `laravel_key()` (`base64:` + 32 random bytes, standard base64, as `php artisan key:generate`).
/// Every alphabet fits the dotenv safe subset (research/dotenv.md §3.4): no quoting needed.
///
/// Alphabets: base64 `[A-Za-z0-9+/=]` (padded, RFC 4648 §4), base64url `[A-Za-z0-9_-]` (RFC 4648 §5, no
/// padding), hex `[0-9a-f]`, alnum `[A-Za-z0-9]` (62 symbols), password `[A-Za-z0-9_.-]` (65 symbols),
/// uuid lowercase RFC 9562 version 4. The password alphabet adds only the RFC 3986 "unreserved" marks that
/// are also in the unquoted dotenv set: such a password can be pasted into a URL's userinfo
/// (`postgres://user:PASS@host`) without percent-encoding and into `.env` without quotes. `~` (unreserved
/// too) is left out because it is not in the unquoted dotenv set; `@ : / % + = ,` are left out because
/// they break URLs (and `%` breaks configparser-style interpolation).
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
    /// The characters a value is drawn from, uniformly, for Alphanumeric and Password; empty for the
    /// encodings of random bytes (Base64, Base64Url, Hex, Uuid, LaravelKey).
    QByteArrayView alphabet() const;

    bool operator==(const GeneratorProfile &) const = default;
};

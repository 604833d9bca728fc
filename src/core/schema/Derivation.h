#pragma once

#include <QByteArray>
#include <QString>

/// How a derived value is built: @c prefix + escape(value of @c source) + @c suffix.
/// Example: DATABASE_URL=postgres://app:<DB_PASSWORD>@localhost:5432/app has prefix `postgres://app:`,
/// source `DB_PASSWORD`, suffix `@localhost:5432/app`, escaping UrlUserinfo.
struct Derivation
{
    enum class Escaping {
        None,       ///< inserted as is
        UrlUserinfo ///< percent-encoded for the userinfo part of a URL (RFC 3986 §3.2.1): all but A-Z a-z 0-9
                    ///< - . _ ~
    };

    QString source;
    QByteArray prefix;
    QByteArray suffix;
    Escaping escaping = Escaping::None;

    bool isValid() const { return !source.isEmpty(); }
    /// The derived value for @p sourceValue (bytes, UTF-8).
    QByteArray apply(QByteArrayView sourceValue) const;
};

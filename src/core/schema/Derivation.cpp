#include "core/schema/Derivation.h"

QByteArray Derivation::apply(QByteArrayView sourceValue) const
{
    QByteArray result = prefix;
    switch (escaping) {
    case Escaping::None:
        result.append(sourceValue);
        break;
    case Escaping::UrlUserinfo:
        // RFC 3986 §3.2.1: userinfo = *( unreserved / pct-encoded / sub-delims / ":" ). This leaves the
        // unreserved set (ALPHA DIGIT - . _ ~) as is; the sub-delims are kept too. Everything else,
        // including ':' (it would end the user name in most parsers), '@', '/', '%' and non-ASCII
        // bytes, is percent-encoded.
        result.append(sourceValue.toByteArray().toPercentEncoding(QByteArrayLiteral("!$&'()*+,;=")));
        break;
    }
    result.append(suffix);
    return result;
}

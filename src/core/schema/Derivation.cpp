#include "core/schema/Derivation.h"

QByteArray Derivation::apply(QByteArrayView sourceValue) const
{
    QByteArray result = prefix;
    switch (escaping) {
    case Escaping::None:
        result.append(sourceValue);
        break;
    case Escaping::UrlUserinfo:
        // RFC 3986 §3.2.1: userinfo = *( unreserved / pct-encoded / sub-delims / ":" ). Only the unreserved
        // set (ALPHA DIGIT - . _ ~) is left as is; everything else is percent-encoded, including ':' (it
        // would end the user name), '@', '/', '%', non-ASCII bytes and the sub-delims: those are allowed
        // raw, but `+` reads as a space in form-style decoders and `$` is expanded by dotenv-expand and
        // shells, while every URL reader decodes %XX back to the same byte.
        result.append(sourceValue.toByteArray().toPercentEncoding());
        break;
    }
    result.append(suffix);
    return result;
}

#pragma once

#include "core/dotenv/DotenvEntry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Small text helpers shared by the lint checks.
class DotenvLintHeuristics
{
public:
    /// The entry's bytes without its final line ending.
    static QByteArrayView content(const DotenvEntry &entry);
    /// For an Unparsed entry: the key when the line is only a key (optionally after `export `), letters,
    /// digits, `_`, `.` and `-`; empty otherwise.
    static QByteArrayView keyOnly(const DotenvEntry &entry);
    /// True for names that usually hold a secret: containing SECRET, PASSWORD, PASSWD, PASS, PWD, TOKEN,
    /// API_KEY/APIKEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIAL(S), SALT, or ending in _KEY (any case).
    static bool isSecretLookingKey(QStringView key);
    /// True for template placeholders: changeme/change_me, replace_me, your_..._here / your-..., <...>,
    /// xxx..., ***, ..., todo, tbd, placeholder, example, dummy, secret, password, null, none (any case).
    static bool isPlaceholder(QByteArrayView value);
    /// True for values that look like a real credential: a known vendor prefix (sk_live_, ghp_, xoxb-,
    /// AKIA..., AIza..., -----BEGIN ... PRIVATE KEY) or at least 20 characters without spaces, mixing
    /// letters and digits, with at least 3.5 bits of Shannon entropy per character, that is not a URL,
    /// a path or a placeholder.
    static bool looksLikeRealSecret(QByteArrayView value);
};

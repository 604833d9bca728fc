#include "core/hygiene/ScanFinding.h"

#include <sodium.h>

#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMinPreviewLength = 12;
}

QString ScanFinding::maskedPreview(QByteArrayView secret)
{
    const QString text = QString::fromUtf8(secret);
    // Count characters as code points so a surrogate pair is never cut in half.
    QList<uint> codePoints = text.toUcs4();
    QString out;
    if (codePoints.size() < kMinPreviewLength) {
        out = u"****"_s;
    } else {
        const qsizetype n = codePoints.size();
        const char32_t head[2] = {char32_t(codePoints.at(0)), char32_t(codePoints.at(1))};
        const char32_t tail[2] = {char32_t(codePoints.at(n - 2)), char32_t(codePoints.at(n - 1))};
        out = QString::fromUcs4(head, 2) + u'…' + QString::fromUcs4(tail, 2);
    }
    codePoints.fill(0);
    return out;
}

QString ScanFinding::fingerprintOf(const QString &commit, const QString &file, const QString &ruleId,
                                   int line)
{
    const QString base = u"%1:%2:%3"_s.arg(file, ruleId).arg(line);
    return commit.isEmpty() ? base : commit + u':' + base;
}

QByteArray ScanFinding::digestOf(const QString &ruleId, QByteArrayView secret)
{
    static const std::array<unsigned char, crypto_generichash_KEYBYTES> key = [] {
        std::array<unsigned char, crypto_generichash_KEYBYTES> out{};
        if (sodium_init() < 0)
            std::abort(); // libsodium cannot work here at all: nothing else would either
        randombytes_buf(out.data(), out.size());
        return out;
    }();
    crypto_generichash_state state;
    crypto_generichash_init(&state, key.data(), key.size(), 16);
    const QByteArray rule = ruleId.toUtf8();
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(rule.constData()),
                              size_t(rule.size()) + 1); // with its NUL: rule and secret cannot run together
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(secret.data()),
                              size_t(secret.size()));
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()));
    sodium_memzero(&state, sizeof state);
    return out;
}

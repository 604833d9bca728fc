#include "core/secret/StrengthEstimate.h"

#include "core/secret/SecureBuffer.h"

#include <zxcvbn.h>

#include <cmath>
#include <cstring>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("StrengthEstimate", text);
}

// zxcvbn's score thresholds (zxcvbn/src/scoring.coffee, guesses_to_score): < 10^3+5 → 0, < 10^6+5 → 1,
// < 10^8+5 → 2, < 10^10+5 → 3, else 4; compared here in bits.
int scoreFromBits(double bits)
{
    const double guesses = std::exp2(bits);
    constexpr double delta = 5.0;
    if (guesses < 1e3 + delta) {
        return 0;
    }
    if (guesses < 1e6 + delta) {
        return 1;
    }
    if (guesses < 1e8 + delta) {
        return 2;
    }
    if (guesses < 1e10 + delta) {
        return 3;
    }
    return 4;
}

qsizetype codePoints(QByteArrayView utf8)
{
    qsizetype count = 0;
    for (const char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            ++count; // every byte that is not a continuation byte starts a character
        }
    }
    return count;
}

} // namespace

StrengthEstimate StrengthEstimate::of(QByteArrayView utf8, const QStringList &userWords)
{
    StrengthEstimate estimate;
    const qsizetype nul = utf8.indexOf('\0');
    QByteArrayView text = nul < 0 ? utf8 : utf8.first(nul);
    estimate.length = codePoints(text);
    // zxcvbn's matching grows faster than linearly; a prefix this long already decides the score (its
    // estimate is a lower bound for the whole value).
    constexpr qsizetype maxScanned = 512;
    if (text.size() > maxScanned) {
        text = text.first(maxScanned);
    }
    if (text.isEmpty()) {
        return estimate;
    }
    SecureBuffer terminated(text.size() + 1); // zero-filled: the last byte is the terminator
    std::memcpy(terminated.data(), text.data(), static_cast<size_t>(text.size()));

    std::vector<QByteArray> words;
    words.reserve(static_cast<size_t>(userWords.size()));
    for (const QString &word : userWords) {
        if (!word.isEmpty()) {
            words.push_back(word.toLower().toUtf8());
        }
    }
    std::vector<const char *> dictionary;
    for (const QByteArray &word : words) {
        dictionary.push_back(word.constData());
    }
    dictionary.push_back(nullptr);

    estimate.entropyBits = ZxcvbnMatch(terminated.constData(), dictionary.data(), nullptr);
    estimate.score = scoreFromBits(estimate.entropyBits);
    return estimate;
}

QStringList StrengthEstimate::warnings(const QString &name) const
{
    QStringList result;
    if (length == 0) {
        return result;
    }
    if (isWeak()) {
        result.append(tr("%1 is easy to guess (zxcvbn score %2 of 4, about %3 bits). If you chose it, "
                         "use a long random value instead (envsmith generate base64url(32)).")
                          .arg(name)
                          .arg(score)
                          .arg(qRound(entropyBits)));
    }
    if (isShort()) {
        result.append(tr("%1 is %2 characters long; a secret should have at least 32. Use a longer "
                         "value if the service accepts one.")
                          .arg(name)
                          .arg(length));
    }
    return result;
}

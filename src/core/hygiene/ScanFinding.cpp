#include "core/hygiene/ScanFinding.h"

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

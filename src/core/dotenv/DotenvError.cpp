#include "core/dotenv/DotenvError.h"

#include <QCoreApplication>

QString DotenvError::toString() const
{
    if (line <= 0) {
        return message;
    }
    if (column <= 0) {
        return QCoreApplication::translate("DotenvError", "line %1: %2").arg(line).arg(message);
    }
    return QCoreApplication::translate("DotenvError", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

DotenvError DotenvError::at(QByteArrayView bytes, qsizetype pos, int baseLine, bool atFileStart,
                            QString message)
{
    int line = baseLine;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < pos && i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    if (atFileStart && lineStart == 0 && bytes.startsWith("\xEF\xBB\xBF") && pos >= 3) {
        lineStart = 3;
    }
    int column = 1;
    for (qsizetype i = lineStart; i < pos; ++i) {
        if ((static_cast<uchar>(bytes[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return DotenvError{line, column, std::move(message)};
}

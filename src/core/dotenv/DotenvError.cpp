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

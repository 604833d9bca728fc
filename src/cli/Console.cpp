#include "cli/Console.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

void Console::out(const QString &text)
{
    QTextStream stream(stdout);
    stream << text;
    if (!text.endsWith(u'\n')) {
        stream << '\n';
    }
}

void Console::err(const QString &text)
{
    QTextStream stream(stderr);
    stream << text;
    if (!text.endsWith(u'\n')) {
        stream << '\n';
    }
}

bool Console::interactive()
{
    return isatty(STDIN_FILENO) == 1;
}

bool Console::confirm(const QString &question)
{
    {
        QTextStream stream(stderr);
        stream << question << ' ' << QCoreApplication::translate("Console", "[y/N]") << ' ';
    }
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QStringLiteral("y") || answer == QStringLiteral("yes") ||
           answer == QCoreApplication::translate("Console", "y") ||
           answer == QCoreApplication::translate("Console", "yes");
}

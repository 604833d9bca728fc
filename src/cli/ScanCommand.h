#pragma once

#include <QString>
#include <QStringList>

/// `envsmith scan`: see helpText().
class ScanCommand
{
public:
    static int run(const QStringList &arguments);
    /// The command's lines for `envsmith help` (translated, each line indented like the others).
    static QString helpText();
};

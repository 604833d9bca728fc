#pragma once

#include <QString>
#include <QStringList>

/// `envsmith sync`: see helpText().
class SyncCommand
{
public:
    static int run(const QStringList &arguments);
    /// The command's lines for `envsmith help` (translated, each line indented like the others).
    static QString helpText();
};

#pragma once

#include <QString>
#include <QStringList>

/// The command-line face of Envsmith: `envsmith setup|check|help ...`. Output goes to stdout (data) and
/// stderr (errors); no value is ever printed.
class CliApplication
{
public:
    /// True when @p arguments (argv, program name first) name a command-line command rather than the wizard.
    static bool handles(const QStringList &arguments);
    /// Runs the command; returns an ExitCode as int. Needs a QCoreApplication.
    static int run(const QStringList &arguments);
    /// The text of `envsmith --help`.
    static QString helpText();
    /// The text of `envsmith COMMAND --help` (also `-h`, or `envsmith help COMMAND`): the command's usage
    /// lines, the shared options it takes and the exit codes. helpText() for `help` or an unknown name.
    static QString commandHelpText(const QString &command);
};

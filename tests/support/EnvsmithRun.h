#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// One run of the real `envsmith` executable (ENVSMITH_BINARY) for command-line tests: what it printed
/// and its exit code (-1 when it could not start, crashed, or ran past the timeout).
struct EnvsmithRun
{
    struct Options
    {
        /// Written to stdin, which is then closed (stdin is empty when this is empty).
        QByteArray input;
        QString workingDirectory;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        /// A command that runs envsmith, e.g. {"setpriv", "--reuid=65534", ...}; empty for none.
        QStringList wrapper;
        int timeoutMs = 240000;
    };

    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    static EnvsmithRun run(const QStringList &args, const Options &options);
    static EnvsmithRun run(const QStringList &args) { return run(args, Options()); }
};

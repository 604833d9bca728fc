#include "EnvsmithRun.h"

#include <QProcess>

EnvsmithRun EnvsmithRun::run(const QStringList &args, const Options &options)
{
    QProcess process;
    process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty()) {
        process.setWorkingDirectory(options.workingDirectory);
    }
    const QString binary = QStringLiteral(ENVSMITH_BINARY);
    if (options.wrapper.isEmpty()) {
        process.start(binary, args);
    } else {
        process.start(options.wrapper.first(), options.wrapper.mid(1) + QStringList{binary} + args);
    }
    EnvsmithRun result;
    if (!process.waitForStarted(60000)) {
        return result;
    }
    process.write(options.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

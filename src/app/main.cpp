// Envsmith's entry point: hardening first, then the command line (`envsmith setup|check|help ...`) or the
// setup wizard (`envsmith [DIR]`, `envsmith --demo`).

#include "ProcessHardening.h"
#include "cli/CliApplication.h"
#include "cli/Console.h"
#include "core/schema/EnvTemplate.h"
#include "core/secret/PrimitiveSelfTest.h"
#include "core/secret/SodiumRuntime.h"
#include "core/setup/DemoProject.h"
#include "gui/SetupWizard.h"
#include "gui/Translations.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("envsmith"));
    QCoreApplication::setApplicationName(QStringLiteral("envsmith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENVSMITH_VERSION));
}

// The folder the wizard opens: DIR when given, else the current folder when it has a template, else a
// fresh copy of the demo project.
std::expected<QString, QString> wizardFolder(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    const bool demo = rest.contains(QStringLiteral("--demo"));
    for (const QString &argument : rest) {
        if (!argument.startsWith(u'-')) {
            return QDir(argument).absolutePath();
        }
    }
    if (!demo && !EnvTemplate::findIn(QDir::current()).isEmpty()) {
        return QDir::currentPath();
    }
    QTemporaryDir parent(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(QStringLiteral("envsmith-demo-XXXXXX")));
    if (!parent.isValid()) {
        return std::unexpected(parent.errorString());
    }
    parent.setAutoRemove(false); // the user may want to look at what the wizard wrote
    return DemoProject::create(parent.path());
}

} // namespace

int main(int argc, char *argv[])
{
    const bool hardened = ProcessHardening::apply();
    if (!SodiumRuntime::ensureInitialized()) {
        return 3;
    }
    // Known answers of the primitives before anything else runs; fail closed (issue 4 §3).
    if (auto selfTest = PrimitiveSelfTest::run(); !selfTest) {
        std::fputs(selfTest.error().toLocal8Bit().constData(), stderr);
        std::fputc('\n', stderr);
        return 3;
    }

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }

    if (CliApplication::handles(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        Translations::install(app, QLocale::system());
        if (!hardened) {
            Console::err(QCoreApplication::translate("main", "Warning: core dumps could not be disabled."));
        }
        return CliApplication::run(arguments);
    }

    // Without a display Qt's platform plugin aborts the process (exit 134, "reinstalling the application
    // may fix this"): say what is missing and what to do instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        QCoreApplication core(argc, argv);
        describeApplication();
        Translations::install(core, QLocale::system());
        Console::err(QCoreApplication::translate(
            "main", "The setup wizard needs a graphical display, and there is none (DISPLAY and "
                    "WAYLAND_DISPLAY are not set). Start it from a desktop session, or use the command "
                    "line: `envsmith --help` lists the commands (e.g. `envsmith setup`)."));
        return 3;
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/envsmith.svg")));
    Translations::install(app, QLocale::system());
    auto folder = wizardFolder(arguments);
    if (!folder) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Envsmith"),
            QCoreApplication::translate("main", "Cannot create the demo project: %1").arg(folder.error()));
        return 3;
    }
    SetupWizard wizard(*folder);
    wizard.show();
    return QApplication::exec();
}

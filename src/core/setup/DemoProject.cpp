#include "core/setup/DemoProject.h"

#include "core/hygiene/GitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

struct DemoFile
{
    const char *resource;
    const char *target;
};

constexpr DemoFile demoFiles[] = {
    {":/demo/env.example", ".env.example"},  {":/demo/README.md", "README.md"},
    {":/demo/gitignore", ".gitignore"},      {":/demo/server.js", "server.js"},
    {":/demo/package.json", "package.json"},
};

} // namespace

std::expected<QString, QString> DemoProject::create(const QString &parentFolder)
{
    QDir parent(parentFolder);
    if (!parent.exists() && !parent.mkpath(QStringLiteral("."))) {
        return std::unexpected(DemoProject::tr("Cannot create the folder %1 for the demo project.")
                                   .arg(QDir::toNativeSeparators(parentFolder)));
    }
    QString name = QStringLiteral("acme-orders");
    for (int n = 2; parent.exists(name); ++n) {
        name = QStringLiteral("acme-orders-%1").arg(n);
    }
    if (!parent.mkdir(name)) {
        return std::unexpected(
            DemoProject::tr("Cannot create the demo project in %1: the folder is not writable.")
                .arg(QDir::toNativeSeparators(parentFolder)));
    }
    const QDir root(parent.filePath(name));
    for (const DemoFile &file : demoFiles) {
        QFile source(QString::fromLatin1(file.resource));
        const QString target = root.filePath(QString::fromLatin1(file.target));
        if (!source.copy(target)) {
            return std::unexpected(DemoProject::tr("Cannot write the demo file %1: %2")
                                       .arg(QDir::toNativeSeparators(target), source.errorString()));
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther);
    }

    if (GitRepository::gitAvailable()) {
        const QStringList identity = {
            QStringLiteral("-c"), QStringLiteral("user.name=Envsmith Demo"),
            QStringLiteral("-c"), QStringLiteral("user.email=demo@envsmith.invalid"),
            QStringLiteral("-c"), QStringLiteral("commit.gpgsign=false")};
        const QList<QStringList> commands = {
            {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")},
            {QStringLiteral("add"), QStringLiteral("-A")},
            identity + QStringList{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                                   QStringLiteral("Acme Orders API: initial commit")},
        };
        for (const QStringList &args : commands) {
            QProcess git;
            git.setWorkingDirectory(root.path());
            git.setStandardInputFile(QProcess::nullDevice());
            git.start(QStringLiteral("git"), args);
            if (!git.waitForFinished(30000) || git.exitStatus() != QProcess::NormalExit ||
                git.exitCode() != 0) {
                return std::unexpected(
                    DemoProject::tr("Cannot make the demo project a git repository: git %1 failed (%2).")
                        .arg(args.contains(QStringLiteral("commit")) ? QStringLiteral("commit")
                                                                     : args.first(),
                             QString::fromLocal8Bit(git.readAllStandardError()).trimmed()));
            }
        }
    }
    return root.path();
}

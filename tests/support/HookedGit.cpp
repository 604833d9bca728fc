#include "HookedGit.h"

#include <QProcess>

using namespace Qt::StringLiterals;

QProcessEnvironment HookedGit::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    env.insert(u"GIT_AUTHOR_NAME"_s, u"Envsmith Test"_s);
    env.insert(u"GIT_AUTHOR_EMAIL"_s, u"test@envsmith.invalid"_s);
    env.insert(u"GIT_COMMITTER_NAME"_s, u"Envsmith Test"_s);
    env.insert(u"GIT_COMMITTER_EMAIL"_s, u"test@envsmith.invalid"_s);
    env.remove(u"GIT_DIR"_s);
    env.remove(u"GIT_WORK_TREE"_s);
    env.remove(u"GIT_INDEX_FILE"_s);
    return env;
}

TempGitRepo::Result HookedGit::run(const QString &folder, const QStringList &args,
                                   const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    const QStringList fixed{u"-C"_s, folder,
                            u"-c"_s, u"user.name=Envsmith Test"_s,
                            u"-c"_s, u"user.email=test@envsmith.invalid"_s,
                            u"-c"_s, u"commit.gpgsign=false"_s};
    process.start(u"git"_s, fixed + args);
    TempGitRepo::Result result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

#include "TempGitRepo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstdio>

using namespace Qt::StringLiterals;

TempGitRepo::TempGitRepo(bool bare)
{
    if (!m_dir.isValid())
        return;
    QStringList args{u"init"_s, u"-q"_s, u"-b"_s, u"main"_s};
    if (bare)
        args.append(u"--bare"_s);
    m_valid = run(args).exitCode == 0;
}

QString TempGitRepo::filePath(const QString &relativePath) const
{
    return QDir(m_dir.path()).filePath(relativePath);
}

bool TempGitRepo::writeFile(const QString &relativePath, const QByteArray &bytes) const
{
    const QString full = filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(full).absolutePath()))
        return false;
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size() && file.flush();
}

bool TempGitRepo::makeDir(const QString &relativePath) const
{
    return QDir().mkpath(filePath(relativePath));
}

QString TempGitRepo::commitAll(const QString &message, bool force) const
{
    QStringList add{u"add"_s, u"-A"_s};
    if (force)
        add.append(u"-f"_s);
    if (run(add).exitCode != 0)
        return {};
    if (run({u"commit"_s, u"-q"_s, u"--allow-empty"_s, u"-m"_s, message}).exitCode != 0)
        return {};
    const Result head = run({u"rev-parse"_s, u"HEAD"_s});
    return head.exitCode == 0 ? QString::fromLatin1(head.out.trimmed()) : QString();
}

TempGitRepo::Result TempGitRepo::run(const QStringList &args) const
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

    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    const QStringList fixed{u"-C"_s, m_dir.path(),
                            u"-c"_s, u"user.name=Envsmith Test"_s,
                            u"-c"_s, u"user.email=test@envsmith.invalid"_s,
                            u"-c"_s, u"commit.gpgsign=false"_s,
                            u"-c"_s, u"core.hooksPath=/dev/null"_s,
                            u"-c"_s, u"init.defaultBranch=main"_s};
    process.start(u"git"_s, fixed + args);
    Result result;
    if (!process.waitForStarted(30000) || !process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool TempGitRepo::runOk(const QStringList &args) const
{
    const Result result = run(args);
    if (result.exitCode != 0) {
        std::fprintf(stderr, "git %s failed (%d): %s\n", qPrintable(args.join(u' ')), result.exitCode,
                     result.err.constData());
        return false;
    }
    return true;
}

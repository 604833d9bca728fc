#pragma once

#include "TempGitRepo.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Runs `git` in a folder with its hooks enabled (TempGitRepo::run turns hooks off), for tests of the
/// commit guard that need a real `git commit` to run the pre-commit hook. Identity and `commit.gpgsign`
/// are fixed with `-c`, so no user configuration is needed.
class HookedGit
{
public:
    /// The system environment with a fixed author/committer, LC_ALL=C, GIT_DIR/GIT_WORK_TREE removed.
    static QProcessEnvironment environment();
    /// Runs `git -C folder args...` (stdin closed) in @p env; exitCode -1 when git could not run.
    static TempGitRepo::Result run(const QString &folder, const QStringList &args,
                                   const QProcessEnvironment &env = environment());
};

#pragma once

#include <QList>
#include <QString>

/// The result of one step of applying a plan, shown to the user as it happens.
struct ApplyStep
{
    enum class Id { Gitignore, EnvFile, Keychain, Report };
    enum class Status { Pending, Running, Done, Skipped, Failed };

    Id id = Id::EnvFile;
    Status status = Status::Pending;
    /// What the step does, e.g. "Write .env (mode 0600)".
    QString title;
    /// What happened, or what went wrong and what to do (never a value).
    QString message;

    static QString statusName(Status status);
    /// True when the step @p id is among @p steps and Failed.
    static bool failed(const QList<ApplyStep> &steps, Id id);
};

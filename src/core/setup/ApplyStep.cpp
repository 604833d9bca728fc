#include "core/setup/ApplyStep.h"

#include <QCoreApplication>

QString ApplyStep::statusName(Status status)
{
    switch (status) {
    case Status::Pending:
        return QCoreApplication::translate("ApplyStep", "pending");
    case Status::Running:
        return QCoreApplication::translate("ApplyStep", "running");
    case Status::Done:
        return QCoreApplication::translate("ApplyStep", "done");
    case Status::Skipped:
        return QCoreApplication::translate("ApplyStep", "skipped");
    case Status::Failed:
        return QCoreApplication::translate("ApplyStep", "failed");
    }
    return {};
}

bool ApplyStep::failed(const QList<ApplyStep> &steps, Id id)
{
    for (const ApplyStep &step : steps) {
        if (step.id == id && step.status == Status::Failed) {
            return true;
        }
    }
    return false;
}

#pragma once

#include <QCoreApplication>

#include "core/setup/RepoContext.h"
#include "core/setup/SetupPlan.h"

#include <QString>

#include <expected>

/// Builds a SetupPlan from a repository: reads the template and the existing `.env`, decides an action
/// per variable (keep existing values; generate empty or placeholder secrets; keep template config; ask
/// for third-party keys; derive embedded values) and generates the new secrets.
class SetupPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlanner)

public:
    /// Fails with a message saying what is wrong and what to do: no template in the folder, a template or
    /// existing `.env` that cannot be read or parsed (line and column named), a `.env` that is a folder.
    static std::expected<SetupPlan, QString> build(const RepoContext &context);
};

#pragma once

// Shared by the wizard job tests (tst_regeneratepage, tst_teamvaultpage): header-only because
// tests/support links no setup layer.

#include "TempGitRepo.h"
#include "TestFiles.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/SetupPlanner.h"
#include "core/setup/SetupRunner.h"

#include <memory>

namespace OnboardedRepo {

/// A git repository with the demo template, onboarded by the real SetupRunner (values in .env and the
/// real keychain); nullptr when any step fails.
inline std::unique_ptr<TempGitRepo> create()
{
    auto repo = std::make_unique<TempGitRepo>();
    if (!repo->isValid() || !repo->writeFile(QStringLiteral(".env.example"), TestFiles::demoTemplate()) ||
        repo->commitAll(QStringLiteral("template")).isEmpty()) {
        return nullptr;
    }
    auto context = RepoContext::open(repo->path());
    auto plan = context ? SetupPlanner::build(*context) : std::unexpected(QString());
    if (!plan) {
        return nullptr;
    }
    const SetupRunner::Result result = SetupRunner::apply(*plan, SetupRunner::Options{});
    return result.ok() ? std::move(repo) : nullptr;
}

/// @p key's value in @p env as npm dotenv reads it; "<absent>" or "<unparseable>" otherwise.
inline QByteArray valueOf(const QByteArray &env, const QString &key)
{
    auto document = DotenvDocument::parse(env);
    return document ? document->value(key).value_or(QByteArray("<absent>")) : QByteArray("<unparseable>");
}

} // namespace OnboardedRepo

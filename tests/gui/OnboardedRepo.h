#pragma once

// Shared by the wizard job tests (tst_regeneratepage, tst_teamvaultpage): header-only because
// tests/support links no setup layer.

#include "TempGitRepo.h"
#include "TestFiles.h"
#include "core/dotenv/DotenvDocument.h"
#include "core/setup/SetupPlanner.h"
#include "core/setup/SetupRunner.h"
#include "gui/SetupWizard.h"

#include <QAbstractButton>
#include <QRadioButton>
#include <QTest>

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

/// A wizard on @p folder, shown, with the start page's @p radioName job clicked and Next clicked; nullptr
/// unless it arrived on @p pageId.
inline std::unique_ptr<SetupWizard> openOnJob(const QString &folder, const char *radioName, int pageId)
{
    auto wizard = std::make_unique<SetupWizard>(folder);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get())) {
        return nullptr;
    }
    auto *radio = wizard->findChild<QRadioButton *>(QLatin1StringView(radioName));
    if (radio == nullptr || !radio->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(5, radio->height() / 2));
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    return wizard->currentId() == pageId ? std::move(wizard) : nullptr;
}

} // namespace OnboardedRepo

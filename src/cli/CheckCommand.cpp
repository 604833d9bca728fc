#include "cli/CheckCommand.h"

#include "cli/CommandOptions.h"
#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/hygiene/HygieneChecker.h"
#include "core/setup/RepoContext.h"
#include "core/setup/SecretAgeCheck.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"

#include <QDateTime>

int CheckCommand::run(const QStringList &arguments)
{
    auto options = CommandOptions::parse(QStringLiteral("check"), arguments,
                                         {QStringLiteral("repo"), QStringLiteral("format")});
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    auto context = RepoContext::open(options->repoFolder());
    if (!context) {
        Console::err(context.error());
        return int(ExitCode::Failed);
    }
    HygieneReport report = HygieneChecker::check(context->root(), context->envFileName());
    // Secret age (issue 4 §5): names and times from the keychain index, never values.
    if (context->hasTemplate()) {
        auto envTemplate = EnvTemplate::load(context->templatePath());
        auto index = KeychainIndex::load();
        if (envTemplate && index) {
            const KeychainStore store(context->projectId(), context->envFileName());
            for (HygieneFinding &finding : SecretAgeCheck::check(*envTemplate, *index, store.service(),
                                                                 QDateTime::currentDateTimeUtc())) {
                report.add(std::move(finding));
            }
        } else {
            Console::err(envTemplate ? index.error() : envTemplate.error());
        }
    }
    if (options->format == CommandOptions::Format::Json) {
        Console::out(QString::fromUtf8(report.toJson()));
    } else {
        Console::out(report.toText());
    }
    return int(report.hasErrors() ? ExitCode::Findings : ExitCode::Success);
}

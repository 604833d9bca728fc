#include "core/setup/ProjectCheck.h"

#include "core/hygiene/HygieneChecker.h"
#include "core/hygiene/SecretHygieneCheck.h"
#include "core/schema/EnvTemplate.h"
#include "core/setup/SecretAgeCheck.h"
#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStore.h"

#include <QDateTime>

HygieneReport ProjectCheck::run(const RepoContext &context, const Options &options)
{
    HygieneReport report = HygieneChecker::check(context.root(), context.envFileName());
    if (context.isGitRepository()) {
        if (options.scanTree) {
            for (HygieneFinding &finding :
                 SecretHygieneCheck::check(context.root(), context.envFileName(),
                                           RepositoryScan::Mode::WorkingTree, options.keychainValues)) {
                report.add(std::move(finding));
            }
        }
        if (options.scanHistory) {
            for (HygieneFinding &finding :
                 SecretHygieneCheck::check(context.root(), context.envFileName(),
                                           RepositoryScan::Mode::History, options.keychainValues)) {
                report.add(std::move(finding));
            }
        }
        if ((options.scanTree || options.scanHistory) && !options.keychainNote.isEmpty()) {
            HygieneFinding finding;
            finding.id = QStringLiteral("keychain-not-searched");
            finding.status = HygieneFinding::Status::Failed;
            finding.severity = HygieneFinding::Severity::Info;
            finding.message = options.keychainNote;
            finding.fixDescription =
                tr("Unlock the keychain (log in to the desktop session, or open \"Passwords and Keys\"), fix "
                   "what the message names, and run the check again.");
            report.add(std::move(finding));
        }
    }
    if (!context.hasTemplate()) {
        return report;
    }
    auto envTemplate = EnvTemplate::load(context.templatePath());
    auto index = KeychainIndex::load(options.indexPath);
    if (!envTemplate || !index) {
        HygieneFinding finding;
        finding.id = QStringLiteral("secret-age");
        finding.status = HygieneFinding::Status::NotApplicable;
        finding.severity = HygieneFinding::Severity::Warning;
        finding.incomplete = true;
        finding.message = tr("The age of stored secrets could not be checked: %1")
                              .arg(envTemplate ? index.error() : envTemplate.error());
        report.add(std::move(finding));
        return report;
    }
    const KeychainStore store(context.projectId(), context.envFileName());
    for (HygieneFinding &finding :
         SecretAgeCheck::check(*envTemplate, *index, store.service(), QDateTime::currentDateTimeUtc())) {
        report.add(std::move(finding));
    }
    return report;
}

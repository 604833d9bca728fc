#include "cli/ScanCommand.h"

#include "cli/Console.h"
#include "cli/ExitCode.h"
#include "core/hygiene/GitRepository.h"
#include "core/hygiene/RepositoryScan.h"
#include "core/hygiene/ScanReport.h"
#include "core/hygiene/ScanRuleSet.h"
#include "core/hygiene/SecretScanner.h"
#include "core/setup/ProjectKeychainValues.h"
#include "core/setup/RepoContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

enum class Format { Text, Json, Sarif };

struct ScanOptions
{
    QString repo;
    bool history = false;
    bool staged = false;
    bool keychain = true;
    bool quiet = false;
    Format format = Format::Text;
};

QString usageError(const QString &what)
{
    return QCoreApplication::translate("ScanCommand", "%1 Usage: envsmith scan [--repo DIR] [--history | "
                                                      "--staged] [--no-keychain] [--quiet] [--format "
                                                      "text|json|sarif]. See 'envsmith --help'.")
        .arg(what);
}

std::expected<ScanOptions, QString> parse(const QStringList &arguments)
{
    ScanOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString value;
        const bool hasInlineValue = argument.contains(u'=');
        const QString name = hasInlineValue ? argument.section(u'=', 0, 0) : argument;
        const auto takeValue = [&]() -> bool {
            if (hasInlineValue) {
                value = argument.section(u'=', 1);
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            value = arguments.at(++i);
            return true;
        };
        if (name == u"--history"_s && !hasInlineValue) {
            options.history = true;
        } else if (name == u"--staged"_s && !hasInlineValue) {
            options.staged = true;
        } else if (name == u"--no-keychain"_s && !hasInlineValue) {
            options.keychain = false;
        } else if (name == u"--quiet"_s && !hasInlineValue) {
            options.quiet = true;
        } else if (name == u"--repo"_s) {
            if (!takeValue() || value.isEmpty())
                return std::unexpected(
                    usageError(QCoreApplication::translate("ScanCommand", "--repo needs a folder.")));
            options.repo = value;
        } else if (name == u"--format"_s) {
            if (!takeValue())
                return std::unexpected(usageError(
                    QCoreApplication::translate("ScanCommand", "--format needs text, json or sarif.")));
            if (value == u"text"_s)
                options.format = Format::Text;
            else if (value == u"json"_s)
                options.format = Format::Json;
            else if (value == u"sarif"_s)
                options.format = Format::Sarif;
            else
                return std::unexpected(
                    usageError(QCoreApplication::translate("ScanCommand",
                                                           "Unknown format '%1' (use text, json or sarif).")
                                   .arg(value)));
        } else {
            return std::unexpected(usageError(
                QCoreApplication::translate("ScanCommand", "Unknown argument '%1'.").arg(argument)));
        }
    }
    if (options.history && options.staged)
        return std::unexpected(usageError(
            QCoreApplication::translate("ScanCommand", "--history and --staged cannot be combined.")));
    return options;
}

/// The values the keychain holds for @p context's project (ProjectKeychainValues), appended to @p values.
/// Nothing is asked when the keychain is locked or absent (a commit hook must never pop up an unlock
/// prompt): then a note on stderr says the keychain's values were not searched.
void addKeychainValues(const RepoContext &context, std::vector<ScanExactValue> &values)
{
    ProjectKeychainValues::Result keychain = ProjectKeychainValues::read(context);
    if (!keychain.unavailableReason.isEmpty()) {
        Console::err(QCoreApplication::translate(
                         "ScanCommand", "Note: the values in the keychain were not searched for (%1). "
                                        "Those in %2 were.")
                         .arg(keychain.unavailableReason, context.envFileName()));
        return;
    }
    if (keychain.unread.isEmpty() && !keychain.note.isEmpty()) {
        // Not locked, but nothing could be looked up (the keychain index cannot be read).
        Console::err(QCoreApplication::translate("ScanCommand", "Note: %1").arg(keychain.note));
        return;
    }
    for (const ProjectKeychainValues::Unread &unread : std::as_const(keychain.unread))
        Console::err(QCoreApplication::translate("ScanCommand", "Note: %1 was not read from the keychain: %2")
                         .arg(unread.name, unread.message));
    for (ScanExactValue &value : keychain.values) {
        value.origin = QCoreApplication::translate("ScanCommand", "keychain");
        values.push_back(std::move(value));
    }
}

} // namespace

int ScanCommand::run(const QStringList &arguments)
{
    const auto options = parse(arguments);
    if (!options) {
        Console::err(options.error());
        return int(ExitCode::Usage);
    }
    // A failed run still prints a document in the machine-readable formats (stderr has the message).
    const auto fail = [&](const QString &message) {
        Console::err(message);
        if (options->format == Format::Json)
            Console::out(QString::fromUtf8(ScanReport::failureJson(message)));
        else if (options->format == Format::Sarif)
            Console::out(
                QString::fromUtf8(ScanReport::failureSarif(message, QStringLiteral(ENVSMITH_VERSION))));
        return int(ExitCode::Failed);
    };
    const QString folder = options->repo.isEmpty() ? QDir::currentPath() : options->repo;
    if (const QFileInfo info(folder); info.exists() && !info.isDir())
        return fail(QCoreApplication::translate("ScanCommand",
                                                "Cannot scan %1: it is a file. Give --repo the repository's "
                                                "folder.")
                        .arg(QDir::toNativeSeparators(folder)));
    GitRepository repository(folder);
    if (!repository.isValid() && repository.isBare() && options->history)
        repository = GitRepository::openBare(folder); // history needs no working tree
    if (!repository.isValid()) {
        return fail(QCoreApplication::translate("ScanCommand", "Cannot scan %1: %2")
                        .arg(QDir::toNativeSeparators(folder), repository.errorString()));
    }
    // A submodule that was never checked out is an empty folder of its parent: git would answer for the
    // parent, and the parent would be scanned in its place.
    if (!repository.isBare()) {
        const QString relative =
            QDir(repository.root()).relativeFilePath(QFileInfo(folder).canonicalFilePath());
        if (relative != u"."_s && !relative.startsWith(u".."_s)) {
            const auto staged = repository.run({u"ls-files"_s, u"--stage"_s, u"--"_s, relative});
            if (staged.exitCode == 0 && staged.out.startsWith("160000 "))
                return fail(QCoreApplication::translate(
                                "ScanCommand",
                                "Cannot scan %1: it is a submodule that is not checked out. Run "
                                "`git submodule update --init %2` in %3, then scan it.")
                                .arg(QDir::toNativeSeparators(folder), relative,
                                     QDir::toNativeSeparators(repository.root())));
        }
    }
    auto rules = ScanRuleSet::forRepository(repository);
    if (!rules)
        return fail(rules.error());
    auto ignored = SecretScanner::readGitleaksIgnore(repository);
    if (!ignored)
        return fail(ignored.error());
    // Exact values: what this developer holds for the project, in its env file and in the keychain (read
    // in memory, never written anywhere).
    std::vector<ScanExactValue> exactValues;
    {
        const RepoContext context = RepoContext::open(repository);
        auto values = ScanExactValue::fromEnvFile(context.envPath(), context.envFileName());
        if (values)
            exactValues = std::move(*values);
        else
            Console::err(values.error());
        if (options->keychain)
            addKeychainValues(context, exactValues);
    }
    auto scanner = SecretScanner::create(*rules, std::move(exactValues));
    if (!scanner)
        return fail(scanner.error());
    (*scanner)->setIgnoredFingerprints(*ignored);
    const RepositoryScan::Mode mode = options->history  ? RepositoryScan::Mode::History
                                      : options->staged ? RepositoryScan::Mode::Staged
                                                        : RepositoryScan::Mode::WorkingTree;
    const auto result = RepositoryScan::run(repository, mode, **scanner, SecretScanner::kDefaultMaxBytes);
    if (!result)
        return fail(result.error());
    switch (options->format) {
    case Format::Text:
        // --quiet (the commit guard): nothing at all when there is nothing to report.
        if (!options->quiet || !result->findings.isEmpty() || !result->notScanned.isEmpty())
            Console::out(ScanReport::toText(*result));
        break;
    case Format::Json:
        Console::out(QString::fromUtf8(ScanReport::toJson(*result)));
        break;
    case Format::Sarif:
        Console::out(
            QString::fromUtf8(ScanReport::toSarif(*result, *rules, QStringLiteral(ENVSMITH_VERSION))));
        break;
    }
    if (!result->findings.isEmpty() && mode == RepositoryScan::Mode::Staged && !options->quiet)
        Console::err(QCoreApplication::translate(
            "ScanCommand",
            "Commit blocked: remove the secret (or unstage the file), or, if it is not a secret, add "
            "`gitleaks:allow` to the line or its fingerprint to .gitleaksignore."));
    if (!result->notScanned.isEmpty() && options->format != Format::Text) {
        // The machine-readable output lists them; stderr tells the person running it.
        const qsizetype shown = std::min<qsizetype>(result->notScanned.size(), 20);
        for (const RepositoryScan::NotScanned &item : result->notScanned.first(shown))
            Console::err(item.path.isEmpty()
                             ? QCoreApplication::translate("ScanCommand", "Not scanned: %1.").arg(item.reason)
                             : QCoreApplication::translate("ScanCommand", "Not scanned: %1: %2.")
                                   .arg(item.path, item.reason));
        Console::err(QCoreApplication::translate("ScanCommand",
                                                 "%n item(s) could not be scanned (listed under notScanned): "
                                                 "this scan is incomplete.",
                                                 nullptr, int(result->notScanned.size())));
    }
    if (!result->nestedRepositories.isEmpty() && options->format != Format::Text && !options->quiet)
        Console::err(
            QCoreApplication::translate("ScanCommand",
                                        "Note: %n submodule(s) or nested repositories (listed in the output) "
                                        "are repositories of their own and were not scanned; scan each "
                                        "with `envsmith scan --repo PATH`.",
                                        nullptr, int(result->nestedRepositories.size())));
    if (!result->findings.isEmpty())
        return int(ExitCode::Findings);
    return int(result->notScanned.isEmpty() ? ExitCode::Success : ExitCode::Incomplete);
}

QString ScanCommand::helpText()
{
    return QCoreApplication::translate(
        "ScanCommand",
        "  envsmith scan [--repo DIR] [--history | --staged] [--no-keychain] [--quiet]\n"
        "                [--format text|json|sarif]\n"
        "                           Look for secrets: in the working tree (tracked and untracked, not\n"
        "                           ignored files), in every blob of the history (--history: with the\n"
        "                           commit and author that added it) or in the staged changes (--staged:\n"
        "                           for the pre-commit hook; a staged .env is a finding too). Rules in\n"
        "                           gitleaks' format (built in, or the repository's .gitleaks.toml);\n"
        "                           .gitleaksignore fingerprints and 'gitleaks:allow' lines are honoured;\n"
        "                           the values in .env and the keychain (not with --no-keychain, or when\n"
        "                           it is locked) are found raw, base64, hex or URL-encoded. Output never\n"
        "                           shows a whole secret. Exit 0 no finding, 1 findings, 2 usage, 3 failed\n"
        "                           (e.g. not a git repository), 4 no finding but some files could not be\n"
        "                           scanned (too large, unreadable: listed in the output). --quiet prints\n"
        "                           nothing when there is nothing to report (the commit guard uses it).\n"
        "                           --history also works in a bare repository (its .gitleaks.toml and\n"
        "                           .gitleaksignore are read from the last commit). The working-tree scan\n"
        "                           lists submodules and nested repositories (not scanned: scan each\n"
        "                           with --repo PATH after `git submodule update --init`).\n");
}

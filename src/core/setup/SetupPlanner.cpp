#include "core/setup/SetupPlanner.h"

#include "core/hygiene/GitIgnoreFixer.h"
#include "core/hygiene/GitRepository.h"
#include "core/secret/SecretGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// True when the existing .env holds a real value for a secret: not empty, and not the template's own
// placeholder (a `cp .env.example .env` copy still needs its secrets).
bool holdsRealValue(const VariableSpec &spec, const QByteArray &value)
{
    if (value.isEmpty()) {
        return false;
    }
    return !(value == spec.templateValue && (spec.placeholder || spec.kind != VariableKind::Config));
}

} // namespace

std::expected<SetupPlan, QString> SetupPlanner::build(const RepoContext &context)
{
    if (!context.hasTemplate()) {
        return std::unexpected(
            SetupPlanner::tr(
                "No template in %1: Envsmith looks for .env.example, .env.sample, .env.template or "
                ".env.dist. "
                "Choose the folder that has one, or add a .env.example with one KEY=value line per variable.")
                .arg(QDir::toNativeSeparators(context.root())));
    }
    auto loaded = EnvTemplate::load(context.templatePath());
    if (!loaded) {
        return std::unexpected(loaded.error());
    }

    // Each value lives in its own guarded allocation (several pages and a kernel mapping each), so a
    // template's size is bounded well below the process's mapping limit.
    constexpr qsizetype maxVariables = 5000;
    if (loaded->variables().size() > maxVariables) {
        return std::unexpected(
            SetupPlanner::tr("The template %1 has %2 variables; Envsmith handles at most %3. "
                             "Split it, or check that it is really a .env template.")
                .arg(QDir::toNativeSeparators(context.templatePath()))
                .arg(loaded->variables().size())
                .arg(maxVariables));
    }

    SetupPlan plan;
    plan.m_context = context;
    plan.m_template = std::move(*loaded);

    const QString envPath = context.envPath();
    const QFileInfo envInfo(envPath);
    plan.m_envIsSymlink = envInfo.isSymLink();
    if (envInfo.exists() && envInfo.isDir()) {
        return std::unexpected(
            SetupPlanner::tr("%1 is a folder, not a file. Move it away, then run Envsmith again.")
                .arg(QDir::toNativeSeparators(envPath)));
    }
    if (envInfo.exists() && !envInfo.isFile()) {
        return std::unexpected(
            SetupPlanner::tr("%1 is not a regular file (a pipe, socket or device). Move it away, "
                             "then run Envsmith again.")
                .arg(QDir::toNativeSeparators(envPath)));
    }
    if (envInfo.exists()) {
        QFile file(envPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(
                SetupPlanner::tr("Cannot read %1 (%2). Check its permissions; nothing was changed.")
                    .arg(QDir::toNativeSeparators(envPath), file.errorString()));
        }
        QByteArray bytes = file.readAll();
        auto parsed = DotenvDocument::parse(bytes);
        if (!parsed) {
            return std::unexpected(
                SetupPlanner::tr("%1 cannot be read as a dotenv file: %2. Nothing was changed: fix that "
                                 "line (or move the file away), then run Envsmith again.")
                    .arg(QDir::toNativeSeparators(envPath), parsed.error().toString()));
        }
        plan.m_existing = std::move(*parsed);
        plan.m_existingBytes = std::move(bytes);
    }

    for (const VariableSpec &spec : plan.m_template.variables()) {
        PlannedVariable row;
        row.spec = spec;
        const std::optional<QByteArray> current =
            plan.m_existing ? plan.m_existing->value(spec.name) : std::optional<QByteArray>();
        if (current && (spec.kind == VariableKind::Config || holdsRealValue(spec, *current))) {
            row.action = PlanAction::Keep;
            row.hasExisting = true;
            row.value = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(*current));
        } else {
            switch (spec.kind) {
            case VariableKind::Generate: {
                auto generated = SecretGenerator::generate(spec.profile);
                if (!generated) {
                    return std::unexpected(generated.error());
                }
                row.action = PlanAction::Generate;
                row.value = std::make_shared<SecureBuffer>(std::move(*generated));
                break;
            }
            case VariableKind::ThirdPartySecret:
                row.action = PlanAction::Manual;
                break;
            case VariableKind::Config:
                row.action = PlanAction::Template;
                row.value = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(spec.templateValue));
                break;
            case VariableKind::Derived:
                row.action = PlanAction::Derive;
                break;
            }
        }
        plan.m_variables.append(row);
    }
    plan.refreshDerived();

    if (context.isGitRepository()) {
        const GitRepository git(context.root());
        auto tracked = git.isTracked(context.envFileName());
        if (!tracked) {
            return std::unexpected(tracked.error());
        }
        plan.m_envIsTracked = *tracked;
        auto lines = GitIgnoreFixer::missingLines(context.root(), context.envFileName());
        if (!lines) {
            return std::unexpected(lines.error());
        }
        plan.m_gitignoreLines = *lines;
    }
    return plan;
}

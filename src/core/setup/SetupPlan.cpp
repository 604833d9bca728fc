#include "core/setup/SetupPlan.h"

#include "core/secret/SecretGenerator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString unknownVariable(const QString &name)
{
    return SetupPlan::tr("%1 is not a variable of the template.").arg(name);
}

} // namespace

PlannedVariable *SetupPlan::variable(QStringView name)
{
    for (PlannedVariable &row : m_variables) {
        if (row.spec.name == name) {
            return &row;
        }
    }
    return nullptr;
}

const PlannedVariable *SetupPlan::variable(QStringView name) const
{
    for (const PlannedVariable &row : m_variables) {
        if (row.spec.name == name) {
            return &row;
        }
    }
    return nullptr;
}

std::expected<void, QString> SetupPlan::regenerate(const QString &name)
{
    PlannedVariable *row = variable(name);
    if (!row) {
        return std::unexpected(unknownVariable(name));
    }
    if (row->spec.kind == VariableKind::ThirdPartySecret) {
        return std::unexpected(
            SetupPlan::tr(
                "%1 is a key issued by an outside service; it cannot be generated. Enter it instead.")
                .arg(name));
    }
    if (row->spec.kind == VariableKind::Derived) {
        return std::unexpected(SetupPlan::tr("%1 is built from %2; regenerate %2 instead.")
                                   .arg(name, row->spec.derivation.source));
    }
    if (row->spec.kind == VariableKind::Config && !row->spec.sensitive) {
        return std::unexpected(
            SetupPlan::tr("%1 is plain configuration, not a secret; enter a value instead.").arg(name));
    }
    auto generated = SecretGenerator::generate(row->spec.profile);
    if (!generated) {
        return std::unexpected(generated.error());
    }
    row->value = std::make_shared<SecureBuffer>(std::move(*generated));
    row->action = PlanAction::Generate;
    row->replacesExisting = row->hasExisting;
    refreshDerived();
    return {};
}

std::expected<void, QString> SetupPlan::setValue(const QString &name, SecureBuffer value)
{
    PlannedVariable *row = variable(name);
    if (!row) {
        return std::unexpected(unknownVariable(name));
    }
    row->value = std::make_shared<SecureBuffer>(std::move(value));
    row->action = PlanAction::Manual;
    row->replacesExisting = row->hasExisting;
    refreshDerived();
    return {};
}

std::expected<void, QString> SetupPlan::keepExisting(const QString &name)
{
    PlannedVariable *row = variable(name);
    if (!row) {
        return std::unexpected(unknownVariable(name));
    }
    if (!row->hasExisting || !m_existing) {
        return std::unexpected(SetupPlan::tr("%1 has no value in the existing .env to keep.").arg(name));
    }
    row->value = std::make_shared<SecureBuffer>(
        SecureBuffer::fromBytes(m_existing->value(name).value_or(QByteArray())));
    row->action = PlanAction::Keep;
    row->replacesExisting = false;
    refreshDerived();
    return {};
}

QStringList SetupPlan::missing() const
{
    QStringList names;
    for (const PlannedVariable &row : m_variables) {
        if (row.isMissing()) {
            names.append(row.spec.name);
        }
    }
    return names;
}

QStringList SetupPlan::replaced() const
{
    QStringList names;
    for (const PlannedVariable &row : m_variables) {
        if (row.replacesExisting) {
            names.append(row.spec.name);
        }
    }
    return names;
}

void SetupPlan::refreshDerived()
{
    for (PlannedVariable &row : m_variables) {
        if (row.action != PlanAction::Derive) {
            continue;
        }
        const PlannedVariable *source = variable(row.spec.derivation.source);
        if (!source || source->value->isEmpty()) {
            // Nothing to embed yet: keep the template's value so the file stays usable.
            row.value = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(row.spec.templateValue));
            continue;
        }
        QByteArray derived = row.spec.derivation.apply(source->value->view());
        row.value = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(derived));
        derived.fill('\0');
    }
}

std::expected<QByteArray, QString> SetupPlan::renderEnv() const
{
    return render(false);
}

std::expected<QByteArray, QString> SetupPlan::renderMaskedEnv() const
{
    return render(true);
}

std::expected<QByteArray, QString> SetupPlan::render(bool masked) const
{
    const bool fromExisting = m_existing.has_value();
    DotenvDocument document = fromExisting ? *m_existing : m_template.document();
    static constexpr QByteArrayView maskMarker = "__ENVSMITH_MASKED_VALUE__";
    bool appendedHeader = false;

    for (const PlannedVariable &row : m_variables) {
        const QString &name = row.spec.name;
        const bool present = document.contains(name);
        const bool hide = masked && row.isSecret() && !row.value->isEmpty();
        if (row.action == PlanAction::Keep && present && !hide) {
            continue; // every byte of the user's own line stays as it was
        }
        if (row.action == PlanAction::Template && present && !fromExisting) {
            continue; // the template's own line, byte for byte
        }
        if (!present) {
            if (!appendedHeader) {
                document.appendBlankLine();
                document.appendComment(
                    SetupPlan::tr("Added by Envsmith from %1").arg(QFileInfo(m_template.path()).fileName()));
                appendedHeader = true;
            }
            const QStringList description = row.spec.description.split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : description) {
                document.appendComment(line);
            }
        }
        auto set = document.setValue(name, hide ? maskMarker : row.value->view());
        if (!set) {
            return std::unexpected(SetupPlan::tr("%1: %2").arg(name, set.error()));
        }
    }
    QByteArray bytes = document.toBytes();
    if (!fromExisting) {
        // A new file follows the safe subset (research/dotenv.md §3.1) even when the template does not:
        // no byte order mark (python-dotenv would read it into the first key) and LF line endings.
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            bytes.remove(0, 3);
        }
        bytes.replace("\r\n", "\n");
    }
    if (masked) {
        bytes.replace(maskMarker,
                      QByteArrayView("\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80"
                                     "\xA2\xE2\x80\xA2\xE2\x80\xA2"));
    }
    return bytes;
}

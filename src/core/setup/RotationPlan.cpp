#include "core/setup/RotationPlan.h"

#include "core/schema/AnnotationBlock.h"
#include "core/secret/SecretFloor.h"
#include "core/secret/SecretGenerator.h"
#include "core/setup/RotationPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace {

// The escaped form of @p value as the derivation embeds it (no prefix or suffix).
QByteArray embedded(const Derivation &derivation, QByteArrayView value)
{
    Derivation bare = derivation;
    bare.prefix.clear();
    bare.suffix.clear();
    return bare.apply(value);
}

// Where the old embedded value sits in @p current: exactly one occurrence, and for URL userinfo in the
// userinfo slot (after `:` or `//`, before `@` or `:`), so a short old value that happens to appear
// elsewhere (inside a host or user name) is never replaced. -1 when there is no such place.
qsizetype embeddedAt(const Derivation &derivation, const QByteArray &current, const QByteArray &oldEmbedded)
{
    if (oldEmbedded.isEmpty()) {
        return -1;
    }
    const qsizetype at = current.indexOf(oldEmbedded);
    if (at < 0 || current.indexOf(oldEmbedded, at + 1) >= 0) {
        return -1;
    }
    if (derivation.escaping == Derivation::Escaping::UrlUserinfo) {
        const qsizetype end = at + oldEmbedded.size();
        const bool opens = at > 0 && (current.at(at - 1) == ':' || current.at(at - 1) == '/');
        const bool closes = end < current.size() && (current.at(end) == '@' || current.at(end) == ':');
        if (!opens || !closes) {
            return -1;
        }
    }
    return at;
}

void wipe(QByteArray &bytes)
{
    bytes.fill('\0');
}

} // namespace

std::expected<RotationPlan, QString> RotationPlan::build(const RepoContext &context, const QStringList &names,
                                                         Mode mode)
{
    if (names.isEmpty()) {
        return std::unexpected(tr("Name the variables to rotate, e.g. envsmith rotate JWT_SECRET."));
    }
    if (!context.hasTemplate()) {
        return std::unexpected(
            tr("No template (.env.example) in %1: Envsmith needs it to know how each value is generated.")
                .arg(QDir::toNativeSeparators(context.root())));
    }
    auto loaded = EnvTemplate::load(context.templatePath());
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    const QString envPath = context.envPath();
    const QString shown = QDir::toNativeSeparators(envPath);
    const QFileInfo info(envPath);
    if (info.isSymLink()) {
        return std::unexpected(
            tr("%1 is a symbolic link; rotate does not write through links. Replace the link by the file, "
               "or run envsmith setup --follow-symlink.")
                .arg(shown));
    }
    if (!info.exists()) {
        return std::unexpected(
            tr("%1 does not exist, so there is nothing to rotate. Rebuild it from the keychain with "
               "envsmith restore, or create it with envsmith setup.")
                .arg(shown));
    }
    if (!info.isFile()) {
        return std::unexpected(tr("%1 is not a regular file (a folder, a FIFO or a device), so there is "
                                  "nothing to rotate; nothing was changed. Make it your env file again.")
                                   .arg(shown));
    }
    QFile file(envPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            tr("Cannot read %1 (%2). Check that it is a file you may read; nothing was changed.")
                .arg(shown, file.errorString()));
    }
    QByteArray bytes = file.readAll();
    auto parsed = DotenvDocument::parse(bytes);
    if (!parsed) {
        return std::unexpected(tr("%1 cannot be read as a dotenv file: %2. Fix that line, then try again.")
                                   .arg(shown, parsed.error().toString()));
    }

    RotationPlan plan;
    plan.m_context = context;
    plan.m_template = std::move(*loaded);
    plan.m_document = std::move(*parsed);
    plan.m_existingBytes = std::move(bytes);
    plan.m_mode = mode;
    QStringList unique;
    for (const QString &name : names) {
        if (!unique.contains(name)) {
            unique.append(name);
        }
    }
    const auto planned = mode == Mode::Rotate ? plan.planRotate(unique) : plan.planFinish(unique);
    if (!planned) {
        return std::unexpected(planned.error());
    }
    return plan;
}

std::expected<void, QString> RotationPlan::planRotate(const QStringList &names)
{
    QHash<QString, std::pair<QByteArray, std::shared_ptr<SecureBuffer>>> rotated; // name → (old, new)
    for (const QString &name : names) {
        const VariableSpec *spec = m_template.variable(name);
        if (!spec) {
            return std::unexpected(tr("%1 is not a variable of the template %2; rotate only knows how to "
                                      "generate the template's secrets.")
                                       .arg(name, QFileInfo(m_template.path()).fileName()));
        }
        if (spec->kind == VariableKind::ThirdPartySecret) {
            return std::unexpected(
                tr("%1 is a key issued by an outside service%2; it cannot be generated. Rotate it at the "
                   "service, then put the new key into .env (envsmith set %1).")
                    .arg(name,
                         spec->service.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(spec->service)));
        }
        if (spec->kind == VariableKind::Derived) {
            return std::unexpected(
                tr("%1 is built from %2; rotate %2 and %1 follows.").arg(name, spec->derivation.source));
        }
        if (spec->kind == VariableKind::Config && !spec->sensitive) {
            return std::unexpected(tr("%1 is plain configuration, not a secret; edit it instead.").arg(name));
        }
        if (spec->regenerate == VariableSpec::Regenerate::Never) {
            return std::unexpected(
                tr("The template marks %1 @regenerate=never: Envsmith does not replace it. Change it "
                   "yourself if you must.")
                    .arg(name));
        }
        QByteArray old = m_document.value(name).value_or(QByteArray());
        const bool staged = RotationPolicy::isStaged(m_template, *spec) && !old.isEmpty();
        const QString previous = RotationPolicy::previousName(m_template, name);
        if (staged && !m_document.value(previous).value_or(QByteArray()).isEmpty()) {
            wipe(old);
            return std::unexpected(
                tr("%1 is still mid-rotation: %2 holds its previous value. Finish that rotation first "
                   "(envsmith rotate --finish %1), then rotate again.")
                    .arg(name, previous));
        }
        auto generated = SecretGenerator::generate(spec->profile);
        if (!generated) {
            wipe(old);
            return std::unexpected(generated.error());
        }
        if (const QString warning = SecretFloor::warning(spec->profile, name); !warning.isEmpty()) {
            m_warnings.append(warning);
        }
        Change change;
        change.kind = Change::Kind::Rotate;
        change.name = name;
        change.value = std::make_shared<SecureBuffer>(std::move(*generated));
        change.description = tr("new value (%1, %2 bits)")
                                 .arg(spec->profile.toString())
                                 .arg(qRound(spec->profile.entropyBits()));
        if (staged) {
            change.description +=
                u' ' +
                tr("- the current value stays as %1 until: envsmith rotate --finish %2").arg(previous, name);
        }
        m_changes.append(change);
        if (staged) {
            Change keep;
            keep.kind = Change::Kind::Previous;
            keep.name = previous;
            keep.value = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(old));
            keep.description = tr("the previous value of %1").arg(name);
            m_changes.append(keep);
        }
        rotated.insert(name, {old, change.value});
    }

    for (const VariableSpec &spec : m_template.variables()) {
        if (spec.kind != VariableKind::Derived || !rotated.contains(spec.derivation.source) ||
            rotated.contains(spec.name)) {
            continue;
        }
        const auto &[old, fresh] = rotated.value(spec.derivation.source);
        QByteArray current = m_document.value(spec.name).value_or(QByteArray());
        QByteArray oldEmbedded = old.isEmpty() ? QByteArray() : embedded(spec.derivation, old);
        QByteArray newEmbedded = embedded(spec.derivation, fresh->view());
        Change change;
        change.kind = Change::Kind::Derived;
        change.name = spec.name;
        QByteArray derived;
        if (const qsizetype at = embeddedAt(spec.derivation, current, oldEmbedded); at >= 0) {
            derived = current;
            derived.replace(at, oldEmbedded.size(), newEmbedded);
            change.description = tr("follows %1 (the rest of the value is kept)").arg(spec.derivation.source);
        } else {
            derived = spec.derivation.apply(fresh->view());
            change.description =
                tr("follows %1 (rebuilt from the template: the current value did not contain %1)")
                    .arg(spec.derivation.source);
        }
        change.value = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes(derived));
        wipe(derived);
        wipe(current);
        wipe(oldEmbedded);
        wipe(newEmbedded);
        m_changes.append(change);
    }
    for (auto &entry : rotated) {
        wipe(entry.first);
    }
    return {};
}

std::expected<void, QString> RotationPlan::planFinish(const QStringList &names)
{
    for (const QString &name : names) {
        const QString previous = RotationPolicy::previousName(m_template, name);
        if (m_document.value(previous).value_or(QByteArray()).isEmpty()) {
            return std::unexpected(
                tr("%1 has no previous value (%2 is not set in .env), so there is no rotation to finish.")
                    .arg(name, previous));
        }
        Change change;
        change.kind = Change::Kind::Drop;
        change.name = previous;
        change.removeLine = m_template.variable(previous) == nullptr;
        change.description =
            change.removeLine
                ? tr("removed from .env and the keychain: the rotation of %1 is finished").arg(name)
                : tr("emptied in .env and removed from the keychain: the rotation of %1 is "
                     "finished")
                      .arg(name);
        m_changes.append(change);
    }
    return {};
}

QString RotationPlan::previousComment(const QString &rotatedName)
{
    return tr("Previous value of %1, still accepted during the rotation. Finish with: envsmith rotate "
              "--finish %1")
        .arg(rotatedName);
}

QString RotationPlan::describe() const
{
    qsizetype width = 0;
    for (const Change &change : m_changes) {
        width = std::max(width, change.name.size());
    }
    QString text;
    for (const Change &change : m_changes) {
        text += QStringLiteral("  %1  %2\n").arg(change.name.leftJustified(width), change.description);
    }
    return text;
}

std::expected<QByteArray, QString> RotationPlan::renderEnv() const
{
    QByteArray bytes;
    if (m_mode == Mode::Finish) {
        // Lines to drop: every assignment of a removed name and the comment Envsmith wrote above it.
        QSet<QString> names;
        for (const Change &change : m_changes) {
            if (change.removeLine) {
                names.insert(change.name);
            }
        }
        const QList<DotenvEntry> &entries = m_document.entries();
        QList<bool> keep(entries.size(), true);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const DotenvEntry &entry = entries.at(i);
            if (entry.kind != DotenvEntry::Kind::Assignment || !names.contains(entry.key)) {
                continue;
            }
            keep[i] = false;
            // The comment Envsmith wrote right above the previous value (it names the finish command).
            if (i > 0 && entries.at(i - 1).kind == DotenvEntry::Kind::Comment &&
                AnnotationBlock::commentText(entries.at(i - 1).raw)
                    .contains(QStringLiteral("envsmith rotate --finish "))) {
                keep[i - 1] = false;
            }
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (keep.at(i)) {
                bytes += entries.at(i).raw;
            }
        }
        auto reparsed = DotenvDocument::parse(bytes);
        if (!reparsed) {
            return std::unexpected(
                tr("the new file would not read back (%1)").arg(reparsed.error().toString()));
        }
        DotenvDocument document = std::move(*reparsed);
        for (const Change &change : m_changes) {
            if (!change.removeLine) {
                if (auto set = document.setValue(change.name, QByteArrayView()); !set) {
                    return std::unexpected(tr("%1: %2").arg(change.name, set.error()));
                }
            }
        }
        bytes = document.toBytes();
    } else {
        DotenvDocument document = m_document;
        for (const Change &change : m_changes) {
            if (change.kind == Change::Kind::Previous && !document.contains(change.name)) {
                QString rotatedName;
                for (const Change &other : m_changes) {
                    if (other.kind == Change::Kind::Rotate &&
                        RotationPolicy::previousName(m_template, other.name) == change.name) {
                        rotatedName = other.name;
                    }
                }
                if (auto added = document.appendComment(previousComment(rotatedName)); !added) {
                    return std::unexpected(tr("%1: %2").arg(change.name, added.error()));
                }
            }
            if (auto set = document.setValue(change.name, change.value->view()); !set) {
                return std::unexpected(tr("%1: %2").arg(change.name, set.error()));
            }
        }
        bytes = document.toBytes();
    }

    // Read the result back: each planned value as planned, every other variable as it was.
    auto check = DotenvDocument::parse(bytes);
    if (!check) {
        wipe(bytes);
        return std::unexpected(tr("the new file would not read back (%1)").arg(check.error().toString()));
    }
    QSet<QString> changed;
    for (const Change &change : m_changes) {
        changed.insert(change.name);
        const std::optional<QByteArray> value = check->value(change.name);
        const bool ok = change.kind == Change::Kind::Drop
                            ? (change.removeLine ? !value.has_value() : value == QByteArray())
                            : (value && change.value->equals(*value));
        if (!ok) {
            wipe(bytes);
            return std::unexpected(tr("%1 would not read back as planned").arg(change.name));
        }
    }
    for (const QString &key : m_document.keys()) {
        if (!changed.contains(key) && check->value(key) != m_document.value(key)) {
            wipe(bytes);
            return std::unexpected(tr("%1 would change although it is not rotated").arg(key));
        }
    }
    return bytes;
}

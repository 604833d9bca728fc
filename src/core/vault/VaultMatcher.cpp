#include "core/vault/VaultMatcher.h"

#include "core/vault/SecretReference.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

bool same(QStringView a, QStringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

VaultMatch::Candidate candidateOf(const VaultExport &vault, std::size_t itemIndex, std::size_t fieldIndex)
{
    const VaultItem &item = vault.items.at(itemIndex);
    const VaultField &field = item.fields.at(fieldIndex);
    VaultMatch::Candidate candidate;
    candidate.itemIndex = itemIndex;
    candidate.fieldIndex = fieldIndex;
    candidate.itemTitle = item.title;
    candidate.itemId = item.id;
    candidate.fieldName = field.name;
    candidate.section = field.section;
    if (!item.vault.isEmpty()) {
        candidate.places.append(item.vault);
    }
    candidate.places.append(item.folders);
    candidate.places.append(item.tags);
    return candidate;
}

// How to name @p candidate in a `@vault=` decorator: quoted when it has blanks, the id when a name has `/`.
QString decoratorFor(const VaultMatch::Candidate &candidate)
{
    QString item = candidate.itemTitle.contains(u'/') || candidate.itemTitle.isEmpty() ? candidate.itemId
                                                                                       : candidate.itemTitle;
    QString text = item + u'/';
    if (!candidate.section.isEmpty()) {
        text += candidate.section + u'/';
    }
    text += candidate.fieldName;
    if (text.contains(u' ')) {
        text = u'"' + text + u'"';
    }
    return QStringLiteral("@vault=") + text;
}

QString candidateList(const QList<VaultMatch::Candidate> &candidates)
{
    QStringList lines;
    for (const VaultMatch::Candidate &candidate : candidates) {
        lines.append(candidate.describe());
    }
    return lines.join(QStringLiteral("; "));
}

// Fills in status and message from the candidates found by a rule.
void conclude(VaultMatch &match, QList<VaultMatch::Candidate> candidates, bool scopeHelps)
{
    match.candidates = std::move(candidates);
    if (match.candidates.size() == 1) {
        match.status = VaultMatch::Status::Matched;
        match.message.clear();
        return;
    }
    if (match.candidates.isEmpty()) {
        match.status = VaultMatch::Status::NotFound;
        return;
    }
    match.status = VaultMatch::Status::Ambiguous;
    QString message =
        VaultMatcher::tr("%n vault entries could provide %1: %2. Envsmith does not guess: add a line such as "
                         "'# %3' directly above %1 in the template",
                         nullptr, int(match.candidates.size()))
            .arg(match.variable, candidateList(match.candidates), decoratorFor(match.candidates.front()));
    if (scopeHelps) {
        message += VaultMatcher::tr(", or choose a narrower scope (a folder, collection, vault or tag)");
    }
    match.message = message + u'.';
}

// The field of @p item that holds its value when only the item is named: the field named like the
// variable, else the one password field, else the one hidden field, else a secure note's notes.
QList<std::size_t> primaryFields(const VaultItem &item, const QString &variable)
{
    QList<std::size_t> named;
    QList<std::size_t> passwords;
    QList<std::size_t> hidden;
    QList<std::size_t> notes;
    for (std::size_t i = 0; i < item.fields.size(); ++i) {
        const VaultField &field = item.fields.at(i);
        if (field.type == VaultField::Type::Linked) {
            continue;
        }
        if (same(field.name, variable)) {
            named.append(i);
        }
        switch (field.type) {
        case VaultField::Type::Password:
            passwords.append(i);
            break;
        case VaultField::Type::Hidden:
            hidden.append(i);
            break;
        case VaultField::Type::Note:
            notes.append(i);
            break;
        default:
            break;
        }
    }
    if (!named.isEmpty()) {
        return named;
    }
    if (!passwords.isEmpty()) {
        return passwords;
    }
    if (!hidden.isEmpty()) {
        return hidden;
    }
    if (item.kind.compare(u"securenote", Qt::CaseInsensitive) == 0) {
        return notes;
    }
    return {};
}

void matchReference(const VaultExport &vault, VaultMatch &match, const QString &text)
{
    match.method = VaultMatch::Method::SecretReference;
    auto reference = SecretReference::parse(text);
    if (!reference) {
        match.status = VaultMatch::Status::Invalid;
        match.message = reference.error();
        return;
    }
    if (reference->hasQuery()) {
        match.status = VaultMatch::Status::Invalid;
        match.message =
            VaultMatcher::tr("%1 refers to %2, whose query ?%3=%4 only the 1Password app can "
                             "answer (Envsmith reads exports offline). Use op run for %1, or "
                             "remove the query.")
                .arg(match.variable, reference->toString(), reference->queryKey(), reference->queryValue());
        return;
    }
    bool vaultSeen = false;
    bool itemSeen = false;
    QList<VaultMatch::Candidate> candidates;
    for (std::size_t i = 0; i < vault.items.size(); ++i) {
        const VaultItem &item = vault.items.at(i);
        const bool inVault =
            same(item.vault, reference->vault()) ||
            std::any_of(item.folders.cbegin(), item.folders.cend(),
                        [&](const QString &folder) { return same(folder, reference->vault()); });
        if (!inVault) {
            continue;
        }
        vaultSeen = true;
        if (!same(item.title, reference->item()) &&
            !(!item.id.isEmpty() && same(item.id, reference->item()))) {
            continue;
        }
        itemSeen = true;
        for (std::size_t f = 0; f < item.fields.size(); ++f) {
            const VaultField &field = item.fields.at(f);
            if (field.type == VaultField::Type::Linked || !same(field.name, reference->field())) {
                continue;
            }
            if (!reference->section().isEmpty() && !same(field.section, reference->section())) {
                continue;
            }
            candidates.append(candidateOf(vault, i, f));
        }
    }
    conclude(match, std::move(candidates), false);
    if (match.status == VaultMatch::Status::NotFound) {
        const QString file = vault.fileName;
        if (!vaultSeen) {
            match.message =
                VaultMatcher::tr("%1 refers to %2, but %3 has no vault, folder or collection named "
                                 "'%4'. Export that vault, or correct the reference.")
                    .arg(match.variable, reference->toString(), file, reference->vault());
        } else if (!itemSeen) {
            match.message =
                VaultMatcher::tr("%1 refers to %2, but '%3' in %4 has no item titled '%5'.")
                    .arg(match.variable, reference->toString(), reference->vault(), file, reference->item());
        } else {
            match.message =
                VaultMatcher::tr("%1 refers to %2, but the item '%3' has no field '%4'%5.")
                    .arg(match.variable, reference->toString(), reference->item(), reference->field(),
                         reference->section().isEmpty()
                             ? QString()
                             : VaultMatcher::tr(" in the section '%1'").arg(reference->section()));
        }
    }
}

void matchDecorator(const VaultExport &vault, VaultMatch &match, const QString &entry)
{
    match.method = VaultMatch::Method::Decorator;
    const QStringList parts = entry.split(u'/');
    const bool emptyPart = std::any_of(parts.cbegin(), parts.cend(),
                                       [](const QString &part) { return part.trimmed().isEmpty(); });
    if (parts.size() > 3 || emptyPart) {
        match.status = VaultMatch::Status::Invalid;
        match.message = VaultMatcher::tr("The decorator @vault=%1 above %2 is not of the form "
                                         "@vault=<item>, @vault=<item>/<field> or "
                                         "@vault=<item>/<section>/<field> (write an item whose title has "
                                         "'/' by its id).")
                            .arg(entry, match.variable);
        return;
    }
    const QString itemName = parts.front().trimmed();
    const QString section = parts.size() == 3 ? parts.at(1).trimmed() : QString();
    const QString fieldName = parts.size() >= 2 ? parts.back().trimmed() : QString();
    bool itemSeen = false;
    QList<VaultMatch::Candidate> candidates;
    for (std::size_t i = 0; i < vault.items.size(); ++i) {
        const VaultItem &item = vault.items.at(i);
        if (!same(item.title, itemName) && !(!item.id.isEmpty() && same(item.id, itemName))) {
            continue;
        }
        itemSeen = true;
        if (fieldName.isEmpty()) {
            for (const std::size_t f : primaryFields(item, match.variable)) {
                candidates.append(candidateOf(vault, i, f));
            }
            continue;
        }
        for (std::size_t f = 0; f < item.fields.size(); ++f) {
            const VaultField &field = item.fields.at(f);
            if (field.type != VaultField::Type::Linked && same(field.name, fieldName) &&
                (section.isEmpty() || same(field.section, section))) {
                candidates.append(candidateOf(vault, i, f));
            }
        }
    }
    conclude(match, std::move(candidates), false);
    if (match.status == VaultMatch::Status::NotFound) {
        if (!itemSeen) {
            match.message = VaultMatcher::tr("The decorator @vault=%1 above %2 names the item '%3', which is "
                                             "not in %4. Check the title (or use the item's id).")
                                .arg(entry, match.variable, itemName, vault.fileName);
        } else if (fieldName.isEmpty()) {
            match.message = VaultMatcher::tr("The item '%1' (@vault=%2 above %3) has no field named %3, no "
                                             "password and no hidden field. Name the field: "
                                             "@vault=%1/<field>.")
                                .arg(itemName, entry, match.variable);
        } else {
            match.message = VaultMatcher::tr("The item '%1' (@vault=%2 above %3) has no field '%4'.")
                                .arg(itemName, entry, match.variable, fieldName);
        }
    }
}

void matchConvention(const VaultExport &vault, VaultMatch &match, const QString &scope)
{
    QList<VaultMatch::Candidate> byField;
    QList<VaultMatch::Candidate> byTitle;
    for (std::size_t i = 0; i < vault.items.size(); ++i) {
        const VaultItem &item = vault.items.at(i);
        if (!VaultMatcher::inScope(item, scope)) {
            continue;
        }
        for (std::size_t f = 0; f < item.fields.size(); ++f) {
            const VaultField &field = item.fields.at(f);
            if (field.type != VaultField::Type::Linked && same(field.name, match.variable)) {
                byField.append(candidateOf(vault, i, f));
            }
        }
        if (same(item.title, match.variable)) {
            for (const std::size_t f : primaryFields(item, match.variable)) {
                byTitle.append(candidateOf(vault, i, f));
            }
        }
    }
    if (!byField.isEmpty()) {
        match.method = VaultMatch::Method::FieldName;
        conclude(match, std::move(byField), scope.isEmpty());
    } else if (!byTitle.isEmpty()) {
        match.method = VaultMatch::Method::ItemTitle;
        conclude(match, std::move(byTitle), scope.isEmpty());
    } else {
        match.method = VaultMatch::Method::None;
        match.status = VaultMatch::Status::NotFound;
    }
}

} // namespace

std::expected<void, QString> VaultMatcher::checkScope(const VaultExport &vault, const QString &scope)
{
    if (scope.isEmpty()) {
        return {};
    }
    const QStringList scopes = vault.scopes();
    if (std::any_of(scopes.cbegin(), scopes.cend(), [&](const QString &name) { return same(name, scope); })) {
        return {};
    }
    if (scopes.isEmpty()) {
        return std::unexpected(tr("%1 has no folders, collections, vaults or tags, so there is no scope "
                                  "'%2'. Leave the scope out to use the whole export.")
                                   .arg(vault.fileName, scope));
    }
    return std::unexpected(tr("%1 has no folder, collection, vault or tag named '%2'. Choose one of: %3.")
                               .arg(vault.fileName, scope, scopes.join(QStringLiteral(", "))));
}

bool VaultMatcher::inScope(const VaultItem &item, QStringView scope)
{
    if (scope.isEmpty() || same(item.vault, scope)) {
        return true;
    }
    const auto matches = [&](const QString &name) {
        return same(name, scope);
    };
    return std::any_of(item.folders.cbegin(), item.folders.cend(), matches) ||
           std::any_of(item.tags.cbegin(), item.tags.cend(), matches);
}

VaultMatch VaultMatcher::match(const VaultExport &vault, const VariableSpec &spec, const Options &options)
{
    VaultMatch match;
    match.variable = spec.name;
    const QString templateValue = QString::fromUtf8(spec.templateValue).trimmed();
    if (!spec.secretReference.isEmpty()) {
        matchReference(vault, match, spec.secretReference);
    } else if (SecretReference::looksLikeReference(templateValue)) {
        matchReference(vault, match, templateValue); // malformed for the schema: say what is wrong
    } else if (!spec.vaultEntry.isEmpty()) {
        matchDecorator(vault, match, spec.vaultEntry);
    } else {
        matchConvention(vault, match, options.scope);
    }
    return match;
}

QList<VaultMatch> VaultMatcher::matchAll(const VaultExport &vault, const QList<VariableSpec> &specs,
                                         const Options &options)
{
    QList<VaultMatch> matches;
    matches.reserve(specs.size());
    for (const VariableSpec &spec : specs) {
        matches.append(match(vault, spec, options));
    }
    return matches;
}

QList<VaultMatcher::Unclaimed>
VaultMatcher::unclaimed(const VaultExport &vault, const QList<VaultMatch> &matches, const Options &options)
{
    static const QRegularExpression envName(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    QSet<QString> names;
    QSet<std::pair<std::size_t, std::size_t>> used;
    for (const VaultMatch &match : matches) {
        names.insert(match.variable.toUpper());
        for (const VaultMatch::Candidate &candidate : match.candidates) {
            used.insert({candidate.itemIndex, candidate.fieldIndex});
        }
    }
    QList<Unclaimed> result;
    QSet<QString> listed;
    const auto add = [&](const QString &name, std::size_t item, std::size_t field) {
        if (names.contains(name.toUpper()) || listed.contains(name.toUpper()) ||
            used.contains({item, field})) {
            return;
        }
        listed.insert(name.toUpper());
        result.append(Unclaimed{name, candidateOf(vault, item, field)});
    };
    for (std::size_t i = 0; i < vault.items.size(); ++i) {
        const VaultItem &item = vault.items.at(i);
        if (!inScope(item, options.scope)) {
            continue;
        }
        for (std::size_t f = 0; f < item.fields.size(); ++f) {
            const VaultField &field = item.fields.at(f);
            if (field.type != VaultField::Type::Linked && envName.match(field.name).hasMatch()) {
                add(field.name, i, f);
            }
        }
        if (envName.match(item.title).hasMatch()) {
            const QList<std::size_t> fields = primaryFields(item, item.title);
            if (fields.size() == 1) {
                add(item.title, i, fields.front());
            }
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Unclaimed &a, const Unclaimed &b) { return a.name < b.name; });
    return result;
}

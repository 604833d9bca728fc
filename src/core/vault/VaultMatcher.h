#pragma once

#include <QCoreApplication>

#include "core/schema/VariableSpec.h"
#include "core/vault/VaultExport.h"
#include "core/vault/VaultMatch.h"

#include <QList>
#include <QString>

#include <expected>

/// Finds, for each template variable, the vault field that provides its value (issue 5 §2, DESIGN.md §8).
/// Pure and thread-safe (reads the export, never its values), so it can run on a worker thread.
///
/// Tried in this order; the first rule that applies decides, and an explicit rule that fails is reported
/// (NotFound/Invalid), never replaced by a guess:
///  1. The template value is an `op://vault/item/[section/]field` secret reference (SecretReference):
///     resolved as 1Password does, every part case-insensitively: vault = the item's 1Password vault or
///     one of its Bitwarden folders/collections; item = title or id; section = the field's 1Password
///     section (any section when the reference has three parts); field = the field's name or label.
///  2. The template's decorator `@vault=<item>`, `@vault=<item>/<field>` or
///     `@vault=<item>/<section>/<field>` (quote it when a name has spaces; a name with `/` is written as
///     the item's id): item = title or id, anywhere in the export. Without a field: the item's field named
///     like the variable, else its one password field, else its one hidden field, else a secure note's
///     notes.
///  3. Convention, inside Options::scope (a folder, collection, 1Password vault or tag; the whole export
///     when empty): a field whose name or label equals the variable (case-insensitively; linked fields
///     are never values).
///  4. Convention, inside the scope: an item whose title equals the variable; its field as in rule 2.
/// Two or more candidates make the match Ambiguous, listing every candidate and how to pick one.
class VaultMatcher
{
    Q_DECLARE_TR_FUNCTIONS(VaultMatcher)

public:
    struct Options
    {
        /// The folder, collection, vault or tag for the convention rules (one of VaultExport::scopes(),
        /// compared case-insensitively); empty: the whole export.
        QString scope;
    };

    /// Checks @p scope against @p vault's scopes(); the error lists the scopes there are.
    static std::expected<void, QString> checkScope(const VaultExport &vault, const QString &scope);
    /// True when @p item is in @p scope (always for an empty scope).
    static bool inScope(const VaultItem &item, QStringView scope);

    static VaultMatch match(const VaultExport &vault, const VariableSpec &spec, const Options &options = {});
    /// One match per spec, in order.
    static QList<VaultMatch> matchAll(const VaultExport &vault, const QList<VariableSpec> &specs,
                                      const Options &options = {});
    /// A vault-only entry: a name that looks like an environment variable and the field it comes from.
    struct Unclaimed
    {
        QString name;
        VaultMatch::Candidate candidate;
    };
    /// Vault-only entries: fields and items inside the scope whose name or title looks like an environment
    /// variable (`^[A-Z][A-Z0-9_]*$`) and that no match in @p matches uses or names. Sorted by name, each
    /// name once (the first candidate).
    static QList<Unclaimed> unclaimed(const VaultExport &vault, const QList<VaultMatch> &matches,
                                      const Options &options = {});
};

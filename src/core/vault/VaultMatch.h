#pragma once

#include "core/vault/VaultExport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>

/// What VaultMatcher found for one template variable: the vault field(s) that could provide its value,
/// named by item title and field name, and how they were found. Never holds a value: field() looks the
/// value up in the export it was matched against.
struct VaultMatch
{
    /// How the candidates were found (VaultMatcher's order).
    enum class Method {
        None,            ///< nothing named the variable and no convention found it
        SecretReference, ///< the template value is an `op://` reference
        Decorator,       ///< the template's `@vault=<item>[/<field>]`
        FieldName,       ///< convention: a field named like the variable, inside the chosen scope
        ItemTitle,       ///< convention: an item titled like the variable, inside the chosen scope
    };
    enum class Status {
        Matched,   ///< exactly one candidate
        NotFound,  ///< no candidate (for a reference or decorator: message() says what was looked for)
        Ambiguous, ///< two or more candidates: shown, never guessed
        Invalid,   ///< a malformed `op://` reference or `@vault=` value, or a query Envsmith cannot resolve
    };
    /// One vault field that matches, by position in VaultExport::items and VaultItem::fields.
    struct Candidate
    {
        std::size_t itemIndex = 0;
        std::size_t fieldIndex = 0;
        QString itemTitle;
        QString itemId;
        QString fieldName;
        /// The 1Password section, empty otherwise.
        QString section;
        /// The 1Password vault, Bitwarden folders/collections and tags of the item: where it is.
        QStringList places;

        /// "Stripe (test) / secret key", with the section when there is one: for lists, never a value.
        QString describe() const;
    };

    QString variable;
    Method method = Method::None;
    Status status = Status::NotFound;
    /// One for Matched, two or more for Ambiguous, none otherwise.
    QList<Candidate> candidates;
    /// For NotFound (reference or decorator), Ambiguous and Invalid: what is wrong and what to do
    /// (translated; names items and fields, never a value).
    QString message;

    bool isMatched() const { return status == Status::Matched; }
    /// The matched field in @p vault (the export this match was made against), or nullptr unless Matched.
    const VaultField *field(const VaultExport &vault) const;
    /// A short translated name of @p method ("op:// reference", "@vault decorator", "field name",
    /// "item title").
    static QString methodName(Method method);
    /// A short translated name of @p status ("matched", "not found", "ambiguous", "invalid").
    static QString statusName(Status status);
};

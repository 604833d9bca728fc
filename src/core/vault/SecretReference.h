#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

/// A 1Password secret reference, `op://<vault>/<item>/[<section>/]<field>[?<query>]`, as written in a
/// template's value slot (research/vault-formats.md §2.5; developer.1password.com/docs/cli/
/// secret-reference-syntax).
///
/// Syntax rules kept from 1Password: the scheme is `op://`; three or four non-empty parts separated by
/// `/`; each part uses only ASCII letters, digits, `-`, `_`, `.` and space (a name with any other
/// character, `/` included, is written as its ID); leading or trailing spaces in a part are not allowed.
/// The query, when present, is `attribute=<name>` or `ssh-format=<name>`: parsed and kept, but Envsmith
/// resolves references offline, against an export, and so cannot compute a one-time code; VaultMatcher
/// reports a reference with a query as not resolvable.
///
/// References are case-insensitive: equals() and the matcher compare every part without regard to case.
class SecretReference
{
    Q_DECLARE_TR_FUNCTIONS(SecretReference)

public:
    /// Parses @p text (no surrounding quotes: the dotenv reader has removed them). The error says which
    /// part is wrong and how to write it, quoting the reference (a reference is a pointer, not a secret).
    static std::expected<SecretReference, QString> parse(QStringView text);
    /// True when @p text starts with `op://` (any case): a value meant as a reference, well formed or not.
    static bool looksLikeReference(QStringView text);

    QString vault() const { return m_vault; }
    QString item() const { return m_item; }
    /// Empty when the reference has three parts.
    QString section() const { return m_section; }
    QString field() const { return m_field; }
    /// The query's key (`attribute`, `ssh-format`), empty when there is none.
    QString queryKey() const { return m_queryKey; }
    QString queryValue() const { return m_queryValue; }
    bool hasQuery() const { return !m_queryKey.isEmpty(); }

    /// `op://vault/item/[section/]field[?key=value]`, the parts as parsed.
    QString toString() const;
    /// Same parts, compared case-insensitively.
    bool equals(const SecretReference &other) const;

private:
    QString m_vault;
    QString m_item;
    QString m_section;
    QString m_field;
    QString m_queryKey;
    QString m_queryValue;
};

#pragma once

#include "core/schema/VariableSpec.h"

#include <QList>

/// Finds the template variables whose value is built from another variable's value and sets their kind
/// to Derived with a Derivation (DESIGN.md §5):
/// - `${VAR}` / `$VAR` references to another key of the template (the source is the secret one when
///   several are referenced; the others are replaced by their template values); escaping is UrlUserinfo
///   when the reference sits in the userinfo of a URL (`postgres://app:${DB_PASSWORD}@db/app`);
/// - a URL whose password equals the template value of a generated variable
///   (`DB_PASSWORD=changeme`, `DATABASE_URL=postgres://acme:changeme@localhost/acme`): prefix and suffix
///   around the password, escaping UrlUserinfo;
/// - a comment that says so (`Should be the same as WEBAPP_URL`), or a URL with credentials that is a
///   literal copy of an earlier variable: a plain copy.
/// A config URL with a password for an outside host (`smtp://user:pass@smtp.example.com`) becomes a
/// ThirdPartySecret. Variables whose kind came from annotations are left alone.
class DerivationFinder
{
public:
    static void resolve(QList<VariableSpec> &specs);
};

#pragma once

#include "core/schema/VariableSpec.h"
#include "core/secret/GeneratorProfile.h"

#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>

/// Infers what a variable of a plain (unannotated) template is, from its name, its template value, its
/// comments and the rest of the file (DESIGN.md §5). The rules are data-like tables of name segments
/// (`STRIPE_SECRET_KEY` → STRIPE, SECRET, KEY) measured against shared/corpus/env-examples (see
/// tst_envtemplatecorpus); they follow that corpus's local-development policy:
/// - Generate: secrets the app owns (session/JWT/encryption keys, salts, passwords of services the
///   project runs, self-chosen webhook tokens);
/// - ThirdPartySecret: credentials an outside service issues (recognised by a service name such as
///   OPENAI or STRIPE, or a shape such as `*_CLIENT_SECRET`, `*_API_KEY`), and public identifiers of a
///   service whose template value is only a placeholder (the user still has to fetch them);
/// - Config: everything else, including public identifiers, sentinels and dev-only dummy credentials.
/// Derived values are found afterwards by DerivationFinder.
class VariableClassifier
{
public:
    /// Learns the file-wide context from all @p specs: their names, whether the file runs a bundled
    /// S3-compatible store (MinIO), whether its mail server is a local catcher (mailhog, localhost:1025).
    explicit VariableClassifier(const QList<VariableSpec> &specs);

    /// Sets kind, kindReason, service, sensitive, placeholder, required, profile and profileReason of
    /// @p spec from its name, templateValue and description, plus @p inlineComment (the `# ...` after the
    /// value on the same line, may be empty).
    void classify(VariableSpec &spec, QStringView inlineComment = {}) const;

    /// The generator profile for a Generate variable: a comment hint (`openssl rand -hex 32` → hex(32),
    /// `32 characters` → alnum(32), `A-Za-z0-9` → alnum(32), `key:generate` → laravel_key()), the shape
    /// of a random-looking sample value, the Laravel APP_KEY convention, or the defaults (base64url(32);
    /// base64url(64) for signing secrets: JWT, SESSION, COOKIE, SIGNING, HMAC; alnum(32) for passwords).
    /// Sets profile and profileReason of @p spec.
    static void chooseProfile(VariableSpec &spec, QStringView inlineComment = {});

    /// True when @p value is a placeholder rather than a usable value: empty, `changeme`, `your_..._here`,
    /// `<...>`, `xxx`, `...`, `replace_me`, `secret`, `!!!SET X!!!`, `..._from_dashboard` and the like.
    static bool isPlaceholder(QByteArrayView value);
    /// The profile a comment or placeholder text asks for, with the reason in words; std::nullopt when
    /// @p text gives no hint.
    static std::optional<std::pair<GeneratorProfile, QString>> profileFromHint(QStringView text);
    /// The outside service a variable name belongs to (e.g. "OpenAI" for OPENAI_API_KEY), or empty.
    static QString serviceName(QStringView variableName);

private:
    struct Verdict
    {
        VariableKind kind;
        QString reason;
        QString service;
        bool sensitive = true; ///< false for public identifiers asked from the user
    };
    Verdict infer(const VariableSpec &spec) const;

    QSet<QString> m_keys;
    bool m_bundledS3 = false;
    bool m_localMail = false;
};

#pragma once

#include "core/dotenv/DotenvDocument.h"
#include "core/schema/VariableSpec.h"

#include <QDir>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

/// A repository's `.env.example` (or .env.sample, .env.template, .env.dist): its document and one
/// VariableSpec per key, from @env-spec style decorators (DESIGN.md §5) or, in plain templates, from
/// inference over names, placeholder values and comment hints.
class EnvTemplate
{
public:
    /// The file names searched for, in order of preference.
    static QStringList candidateFileNames();
    /// The absolute path of the first template found in @p repoRoot (a regular file; else the first
    /// candidate that exists but is not one, so load() can name the problem), or an empty string.
    static QString findIn(const QDir &repoRoot);
    /// Reads and parses the template at @p path; the error names the file and, for parse errors, the
    /// line and column.
    static std::expected<EnvTemplate, QString> load(const QString &path);
    /// Builds the specs from an already parsed document.
    static EnvTemplate fromDocument(DotenvDocument document, const QString &path = {});

    QString path() const { return m_path; }
    const DotenvDocument &document() const { return m_document; }
    const QList<VariableSpec> &variables() const { return m_variables; }
    /// The spec of @p name, or nullptr.
    const VariableSpec *variable(QStringView name) const;

private:
    QString m_path;
    DotenvDocument m_document;
    QList<VariableSpec> m_variables;
};

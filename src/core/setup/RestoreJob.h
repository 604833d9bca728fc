#pragma once

#include <QCoreApplication>

#include "core/dotenv/DotenvDocument.h"
#include "core/schema/EnvTemplate.h"
#include "core/setup/ApplyStep.h"
#include "core/setup/RepoContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

/// `envsmith restore` (issue 4 §4): rebuilds a missing `.env` from the keychain. The file follows the
/// template's layout (its order and comments); each variable the KeychainIndex lists for this project is
/// read from the keychain; plain configuration not stored keeps the template's value; stored names that
/// are not in the template (a staged `JWT_SECRET_PREVIOUS`) are appended under a comment. Secrets the
/// keychain does not hold keep the template's placeholder and are listed, so `envsmith setup` can fill them.
///
/// A locked keyring, a missing provider, a denied or failed read stops the restore before anything is
/// written (a locked keyring's "not found" is never taken for an absent entry: KeychainStore reports it
/// as Locked). Git is made to ignore the env files before `.env` is written.
class RestoreJob
{
    Q_DECLARE_TR_FUNCTIONS(RestoreJob)

public:
    struct Row
    {
        enum class Source { Keychain, Template, Missing };
        QString name;
        Source source = Source::Template;
    };
    struct Result
    {
        QList<ApplyStep> steps;
        bool envWritten = false;
        bool ok() const;
    };

    /// Reads the template, the index (@p indexPath, default location when empty) and every stored value.
    /// Fails, saying what to do, when `.env` exists, there is no template, the keychain is unavailable or
    /// locked, the index lists nothing for this project, or a read fails.
    static std::expected<RestoreJob, QString> prepare(const RepoContext &context,
                                                      const QString &indexPath = {});

    const QList<Row> &rows() const { return m_rows; }
    /// Names of secrets left with the template's placeholder.
    QStringList missing() const;
    /// One line per variable: `NAME  from the keychain | from the template | not in the keychain`.
    QString describe() const;
    /// Makes git ignore the env files (in a git repository), then writes `.env` (0600, refused if a file
    /// appeared meanwhile).
    Result apply() const;

private:
    RepoContext m_context;
    DotenvDocument m_document;
    QList<Row> m_rows;
};

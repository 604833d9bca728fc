#pragma once

#include <QCoreApplication>

#include "core/dotenv/DotenvDocument.h"
#include "core/schema/EnvTemplate.h"
#include "core/setup/PlannedVariable.h"
#include "core/setup/RepoContext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

/// The plan of one setup run (DESIGN.md §3): per template variable an action and a value, plus the
/// `.gitignore` lines to add. Nothing is written while planning; SetupRunner applies a confirmed plan.
/// Build one with SetupPlanner.
class SetupPlan
{
    Q_DECLARE_TR_FUNCTIONS(SetupPlan)

public:
    const RepoContext &context() const { return m_context; }
    const EnvTemplate &envTemplate() const { return m_template; }
    /// The existing `.env` when there is one.
    const std::optional<DotenvDocument> &existing() const { return m_existing; }
    /// The existing `.env`'s exact bytes (to detect a change behind our back before writing).
    const std::optional<QByteArray> &existingBytes() const { return m_existingBytes; }
    /// The existing `.env` is a symbolic link; applying needs the user's confirmation.
    bool envIsSymlink() const { return m_envIsSymlink; }
    /// The env file is tracked by git: writing secrets into it would put them in the next commit, so
    /// applying refuses until it is untracked (`git rm --cached`).
    bool envIsTracked() const { return m_envIsTracked; }

    QList<PlannedVariable> &variables() { return m_variables; }
    const QList<PlannedVariable> &variables() const { return m_variables; }
    PlannedVariable *variable(QStringView name);
    const PlannedVariable *variable(QStringView name) const;

    /// Lines that will be appended to `.gitignore` (empty when git already ignores the env files or the
    /// folder is not a git repository).
    QStringList gitignoreLines() const { return m_gitignoreLines; }

    /// Generates a new value for @p name (Generate variables, or any secret the user asks to regenerate);
    /// marks an existing value as replaced. Derived variables follow. Fails for unknown names.
    std::expected<void, QString> regenerate(const QString &name);
    /// Sets a value typed by the user; an existing value counts as replaced. Derived variables follow.
    std::expected<void, QString> setValue(const QString &name, SecureBuffer value);
    /// Goes back to the existing `.env` value for @p name (undoes replace).
    std::expected<void, QString> keepExisting(const QString &name);
    /// Names of Manual variables still without a value.
    QStringList missing() const;
    /// Names of variables whose existing value will be replaced.
    QStringList replaced() const;

    /// The bytes of the `.env` that applying will write: the existing file (every other byte kept) or,
    /// when there is none, the template's layout, with the planned values set.
    std::expected<QByteArray, QString> renderEnv() const;
    /// The same with every non-empty secret value masked (`••••••••`), for review screens.
    std::expected<QByteArray, QString> renderMaskedEnv() const;

private:
    friend class SetupPlanner;
    void refreshDerived();
    std::expected<QByteArray, QString> render(bool masked) const;

    RepoContext m_context;
    EnvTemplate m_template;
    std::optional<DotenvDocument> m_existing;
    std::optional<QByteArray> m_existingBytes;
    bool m_envIsSymlink = false;
    bool m_envIsTracked = false;
    QList<PlannedVariable> m_variables;
    QStringList m_gitignoreLines;
};

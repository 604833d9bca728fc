#pragma once

#include <QString>

class GitRepository;

#include <expected>

/// The repository one run works on: its top folder (the git working tree's root, or the folder itself
/// when it is not a git repository), its template, its env file, and a project id that is stable across
/// clones (derived from the root commit, else the origin URL, else the folder path).
class RepoContext
{
public:
    /// Opens @p folder. Fails when the folder does not exist or is not a folder. A folder without a
    /// template opens fine (hasTemplate() is false); a folder outside git opens with isGitRepository() false.
    static std::expected<RepoContext, QString> open(const QString &folder);
    /// Opens the working tree of @p repository, already opened by the caller (a valid GitRepository): the
    /// same as open(repository.root()) without asking git for the top folder a second time.
    static RepoContext open(const GitRepository &repository);

    /// Absolute path of the top folder.
    QString root() const { return m_root; }
    bool isGitRepository() const { return m_git; }
    /// Absolute path of the template (`.env.example`, ...), empty when there is none.
    QString templatePath() const { return m_templatePath; }
    bool hasTemplate() const { return !m_templatePath.isEmpty(); }
    /// The env file's name relative to root(), `.env`.
    QString envFileName() const { return m_envFileName; }
    /// Absolute path of the env file (it may not exist yet).
    QString envPath() const;
    /// `<folder name>-<8 hex digits>`, safe for keychain service names.
    QString projectId() const { return m_projectId; }
    /// The folder's name, for display.
    QString displayName() const;

private:
    static RepoContext fromGit(const QString &canonical, const GitRepository &git);
    QString m_root;
    QString m_templatePath;
    QString m_envFileName = QStringLiteral(".env");
    QString m_projectId;
    bool m_git = false;
};

#include "core/setup/RepoContext.h"

#include "core/hygiene/GitRepository.h"
#include "core/schema/EnvTemplate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

std::expected<RepoContext, QString> RepoContext::open(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists()) {
        return std::unexpected(QCoreApplication::translate("RepoContext",
                                                           "The folder %1 does not exist. Choose an existing "
                                                           "repository folder.")
                                   .arg(QDir::toNativeSeparators(folder)));
    }
    if (!info.isDir()) {
        return std::unexpected(
            QCoreApplication::translate("RepoContext",
                                        "%1 is a file, not a folder. Choose the repository's folder.")
                .arg(QDir::toNativeSeparators(folder)));
    }

    const QString canonical = info.canonicalFilePath();
    const GitRepository git(canonical);
    if (git.gitRefused()) {
        return std::unexpected(git.errorString());
    }
    return fromGit(canonical, git);
}

RepoContext RepoContext::open(const GitRepository &repository)
{
    return fromGit(QFileInfo(repository.root()).canonicalFilePath(), repository);
}

RepoContext RepoContext::fromGit(const QString &canonical, const GitRepository &git)
{
    RepoContext context;
    context.m_git = git.isValid();
    context.m_root = context.m_git ? QDir(git.root()).canonicalPath() : canonical;
    // A template next to the chosen folder wins over one at the working tree's top (monorepo packages).
    context.m_templatePath = EnvTemplate::findIn(QDir(canonical));
    if (context.m_templatePath.isEmpty()) {
        context.m_templatePath = EnvTemplate::findIn(QDir(context.m_root));
    } else {
        context.m_root = canonical;
    }

    QString identity;
    if (context.m_git) {
        identity = git.rootCommit();
        if (identity.isEmpty()) {
            identity = git.originUrl();
        }
        // Packages of one monorepo share the root commit: tell them apart by their path in the tree.
        const QString relative = QDir(QDir(git.root()).canonicalPath()).relativeFilePath(context.m_root);
        if (!identity.isEmpty() && relative != QStringLiteral(".")) {
            identity += u'/' + relative;
        }
    }
    if (identity.isEmpty()) {
        identity = context.m_root;
    }
    const QByteArray digest = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex();
    QString name = QFileInfo(context.m_root).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    if (name.isEmpty()) {
        name = QStringLiteral("project");
    }
    context.m_projectId = name + u'-' + QString::fromLatin1(digest.left(8));
    return context;
}

QString RepoContext::envPath() const
{
    return QDir(m_root).filePath(m_envFileName);
}

QString RepoContext::displayName() const
{
    return QFileInfo(m_root).fileName();
}

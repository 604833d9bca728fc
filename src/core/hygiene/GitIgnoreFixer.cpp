#include "core/hygiene/GitIgnoreFixer.h"

#include "core/hygiene/GitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

/// Escapes @p text so gitignore(5) reads it literally: glob characters and backslash get a backslash,
/// a leading `#` or `!` is escaped, trailing spaces are escaped.
QString gitignoreEscape(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'\\')
            escaped.append(u'\\');
        escaped.append(c);
    }
    if (escaped.startsWith(u'#') || escaped.startsWith(u'!'))
        escaped.prepend(u'\\');
    qsizetype trailing = 0;
    while (trailing < escaped.size() && escaped.at(escaped.size() - 1 - trailing) == u' ')
        ++trailing;
    if (trailing > 0) {
        escaped.chop(trailing);
        for (qsizetype i = 0; i < trailing; ++i)
            escaped.append(u"\\ "_s);
    }
    return escaped;
}

/// The name with a leading `/` removed (gitignore anchoring is decided by the pattern, not the input).
QString normalisedName(const QString &envFileName)
{
    QString name = QDir::fromNativeSeparators(envFileName);
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name;
}

} // namespace

QStringList GitIgnoreFixer::requiredPatterns(const QString &envFileName)
{
    const QString literal = gitignoreEscape(normalisedName(envFileName));
    // Backups: same naming as EnvFileWriter::backupPattern(), which lives in the store layer that this
    // layer does not link.
    return {literal, literal + u".local"_s, literal + u".*.local"_s, literal + u".envsmith-backup-*"_s};
}

QStringList GitIgnoreFixer::samplePaths(const QString &envFileName)
{
    const QString name = normalisedName(envFileName);
    return {name, name + u".local"_s, name + u".development.local"_s,
            name + u".envsmith-backup-20260101-000000"_s};
}

QString GitIgnoreFixer::headerLine()
{
    return u"# Local secrets (added by Envsmith)"_s;
}

std::expected<QStringList, QString> GitIgnoreFixer::missingLines(const QString &repoRoot,
                                                                 const QString &envFileName)
{
    if (envFileName.contains(u'\n') || envFileName.contains(u'\r'))
        return std::unexpected(QCoreApplication::translate(
            "GitIgnoreFixer", "The env file name contains a line break, which a "
                              ".gitignore line cannot express. Rename the file."));
    const GitRepository repo(repoRoot);
    if (!repo.isValid())
        return std::unexpected(repo.errorString());
    // The patterns go into <repoRoot>/.gitignore, so they are relative to repoRoot; git wants paths
    // relative to the working tree's top.
    QString folder = QFileInfo(repoRoot).canonicalFilePath();
    if (folder.isEmpty())
        folder = QFileInfo(repoRoot).absoluteFilePath();
    const QString prefix = QDir(repo.root()).relativeFilePath(folder);
    if (prefix.startsWith(u"../"_s) || prefix == u".."_s || QDir::isAbsolutePath(prefix))
        return std::unexpected(
            QCoreApplication::translate("GitIgnoreFixer", "%1 is outside the git working tree %2.")
                .arg(QDir::toNativeSeparators(repoRoot), QDir::toNativeSeparators(repo.root())));
    QStringList samples = samplePaths(envFileName);
    if (prefix != u"."_s) {
        for (QString &sample : samples)
            sample = prefix + u'/' + sample;
    }
    const QStringList patterns = requiredPatterns(envFileName);
    const auto verdicts = repo.ignoredByRules(samples);
    if (!verdicts)
        return std::unexpected(verdicts.error());
    QStringList lines;
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        if (!verdicts->at(i))
            lines.append(patterns.at(i));
    }
    if (!lines.isEmpty())
        lines.prepend(headerLine());
    return lines;
}

std::expected<void, QString> GitIgnoreFixer::append(const QString &repoRoot, const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    const QString path = QDir(repoRoot).filePath(u".gitignore"_s);
    const QFileInfo info(path);
    QByteArray existing;
    QFileDevice::Permissions permissions;
    if (info.isSymLink())
        return std::unexpected(QCoreApplication::translate(
                                   "GitIgnoreFixer", "%1 is a symbolic link, and git does not read "
                                                     ".gitignore files that are symbolic links (git 2.32 "
                                                     "and later). Replace it by a regular file, then try "
                                                     "again.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (info.exists()) {
        if (info.isDir())
            return std::unexpected(QCoreApplication::translate("GitIgnoreFixer",
                                                               "%1 is a folder, not a file. Rename or remove "
                                                               "it, then try again.")
                                       .arg(QDir::toNativeSeparators(path)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                QCoreApplication::translate("GitIgnoreFixer", "Cannot read %1: %2. Check its permissions.")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        existing = file.readAll();
        permissions = file.permissions();
    }
    const QByteArray eol = existing.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray addition;
    if (!existing.isEmpty()) {
        if (!existing.endsWith('\n'))
            addition += eol;
        addition += eol; // a blank line between the user's rules and ours
    }
    for (const QString &line : lines) {
        addition += line.toUtf8();
        addition += eol;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(QCoreApplication::translate("GitIgnoreFixer",
                                                           "Cannot write %1: %2. Check that the folder is "
                                                           "writable.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (permissions)
        file.setPermissions(permissions);
    if (file.write(existing) != existing.size() || file.write(addition) != addition.size() || !file.commit())
        return std::unexpected(QCoreApplication::translate("GitIgnoreFixer",
                                                           "Could not save %1: %2. It was left unchanged; "
                                                           "free some disk space or check permissions.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

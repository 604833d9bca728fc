#include "core/store/EnvFileWriter.h"
#include "core/store/PrivateFile.h"

#include "DacOverrideSuspension.h"
#include "TmpfsMount.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace {

// Stand-ins for secret values; no error text may ever contain them.
const QByteArray kOld = "API_TOKEN=old-secret-value-0123\n"_ba; // gitleaks:allow
const QByteArray kNew = "API_TOKEN=new-secret-value-4567\n"_ba; // gitleaks:allow

/// The permission bits of @p path itself (not following a symlink), or -1.
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writePlain(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    return file.setPermissions(permissions);
}

QStringList entries(const QString &dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

void verifyNoSecretIn(const QString &message)
{
    QVERIFY2(!message.toUtf8().contains("secret-value"), qPrintable(message));
}

} // namespace

class TestEnvFileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void newFileIsPrivateFromFirstByte();
    void replacesAndBacksUpPrivately();
    void takenBackupNameGetsNumberSuffix();
    void noBackupWhenDisabled();
    void identicalContentMakesNoBackup();
    void refusesSymlink();
    void replacesSymlinkWhenAllowed();
    void refusesChangedFile_data();
    void refusesChangedFile();
    void acceptsUnchangedFile();
    void missingFolder();
    void readOnlyFolder();
    void readOnlyFileSystem();
    void diskFull();
    void diskFullViaSeam();
    void backupPattern();

private:
    /// Modes of every file created by PrivateFile, observed right after creation.
    QHash<QString, int> m_modeAtCreation;
    mode_t m_savedUmask = 0;
    std::optional<QTemporaryDir> m_dir;
};

void TestEnvFileWriter::initTestCase()
{
    // The most permissive umask: any mode wider than 0600 at creation would show.
    m_savedUmask = ::umask(0);
}

void TestEnvFileWriter::cleanupTestCase()
{
    ::umask(m_savedUmask);
}

void TestEnvFileWriter::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_modeAtCreation.clear();
    PrivateFile::setCreatedHookForTesting(
        [this](const QString &path) { m_modeAtCreation.insert(path, modeOf(path)); });
}

void TestEnvFileWriter::cleanup()
{
    PrivateFile::setCreatedHookForTesting({});
    PrivateFile::setWriteFailureForTesting(0);
    m_dir.reset();
}

void TestEnvFileWriter::newFileIsPrivateFromFirstByte()
{
    const QString path = m_dir->filePath(u".env"_s);
    EnvFileWriter::Options options;
    options.expectAbsent = true;
    const auto result = EnvFileWriter::write(path, kNew, options);
    QVERIFY2(result, result ? "" : qPrintable(result.error()));
    QVERIFY(result->backupPath.isEmpty());
    QCOMPARE(readAll(path), kNew);
    QCOMPARE(modeOf(path), 0600);

    // Exactly one file was created (the temporary one, later renamed), 0600 at that moment.
    QCOMPARE(m_modeAtCreation.size(), 1);
    const QString temp = m_modeAtCreation.keys().constFirst();
    QVERIFY2(temp.startsWith(path + u".envsmith-tmp-"_s), qPrintable(temp));
    const QRegularExpression tempPattern(
        QRegularExpression::wildcardToRegularExpression(EnvFileWriter::temporaryPattern(u".env"_s)));
    QVERIFY(tempPattern.match(QFileInfo(temp).fileName()).hasMatch());
    QCOMPARE(m_modeAtCreation.value(temp), 0600);
    QCOMPARE(entries(m_dir->path()), QStringList{u".env"_s}); // temp file gone
}

void TestEnvFileWriter::replacesAndBacksUpPrivately()
{
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(
        writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(modeOf(path), 0644);

    const auto result = EnvFileWriter::write(path, kNew, EnvFileWriter::Options{});
    QVERIFY2(result, result ? "" : qPrintable(result.error()));
    QCOMPARE(readAll(path), kNew);
    QCOMPARE(modeOf(path), 0600);

    const QString backup = result->backupPath;
    const QRegularExpression name(uR"(^\.env\.envsmith-backup-\d{8}-\d{6}$)"_s);
    QVERIFY2(name.match(QFileInfo(backup).fileName()).hasMatch(), qPrintable(backup));
    QCOMPARE(readAll(backup), kOld);
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(m_modeAtCreation.value(backup, -1), 0600);
    QCOMPARE(m_modeAtCreation.size(), 2); // temp + backup
    for (const int mode : std::as_const(m_modeAtCreation))
        QCOMPARE(mode, 0600);
    QCOMPARE(entries(m_dir->path()), (QStringList{u".env"_s, QFileInfo(backup).fileName()}));
}

void TestEnvFileWriter::takenBackupNameGetsNumberSuffix()
{
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    // Occupy the names for this second and the next few, so the writer must pick a numbered name.
    const QDateTime now = QDateTime::currentDateTime();
    for (int s = 0; s < 10; ++s) {
        const QString taken = path + u".envsmith-backup-"_s + now.addSecs(s).toString(u"yyyyMMdd-HHmmss"_s);
        QVERIFY(writePlain(taken, "other backup"_ba, QFile::ReadOwner | QFile::WriteOwner));
    }
    const auto result = EnvFileWriter::write(path, kNew, EnvFileWriter::Options{});
    QVERIFY2(result, result ? "" : qPrintable(result.error()));
    QVERIFY2(QRegularExpression(uR"(\.env\.envsmith-backup-\d{8}-\d{6}-1$)"_s)
                 .match(result->backupPath)
                 .hasMatch(),
             qPrintable(result->backupPath));
    QCOMPARE(readAll(result->backupPath), kOld);
    QCOMPARE(modeOf(result->backupPath), 0600);
}

void TestEnvFileWriter::identicalContentMakesNoBackup()
{
    // Re-running setup on an up-to-date .env must not pile up identical backups; a loose mode is still
    // fixed.
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const auto result = EnvFileWriter::write(path, kOld, EnvFileWriter::Options{});
    QVERIFY2(result, result ? "" : qPrintable(result.error()));
    QVERIFY(result->contentUnchanged);
    QVERIFY(result->backupPath.isEmpty());
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(entries(m_dir->path()), QStringList{u".env"_s});
    // One changed byte is a replacement again, with its backup.
    QByteArray changed = kOld;
    changed[0] = changed[0] == 'X' ? 'Y' : 'X';
    const auto second = EnvFileWriter::write(path, changed, EnvFileWriter::Options{});
    QVERIFY(second);
    QVERIFY(!second->contentUnchanged);
    QCOMPARE(readAll(second->backupPath), kOld);
}

void TestEnvFileWriter::noBackupWhenDisabled()
{
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    EnvFileWriter::Options options;
    options.backupExisting = false;
    const auto result = EnvFileWriter::write(path, kNew, options);
    QVERIFY(result);
    QVERIFY(result->backupPath.isEmpty());
    QCOMPARE(entries(m_dir->path()), QStringList{u".env"_s});
    QCOMPARE(readAll(path), kNew);
}

void TestEnvFileWriter::refusesSymlink()
{
    const QString real = m_dir->filePath(u"shared.env"_s);
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(writePlain(real, kOld, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(QFile::link(real, path));

    const auto result = EnvFileWriter::write(path, kNew, EnvFileWriter::Options{});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(path) && result.error().contains(u"symbolic link"_s),
             qPrintable(result.error()));
    verifyNoSecretIn(result.error());
    QVERIFY(QFileInfo(path).isSymLink());
    QCOMPARE(readAll(real), kOld);
    QCOMPARE(entries(m_dir->path()), (QStringList{u".env"_s, u"shared.env"_s}));
}

void TestEnvFileWriter::replacesSymlinkWhenAllowed()
{
    const QString real = m_dir->filePath(u"shared.env"_s);
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(writePlain(real, kOld, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(QFile::link(real, path));

    EnvFileWriter::Options options;
    options.replaceSymlink = true;
    options.expectedCurrent = kOld; // what a reader of the link saw
    const auto result = EnvFileWriter::write(path, kNew, options);
    QVERIFY2(result, result ? "" : qPrintable(result.error()));
    QVERIFY(!QFileInfo(path).isSymLink());
    QCOMPARE(readAll(path), kNew);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(readAll(real), kOld); // what the link pointed to is untouched
    QCOMPARE(readAll(result->backupPath), kOld);
}

void TestEnvFileWriter::refusesChangedFile_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::addColumn<bool>("expectAbsent");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("content changed") << true << false << "API_TOKEN=something-else\n"_ba;
    QTest::newRow("file appeared") << true << true << QByteArray();
    QTest::newRow("file removed") << false << false << kOld;
}

void TestEnvFileWriter::refusesChangedFile()
{
    QFETCH(bool, fileExists);
    QFETCH(bool, expectAbsent);
    QFETCH(QByteArray, expected);
    const QString path = m_dir->filePath(u".env"_s);
    if (fileExists)
        QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    EnvFileWriter::Options options;
    options.expectAbsent = expectAbsent;
    if (!expectAbsent)
        options.expectedCurrent = expected;
    const auto result = EnvFileWriter::write(path, kNew, options);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(path) && result.error().contains(u"someone else"_s),
             qPrintable(result.error()));
    verifyNoSecretIn(result.error());
    if (fileExists) {
        QCOMPARE(readAll(path), kOld);
        QCOMPARE(entries(m_dir->path()), QStringList{u".env"_s});
    } else {
        QVERIFY(entries(m_dir->path()).isEmpty());
    }
}

void TestEnvFileWriter::acceptsUnchangedFile()
{
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    EnvFileWriter::Options options;
    options.expectedCurrent = kOld;
    const auto result = EnvFileWriter::write(path, kNew, options);
    QVERIFY2(result, result ? "" : qPrintable(result.error()));
    QCOMPARE(readAll(path), kNew);
}

void TestEnvFileWriter::missingFolder()
{
    const QString folder = m_dir->filePath(u"not-there"_s);
    const QString path = folder + u"/.env"_s;
    const auto result = EnvFileWriter::write(path, kNew, EnvFileWriter::Options{});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(folder) && result.error().contains(u"does not exist"_s),
             qPrintable(result.error()));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestEnvFileWriter::readOnlyFolder()
{
    const QString folder = m_dir->filePath(u"ro"_s);
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + u"/.env"_s;
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(folder,
                                  QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
    std::expected<EnvFileWriter::Result, QString> result;
    {
        const DacOverrideSuspension asNormalUser;
        if (!asNormalUser.isActive())
            QSKIP("Running as root and cannot drop CAP_DAC_OVERRIDE, so a read-only folder is writable");
        result = EnvFileWriter::write(path, kNew, EnvFileWriter::Options{});
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!result);
    QVERIFY2(result.error().contains(path) && result.error().contains(u"read-only"_s),
             qPrintable(result.error()));
    verifyNoSecretIn(result.error());
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(entries(folder), QStringList{u".env"_s});
}

void TestEnvFileWriter::readOnlyFileSystem()
{
    const QString folder = m_dir->filePath(u"rofs"_s);
    QVERIFY(QDir().mkdir(folder));
    TmpfsMount mount(folder, 1024 * 1024);
    if (!mount.isMounted())
        QSKIP(qPrintable(
            u"Cannot mount a tmpfs here (%1); the seam test covers the message"_s.arg(mount.errorString())));
    const QString path = folder + u"/.env"_s;
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(mount.setReadOnly(true));
    const auto result = EnvFileWriter::write(path, kNew, EnvFileWriter::Options{});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(path) && result.error().contains(u"read-only"_s),
             qPrintable(result.error()));
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(entries(folder), QStringList{u".env"_s});
}

void TestEnvFileWriter::diskFull()
{
    const QString folder = m_dir->filePath(u"small"_s);
    QVERIFY(QDir().mkdir(folder));
    TmpfsMount mount(folder, 64 * 1024);
    if (!mount.isMounted())
        QSKIP(qPrintable(
            u"Cannot mount a tmpfs here (%1); diskFullViaSeam covers the path"_s.arg(mount.errorString())));
    const QString path = folder + u"/.env"_s;
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray big = QByteArray(256 * 1024, 'x') + kNew;
    const auto result = EnvFileWriter::write(path, big, EnvFileWriter::Options{});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(path) && result.error().contains(u"full"_s), qPrintable(result.error()));
    verifyNoSecretIn(result.error());
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(entries(folder), QStringList{u".env"_s}); // partial temp file removed
}

void TestEnvFileWriter::diskFullViaSeam()
{
    const QString path = m_dir->filePath(u".env"_s);
    QVERIFY(writePlain(path, kOld, QFile::ReadOwner | QFile::WriteOwner));
    PrivateFile::setWriteFailureForTesting(ENOSPC);
    const auto result = EnvFileWriter::write(path, kNew, EnvFileWriter::Options{});
    QVERIFY(!result);
    QVERIFY2(result.error().contains(path) && result.error().contains(u"full"_s), qPrintable(result.error()));
    verifyNoSecretIn(result.error());
    QCOMPARE(readAll(path), kOld);
    QCOMPARE(entries(m_dir->path()), QStringList{u".env"_s});
    QCOMPARE(m_modeAtCreation.size(), 1); // the temp file was created, then removed
}

void TestEnvFileWriter::backupPattern()
{
    const QString pattern = EnvFileWriter::backupPattern(u".env"_s);
    QCOMPARE(pattern, u".env.envsmith-backup-*"_s);
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
    QVERIFY(re.match(u".env.envsmith-backup-20260101-120000"_s).hasMatch());
    QVERIFY(re.match(u".env.envsmith-backup-20260101-120000-3"_s).hasMatch());
    QVERIFY(!re.match(u".env.local"_s).hasMatch());
}

QTEST_GUILESS_MAIN(TestEnvFileWriter)
#include "tst_envfilewriter.moc"

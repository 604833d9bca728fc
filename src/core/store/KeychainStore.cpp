#include "core/store/KeychainStore.h"

#include "core/store/KeychainStatus.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/// Runs @p job to completion or until @p timeoutMs passes, in a local event loop. On timeout the job is
/// still running (possibly behind a keyring prompt) and must not be deleted: ownership moves to the job
/// itself, which deletes itself once it finishes. Returns whether the job finished.
bool runJob(std::unique_ptr<QKeychain::Job> &job, int timeoutMs)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    bool finished = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    // Context object &loop: the connection dies with the loop, so no dangling capture after a timeout.
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    timer.start(timeoutMs);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QKeychain::Job *running = job.release();
        QObject::connect(running, &QKeychain::Job::finished, running, &QObject::deleteLater);
    }
    return finished;
}

KeychainStore::Error error(KeychainStore::ErrorKind kind, const QString &message)
{
    return KeychainStore::Error{kind, message};
}

KeychainStore::Error timeoutError(const QString &name)
{
    return error(KeychainStore::ErrorKind::Timeout,
                 QCoreApplication::translate(
                     "KeychainStore", "The keyring did not answer in time for %1. It may be waiting for "
                                      "you to unlock it or to confirm access in another window; do that "
                                      "and try again.")
                     .arg(name));
}

/// Maps a failed job to an error, asking the D-Bus pre-flight what the keyring's state really is
/// (QtKeychain 0.13.2 reports a locked keyring's read as "entry not found", research/qt-keychain.md §2.4).
KeychainStore::Error mapFailure(const QKeychain::Job &job, const QString &name)
{
    using Kind = KeychainStore::ErrorKind;
    const QString detail = job.errorString();
    const KeychainStatus status = KeychainStatus::probe();
    const bool providerMissing = status.state == KeychainStatus::State::NoSessionBus ||
                                 status.state == KeychainStatus::State::NoProvider ||
                                 status.state == KeychainStatus::State::NoCollection;
    if (status.state == KeychainStatus::State::Locked)
        return error(Kind::Locked, status.message);
    if (providerMissing && job.error() != QKeychain::AccessDeniedByUser)
        return error(Kind::Unavailable, status.message);

    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return error(Kind::NotFound,
                     QCoreApplication::translate("KeychainStore", "%1 is not in the keyring. Store it first "
                                                                  "(run setup again).")
                         .arg(name));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return error(Kind::Denied, QCoreApplication::translate("KeychainStore",
                                                               "Access to %1 in the keyring was denied (%2). "
                                                               "Allow Envsmith access when the keyring asks, "
                                                               "and try again.")
                                       .arg(name, detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return error(Kind::Unavailable,
                     QCoreApplication::translate("KeychainStore", "No keyring is available (%1). Start a "
                                                                  "Secret Service provider such as GNOME "
                                                                  "Keyring or KWallet.")
                         .arg(detail));
    default:
        return error(Kind::Other, QCoreApplication::translate(
                                      "KeychainStore", "The keyring reported an error for %1 (%2). Check "
                                                       "that your keyring works (e.g. in Seahorse) and "
                                                       "try again.")
                                      .arg(name, detail));
    }
}

} // namespace

KeychainStore::KeychainStore(QString projectId, QString envFileName)
    : m_projectId(std::move(projectId)), m_envFileName(std::move(envFileName))
{
}

QString KeychainStore::service() const
{
    return u"envsmith/"_s + m_projectId;
}

QString KeychainStore::keyFor(const QString &name) const
{
    return service() + u'/' + m_envFileName + u'/' + name;
}

std::expected<void, KeychainStore::Error> KeychainStore::write(const QString &name, const SecureBuffer &value,
                                                               int timeoutMs)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(service());
    job->setKey(keyFor(name));
    // Binary, not text: text goes through a C string in libsecret and is cut at the first NUL (§1.2).
    // QtKeychain keeps its own unwiped copy of the data while the job lives (research §4).
    job->setBinaryData(value.toByteArray());
    std::unique_ptr<QKeychain::Job> owner = std::move(job);
    if (!runJob(owner, timeoutMs))
        return std::unexpected(timeoutError(name));
    if (owner->error() != QKeychain::NoError)
        return std::unexpected(mapFailure(*owner, name));
    return {};
}

std::expected<SecureBuffer, KeychainStore::Error> KeychainStore::read(const QString &name, int timeoutMs)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(service());
    job->setKey(keyFor(name));
    QKeychain::ReadPasswordJob *reader = job.get();
    std::unique_ptr<QKeychain::Job> owner = std::move(job);
    if (!runJob(owner, timeoutMs))
        return std::unexpected(timeoutError(name));
    if (owner->error() != QKeychain::NoError)
        return std::unexpected(mapFailure(*owner, name));
    const QByteArray data = reader->binaryData(); // shares the job's buffer; not detached, not copied
    return SecureBuffer::fromBytes(QByteArrayView(data.constData(), data.size()));
}

std::expected<void, KeychainStore::Error> KeychainStore::remove(const QString &name, int timeoutMs)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(service());
    job->setKey(keyFor(name));
    std::unique_ptr<QKeychain::Job> owner = std::move(job);
    if (!runJob(owner, timeoutMs))
        return std::unexpected(timeoutError(name));
    if (owner->error() != QKeychain::NoError)
        return std::unexpected(mapFailure(*owner, name));
    return {};
}

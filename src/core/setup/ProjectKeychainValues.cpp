#include "core/setup/ProjectKeychainValues.h"

#include "core/store/KeychainIndex.h"
#include "core/store/KeychainStatus.h"
#include "core/store/KeychainStore.h"

#include <QStringList>

ProjectKeychainValues::Result ProjectKeychainValues::read(const RepoContext &context,
                                                          const QString &indexPath)
{
    Result result;
    const auto index = KeychainIndex::load(indexPath);
    if (!index) {
        // The index lists which names the keychain holds for the project; without it none can be looked up.
        result.note = tr("The values in the keychain were not searched for: %1 Those in %2 were.")
                          .arg(index.error(), context.envFileName());
        return result;
    }
    KeychainStore store(context.projectId(), context.envFileName());
    const QStringList names = index->names(store.service());
    if (names.isEmpty()) {
        return result;
    }
    // Probe first: QtKeychain 0.13.2 would ask to unlock a locked keyring (research/qt-keychain.md §2.6).
    const KeychainStatus status = KeychainStatus::probe();
    if (!status.isAvailable()) {
        result.unavailableReason = status.message;
        result.note = tr("The values in the keychain were not searched for (%1). Those in %2 were.")
                          .arg(status.message, context.envFileName());
        return result;
    }
    for (const QString &name : names) {
        auto value = store.read(name);
        if (!value) {
            if (value.error().kind != KeychainStore::ErrorKind::NotFound) {
                result.unread.append(Unread{name, value.error().message});
            }
            continue;
        }
        if (!ScanExactValue::worthMatching(name, value->view())) {
            continue;
        }
        result.values.push_back(ScanExactValue{name, tr("keychain"), std::move(*value), QString()});
    }
    if (!result.unread.isEmpty()) {
        QStringList parts;
        for (const Unread &item : std::as_const(result.unread)) {
            parts << tr("%1 (%2)").arg(item.name, item.message);
        }
        result.note = tr("These values in the keychain could not be read, so they were not searched for: %1.")
                          .arg(parts.join(QStringLiteral("; ")));
    }
    return result;
}

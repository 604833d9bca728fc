#pragma once

#include "core/hygiene/ScanExactValue.h"
#include "core/setup/RepoContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

/// The values this developer holds for a project in the OS keychain, as exact values for the secret
/// scanner (`envsmith scan`, `envsmith check`, the end of `envsmith setup`, the wizard's Report page).
///
/// The names come from the KeychainIndex (the entries Envsmith wrote under the project's KeychainStore
/// service); each value is read with KeychainStore::read into guarded memory and never logged. The keychain
/// is probed first (KeychainStatus::probe), so a locked or absent keychain is never asked for (no unlock
/// prompt): then nothing is read and the note says why. Call it on the thread that runs the event loop (the
/// CLI's main thread, the GUI thread): QtKeychain's jobs need it. Blocking: one D-Bus call per name.
class ProjectKeychainValues
{
    Q_DECLARE_TR_FUNCTIONS(ProjectKeychainValues)

public:
    /// A name whose value could not be read (not for an entry that is simply absent).
    struct Unread
    {
        QString name;
        /// KeychainStore's message: what happened and what to do; never a value.
        QString message;
    };
    struct Result
    {
        /// The values ScanExactValue::worthMatching accepts, named by their variable, origin `keychain`
        /// (translated).
        std::vector<ScanExactValue> values;
        /// Empty when the keychain was read (or there was nothing to read); otherwise the keychain's
        /// KeychainStatus message (locked, no provider, ...): no value was read.
        QString unavailableReason;
        /// Names listed in the index whose value could not be read (a missing entry is skipped silently).
        QList<Unread> unread;
        /// One translated paragraph for the user saying which of the keychain's values were not searched
        /// for and why (names only, never values); empty when everything listed was read.
        QString note;
    };

    /// Reads the values the keychain holds for @p context's project, the names taken from the keychain
    /// index at @p indexPath (KeychainIndex::defaultPath() when empty). An index that cannot be read, or
    /// lists no name for the project, gives no values and no note (no probe either).
    static Result read(const RepoContext &context, const QString &indexPath = {});
};

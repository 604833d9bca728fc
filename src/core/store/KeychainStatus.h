#pragma once

#include <QString>

/// What the OS keychain can do right now, from a D-Bus pre-flight (research/qt-keychain.md §2.6), so a
/// locked keyring's "entry not found" (QtKeychain 0.13.2) is never taken for an absent entry.
struct KeychainStatus
{
    enum class State {
        Available,    ///< Secret Service running (or activatable) and the default collection unlocked
        NoSessionBus, ///< no D-Bus session bus
        NoProvider,   ///< a bus but no org.freedesktop.secrets provider
        Locked,       ///< the default collection is locked
        NoCollection  ///< the provider has no default collection (a fresh keyring never set up)
    };
    State state = State::Available;
    /// What happened and how to fix it, in the user's words.
    QString message;

    bool isAvailable() const { return state == State::Available; }
    /// Runs the pre-flight (up to ~2 s on a hung bus).
    static KeychainStatus probe();
};

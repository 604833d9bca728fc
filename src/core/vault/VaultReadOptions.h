#pragma once

#include "core/secret/SecureBuffer.h"

#include <atomic>
#include <functional>

/// What a read may use and how it reports. Not owned: the pointers must outlive the read.
struct VaultReadOptions
{
    /// The export password (UTF-8), for password-protected exports; nullptr when none was given.
    const SecureBuffer *password = nullptr;
    /// Called with 0..100 from the reading thread (KDF and parsing progress); may be empty.
    std::function<void(int percent)> progress;
    /// Checked between steps (and between KDF chunks where the KDF allows); when true the read stops
    /// with VaultError::Kind::Cancelled.
    const std::atomic_bool *cancel = nullptr;
};

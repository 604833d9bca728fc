#pragma once

/// While alive, the calling thread is subject to file permission bits even when running as root: it
/// drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its effective capability set (they stay in the
/// permitted set and are restored by the destructor). Lets a test running as root (as in the CI
/// container) see a read-only folder the way a normal user does. For a non-root user it does nothing,
/// as the bits already apply. Linux only; elsewhere isActive() is false.
class DacOverrideSuspension
{
public:
    DacOverrideSuspension();
    ~DacOverrideSuspension();
    DacOverrideSuspension(const DacOverrideSuspension &) = delete;
    DacOverrideSuspension &operator=(const DacOverrideSuspension &) = delete;

    /// True when permission bits apply to this thread now (dropped, or not root in the first place).
    bool isActive() const { return m_active; }

private:
    bool m_active = false;
    bool m_dropped = false;
    unsigned int m_savedEffective[2] = {0, 0};
};

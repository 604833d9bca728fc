#include "DacOverrideSuspension.h"

#if defined(__linux__)
#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

bool capabilities(bool set, __user_cap_data_struct (&data)[2])
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return syscall(set ? SYS_capset : SYS_capget, &header, data) == 0;
}

constexpr unsigned int kDropMask = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH);

} // namespace

DacOverrideSuspension::DacOverrideSuspension()
{
    if (geteuid() != 0) {
        m_active = true;
        return;
    }
    __user_cap_data_struct data[2] = {};
    if (!capabilities(false, data))
        return;
    m_savedEffective[0] = data[0].effective;
    m_savedEffective[1] = data[1].effective;
    data[0].effective &= ~kDropMask;
    if (!capabilities(true, data))
        return;
    m_dropped = true;
    m_active = true;
}

DacOverrideSuspension::~DacOverrideSuspension()
{
    if (!m_dropped)
        return;
    __user_cap_data_struct data[2] = {};
    if (!capabilities(false, data))
        return;
    data[0].effective = m_savedEffective[0];
    data[1].effective = m_savedEffective[1];
    capabilities(true, data);
}

#else

DacOverrideSuspension::DacOverrideSuspension() = default;
DacOverrideSuspension::~DacOverrideSuspension() = default;

#endif

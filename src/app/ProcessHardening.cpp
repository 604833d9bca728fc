#include "ProcessHardening.h"

#if defined(Q_OS_LINUX) || defined(__linux__)
#include <sys/prctl.h>
#endif
#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

bool ProcessHardening::apply()
{
    bool ok = true;
#if defined(__unix__) || defined(__APPLE__)
    const rlimit noCore = {0, 0};
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0 && ok;
#endif
#if defined(__linux__)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

#include "core/store/KeychainStatus.h"

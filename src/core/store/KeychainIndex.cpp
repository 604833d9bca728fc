#include "core/store/KeychainIndex.h"

#include "core/store/KeychainStore.h"

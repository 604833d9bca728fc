#include "core/secret/SodiumRuntime.h"

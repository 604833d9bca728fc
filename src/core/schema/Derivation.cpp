#include "core/schema/Derivation.h"

#include "core/secret/GeneratorProfile.h"

#include "core/schema/EnvTemplate.h"

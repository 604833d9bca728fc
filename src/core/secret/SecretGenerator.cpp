#include "core/secret/SecretGenerator.h"

#include "core/hygiene/GitRepository.h"

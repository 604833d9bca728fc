#include "core/hygiene/GitIgnoreFixer.h"

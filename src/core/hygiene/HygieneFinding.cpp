#include "core/hygiene/HygieneFinding.h"

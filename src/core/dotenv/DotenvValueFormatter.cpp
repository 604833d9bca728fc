#include "core/dotenv/DotenvValueFormatter.h"

#include "core/dotenv/DotenvError.h"

#include "core/dotenv/DotenvDocument.h"

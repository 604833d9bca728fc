#include "core/store/EnvFileWriter.h"

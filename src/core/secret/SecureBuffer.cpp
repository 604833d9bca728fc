#include "core/secret/SecureBuffer.h"

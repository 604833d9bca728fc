#include "core/hygiene/HygieneChecker.h"

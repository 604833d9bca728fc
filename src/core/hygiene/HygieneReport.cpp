#include "core/hygiene/HygieneReport.h"

#!/usr/bin/env bash
# Installs the Debian packages Envsmith needs (packaging/install-deps.sh) and builds it into build/.
# Usage: packaging/build.sh [extra cmake -D options]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/packaging/install-deps.sh"
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
cmake -S "$here" -B "$here/build" "${generator[@]}" -DENVSMITH_WERROR=ON "$@" >/dev/null
cmake --build "$here/build" -j"$(nproc)"

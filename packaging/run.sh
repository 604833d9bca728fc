#!/usr/bin/env bash
# The README's first command: installs what is needed, builds, and opens the Envsmith wizard on the
# repository given (or, with no argument, on a fresh copy of the bundled demo project).
# Usage: packaging/run.sh [DIR | --demo]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/packaging/build.sh"
if [ "$#" -eq 0 ]; then set -- --demo; fi
exec "$here/build/src/envsmith" "$@"

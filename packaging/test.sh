#!/usr/bin/env bash
# The README's second command: installs what is needed, builds with warnings as errors, and runs the whole
# test suite: 60 s of libFuzzer per harness in tests/fuzz (dotenv, vault exports, rules and ignore files),
# then ctest (each test under a private D-Bus session with a real gnome-keyring).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/packaging/build.sh"
cd "$here/build"
# 60 s of libFuzzer (ASan + UBSan) per harness; non-zero on a crash.
"$here/tests/fuzz/run.sh"
ctest --output-on-failure -j2 "$@"

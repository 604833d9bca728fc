#!/usr/bin/env bash
# Benchmark: reading a 5,000-item Bitwarden password-protected export, PBKDF2-SHA256 600,000 and Argon2id
# 64 MiB / t=3 / p=4: the KDF alone against the whole VaultReader::read, in one run (bench_vault writes
# the exports itself, into a temporary folder). Usage: tests/bench/run-vault.sh [BUILD_DIR] [ITEMS] [REPS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
items="${2:-5000}"
reps="${3:-3}"

cmake --build "$build" --target bench_vault >/dev/null
bench="$build/tests/bench_vault"
[ -x "$bench" ] || bench="$(find "$build" -name bench_vault -type f -perm -u+x | head -n1)"
"$bench" "$items" "$reps"

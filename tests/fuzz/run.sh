#!/usr/bin/env bash
# Builds every tests/fuzz/fuzz_<name>.cpp (clang, libFuzzer, ASan + UBSan) with the sources, pkg-config
# modules and libraries its fuzz_<name>.build lists, and fuzzes each for FUZZ_SECONDS (default 60).
# `run.sh NAME...` runs only those harnesses. Exits non-zero when a crash, leak, sanitizer report or failed
# invariant is found (the crashing input is left in tests/fuzz/crashes/; keep it in the harness's
# REGRESSIONS folder, which its regression test reads, and the harness is seeded with it).
# Needs clang 16 or newer with compiler-rt: Debian 12 packages clang-16 and libclang-rt-16-dev
# (packaging/install-deps.sh installs them). libstdc++ 12 only declares std::expected when
# __cpp_concepts >= 202002L; clang 16-18 implement what it needs (P0848) but still report 201907L, so the
# macro is raised on the command line. Clang 14 and 15 cannot compile it at all.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"

cxx=""
for candidate in "${CXX_FUZZ:-}" clang++-19 clang++-18 clang++-17 clang++-16 clang++; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1; then
    major="$("$candidate" -dumpversion | cut -d. -f1)"
    if [ "$major" -ge 16 ]; then cxx="$candidate"; break; fi
  fi
done
if [ -z "$cxx" ]; then
  echo "fuzz: clang++ 16 or newer is needed (Debian: apt-get install clang-16 libclang-rt-16-dev)" >&2
  exit 1
fi

work="${FUZZ_WORK_DIR:-$root/build/fuzz}"
mkdir -p "$work" "$here/crashes"
concepts=()
if [ "$("$cxx" -std=c++2b -dM -E -x c++ /dev/null | awk '$2 == "__cpp_concepts" { print $3 }' | tr -d L)" -lt 202002 ]; then
  concepts=(-Wno-macro-redefined -Wno-builtin-macro-redefined -D__cpp_concepts=202002L)
fi
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"

names=("$@")
if [ "${#names[@]}" -eq 0 ]; then
  for f in "$here"/fuzz_*.cpp; do n="$(basename "$f" .cpp)"; names+=("${n#fuzz_}"); done
fi

for name in "${names[@]}"; do
  SOURCES=() PKGS=() LIBS=() REGRESSIONS=""
  unset -f seed || true
  # shellcheck disable=SC1090
  source "$here/fuzz_$name.build"
  corpus="$work/corpus-$name"
  binary="$work/fuzz_$name"
  mkdir -p "$corpus"
  if [ -n "$REGRESSIONS" ] && [ -d "$root/$REGRESSIONS" ]; then
    cp -f "$root/$REGRESSIONS"/* "$corpus/" 2>/dev/null || true
  fi
  if declare -F seed >/dev/null; then seed "$corpus"; fi

  echo "fuzz: building fuzz_$name with $cxx"
  (cd "$root" && "$cxx" -std=c++2b "${concepts[@]}" -O1 -g -fPIC -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -DQT_NO_CAST_FROM_ASCII -DQT_NO_KEYWORDS -I"$root/src" \
    $(pkg-config --cflags "${PKGS[@]}") "$here/fuzz_$name.cpp" ${SOURCES[@]} \
    $(pkg-config --libs "${PKGS[@]}") "${LIBS[@]}" -o "$binary")

  echo "fuzz: running fuzz_$name for ${seconds}s"
  # libFuzzer's progress goes to a log (it is long); on a failure its last lines are shown.
  if ! "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$here/crashes/" "$corpus" > "$work/fuzz_$name.log" 2>&1; then
    tail -n 60 "$work/fuzz_$name.log" >&2
    echo "fuzz: fuzz_$name FAILED (full log: $work/fuzz_$name.log; the input is in $here/crashes/)" >&2
    exit 1
  fi
  echo "fuzz: fuzz_$name: no crash in ${seconds}s ($(grep -Eo 'Done [0-9]+ runs' "$work/fuzz_$name.log" | tail -n 1 || true))"
done

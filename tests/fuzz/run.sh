#!/usr/bin/env bash
# Builds tests/fuzz/fuzz_dotenv.cpp with the dotenv sources (clang, libFuzzer, ASan + UBSan) and fuzzes
# the dotenv reader/writer/linter for FUZZ_SECONDS (default 60). Exits non-zero when a crash, leak,
# sanitizer report or failed invariant is found (the crashing input is left in tests/fuzz/crashes/;
# keep it in tests/fuzz/regressions/, which tst_fuzzregressions parses).
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
mkdir -p "$work/corpus" "$here/crashes"
binary="$work/fuzz_dotenv"

# Seeds: the regression inputs plus a few hand-written files.
cp -f "$here"/regressions/* "$work/corpus/" 2>/dev/null || true
printf 'A=1\n# c\nexport B="x\\ny" # t\nC='"'"'q'"'"'\n' > "$work/corpus/seed-basic"
printf 'A=`m\nl`\r\nB: v\r\nK\n\xef\xbb\xbfX=${A:-d}#h\n' > "$work/corpus/seed-mixed"

echo "fuzz: building with $cxx"
# shellcheck disable=SC2046
concepts=()
if [ "$("$cxx" -std=c++2b -dM -E -x c++ /dev/null | awk '$2 == "__cpp_concepts" { print $3 }' | tr -d L)" -lt 202002 ]; then
  concepts=(-Wno-macro-redefined -Wno-builtin-macro-redefined -D__cpp_concepts=202002L)
fi
"$cxx" -std=c++2b "${concepts[@]}" -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -DQT_NO_CAST_FROM_ASCII -DQT_NO_KEYWORDS -I"$root/src" $(pkg-config --cflags Qt6Core) \
  "$here/fuzz_dotenv.cpp" "$root"/src/core/dotenv/*.cpp \
  $(pkg-config --libs Qt6Core) -o "$binary"

echo "fuzz: running for ${seconds}s"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
# libFuzzer's progress goes to a log (it is long); on a failure its last lines are shown.
if ! "$binary" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$here/crashes/" "$work/corpus" > "$work/fuzz.log" 2>&1; then
  tail -n 60 "$work/fuzz.log" >&2
  echo "fuzz: FAILED (full log: $work/fuzz.log; the input is in $here/crashes/)" >&2
  exit 1
fi
echo "fuzz: no crash in ${seconds}s ($(grep -Eo 'Done [0-9]+ runs' "$work/fuzz.log" | tail -n 1 || true))"

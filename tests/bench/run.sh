#!/usr/bin/env bash
# Benchmark: parse + write (toBytes) of a generated 100,000-line .env with Envsmith's DotenvDocument,
# against npm dotenv.parse (tests/oracles/node_modules/dotenv) on the same file, in the same run.
# Each side runs REPETITIONS times in one process (after one warm-up run); the table shows the median and
# the fastest run, in milliseconds. Usage: tests/bench/run.sh [BUILD_DIR] [REPETITIONS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
reps="${2:-15}"

cmake --build "$build" --target bench_dotenv >/dev/null
bench="$build/tests/bench_dotenv"
[ -x "$bench" ] || bench="$(find "$build" -name bench_dotenv -type f -perm -u+x | head -n1)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/bench.env"
# 100,000 lines: 60% plain assignments, 10% comments, 10% blank, 10% single-quoted with spaces,
# 10% double-quoted with \n escapes and a trailing comment.
awk 'BEGIN {
  for (i = 0; i < 100000; i++) {
    r = i % 10;
    if (r < 6)       printf "KEY_%d=value_%d_abcdefghijklmnopqrstuvwxyz0123456789\n", i, i;
    else if (r == 6) printf "# comment number %d about the next keys\n", i;
    else if (r == 7) printf "\n";
    else if (r == 8) printf "QUOTED_%d='"'"'a value with spaces %d'"'"'\n", i, i;
    else             printf "export MULTI_%d=\"line one\\nline two %d\" # trailing comment\n", i, i;
  }
}' > "$file"
lines="$(wc -l < "$file")"
size="$(wc -c < "$file")"

ours="$("$bench" "$file" "$reps")"
ours_py="$("$bench" "$file" "$reps" python)"
node_out="$(cd "$root/tests/oracles" && node -e '
const fs = require("fs"); const dotenv = require("dotenv");
const buf = fs.readFileSync(process.argv[1]); const reps = Number(process.argv[2]);
dotenv.parse(buf); // warm-up
const t = [];
let keys = 0;
for (let i = 0; i < reps; i++) {
  const s = process.hrtime.bigint(); const parsed = dotenv.parse(buf); const e = process.hrtime.bigint();
  t.push(Number(e - s) / 1e6); keys = Object.keys(parsed).length;
}
t.sort((a, b) => a - b);
const m = t.length % 2 ? t[(t.length - 1) / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
console.log("keys " + keys); console.log("parse " + m.toFixed(2) + " " + t[0].toFixed(2));
console.log("version " + require("dotenv/package.json").version + " node " + process.version);
' "$file" "$reps")"

field() { echo "$1" | awk -v k="$2" -v c="$3" '$1 == k { print $c }'; }
echo "File: $lines lines, $size bytes; $reps timed runs each (median / fastest, ms)"
echo "Reference: npm dotenv $(field "$node_out" version 2) on node $(field "$node_out" version 4)"
printf '%-44s %10s %10s\n' "reader" "median" "fastest"
printf '%-44s %10s %10s\n' "envsmith DotenvDocument::parse (npm rules)" "$(field "$ours" parse 2)" "$(field "$ours" parse 3)"
printf '%-44s %10s %10s\n' "envsmith toBytes (write)" "$(field "$ours" write 2)" "$(field "$ours" write 3)"
printf '%-44s %10s %10s\n' "envsmith parse + write (npm rules)" "$(field "$ours" total 2)" "$(field "$ours" total 3)"
printf '%-44s %10s %10s\n' "envsmith parse + write (python rules)" "$(field "$ours_py" total 2)" "$(field "$ours_py" total 3)"
printf '%-44s %10s %10s\n' "npm dotenv.parse" "$(field "$node_out" parse 2)" "$(field "$node_out" parse 3)"

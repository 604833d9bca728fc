#!/usr/bin/env bash
# Benchmark of the secret scanner (issue 6 §5). Prints one table.
#
# Builds, under BUILD_DIR/bench/scan (never committed):
#  - tree/: a ~200 MB git repository of real text files copied from this machine (/usr/include, the
#    uncompressed files of /usr/share/doc, Python's standard library), with one planted secret of every
#    built-in rule kind at a known file and line (random values made by this run);
#  - history/: a repository of >= 10,000 commits written with `git fast-import` (real header files
#    edited commit after commit, with planted secrets added and deleted again further down the history).
# Then times, on a warm page cache, the median of REPETITIONS runs of (each pair compared below run
# alternately, A B A B ..., so both see the same machine):
#  - `envsmith scan --repo tree --format json` (working tree),
#  - ripgrep with the built-in rules' keywords (`rg -i -F -f keywords`, the prefilter alone: the near-limit),
#  - git-secrets (`git secrets --scan`, --register-aws plus one ERE per provider),
#  - secretlint + preset-recommend (npm, installed into BUILD_DIR/bench/scan/npm; one run capped at
#    SECRETLINT_TIMEOUT seconds, recall from a run over the planted files),
#  - `envsmith scan --history` vs `git log -p --all` alone on history/,
#  - `envsmith scan` on this project's own source tree (goal: zero findings),
# and the recall of each tool on the planted secrets (a plant counts as found when the tool reports a
# line of it in its file).
#
# Usage: tests/bench/run-scan.sh [BUILD_DIR] [REPETITIONS]
# Environment: TREE_MB (default 200), HISTORY_COMMITS (default 10000), SECRETLINT_TIMEOUT (default 300),
# REGENERATE=1 to rebuild the trees, SKIP_BUILD=1 to use the binary already in BUILD_DIR.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
reps="${2:-3}"
tree_mb="${TREE_MB:-200}"
history_commits="${HISTORY_COMMITS:-10000}"
secretlint_timeout="${SECRETLINT_TIMEOUT:-300}"

work="$build/bench/scan"
tree="$work/tree"
history="$work/history"
out="$work/out"
mkdir -p "$work" "$out"
export GIT_AUTHOR_NAME="Envsmith Bench" GIT_AUTHOR_EMAIL="bench@envsmith.invalid"
export GIT_COMMITTER_NAME="Envsmith Bench" GIT_COMMITTER_EMAIL="bench@envsmith.invalid"
gitq=(git -c core.hooksPath=/dev/null -c commit.gpgsign=false -c init.defaultBranch=main)

log() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------------- tree
if [ "${REGENERATE:-0}" = 1 ]; then rm -rf "$tree" "$history"; fi
if [ ! -f "$work/plants.json" ] || [ ! -d "$tree/.git" ]; then
    rm -rf "$tree"
    mkdir -p "$tree"
    log "generating the ${tree_mb} MB tree in $tree ..."
    python3 - "$tree" "$tree_mb" "$work/plants.json" <<'PY'
import json, os, random, shutil, string, sys, base64

tree, limit_mb, plants_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
limit = limit_mb * 1000 * 1000
sources = [("/usr/include", "include"), ("/usr/share/doc", "doc"), ("/usr/lib/python3.11", "python")]
total = 0
copied = []
for src, name in sources:
    for dirpath, dirnames, filenames in os.walk(src):
        dirnames.sort()
        for f in sorted(filenames):
            if total >= limit:
                break
            path = os.path.join(dirpath, f)
            if os.path.islink(path) or f.endswith((".gz", ".pyc", ".so", ".bz2", ".xz")):
                continue
            try:
                with open(path, "rb") as fh:
                    data = fh.read()
            except OSError:
                continue
            if b"\0" in data[:8192]:
                continue
            rel = os.path.join(name, os.path.relpath(path, src))
            dest = os.path.join(tree, rel)
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            with open(dest, "wb") as fh:
                fh.write(data)
            total += len(data)
            copied.append(rel)
# top up with a second copy of the headers when the machine has fewer files than asked for
i = 0
headers = [c for c in copied if c.startswith("include/")]
while total < limit and i < len(headers):
    src = os.path.join(tree, headers[i])
    rel = "vendor/" + headers[i]
    os.makedirs(os.path.dirname(os.path.join(tree, rel)), exist_ok=True)
    shutil.copyfile(src, os.path.join(tree, rel))
    total += os.path.getsize(src)
    copied.append(rel)
    i += 1

rnd = random.Random()  # fresh values every generation
def r(chars, n): return "".join(rnd.choice(chars) for _ in range(n))
alnum = string.ascii_letters + string.digits
b64 = alnum + "+/"
urlsafe = alnum + "-_"
upper32 = string.ascii_uppercase + "234567"
hexd = "0123456789abcdef"
def b64url(obj): return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

pem_body = "\n".join(r(b64, 64) for _ in range(6))
kinds = [
    ("database-url-password", ['DATABASE_URL = "postgres://app_user:%s@db.internal.example:5432/app"' % r(alnum, 20)]),  # template, not a secret: gitleaks:allow
    ("jwt-secret-assignment", ['JWT_SIGNING_KEY = "%s"' % r(alnum, 40)]),
    ("jwt", ['Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.%s.%s'
             % (b64url({"sub": r(string.digits, 10), "iat": 1700000000}), r(urlsafe, 43))]),
    ("openai-api-key", ['client = OpenAI(api="sk-proj-%s")' % r(urlsafe, 56)]),
    ("anthropic-api-key", ['anthropic.Client("sk-ant-api03-%sAA")' % r(urlsafe, 93)]),
    ("google-api-key", ['gemini.configure(api="AIza%s")' % r(urlsafe, 35)]),
    ("aws-access-key-id", ['aws_access_key_id = %s' % ("AKIA" + r(upper32, 16))]),
    ("aws-secret-access-key", ['aws_secret_access_key = %s' % r(b64, 40)]),
    ("github-token", ['git remote add ci https://x:ghp_%s@github.example/org/repo' % r(alnum, 36)]),
    ("github-fine-grained-pat", ['GH_CLI_PAT: github_pat_%s' % r(alnum + "_", 82)]),
    ("slack-token", ['slack = WebClient("xoxb-%s-%s-%s")' % (r(string.digits, 12), r(string.digits, 13), r(alnum, 24))]),
    ("slack-webhook-url", ['notify_url = "https://hooks.slack.com/services/T%s/B%s/%s"' % (r(upper32, 8), r(upper32, 10), r(alnum, 24))]),
    ("stripe-secret-key", ['stripe.api_base_key = "sk_live_%s"' % r(alnum, 24)]),
    ("private-key", ["-----BEGIN RSA PRIVATE KEY-----"] + pem_body.split("\n") + ["-----END RSA PRIVATE KEY-----"]),
    ("generic-secret-assignment", ['db_password = "%s"' % r(alnum + "!#%", 18)]),
    ("high-entropy-base64", ['static const char *blob = "%s";' % r(b64, 48)]),
    ("high-entropy-hex", ['static const char *digest = "%s";' % r(hexd, 64)]),
]
candidates = [c for c in copied if c.endswith((".h", ".py", ".txt", ".html", ".md")) and "/" in c]
step = max(1, len(candidates) // (len(kinds) + 1))
plants = []
for k, (kind, lines) in enumerate(kinds):
    rel = candidates[(k + 1) * step]
    path = os.path.join(tree, rel)
    with open(path, "rb") as fh:
        content = fh.read().split(b"\n")
    at = min(40, len(content) // 2)
    content[at:at] = [l.encode() for l in lines]
    with open(path, "wb") as fh:
        fh.write(b"\n".join(content))
    plants.append({"kind": kind, "file": rel, "first": at + 1, "last": at + len(lines)})
json.dump({"bytes": total, "files": len(copied), "plants": plants}, open(plants_path, "w"), indent=1)
PY
    ( cd "$tree" && "${gitq[@]}" init -q && "${gitq[@]}" add -A && "${gitq[@]}" commit -q -m tree )
fi

# ------------------------------------------------------------------------------------------- history
if [ ! -d "$history/.git" ] || [ ! -f "$work/history-plants.json" ]; then
    rm -rf "$history"
    log "generating a ${history_commits}-commit history in $history ..."
    "${gitq[@]}" init -q "$history"
    python3 - "$history_commits" "$work/history-plants.json" "$work/plants.json" "$tree" <<'PY' |
import json, os, random, sys
commits, plants_out, plants_in, tree = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
rnd = random.Random(6)
pool = []
for dirpath, dirnames, filenames in os.walk("/usr/include"):
    dirnames.sort()
    for f in sorted(filenames):
        if f.endswith(".h") and not os.path.islink(os.path.join(dirpath, f)):
            try:
                data = open(os.path.join(dirpath, f), "rb").read()
            except OSError:
                continue
            if 2000 < len(data) < 40000:
                pool.append(data.split(b"\n"))
    if len(pool) > 3000:
        break
paths = ["src/module%03d/file%02d.h" % (i // 8, i % 8) for i in range(400)]
files = {}
plants = json.load(open(plants_in))["plants"]
tree_lines = {}
for p in plants:
    lines = open(os.path.join(tree, p["file"]), "rb").read().split(b"\n")
    tree_lines[p["kind"]] = lines[p["first"] - 1:p["last"]]
first_plant = 1000
spacing = max(1, (commits - first_plant - 200) // max(1, len(plants)))
planted = {}
hist = []
out = sys.stdout.buffer
mark = 0
def w(b): out.write(b)
for c in range(commits):
    changes = []
    if c < len(paths) // 4:
        for p in paths[c * 4:(c + 1) * 4]:
            files[p] = list(rnd.choice(pool))
            changes.append(("M", p))
    else:
        p = rnd.choice(paths)
        lines = files[p]
        src = rnd.choice(pool)
        a = rnd.randrange(len(lines))
        b = min(len(lines), a + rnd.randrange(1, 12))
        s = rnd.randrange(len(src))
        lines[a:b] = src[s:s + rnd.randrange(1, 14)]
        if len(lines) > 1200:
            del lines[:400]
        changes.append(("M", p))
    k = (c - first_plant) // spacing if c >= first_plant else -1
    if c >= first_plant and (c - first_plant) % spacing == 0 and k < len(plants):
        kind = plants[k]["kind"]
        p = "config/settings_%02d.py" % k
        files[p] = [b"# settings"] + tree_lines[kind] + [b""]
        planted[kind] = {"kind": kind, "file": p, "added_in": c}
        changes.append(("M", p))
    for kind, info in planted.items():
        if info.get("deleted_in") is None and c == info["added_in"] + 50:
            info["deleted_in"] = c
            files.pop(info["file"], None)
            changes.append(("D", info["file"]))
    w(b"commit refs/heads/main\n")
    ts = 1600000000 + c * 600
    w(b"committer Envsmith Bench <bench@envsmith.invalid> %d +0000\n" % ts)
    msg = b"change %d" % c
    w(b"data %d\n%s\n" % (len(msg), msg))
    for op, p in changes:
        if op == "D":
            w(b"D %s\n" % p.encode())
        else:
            data = b"\n".join(files[p])
            w(b"M 100644 inline %s\ndata %d\n" % (p.encode(), len(data)))
            w(data + b"\n")
    w(b"\n")
json.dump(list(planted.values()), open(plants_out, "w"), indent=1)
PY
    (cd "$history" && "${gitq[@]}" fast-import --quiet && "${gitq[@]}" checkout -q main)
fi

# ------------------------------------------------------------------------------------------- binary
[ "${SKIP_BUILD:-0}" = 1 ] || cmake --build "$build" --target envsmith >/dev/null
envsmith="$build/src/envsmith"
[ -x "$envsmith" ] || envsmith="$(find "$build" -name envsmith -type f -perm -u+x | head -n1)"
[ -x "$envsmith" ] || { log "no envsmith binary in $build"; exit 1; }

# ------------------------------------------------------------------------------------------- helpers
# median of REPETITIONS wall times (seconds) of a command; its output goes to $out/<name>.out/.err
declare -A median_s rc_of
timeit() {
    local name="$1"; shift
    local times=() t0 t1 rc
    "$@" >"$out/$name.out" 2>"$out/$name.err" || true # warm-up
    for ((i = 0; i < reps; i++)); do
        t0=$(date +%s.%N)
        set +e
        "$@" >"$out/$name.out" 2>"$out/$name.err"
        rc=$?
        set -e
        t1=$(date +%s.%N)
        times+=("$(echo "$t1 - $t0" | bc -l)")
    done
    median_s[$name]=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.3f", (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}')
    rc_of[$name]=$rc
}

# timepair NAME_A "CMD A..." NAME_B "CMD B...": like timeit for two commands, run alternately (A B A B ...)
# so that both see the same machine: on a shared VM the speed drifts by 10-15% over a minute, and two
# back-to-back series put that drift into the ratio. Each command is one string, run by bash -c.
timepair() {
    local name_a="$1" cmd_a="$2" name_b="$3" cmd_b="$4"
    local times_a=() times_b=() t0 t1 rc
    bash -c "$cmd_a" >"$out/$name_a.out" 2>"$out/$name_a.err" || true # warm-up
    bash -c "$cmd_b" >"$out/$name_b.out" 2>"$out/$name_b.err" || true
    for ((i = 0; i < reps; i++)); do
        for side in a b; do
            local name cmd
            if [ "$side" = a ]; then name=$name_a cmd=$cmd_a; else name=$name_b cmd=$cmd_b; fi
            t0=$(date +%s.%N)
            set +e
            bash -c "exec $cmd" >"$out/$name.out" 2>"$out/$name.err"
            rc=$?
            set -e
            t1=$(date +%s.%N)
            if [ "$side" = a ]; then times_a+=("$(echo "$t1 - $t0" | bc -l)"); else times_b+=("$(echo "$t1 - $t0" | bc -l)"); fi
            rc_of[$name]=$rc
        done
    done
    median_s[$name_a]=$(printf '%s\n' "${times_a[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.3f", (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}')
    median_s[$name_b]=$(printf '%s\n' "${times_b[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.3f", (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}')
}

# recall NAME PARSER: PARSER prints "file<TAB>line" per reported hit of tool output $out/NAME.*
recall() {
    python3 - "$work/plants.json" "$1" "$out" "$tree" <<'PY'
import json, os, re, sys
plants = json.load(open(sys.argv[1]))["plants"]
name, outdir, tree = sys.argv[2], sys.argv[3], sys.argv[4]
hits = set()
def add(f, l):
    f = os.path.normpath(f)
    if f.startswith(tree + "/"):
        f = f[len(tree) + 1:]
    hits.add((f, int(l)))
text = open(os.path.join(outdir, name + ".out"), errors="replace").read() + \
       open(os.path.join(outdir, name + ".err"), errors="replace").read()
if name.startswith("envsmith"):
    try:
        for f in json.loads(open(os.path.join(outdir, name + ".out")).read())["findings"]:
            add(f["file"], f["line"])
    except Exception:
        pass
elif name.startswith("secretlint"):
    try:
        for res in json.loads(open(os.path.join(outdir, name + ".out")).read()):
            for m in res.get("messages", []):
                add(res["filePath"], m["loc"]["start"]["line"])
    except Exception:
        pass
else:  # rg / git-secrets: path:line:text
    for line in text.splitlines():
        m = re.match(r"^([^:]+):(\d+):", line)
        if m:
            add(m.group(1), m.group(2))
found = [p["kind"] for p in plants if any((p["file"], l) in hits for l in range(p["first"], p["last"] + 1))]
missed = [p["kind"] for p in plants if p["kind"] not in found]
print("%d/%d%s" % (len(found), len(plants), (" (missed: " + ", ".join(missed) + ")") if missed else ""))
PY
}

# ---------------------------------------------------------------------------------------------- tools
keywords="$work/keywords.txt"
sed -n '/^keywords = \[/{s/^keywords = \[//;s/\]$//;s/", *"/\n/g;s/"//g;p}' "$root/src/core/hygiene/ScanRuleSet.cpp" \
    | tr 'A-Z' 'a-z' | sort -u >"$keywords"
[ -s "$keywords" ] || { log "no keywords found in src/core/hygiene/ScanRuleSet.cpp"; exit 1; }

cat "$tree/.git/index" >/dev/null; find "$tree" -type f -not -path '*/.git/*' -exec cat {} + >/dev/null

log "envsmith scan (working tree) and ripgrep keywords, alternately ..."
timepair envsmith-tree "$(printf '%q ' "$envsmith" scan --repo "$tree" --format json)" \
    rg-keywords "$(printf '%q ' rg --hidden --glob '!.git' -i -F -n -f "$keywords" "$tree")"

if command -v git-secrets >/dev/null; then
    (
        cd "$tree"
        if ! git config --get-all secrets.patterns | grep -q 'github_pat_'; then
            git secrets --register-aws >/dev/null
            for p in \
                '(postgres|postgresql|mysql|mariadb|mongodb|redis|amqp)://[^:/ ]+:[^@/ ]+@' \
                '(JWT|jwt|SESSION|session|SIGNING|signing)_?[A-Za-z_]*(SECRET|secret|KEY|key)[ ]*[:=][ ]*["'"'"']?[A-Za-z0-9+/_-]{16,}' \
                'eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}' \
                'sk-(proj|svcacct|admin)-[A-Za-z0-9_-]{40,}' \
                'sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA' \
                'AIza[0-9A-Za-z_-]{35}' \
                '(ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}' \
                'github_pat_[0-9A-Za-z_]{82}' \
                'xox[abposre]-[0-9]{10,13}-[0-9A-Za-z-]{10,}' \
                'hooks\.slack\.com/(services|workflows|triggers)/[A-Za-z0-9+/]{43,56}' \
                '(sk|rk)_(test|live|prod)_[0-9A-Za-z]{10,99}' \
                'BEGIN[ A-Z0-9_-]*PRIVATE KEY' \
                '(password|passwd|pwd|secret|token|api_?key)[ ]*[:=][ ]*["'"'"']?[^ "'"'"']{8,}'; do
                git secrets --add -- "$p"
            done
        fi
    )
    log "git-secrets ..."
    timeit git-secrets bash -c 'cd "$1" && git secrets --scan' _ "$tree"
fi

secretlint_note=""
npm_dir="$work/npm"
if [ ! -x "$npm_dir/node_modules/.bin/secretlint" ]; then
    mkdir -p "$npm_dir"
    log "npm install secretlint ..."
    if ! (cd "$npm_dir" && npm install --silent --no-audit --no-fund secretlint @secretlint/secretlint-rule-preset-recommend >"$out/npm-install.log" 2>&1); then
        secretlint_note="npm install failed (no registry?), see $out/npm-install.log"
    fi
fi
if [ -x "$npm_dir/node_modules/.bin/secretlint" ]; then
    echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' >"$npm_dir/.secretlintrc.json"
    planted_files=$(python3 -c 'import json,sys; print("\n".join(sorted({p["file"] for p in json.load(open(sys.argv[1]))["plants"]})))' "$work/plants.json")
    (cd "$npm_dir" && mapfile -t files < <(printf '%s\n' "$planted_files" | sed "s|^|$tree/|") &&
        node_modules/.bin/secretlint --format json --secretlintrc .secretlintrc.json "${files[@]}" \
        >"$out/secretlint-planted.out" 2>"$out/secretlint-planted.err") || true
    log "secretlint on the whole tree (at most ${secretlint_timeout} s) ..."
    t0=$(date +%s.%N)
    set +e
    (cd "$npm_dir" && timeout "$secretlint_timeout" node_modules/.bin/secretlint --format json \
        --secretlintrc .secretlintrc.json "$tree/**/*" >"$out/secretlint.out" 2>"$out/secretlint.err")
    rc=$?
    set -e
    t1=$(date +%s.%N)
    if [ "$rc" = 124 ]; then
        median_s[secretlint]="> $secretlint_timeout"
        secretlint_note="stopped after ${secretlint_timeout} s (1 run); recall from a run over the planted files"
    else
        median_s[secretlint]=$(echo "$t1 - $t0" | bc -l | xargs printf '%.3f')
        secretlint_note="1 run; recall from a run over the planted files"
    fi
fi

log "history: git log -p --all and envsmith scan --history, alternately ..."
timepair git-log-p "$(printf '%q ' git -C "$history" log -p --all) >/dev/null" \
    envsmith-history "$(printf '%q ' "$envsmith" scan --repo "$history" --history --format json)"
log "envsmith scan on the project's own source tree ..."
timeit envsmith-self "$envsmith" scan --repo "$root" --format json

# ---------------------------------------------------------------------------------------------- table
tree_bytes=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%.1f MB, %d files" % (d["bytes"]/1e6, d["files"]))' "$work/plants.json")
hist_commits=$(git -C "$history" rev-list --count --all)
hist_blobs=$(git -C "$history" cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' | awk '$1=="blob"{n++; s+=$2} END {printf "%d blobs, %.1f MB", n, s/1e6}')
count_findings() { python3 -c 'import json,sys
try: print(len(json.load(open(sys.argv[1]))["findings"]))
except Exception as e: print("n/a (%s)" % type(e).__name__)' "$1"; }
hist_recall=$(python3 - "$work/history-plants.json" "$out/envsmith-history.out" <<'PY'
import json, sys
plants = json.load(open(sys.argv[1]))
try:
    files = {f["file"] for f in json.load(open(sys.argv[2]))["findings"]}
except Exception:
    files = set()
missed = [p["kind"] for p in plants if p["file"] not in files]
print("%d/%d%s" % (len(plants) - len(missed), len(plants), (" (missed: " + ", ".join(missed) + ")") if missed else ""))
PY
)
rg=${median_s[rg-keywords]}
ratio() { case "$1" in ''|'>'*) echo "-" ;; *) echo "$(echo "scale=2; $1 / $2" | bc -l | sed 's/^\./0./')×" ;; esac; }

echo
echo "Tree: $tree_bytes (17 planted secrets, one per built-in kind); history: $hist_commits commits, $hist_blobs."
echo "Median of $reps runs after a warm-up, warm page cache, $(nproc) cores, $(date -u +%Y-%m-%d)."
echo
echo "| run | what | seconds | vs rg keywords | recall on planted | exit | notes |"
echo "|---|---|---|---|---|---|---|"
echo "| envsmith scan | working tree | ${median_s[envsmith-tree]} | $(ratio "${median_s[envsmith-tree]}" "$rg") | $(recall envsmith-tree) | ${rc_of[envsmith-tree]} | $(count_findings "$out/envsmith-tree.out") findings; goal ≤ 1.0× rg |"
echo "| ripgrep $(rg --version | head -n1 | cut -d' ' -f2) keywords | working tree | $rg | 1.00× | $(recall rg-keywords) | ${rc_of[rg-keywords]} | $(wc -l <"$keywords") keywords, -i -F; $(wc -l <"$out/rg-keywords.out") matching lines; prefilter only |"
if [ -n "${median_s[git-secrets]:-}" ]; then
    echo "| git-secrets $(dpkg-query -W -f '${Version}' git-secrets 2>/dev/null) | tracked files | ${median_s[git-secrets]} | $(ratio "${median_s[git-secrets]}" "$rg") | $(recall git-secrets) | ${rc_of[git-secrets]} | --register-aws + 13 provider EREs |"
fi
if [ -n "${median_s[secretlint]:-}" ]; then
    echo "| secretlint $(cd "$npm_dir" && node -p 'require("secretlint/package.json").version' 2>/dev/null) | working tree | ${median_s[secretlint]} | $(ratio "${median_s[secretlint]}" "$rg") | $(recall secretlint-planted) | - | preset-recommend; $secretlint_note |"
else
    echo "| secretlint | - | - | - | - | - | skipped: $secretlint_note |"
fi
echo "| git log -p --all | history | ${median_s[git-log-p]} | - | - | ${rc_of[git-log-p]} | patch text only, no matching |"
echo "| envsmith scan --history | history | ${median_s[envsmith-history]} | $(ratio "${median_s[envsmith-history]}" "${median_s[git-log-p]}") git log -p | $hist_recall | ${rc_of[envsmith-history]} | $(count_findings "$out/envsmith-history.out") findings; goal ≤ 0.5× git log -p |"
echo "| envsmith scan | this project's source | ${median_s[envsmith-self]} | - | - | ${rc_of[envsmith-self]} | $(count_findings "$out/envsmith-self.out") findings; goal 0 |"

#!/usr/bin/env bash
# Runs AICET's benchmarks and prints Markdown for docs/PERFORMANCE.md.
# Usage: tests/bench/run-benchmarks.sh BUILD_DIR   (./aicet.sh bench does the build first)
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
cli="$build/app/cli/aicet-cli"
data="$root/tests/data/conformance"

echo "## Machine"
echo
echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GiB; $(. /etc/os-release && echo "$PRETTY_NAME"); $(g++ --version | head -1)"
echo "- Date: $(date -u +%Y-%m-%d)"
echo

echo "## Replay of the shared catR simulation (whole process, files read included)"
echo
replay=("$cli" simulate --bank "$data/bank_3pl_300.csv" --true-theta "$data/simulation/true_theta_1000.csv"
    --replay "$data/simulation/resp_1000x300.csv" --length 30 --selection mfi --estimator eap --grid -4,4,33
    --start-theta 0)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"${replay[@]}" --csv "$out/sim.csv" >"$out/summary.txt"
same=$(python3 - "$out/sim.csv" "$data/simulation/catR_results_300.csv" <<'PY'
import csv, sys
ours = {r["sim_id"]: r["items"] for r in csv.DictReader(open(sys.argv[1]))}
ref = {r["sim_id"]: r["items"] for r in csv.DictReader(open(sys.argv[2]))}
print(sum(1 for k in ref if ours.get(k) == ref[k]))
PY
)
echo '```'
cat "$out/summary.txt"
echo '```'
echo
echo "Same item sequence as catR: $same of 1000 candidates."
echo
runs=21
times=()
for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "${replay[@]}" >/dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
min=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
max=$(printf '%s\n' "${times[@]}" | sort -n | tail -1)
echo "Whole process over $runs runs: median $((median / 1000)).$(printf '%03d' $((median % 1000))) ms" \
    "(min $((min / 1000)) ms, max $((max / 1000)) ms); catR 111 s, jsCAT 135 s:" \
    "$(python3 -c "print(f'{111e6 / $median:.0f}')")× faster than catR."
rss=$( { /usr/bin/time -f '%M' "${replay[@]}" >/dev/null; } 2>&1 | tail -1)
echo "Peak memory (max RSS): $((rss / 1024)) MiB."
echo

"$build/tests/bench/bench_engine"
echo
"$build/tests/bench/bench_bank"
echo
times=()
for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$cli" bank validate "$root/question-banks/aicet" >/dev/null
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
echo "Whole process \`aicet-cli bank validate question-banks/aicet\` over $runs runs: median" \
    "$((median / 1000)).$(printf '%03d' $((median % 1000))) ms."

echo
echo "## Calibration (aicet-cli calibrate, whole command)"
echo
gzip -dc "$data/mirt/resp_2PL_10000x100.csv.gz" >"$out/r10k.csv"
# A sparse design: 50,000 pupils, 300 items, 30 random items each (2PL, a in [0.5, 2], b ~ N(0, 1)).
python3 - "$out/sparse.csv" <<'PY'
import math, random, sys
random.seed(5)
J, N = 300, 50000
a = [0.5 + 1.5 * random.random() for _ in range(J)]
b = [random.gauss(0, 1) for _ in range(J)]
with open(sys.argv[1], "w") as f:
    f.write("person," + ",".join(str(j + 1) for j in range(J)) + "\n")
    for i in range(N):
        th = random.gauss(0, 1)
        given = set(random.sample(range(J), 30))
        row = []
        for j in range(J):
            if j in given:
                p = 1 / (1 + math.exp(-a[j] * (th - b[j])))
                row.append("1" if random.random() < p else "0")
            else:
                row.append("")
        f.write(str(i + 1) + "," + ",".join(row) + "\n")
PY
for set in "2PL 2000x30:$data/mirt/resp_2PL_2000x30.csv:2PL" "2PL 10000x100:$out/r10k.csv:2PL" \
    "3PL 2000x30 (no prior):$data/mirt/resp_3PL_2000x30.csv:3PL --guessing free --max-cycles 5000" \
    "sparse 50000x300:$out/sparse.csv:2PL"; do
    IFS=: read -r name file options <<<"$set"
    for threads in 1 2; do
        echo "- $name, $threads thread(s): $("$cli" calibrate --responses "$file" --model $options --threads $threads \
            --no-analysis --out "$out/calibration" | grep -v "report written" | tr '\n' ' ')"
    done
done
echo "- item analysis of the 2PL 10000x100 fit (fit, Q3): $("$cli" calibrate --responses "$out/r10k.csv" \
    --out "$out/calibration" | grep "item analysis")"

echo
pgdir=${TMPDIR:-/tmp}/aicet-pg-bench-$(id -u)
pgurl=$("$root/tests/support/pg-test-server.sh" start "$pgdir" "${AICET_PG_BENCH_PORT:-55433}")
trap '"$root/tests/support/pg-test-server.sh" stop "$pgdir"; rm -rf "$out"' EXIT
"$build/tests/bench/bench_store" "$pgurl"
echo
QT_QPA_PLATFORM=offscreen "$build/tests/bench/bench_staff" "$pgurl"
echo
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/bench/bench_gui"

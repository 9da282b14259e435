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
pgdir=${TMPDIR:-/tmp}/aicet-pg-bench-$(id -u)
pgurl=$("$root/tests/support/pg-test-server.sh" start "$pgdir" "${AICET_PG_BENCH_PORT:-55433}")
trap '"$root/tests/support/pg-test-server.sh" stop "$pgdir"; rm -rf "$out"' EXIT
"$build/tests/bench/bench_store" "$pgurl"
echo
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tests/bench/bench_gui"

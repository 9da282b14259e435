#!/usr/bin/env bash
# The simulation studies behind docs/PSYCHOMETRICS.md ("Honest scores"): every figure there comes
# from this script, with the AICET bank's own settings unless a line says otherwise.
# Usage: tests/bench/psychometrics-study.sh BUILD_DIR [BANK]   (about two minutes on 2 cores)
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR [BANK]}
root=$(cd "$(dirname "$0")/../.." && pwd)
cli="$build/app/cli/aicet-cli"
bank=${2:-$root/question-banks/aicet}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# 400 simulees at each θ from −3.5 to 3.5 by 0.5.
python3 - >"$out/grid.csv" <<'PY'
print("id,theta")
k = 0
for i in range(15):
    for _ in range(400):
        k += 1
        print(f"s{k},{-3.5 + 0.5 * i}")
PY

run() {
    echo "\$ aicet-cli simulate --bank <aicet> $*"
    "$cli" simulate --bank "$bank" "$@" | grep -v -e '^simulation time' -e '^bank:'
    echo
}

echo "## 1. Pupils who answer without reading (10,000 sittings each)"
run --simulees 10000 --answers random --seed 7
run --simulees 10000 --answers first --seed 7
echo "## 2. Pupils who answer as the model says (N(0,1)), the bank's defaults"
run --simulees 5000 --seed 7
echo "## 3. Along θ, the bank's defaults (classification stopping, exposure control)"
run --true-theta "$out/grid.csv" --seed 7
echo "## 4. Along θ, stopping on precision (SE 0.35)"
run --true-theta "$out/grid.csv" --seed 7 --stop precision
echo "## 5. Before exposure control: no Sympson-Hetter, no limit of partial-credit items, SE stop"
run --simulees 5000 --seed 7 --sympson-hetter no --max-partial-credit 0 --stop precision
echo "## 6. Exposure control alone (SE stop), to separate its cost from the stopping rule's"
run --simulees 5000 --seed 7 --stop precision
echo "## 7. If the areas were distinct abilities: the area criterion with dimension correlations of 0.5 and 0.8"
for rho in 0.5 0.8; do
    mkdir -p "$out/bank$rho" && cp -r "$bank/items" "$out/bank$rho/"
    sed "s/^  dimension_correlation: 1.0/  dimension_correlation: $rho/" "$bank/bank.yaml" >"$out/bank$rho/bank.yaml"
    echo "\$ aicet-cli simulate --bank <aicet with dimension_correlation $rho> --simulees 3000 --seed 7"
    "$cli" simulate --bank "$out/bank$rho" --simulees 3000 --seed 7 | grep -e PRMSE -e 'levels stated'
done

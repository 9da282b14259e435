#!/usr/bin/env bash
# Makes docs/screenshots/{fr,en}-60-item-*.png: questions of the AICET bank as a pupil's
# 1024 × 768 window shows them, at the usual and a large text size, under Xvfb.
# Usage: tools/screenshots/bank-items.sh ID[,ID...] [BUILD_DIR]   (default build/dev)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
ids=${1:?usage: bank-items.sh ID[,ID...] [BUILD_DIR]}
build=${2:-$root/build/dev}
cmake --build "$build" --target aicet-screenshots
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tools/screenshots/aicet-screenshots" "$root/docs/screenshots" "$root" \
    --items "$ids"

#!/usr/bin/env bash
# Makes docs/screenshots/*.png: every screen and item type in French and English, in a real window
# under Xvfb. Usage: tools/screenshots/make-screenshots.sh [BUILD_DIR]   (default build/dev)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
cmake --build "$build" --target aicet-screenshots
# Only the images this tour makes (NN below 40) are replaced; the certificate, report and
# verification-page images (40 and above) come from other tools and are kept.
rm -f "$root"/docs/screenshots/fr-[0-3][0-9]-*.png "$root"/docs/screenshots/en-[0-3][0-9]-*.png
xvfb-run -a -s "-screen 0 1366x768x24" "$build/tools/screenshots/aicet-screenshots" "$root/docs/screenshots" "$root"

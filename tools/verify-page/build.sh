#!/usr/bin/env bash
# Builds reports/verify-page.html: the verification page with its script bundled from npm
# (@noble/ed25519, @noble/hashes, bundled by esbuild). The result is committed, so that building
# AICET never needs the network; run this after changing src/ or the package versions.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run build
python3 - <<'PY'
script = open('dist/verify.js', encoding='utf-8').read()
assert '</script' not in script.lower()
page = open('template.html', encoding='utf-8').read().replace('/*SCRIPT*/', script)
open('../../reports/verify-page.html', 'w', encoding='utf-8').write(page)
PY
echo "reports/verify-page.html written"

#!/usr/bin/env bash
# AICET's entry point for a fresh Debian 12 machine. Two commands do everything:
#   ./aicet.sh run    install what is missing, build, and run AICET (the desktop window) on the bundled bank
#   ./aicet.sh test   install what is missing, build, and run the whole test suite (CTest)
# Also: ./aicet.sh build (set-up and build only), ./aicet.sh bench (benchmarks, on demand).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian packages the build, the tests and the benchmarks need.
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config clang-format
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev qt6-speech-dev qt6-speech-flite-plugin qt6-declarative-dev qt6-svg-dev
    qt6-translations-l10n fonts-opendyslexic fonts-dejavu-core xvfb xauth
    libqt6sql6-sqlite libqt6sql6-psql postgresql
    libyaml-cpp-dev python3-jsonschema python3-yaml desktop-file-utils appstream
    libssl-dev libsodium-dev libqrencode-dev libzip-dev libpoppler-qt6-dev poppler-utils zbar-tools chromium
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]} == 0)); then
        return
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Missing packages (${missing[*]}) and no sudo: run as root." >&2; exit 1; }
        sudo=(sudo)
    fi
    log "Installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    log "Configuring and building (preset $preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$(nproc)"
}

command=${1:-run}
case "$command" in
run)
    install_missing
    build dev
    # The pupil's window, on the bundled AICET bank (its practice sitting exists from the start),
    # with the embedded SQLite database in ~/.local/share/aicet/. Without a display, the same
    # engine is shown in the terminal: an adaptive-testing simulation of the bundled bank.
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        log "Starting AICET (database: ~/.local/share/aicet/aicet.sqlite)"
        exec ./build/dev/app/gui/aicet
    fi
    log "No display found: showing the adaptive engine on the bundled AICET bank in the terminal instead"
    ./build/dev/app/cli/aicet-cli bank validate question-banks/aicet
    exec ./build/dev/app/cli/aicet-cli simulate --bank question-banks/aicet --simulees 1000 --seed 2023 --trace 1
    ;;
test)
    install_missing
    build testing
    # The multi-room tests run against a real PostgreSQL server: a private one on loopback,
    # started for this run and stopped after it.
    pgdir=${TMPDIR:-/tmp}/aicet-pg-test-$(id -u)
    log "Starting a private PostgreSQL server for the tests"
    AICET_TEST_PGURL=$(tests/support/pg-test-server.sh start "$pgdir" "${AICET_PG_PORT:-55432}")
    export AICET_TEST_PGURL
    trap 'tests/support/pg-test-server.sh stop "$pgdir"' EXIT
    log "Running the test suite"
    ctest --preset testing -j "$(nproc)"
    ;;
build)
    install_missing
    build dev
    ;;
bench)
    install_missing
    build release-bench
    exec tests/bench/run-benchmarks.sh build/release-bench
    ;;
*)
    echo "usage: $0 run|test|build|bench" >&2
    exit 2
    ;;
esac

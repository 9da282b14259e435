#!/usr/bin/env bash
# Starts (or stops) a private PostgreSQL server on loopback for the test suite, from Debian's
# postgresql package, and prints its connection URL. Used by ./aicet.sh test.
#   tests/support/pg-test-server.sh start DIR PORT   -> prints postgresql://aicet@127.0.0.1:PORT/aicet_test
#   tests/support/pg-test-server.sh stop DIR
set -euo pipefail
action=${1:?start|stop}
dir=${2:?data folder}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian package postgresql)" >&2; exit 1; }

# The server refuses to run as root: run it as the postgres user then.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ -f "$dir/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir" -A trust -U aicet -E UTF8 --no-instructions >"$dir.initdb.log" 2>&1 ||
        { cat "$dir.initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=64MB" start >/dev/null
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U aicet aicet_test
    echo "postgresql://aicet@127.0.0.1:$port/aicet_test"
    ;;
stop)
    [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac

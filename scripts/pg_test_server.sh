#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL server (issue 7: the suite runs on SQLite and PG).
#
#   scripts/pg_test_server.sh COMMAND...   start a server, run COMMAND with BACKOFFICE_TEST_PG set
#                                          to its SQLAlchemy URL, stop the server, exit with COMMAND's code
#   scripts/pg_test_server.sh --available  exit 0 when PostgreSQL's server binaries are found
#
# The cluster lives in a temp dir (data, unix socket, log) on a free 127.0.0.1 port, trusts local
# connections, skips fsync (nothing in it survives), and is stopped and deleted on exit (trap).
# initdb refuses to run as root, so as root the server runs as the `postgres` user.
# Without the binaries it prints one line and exits 0, unless BACKOFFICE_REQUIRE_PG=1 (CI): then 1.
set -euo pipefail

find_bindir() {
    local dir
    if [[ -n "${PG_BINDIR:-}" && -x "$PG_BINDIR/initdb" ]]; then echo "$PG_BINDIR"; return 0; fi
    # Debian/Ubuntu keep the server outside PATH, one folder per major version: take the newest.
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r); do
        if [[ -x "$dir/initdb" ]]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

if [[ "${1:-}" == "--available" ]]; then
    find_bindir >/dev/null
    exit $?
fi
if [[ $# -eq 0 ]]; then
    echo "usage: $0 COMMAND... | --available" >&2
    exit 2
fi

if ! bindir="$(find_bindir)"; then
    if [[ "${BACKOFFICE_REQUIRE_PG:-0}" == "1" ]]; then
        echo "PostgreSQL server binaries not found (BACKOFFICE_REQUIRE_PG=1): failing" >&2
        exit 1
    fi
    echo "PostgreSQL run SKIPPED: no PostgreSQL server installed (initdb not found); SQLite run only"
    exit 0
fi

as_server_user=()
workdir="$(mktemp -d "${TMPDIR:-/tmp}/backoffice-pg.XXXXXX")"
if [[ "$(id -u)" == "0" ]]; then
    chown postgres: "$workdir"
    as_server_user=(runuser -u postgres --)
fi

cleanup() {
    "${as_server_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

"${as_server_user[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$workdir/initdb.log" 2>&1 \
    || { cat "$workdir/initdb.log" >&2; exit 1; }
# Throw-away data: durability settings off for speed; enough connections for tests that hold a
# few engines each (two "PCs", a relay lock, the GUI's worker).
"${as_server_user[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -t 60 start \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$workdir \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null || { cat "$workdir/server.log" >&2; exit 1; }

version="$("$bindir/postgres" --version)"
echo "PostgreSQL run: $version on 127.0.0.1:$port (data in $workdir)"
export BACKOFFICE_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
set +e
"$@"
status=$?
set -e
exit "$status"

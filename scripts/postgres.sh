#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL 15 for the tests, on 127.0.0.1, in a
# scratch folder. Installs Debian's postgresql package first when it is missing
# (that needs root, as CI has).
#
#   scripts/postgres.sh start [DIR] [PORT]   prints the connection string
#   scripts/postgres.sh stop  [DIR]
set -euo pipefail

cmd=${1:-}
dir=${2:-/tmp/cairn-postgres}
port=${3:-5433}
bin=/usr/lib/postgresql/15/bin

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    if [ ! -x "$bin/pg_ctl" ]; then
      echo "Installing PostgreSQL from Debian's packages..." >&2
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust \
        -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    fi
    if ! as_postgres "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $dir -c max_connections=300 -c fsync=off" \
        start >&2
    fi
    echo "postgresql://postgres@127.0.0.1:$port"
    ;;
  stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
      as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
    fi
    ;;
  *)
    echo "usage: $0 start|stop [DIR] [PORT]" >&2
    exit 2
    ;;
esac

#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and benchmarks; installs Debian's postgresql when missing.
# usage: scripts/postgres.sh start|stop|url
# env:   PLATFORMA_PG_DIR (default /tmp/platforma-pg), PLATFORMA_PG_PORT (55432), PLATFORMA_PG_MAX_CONNECTIONS (300)
set -euo pipefail
dir=${PLATFORMA_PG_DIR:-/tmp/platforma-pg}
port=${PLATFORMA_PG_PORT:-55432}
max_connections=${PLATFORMA_PG_MAX_CONNECTIONS:-300}
password=platforma-test # loopback-only throwaway cluster
url="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    bin=$(pg_bin)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "Installing PostgreSQL from Debian..." >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      bin=$(pg_bin)
    fi
    if [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      echo "$url"; exit 0
    fi
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    pwfile=$(mktemp); echo "$password" > "$pwfile"; chmod 644 "$pwfile"
    as_owner "$bin/initdb" -D "$dir" -U postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    cat >> "$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = $max_connections
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null
    echo "$url"
    ;;
  stop)
    bin=$(pg_bin)
    [ -n "$bin" ] && [ -f "$dir/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  url) echo "$url" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac

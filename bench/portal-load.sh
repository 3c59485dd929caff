#!/usr/bin/env bash
# Load benchmark of the resident portal on PostgreSQL with demo residents in every gmina of tenants.json: N concurrent
# signed-in residents spread over the gminy load their dashboard (/zobowiazania) for S seconds, then the home page for S
# seconds, in the same run against the same app; prints requests per second and p50/p95/p99 latency of both.
#
# usage: bench/portal-load.sh [N concurrent residents, default 44] [S seconds, default 20]
# env:   PLATFORMA_PG_DIR / PLATFORMA_PG_PORT (default /tmp/platforma-pg-bench, 55452): a throwaway cluster of its own.
# The app runs in Release, Production environment, on one machine with the load client and PostgreSQL: the figures
# compare pages with each other on this machine; they are not a capacity figure for production hardware.
set -euo pipefail
cd "$(dirname "$0")/.."
concurrency=${1:-44}
seconds=${2:-20}
per_gmina=$(( (concurrency + 21) / 22 ))
export PLATFORMA_PG_DIR=${PLATFORMA_PG_DIR:-/tmp/platforma-pg-bench}
export PLATFORMA_PG_PORT=${PLATFORMA_PG_PORT:-55452}
work=$(mktemp -d /tmp/platforma-bench.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  scripts/postgres.sh stop
  rm -rf "$work"
}
trap cleanup EXIT

scripts/postgres.sh stop            # a fresh cluster every run
server=$(scripts/postgres.sh start)
catalog="$server;Database=platforma_bench;Maximum Pool Size=200"
settings=(--Database:Provider=Postgres "--ConnectionStrings:Catalog=$catalog" "--Platforma:DataFolder=$work/data"
          --Platforma:RunJobs=false "--Serilog:MinimumLevel:Default=Warning")

echo "Building (Release)..." >&2
dotnet build -c Release -v q -nologo src/Platforma.Web >/dev/null
dotnet build -c Release -v q -nologo bench/Platforma.PortalLoad >/dev/null
load=bench/Platforma.PortalLoad/bin/Release/net10.0/Platforma.PortalLoad.dll

echo "Seeding $per_gmina residents in each of the 22 gminy..." >&2
dotnet "$load" seed --users-per-gmina "$per_gmina" --out "$work/users.csv" "${settings[@]}" >&2

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ASPNETCORE_ENVIRONMENT=Production dotnet src/Platforma.Web/bin/Release/net10.0/Platforma.Web.dll \
  --contentRoot "$PWD/src/Platforma.Web" --urls "http://127.0.0.1:$port" "${settings[@]}" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 1
done

echo "Loading with $concurrency concurrent residents, $seconds s per page..." >&2
# Other work on the machine skews the figures: print the load average next to them.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
dotnet "$load" load --url "http://127.0.0.1:$port" --users "$work/users.csv" --concurrency "$concurrency" --seconds "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

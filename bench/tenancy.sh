#!/usr/bin/env bash
# What tenancy costs, on PostgreSQL: requests per second for one gmina's home page, for a tenant-resolved trivial
# endpoint (/theme.css) and for a bare endpoint in the same process (/health/live, which skips tenancy); then the
# app's memory and the gminy's idle database connections with 22 gminy and with 2 477 (Poland's count) in the
# catalog, after every gmina has served one request and the readiness probe has reached every gmina's principal.
# usage: bench/tenancy.sh [gminy-for-the-large-run (2477)]
set -euo pipefail
cd "$(dirname "$0")/.."
large=${1:-2477}
port=5090
export PLATFORMA_PG_DIR=/tmp/platforma-bench-pg PLATFORMA_PG_PORT=55433 PLATFORMA_PG_MAX_CONNECTIONS=$((large + 200))
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
server=$(scripts/postgres.sh start)
trap 'kill $app 2>/dev/null || true; scripts/postgres.sh stop' EXIT
dotnet build src/Platforma.Web -c Release -v q -nologo >/dev/null
dll=src/Platforma.Web/bin/Release/net10.0/Platforma.Web.dll
work=$(mktemp -d)

psql_() { PGPASSWORD=platforma-test psql -h 127.0.0.1 -p 55433 -U postgres -d "$1" -Atc "$2"; }

start_app() { # $1 database, $2 tenants file
  rm -rf "$work/data"
  local started=$(date +%s)
  ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/Platforma.Web" \
    --Database:Provider=Postgres "--ConnectionStrings:Catalog=$server;Database=$1" \
    --Platforma:TenantsFile="$2" --Platforma:DataFolder="$work/data" --Platforma:RunJobs=false \
    --Serilog:MinimumLevel:Default=Warning --Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware=Warning \
    >"$work/app.log" 2>&1 &
  app=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/health/live"; do
    kill -0 $app 2>/dev/null || { tail -20 "$work/app.log"; exit 1; }
    sleep 1
  done
  echo "  start with setup and provisioning: $(( $(date +%s) - started )) s"
}

touch_every_gmina() { # $1 tenants file
  for slug in $(grep -o '"slug": *"[^"]*"' "$1" | cut -d'"' -f4); do
    curl -s -o /dev/null -H "Host: $slug.localhost:$port" "http://127.0.0.1:$port/"
  done
  curl -s -o /dev/null "http://127.0.0.1:$port/health/ready"
}

report_memory() { # $1 database
  echo "  app memory (VmRSS / VmHWM): $(grep VmRSS /proc/$app/status | awk '{print int($2/1024)}') MB / $(grep VmHWM /proc/$app/status | awk '{print int($2/1024)}') MB"
  echo "  gminy's connections held open: $(psql_ "$1" "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'platforma:%'")"
  echo "  all server backends: $(psql_ "$1" "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")"
}

rate() { # $1 host, $2 path
  wrk -t2 -c32 -d10s -H "Host: $1" "http://127.0.0.1:$port$2" | awk -v p="$2" '/Requests\/sec/ {rps=$2} /Latency/ {lat=$2} END {printf "  %-14s %9.0f req/s   mean latency %s\n", p, rps, lat}'
}

echo "== 22 gminy (tenants.json)"
start_app platforma_bench22 "$PWD/tenants.json"
touch_every_gmina tenants.json
report_memory platforma_bench22
echo "  throughput, 32 connections, 10 s each, same process:"
wrk -t2 -c32 -d3s -H "Host: mosina.localhost:$port" "http://127.0.0.1:$port/" >/dev/null # warm-up
rate "localhost:$port" /health/live
rate "mosina.localhost:$port" /theme.css
rate "mosina.localhost:$port" /
kill $app; wait $app 2>/dev/null || true

echo "== $large gminy (generated catalog)"
cp branding/herby/mosina.svg "$work/herb.svg"
{
  echo '{ "gminy": ['
  for i in $(seq 1 "$large"); do
    n=$(printf '%04d' "$i")
    [ "$i" -gt 1 ] && echo ','
    cat <<JSON
{ "slug": "g$n", "name": "Gmina Testowa $n", "shortName": "Testowa $n", "teryt": null,
  "branding": { "primaryColor": "#1d4e89", "coatOfArms": "herb.svg", "coatOfArmsIsPlaceholder": true },
  "contact": { "isExampleData": true, "officeName": "", "address": "", "postalCode": "", "city": "", "phone": "", "email": "", "website": "", "openingHours": "" },
  "bank": { "isExampleData": true, "bankName": "", "recipientName": "Gmina Testowa $n", "recipientNip": "", "accountNumber": "",
            "virtualAccounts": { "sortCode": "10203541", "fixedPart": "99990001", "payerIdLength": 8 } },
  "taxes": { "wasteFeeSchedule": "monthly:15" }, "imports": { "schedule": "0 2 * * *", "inbox": null },
  "payments": { "onlinePayments": false, "provider": null } }
JSON
  done
  echo '] }'
} > "$work/tenants.json"
start_app platforma_bench_large "$work/tenants.json"
touch_every_gmina "$work/tenants.json"
report_memory platforma_bench_large
rate "g0001.localhost:$port" /

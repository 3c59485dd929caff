#!/usr/bin/env bash
# Import benchmark on PostgreSQL: generates demo packages of N taxpayers (with their objects, instalments and
# payments), imports each through the real path (received, then the Hangfire job method ImportJob.RunAsync: checking
# pass, binary COPY into scratch tables, database checks, one-transaction apply under the gmina's role), then loads the
# same rows by raw binary COPY straight into the gmina's tables as the speed limit. Each run is its own process, so the
# peak memory (VmHWM) printed is that run's alone; two sizes show whether memory grows with the package.
# Usage: bench/import-postgres.sh [sizes...]   (default: 20000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-20000 100000}")
[ $# -eq 0 ] && sizes=(20000 100000)
# A cluster of its own (not the tests' one on 55432), so a test run's stop cannot cut a measurement short.
export PLATFORMA_PG_DIR=${PLATFORMA_PG_DIR:-/tmp/platforma-pg-import-bench} PLATFORMA_PG_PORT=${PLATFORMA_PG_PORT:-55491}
PLATFORMA_BENCH_POSTGRES=$(scripts/postgres.sh start)
export PLATFORMA_BENCH_POSTGRES
out=$(mktemp -d /tmp/platforma-bench.XXXXXX)
trap 'rm -rf "$out"; scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >&2
dotnet build -c Release bench/Platforma.ImportBench -v q -nologo >/dev/null
run() { dotnet bench/Platforma.ImportBench/bin/Release/net10.0/Platforma.ImportBench.dll "$@"; }

summary=()
for n in "${sizes[@]}"; do
  mkdir -p "$out/$n"
  run generate --taxpayers "$n" --out "$out/$n"
  import=$(run import --package "$out/$n/mosina.zip"); echo "$import" | grep -v '^RESULT' >&2
  copy=$(run copy --package "$out/$n/mosina.zip"); echo "$copy" | grep -v '^RESULT' >&2
  import=$(echo "$import" | grep '^RESULT'); copy=$(echo "$copy" | grep '^RESULT')
  python3 - "$n" "$import" "$copy" <<'PY'
import sys
n = int(sys.argv[1])
def parse(line): return dict(kv.split('=') for kv in line.split()[2:])
i, c = parse(sys.argv[2]), parse(sys.argv[3])
ri, rc = int(i['rows']) / float(i['seconds']), int(c['rows']) / float(c['seconds'])
print(f"{n:>7} taxpayers, {int(i['rows']):>9,} rows: import {ri:>9,.0f} rows/s ({float(i['seconds']):.1f} s, peak {i['peak_mb']} MB) | "
      f"raw COPY {rc:>9,.0f} rows/s ({float(c['seconds']):.1f} s, peak {c['peak_mb']} MB) | import/COPY = {ri / rc:.2f}")
PY
done

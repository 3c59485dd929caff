#!/usr/bin/env bash
# How the embedded default behaves on a fresh data folder: seconds until all 22 portals answer 200, and seconds until
# every gmina's demo package has been imported (in the background). Usage: bench/first-start.sh [scale]
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-}
port=${PLATFORMA_FIRST_START_PORT:-5599}
data=$(mktemp -d /tmp/platforma-first-start.XXXXXX)
dotnet build src/Platforma.Web -v q -nologo >/dev/null
slugs=$(python3 -c "import json; print(' '.join(g['slug'] for g in json.load(open('tenants.json'))['gminy']))")
start=$(date +%s.%N)
dotnet run --project src/Platforma.Web --no-build --no-launch-profile -- --urls "http://127.0.0.1:$port" \
  "--Platforma:DataFolder=$data" ${scale:+"--Platforma:Demo:Scale=$scale"} > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
elapsed() { python3 -c "import time; print(f'{time.time() - $start:.1f}')"; }
until [ "$(for s in $slugs; do curl -s -o /dev/null -w '%{http_code}\n' -H "Host: $s.localhost:$port" "http://127.0.0.1:$port/"; done | grep -c '^200$')" = 22 ]; do
  kill -0 $server 2>/dev/null || { tail -20 "$data/server.log"; exit 1; }
  sleep 1
done
echo "all 22 portals answer 200 after $(elapsed) s"
until [ "$(ls "$data"/inbox/*/processed/ 2>/dev/null | grep -c '\.zip$')" = 22 ]; do
  kill -0 $server 2>/dev/null || { tail -20 "$data/server.log"; exit 1; }
  sleep 2
done
echo "all 22 demo packages imported after $(elapsed) s"
python3 - "$data/server.log" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding='utf-8'):
    if line.startswith('{') and 'Demo data of' in line:
        e = json.loads(line)
        print(f"  {e['Gmina']:<22} {e['Taxpayers']:>6} taxpayers in {e['Seconds']:.1f} s")
PY
du -sh "$data/gminy" | sed 's/^/SQLite files: /'

#!/usr/bin/env bash
# The test command (README): installs and starts what the tests need, runs every test project of Platforma.sln
# against SQLite, a throwaway PostgreSQL cluster and headless Chromium, and prints "N passed, N failed, N skipped" last.
set -uo pipefail
cd "$(dirname "$0")/.."

scripts/prerequisites.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
PLATFORMA_TEST_POSTGRES=$(scripts/postgres.sh start) || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
export PLATFORMA_TEST_POSTGRES
trap 'scripts/postgres.sh stop' EXIT

results=$(mktemp -d)
dotnet test --solution Platforma.sln --report-trx --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
count() { grep -o "$1=\"[0-9]*\"" "$2" | head -n 1 | grep -o '[0-9]*'; }
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters[^>]*>' "$trx")
  passed=$((passed + $(count passed <(echo "$counters"))))
  failed=$((failed + $(count failed <(echo "$counters")) + $(count error <(echo "$counters"))))
  skipped=$((skipped + $(count notExecuted <(echo "$counters"))))
done
# A test module that crashed leaves no report: count it as a failure rather than let the totals look green.
projects=$(grep -c 'tests\\.*Tests.csproj' Platforma.sln)
reports=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$reports" -lt "$projects" ]; then failed=$((failed + projects - reports)); fi
if [ $status -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]

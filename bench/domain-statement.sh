#!/usr/bin/env bash
# Runs the account-statement benchmark in Release and prints the mean time and the bytes allocated per statement.
# Usage: bench/domain-statement.sh [extra BenchmarkDotNet arguments, e.g. --job short]
set -euo pipefail
cd "$(dirname "$0")/.."
artifacts=bench/results/domain-statement
rm -rf "$artifacts"
dotnet run -c Release --project bench/Platforma.Benchmarks -- --filter '*Statement*' --artifacts "$artifacts" "$@"
report=$(find "$artifacts" -name '*StatementBenchmark-report.csv' | head -n 1)
if [[ -z "$report" ]]; then echo "no report found under $artifacts" >&2; exit 1; fi
# The CSV report's separator follows the culture; let Python's csv sniffer find it and pick the named columns.
python3 - "$report" <<'PY'
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    text = f.read()
dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=';,')
for row in csv.DictReader(text.splitlines(), dialect=dialect):
    print(f"{row['Method']} (60 liabilities, 80 payments): mean {row['Mean']}, allocated {row['Allocated']} per statement")
PY

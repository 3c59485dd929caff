#!/usr/bin/env bash
# Adds a migration with the same name to all three providers, for the catalog or a gmina's schema.
# usage: scripts/add-migration.sh <Name> catalog|gmina
set -euo pipefail
name=${1:?migration name}; which=${2:?catalog or gmina}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
case $which in
  catalog) context=CatalogDbContext; dir=Migrations/Catalog ;;
  gmina) context=TenantDbContext; dir=Migrations/Gmina ;;
  *) echo "second argument must be catalog or gmina" >&2; exit 2 ;;
esac
for provider in Sqlite Postgres SqlServer; do
  project=src/Platforma.Data.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --context "$context" --output-dir "$dir"
done

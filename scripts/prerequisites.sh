#!/usr/bin/env bash
# Installs from Debian what the tests need and this machine lacks: the PostgreSQL server, Chromium for the browser
# tests (never a downloaded browser), the DejaVu fonts the PDF documents embed and docker-compose, which checks
# docker-compose.yml without a Docker engine. Needs root (apt-get).
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing from Debian: ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

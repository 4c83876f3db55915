#!/usr/bin/env bash
# Prepares what the test suite needs beyond the JDK: a PostgreSQL server with a 'quire' role and a
# 'quire_test' database on localhost:5432, Debian's chromium + chromium-driver for browser tests, and wrk
# for the two-node drain test.
# Installs missing packages when running as root with apt-get (always under CI=true). Idempotent.
set -uo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi; }
can_install() { command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || sudo -n true 2>/dev/null; }; }

missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  if can_install; then
    echo "test-services: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 || true
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
      || echo "test-services: could not install ${missing[*]}"
  else
    echo "test-services: missing ${missing[*]} (no root to install them); those tests will be skipped"
  fi
fi

if command -v pg_lsclusters >/dev/null 2>&1; then
  cluster="$(pg_lsclusters --no-header 2>/dev/null | head -1)"
  if [ -z "$cluster" ]; then
    ver="$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)"
    [ -n "$ver" ] && as_root pg_createcluster "$ver" main >/dev/null 2>&1
    cluster="$(pg_lsclusters --no-header 2>/dev/null | head -1)"
  fi
  if [ -n "$cluster" ]; then
    read -r ver name port status _ <<<"$cluster"
    if [ "$status" != "online" ]; then as_root pg_ctlcluster "$ver" "$name" start || true; fi
    for _ in $(seq 1 30); do pg_isready -q -h localhost -p "$port" && break; sleep 0.5; done
    psql_pg() { as_root su postgres -c "psql -p $port -qtAX -c \"$1\"" 2>/dev/null; }
    if [ "$(psql_pg "SELECT 1 FROM pg_roles WHERE rolname='quire'")" != "1" ]; then
      psql_pg "CREATE ROLE quire LOGIN PASSWORD 'quire' CREATEDB" >/dev/null
    fi
    if [ "$(psql_pg "SELECT 1 FROM pg_database WHERE datname='quire_test'")" != "1" ]; then
      psql_pg "CREATE DATABASE quire_test OWNER quire" >/dev/null
    fi
    if pg_isready -q -h localhost -p "$port"; then echo "test-services: PostgreSQL ready on localhost:$port"; fi
  fi
fi

# The MCP end-to-end test's client (the official TypeScript SDK), pinned by its lockfile
mcp_client="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/app/src/test/mcp-client"
if command -v npm >/dev/null 2>&1; then
  if (cd "$mcp_client" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "test-services: MCP test client installed (npm ci in app/src/test/mcp-client)"
  else
    echo "test-services: npm ci failed in app/src/test/mcp-client; the MCP end-to-end test will fail"
  fi
else
  echo "test-services: node/npm missing; the MCP end-to-end test is skipped (fails under CI=true)"
fi
exit 0

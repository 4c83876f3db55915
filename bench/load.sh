#!/usr/bin/env bash
# Load test: serves the 82k arXiv listings plus the 9.9k Hugging Face daily papers, then runs wrk on loopback
# for DURATION seconds each against the daily page, a paper page, search (bench/queries.lua rotates realistic
# queries) and the API, twice, counting errors and non-2xx answers and comparing memory after each round.
# Usage: bench/load.sh [seconds per URL, default 60] [connections, default 32]
# Keyword search only (QUIRE_SEARCH_SEMANTIC=false): embedding 92k papers on two cores takes about an hour;
# set QUIRE_SEARCH_SEMANTIC=true after a completed embedding to include it. API rate limit raised for the run.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-60}"
CONNECTIONS="${2:-32}"
PORT="${QUIRE_BENCH_PORT:-18092}"
SHARED="${QUIRE_SHARED_DATA:-../shared/data}"
command -v wrk >/dev/null || { echo "load: wrk is needed (apt-get install wrk)" >&2; exit 1; }
DATA="$(mktemp -d /tmp/quire-load.XXXXXX)"
trap '[ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

export QUIRE_SEARCH_SEMANTIC="${QUIRE_SEARCH_SEMANTIC:-false}" QUIRE_API_RATE="${QUIRE_API_RATE:-100000000}"
./quire ingest --data "$DATA" "$SHARED/arxiv/arxiv-listings-2025-2026.kaggle.jsonl.gz" "$SHARED/hf-daily-papers" \
  | head -1 >&2
QUIRE_SAMPLE=false QUIRE_JAVA_OPTS="${QUIRE_JAVA_OPTS:--Xmx1g}" ./quire serve --data "$DATA" --port "$PORT" \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do
  curl -sf "$BASE/search/status" | grep -q "ready" && break
  sleep 1
done
echo "server ready: $(curl -s "$BASE/search/status" | grep -o 'ready[^<]*' | head -1)" >&2

memory() { # RSS and heap used after a full GC, in MB
  local pid; pid="$(pgrep -f "port $PORT" | head -1)"
  jcmd_bin="$(dirname "$(readlink -f "$(command -v java)")")/jcmd"
  [ -x "$jcmd_bin" ] || jcmd_bin="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/jcmd"
  "$jcmd_bin" "$pid" GC.run >/dev/null 2>&1 || true
  local heap; heap="$("$jcmd_bin" "$pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')"
  echo "RSS $(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}') MB, heap used after GC ${heap:-?}"
}

round() {
  echo "| URL | requests/s | p50 | p99 | non-2xx | socket errors |"
  echo "|---|---|---|---|---|---|"
  for target in "/" "/papers/2608.19880" "search" "/api/daily_papers?limit=50"; do
    if [ "$target" = "search" ]; then
      out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/queries.lua "$BASE")"; label="/search?q=… (20 queries)"
    else
      out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$BASE$target")"; label="$target"
    fi
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
    p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
    non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
    errors="$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' <<<"$out")"
    echo "| \`$label\` | $rps | $p50 | $p99 | ${non2xx:-0} | ${errors:-none} |"
  done
}

echo "before: $(memory)"
echo "## round 1"; round
echo "after round 1: $(memory)"
echo "## round 2"; round
echo "after round 2: $(memory)"
echo "server log: $(grep -c ' ERROR ' "$DATA/server.log" || true) ERROR lines, $(grep -c ' 500 \| Exception' "$DATA/server.log" || true) exception lines"

#!/usr/bin/env bash
# HTTP throughput benchmark: imports all Hugging Face daily papers (../shared/data/hf-daily-papers) into a fresh
# data dir, starts the server on loopback, and runs wrk against the daily page and the daily_papers API.
# Usage: bench/http.sh [seconds per URL, default 30] [connections, default 32]
# The API rate limit is raised for the run (QUIRE_API_RATE, default here 100000000/min), and semantic
# search is off (QUIRE_SEARCH_SEMANTIC=false) so that background embedding of the freshly imported papers
# does not compete with the measurement; set QUIRE_SEARCH_SEMANTIC=true to measure with it.
# Prints one Markdown table row per URL: requests/s, p50, p99 latency, non-2xx responses and socket errors.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
CONNECTIONS="${2:-32}"
PORT="${QUIRE_BENCH_PORT:-18090}"
HF="${QUIRE_SHARED_DATA:-../shared/data}/hf-daily-papers"
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
DATA="$(mktemp -d /tmp/quire-bench-http.XXXXXX)"
trap '[ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

./quire ingest --data "$DATA" "$HF" | head -1 >&2
QUIRE_API_RATE="${QUIRE_API_RATE:-100000000}" QUIRE_SEARCH_SEMANTIC="${QUIRE_SEARCH_SEMANTIC:-false}" \
  QUIRE_SAMPLE=false QUIRE_JAVA_OPTS="${QUIRE_JAVA_OPTS:--Xmx1g}" ./quire serve --data "$DATA" --port "$PORT" \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/daily_papers?limit=1" >/dev/null && break; sleep 0.5; done

URLS=("/" "/api/daily_papers" "/papers/2608.19880")
for u in "${URLS[@]}"; do wrk -t2 -c"$CONNECTIONS" -d5s "http://127.0.0.1:$PORT$u" >/dev/null; done  # warm-up

echo "| URL | requests/s | p50 | p99 | non-2xx | socket errors |"
echo "|---|---|---|---|---|---|"
for u in "${URLS[@]}"; do
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$u")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  errors="$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' <<<"$out")"
  echo "| \`$u\` | $rps | $p50 | $p99 | ${non2xx:-0} | ${errors:-none} |"
done
echo "server RSS after run: $(ps -o rss= -p "$SERVER" | awk '{printf "%.0f MB", $1/1024}')" >&2

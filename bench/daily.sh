#!/usr/bin/env bash
# Daily-list benchmark for an arXiv-fed hub: imports the 70,556-paper physics listing
# (../shared/data/arxiv/arxiv-listings-physics.kaggle.jsonl.gz) into a fresh SQLite data dir, starts the server on
# loopback and times every *uncached* first render (each URL is asked once, so the 1-second answer cache never
# answers): every day of 2026-03 and 2026-04, every week and month from 2025-09 to 2026-08, the same months narrowed
# to cond-mat.str-el, and /api/daily_papers for every day. Then wrk on the cached home page.
# Usage: bench/daily.sh [wrk seconds, default 10]
# Prints median, p90 and max milliseconds per kind of URL (curl time_total, one request at a time).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-10}"
PORT="${QUIRE_BENCH_PORT:-18473}"
FILE="${QUIRE_SHARED_DATA:-../shared/data}/arxiv/arxiv-listings-physics.kaggle.jsonl.gz"
DATA="$(mktemp -d /tmp/quire-bench-daily.XXXXXX)"
trap 'rc=$?; [ $rc -ne 0 ] && tail -20 "$DATA/server.log" >&2; [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "bench: port $PORT is taken; set QUIRE_BENCH_PORT" >&2; exit 1; fi
./quire ingest --data "$DATA" "$FILE" | tail -1 >&2
QUIRE_SEARCH_SEMANTIC=false QUIRE_SAMPLE=false QUIRE_API_RATE=100000000 \
  QUIRE_JAVA_OPTS="${QUIRE_JAVA_OPTS:--Xmx1g}" ./quire serve --data "$DATA" --port "$PORT" \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/daily_papers?limit=1" >/dev/null && break; sleep 0.5; done
kill -0 "$SERVER" || { echo "bench: the server did not start" >&2; exit 1; }
for i in $(seq 1 20); do curl -s -o /dev/null "http://127.0.0.1:$PORT/papers?date=2025-01-0$((i % 9 + 1))&p=$i" || true; done  # JIT warm-up

time_urls() {  # label, then URLs: prints "| label | n | median | p90 | max |" in ms
  local label="$1"; shift
  for u in "$@"; do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT$u"; done \
    | sort -n | awk -v l="$label" '{a[NR]=$1*1000} END {printf "| %s | %d | %.1f | %.1f | %.1f |\n", l, NR, a[int((NR+1)/2)], a[int(NR*0.9+0.5)], a[NR]}'
}
days=(); for m in 03 04; do for d in $(seq -w 1 30); do days+=("2026-$m-$d"); done; done
months=(2025-09 2025-10 2025-11 2025-12 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06 2026-07 2026-08)
weeks=(); for w in $(seq -w 36 52); do weeks+=("2025-W$w"); done; for w in $(seq -w 1 34); do weeks+=("2026-W$w"); done

echo "| URL kind | requests | median ms | p90 ms | max ms |"
echo "|---|---|---|---|---|"
time_urls "day page \`/papers?date=…\`" "${days[@]/#//papers?date=}"
time_urls "week page \`/papers?week=…\`" "${weeks[@]/#//papers?week=}"
time_urls "month page \`/papers?month=…\`" "${months[@]/#//papers?month=}"
time_urls "month page, page 2, sort=date" $(for m in "${months[@]}"; do echo "/papers?month=$m&sort=date&p=2"; done)
time_urls "month in \`cat=cond-mat.str-el\`" $(for m in "${months[@]}"; do echo "/papers?month=$m&cat=cond-mat.str-el"; done)
time_urls "\`/api/daily_papers?date=…\`" "${days[@]/#//api/daily_papers?date=}"
command -v wrk >/dev/null && {
  out="$(wrk -t2 -c32 -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/")"
  echo "wrk / (cached): $(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s, p50 $(awk '$1=="50%" {print $2}' <<<"$out"), p99 $(awk '$1=="99%" {print $2}' <<<"$out")"
}
echo "server RSS: $(ps -o rss= -p "$SERVER" | awk '{printf "%.0f MB", $1/1024}')" >&2

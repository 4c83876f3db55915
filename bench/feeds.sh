#!/usr/bin/env bash
# Feed polling benchmark: what a feed reader's conditional GET costs. Starts the server on loopback over the
# built-in sample (about 1,550 real daily papers), reads the ETag of each feed once, then runs wrk with
# If-None-Match (answered 304, no body) and, for comparison, without it (200 with the whole feed).
# Usage: bench/feeds.sh [seconds per URL, default 20] [connections, default 32]
# The API rate limit is raised and semantic search is off, as in bench/http.sh.
# Prints one Markdown table row per URL: requests/s, p50, p99 latency, and wrk's count of 4xx/5xx answers
# (wrk counts a 304 as a success; the script checks once with curl that the conditional request gets 304).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
PORT="${QUIRE_BENCH_PORT:-18091}"
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
DATA="$(mktemp -d /tmp/quire-bench-feeds.XXXXXX)"
trap '[ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT

QUIRE_API_RATE="${QUIRE_API_RATE:-100000000}" QUIRE_SEARCH_SEMANTIC="${QUIRE_SEARCH_SEMANTIC:-false}" \
  QUIRE_SAMPLE=true QUIRE_JAVA_OPTS="${QUIRE_JAVA_OPTS:--Xmx1g}" ./quire serve --data "$DATA" --port "$PORT" \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/feed/trending.atom" >/dev/null && break; sleep 0.5; done

# the first start imports the sample and builds the search index in the background: let that finish
for _ in $(seq 1 120); do
  curl -s "http://127.0.0.1:$PORT/search/status" | grep -qiE 'building|embedding [0-9]|catching up' || break
  sleep 1
done
sleep "${QUIRE_BENCH_SETTLE:-20}"

etag() { curl -s -D - -o /dev/null "http://127.0.0.1:$PORT$1" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r'; }

echo "| URL | request | requests/s | p50 | p99 | 4xx/5xx |"
echo "|---|---|---|---|---|---|"
for u in /feed/daily.atom /feed/trending.json; do
  tag="$(etag "$u")"
  wrk -t2 -c"$CONNECTIONS" -d5s -H "If-None-Match: $tag" "http://127.0.0.1:$PORT$u" >/dev/null  # warm-up
  for mode in conditional plain; do
    if [ "$mode" = conditional ]; then
      code="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $tag" "http://127.0.0.1:$PORT$u")"
      [ "$code" = 304 ] || { echo "bench: $u with If-None-Match answered $code, not 304" >&2; exit 1; }
      out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "If-None-Match: $tag" "http://127.0.0.1:$PORT$u")"
      label="If-None-Match (304)"
    else
      out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT$u")"
      label="plain (200)"
    fi
    unexpected="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
    rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
    p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
    p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
    echo "| \`$u\` | $label | $rps | $p50 | $p99 | ${unexpected:-0} |"
  done
done

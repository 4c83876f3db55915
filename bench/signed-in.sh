#!/usr/bin/env bash
# Daily page throughput for a signed-in reader against the anonymous page, same server and data.
# Imports the Hugging Face daily papers (../shared/data/hf-daily-papers) into a fresh data dir, starts the server,
# signs a member up through the forms, confirms it with the link from the .eml the dev mail sender wrote, has it
# upvote the day's top papers, then runs wrk on "/" without and with the session cookie.
# Usage: bench/signed-in.sh [seconds per run, default 30] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
CONNECTIONS="${2:-32}"
PORT="${QUIRE_BENCH_PORT:-18091}"
HF="${QUIRE_SHARED_DATA:-../shared/data}/hf-daily-papers"
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
DATA="$(mktemp -d /tmp/quire-bench-signed-in.XXXXXX)"
trap '[ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"' EXIT
BASE="http://127.0.0.1:$PORT"

./quire ingest --data "$DATA" "$HF" | head -1 >&2
QUIRE_SAMPLE=false QUIRE_JAVA_OPTS="${QUIRE_JAVA_OPTS:--Xmx1g}" ./quire serve --data "$DATA" --port "$PORT" \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -sf "$BASE/api/daily_papers?limit=1" >/dev/null && break; sleep 0.5; done

JAR="$DATA/cookies.txt"
csrf() { grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
TOKEN="$(curl -s -c "$JAR" -b "$JAR" "$BASE/signup" | csrf)"
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "csrf=$TOKEN" --data-urlencode "email=bench@example.org" \
  --data-urlencode "name=bench" --data-urlencode "password=benchmark password" "$BASE/signup"
LINK="$(grep -rho "$BASE/verify?token=[A-Za-z0-9_-]*" "$DATA/mail" | tail -1)"
curl -s -c "$JAR" -b "$JAR" -o /dev/null "$LINK"
SESSION="$(awk '$6=="quire_session" {print $7}' "$JAR")"
[ -n "$SESSION" ] || { echo "bench: sign-up failed" >&2; exit 1; }
PAGE="$(curl -s -b "quire_session=$SESSION" "$BASE/")"
TOKEN="$(csrf <<<"$PAGE")"
for id in $(grep -o 'data-vote="[^"]*"' <<<"$PAGE" | head -5 | sed 's/data-vote="//; s/"$//'); do
  curl -s -o /dev/null -b "quire_session=$SESSION" --data-urlencode "csrf=$TOKEN" "$BASE/papers/$id/vote"
done
grep -c 'aria-pressed="true"' <<<"$(curl -s -b "quire_session=$SESSION" "$BASE/")" | sed 's/^/pressed vote buttons on the signed-in page: /' >&2

wrk -t2 -c"$CONNECTIONS" -d5s "$BASE/" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d5s -H "Cookie: quire_session=$SESSION" "$BASE/" >/dev/null  # warm-up
echo "| reader | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
run() {
  local label="$1"; shift
  local out; out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$BASE/")"
  echo "| $label | $(awk '/Requests\/sec/ {print $2}' <<<"$out") | $(awk '$1=="50%" {print $2}' <<<"$out") |" \
    "$(awk '$1=="99%" {print $2}' <<<"$out") | $(awk '/Non-2xx/ {print $NF}' <<<"$out" | grep . || echo 0) |"
}
for round in 1 2; do  # alternate, so that load from elsewhere hits both readers alike
  run "anonymous (round $round)"
  run "signed in, 5 votes (round $round)" -H "Cookie: quire_session=$SESSION"
done

#!/usr/bin/env bash
# A local Quire cluster in one command: a 2-node SolrCloud with ZooKeeper (solr-runner, from the Maven
# artifacts), PostgreSQL (installed and started as scripts/test-services.sh does; database quire_demo),
# `quire solr init`, the built-in sample, and two Quire nodes on two ports over the same PostgreSQL and
# SolrCloud. Prints the URLs; Ctrl-C stops all of it. Data under ${CLUSTER_DIR:-/tmp/quire-cluster}; another
# database name with CLUSTER_DB.
#   scripts/cluster.sh [PORT1 [PORT2]]      (default 8081 8082)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT1="${1:-8081}"; PORT2="${2:-8082}"
DIR="${CLUSTER_DIR:-/tmp/quire-cluster}"
DB="${CLUSTER_DB:-quire_demo}"; JDBC="jdbc:postgresql://localhost:5432/$DB"
mkdir -p "$DIR"

pids=()
cleanup() {
  trap - INT TERM EXIT
  echo; echo "cluster: stopping Quire nodes and SolrCloud..."
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "${SOLR_IN:-}" ] && { echo quit >&3 || true; exec 3>&-; }
  for p in "${pids[@]}" ${SOLR_PID:-}; do wait "$p" 2>/dev/null || true; done
  echo "cluster: stopped (data kept in $DIR)"
}
trap 'cleanup; exit 130' INT TERM
trap cleanup EXIT

# a JDK >= 21 (the runner may use any; Quire's launcher finds its own)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/java}"
if [ -z "$JAVA" ] || ! "$JAVA" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  JAVA=""
  for c in /usr/lib/jvm/*; do
    if [ -x "$c/bin/java" ] && "$c/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then JAVA="$c/bin/java"; fi
  done
fi
[ -n "$JAVA" ] || { echo "cluster: no JDK 21 or newer under \$JAVA_HOME or /usr/lib/jvm" >&2; exit 1; }
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"

echo "cluster: building Quire and the SolrCloud runner..."
(cd "$ROOT" && mvn -q -B -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package -pl app,solr-runner -am)

echo "cluster: PostgreSQL..."
"$ROOT/scripts/test-services.sh" | grep -i postgres || true
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
if [ "$(as_root su postgres -c "psql -qtAX -c \"SELECT 1 FROM pg_database WHERE datname='$DB'\"")" != "1" ]; then
  as_root su postgres -c "psql -qtAX -c \"CREATE DATABASE $DB OWNER quire\"" >/dev/null
fi

echo "cluster: starting SolrCloud (ZooKeeper + 2 Solr nodes)..."
SOLR_IN="$DIR/solr.in"; rm -f "$SOLR_IN"; mkfifo "$SOLR_IN"
CP="$ROOT/solr-runner/target/classes:$(cat "$ROOT/solr-runner/target/classpath.txt")"
"$JAVA" -Xmx1g -cp "$CP" dev.quire.solrrunner.SolrCloudRunner 2 "$DIR/solr" <"$SOLR_IN" >"$DIR/solr.out" 2>"$DIR/solr.log" &
SOLR_PID=$!
exec 3>"$SOLR_IN"
for _ in $(seq 1 240); do grep -q '^SOLRCLOUD ' "$DIR/solr.out" 2>/dev/null && break; sleep 0.5; done
LINE="$(grep '^SOLRCLOUD ' "$DIR/solr.out" || true)"
[ -n "$LINE" ] || { echo "cluster: SolrCloud did not start; see $DIR/solr.log" >&2; exit 1; }
ZK="$(sed 's/.*zkHost=\([^ ]*\).*/\1/' <<<"$LINE")"; SOLR_URLS="$(sed 's/.*urls=\([^ ]*\).*/\1/' <<<"$LINE")"

COMMON=(--jdbc.url "$JDBC" --db.user quire --db.password quire --search.engine solr --solr.zk-hosts "$ZK")
"$ROOT/quire" solr init --shards 2 --replicas 2 "${COMMON[@]}" --data "$DIR/node1"

echo "cluster: starting Quire node 1 (loads the built-in sample into an empty database) and node 2..."
"$ROOT/quire" serve --data "$DIR/node1" --port "$PORT1" "${COMMON[@]}" >"$DIR/node1.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do grep -q "Quire is serving" "$DIR/node1.log" 2>/dev/null && break; sleep 0.5; done
"$ROOT/quire" serve --data "$DIR/node2" --port "$PORT2" --sample false "${COMMON[@]}" >"$DIR/node2.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do grep -q "Quire is serving" "$DIR/node2.log" 2>/dev/null && break; sleep 0.5; done

cat <<MSG

Quire cluster is up (Ctrl-C stops all of it):
  Quire node 1   http://localhost:$PORT1/    (log $DIR/node1.log)
  Quire node 2   http://localhost:$PORT2/    (log $DIR/node2.log)
  SolrCloud      $SOLR_URLS   (ZooKeeper $ZK, collection quire: 2 shards x 2 replicas)
  PostgreSQL     $JDBC (user quire)
MSG
wait "${pids[@]}"

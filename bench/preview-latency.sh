#!/usr/bin/env bash
# Save-to-served latency of `ipwp serve` for a one-chapter edit on the sample site.
#
# Starts the preview on a temporary copy of the site, then RUNS times: rewrites one sentence of
# a chapter and polls the chapter's URL until the new text is served. The figure includes the
# watcher's quiet period (100 ms), the full rebuild and the poll interval (20 ms); it does not
# include the browser's own reload after the SSE event.
#
# usage: bench/preview-latency.sh [RUNS]    (needs target/ipwp.jar: mvn -o package -DskipTests)
set -euo pipefail

RUNS=${1:-5}
REPO=$(cd "$(dirname "$0")/.." && pwd)
JAR="$REPO/target/ipwp.jar"
CHAPTER=content/zh/whitepaper/02-management.adoc
URL_PATH=/zh/whitepaper/02-management/
SENTENCE='重庆市知识产权管理体系逐步完善。'

[ -f "$JAR" ] || { echo "missing $JAR; run: mvn -o package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/site"
cp -r "$REPO/content" "$REPO/data" "$REPO/templates" "$REPO/assets" "$REPO/jbake.properties" "$WORK/site/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
java -jar "$JAR" serve --source "$WORK/site" --out "$WORK/out" --port "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER_PID=$!
URL="http://127.0.0.1:$PORT$URL_PATH"

for _ in $(seq 1 600); do
  curl -fsS -o /dev/null "$URL" 2>/dev/null && break
  sleep 0.1
done
curl -fsS -o /dev/null "$URL" || { cat "$WORK/serve.log" >&2; exit 1; }
echo "preview up on port $PORT; first build: $(grep -m1 '^built' "$WORK/serve.log")"

now_ms() { date +%s%3N; }
previous=$SENTENCE
results=()
for run in $(seq 1 "$RUNS"); do
  marker="延迟测试第${run}轮$(now_ms)。"
  sleep 1   # let the previous rebuild settle so that runs do not overlap
  start=$(now_ms)
  python3 - "$WORK/site/$CHAPTER" "$previous" "$marker" <<'PY'
import sys
path, old, new = sys.argv[1:]
text = open(path, encoding="utf-8").read()
assert old in text
open(path, "w", encoding="utf-8").write(text.replace(old, new))
PY
  until body=$(curl -fsS "$URL" 2>/dev/null) && [[ $body == *"$marker"* ]]; do
    sleep 0.02
    if [ $(( $(now_ms) - start )) -gt 60000 ]; then echo "timed out" >&2; cat "$WORK/serve.log" >&2; exit 1; fi
  done
  took=$(( $(now_ms) - start ))
  results+=("$took")
  echo "run $run: ${took} ms save -> new text served"
  previous=$marker
done
sorted=$(printf '%s\n' "${results[@]}" | sort -n)
echo "median: $(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms over $RUNS runs (min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1))"
sleep 0.5   # the server prints its line just after publishing
echo "rebuilds reported by the server (total > sum of phases: the rest is fingerprinting the cache and publishing):"; grep '^built' "$WORK/serve.log" | tail -n "$RUNS"

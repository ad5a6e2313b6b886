#!/usr/bin/env bash
# Save-to-served latency of `ipwp serve` for a one-chapter edit, on the sample site and on
# generated corpora (issue 6; target in issue 9: under 300 ms at 1,000 pages).
#
# For each SIZE ("sample" = the repository site as it is; a number = `bench/gen_corpus.py REPO OUT
# SIZE`, about that many content pages), starts the preview on a temporary copy, makes WARMUP
# untimed saves, then RUNS timed ones: each rewrites one sentence of one chapter and polls the
# chapter's URL (every 5 ms, one kept-alive connection) until the new text is served. The figure
# includes the watcher's quiet period (PreviewSession.QUIET_MILLIS) and the rebuild; it does not
# include the browser's own reload after the SSE event. Saves are 1 s apart so rebuilds do not
# overlap. Prints each run, the median and max, and the server's own rebuild lines.
#
# usage: bench/preview-latency.sh [RUNS] [SIZE...]     default: 10 sample 1000
#        WARMUP=2 (untimed saves first; their latency is printed too)
# needs target/ipwp.jar (mvn -o package -DskipTests), python3, curl
set -euo pipefail

RUNS=${1:-10}
shift || true
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(sample 1000)
WARMUP=${WARMUP:-2}
REPO=$(cd "$(dirname "$0")/.." && pwd)
JAR="$REPO/target/ipwp.jar"
[ -f "$JAR" ] || { echo "missing $JAR; run: mvn -o package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  SERVER_PID=
}
cleanup() { stop_server; rm -rf "$WORK"; }
trap cleanup EXIT

for SIZE in "${SIZES[@]}"; do
  SITE="$WORK/$SIZE/site"
  mkdir -p "$WORK/$SIZE"
  if [ "$SIZE" = sample ]; then
    mkdir -p "$SITE"
    cp -r "$REPO/content" "$REPO/data" "$REPO/templates" "$REPO/assets" "$REPO/jbake.properties" "$SITE/"
    CHAPTER=content/zh/whitepaper/02-management.adoc
    SENTENCE='重庆市知识产权管理体系逐步完善。'
  else
    python3 "$REPO/bench/gen_corpus.py" "$REPO" "$SITE" "$SIZE"
    CHAPTER=content/zh/whitepaper/gen-00100.adoc
    SENTENCE='重庆知识产权工作持续推进'
  fi
  [ -f "$SITE/$CHAPTER" ] || { echo "no $CHAPTER in the $SIZE corpus" >&2; exit 2; }
  URL_PATH="/${CHAPTER#content/}"; URL_PATH="${URL_PATH%.adoc}/"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  LOG="$WORK/$SIZE/serve.log"
  java -jar "$JAR" serve --source "$SITE" --out "$WORK/$SIZE/out" --port "$PORT" >"$LOG" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 3000); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT$URL_PATH" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 0.1
  done
  echo "== $SIZE: $(grep -m1 '^built' "$LOG")"
  echo "   editing $CHAPTER, polling $URL_PATH"
  python3 - "$SITE/$CHAPTER" "$SENTENCE" "$PORT" "$URL_PATH" "$RUNS" "$WARMUP" <<'PY'
import http.client, statistics, sys, time
path, sentence, port, url, runs, warmup = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
def served():
    global conn
    try:
        conn.request("GET", url)
        return conn.getresponse().read().decode("utf-8")
    except (OSError, http.client.HTTPException):
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        return ""
previous = sentence
times = []
for run in range(1, warmup + runs + 1):
    marker = f"延迟测试第{run}轮{time.time_ns() % 10**9}。"
    time.sleep(1)  # let the previous rebuild settle
    text = open(path, encoding="utf-8").read()
    assert previous in text, previous
    new_text = text.replace(previous, marker + (sentence if run == 1 else ""), 1)
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(new_text)
    while marker not in served():
        if time.perf_counter() - start > 120:
            sys.exit(f"run {run}: timed out")
        time.sleep(0.005)
    took = round((time.perf_counter() - start) * 1000)
    label = "warm-up" if run <= warmup else "run"
    print(f"   {label} {run}: {took} ms save -> new text served")
    if run > warmup:
        times.append(took)
    previous = marker
print(f"   median {statistics.median(times):.0f} ms, max {max(times)} ms, min {min(times)} ms over {len(times)} saves")
PY
  sleep 0.5   # the server prints its line just after publishing
  echo "   server memory: $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )) MiB resident"
  echo "   the server's rebuild lines:"
  grep -E '^(rebuilt|built|full rebuild)' "$LOG" | tail -n "$((RUNS + WARMUP))" | sed 's/^/     /'
  stop_server
done

#!/usr/bin/env bash
# Shrinking the floor, one step at a time (issue 9): times the floor (bench/src/Floor.java: one JVM,
# AsciidoctorJ only, the same bodies) under each start-up setting in turn, then the build as-is
# (default JVM) against the build as the README runs it (which re-runs itself in the short-run JVM).
# Usage: bench/flags.sh [SIZE] [RUNS]   (after `mvn -o -DskipTests package`; default 1000 3)
# Prints a markdown table: median wall s, median user+sys CPU s, max peak RSS MiB.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/bench/out
SIZE=${1:-1000}; RUNS=${2:-3}
LIB=${IPWP_LIB:-$PWD/target}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 2; }
site=$OUT/site-$SIZE
[ -d "$site" ] || python3 bench/gen_corpus.py "$PWD" "$site" "$SIZE" >/dev/null
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$LIB/lib/*:$LIB/ipwp.jar" bench/src/Floor.java
# CDS archives only classes from jars, so the floor gets a jar too.
jar cf "$OUT/floor.jar" -C "$OUT/classes" .
FLOOR_CP="$OUT/floor.jar:$LIB/ipwp.jar:$(ls "$LIB"/lib/*.jar | tr '\n' ':')"
jsa=$OUT/floor-$SIZE.jsa
rm -f "$jsa"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags" >/dev/null 2>&1
# The build's own archive (written by its first run after packaging), so that no timed run writes it.
java -jar "$LIB/ipwp.jar" build --no-cache --source "$site" --out "$OUT/www-flags" >/dev/null 2>&1

one() {
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/flags.time" "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; exit 1; }
  awk '{printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$OUT/flags.time"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

row() {
  local label=$1; shift
  local walls=() cpus=() rss=0 r
  for ((i=0;i<RUNS;i++)); do
    rm -rf "$OUT/floor-flags" "$OUT/www-flags"
    r=$(one "$@"); read -r w c m <<<"$r"
    walls+=("$w"); cpus+=("$c"); [ "$m" -gt "$rss" ] && rss=$m
  done
  echo "| $label | $(median "${walls[@]}") | $(median "${cpus[@]}") | $rss |"
}

C1="-XX:TieredStopAtLevel=1"
echo "Size $SIZE ($(find "$site/content" -name '*.adoc' | wc -l) content files), median of $RUNS runs, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| step | wall s | CPU s | peak MiB |"
echo "|---|---|---|---|"
row "floor: default JVM, 1 thread" java -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
row "floor + JRuby \`jruby.compile.mode=OFF\` (interpreter only)" java -Djruby.compile.mode=OFF -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
row "floor + quick compiler only (\`$C1\`)" java $C1 -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
row "floor + C1 + serial GC" java $C1 -XX:+UseSerialGC -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
row "floor + C1 + serial GC + class-data sharing" java $C1 -XX:+UseSerialGC -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
SOONER=-XX:CompileThresholdScaling=0.25
row "floor + C1 + serial GC + CDS + compile sooner (\`$SOONER\`)" java $C1 -XX:+UseSerialGC $SOONER -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
NOGEMS=-Djruby.cli.rubygems.enable=false
row "floor + C1 + serial GC + CDS + compile sooner + RubyGems off (\`$NOGEMS\`)" java $C1 -XX:+UseSerialGC $SOONER $NOGEMS -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
NONATIVE=-Djruby.native.enabled=false
row "floor + C1 + serial GC + CDS + compile sooner + RubyGems off + JRuby's POSIX in Java (\`$NONATIVE\`)" java $C1 -XX:+UseSerialGC $SOONER $NOGEMS $NONATIVE -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
ONEC1=-XX:CICompilerCount=1
row "floor + all of these + one compiler thread (\`$ONEC1\`)" java $C1 -XX:+UseSerialGC $SOONER $NOGEMS $NONATIVE $ONEC1 -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags"
row "all of these + 2 threads (tuned floor)" java $C1 -XX:+UseSerialGC $SOONER $NOGEMS $NONATIVE $ONEC1 -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-flags" 2
row "build, default JVM (\`IPWP_JVM=as-is\`)" env IPWP_JVM=as-is java -jar "$LIB/ipwp.jar" build --no-cache --source "$site" --out "$OUT/www-flags"
row "build as the README runs it (short-run JVM + CDS, workers per core)" java -jar "$LIB/ipwp.jar" build --no-cache --source "$site" --out "$OUT/www-flags"

#!/usr/bin/env bash
# Benchmark for issue 9: times whole processes and writes bench/RESULTS.md.
# Usage: bench/run.sh [SIZES...]   (default: 1 1000 5000; run from anywhere after `mvn -o -DskipTests package`)
# Env: RUNS (default 3, used for sizes < 5000), BIG_RUNS (default 1, for 5000), JAVA_OPTS (extra JVM flags,
#      given to the build, the floor and JBake alike), IPWP_LIB (folder holding ipwp.jar and lib/, default
#      target/) to benchmark another build, JBAKE_MAX_SIZE (stock JBake 2.7.0 is timed only for sizes
#      up to this; default 5000, every default size; JBake needs minutes for 5000 pages, as its render
#      step reads all documents of a type from its database for every page: 1000 leaves that out, 0
#      skips JBake), RESULTS (the results file, default bench/RESULTS.md).
# Stock JBake's class path is resolved once by Maven from bench/jbake/pom.xml into bench/out/jbake-lib/.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
OUT=$REPO/bench/out
LIB=${IPWP_LIB:-$REPO/target}
RUNS=${RUNS:-3}
BIG_RUNS=${BIG_RUNS:-1}
JAVA_OPTS=${JAVA_OPTS:-}
RESULTS=${RESULTS:-$REPO/bench/RESULTS.md}
JBAKE_MAX_SIZE=${JBAKE_MAX_SIZE:-5000}
SIZES=("$@"); [ ${#SIZES[@]} -eq 0 ] && SIZES=(1 1000 5000)
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time: apt-get install -y time" >&2; exit 2; }
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$LIB/lib/*:$LIB/ipwp.jar" bench/src/Floor.java
# The tuned floor (the floor with the build's own start-up settings, see bench/flags.sh) needs its
# classes in a jar: class-data sharing archives nothing from folders.
jar cf "$OUT/floor.jar" -C "$OUT/classes" .
FLOOR_CP="$OUT/floor.jar:$LIB/ipwp.jar:$(ls "$LIB"/lib/*.jar | tr '\n' ':')"
# The build's own short-run settings (org.ipwp.cli.ShortRunJvm, and JRuby's as Main sets them: content.JRubySettings).
SHORT_RUN=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CompileThresholdScaling=0.25 -XX:CICompilerCount=1
           -Djruby.cli.rubygems.enable=false -Djruby.native.enabled=false)
NO_CDS_LOG=(-Xlog:cds=off -Xlog:cds+dynamic=off)

# Stock JBake 2.7.0: jbake-core and the dependency versions it declares (see bench/jbake/pom.xml),
# run through its own launcher (org.jbake.launcher.Main) with the JVM options and the logging
# configuration of its binary distribution's bin/jbake script.
JBAKE_LIB=$OUT/jbake-lib
jbake_wanted=no
for size in "${SIZES[@]}"; do if [ "$size" -le "$JBAKE_MAX_SIZE" ]; then jbake_wanted=yes; fi; done
if [ $jbake_wanted = yes ] && [ ! -f "$JBAKE_LIB/jbake-core-2.7.0.jar" ]; then
  rm -rf "$JBAKE_LIB.tmp"
  mvn -q -f bench/jbake/pom.xml dependency:copy-dependencies -DoutputDirectory="$JBAKE_LIB.tmp"
  rm -rf "$JBAKE_LIB"; mv "$JBAKE_LIB.tmp" "$JBAKE_LIB"     # only a complete copy counts
fi
# jbake_project SITE DIR: a JBake project from a generated corpus: its content/, assets/ and data/
# (JBake reads only YAML data files, the corpus has none) plus bench/jbake/site's jbake.properties
# and FreeMarker templates.
jbake_project() {
  rm -rf "$2"; mkdir -p "$2"
  cp -r "$1/content" "$1/assets" "$1/data" "$2/"
  cp -r bench/jbake/site/jbake.properties bench/jbake/site/templates "$2/"
}
# jbake_check OUT FILES: every content file must have become a page through its template (each
# template prints the body in <div class="body">); JBake logs and skips files it cannot parse.
jbake_check() {
  local pages
  pages=$( (grep -rlF --include='*.html' '<div class="body">' "$1/zh" "$1/en" || true) | wc -l)
  if [ "$pages" -ne "$2" ]; then
    echo "JBake rendered $pages content pages from $2 content files; its log: $OUT/jbake-$size.log" >&2
    grep -E 'WARN|ERROR' "$OUT/jbake-$size.log" | grep -v 'default password\|root" user\|script language' | head -20 >&2 || true
    return 1
  fi
}

# measure LABEL CMD... -> appends "wall_s rss_mib" of one run to $OUT/last
measure() {
  local log=$OUT/time.log
  /usr/bin/time -v -o "$log" "$@" > "$OUT/cmd.out" 2>&1 || { echo "FAILED: $*" >&2; tail -20 "$OUT/cmd.out" >&2; return 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$log")
  echo "$wall $rss"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b>0) printf "%.2f", a/b; else print "n/a" }'; }

# median of a list of numbers
med() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
maxof() { printf '%s\n' "$@" | sort -g | tail -1; }

cache_supported=no
# The first build after packaging writes the short-run JVM's class-data archive beside the jar
# (once, about 1.5 s); do that before anything is timed.
python3 bench/gen_corpus.py "$REPO" "$OUT/site-1" 1 >/dev/null
java $JAVA_OPTS -jar "$LIB/ipwp.jar" build --no-cache --source "$OUT/site-1" --out "$OUT/www-archive" >/dev/null 2>&1
usage=$(java -jar "$LIB/ipwp.jar" build --no-such-option 2>&1 || true)
if grep -q -- '--cache' <<<"$usage"; then cache_supported=yes; fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
write_results() {
{
  echo "# ipwp benchmark results"
  echo
  echo "Generated by \`bench/run.sh ${SIZES[*]}\` (RUNS=$RUNS, BIG_RUNS=$BIG_RUNS, JAVA_OPTS='$JAVA_OPTS', JBAKE_MAX_SIZE=$JBAKE_MAX_SIZE) on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "Machine: $(nproc) cores, $(free -m | awk '/Mem:/{print $2}') MiB memory, $(uname -sr)."
  echo
  echo '```'
  java -version 2>&1
  echo '```'
  echo
  echo "Times are wall-clock seconds of the whole process (median of the runs), RSS is peak resident MiB (max over runs), from \`/usr/bin/time -v\`."
  echo "build = \`java -jar target/ipwp.jar build\` (cold: no cache; it re-runs itself in the short-run JVM with class-data sharing, whose archive a first untimed build wrote); floor = bench/src/Floor.java (one JVM, default settings, one thread, AsciidoctorJ only, same bodies, writes HTML: the floor as issue 9 defines it);"
  echo "tuned floor = the same Floor with the build's own start-up settings (\`${SHORT_RUN[*]}\`, a class-data archive from a training run at that size) converting on 2 threads: the converter's cost after every start-up step of bench/flags.sh;"
  echo "cached = build with a filled \`--cache\` after one chapter changed (median of as many runs as the cold build, each after a new edit of that chapter). With one run (BIG_RUNS=1) the cold build starts from an empty \`--cache\` and fills it (every body is still converted)."
  echo "cached = cold: the cached build's output compared byte for byte (\`diff -r\`) with a cold \`--no-cache\` build of the same changed corpus."
  echo "JBake = stock JBake 2.7.0 baking the same corpus (see below), interleaved with build and floor; HTML = .html files each wrote."
  echo
  echo "Load average (1/5/15 min) before: $LOAD_BEFORE, after: $LOAD_AFTER. Other processes on the machine (e.g. other test runs) inflate absolute times; the ratios compare runs taken interleaved in the same period."
  echo
  echo "| content files | runs | build s | build MiB | floor s | floor MiB | build/floor | tuned floor s | build/tuned floor | cached s | cached MiB | cached/build | cached build converted | cached = cold | build HTML | JBake s | JBake MiB | JBake HTML | JBake/build |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "Stock JBake 2.7.0 is run as its binary distribution runs it: \`java -XX:MaxDirectMemorySize=512m -Djna.nosys=true \$JAVA_OPTS -Dlogback.configurationFile=bench/jbake/logback.xml -cp 'bench/out/jbake-lib/*' org.jbake.launcher.Main -b SRC OUT\` into an emptied OUT."
  echo "The class path is jbake-core 2.7.0 with the versions it declares, resolved by Maven from bench/jbake/pom.xml: AsciidoctorJ 2.5.7, FreeMarker 2.3.31, the OrientDB 3.1.20 content store (in memory, JBake's default, so every bake is cold), logback 1.2.10, and picocli, jetty-server and commons-vfs2, which its launcher loads even for a plain bake."
  echo "SRC is the corpus's content/, assets/ and data/ with bench/jbake/site/jbake.properties (a template per content type, sitemap and 404 on; everything else, AsciidoctorJ options and attributes included, JBake's defaults) and its FreeMarker templates:"
  echo "each page prints its title and \`\${content.body}\` in one HTML layout with a fixed site menu; the home and white-paper contents pages also list their language's published chapters, chapters and letters link to the previous and next document that JBake computes, letters print their document number and date;"
  echo "JBake also writes index.html, archive.html (all letters), feed.xml (Atom, all letters), sitemap.xml and 404.html. JBake knows none of ipwp's AsciiDoc extensions, so \`figure:\` and \`indicator::\` macros stay literal text; it writes no data, search or whole-white-paper pages and checks no links."
  echo "JBake logs one line per file read and per page written (the levels of its distribution's logging configuration); the build prints a summary. The run fails unless every content file became a page."
  if [ "$JBAKE_MAX_SIZE" -gt 0 ]; then
    echo "JBake was timed only for corpora of at most JBAKE_MAX_SIZE=$JBAKE_MAX_SIZE pages."
  else
    echo "JBake was not timed (JBAKE_MAX_SIZE=0)."
  fi
} > "$RESULTS"
}

ROWS=()
for size in "${SIZES[@]}"; do
  site=$OUT/site-$size
  python3 bench/gen_corpus.py "$REPO" "$site" "$size" >/dev/null
  files=$(find "$site/content" -name '*.adoc' | wc -l)
  n=$RUNS; [ "$size" -ge 5000 ] && n=$BIG_RUNS
  build=(java $JAVA_OPTS -jar "$LIB/ipwp.jar" build --source "$site" --out "$OUT/www-$size")
  cold=("${build[@]}"); [ $cache_supported = yes ] && cold+=(--no-cache)
  jbake=no; if [ "$size" -le "$JBAKE_MAX_SIZE" ]; then jbake=yes; fi
  jsrc=$OUT/jbake-src-$size; jout=$OUT/jbake-www-$size
  jbake_cmd=(java -XX:MaxDirectMemorySize=512m -Djna.nosys=true $JAVA_OPTS -Dlogback.configurationFile="$REPO/bench/jbake/logback.xml"
             -cp "$JBAKE_LIB/*" org.jbake.launcher.Main -b "$jsrc" "$jout")
  if [ $jbake = yes ]; then jbake_project "$site" "$jsrc"; fi
  echo "== $size ($files content files), $n run(s) each, build, floor$([ $jbake = yes ] && echo ' and stock JBake') interleaved"
  bw=(); br=(); fw=(); fr=(); tw=(); jw=(); jr=()
  tuned_jsa=$OUT/floor-$size.jsa; rm -f "$tuned_jsa"
  java $JAVA_OPTS "${SHORT_RUN[@]}" -XX:ArchiveClassesAtExit="$tuned_jsa" "${NO_CDS_LOG[@]}" -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-$size" >/dev/null 2>&1
  tuned=(java $JAVA_OPTS "${SHORT_RUN[@]}" -XX:SharedArchiveFile="$tuned_jsa" "${NO_CDS_LOG[@]}" -cp "$FLOOR_CP" Floor "$site" "$OUT/floor-$size" 2)
  fill=yes
  if [ "$n" -eq 1 ] && [ $cache_supported = yes ]; then
    # A single run (5,000 pages): the cold build starts from an empty cache and fills it, which
    # saves a second full build; it still converts every body.
    rm -rf "$OUT/cache-$size"; cold=("${build[@]}" --cache "$OUT/cache-$size"); fill=no
  fi
  for ((i=0;i<n;i++)); do
    # Interleaved, so that load from other processes on the machine hits both alike.
    r=$(measure "${cold[@]}"); bw+=("${r% *}"); br+=("${r#* }")
    r=$(measure java $JAVA_OPTS -cp "$LIB/lib/*:$OUT/classes" Floor "$site" "$OUT/floor-$size"); fw+=("${r% *}"); fr+=("${r#* }")
    r=$(measure "${tuned[@]}"); tw+=("${r% *}")
    if [ $jbake = yes ]; then
      rm -rf "$jout"     # JBake only adds to its output folder; start each bake from nothing
      r=$(measure "${jbake_cmd[@]}") || { cp "$OUT/cmd.out" "$OUT/jbake-$size.log"; echo "JBake log: $OUT/jbake-$size.log" >&2; exit 1; }
      jw+=("${r% *}"); jr+=("${r#* }")
      cp "$OUT/cmd.out" "$OUT/jbake-$size.log"
      jbake_check "$jout" "$files"
    fi
  done
  b_w=$(med "${bw[@]}"); b_r=$(maxof "${br[@]}"); f_w=$(med "${fw[@]}"); f_r=$(maxof "${fr[@]}"); t_w=$(med "${tw[@]}")
  b_html=$(find "$OUT/www-$size" -name '*.html' | wc -l)
  j_w="not run"; j_r="not run"; j_html="not run"; j_ratio="not run (> JBAKE_MAX_SIZE)"
  if [ $jbake = yes ]; then
    j_w=$(med "${jw[@]}"); j_r=$(maxof "${jr[@]}"); j_html=$(find "$jout" -name '*.html' | wc -l); j_ratio=$(ratio "$j_w" "$b_w")
    echo "JBake: $(grep -o 'Baked [0-9]* items in [0-9]*ms' "$OUT/jbake-$size.log" || true);" \
      "$(grep -c ' WARN ' "$OUT/jbake-$size.log" || true) WARN and $(grep -c ' ERROR ' "$OUT/jbake-$size.log" || true) ERROR lines in the last log ($OUT/jbake-$size.log)"
  fi
  warm="n/a"; warm_rss="n/a"; counts=""; same="n/a"
  if [ $cache_supported = yes ]; then
    if [ $fill = yes ]; then
      rm -rf "$OUT/cache-$size"
      measure "${build[@]}" --cache "$OUT/cache-$size" >/dev/null          # fill the cache
    fi
    # A numbered chapter (not the contents page), so that the single-page white paper is rendered again too.
    chapter=$(ls "$site"/content/en/whitepaper/*.adoc | grep -v '/index.adoc$' | sort | tail -1)
    # As many cached rebuilds as cold builds, each after a new edit of the chapter: the median and the largest RSS.
    cw=(); cr=()
    for ((r = 1; r <= n; r++)); do
      printf '\nChanged for the cached-rebuild benchmark, run %s.\n' "$r" >> "$chapter"
      w=$(measure "${build[@]}" --cache "$OUT/cache-$size")
      cw+=("${w% *}"); cr+=("${w#* }")
    done
    warm=$(med "${cw[@]}"); warm_rss=$(maxof "${cr[@]}")
    counts=$(grep -o 'converted [0-9]* of [0-9]* bodies' "$OUT/cmd.out" || true)
    # Correctness first: the cached build must publish exactly what a cold build publishes.
    java $JAVA_OPTS -jar "$LIB/ipwp.jar" build --no-cache --source "$site" --out "$OUT/www-cold-$size" >/dev/null 2>&1
    if diff -r -q "$OUT/www-$size" "$OUT/www-cold-$size" >/dev/null; then same=yes; else same="NO (diff -r $OUT/www-$size $OUT/www-cold-$size)"; fi
  fi
  row="| $files | ${n} | $b_w | $b_r | $f_w | $f_r | $(ratio "$b_w" "$f_w") | $t_w | $(ratio "$b_w" "$t_w") | $warm | $warm_rss | $(ratio "$warm" "$b_w") | $counts | $same | $b_html | $j_w | $j_r | $j_html | $j_ratio |"
  echo "$row"
  ROWS+=("$row")
  LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
  write_results     # after every size, so that an interrupted run keeps what it measured
done
cat "$RESULTS"


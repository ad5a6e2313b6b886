#!/usr/bin/env bash
# Start-up settings experiment (issue 9, "shrink the floor"): times the cold build (--no-cache) of
# an existing corpus bench/out/site-SIZE (made by run.sh) under several JVM settings.
# Usage: bench/flags.sh SIZE [RUNS]   -> prints a markdown table (median wall s, max RSS MiB).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/bench/out
SIZE=${1:-1000}; RUNS=${2:-3}
LIB=${IPWP_LIB:-$PWD/target}
site=$OUT/site-$SIZE
[ -d "$site" ] || python3 bench/gen_corpus.py "$PWD" "$site" "$SIZE" >/dev/null
jsa=$OUT/ipwp-$SIZE.jsa
# Dynamic class-data sharing archive from one training build (Java 13+).
[ -f "$jsa" ] || java -XX:ArchiveClassesAtExit="$jsa" -jar "$LIB/ipwp.jar" build --no-cache --source "$site" --out "$OUT/www-flags" >/dev/null 2>&1
one() {
  /usr/bin/time -v -o "$OUT/flags.time" java "$@" -jar "$LIB/ipwp.jar" build --no-cache --source "$site" --out "$OUT/www-flags" >/dev/null 2>&1
  awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; w=s} /Maximum resident/{r=$2/1024} END{printf "%s %.0f\n", w, r}' "$OUT/flags.time"
}
echo "| JVM settings (size $SIZE, median of $RUNS) | wall s | peak MiB |"
echo "|---|---|---|"
while IFS= read -r opts; do
  walls=(); rss=0
  for ((i=0;i<RUNS;i++)); do
    # shellcheck disable=SC2086
    r=$(one $opts); walls+=("${r% *}"); [ "${r#* }" -gt "$rss" ] && rss=${r#* }
  done
  med=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  echo "| \`${opts:-(none)}\` | $med | $rss |"
done <<LIST

-XX:TieredStopAtLevel=1
-XX:+UseSerialGC
-XX:SharedArchiveFile=$jsa
-XX:+UseSerialGC -XX:SharedArchiveFile=$jsa
LIST

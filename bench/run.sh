#!/usr/bin/env bash
# Benchmark `tolk build` (and Hugo, when installed) on synthetic sites.
#
#   bench/run.sh [PAGES_PER_LANGUAGE ...]     default: 1000 10000
#
# Generates each site with ../shared/bench/gen_site.py (3 languages), copies
# bench/templates/ over the generated tolk templates, and builds into a tmpfs
# folder (/dev/shm) and a disk folder. Prints wall time, CPU time, peak memory
# and pages per second; with Hugo on PATH (apt-get install hugo), alternates
# tolk and Hugo runs (A B A B …) and prints the median ratio of 5 pairs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
gen="${GEN_SITE:-$repo/../shared/bench/gen_site.py}"
work="${BENCH_DIR:-/tmp/tolk-bench}"
runs="${RUNS:-5}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
(cd "$repo" && cargo build --release --quiet)
tolk="$repo/target/release/tolk"

# measure LABEL CMD... → prints one line and sets $wall
measure() {
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  local user sys rss
  user=$(awk -F': ' '/User time/ {print $2}' "$log")
  sys=$(awk -F': ' '/System time/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$log")
  printf '%-28s wall %6.2f s  cpu %6.2f s  peak %6s MiB  %8.0f pages/s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$rss" "$(echo "$pages / $wall" | bc -l)"
  rm -f "$log"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

for n in "${sizes[@]}"; do
  site="$work/site-$n"
  if [ ! -d "$site/tolk" ]; then
    python3 "$gen" --pages "$n" --langs sv,en,ru --out "$site" >/dev/null
  fi
  rm -rf "$site/tolk/themes/default/templates"
  mkdir -p "$site/tolk/themes/default/templates"
  cp "$here"/templates/*.html "$site/tolk/themes/default/templates/"
  pages=$(find "$site/tolk/content" -name '*.md' | wc -l)
  echo "== $n pages per language ($pages content files, 3 languages)"
  measure "tolk → tmpfs" "$tolk" build --root "$site/tolk" --output /dev/shm/tolk-bench-out
  measure "tolk → disk" "$tolk" build --root "$site/tolk" --output "$work/out-$n"
  measure "tolk → tmpfs, 1 thread" env RAYON_NUM_THREADS=1 "$tolk" build --root "$site/tolk" --output /dev/shm/tolk-bench-out-1
  if diff -r /dev/shm/tolk-bench-out /dev/shm/tolk-bench-out-1 >/dev/null; then
    echo "output identical with 1 thread and with all threads"
  else
    echo "OUTPUT DIFFERS between 1 thread and all threads"; exit 1
  fi
  if command -v hugo >/dev/null; then
    ratios=()
    for i in $(seq "$runs"); do
      measure "tolk (pair $i)" "$tolk" build --root "$site/tolk" --output /dev/shm/tolk-bench-out; t=$wall
      measure "hugo (pair $i)" hugo --quiet --source "$site/hugo" --destination /dev/shm/hugo-bench-out; h=$wall
      ratios+=("$(echo "$t / $h" | bc -l)")
    done
    printf 'tolk/hugo wall ratio, median of %s pairs: %.3f\n' "$runs" "$(printf '%s\n' "${ratios[@]}" | median)"
  fi
  rm -rf /dev/shm/tolk-bench-out /dev/shm/tolk-bench-out-1 /dev/shm/hugo-bench-out "$work/out-$n"
done

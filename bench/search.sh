#!/usr/bin/env bash
# Search against its yardstick, side by side in one run:
#
#   bench/search.sh [PAGES_PER_LANGUAGE ...]     default: 1000 10000
#
# For each size (3 languages, ../shared/bench/gen_site.py, bench/templates
# plus the default theme's search.html), runs
#   1. `tolk build` (search in process, Pagefind's Rust library),
#   2. `tolk build --no-search`, then the Pagefind CLI (npm `pagefind`,
#      pinned below) over that output,
# and prints wall time and peak memory of each, the ratio
# tolk+search / (no-search + CLI), and the index size per language.
# The CLI is installed with npm into $BENCH_DIR/pagefind-cli (once).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
gen="${GEN_SITE:-$repo/../shared/bench/gen_site.py}"
work="${BENCH_DIR:-/tmp/tolk-bench}"
pagefind_version=1.6.0
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
(cd "$repo" && cargo build --release --quiet)
tolk="$repo/target/release/tolk"
mkdir -p "$work"
cli_dir="$work/pagefind-cli"
if [ ! -x "$cli_dir/node_modules/.bin/pagefind" ]; then
  mkdir -p "$cli_dir"
  (cd "$cli_dir" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "pagefind@$pagefind_version" >/dev/null)
fi
pagefind="$cli_dir/node_modules/.bin/pagefind"

# measure LABEL CMD... → prints one line, sets $wall and $rss (MiB)
measure() {
  local label=$1; shift
  local log; log=$(mktemp)
  /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident/ {printf "%.0f", $2/1024}' "$log")
  printf '%-34s wall %7.2f s  peak %6s MiB\n' "$label" "$wall" "$rss"
  rm -f "$log"
}

for n in "${sizes[@]}"; do
  site="$work/site-$n"
  if [ ! -d "$site/tolk" ]; then
    python3 "$gen" --pages "$n" --langs sv,en,ru --out "$site" >/dev/null
  fi
  rm -rf "$site/tolk/themes/default/templates"
  mkdir -p "$site/tolk/themes/default/templates"
  cp "$here"/templates/*.html "$site/tolk/themes/default/templates/"
  out=/dev/shm/tolk-search-bench
  echo "== $n pages per language (3 languages)"
  measure "tolk build (with search)" "$tolk" build --root "$site/tolk" --output "$out"; t_with=$wall; p_with=$rss
  for l in sv en ru; do
    printf '  index %s: %s in %s parts\n' "$l" "$(du -sh "$out/pagefind/$l" | cut -f1)" "$(( $(find "$out/pagefind/$l" -maxdepth 1 -name 'part-*' | wc -l) + 1 ))"
  done
  rm -rf "$out"
  measure "tolk build --no-search" "$tolk" build --no-search --root "$site/tolk" --output "$out"; t_without=$wall
  measure "pagefind $pagefind_version CLI over it" "$pagefind" --site "$out" --output-subdir pagefind-cli; t_cli=$wall; p_cli=$rss
  printf 'ratio tolk+search / (no-search + CLI): %.2f (%.2f s vs %.2f s); peaks %s vs %s MiB\n' \
    "$(echo "$t_with / ($t_without + $t_cli)" | bc -l)" "$t_with" "$(echo "$t_without + $t_cli" | bc -l)" "$p_with" "$p_cli"
  rm -rf "$out"
done

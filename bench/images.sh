#!/usr/bin/env bash
# Benchmark: a site with 20 photos of 12 MP (4000 × 3000, ~5 MB each, with
# GPS and a camera serial in their EXIF), against the same site without
# them. Prints the cold build (every derivative encoded, empty
# .tolk-cache/), the warm rebuild (derivatives from the cache), peak
# memory, the bytes a reader downloads per page against the originals, and
# checks that no serial is published.
#
#   bench/images.sh            (PHOTOS=20; BENCH_DIR=/tmp/tolk-bench-images)
#
# The photos are made by examples/gen_photos.rs (the image crate).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
work="${BENCH_DIR:-/tmp/tolk-bench-images}"
photos="${PHOTOS:-20}"
runs="${RUNS:-5}"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 1; }
(cd "$repo" && cargo build --release --quiet && cargo build --release --quiet --example gen_photos)
tolk="$repo/target/release/tolk"

[ -f "$work/photos/photo-$(printf %02d "$photos").jpg" ] || "$repo/target/release/examples/gen_photos" "$work/photos" "$photos"

make_site() { # DIR WITH_PHOTOS
  rm -rf "$1"
  cp -r "$repo/tests/fixtures/basic" "$1"
  cp -r "$repo/themes/default" "$1/themes/"
  sed -i 's/theme: plain/theme: default/' "$1/site.yaml"
  mkdir -p "$1/content/sv/photos"
  printf -- '---\ntitle: Bilder\n---\n' >"$1/content/sv/photos/_index.md"
  for i in $(seq -w 1 "$photos"); do
    local img=""
    if [ "$2" = yes ]; then
      cp "$work/photos/photo-$i.jpg" "$1/content/sv/photos/p$i.jpg"
      img="![Foto $i från seminariet](p$i.jpg \"Seminariet, bild $i\")"
    elif [ "$2" = copy ]; then
      # The same bytes under a name tolk copies as it is.
      cp "$work/photos/photo-$i.jpg" "$1/content/sv/photos/p$i.dat"
      img="[Foto $i](p$i.dat)"
    fi
    printf -- '---\ntitle: Bild %s\n---\nText om bilden.\n\n%s\n' "$i" "$img" >"$1/content/sv/photos/p$i.md"
  done
}
make_site "$work/with" yes
make_site "$work/without" no
make_site "$work/copied" copy

# run LABEL SITE OUT → "wall peak_mib"
run() {
  local log; log=$(mktemp)
  /usr/bin/time -v "$tolk" build --root "$2" --output "$3" >/dev/null 2>"$log" || { cat "$log"; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; w=s} /Maximum resident/ {m=$2/1024} END {printf "%.3f %.0f\n", w, m}' "$log"
  rm -f "$log"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true
rm -rf "$work/out-with" "$work/with/.tolk-cache"
read -r cold cold_mem < <(run cold "$work/with" "$work/out-with")
printf '%-40s %7.3f s  peak %5s MiB\n' "cold build, ${photos} photos, empty cache" "$cold" "$cold_mem"
with=(); without=(); copied=(); mem=0
for i in $(seq "$runs"); do
  read -r w m < <(run warm "$work/with" "$work/out-with"); with+=("$w"); mem=$m
  read -r w _ < <(run warm "$work/without" "$work/out-without"); without+=("$w")
  read -r w _ < <(run warm "$work/copied" "$work/out-copied"); copied+=("$w")
done
mw=$(printf '%s\n' "${with[@]}" | median); mo=$(printf '%s\n' "${without[@]}" | median); mc=$(printf '%s\n' "${copied[@]}" | median)
printf '%-40s %7.3f s  peak %5s MiB\n' "warm rebuild with photos (median of $runs)" "$mw" "$mem"
printf '%-40s %7.3f s\n' "warm rebuild without photos (median)" "$mo"
printf '%-40s %7.3f s\n' "same bytes copied as files (median)" "$mc"
printf '%-40s %+6.1f %% (vs copying the same bytes: %+.1f %%)\n' "difference" "$(echo "($mw - $mo) / $mo * 100" | bc -l)" "$(echo "($mw - $mc) / $mc * 100" | bc -l)"
orig=$(cat "$work"/with/content/sv/photos/p*.jpg | wc -c)
derived=$(cat "$work"/out-with/sv/photos/*w.* | wc -c)
printf '%-40s %d files, %d bytes (originals %d bytes)\n' "derivatives published" "$(ls "$work"/out-with/sv/photos/*w.* | wc -l)" "$derived" "$orig"
# What a reader downloads per page: the 960w WebP (a 42rem column at 1x,
# or a phone at 2x) or the 1600w JPEG (a browser without WebP at 2x).
webp=$(cat "$work"/out-with/sv/photos/p*.960w.webp | wc -c)
jpeg=$(cat "$work"/out-with/sv/photos/p*.1600w.jpg | wc -c)
printf '%-40s original %d B, 960w WebP %d B (%.1f %%), 1600w JPEG %d B (%.1f %%)\n' "per page (mean of ${photos})" \
  $((orig / photos)) $((webp / photos)) "$(echo "$webp * 100 / $orig" | bc -l)" $((jpeg / photos)) "$(echo "$jpeg * 100 / $orig" | bc -l)"
if grep -lc "SN-4815162342" "$work"/out-with/sv/photos/*.* >/dev/null 2>&1; then
  echo "FAIL: a camera serial was published"; exit 1
fi
echo "no camera serial in any published photo"

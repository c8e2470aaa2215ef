#!/bin/bash
# Times `tolk po` and `tolk build` with catalogues on a synthetic site:
# bench/po.sh [PAGES_PER_LANGUAGE] (default 10000: 10,000 Swedish source
# pages and 30,000 built pages in sv, en and ru). en and ru keep only their
# home pages, so every other page is made from po/<lang>.po: en fully
# translated (msgen), ru with every 4th message left untranslated. Needs
# GNU gettext (msgen, msgfmt) and a release build (target/release/tolk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pages=${1:-10000}
B=${BENCH_DIR:-/tmp/tolk-po-bench}
T=$here/../target/release/tolk
S=$B/tolk
rm -rf "$B"
python3 "$here/../../shared/bench/gen_site.py" --pages "$pages" --langs sv,en,ru --seed 1 --out "$B" > /dev/null
rm -rf "$B/hugo" "$B/zola"
rm -rf "$S/themes/default/templates"; mkdir -p "$S/themes/default/templates"
cp "$here"/templates/*.html "$S/themes/default/templates/"
find "$S/content/en" "$S/content/ru" -name '*.md' ! -path "$S/content/en/_index.md" ! -path "$S/content/ru/_index.md" -delete
echo "source pages: $(find "$S/content/sv" -name '*.md' | wc -l)"
echo "== tolk po (extract)"
/usr/bin/time -f "%e s, %M KB max RSS" "$T" po --root "$S"
msgen "$S/po/en.po" -o "$S/po/en.po"
msgen "$S/po/ru.po" -o "$S/po/ru.po"
python3 - "$S/po/ru.po" <<'PY'
import sys
p = sys.argv[1]
blocks = open(p, encoding='utf-8').read().split('\n\n')
for i, b in enumerate(blocks):
    if i > 0 and i % 4 == 0 and '\nmsgstr ' in b and not b.startswith('#~'):
        blocks[i] = b.partition('\nmsgstr ')[0] + '\nmsgstr ""'
open(p, 'w', encoding='utf-8').write('\n\n'.join(blocks))
PY
for f in "$S"/po/*.po "$S/po/messages.pot"; do msgfmt --check -o /dev/null "$f" && echo "msgfmt --check $f: ok"; done
echo "== tolk build with catalogues"
/usr/bin/time -f "%e s, %M KB max RSS" "$T" build --root "$S" --no-search --now 2026-11-29T12:00:00Z
echo "== tolk status"
/usr/bin/time -f "%e s" "$T" status --root "$S" | head -6
echo "== one source paragraph edited, tolk po again (update)"
f=$(find "$S/content/sv" -name '*.md' ! -name '_index.md' | sort | head -1)
python3 - "$f" <<'PY'
import sys
p = sys.argv[1]
lines = open(p, encoding='utf-8').read().split('\n')
end = [i for i, l in enumerate(lines) if l == '---'][1]
for i in range(end + 1, len(lines)):
    if len(lines[i]) > 40 and not lines[i].startswith(('#', '-', '|', '>', '`', ' ')):
        lines[i] = lines[i].replace(' ', ' mycket ', 1)
        break
open(p, 'w', encoding='utf-8').write('\n'.join(lines))
PY
/usr/bin/time -f "%e s, %M KB max RSS" "$T" po --root "$S"
python3 - "$S/po/en.po" <<'PY'
import sys
print(next(b for b in open(sys.argv[1], encoding='utf-8').read().split('\n\n') if '#, fuzzy' in b))
PY
msgfmt --check -o /dev/null "$S/po/en.po" && echo "msgfmt --check en.po after the update: ok"
echo "== the same site without catalogues (every en/ru page a fallback)"
mv "$S/po" "$B/po-aside"
/usr/bin/time -f "%e s, %M KB max RSS" "$T" build --root "$S" --no-search --now 2026-11-29T12:00:00Z
mv "$B/po-aside" "$S/po"

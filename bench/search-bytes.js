'use strict';
// Bytes a browser downloads for one search query, as the default theme's
// results page asks for them (Pagefind's script, worker, WebAssembly, the
// entry and metadata of every part, the index chunks and the fragments of
// the first ten results):
//
//   node bench/search-bytes.js OUTPUT_DIR LANG QUERY
//
// OUTPUT_DIR is a built site. Serves it on 127.0.0.1, opens a blank page in Debian's Chromium
// (playwright-core from tests/e2e/node_modules), runs the query and prints
// the bytes served per kind of file (no HTTP compression: Pagefind's
// files are compressed already).
const path = require('path');
const fs = require('fs');
const e2e = path.join(__dirname, '..', 'tests', 'e2e');
const { chromium } = require(path.join(e2e, 'node_modules', 'playwright-core'));

const [out, lang, query] = process.argv.slice(2);
if (!out || !lang || !query) {
  console.error('usage: node bench/search-bytes.js OUTPUT_DIR LANG QUERY');
  process.exit(2);
}
const bundle = path.join(out, 'pagefind', lang);
const parts = fs.readdirSync(bundle).filter((d) => /^part-\d+$/.test(d)).sort((a, b) => a.slice(5) - b.slice(5));
const port = 20000 + Math.floor(Math.random() * 20000);

// A static server that counts what it sends: Pagefind fetches from a web
// worker, which a page's network events do not show.
const sent = [];
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const server = require('http').createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.join(path.resolve(out), path.normalize(rel));
  if (!file.startsWith(path.resolve(out)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404);
    res.end();
    return;
  }
  const body = fs.readFileSync(file);
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'content-length': body.length });
  res.end(body);
  sent.push({ url: rel, bytes: body.length });
});

(async () => {
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    fs.writeFileSync(path.join(out, '__bench-search.html'), '<!DOCTYPE html><title>bench</title>');
    await page.goto(`http://127.0.0.1:${port}/__bench-search.html`);
    sent.length = 0;
    const count = await page.evaluate(async ({ lang, parts, query }) => {
      const pf = await import(`/pagefind/${lang}/pagefind.js`);
      for (const part of parts) await pf.mergeIndex(`/pagefind/${lang}/${part}/`);
      const search = await pf.search(query);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return search.results.length;
    }, { lang, parts, query });
    const kinds = {};
    let total = 0;
    for (const { url: u, bytes: n } of sent) {
      const kind = /\/fragment\//.test(u) ? 'fragments' : /\/index\//.test(u) ? 'index chunks' : /\/filter\//.test(u) ? 'filters'
        : /wasm\./.test(u) ? 'WebAssembly' : /\.pf_meta$/.test(u) ? 'metadata' : /\.js$/.test(u) ? 'scripts' : 'other';
      kinds[kind] = kinds[kind] || { files: 0, bytes: 0 };
      kinds[kind].files += 1;
      kinds[kind].bytes += n;
      total += n;
    }
    console.log(`“${query}” in ${lang}: ${count} results; ${parts.length + 1} parts; ${total} bytes in ${sent.length} files`);
    for (const [k, v] of Object.entries(kinds).sort()) console.log(`  ${k.padEnd(13)} ${String(v.files).padStart(4)} files ${String(v.bytes).padStart(9)} bytes`);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(path.join(out, '__bench-search.html'), { force: true });
  }
})().catch((e) => { console.error(e); process.exit(1); });

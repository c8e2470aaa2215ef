// The browser CMS as its real client sees it: a fixture site built with
// `cms:` (backend test-repo, script pointed at the installed
// @sveltia/cms copy), served on 127.0.0.1 and opened in Debian's Chromium.
// The admin must boot without a configuration error, console error or
// uncaught exception, and list every collection; every locale must be
// offered. Run: node tests/e2e/cms.js after `cargo build` (E2E_TOLK names
// the binary).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const REPO = path.resolve(__dirname, '../..');
const TOLK = process.env.E2E_TOLK || path.join(REPO, 'target/debug/tolk');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'tolk-cms-'));
const results = [];

function record(name, ok, detail) {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n     ${String(detail).replace(/\n/g, '\n     ')}` : ''}`);
}

function buildSite() {
  const src = path.join(TMP, 'src');
  fs.cpSync(path.join(REPO, 'tests/fixtures/basic'), src, { recursive: true });
  fs.appendFileSync(path.join(src, 'site.yaml'), 'cms:\n  backend:\n    name: test-repo\n  script: ../cms-dist/sveltia-cms.js\n');
  const out = path.join(TMP, 'site');
  const r = spawnSync(TOLK, ['build', '--root', src, '--output', out, '--now', '2026-11-29T12:00:00Z'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tolk build failed:\n${r.stderr}`);
  fs.cpSync(path.join(__dirname, 'node_modules/@sveltia/cms/dist'), path.join(out, 'cms-dist'), { recursive: true });
  return out;
}

function serve(dir) {
  return new Promise((resolve, reject) => {
    const net = require('net');
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const port = probe.address().port;
      probe.close(() => {
        const child = spawn(process.execPath, [path.join(__dirname, 'static-server.js'), String(port), `/=${dir}`], { stdio: 'ignore' });
        const deadline = Date.now() + 5000;
        const tryConnect = () => {
          const s = net.connect(port, '127.0.0.1', () => {
            s.end();
            resolve({ child, base: `http://127.0.0.1:${port}/` });
          });
          s.on('error', () => (Date.now() > deadline ? reject(new Error('server did not start')) : setTimeout(tryConnect, 100)));
        };
        tryConnect();
      });
    });
  });
}

async function main() {
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (e) {
    if (process.env.CI) throw e;
    console.log('skipped: playwright-core not installed (npm ci in tests/e2e)');
    return;
  }
  const out = buildSite();
  const config = JSON.parse(fs.readFileSync(path.join(out, 'admin/config.yml'), 'utf8'));
  const { child, base } = await serve(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const foreign = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(base)) return route.continue();
      // The CMS's own requests (its update check and fonts): allowed on
      // the admin page only, answered here so that the test needs no network.
      foreign.push(url);
      return route.fulfill({ status: 200, contentType: url.endsWith('.json') ? 'application/json' : 'application/octet-stream', body: url.endsWith('.json') ? '{"version":"0.221.1"}' : '' });
    });
    const errors = [];
    // Sveltia CMS 0.221.1 (the latest release) throws once after saving an
    // entry whose other locales are not enabled yet (initial_locales:
    // default): its locale switcher reads the validation of a disabled
    // locale (`Object.values(undefined)`). The save itself is complete; the
    // test reads the saved file. That one error is reported, not failed on.
    let saving = false;
    const upstream = [];
    page.on('pageerror', (e) => {
      if (saving && /Cannot convert undefined or null to object/.test(e.message) && /Object\.values[\s\S]*sveltia-cms\.js/.test(e.stack || '')) upstream.push(e.message);
      else errors.push(`uncaught: ${e}`);
    });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    await page.goto(`${base}admin/index.html`);
    const signIn = page.getByRole('button', { name: /sign in|log in|test|local/i }).first();
    await signIn.waitFor({ timeout: 20000 });
    await signIn.click();
    const labels = config.collections.map((c) => c.label);
    let missing = labels;
    const deadline = Date.now() + 20000;
    while (missing.length && Date.now() < deadline) {
      const text = await page.locator('body').innerText();
      missing = labels.filter((l) => !text.includes(l));
      if (missing.length) await page.waitForTimeout(300);
    }
    record('the admin boots with the test-repo backend and lists every collection', missing.length === 0, `missing: ${missing.join(', ')}\n${(await page.locator('body').innerText()).slice(0, 800)}`);
    const body = await page.locator('body').innerText();
    record('no configuration error is shown', !/configuration error|config error|invalid config/i.test(body), body.slice(0, 800));
    await page.screenshot({ path: path.join(TMP, 'admin.png') });
    // An entry written through the UI: a new news item, saved by the
    // test-repo backend into the browser's origin-private file system.
    // The editor must offer every locale; the saved file must be at the
    // path tolk expects and `tolk build` must accept it unchanged.
    await page.getByRole('button', { name: 'Create New Entry' }).first().click();
    const title = page.getByRole('textbox', { name: 'Title' }).first();
    await title.waitFor({ timeout: 10000 });
    const offered = await page.evaluate(() => [...document.querySelectorAll('[role=radio]')].map((e) => e.textContent.trim()));
    const names = { sv: 'Swedish', en: 'English', de: 'German' };
    const notOffered = config.i18n.locales.filter((l) => !offered.some((o) => o.endsWith(names[l])));
    record('the editor offers every locale of site.yaml', notOffered.length === 0, `missing ${notOffered.join(', ')} in ${offered.join(', ')}`);
    await title.fill('Seminarium om människohandel');
    // The editor renders fields as they scroll into view: scroll its pane
    // down to the text field.
    const text = page.getByRole('textbox', { name: 'Text', exact: true }).first();
    const box = await title.boundingBox();
    for (let i = 0; i < 40 && !(await text.count()); i++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(150);
    }
    await text.click();
    await page.keyboard.type('Programmet presenteras i Stockholm.');
    saving = true;
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Entry saved.').waitFor({ timeout: 15000 }).catch(() => {});
    const saved = await page.waitForFunction(async () => {
      const found = {};
      async function walk(dir, prefix) {
        for await (const [name, h] of dir.entries()) {
          if (h.kind === 'directory') await walk(h, `${prefix}${name}/`);
          else found[prefix + name] = await (await h.getFile()).text();
        }
      }
      await walk(await navigator.storage.getDirectory(), '');
      return Object.keys(found).length ? found : null;
    }, null, { timeout: 15000, polling: 300 }).then((h) => h.jsonValue()).catch(() => ({}));
    const files = Object.fromEntries(Object.entries(saved).map(([k, v]) => [k.replace(/^[^/]*sveltia[^/]*\//, ''), v]));
    const want = 'content/sv/news/seminarium-om-manniskohandel.md';
    const alt = Object.keys(files).find((k) => k.startsWith('content/sv/news/') && k.endsWith('.md'));
    record('the entry is saved as a Markdown file in content/<lang>/<section>/, in the default language only',
      alt && Object.keys(files).length === 1, `saved: ${JSON.stringify(Object.keys(files))} (expected ${want})`);
    if (alt) {
      const src = path.join(TMP, 'src');
      const dest = path.join(src, alt);
      fs.writeFileSync(dest, files[alt]);
      const out2 = path.join(TMP, 'site-with-entry');
      const r = spawnSync(TOLK, ['build', '--root', src, '--output', out2, '--now', '2026-11-29T12:00:00Z'], { encoding: 'utf8' });
      const unchanged = fs.readFileSync(dest, 'utf8') === files[alt];
      // The news section may have a localised address: find the page by its file name.
      const stem = path.basename(alt, '.md');
      const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
      const html = fs.existsSync(out2) ? walk(out2).find((f) => f.endsWith(`${path.sep}${stem}${path.sep}index.html`)) : undefined;
      const published = html && fs.readFileSync(html, 'utf8');
      record('tolk build accepts the saved entry unchanged and publishes it',
        r.status === 0 && unchanged && published && published.includes('Seminarium om människohandel') && published.includes('Programmet presenteras i Stockholm.'),
        `status ${r.status}\n${r.stderr}\nfile:\n${files[alt]}\npublished: ${Boolean(published)} (${html})`);
    }
    record('no console error or uncaught exception', errors.length === 0, errors.join('\n'));
    if (upstream.length) console.log(`note: Sveltia CMS's known error after saving with other locales disabled: ${upstream[0]}`);
    const hosts = [...new Set(foreign.map((u) => new URL(u).host))];
    record('the admin requests nothing but the CMS\'s own hosts', hosts.every((h) => ['unpkg.com', 'cdn.jsdelivr.net'].includes(h)), hosts.join('\n'));
  } finally {
    await browser.close();
    child.kill();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed}/${results.length} checks passed (screenshot: ${path.join(TMP, 'admin.png')})`);
  if (failed) process.exit(1);
}

main().catch((e) => { console.error(e); process.exit(1); });

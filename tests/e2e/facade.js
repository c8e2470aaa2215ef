'use strict';
// Browser gate for rich content (issue 16): the video facade makes no
// third-party request before the reader chooses to play, works by keyboard
// and without JavaScript; callouts and components pass axe (WCAG 2.1 AA) in
// light and dark, left to right and right to left.
//
//   node facade.js            (E2E_TOLK: the tolk binary, default target/debug/tolk)
//
// Builds a small site (the basic fixture with the default theme and a page
// of components in sv, en and ar) into a temp folder, serves it on
// 127.0.0.1 with static-server.js, and drives Debian's Chromium through
// playwright-core with every request intercepted: requests to the local
// server continue, anything else is recorded and aborted, so the test never
// reaches the network. Ends with "N passed, M failed".
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const REPO = path.resolve(__dirname, '../..');
const TOLK = process.env.E2E_TOLK || path.join(REPO, 'target/debug/tolk');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'tolk-facade-'));
const results = [];

function record(name, ok, detail) {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `\n     ${String(detail).replace(/\n/g, '\n     ')}` : ''}`);
}

const BODY = [
  'Intro.',
  '',
  '> [!WARNING]',
  '> Sista dagen är **1 mars**.',
  '',
  '> [!TIP]',
  '> Ett tips.',
  '',
  '::: video https://www.youtube.com/watch?v=aqz-KE-bpKQ title="Seminariet"',
  'Inspelning från seminariet.',
  ':::',
  '',
  '::: video https://vimeo.com/76979871',
  ':::',
  '',
  '::: video https://tube.example.org/w/9c9de5e8-0a1e-484a-b099-e80766180a6d',
  ':::',
  '',
  '::: details Hur söker jag?',
  'Skriv till oss.',
  ':::',
  '',
  '::: button contact.md',
  'Kontakta oss',
  ':::',
  '',
].join('\n');

function buildSite() {
  const src = path.join(TMP, 'src');
  fs.cpSync(path.join(REPO, 'tests/fixtures/basic'), src, { recursive: true });
  fs.cpSync(path.join(REPO, 'themes/default'), path.join(src, 'themes/default'), { recursive: true });
  let yaml = fs.readFileSync(path.join(src, 'site.yaml'), 'utf8').replace('theme: plain', 'theme: default');
  yaml = yaml.replace('languages:\n', 'languages:\n  ar: {}\n');
  fs.writeFileSync(path.join(src, 'site.yaml'), yaml);
  for (const [lang, title] of [['sv', 'Om oss'], ['en', 'About us'], ['ar', 'من نحن']]) {
    fs.mkdirSync(path.join(src, 'content', lang), { recursive: true });
    fs.writeFileSync(path.join(src, 'content', lang, 'about.md'), `---\ntitle: ${title}\nslug: om-oss\n---\n${BODY}`);
  }
  // Images beside the page, published without metadata: a JPEG whose EXIF
  // says "rotate 90°" (orientation 6) next to GPS data, a PNG, a WebP.
  const images = path.join(REPO, 'tests/fixtures/images');
  const jpeg = fs.readFileSync(path.join(images, 'photo.jpg'));
  const app0End = 4 + jpeg.readUInt16BE(4);
  const exif = Buffer.from('457869660000' + '4d4d002a00000008' + '0002' + '011200030000000100060000' + '882500040000000100000026' + '00000000' + '0001' + '00010002000000024e000000' + '00000000', 'hex');
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, exif.length + 2]), exif]);
  fs.writeFileSync(path.join(src, 'content/sv/phone.jpg'), Buffer.concat([jpeg.subarray(0, app0End), app1, jpeg.subarray(app0End)]));
  fs.copyFileSync(path.join(images, 'drawing.png'), path.join(src, 'content/sv/drawing.png'));
  fs.copyFileSync(path.join(images, 'photo.webp'), path.join(src, 'content/sv/photo.webp'));
  fs.appendFileSync(path.join(src, 'content/sv/about.md'), '\n![Telefonbild](phone.jpg "Bildtext")\n\n![Ritning](drawing.png)\n\n![Webb](photo.webp)\n');
  if (!fs.existsSync(path.join(src, 'content/ar/_index.md'))) {
    fs.writeFileSync(path.join(src, 'content/ar/_index.md'), '---\ntitle: الرئيسية\n---\nمرحبا.\n');
  }
  const out = path.join(TMP, 'site');
  const r = spawnSync(TOLK, ['build', '--root', src, '--output', out, '--now', '2026-11-29T12:00:00Z'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tolk build failed:\n${r.stderr}`);
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

async function newPage(browser, base, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  const page = await context.newPage();
  const foreign = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, foreign, errors };
}

async function axeViolations(page) {
  await page.addScriptTag({ path: path.join(__dirname, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function main() {
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch {
    console.log('SKIP playwright-core is missing (npm ci --ignore-scripts in tests/e2e)');
    process.exit(process.env.CI === 'true' ? 1 : 0);
  }
  const out = buildSite();
  const { child, base } = await serve(out);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    const url = `${base}sv/om-oss/`;
    // 1. No third-party request before the click; one after.
    const { page, foreign, errors, context } = await newPage(browser, base);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(300);
    record('no request leaves the site before play', foreign.length === 0, foreign.join('\n'));
    record('no iframe before play', (await page.locator('iframe').count()) === 0);
    const sizes = await page.evaluate(async () => {
      const imgs = Array.from(document.querySelectorAll('.prose img'));
      await Promise.all(imgs.map((i) => i.decode().catch(() => {})));
      // Laid out at their width/height attributes (the picked srcset
      // candidate's natural size depends on `sizes`), and each decoded in
      // the same orientation as it is laid out.
      return imgs.map((i) => `${i.alt}:${i.width}x${i.height}${i.naturalWidth > 0 && (i.naturalWidth > i.naturalHeight) === (i.width > i.height) ? '' : ` (decoded ${i.naturalWidth}x${i.naturalHeight})`}`);
    });
    record(
      'published images decode, the phone photo upright (EXIF orientation kept)',
      sizes.join(' ') === 'Telefonbild:48x64 Ritning:64x48 Webb:64x48',
      sizes.join(' '),
    );
    const phone = fs.readFileSync(path.join(out, 'sv/phone.jpg'));
    record('no GPS data in the published photo', !phone.includes(Buffer.from([0x88, 0x25])) && phone.length < fs.statSync(path.join(TMP, 'src/content/sv/phone.jpg')).size);
    const buttons = page.locator('button.video-play');
    record('every facade shows its play button with JavaScript', (await buttons.count()) === 3 && (await buttons.first().isVisible()));
    // Keyboard: Tab until the first play button has focus, then Enter.
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('video-play'));
    }
    record('the play button is reachable by keyboard', focused);
    await page.keyboard.press('Enter');
    await page.waitForSelector('iframe.video-frame');
    const frame = page.locator('iframe.video-frame').first();
    const src = await frame.getAttribute('src');
    record('play loads the privacy-enhanced player', src === 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1', src);
    record('the player has an accessible name', (await frame.getAttribute('title')) === 'Seminariet');
    record('focus moves to the player', await page.evaluate(() => document.activeElement && document.activeElement.tagName === 'IFRAME'));
    await page.waitForTimeout(300);
    record(
      'the click requests only the chosen video host',
      foreign.length > 0 && foreign.every((u) => u.startsWith('https://www.youtube-nocookie.com/')),
      foreign.join('\n'),
    );
    record('the other facades are still not loaded', (await page.locator('iframe').count()) === 1);
    record('no script errors', errors.length === 0, errors.join('\n'));
    await context.close();

    // 2. Without JavaScript: no button, the link to the video remains.
    const nojs = await newPage(browser, base, { javaScriptEnabled: false });
    await nojs.page.goto(url, { waitUntil: 'load' });
    record('without JavaScript the play button stays hidden', !(await nojs.page.locator('button.video-play').first().isVisible()));
    record(
      'without JavaScript the link to the video is there',
      (await nojs.page.locator('a.video-link[href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"]').isVisible()) && nojs.foreign.length === 0,
    );
    await nojs.context.close();

    // 3. axe on the components page: light, dark, right to left.
    for (const [lang, scheme] of [['sv', 'light'], ['en', 'dark'], ['ar', 'light'], ['ar', 'dark']]) {
      const p = await newPage(browser, base, { colorScheme: scheme });
      await p.page.goto(`${base}${lang}/om-oss/`, { waitUntil: 'load' });
      const v = await axeViolations(p.page);
      record(`axe: components page ${lang} ${scheme}`, v.length === 0, v.join('\n'));
      if (lang === 'ar') {
        const side = await p.page.evaluate(() => {
          const c = document.querySelector('.callout');
          const s = getComputedStyle(c);
          return { right: s.borderRightWidth, left: s.borderLeftWidth, dir: getComputedStyle(c).direction };
        });
        record(`callout bar on the reading side (rtl, ${scheme})`, side.dir === 'rtl' && parseFloat(side.right) > 2 && parseFloat(side.left) < 2, JSON.stringify(side));
      }
      record(`no third-party request (${lang} ${scheme})`, p.foreign.length === 0, p.foreign.join('\n'));
      await p.context.close();
    }
  } finally {
    await browser.close();
    child.kill();
    if (process.env.E2E_KEEP !== '1') fs.rmSync(TMP, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});

'use strict';
// Browser and validator tests for a site built by tolk. Started by run.sh,
// which installs the tools, builds the site and serves it; this file only
// checks. Settings come from the environment:
//   E2E_OUT        the built site (folder)
//   E2E_COPY_OUT   the built copy with an e-mail address and the example events
//                  (tests/fixtures/example-events and an all-day event)
//   E2E_ROOT_URL   the site served at a domain root, e.g. http://127.0.0.1:8001/
//   E2E_COPY_URL   the copy served, e.g. http://127.0.0.1:8001/copy/
//   E2E_SUB_URL    the site served under a sub-path, e.g. http://127.0.0.1:8002/site/
//   E2E_CHROMIUM   the browser (default /usr/bin/chromium)
//   E2E_VNU_JAR    the Nu Html Checker jar
//   E2E_TMP        a scratch folder (browser profiles)
//   CI=true        a missing browser, validator or server fails instead of skipping
//   E2E_VERBOSE=1  print every passing check too
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawn } = require('child_process');

const env = process.env;
const CI = env.CI === 'true' || env.CI === '1';
const VERBOSE = env.E2E_VERBOSE === '1';
const OUT = path.resolve(env.E2E_OUT || '');
const COPY_OUT = env.E2E_COPY_OUT ? path.resolve(env.E2E_COPY_OUT) : '';
const ROOT_URL = env.E2E_ROOT_URL || '';
const COPY_URL = env.E2E_COPY_URL || '';
const SUB_URL = env.E2E_SUB_URL || '';
const CHROMIUM = env.E2E_CHROMIUM || '/usr/bin/chromium';
const VNU_JAR = env.E2E_VNU_JAR || path.join(__dirname, 'node_modules/vnu-jar/build/dist/vnu.jar');
const TMP = env.E2E_TMP || fs.mkdtempSync(path.join(os.tmpdir(), 'tolk-e2e-'));
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [1280, 375];
// Each page is checked at both widths in the light colour scheme, and once
// more at 1280 px in the dark one (the theme has dark colours of its own).
const AXE_RUNS = [
  ...WIDTHS.map((width) => ({ width, scheme: 'light' })),
  { width: 1280, scheme: 'dark' },
];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CONTACT_EMAIL = 'info@example.org';

// ---------------------------------------------------------------- results
const results = [];
const skipped = [];
const notes = new Set();
const counts = { vnuPages: 0, vnuWarnings: 0, axeRuns: 0, axeDarkRuns: 0, axeViolations: 0, behaviour: 0, files: 0, links: 0 };

function record(group, name, ok, detail) {
  results.push({ group, name, ok, detail });
  if (!ok) {
    console.log(`FAIL [${group}] ${name}`);
    if (detail) console.log(String(detail).replace(/^/gm, '     '));
  } else if (VERBOSE || group === 'behaviour') {
    console.log(`ok   [${group}] ${name}${detail && VERBOSE ? ` (${detail})` : ''}`);
  }
}

// A missing tool: a failure on CI, a loud skip elsewhere.
function missing(group, what) {
  if (CI) record(group, `${what} is available`, false, `${what} is missing (CI=true: this is a failure, not a skip)`);
  else {
    skipped.push(`${group}: ${what} is missing`);
    console.log(`SKIP [${group}] ${what} is missing; skipping (on CI this fails)`);
  }
}

function section(title) {
  console.log(`\n== ${title}`);
}

// ---------------------------------------------------------------- files
function walk(dir, base = dir, acc = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, base, acc);
    else if (e.isFile()) acc.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return acc;
}

const allFiles = fs.existsSync(OUT) ? walk(OUT) : [];
// admin/ is the browser CMS's own app, the one page allowed to load a
// script from elsewhere (the CMS, from its CDN): tests/e2e/cms.js judges it
// with the CMS installed. Every other page is a reader's page.
const isAdmin = (rel) => rel.startsWith('admin/');
const htmlFiles = allFiles.filter((f) => /\.html?$/i.test(f) && !isAdmin(f));
const adminHtml = allFiles.filter((f) => /\.html?$/i.test(f) && isAdmin(f)); // validated by vnu all the same
// Pages of the copy that show what the shipped site does not have (an e-mail
// address, events: the shipped calendar is empty): every HTML page of the
// copy that the site lacks or has with other bytes. Validated and checked
// with axe too, and their language switchers with the site's.
const COPY_PAGES = COPY_OUT && fs.existsSync(COPY_OUT)
  ? walk(COPY_OUT).filter((r) => /\.html?$/i.test(r) && !isAdmin(r)).filter((r) => {
    const mine = path.join(OUT, r);
    return !fs.existsSync(mine) || !fs.readFileSync(mine).equals(fs.readFileSync(path.join(COPY_OUT, r)));
  })
  : [];
function fileLabel(f) {
  if (COPY_OUT && f.startsWith(COPY_OUT + path.sep)) return `copy/${path.relative(COPY_OUT, f).split(path.sep).join('/')}`;
  return path.relative(OUT, f).split(path.sep).join('/');
}

// "/en/about/index.html" and "/en/about/" are the same page.
function pagePath(u) {
  const p = new URL(u).pathname;
  return decodeURIComponent(p.replace(/index\.html$/, ''));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function pool(items, size, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async (_, w) => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], w);
    }
  });
  await Promise.all(workers);
}

// ---------------------------------------------------------------- vnu
function startVnu() {
  if (!fs.existsSync(VNU_JAR)) return { missing: 'the Nu Html Checker (vnu.jar; run npm ci)' };
  const java = findOnPath('java');
  if (!java) return { missing: 'java (needed by the Nu Html Checker)' };
  const args = ['-jar', VNU_JAR, '--format', 'json', '--verbose', '--skip-non-html', '--also-check-css', OUT, ...COPY_PAGES.map((r) => path.join(COPY_OUT, r))];
  const started = Date.now();
  const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise((resolve) => {
    child.on('error', (e) => resolve({ error: e }));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
  return { done };
}

function findOnPath(name) {
  for (const dir of (env.PATH || '').split(path.delimiter).concat(['/usr/bin', '/usr/sbin'])) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  return null;
}

async function finishVnu(vnu) {
  section('Nu Html Checker (vnu)');
  if (vnu.missing) return missing('vnu', vnu.missing);
  const r = await vnu.done;
  if (r.error) return record('vnu', 'vnu runs', false, r.error.message);
  // --verbose lists each checked file on stdout; the JSON report is on stderr.
  const checked = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  const checkedHtml = checked.filter((f) => /\.html?$/i.test(f));
  const checkedCss = checked.filter((f) => /\.css$/i.test(f));
  let report;
  try {
    const json = r.stderr.slice(r.stderr.indexOf('{'));
    report = JSON.parse(json);
  } catch (e) {
    return record('vnu', 'vnu report is JSON', false, `exit ${r.code}: ${r.stderr.slice(0, 2000)}`);
  }
  const byFile = new Map();
  let warnings = 0;
  for (const m of report.messages) {
    const file = (m.url || '').replace(/^file:/, '');
    const isError = m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal';
    const notChecked = /File was not checked/.test(m.message || '');
    if (isError) {
      if (!byFile.has(file)) byFile.set(file, []);
      byFile.get(file).push(`${m.lastLine || '?'}:${m.firstColumn || m.lastColumn || '?'} ${m.message}${m.extract ? `\n   ${m.extract.replace(/\n/g, ' ')}` : ''}`);
    } else if (m.subType === 'warning' && !notChecked) {
      warnings++;
      console.log(`warning: ${path.relative(OUT, file)}:${m.lastLine || '?'} ${m.message}`);
    }
  }
  counts.vnuPages = checkedHtml.length;
  counts.vnuWarnings = warnings;
  console.log(`vnu checked ${checkedHtml.length} HTML pages and ${checkedCss.length} stylesheet(s) in ${(r.ms / 1000).toFixed(1)} s: ${[...byFile.values()].flat().length} error(s), ${warnings} warning(s)`);
  if (checkedHtml.length !== htmlFiles.length + adminHtml.length + COPY_PAGES.length) {
    record('vnu', 'vnu checked every HTML file', false, `checked ${checkedHtml.length}, expected ${htmlFiles.length} + ${adminHtml.length} of admin/ + ${COPY_PAGES.length} of the copy`);
  }
  for (const f of [...checkedHtml, ...checkedCss]) {
    const errs = byFile.get(f) || [];
    record('vnu', fileLabel(f), errs.length === 0, errs.join('\n'));
    byFile.delete(f);
  }
  for (const [f, errs] of byFile) record('vnu', (f && fileLabel(f)) || '(general)', false, errs.join('\n'));
}

// ---------------------------------------------------------------- browser
let chromium;
function loadPlaywright() {
  try {
    ({ chromium } = require('playwright-core'));
    return true;
  } catch {
    return false;
  }
}

let profileN = 0;
async function launch(opts = {}, userDataDir) {
  const dir = userDataDir || fs.mkdtempSync(path.join(TMP, `profile-${profileN++}-`));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...opts,
  });
  ctx.setDefaultTimeout(10000);
  ctx.setDefaultNavigationTimeout(15000);
  return ctx;
}

// Chromium asks for /favicon.ico by itself when a page declares no icon.
// The page references no such file, so a 404 for it is noted, not failed;
// an icon a page does reference is checked by the sub-path crawl.
function implicitFavicon(url) {
  try {
    return new URL(url).pathname.endsWith('/favicon.ico');
  } catch {
    return false;
  }
}

async function newPage(ctx) {
  const page = await ctx.newPage();
  // Whatever goes wrong while the page is open: console errors, uncaught
  // exceptions, failed requests, HTTP errors (a 404 for a resource too).
  page.problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && implicitFavicon(m.location().url)) return; // the same 404 as below
    if (m.type() === 'error') page.problems.push(`console error: ${m.text()} (${m.location().url || 'inline'})`);
  });
  page.on('pageerror', (e) => page.problems.push(`uncaught exception: ${e.message}`));
  page.on('requestfailed', (r) => {
    const why = r.failure() ? r.failure().errorText : 'failed';
    // A navigation the page itself replaces (the chooser's redirect) is aborted by design.
    if (why === 'net::ERR_ABORTED' && r.isNavigationRequest()) return;
    page.problems.push(`request failed: ${r.url()} (${why})`);
  });
  page.on('response', (r) => {
    if (r.status() < 400) return;
    if (implicitFavicon(r.url())) {
      notes.add(`${pagePath(page.url())} declares no icon, so Chromium asked for ${new URL(r.url()).pathname} by itself (HTTP ${r.status()})`);
      return;
    }
    page.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return page;
}

function takeProblems(page) {
  const p = page.problems.splice(0);
  return p;
}

// ---------------------------------------------------------------- axe
const axeSource = (() => {
  try {
    return fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    return null;
  }
})();

const pageInfo = new Map(); // page path -> facts read at 1280 px (for the switcher checks)
const incompleteRules = new Map();
const violationRules = new Map();

async function axePage(page, { base, rel, name }, { width, scheme }) {
  const url = base + rel;
  const label = `${name} @ ${width}px${scheme === 'dark' ? ' dark' : ''}`;
  await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
  await page.emulateMedia({ colorScheme: scheme });
  takeProblems(page);
  const resp = await page.goto(url, { waitUntil: 'load' });
  const problems = [];
  if (!resp || resp.status() !== 200) problems.push(`HTTP ${resp ? resp.status() : 'no response'} for the page`);
  if (pagePath(page.url()) !== pagePath(url)) problems.push(`the page went elsewhere: ${page.url()}`);
  await page.evaluate(axeSource);
  const res = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160), summary: n.failureSummary })),
      })),
      incomplete: r.incomplete.map((v) => v.id),
    };
  }, AXE_TAGS);
  if (width === WIDTHS[0] && scheme === 'light' && (base === ROOT_URL || base === COPY_URL)) {
    const info = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      switcher: Array.from(document.querySelectorAll('nav.languages a[hreflang]')).map((a) => ({
        lang: a.getAttribute('hreflang'),
        href: a.href,
        current: a.hasAttribute('aria-current'),
      })),
    }));
    pageInfo.set(pagePath(url), { rel, ...info });
  }
  if (width < 600) {
    // WCAG 1.4.10 (reflow), which axe does not test: nothing may make the
    // narrow page scroll sideways.
    const over = await page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= vw + 1) return null;
      const wide = Array.from(document.body.querySelectorAll('*'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > vw + 1 || r.left < -1);
        })
        .filter((el) => !el.closest('pre, table, .skip-link'))
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + el.className : ''} (${Math.round(el.getBoundingClientRect().right)}px)`);
      return `the page scrolls sideways at ${vw}px: scrollWidth ${document.documentElement.scrollWidth}; ${wide.join(', ')}`;
    });
    if (over) problems.push(over);
  }
  // Give late errors (scripts run on load) a moment to arrive.
  await sleep(20);
  problems.push(...takeProblems(page));
  if (scheme === 'dark') counts.axeDarkRuns++;
  else counts.axeRuns++;
  counts.axeViolations += res.violations.reduce((n, v) => n + v.nodes.length, 0);
  for (const id of res.incomplete) incompleteRules.set(id, (incompleteRules.get(id) || 0) + 1);
  for (const v of res.violations) violationRules.set(v.id, (violationRules.get(v.id) || 0) + v.nodes.length);
  const detail = [
    ...res.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}, ${v.nodes.length} node(s)\n` +
        v.nodes
          .slice(0, 4)
          .map((n) => `  at ${n.target}\n     ${n.html}\n     ${n.summary.replace(/\n/g, '\n     ')}`)
          .join('\n') +
        (v.nodes.length > 4 ? `\n  … and ${v.nodes.length - 4} more` : ''),
    ),
    ...problems,
  ];
  record('axe', label, detail.length === 0, detail.join('\n'));
}

async function runAxe() {
  section(`axe-core ${require('axe-core/package.json').version} (${AXE_TAGS.join(', ')}) at ${WIDTHS.join(' and ')} px, and 1280 px in the dark colour scheme`);
  // A language the site does not have, so the root chooser stays put.
  const ctx = await launch({ locale: 'fi-FI' });
  try {
    const pages = [await newPage(ctx), await newPage(ctx)];
    const items = [
      ...htmlFiles.map((rel) => ({ base: ROOT_URL, rel, name: rel })),
      ...(COPY_URL ? COPY_PAGES.map((rel) => ({ base: COPY_URL, rel, name: `copy/${rel}` })) : []),
    ];
    await pool(items, pages.length, async (item, w) => {
      for (const run of AXE_RUNS) {
        try {
          await axePage(pages[w], item, run);
        } catch (e) {
          record('axe', `${item.name} @ ${run.width}px ${run.scheme}`, false, `error: ${e.message}`);
        }
      }
    });
  } finally {
    await ctx.close();
  }
  console.log(`axe: ${counts.axeRuns} page × width runs + ${counts.axeDarkRuns} dark, ${counts.axeViolations} violating node(s)` + (violationRules.size ? ` (${[...violationRules].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''));
  if (incompleteRules.size) {
    console.log(`axe "needs review" (not failures): ${[...incompleteRules].map(([k, v]) => `${k} on ${v} run(s)`).join(', ')}`);
  }
}

// ---------------------------------------------------------------- behaviour
async function check(name, fn) {
  counts.behaviour++;
  try {
    const detail = await fn();
    const problems = Array.isArray(detail) ? detail.filter(Boolean) : [];
    record('behaviour', name, problems.length === 0, problems.join('\n'));
  } catch (e) {
    record('behaviour', name, false, `error: ${e.message.split('\n').slice(0, 6).join('\n')}`);
  }
}

async function clickAndLoad(page, selector) {
  const [resp] = await Promise.all([
    page.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame()),
    page.click(selector),
  ]);
  await page.waitForLoadState('load');
  return resp;
}

async function waitForPath(page, want, timeout = 5000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (pagePath(page.url()) === want) {
      await page.waitForLoadState('load');
      return true;
    }
    await sleep(50);
  }
  return false;
}

async function runBehaviour() {
  section('behaviour');
  const ctx = await launch();
  try {
    await switcherChecks(ctx);
    await rtlCheck(ctx);
    await menuChecks(ctx);
    await skipLinkCheck(ctx);
    await calendarChecks(ctx);
    await searchChecks(ctx);
  } finally {
    await ctx.close();
  }
  await chooserChecks();
  await emailChecks();
  await liveReloadChecks();
}

// ---------------------------------------------------------------- search
// The results page of each language against its own Pagefind bundle, over
// HTTP: an inflected Swedish form finds the Swedish page, Russian and
// Arabic queries find theirs, and no query returns another language's
// pages. Also: the header field leads there by keyboard, results are
// announced in a live region, axe finds nothing on a page with results,
// and from file:// the page says search needs the web, in its language.
async function searchResults(page, base, lang, query) {
  await page.goto(`${base}${lang}/search/index.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.getElementById('search-searching').hidden && document.getElementById('search-status').textContent !== '', null, { timeout: 10000 });
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent,
    live: document.getElementById('search-status').getAttribute('role'),
    links: [...document.querySelectorAll('#search-list a')].map((a) => new URL(a.href).pathname),
    marks: document.querySelectorAll('#search-list mark').length,
  }));
}

async function searchChecks(ctx) {
  const cases = [
    // samarbetspartnern (definite) finds the page about "Samarbetspartner".
    { lang: 'sv', query: 'samarbetspartnern', want: '/sv/samarbetspartner/' },
    // контактам (dative plural) finds the page "Контакты".
    { lang: 'ru', query: 'контактам', want: '/ru/kontakty/' },
    { lang: 'ar', query: 'النهج', want: '/ar/alnahj-alswedi/' },
    { lang: 'en', query: 'trafficking', want: '/en/' },
  ];
  for (const c of cases) {
    await check(`search in ${c.lang}: “${c.query}” finds ${c.want}… and only ${c.lang} pages`, async () => {
      const page = await newPage(ctx);
      const r = await searchResults(page, ROOT_URL, c.lang, c.query);
      const p = [];
      if (!r.links.some((l) => l.startsWith(c.want))) p.push(`no result under ${c.want}: ${JSON.stringify(r)}`);
      const other = r.links.filter((l) => !l.startsWith(`/${c.lang}/`));
      if (other.length) p.push(`results in another language: ${other.join(', ')}`);
      if (r.live !== 'status') p.push('the result count is not in a live region');
      if (!r.marks) p.push('no highlighted excerpt');
      p.push(...takeProblems(page));
      await page.close();
      return p;
    });
  }
  await check('search: a Swedish word finds nothing on the English, Russian and Arabic search pages', async () => {
    const page = await newPage(ctx);
    const p = [];
    for (const lang of ['en', 'ru', 'ar']) {
      const r = await searchResults(page, ROOT_URL, lang, 'samarbetspartnern');
      if (r.links.length) p.push(`${lang}: ${r.links.join(', ')}`);
    }
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });
  await check('search: the header field works by keyboard and the results page works below a sub-path', async () => {
    const page = await newPage(ctx);
    const p = [];
    const base = SUB_URL || ROOT_URL;
    await page.goto(base + 'sv/index.html');
    await page.focus('#header-search');
    await page.keyboard.type('samarbetspartnern');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.waitForFunction(() => document.getElementById('search-searching').hidden && document.getElementById('search-status').textContent !== '');
    const links = await page.evaluate(() => [...document.querySelectorAll('#search-list a')].map((a) => new URL(a.href).pathname));
    const prefix = new URL(base).pathname;
    if (!links.some((l) => l === `${prefix}sv/samarbetspartner/index.html`)) p.push(`results: ${links.join(', ')}`);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });
  if (axeSource) {
    await check('search: axe finds no violation on the Arabic results page with results (right to left)', async () => {
      const page = await newPage(ctx);
      await searchResults(page, ROOT_URL, 'ar', 'النهج');
      await page.addScriptTag({ content: axeSource });
      const v = await page.evaluate((tags) => axe.run(document, { runOnly: { type: 'tag', values: tags } }).then((r) => r.violations.map((x) => `${x.id}: ${x.nodes.length}`)), AXE_TAGS);
      const dir = await page.evaluate(() => getComputedStyle(document.querySelector('#search-list')).direction);
      if (dir !== 'rtl') v.push(`the results list is ${dir}`);
      v.push(...takeProblems(page));
      await page.close();
      return v;
    });
  }
  await check('search: an index built in parts finds a page of its last part (the copy, built with 20 kB parts)', async () => {
    if (!COPY_URL || !COPY_OUT) return CI ? ['the copy was not built or served'] : [];
    const bundle = path.join(COPY_OUT, 'pagefind/sv');
    const parts = fs.readdirSync(bundle).filter((d) => /^part-\d+$/.test(d)).sort((a, b) => a.slice(5) - b.slice(5));
    if (!parts.length) return ['the copy\'s Swedish index has no parts'];
    const last = path.join(bundle, parts[parts.length - 1], 'fragment');
    const zlib = require('zlib');
    const frag = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(last, fs.readdirSync(last).sort()[0]))).toString().replace(/^pagefind_dcd/, ''));
    const page = await newPage(ctx);
    const r = await searchResults(page, COPY_URL, 'sv', frag.meta.title);
    const want = new URL(COPY_URL).pathname + frag.url.replace(/^\//, '');
    const p = [];
    if (!r.links.includes(want)) p.push(`“${frag.meta.title}” (in ${parts[parts.length - 1]} of ${parts.length + 1}) did not find ${want}: ${r.links.join(', ')}`);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });
  await check('search from file:// says it needs the web, in the reader’s language', async () => {
    const page = await newPage(ctx);
    await page.goto('file://' + path.join(OUT, 'sv/search/index.html') + '?q=samarbete');
    const r = await page.evaluate(() => ({ hidden: document.getElementById('search-offline').hidden, text: document.getElementById('search-offline').textContent }));
    const p = [];
    if (r.hidden) p.push('the offline note is hidden');
    if (!/Sökningen fungerar inte/.test(r.text)) p.push(`note: ${r.text}`);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });
}

// ---------------------------------------------------------------- live reload
// `tolk serve` on a free port against a copy of the site: open a page, edit
// its Markdown, and the new text appears without a manual reload.
async function liveReloadChecks() {
  const tolk = env.E2E_TOLK;
  const src = env.E2E_COPY_SRC;
  if (!tolk || !src || !fs.existsSync(tolk)) {
    if (CI) record('behaviour', 'live reload', false, 'no tolk binary or site copy to serve');
    else skipped.push('live reload: no tolk binary');
    return;
  }
  await check('live reload: editing the Markdown updates the open page without a manual reload', async () => {
    const server = spawn(tolk, ['serve', '--port', '0', '--now', '2026-11-29T12:00:00Z', '--root', src], { stdio: ['ignore', 'pipe', 'pipe'] });
    const p = [];
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error('tolk serve printed no URL within 60 s: ' + out)), 60000);
        server.stdout.on('data', (d) => {
          out += d;
          const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
          if (m) { clearTimeout(timer); resolve(m[0]); }
        });
        server.on('exit', (code) => reject(new Error('tolk serve exited with ' + code + ': ' + out)));
      });
      const ctx = await launch();
      try {
        const page = await newPage(ctx);
        await page.goto(url + 'en/about-action-31/');
        // Let the page open its event stream before the edit.
        await page.waitForTimeout(500);
        const file = path.join(src, 'content/en/about.md');
        const text = fs.readFileSync(file, 'utf8');
        const marker = 'Live reload marker ' + Date.now();
        fs.writeFileSync(file, text.replace(/\n---\n/, '\n---\n\n' + marker + '\n'));
        const started = Date.now();
        try {
          await page.waitForFunction((m) => document.body.innerText.includes(m), marker, { timeout: 15000 });
          notes.add(`live reload: new text shown ${Date.now() - started} ms after the save`);
        } catch {
          p.push('the edited text did not appear within 15 s');
        }
        fs.writeFileSync(file, text);
        p.push(...takeProblems(page).filter((x) => !/__tolk\/events/.test(x)));
      } finally {
        await ctx.close();
      }
    } catch (e) {
      p.push(String(e.message || e));
    } finally {
      server.kill();
    }
    return p;
  });
}

async function switcherChecks(ctx) {
  await check('language switcher: /sv/om-atgard-31/ → English → /en/about-action-31/', async () => {
    const page = await newPage(ctx);
    await page.goto(ROOT_URL + 'sv/om-atgard-31/index.html');
    const resp = await clickAndLoad(page, 'nav.languages a[hreflang="en"]');
    const p = [];
    if (pagePath(page.url()) !== '/en/about-action-31/') p.push(`landed on ${pagePath(page.url())}`);
    if (resp.status() !== 200) p.push(`HTTP ${resp.status()}`);
    const lang = await page.getAttribute('html', 'lang');
    if (lang !== 'en') p.push(`html lang is ${lang}`);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });

  await check('language switcher: /en/national-action-plan/ (no Russian translation) → Русский → an existing page', async () => {
    const page = await newPage(ctx);
    await page.goto(ROOT_URL + 'en/national-action-plan/index.html');
    const resp = await clickAndLoad(page, 'nav.languages a[hreflang="ru"]');
    const p = [];
    if (resp.status() !== 200) p.push(`HTTP ${resp.status()} for ${page.url()}`);
    if (!pagePath(page.url()).startsWith('/ru/')) p.push(`landed outside /ru/: ${page.url()}`);
    const facts = await page.evaluate(() => ({
      h1: (document.querySelector('main h1') || {}).textContent || '',
      current: (document.querySelector('nav.languages a[aria-current]') || { getAttribute: () => null }).getAttribute('hreflang'),
    }));
    if (!facts.h1.trim()) p.push('the page has no h1 in main');
    if (facts.current !== 'ru') p.push(`the switcher marks ${facts.current} as current, not ru`);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });

  await check('language switcher on every page: one current language, links to existing pages that link back', async () => {
    const p = [];
    if (pageInfo.size === 0) return ['no page facts collected (the axe pass did not run)'];
    // A page of the copy links to the copy's other pages; those identical
    // to the site's were read once, at the site's address.
    const copyPrefix = COPY_URL ? new URL(COPY_URL).pathname : null;
    const site = (p) => (copyPrefix && p.startsWith(copyPrefix) ? '/' + p.slice(copyPrefix.length) : p);
    const lookup = (p) => pageInfo.get(p) || pageInfo.get(site(p));
    for (const [from, info] of pageInfo) {
      if (info.switcher.length === 0) continue; // root chooser, 404 page
      const cur = info.switcher.filter((s) => s.current);
      if (cur.length !== 1 || cur[0].lang !== info.lang) p.push(`${from}: current language ${cur.map((c) => c.lang).join(',') || 'none'}, html lang ${info.lang}`);
      for (const s of info.switcher) {
        const to = pagePath(s.href);
        const target = lookup(to);
        if (!target) {
          p.push(`${from}: the ${s.lang} link goes to ${to}, which is not a generated page`);
          continue;
        }
        const tcur = target.switcher.find((x) => x.current);
        if (!tcur || tcur.lang !== s.lang) p.push(`${from}: the ${s.lang} link lands on ${to}, whose current language is ${tcur && tcur.lang}`);
        const back = target.switcher.find((x) => x.lang === info.lang);
        if (!back || site(pagePath(back.href)) !== site(from)) p.push(`${from} → ${s.lang} ${to}: its ${info.lang} link goes to ${back && pagePath(back.href)}, not back`);
      }
    }
    for (const [where, info] of pageInfo) {
      const want = info.lang === 'ar' ? 'rtl' : 'ltr';
      if (info.dir !== want) p.push(`${where}: html dir="${info.dir}" for lang ${info.lang} (want ${want})`);
    }
    return p;
  });
}

async function rtlCheck(ctx) {
  const measure = (page) =>
    page.evaluate(() => {
      const main = document.querySelector('main');
      const h1 = main.querySelector('h1');
      const cs = getComputedStyle(main);
      const m = main.getBoundingClientRect();
      const h = h1.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(h1);
      const t = range.getBoundingClientRect();
      return {
        dir: document.documentElement.getAttribute('dir'),
        direction: getComputedStyle(h1).direction,
        contentLeft: m.left + parseFloat(cs.paddingLeft),
        contentRight: m.right - parseFloat(cs.paddingRight),
        h1Left: h.left,
        h1Right: h.right,
        textLeft: t.left,
        textRight: t.right,
      };
    });
  await check('Arabic renders right to left: /ar/index.html has dir=rtl and its h1 hugs the right edge of main', async () => {
    const p = [];
    for (const width of WIDTHS) {
      const page = await newPage(ctx);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ROOT_URL + 'ar/index.html');
      const m = await measure(page);
      const at = `at ${width}px`;
      if (m.dir !== 'rtl') p.push(`html dir is ${m.dir}`);
      if (m.direction !== 'rtl') p.push(`${at}: the h1's computed direction is ${m.direction}`);
      if (Math.abs(m.h1Right - m.contentRight) > 2) p.push(`${at}: h1 right edge ${m.h1Right} vs main's content right edge ${m.contentRight}`);
      if (Math.abs(m.textRight - m.contentRight) > 4) p.push(`${at}: h1 text right edge ${m.textRight} vs main's ${m.contentRight}`);
      if (m.textLeft - m.contentLeft < 40) p.push(`${at}: the h1 text starts at the left (${m.textLeft} vs ${m.contentLeft}): not right-aligned`);
      // Control: an LTR page does the opposite, so the check can tell them apart.
      await page.goto(ROOT_URL + 'en/index.html');
      const e = await measure(page);
      if (Math.abs(e.textLeft - e.contentLeft) > 4 || e.contentRight - e.textRight < 40) p.push(`${at}: control failed, the English h1 is not left-aligned (${JSON.stringify(e)})`);
      p.push(...takeProblems(page));
      await page.close();
    }
    return p;
  });
}

async function menuChecks(ctx) {
  await check('menu at 375px works by keyboard: Tab to the summary, Enter closes and opens it, links reachable by Tab', async () => {
    const page = await newPage(ctx);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(ROOT_URL + 'en/index.html');
    const p = [];
    const focused = () =>
      page.evaluate(() => {
        const a = document.activeElement;
        if (!a) return null;
        if (a.matches('nav.main-nav details.menu > summary')) return 'summary';
        const links = Array.from(document.querySelectorAll('nav.main-nav details.menu a'));
        const i = links.indexOf(a);
        return i >= 0 ? `menu-link-${i}` : `${a.tagName.toLowerCase()}${a.className ? '.' + a.className : ''}`;
      });
    const linkCount = await page.locator('nav.main-nav details.menu a').count();
    if (linkCount === 0) return ['no links in the menu'];
    if (!(await page.locator('nav.main-nav details.menu > summary').isVisible())) return ['the summary is not visible at 375px'];
    let tabs = 0;
    while ((await focused()) !== 'summary' && tabs < 25) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    if ((await focused()) !== 'summary') return [`the summary never got focus after ${tabs} Tab presses`];
    const isOpen = () => page.evaluate(() => document.querySelector('nav.main-nav details.menu').open);
    const firstLink = page.locator('nav.main-nav details.menu a').first();
    const wasOpen = await isOpen();
    await page.keyboard.press('Enter');
    if ((await isOpen()) === wasOpen) p.push(`Enter did not toggle the menu (open stayed ${wasOpen})`);
    if (wasOpen) {
      // Now closed: the links are hidden and Tab skips them.
      if (await firstLink.isVisible()) p.push('the links are visible while the menu is closed');
      await page.keyboard.press('Tab');
      const after = await focused();
      if (/^menu-link/.test(after)) p.push(`Tab went into the closed menu (${after})`);
      await page.keyboard.press('Shift+Tab');
      if ((await focused()) !== 'summary') p.push(`Shift+Tab did not return to the summary (${await focused()})`);
      await page.keyboard.press('Enter');
      if (!(await isOpen())) p.push('a second Enter did not open the menu again');
    }
    if (!(await firstLink.isVisible())) p.push('the links are not visible with the menu open');
    for (let i = 0; i < linkCount; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (f !== `menu-link-${i}`) {
        p.push(`Tab ${i + 1} after the summary focused ${f}, expected menu link ${i + 1} of ${linkCount}`);
        break;
      }
    }
    // Enter on a focused link follows it.
    await page.keyboard.press('Shift+Tab');
    const target = await page.evaluate(() => document.activeElement.href);
    await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });

  await check('menu at 1280px: no toggle, every link visible', async () => {
    const page = await newPage(ctx);
    await page.goto(ROOT_URL + 'en/index.html');
    const p = [];
    if (await page.locator('nav.main-nav details.menu > summary').isVisible()) p.push('the toggle is visible on a wide screen');
    const links = page.locator('nav.main-nav details.menu a');
    for (let i = 0; i < (await links.count()); i++) if (!(await links.nth(i).isVisible())) p.push(`menu link ${i + 1} is hidden`);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });
}

async function skipLinkCheck(ctx) {
  await check('skip link: first Tab shows it, Enter moves focus to main', async () => {
    const page = await newPage(ctx);
    await page.goto(ROOT_URL + 'ru/index.html');
    await page.keyboard.press('Tab');
    const p = [];
    const s = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      return { cls: a.className, w: r.width, h: r.height };
    });
    if (s.cls !== 'skip-link') p.push(`the first Tab focused .${s.cls}`);
    if (s.w < 20 || s.h < 20) p.push(`the focused skip link is not visible (${s.w}×${s.h})`);
    await page.keyboard.press('Enter');
    await sleep(50);
    const active = await page.evaluate(() => document.activeElement.id);
    if (active !== 'main') p.push(`after Enter the focus is on #${active}, not #main`);
    p.push(...takeProblems(page));
    await page.close();
    return p;
  });
}

async function calendarState(page) {
  return page.evaluate(() => {
    const items = (id) =>
      Array.from(document.querySelectorAll(`#${id} li.event`)).map((li) => (li.querySelector('a') || li).textContent.trim());
    const shown = (id) => {
      const el = document.getElementById(id);
      return el ? !el.hidden && el.getClientRects().length > 0 : null;
    };
    return {
      upcoming: items('upcoming'),
      past: items('past'),
      upcomingShown: shown('upcoming'),
      upcomingEmptyShown: shown('upcoming-empty'),
      pastShown: shown('past'),
    };
  });
}

async function calendarAt(ctx, url, when) {
  const page = await newPage(ctx);
  if (when) await page.clock.setFixedTime(new Date(when));
  await page.goto(url);
  await page.waitForLoadState('load');
  await sleep(50);
  const st = await calendarState(page);
  const problems = takeProblems(page);
  await page.close();
  return { st, problems };
}

async function calendarChecks(ctx) {
  // The shipped calendar announces no events (its source names none): it
  // says so in every language, with and without JavaScript.
  const EMPTY = {
    'sv/kalender/': 'Det finns inga kommande aktiviteter just nu.',
    'en/calendar/': 'There are no upcoming activities at the moment.',
    'ru/kalendar/': 'Запланированных мероприятий пока нет.',
    'ar/altaqwim/': 'لا توجد أنشطة قادمة في الوقت الحالي.',
  };
  await check('calendar of the site: no events, and the "no upcoming activities" text in every language, with and without JavaScript', async () => {
    const p = [];
    const noJs = await launch({ javaScriptEnabled: false });
    try {
      for (const [rel, want] of Object.entries(EMPTY)) {
        for (const [how, c] of [['with JavaScript', ctx], ['without JavaScript', noJs]]) {
          const page = await newPage(c);
          await page.goto(ROOT_URL + rel + 'index.html');
          const st = await calendarState(page);
          const text = (await page.locator('#upcoming-empty').innerText().catch(() => '')).trim();
          if (st.upcoming.length || st.past.length) p.push(`${rel} ${how}: lists events ${JSON.stringify(st)}`);
          if (!st.upcomingEmptyShown || text !== want) p.push(`${rel} ${how}: the empty text is ${st.upcomingEmptyShown ? `"${text}"` : 'hidden'}, want "${want}"`);
          p.push(...takeProblems(page));
          await page.close();
        }
      }
    } finally {
      await noJs.close();
    }
    return p;
  });

  // Everything else needs events: the copy has the example events.
  if (!COPY_URL) {
    if (CI) record('behaviour', 'calendar with events', false, 'the copy of the site with the example events was not built');
    else skipped.push('calendar with events: no copy of the site');
    return;
  }
  const url = COPY_URL + 'en/calendar/index.html';
  const STOCKHOLM = 'Example: visit programme in Stockholm';
  const KYIV = 'Example: seminar in Kyiv';
  const RIGA = 'Example: seminar in Riga';
  const ALL_DAY = 'E2E all-day event'; // added by prepare-copy.js (2027-02-10)
  const BUILT_UPCOMING = [ALL_DAY, STOCKHOLM, KYIV];

  await check('calendar read at the build time (2026-11-29): #upcoming keeps its 3 events, soonest first', async () => {
    const { st, problems } = await calendarAt(ctx, url, '2026-11-29T12:00:00Z');
    const p = [...problems];
    if (JSON.stringify(st.upcoming) !== JSON.stringify(BUILT_UPCOMING)) p.push(`#upcoming is ${JSON.stringify(st.upcoming)}, expected ${JSON.stringify(BUILT_UPCOMING)}`);
    if (!st.upcomingShown) p.push('#upcoming is not shown');
    if (st.upcomingEmptyShown) p.push('the "no upcoming events" text is shown');
    return p;
  });

  await check('calendar read on 2028-01-01: #upcoming is empty, #past has the Stockholm visit on top', async () => {
    const { st, problems } = await calendarAt(ctx, url, '2028-01-01T00:00:00Z');
    const p = [...problems];
    if (st.upcoming.length !== 0) p.push(`#upcoming still has ${JSON.stringify(st.upcoming)}`);
    if (!st.past.includes(STOCKHOLM)) p.push(`#past lacks "${STOCKHOLM}": ${JSON.stringify(st.past)}`);
    const want = [KYIV, STOCKHOLM, ALL_DAY, RIGA];
    if (JSON.stringify(st.past) !== JSON.stringify(want)) p.push(`#past order ${JSON.stringify(st.past)}, expected most recently ended first ${JSON.stringify(want)}`);
    if (st.upcomingEmptyShown === false) p.push('the "no upcoming events" text is hidden while #upcoming is empty');
    if (st.upcomingShown) p.push('the empty #upcoming list is still shown');
    return p;
  });

  await check('calendar read on 2027-04-01: only the ended Stockholm visit moves, to the top of #past', async () => {
    const { st, problems } = await calendarAt(ctx, url, '2027-04-01T00:00:00Z');
    const p = [...problems];
    if (JSON.stringify(st.upcoming) !== JSON.stringify([KYIV])) p.push(`#upcoming is ${JSON.stringify(st.upcoming)}, expected [${KYIV}]`);
    if (st.past[0] !== STOCKHOLM) p.push(`#past starts with ${st.past[0]}, expected ${STOCKHOLM}`);
    if (JSON.stringify(st.past) !== JSON.stringify([STOCKHOLM, ALL_DAY, RIGA])) p.push(`#past is ${JSON.stringify(st.past)}, expected ${JSON.stringify([STOCKHOLM, ALL_DAY, RIGA])}`);
    return p;
  });

  await check('calendar without JavaScript keeps the built lists', async () => {
    const noJs = await launch({ javaScriptEnabled: false });
    try {
      const { st, problems } = await calendarAt(noJs, url, null);
      const p = [...problems];
      if (JSON.stringify(st.upcoming) !== JSON.stringify(BUILT_UPCOMING) || JSON.stringify(st.past) !== JSON.stringify([RIGA])) p.push(`upcoming ${JSON.stringify(st.upcoming)}, past ${JSON.stringify(st.past)}`);
      return p;
    } finally {
      await noJs.close();
    }
  });

  await check('calendar: an all-day event (end: 2027-02-10) stays upcoming through its last day and moves after it', async () => {
    const curl = COPY_URL + 'en/calendar/index.html';
    const NAME = 'E2E all-day event';
    const p = [];
    // A reader in Stockholm; both moments are on the same side of the day's
    // end whether the script counts the day in UTC or in local time.
    const sthlm = await launch({ timezoneId: 'Europe/Stockholm' });
    try {
      const during = await calendarAt(sthlm, curl, '2027-02-10T22:00:00Z');
      p.push(...during.problems);
      if (!during.st.upcoming.includes(NAME)) p.push(`late on its day (22:00 UTC) it is not upcoming: upcoming ${JSON.stringify(during.st.upcoming)}`);
      const after = await calendarAt(sthlm, curl, '2027-02-11T01:00:00Z');
      p.push(...after.problems);
      if (after.st.upcoming.includes(NAME)) p.push('the day after (01:00 UTC) it is still upcoming');
      if (after.st.past[0] !== NAME) p.push(`the day after it is not on top of #past: ${JSON.stringify(after.st.past)}`);
    } finally {
      await sthlm.close();
    }
    return p;
  });
}

async function chooserChecks() {
  await check('root chooser: a browser preferring Russian (ru-RU) is sent to /ru/', async () => {
    const ctx = await launch({ locale: 'ru-RU' });
    try {
      const page = await newPage(ctx);
      await page.goto(ROOT_URL + 'index.html');
      const p = [];
      if (!(await waitForPath(page, '/ru/'))) p.push(`stayed on ${page.url()}`);
      p.push(...takeProblems(page));
      return p;
    } finally {
      await ctx.close();
    }
  });

  await check('root chooser: clicking "Svenska" is remembered; the root then sends a ru-RU browser to /sv/', async () => {
    const profile = fs.mkdtempSync(path.join(TMP, 'profile-chooser-'));
    const p = [];
    // First visit with a language the site does not have, so the chooser
    // shows and waits for a click (a ru-RU browser would be redirected at once).
    let ctx = await launch({ locale: 'de-DE' }, profile);
    try {
      const page = await newPage(ctx);
      await page.goto(ROOT_URL + 'index.html');
      await sleep(300);
      if (pagePath(page.url()) !== '/') p.push(`with no matching language the chooser redirected to ${page.url()}`);
      await clickAndLoad(page, 'ul.language-choice a:text-is("Svenska")');
      if (pagePath(page.url()) !== '/sv/') p.push(`clicking Svenska landed on ${page.url()}`);
      p.push(...takeProblems(page));
    } finally {
      await ctx.close();
    }
    ctx = await launch({ locale: 'ru-RU' }, profile);
    try {
      const page = await newPage(ctx);
      await page.goto(ROOT_URL + 'index.html');
      if (!(await waitForPath(page, '/sv/'))) p.push(`revisiting the root with locale ru-RU landed on ${page.url()}, not /sv/`);
      p.push(...takeProblems(page));
    } finally {
      await ctx.close();
    }
    return p;
  });

  await check('root chooser without JavaScript: a plain list of every language', async () => {
    const ctx = await launch({ locale: 'ru-RU', javaScriptEnabled: false });
    try {
      const page = await newPage(ctx);
      await page.goto(ROOT_URL + 'index.html');
      await sleep(200);
      const p = [];
      if (pagePath(page.url()) !== '/') p.push(`went to ${page.url()}`);
      const langs = await page.$$eval('ul.language-choice a[hreflang]', (as) => as.map((a) => a.getAttribute('hreflang')));
      for (const l of ['sv', 'en', 'ru', 'ar']) if (!langs.includes(l)) p.push(`no link for ${l}`);
      p.push(...takeProblems(page));
      return p;
    } finally {
      await ctx.close();
    }
  });
}

async function emailChecks() {
  if (!COPY_URL || !COPY_OUT) {
    if (CI) record('behaviour', 'contact e-mail', false, 'the copy of the site with an e-mail address was not built');
    else skipped.push('contact e-mail: no copy of the site');
    return;
  }
  const url = COPY_URL + 'en/contact/index.html';
  await check('contact e-mail with JavaScript: a working mailto: link in the contact card', async () => {
    const ctx = await launch();
    try {
      const page = await newPage(ctx);
      await page.goto(url);
      const p = [];
      const link = page.locator(`.contact a[href="mailto:${CONTACT_EMAIL}"]`);
      try {
        await link.first().waitFor({ state: 'visible', timeout: 3000 });
      } catch {
        p.push(`no visible a[href="mailto:${CONTACT_EMAIL}"] in a contact card: ${await page.locator('.contact').first().innerText().catch(() => '?')}`);
      }
      if ((await link.count()) === 1) {
        const text = (await link.innerText()).trim();
        if (text !== CONTACT_EMAIL) p.push(`the link reads "${text}"`);
        const card = await link.evaluate((a) => a.closest('.contact').querySelector('.contact-name').textContent);
        if (!/Ulrika/.test(card)) p.push(`the link is in the card of ${card}, not the first contact`);
      }
      p.push(...takeProblems(page));
      return p;
    } finally {
      await ctx.close();
    }
  });

  await check('contact e-mail without JavaScript: readable as text, no mailto: and no address in the HTML', async () => {
    const p = [];
    const raw = fs.readFileSync(path.join(COPY_OUT, 'en/contact/index.html'), 'utf8');
    // Entities hide nothing from a harvester: decode them first.
    const decoded = decodeEntities(raw);
    if (/mailto:/i.test(raw)) p.push('the HTML contains mailto:');
    else if (/mailto:/i.test(decoded)) p.push('the HTML contains an entity-encoded mailto: link (a harvester decodes entities like a browser)');
    if (decoded.includes(CONTACT_EMAIL)) p.push(`the HTML contains ${CONTACT_EMAIL}${raw.includes(CONTACT_EMAIL) ? '' : ' (entity-encoded)'}`);
    if (!/data-user="info"/.test(raw)) p.push('the HTML has no data-user="info" (did the address reach the page?)');
    const ctx = await launch({ javaScriptEnabled: false });
    try {
      const page = await newPage(ctx);
      await page.goto(url);
      const text = (await page.locator('.contact').first().innerText()).replace(/\s+/g, ' ');
      if (!/info ?\[at\] ?example\.org/.test(text)) p.push(`the first card does not read "info [at] example.org": ${text}`);
      if ((await page.locator('a[href^="mailto:"]').count()) !== 0) p.push('a mailto: link exists without JavaScript');
      p.push(...takeProblems(page));
    } finally {
      await ctx.close();
    }
    return p;
  });
}

// ---------------------------------------------------------------- sub-path
function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// href, src and srcset values of every start tag (not inside scripts or comments).
function htmlRefs(html) {
  const refs = [];
  const clean = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1').replace(/(<style\b[^>]*>)([\s\S]*?)<\/style>/gi, (m, open, css) => {
    refs.push(...cssRefs(css).map((v) => ({ attr: 'style url()', value: v })));
    return open;
  });
  for (const tag of clean.match(/<[a-zA-Z][^>]*>/g) || []) {
    const name = tag.match(/^<([a-zA-Z0-9-]+)/)[1].toLowerCase();
    const re = /\s(href|src|srcset|poster|action|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
    let m;
    while ((m = re.exec(tag))) {
      const attr = m[1].toLowerCase();
      const value = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
      if (attr === 'srcset') for (const c of value.split(',')) refs.push({ tag: name, attr, value: c.trim().split(/\s+/)[0] });
      else if (attr === 'data' && name !== 'object') continue;
      else refs.push({ tag: name, attr, value });
    }
  }
  return refs;
}

function cssRefs(css) {
  const out = [];
  const re = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
  let m;
  while ((m = re.exec(css))) out.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  return out.filter((v) => v && !v.startsWith('data:'));
}

async function fetchStatus(url) {
  try {
    const r = await fetch(url, { redirect: 'manual' });
    const body = Buffer.from(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('content-type') || '', body, location: r.headers.get('location') };
  } catch (e) {
    return { status: 0, error: e.message };
  }
}

async function runSubpath(subUrl, outDir, label) {
  section(`served from a sub-path: ${subUrl}${label ? ` (${label})` : ''}`);
  const allFiles = walk(outDir);
  const htmlFiles = allFiles.filter((f) => /\.html?$/i.test(f));
  const before = { files: counts.files, links: counts.links };
  const base = new URL(subUrl);
  const prefix = base.pathname;
  const cache = new Map();
  const get = (u) => {
    if (!cache.has(u)) cache.set(u, fetchStatus(u));
    return cache.get(u);
  };

  // Every file answers 200.
  const bad = [];
  await pool(allFiles, 8, async (rel) => {
    const r = await get(new URL(rel.split('/').map(encodeURIComponent).join('/'), base).href);
    counts.files++;
    if (r.status !== 200) bad.push(`${rel}: HTTP ${r.status}${r.error ? ` ${r.error}` : ''}`);
    else if (/\.html$/.test(rel) && !/text\/html/.test(r.type)) bad.push(`${rel}: served as ${r.type}`);
  });
  record('subpath', `every file of the ${label || 'output'} answers 200 under ${prefix}`, bad.length === 0, bad.join('\n'));

  // Every href/src of every HTML page (and url() of every stylesheet) resolves.
  const external = new Set();
  const sources = [...htmlFiles, ...allFiles.filter((f) => /\.css$/i.test(f))];
  for (const rel of sources) {
    const pageUrl = new URL(rel.split('/').map(encodeURIComponent).join('/'), base);
    const text = fs.readFileSync(path.join(outDir, rel), 'utf8');
    const refs = /\.css$/i.test(rel) ? cssRefs(text).map((value) => ({ attr: 'url()', value })) : htmlRefs(text);
    const problems = [];
    for (const ref of refs) {
      const v = ref.value.trim();
      if (v === '') continue;
      if (v.startsWith('#')) {
        const id = decodeURIComponent(v.slice(1));
        if (id && !/\.css$/i.test(rel) && !text.includes(`id="${id}"`)) problems.push(`${ref.attr}="${v}": no element with that id on the page`);
        continue;
      }
      if (/^(mailto|tel|sms|data):/i.test(v)) continue;
      if (/^(javascript|vbscript):/i.test(v)) {
        problems.push(`${ref.attr}="${v}": script URL`);
        continue;
      }
      let u;
      try {
        u = new URL(v, pageUrl);
      } catch {
        problems.push(`${ref.attr}="${v}": not a URL`);
        continue;
      }
      if (u.origin !== base.origin) {
        external.add(u.origin + u.pathname);
        continue;
      }
      counts.links++;
      if (!u.pathname.startsWith(prefix)) {
        problems.push(`${ref.attr}="${v}" leaves ${prefix}: ${u.pathname}`);
        continue;
      }
      u.hash = '';
      const r = await get(u.href);
      if (r.status !== 200) problems.push(`${ref.attr}="${v}" → ${u.pathname}: HTTP ${r.status}${r.location ? ` → ${r.location}` : ''}`);
      else if (v.includes('#') && /text\/html/.test(r.type)) {
        const id = decodeURIComponent(v.slice(v.indexOf('#') + 1));
        const html = r.body.toString('utf8');
        if (id && !html.includes(`id="${id}"`) && !html.includes(`name="${id}"`)) problems.push(`${ref.attr}="${v}": no element with id "${id}" on ${u.pathname}`);
      }
    }
    record('subpath', `links of ${label ? `${label}/` : ''}${rel}`, problems.length === 0, problems.join('\n'));
  }
  console.log(`sub-path: ${counts.files - before.files} files requested, ${counts.links - before.links} internal links followed (${cache.size} distinct URLs), ${external.size} external URLs not followed`);
  const externalHosts = [...new Set([...external].map((u) => new URL(u).host))];
  if (externalHosts.length) console.log(`external hosts linked: ${externalHosts.join(', ')}`);
}

// ---------------------------------------------------------------- main
(async () => {
  const started = Date.now();
  if (!fs.existsSync(path.join(OUT, 'index.html'))) {
    console.error(`E2E_OUT (${OUT}) is not a built site`);
    process.exit(2);
  }
  console.log(`site: ${OUT} (${htmlFiles.length} HTML pages, ${allFiles.length} files)`);

  const vnu = startVnu(); // runs on the other core while the browser works

  const haveBrowser = fs.existsSync(CHROMIUM) && loadPlaywright();
  if (!ROOT_URL) {
    missing('axe', 'an HTTP server (nginx)');
    missing('behaviour', 'an HTTP server (nginx)');
  } else if (!haveBrowser) {
    const what = !fs.existsSync(CHROMIUM) ? `Chromium (${CHROMIUM})` : 'playwright-core (run npm ci)';
    missing('axe', what);
    missing('behaviour', what);
  } else if (!axeSource) {
    missing('axe', 'axe-core (run npm ci)');
    await runBehaviour();
  } else {
    try {
      await runAxe();
    } catch (e) {
      record('axe', 'axe pass', false, e.stack);
    }
    try {
      await runBehaviour();
    } catch (e) {
      record('behaviour', 'behaviour pass', false, e.stack);
    }
  }

  if (SUB_URL) await runSubpath(SUB_URL, OUT, '');
  else missing('subpath', 'nginx (to serve the site under /site/)');
  // The copy with the example events is served under /copy/: its event
  // pages, .ics files and calendar feeds are crawled the same way.
  if (COPY_URL && COPY_OUT) await runSubpath(COPY_URL, COPY_OUT, 'copy');

  await finishVnu(vnu);

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  section('summary');
  const copyNote = COPY_PAGES.length ? ` (${htmlFiles.length} of the site + ${COPY_PAGES.length} of the test copy)` : '';
  console.log(`vnu: ${counts.vnuPages} pages validated${copyNote}, ${counts.vnuWarnings} warnings`);
  console.log(`axe: ${htmlFiles.length + (COPY_URL ? COPY_PAGES.length : 0)} pages${copyNote} × ${WIDTHS.length} widths = ${counts.axeRuns} runs (+ ${counts.axeDarkRuns} at 1280px in the dark colour scheme), ${counts.axeViolations} violating nodes`);
  console.log(`behaviour: ${counts.behaviour} checks`);
  console.log(`sub-path: ${counts.files} files, ${counts.links} internal links`);
  for (const n of notes) console.log(`note: ${n}`);
  for (const s of skipped) console.log(`skipped: ${s}`);
  if (failed) {
    console.log('failed:');
    for (const r of results.filter((x) => !x.ok)) console.log(`  [${r.group}] ${r.name}`);
  }
  const total = env.E2E_STARTED ? ` (${((Date.now() - Number(env.E2E_STARTED)) / 1000).toFixed(1)} s with install and build)` : '';
  console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s${total}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});

'use strict';
// Makes a throw-away copy of the site for the tests that need content the
// shipped site does not have:
//   - an e-mail address for the first contact in content/en/contact.md
//     (front matter `contacts:` -> first person -> `email:`);
//   - the example events of tests/fixtures/example-events (the shipped
//     calendar has none: the site's source names no event);
//   - an all-day event in content/en/calendar/ (inclusive last day).
// Usage: node prepare-copy.js REPO_ROOT DEST
const fs = require('fs');
const path = require('path');

const EMAIL = 'info@example.org';
const [root, dest] = process.argv.slice(2);
if (!root || !dest) {
  console.error('usage: node prepare-copy.js REPO_ROOT DEST');
  process.exit(2);
}

fs.mkdirSync(dest, { recursive: true });
for (const item of ['content', 'themes', 'locales', 'site.yaml']) {
  const from = path.join(root, item);
  if (fs.existsSync(from)) fs.cpSync(from, path.join(dest, item), { recursive: true });
}

// 1. E-mail for the first contact. Line-based, so the rest of the file
// (and its formatting) is untouched.
const contactFile = path.join(dest, 'content', 'en', 'contact.md');
const lines = fs.readFileSync(contactFile, 'utf8').split('\n');
if (lines[0].replace(/^\uFEFF/, '').trim() !== '---') throw new Error(`${contactFile}: no front matter`);
const fmEnd = lines.indexOf('---', 1);
const contactsAt = lines.findIndex((l, i) => i < fmEnd && /^contacts:\s*$/.test(l));
if (contactsAt < 0) throw new Error(`${contactFile}: no contacts: in the front matter`);
const firstItem = lines.findIndex((l, i) => i > contactsAt && i < fmEnd && /^\s*-\s+\S/.test(l));
if (firstItem < 0) throw new Error(`${contactFile}: contacts: has no entries`);
const dash = lines[firstItem].indexOf('-');
const keyIndent = ' '.repeat(lines[firstItem].match(/^\s*-\s+/)[0].length);
let itemEnd = firstItem + 1;
while (itemEnd < fmEnd) {
  const l = lines[itemEnd];
  const indent = l.match(/^\s*/)[0].length;
  if (l.trim() !== '' && (indent <= dash)) break; // next item or next top-level key
  itemEnd++;
}
let replaced = false;
for (let i = firstItem; i < itemEnd; i++) {
  const m = lines[i].match(/^(\s*(?:-\s+)?)email:/);
  if (m) {
    lines[i] = `${m[1]}email: "${EMAIL}"`;
    replaced = true;
  }
}
if (!replaced) lines.splice(firstItem + 1, 0, `${keyIndent}email: "${EMAIL}"`);
fs.writeFileSync(contactFile, lines.join('\n'));

// 2. The example events, laid over content/ (sv and en; Russian and Arabic
// readers get them through the fallback, as with any untranslated page).
const examples = path.join(root, 'tests', 'fixtures', 'example-events', 'content');
if (!fs.existsSync(examples)) throw new Error(`${examples}: no example events`);
fs.cpSync(examples, path.join(dest, 'content'), { recursive: true });

// 3. An all-day event that is upcoming at the build's --now (2026-11-29).
const calendarDir = path.join(dest, 'content', 'en', 'calendar');
if (fs.existsSync(calendarDir)) {
  fs.writeFileSync(
    path.join(calendarDir, 'e2e-all-day.md'),
    [
      '---',
      'title: "E2E all-day event"',
      'description: "An all-day event added by the browser tests."',
      'slug: e2e-all-day',
      'event:',
      '  start: 2027-02-10',
      '  end: 2027-02-10',
      '  city: Uppsala',
      '  country: SE',
      '  status: scheduled',
      '---',
      '',
      'An all-day event that ends on 10 February 2027 (inclusive).',
      '',
    ].join('\n'),
  );
  // Its Swedish original, so that every language's switcher leads to the
  // event and back (sv has no fallback; ru and ar fall back to en).
  fs.writeFileSync(
    path.join(dest, 'content', 'sv', 'calendar', 'e2e-all-day.md'),
    [
      '---',
      'title: "E2E-heldagsevenemang"',
      'description: "Ett heldagsevenemang som webbläsartesterna lägger till."',
      'slug: e2e-heldag',
      'event:',
      '  start: 2027-02-10',
      '  end: 2027-02-10',
      '  city: Uppsala',
      '  country: SE',
      '  status: scheduled',
      '---',
      '',
      'Ett heldagsevenemang som slutar den 10 februari 2027 (sista dagen inräknad).',
      '',
    ].join('\n'),
  );
}
console.log(`copy of the site in ${dest} (email ${EMAIL} for the first contact in content/en/contact.md, the example events, an all-day event)`);

// Unit tests for the pure logic of themes/default/assets/site.js.
// Run: node --test Tests/js/   (node 20+, no npm packages)
'use strict';
require('./page-text.js');
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const site = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'site.js'));

test('exports the pure helpers and init without touching a DOM', () => {
  for (const name of ['nextTheme', 'effectiveTheme', 'themeButtonState', 'normalizeTabKey',
    'chooseTab', 'nextTabIndex', 'copyTextFor', 'pickActiveHeading', 'hashToId', 'init']) {
    assert.equal(typeof site[name], 'function', name);
  }
  assert.equal(site.THEME_KEY, 'gpukb-theme');
  assert.equal(site.TAB_KEY, 'gpukb-tab');
});

test('effectiveTheme: a stored choice wins, otherwise the system preference', () => {
  assert.equal(site.effectiveTheme('dark', false), 'dark');
  assert.equal(site.effectiveTheme('light', true), 'light');
  assert.equal(site.effectiveTheme(null, true), 'dark');
  assert.equal(site.effectiveTheme(null, false), 'light');
  assert.equal(site.effectiveTheme('', true), 'dark');
  assert.equal(site.effectiveTheme('sepia', false), 'light', 'unknown values are ignored');
});

test('nextTheme toggles relative to the effective theme', () => {
  assert.equal(site.nextTheme('dark', false), 'light');
  assert.equal(site.nextTheme('dark', true), 'light');
  assert.equal(site.nextTheme('light', true), 'dark');
  assert.equal(site.nextTheme('light', false), 'dark');
  assert.equal(site.nextTheme(null, true), 'light', 'system dark, nothing stored -> light');
  assert.equal(site.nextTheme(null, false), 'dark', 'system light, nothing stored -> dark');
  assert.equal(site.nextTheme(undefined, false), 'dark');
});

test('themeButtonState reflects dark mode in aria-pressed', () => {
  assert.equal(site.themeButtonState('dark').pressed, 'true');
  assert.equal(site.themeButtonState('light').pressed, 'false');
  assert.match(site.themeButtonState('dark').title, /浅色/);
  assert.match(site.themeButtonState('light').title, /深色/);
  assert.ok(site.themeButtonState('light').label.length > 0);
});

test('normalizeTabKey trims, lower-cases and joins blanks', () => {
  assert.equal(site.normalizeTabKey('Windows'), 'windows');
  assert.equal(site.normalizeTabKey('  macOS  '), 'macos');
  assert.equal(site.normalizeTabKey('Windows  Subsystem\tfor Linux'), 'windows-subsystem-for-linux');
  assert.equal(site.normalizeTabKey('Linux（Ubuntu）'), 'linux（ubuntu）', 'non-ASCII kept');
  assert.equal(site.normalizeTabKey(''), '');
  assert.equal(site.normalizeTabKey(null), '');
  assert.equal(site.normalizeTabKey(undefined), '');
  assert.equal(site.normalizeTabKey(12), '12');
});

test('chooseTab picks the tab of a group with the same key', () => {
  const group = ['windows', 'linux', 'macos'];
  assert.equal(site.chooseTab(group, 'linux'), 1);
  assert.equal(site.chooseTab(group, 'Linux'), 1, 'comparison is normalized');
  assert.equal(site.chooseTab(['Windows', 'Linux'], ' linux '), 1);
  assert.equal(site.chooseTab(group, 'wsl2'), -1, 'a group without the key keeps its tab');
  assert.equal(site.chooseTab(group, ''), -1);
  assert.equal(site.chooseTab(group, null), -1);
  assert.equal(site.chooseTab([], 'linux'), -1);
  assert.equal(site.chooseTab(null, 'linux'), -1);
  assert.equal(site.chooseTab(['linux', 'linux'], 'linux'), 0, 'first match');
  assert.equal(site.chooseTab([null, 'linux'], 'linux'), 1, 'tabs without data-tab are skipped');
});

test('nextTabIndex implements arrow, Home and End navigation with wrap-around', () => {
  assert.equal(site.nextTabIndex(0, 3, 'ArrowRight'), 1);
  assert.equal(site.nextTabIndex(2, 3, 'ArrowRight'), 0);
  assert.equal(site.nextTabIndex(0, 3, 'ArrowLeft'), 2);
  assert.equal(site.nextTabIndex(1, 3, 'ArrowDown'), 2);
  assert.equal(site.nextTabIndex(1, 3, 'ArrowUp'), 0);
  assert.equal(site.nextTabIndex(1, 3, 'Home'), 0);
  assert.equal(site.nextTabIndex(1, 3, 'End'), 2);
  assert.equal(site.nextTabIndex(1, 3, 'Enter'), -1);
  assert.equal(site.nextTabIndex(0, 0, 'ArrowRight'), -1);
});

test('copyTextFor: data-copy wins over the code text', () => {
  assert.equal(site.copyTextFor({ copy: 'nvidia-smi', code: '$ nvidia-smi\noutput\n' }), 'nvidia-smi');
  assert.equal(site.copyTextFor({ copy: 'a\nb\n', code: 'x' }), 'a\nb\n', 'data-copy is used verbatim');
  assert.equal(site.copyTextFor({ copy: '', code: 'x' }), '', 'an empty data-copy still wins');
});

test('copyTextFor: the code text loses its trailing newline', () => {
  assert.equal(site.copyTextFor({ copy: null, code: 'print(1)\n' }), 'print(1)');
  assert.equal(site.copyTextFor({ code: 'a\nb\n' }), 'a\nb');
  assert.equal(site.copyTextFor({ code: 'a\r\n' }), 'a');
  assert.equal(site.copyTextFor({ code: 'a\n\n' }), 'a');
  assert.equal(site.copyTextFor({ code: 'a\n  b' }), 'a\n  b', 'inner newlines and indentation kept');
  assert.equal(site.copyTextFor({ code: '  indented\n' }), '  indented', 'leading blanks kept');
  assert.equal(site.copyTextFor({}), '');
  assert.equal(site.copyTextFor(null), '');
});

test('pickActiveHeading chooses the last heading above the line', () => {
  assert.equal(site.pickActiveHeading([], 100, false), -1);
  assert.equal(site.pickActiveHeading([200, 800], 100, false), -1, 'above the first heading');
  assert.equal(site.pickActiveHeading([50, 800], 100, false), 0);
  assert.equal(site.pickActiveHeading([-900, -300, 90, 700], 100, false), 2);
  assert.equal(site.pickActiveHeading([-900, -300, 90, 700], 100, true), 3, 'page end activates the last');
});

test('hashToId decodes percent-encoded ids', () => {
  assert.equal(site.hashToId('#安装'), '安装');
  assert.equal(site.hashToId('#%E5%AE%89%E8%A3%85'), '安装');
  assert.equal(site.hashToId('#100%'), '100%', 'malformed escapes are kept');
  assert.equal(site.hashToId('no-hash'), '');
  assert.equal(site.hashToId(''), '');
});

test('scrollEdges: which sides of a wide table hide columns', () => {
  assert.deepEqual(site.scrollEdges(0, 800, 400), { left: false, right: true }, 'at the start: more to the right');
  assert.deepEqual(site.scrollEdges(200, 800, 400), { left: true, right: true }, 'in the middle: both');
  assert.deepEqual(site.scrollEdges(400, 800, 400), { left: true, right: false }, 'at the end: more to the left');
  assert.deepEqual(site.scrollEdges(0, 400, 400), { left: false, right: false }, 'fits: nothing hidden');
  assert.deepEqual(site.scrollEdges(399.5, 800, 400), { left: true, right: false }, 'sub-pixel rounding at the end');
});

test('parseProfile keeps gpu, driver and a known OS, and rejects anything else', () => {
  assert.deepEqual(site.parseProfile('{"gpu":"RTX 4090","driver":"550.54.14","os":"linux"}'), { gpu: 'RTX 4090', driver: '550.54.14', os: 'linux' });
  assert.deepEqual(site.parseProfile('{"gpu":"H100","os":"beos","extra":1}'), { gpu: 'H100' });
  assert.deepEqual(site.parseProfile('{"gpu":"T4","os":"linux","cpu":"aarch64"}'), { gpu: 'T4', os: 'linux', cpu: 'aarch64' }, 'an Arm machine is kept');
  assert.deepEqual(site.parseProfile('{"gpu":"T4","cpu":"sparc"}'), { gpu: 'T4' });
  assert.equal(site.parseProfile('not json'), null);
  assert.equal(site.parseProfile('{}'), null);
  assert.equal(site.parseProfile('[1,2]'), null);
  assert.equal(site.parseProfile(JSON.stringify({ gpu: 'x'.repeat(500) })), null, 'over-long values are dropped');
  assert.equal(site.profileLabel({ gpu: 'RTX 4090', driver: '550.54.14', os: 'wsl2' }), 'RTX 4090 · 驱动 550.54.14 · WSL2');
});


test('say fills the names it is given once, keeps the others, and answers an unknown key with the key', () => {
  assert.equal(site.say('script.driver', { driver: '550.54.14' }), '驱动 550.54.14');
  assert.equal(site.say('script.rows_filtered', { shown: 3 }), '3 / {total} 行', 'a name without a value stays');
  assert.equal(site.say('script.driver', { driver: '{driver}$&' }), '驱动 {driver}$&', 'a value is not filled again');
  assert.equal(site.say('script.no_such_key'), 'script.no_such_key');
});

test('say takes the singular form of a text where the table has one and the count is 1', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const vm = require('node:vm');
  const file = path.join(__dirname, '..', '..', process.env.GPUKB_SITE || 'site', 'en', 'assets', 'text.en.js');
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
  const chinese = globalThis.GPUKB_TEXT;
  globalThis.GPUKB_TEXT = sandbox.window.GPUKB_TEXT;
  try {
    assert.equal(site.say('fragment.rows', { count: 1 }), '1 row');
    assert.equal(site.say('fragment.rows', { count: '1' }), '1 row');
    assert.equal(site.say('fragment.rows', { count: 2 }), '2 rows');
    assert.equal(site.say('fragment.rows', { count: 0 }), '0 rows');
  } finally {
    globalThis.GPUKB_TEXT = chinese;
  }
  assert.equal(site.say('fragment.rows', { count: 1 }), '1 行', 'Chinese has no singular form');
});

test('every text key the theme scripts name is in the table the build writes, and every script text is used', () => {
  const fs = require('node:fs');
  const { text } = require('./page-text.js');
  const dir = path.join(__dirname, '..', '..', 'themes', 'default', 'assets');
  const sources = ['site.js', 'search.js', 'resolve.js', 'diagnose.js'].map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const named = new Set();
  for (const m of sources.matchAll(/'((?:script|page|fragment)\.[a-z_]+)'/g)) named.add(m[1]);
  // Keys built from a prefix: status badges and finding severities.
  for (const s of ['ok', 'limited', 'unsupported']) named.add('fragment.badge_' + s);
  for (const s of ['error', 'warning', 'info']) named.add('script.severity_' + s);
  // Each kind of output the paste reader recognises has its label (diagnose.js's SOURCES).
  const kinds = sources.match(/var SOURCES = \[([^\]]*)\]/);
  assert.ok(kinds, 'diagnose.js lists SOURCES');
  for (const m of kinds[1].matchAll(/'([a-z_-]+)'/g)) named.add('script.diagnose_source_' + m[1].replace(/-/g, '_'));
  for (const key of named) {
    if (key === 'fragment.badge_' || key === 'script.severity_' || key === 'script.diagnose_source_') continue;
    assert.ok(Object.prototype.hasOwnProperty.call(text, key), `${key} is not in assets/text.zh-CN.js`);
  }
  for (const key of Object.keys(text)) assert.ok(named.has(key), `${key} is written but no script uses it`);
});

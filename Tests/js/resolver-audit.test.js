// The resolver page's script against the three held-out resolver audits (Tests/Fixtures/resolver-audit): 120
// questions answered from NVIDIA's and PyTorch's own rules by helpers who did not read gpukb. The page must give the
// audit's answer, or, for the rows in disagreements.tsv, the same answer `gpukb resolve` gives (tested in
// Tests/cli/test_resolver_audit.py). Reads the English site's data, whose reasons the questions match on.
// Run: node --test Tests/js/   (after make site)
'use strict';
require('./page-text.js');
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');

const ROOT = path.join(__dirname, '..', '..');
const resolve = require(path.join(ROOT, 'themes', 'default', 'assets', 'resolve.js'));
const AUDIT = path.join(ROOT, 'Tests', 'Fixtures', 'resolver-audit');

function loadData() {
  const file = path.join(path.resolve(ROOT, process.env.GPUKB_SITE || 'site'), 'en', 'resolve', 'compat-data.js');
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
  return sandbox.window.GPUKB_COMPAT;
}

function readTSV(name) {
  const [header, ...lines] = fs.readFileSync(path.join(AUDIT, name), 'utf8').split('\n').filter((line) => line.length > 0);
  const keys = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((value, i) => [keys[i], value])));
}

const numbers = (text) => (text.match(/[0-9]+/g) || []).map(Number);
function compareNumbers(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The page's answer to one audit question, read the way the CLI test reads `gpukb resolve --json`. */
function answer(data, row) {
  const gpu = resolve.findGPU(data, row.gpu);
  assert.ok(gpu && gpu.cc, row.id + ': the page finds ' + row.gpu);
  const request = { gpu, os: row.os, driver: row.driver || null, python: row.python ? resolve.parsePython(row.python) : null, pm: 'pip', cpu: row.cpu || '' };
  const builds = resolve.resolve(data, request);
  const question = row.question;
  if (question.startsWith('newest-ok-build')) {
    const cap = question.includes('<=') ? numbers(question.split('<=')[1]) : null;
    const ok = builds.filter((b) => b.status === 'ok' && (!cap || compareNumbers(numbers(b.pytorch).slice(0, cap.length), cap) <= 0));
    ok.sort((a, b) => compareNumbers(numbers(b.pytorch), numbers(a.pytorch)) || compareNumbers(numbers(b.cuda || '0'), numbers(a.cuda || '0')));
    return ok.length ? ok[0].pytorch + '+' + ok[0].variant : 'none';
  }
  if (question === 'runs-anything') return builds.some((b) => b.status === 'ok' || b.status === 'limited') ? 'yes' : 'no';
  if (question === 'driver-to-install') {
    const support = data.support[gpu.cc];
    return String(support && support.floor[row.os] ? support.floor[row.os] : null);
  }
  const [wanted, tag] = question.split(':')[1].split('+');
  const build = builds.find((b) => b.pytorch === wanted && b.variant === tag);
  if (question.startsWith('variant-has-code:')) {
    assert.ok(build, row.id + ': no such build');
    const reasons = build.reasons.join(' ');
    if (/not recorded/.test(reasons)) return 'unknown';
    return /no code that can run|there is no code that runs/.test(reasons) ? 'no' : 'yes';
  }
  if (question.startsWith('variant-exists:')) {
    if (!build) return 'no';
    return /published no|no wheel for Python/i.test(build.reasons.join(' ')) ? 'no' : 'yes';
  }
  throw new Error('unknown question ' + question);
}

test('the page agrees with every held-out vendor-rule case but the documented ones, as `gpukb resolve` does', () => {
  const data = loadData();
  const rows = ['cases.tsv', 'cases-2.tsv', 'cases-3.tsv'].flatMap(readTSV);
  assert.equal(rows.length, 120);
  const documented = Object.fromEntries(readTSV('disagreements.tsv').map((row) => [row.id, row]));
  const wrong = [];
  for (const row of rows) {
    const got = answer(data, row);
    const want = documented[row.id] ? documented[row.id].gpukb : row.expected;
    if (documented[row.id]) assert.equal(row.expected, documented[row.id].audit, row.id + ': the audit still says what the file records');
    if (got !== want) wrong.push([row.id, row.gpu, row.os, row.driver, row.question, want, got].join(' '));
  }
  assert.deepEqual(wrong, []);
});

// The search script: the tokenizer against the vectors the Swift tokenizer is tested with, and the engine over the
// index the build wrote (site/search/), loaded the way the browser loads it (classic scripts assigning a global).
// Run: node --test Tests/js/   (the site must have been built: make site)
'use strict';
require('./page-text.js');
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');

const ROOT = path.join(__dirname, '..', '..');
const search = require(path.join(ROOT, 'themes', 'default', 'assets', 'search.js'));
const SITE = path.resolve(ROOT, process.env.GPUKB_SITE || 'site');

function loader(dir) {
  return (name, callback) => {
    const file = path.join(dir, 'search', name + '.js');
    if (!fs.existsSync(file)) { callback('搜索索引文件 search/' + name + '.js 无法加载'); return; }
    const sandbox = { self: {} };
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
    callback(null, sandbox.self.GPUKB_SEARCH_DATA[name]);
  };
}

function run(engine, query, limit = 10) {
  return new Promise((resolve) => engine.search(query, { limit }, resolve));
}

test('the tokenizer gives every shared vector its terms, as the Swift tokenizer does', () => {
  const file = JSON.parse(fs.readFileSync(path.join(ROOT, 'Tests', 'Fixtures', 'search', 'tokenizer-vectors.json'), 'utf8'));
  assert.ok(file.vectors.length > 70);
  for (const v of file.vectors) {
    const text = v.repeat !== undefined ? v.repeat.repeat(v.times) : v.text;
    assert.deepEqual(search.tokenize(text, v.mode), v.terms, `${v.mode} ${JSON.stringify(text.slice(0, 40))}`);
  }
});

test('posting strings decode to the documents the Swift codec encoded', () => {
  assert.deepEqual(search.decodeGaps('11w1', -1), [0, 1, 33]);
  assert.deepEqual(search.decodeGaps('087', 0), [0, 8, 15]);
  assert.deepEqual(search.decodeBody('79', 10), { docs: [0, 2], weights: [3, 1] });
  assert.deepEqual(search.decodeBody('!32', 8).docs, [0, 1, 7]);
});

test('snippets keep the original text and mark matches found in normalized form', () => {
  const pieces = search.snippet('先用 NVIDIA-SMI 查看显卡驱动版本。', ['nvidia-smi', '驱动'], 100);
  assert.deepEqual(pieces.filter((p) => p.mark).map((p) => p.text), ['NVIDIA-SMI', '驱动']);
  assert.equal(pieces.map((p) => p.text).join(''), '先用 NVIDIA-SMI 查看显卡驱动版本。');
  const wide = search.snippet('ＣＵＤＡ 12.4', ['cuda'], 100);
  assert.deepEqual(wide.filter((p) => p.mark).map((p) => p.text), ['ＣＵＤＡ']);
  const long = search.snippet('甲'.repeat(300) + '驱动' + '乙'.repeat(300), ['驱动'], 60);
  assert.equal(long[0].text, '…');
  assert.ok(long.some((p) => p.mark && p.text === '驱动'));
});

// Queries from the issue, each with the page that must be among the first three.
const EXPECTED = [
  ['驱动', 'driver/'],
  ['显卡驱动版本', 'driver/'],
  ['环境变量', 'cuda/toolkit/index.html'],
  ['cu121', 'compat/pytorch/'],
  ['nvidia-smi', null],
  ['sm_89', null],
  ['535.104.05', 'compat/cuda/12.2.2/index.html'],
  ['535.104', 'compat/cuda/12.2.2/index.html'],
  ['docker', 'platforms/docker/index.html'],
  ['wsl', 'platforms/wsl2/index.html'],
  ['4090', 'compat/gpu/geforce-rtx-4090/index.html'],
];

test('queries from the issue find their page among the first three results on the real site', async () => {
  const engine = new search.Engine(loader(SITE));
  for (const [query, expected] of EXPECTED) {
    const outcome = await run(engine, query);
    assert.equal(outcome.error, undefined, query);
    assert.ok(outcome.results.length > 0, `${query}: no results`);
    const top = outcome.results.slice(0, 3).map((r) => r.url);
    if (expected) assert.ok(top.some((u) => u.startsWith(expected)), `${query}: ${expected} not in ${top.join(', ')}`);
    // Every one of the top results really contains a query term somewhere in what it shows.
    for (const r of outcome.results.slice(0, 3)) {
      const shown = (r.title + ' ' + r.sections.map((s) => s.heading + ' ' + s.text).join(' ')).normalize('NFKC').toLowerCase();
      assert.ok(outcome.terms.some((t) => shown.includes(t.slice(0, 2))), `${query}: ${r.url} shows no term`);
    }
  }
});

test('answer cards name the GPU, the CUDA and PyTorch release, and the newest toolkit for a driver', async () => {
  const engine = new search.Engine(loader(SITE));
  const card = async (q) => (await run(engine, q)).cards[0];
  const gpu = await card('4090');
  assert.equal(gpu.title, 'GeForce RTX 4090');
  assert.ok(gpu.facts.some(([k, v]) => k === '计算能力' && v.startsWith('8.9')));
  assert.ok(gpu.facts.some(([k, v]) => k === '最早支持的 CUDA' && v.includes('11.8')));
  assert.match(gpu.resolve, /^resolve\/index\.html\?gpu=/);
  assert.equal((await card('H100')).kind, 'gpu');
  const cuda = await card('cuda 12.4');
  assert.match(cuda.title, /12\.4\.1/);
  assert.ok(cuda.facts.some(([k, v]) => k === 'Linux 最低驱动' && v.includes('550.54.15')));
  const torch = await card('torch 2.1');
  assert.equal(torch.title, 'PyTorch 2.1.2');
  assert.ok(torch.facts.some(([k, v]) => k === 'Python' && v === '3.8–3.11'));
  const driver = await card('536.23');
  assert.equal(driver.kind, 'driver');
  assert.ok(driver.facts[0][1].includes('12.2'));
  assert.equal((await run(engine, 'docker')).cards.length, 0);
});

test('bad input never throws: empty, punctuation only, 10 000 characters, emoji', async () => {
  const engine = new search.Engine(loader(SITE));
  for (const query of ['', '   ', '!!!???。。。', '🚀🔥', '显卡'.repeat(5000), 'x'.repeat(10000), '<img src=x onerror=alert(1)>']) {
    const outcome = await run(engine, query);
    assert.equal(outcome.error, undefined);
    assert.ok(Array.isArray(outcome.results));
  }
});

test('a missing shard gives a clear message, not an exception', async () => {
  const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'gpukb-search-'));
  fs.mkdirSync(path.join(dir, 'search'));
  for (const name of fs.readdirSync(path.join(SITE, 'search'))) {
    if (!name.startsWith('t')) fs.copyFileSync(path.join(SITE, 'search', name), path.join(dir, 'search', name));
  }
  const outcome = await run(new search.Engine(loader(dir)), '驱动');
  assert.match(outcome.error, /search\/t\d+\.js/);
  assert.deepEqual(outcome.results, []);
  fs.rmSync(dir, { recursive: true });
});

test('the results page reads q from its URL, with + and percent escapes', () => {
  assert.equal(search.queryParam('?q=cuda+12.4'), 'cuda 12.4');
  assert.equal(search.queryParam('?x=1&q=%E9%A9%B1%E5%8A%A8'), '驱动');
  assert.equal(search.queryParam('?q=%E0%A4%A'), '');
  assert.equal(search.queryParam(''), '');
});

test('what readers type finds the page that uses another word: 换源 → 镜像, 显存爆了 → 显存不足, 装驱动 → 安装驱动', async () => {
  const engine = new search.Engine(loader(SITE));
  for (const [query, rewritten, expected] of [
    ['换源', '镜像', '镜像'], ['pip换源', 'pip 镜像', 'pip'], ['显存爆了', '显存不足', '显存'], ['装驱动', '安装驱动', '驱动']]) {
    const outcome = await run(engine, query, 3);
    assert.equal(outcome.rewritten, rewritten, query);
    assert.ok(outcome.results.length > 0, query);
    assert.ok(outcome.results[0].title.includes(expected), `${query}: ${outcome.results[0].title}`);
    assert.match(search.searchNote(outcome), /也搜索了/);
  }
  assert.equal(search.rewriteQuery('pytorch', [['换源', '镜像']]), null, 'nothing to rewrite');
});

test('small typos in Latin words still find the page and say what was searched', async () => {
  const engine = new search.Engine(loader(SITE));
  for (const [typo, fixed, page] of [['pytroch', 'pytorch', 'PyTorch'], ['condaa', 'conda', 'conda'], ['dockr', 'docker', 'Docker'],
    ['nvidai-smi', 'nvidia-smi', '']]) {
    const outcome = await run(engine, typo, 3);
    assert.deepEqual(outcome.corrected, [[typo, fixed]], typo);
    assert.ok(outcome.results.length > 0 && outcome.results[0].title.includes(page), `${typo}: ${outcome.results[0] && outcome.results[0].title}`);
  }
  const exact = await run(engine, 'pytorch', 3);
  assert.equal(exact.corrected, undefined, 'a word that exists is not corrected');
  assert.ok(search.typoCandidates('confg').includes('config'));
});

test('the count says how many pages matched, not how many are shown', async () => {
  const engine = new search.Engine(loader(SITE));
  const outcome = await run(engine, 'conda', 3);
  assert.equal(outcome.results.length, 3);
  assert.ok(outcome.total > 3, String(outcome.total));
});

test('pages of one release series collapse into one result led by the newest release', async () => {
  const engine = new search.Engine(loader(SITE));
  const outcome = await run(engine, 'cuda 12.8', 5);
  const series = outcome.results.filter((r) => /^compat\/cuda\/12\.8\./.test(r.url));
  assert.equal(series.length, 1, outcome.results.map((r) => r.url).join(' '));
  assert.match(series[0].url, /12\.8\.1/);
  assert.ok(series[0].sections.some((s) => /12\.8\.0/.test(s.url)), 'the older release follows as a sub-link');
  assert.equal(outcome.results.length, 5, 'the list is still filled');
});

test('ranking parameters come from the index manifest, where the Swift builder wrote them', async () => {
  const engine = new search.Engine(loader(SITE));
  const before = await run(engine, '驱动', 5);
  const rank = engine.manifest.rank;
  assert.deepEqual(JSON.parse(JSON.stringify(rank)), { k1: 1.2, b: 0.75, step: 0.55, field: { body: 1, heading: 2, title: 3 }, prefix: 0.6, expansions: 24 });
  // Weighting titles and headings out changes the order: the page reads the manifest, not constants of its own.
  rank.field = { body: 1, heading: 0, title: 0 };
  const after = await run(engine, '驱动', 5);
  assert.notDeepEqual(after.results.map((r) => r.url), before.results.map((r) => r.url));
});

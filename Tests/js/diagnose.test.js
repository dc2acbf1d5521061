// The diagnose page's script against the shared vectors (Tests/Fixtures/env-reports/vectors.json), which
// content/downloads/check_env.py must also reproduce exactly (Tests/python/test_check_env.py).
// Run: node --test Tests/js/diagnose.test.js    Re-record the expected results: GPUKB_RECORD=1 node --test Tests/js/diagnose.test.js
// (then read the diff of vectors.json line by line: it is the specification).
'use strict';
require('./page-text.js');
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'Tests', 'Fixtures', 'env-reports');
const VECTORS = path.join(FIXTURES, 'vectors.json');
// The month the vectors are read in (whether a driver branch has ended depends on it); test_check_env.py uses the same.
const MONTH = { month: '2026-12' };
const SITE = path.resolve(ROOT, process.env.GPUKB_SITE || 'site');
const diagnose = require(path.join(ROOT, 'themes', 'default', 'assets', 'diagnose.js'));

function loadData() {
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(SITE, 'resolve', 'compat-data.js'), 'utf8'), sandbox);
  return sandbox.window.GPUKB_COMPAT;
}

/** The pasted text of a vector: its input file(s), then its inline text, joined by newlines. */
function pasteOf(vector) {
  const files = vector.input === undefined ? [] : [].concat(vector.input);
  const chunks = files.map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  if (vector.text !== undefined) chunks.push(vector.text);
  return chunks.join('\n');
}

const data = loadData();
const vectors = JSON.parse(fs.readFileSync(VECTORS, 'utf8'));

if (process.env.GPUKB_RECORD) {
  for (const v of vectors) v.expected = diagnose.analyze(pasteOf(v), data, MONTH);
  fs.writeFileSync(VECTORS, JSON.stringify(vectors, null, 1) + '\n');
}

test('every vector gives exactly its expected result', () => {
  for (const v of vectors) {
    assert.deepEqual(diagnose.analyze(pasteOf(v), data, MONTH), v.expected, v.name);
  }
});

test('results have exactly the shared keys, in order, and JSON-safe values', () => {
  const keys = ['recognized', 'sources', 'driver_version', 'cuda_version', 'gpus', 'gpu_count', 'os', 'cpu', 'torch_version',
    'torch_cuda', 'cuda_available', 'nvcc_version', 'findings'];
  for (const v of vectors) {
    const result = diagnose.analyze(pasteOf(v), data, MONTH);
    assert.deepEqual(Object.keys(result), keys, v.name);
    for (const f of result.findings) assert.deepEqual(Object.keys(f), ['severity', 'code', 'message', 'link'], v.name);
    assert.equal(result.recognized, result.sources.length > 0, v.name);
    assert.equal(result.recognized, !result.findings.some((f) => f.code === 'not-recognized'), v.name);
  }
});

function fixtureFiles(dir, prefix) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? prefix + '/' + entry.name : entry.name;
    if (entry.isDirectory()) out.push(...fixtureFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out;
}

test('every fixture file is covered by a vector', () => {
  const covered = new Set();
  for (const v of vectors) for (const f of [].concat(v.input || [])) covered.add(f);
  const metadata = new Set(['vectors.json', 'index.tsv']);
  const missing = fixtureFiles(FIXTURES, '').filter((f) => !metadata.has(f) && !covered.has(f));
  assert.deepEqual(missing, [], 'fixture files without a vector');
  for (const f of covered) assert.ok(fs.existsSync(path.join(FIXTURES, f)), 'vector input missing: ' + f);
});

// Where the sample text itself does not show what index.tsv says (the index's author knew the thread around
// the paste), the parser reports what the text shows. Each entry: file -> field -> the value we give instead.
const INDEX_DISAGREEMENTS = {
  'nvcc-010.txt': { os: 'linux' },             // only a "$ nvcc -V" prompt; WSL is known from the thread, not the text
  'nvidia-smi-018.txt': { os: 'unknown' },     // the "couldn't communicate" message is printed on Windows too
  'nvidia-smi-019.txt': { os: 'unknown' },     // same
  'collect_env-014.txt': { os: 'macos' },      // "OS: macOS 14.5": the index's os column had no macOS value
  'nvcc-018.txt': { os: 'linux' },             // "_PDT_2024": nvcc abbreviates the time zone except on Windows (_Pacific_Daylight_Time_)
  'torch-oneliner-001.txt': { os: 'linux' }    // a /home/… site-packages path; WSL is known from the thread's prose, not the text
};

test('the public samples agree with index.tsv, apart from the documented disagreements', () => {
  const rows = fs.readFileSync(path.join(FIXTURES, 'index.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const head = rows.shift();
  const col = (row, name) => row[head.indexOf(name)];
  const orNull = (s) => (s === '' ? null : s);
  for (const row of rows) {
    const file = col(row, 'file');
    const v = vectors.find((x) => x.input === file);
    assert.ok(v, 'no vector for ' + file);
    const want = {
      driver_version: orNull(col(row, 'driver_version')),
      cuda_version: orNull(col(row, 'cuda_version_reported_by_smi')),
      gpus: col(row, 'gpu_names') ? col(row, 'gpu_names').split(';') : [],
      gpu_count: col(row, 'gpu_count') ? Number(col(row, 'gpu_count')) : null,
      os: col(row, 'os'),
      torch_version: orNull(col(row, 'torch_version')),
      torch_cuda: orNull(col(row, 'torch_cuda')),
      cuda_available: col(row, 'cuda_available') === '' ? null : col(row, 'cuda_available') === 'True',
      nvcc_version: orNull(col(row, 'nvcc_version'))
    };
    Object.assign(want, INDEX_DISAGREEMENTS[file] || {});
    const got = {};
    for (const k of Object.keys(want)) got[k] = v.expected[k];
    assert.deepEqual(got, want, file);
    assert.ok(v.expected.sources.includes(col(row, 'kind')), file + ' is recognized as ' + col(row, 'kind'));
  }
});

test('the H200 machine, pasted in one go, reads as the machine it is', () => {
  const v = vectors.find((x) => x.name === 'h200-all-in-one-paste');
  const r = v.expected;
  assert.deepEqual([r.driver_version, r.cuda_version, r.gpus, r.os, r.torch_version, r.torch_cuda, r.cuda_available, r.nvcc_version],
    ['580.159.04', '13.0', ['NVIDIA H200'], 'linux', '2.11.0+cu130', '13.0', true, '13.0.88']);
  assert.deepEqual(r.sources, ['nvidia-smi', 'nvidia-smi-csv', 'nvcc', 'collect_env']);
  assert.deepEqual(r.findings.map((f) => f.code), ['cuda-numbers']);
});

test('a healthy H100 pasted with the tail of its dmesg (the open kernel module loading) gets only the note on its CUDA numbers', () => {
  const v = vectors.find((x) => x.name === 'h100-device-healthy-paste-with-dmesg-open-module-lines');
  assert.match(v.text, /NVRM: loading NVIDIA UNIX Open Kernel Module/);
  assert.deepEqual(v.expected.findings.map((f) => f.code), ['cuda-numbers']);
  assert.deepEqual(v.expected.gpus, ['NVIDIA H100 80GB HBM3']);
});

test('every finding code is exercised by some vector, with the severity it is meant to have', () => {
  const seen = {};
  for (const v of vectors) for (const f of v.expected.findings) (seen[f.code] = seen[f.code] || new Set()).add(f.severity);
  const want = {
    'not-recognized': ['warning'], 'no-driver': ['error'], 'driver-library-mismatch': ['error'], 'gpu-error': ['error'],
    'driver-too-old-for-torch': ['error', 'warning'], 'cpu-only-torch': ['error', 'warning'], 'arch-not-in-build': ['error'],
    'driver-cannot-drive-gpu': ['error'], 'cuda-numbers': ['info'], 'toolkit-too-new-for-driver': ['warning', 'error'], 'wsl': ['info'], 'cuda-unavailable': ['error', 'warning'],
    'capability-warning': ['error', 'info'], 'driver-branch-ended': ['info'], 'no-build-for-gpu': ['warning'],
    'shared-gpu-name': ['info'], 'gpu-not-named': ['warning'], 'fabric-manager': ['error'], 'container-gpu': ['error'],
    'onnxruntime-cpu': ['warning']
  };
  assert.deepEqual(Object.keys(seen).sort(), Object.keys(want).sort());
  for (const code of Object.keys(want)) assert.deepEqual([...seen[code]].sort(), want[code].slice().sort(), code);
});

test('each finding links to a heading that exists in the built site', () => {
  const links = new Set(Object.values(data.diagnosis.links));
  for (const v of vectors) for (const f of v.expected.findings) links.add(f.link);
  for (const link of links) {
    const [file, id] = link.split('#');
    const html = fs.readFileSync(path.join(SITE, file), 'utf8');
    assert.ok(html.includes('id="' + id + '"'), link);
  }
});

test('hand-written cases say what they are written for', () => {
  const codes = (name) => vectors.find((x) => x.name === name).expected.findings.map((f) => f.code);
  assert.ok(codes('hand-rtx5090-torch251-cu121-arch').includes('arch-not-in-build'));
  assert.ok(codes('hand-gtx1080-cu130-csv').includes('arch-not-in-build'));
  assert.ok(codes('hand-driver470-torch-cu121-linux').includes('driver-too-old-for-torch'));
  assert.ok(codes('hand-driver470-rule-only').includes('driver-too-old-for-torch'));
  assert.ok(codes('hand-torch230-cpu-with-gpu').includes('cpu-only-torch'));
  assert.ok(codes('hand-windows-pypi-cpu-build').includes('cpu-only-torch'));
  assert.ok(codes('hand-wsl-collect-env').includes('wsl'));
  assert.ok(codes('hand-toolkit-newer-same-major').includes('toolkit-too-new-for-driver'));
  assert.ok(codes('hand-cuda-unavailable-unexplained').includes('cuda-unavailable'));
  assert.deepEqual(codes('hand-rtx5090-driver535-unavailable'), ['driver-cannot-drive-gpu', 'cuda-numbers', 'driver-branch-ended'], 'the refusal explains the False');
  assert.deepEqual(codes('collect_env-022'), ['driver-too-old-for-torch', 'cuda-numbers', 'driver-branch-ended'], 'cu121 on 470 yet available: a warning');
  assert.equal(vectors.find((x) => x.name === 'collect_env-022').expected.findings[0].severity, 'warning');
  // A build whose list for this GPU is not recorded proves nothing: 'no kernel image' is not blamed on another program.
  const unknown = vectors.find((x) => x.name === 'hand-gtx1080-windows-torch290-cu128-no-kernel-image').expected.findings[0];
  assert.equal(unknown.code, 'arch-not-in-build');
  assert.ok(!unknown.message.includes('另一个程序'), unknown.message);
  // On Windows the reinstall command names the build's index: PyPI's Windows wheels are CPU-only.
  const windowsCpu = vectors.find((x) => x.name === 'hand-rtx3090-windows-driver516-pypi-cpu-torch201').expected.findings[0];
  assert.equal(windowsCpu.code, 'cpu-only-torch');
  assert.ok(windowsCpu.message.endsWith('torchaudio==2.0.2 --index-url https://download.pytorch.org/whl/cu117'), windowsCpu.message);
});

test('an ended driver branch is reported from the month it ended, with the branch the GPU can move to', () => {
  const paste = vectors.find((v) => v.name === 'hand-gtx1080-torch270-cu128-collect-env').text.replace('570.124.06', '535.104.05');
  const ended = (month) => diagnose.analyze(paste, data, { month }).findings.filter((f) => f.code === 'driver-branch-ended');
  assert.deepEqual(ended('2026-06'), [], 'R535 is supported through 2026-06');
  const [finding] = ended('2026-07');
  assert.equal(finding.severity, 'info');
  assert.match(finding.message, /R535.*2026-06 结束.*请换到 R580/, 'a Pascal card is sent to R580, its last branch, not R620');
  const kepler = diagnose.analyze(paste.replace('NVIDIA GeForce GTX 1080', 'Tesla K80').replace('535.104.05', '470.256.02'), data, { month: '2026-12' });
  assert.match(kepler.findings.find((f) => f.code === 'driver-branch-ended').message, /最后一个驱动分支就是 R470/);
});

test('parseReport never throws and stays fast on hostile input', () => {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pieces = ['|', ' ', '  ', '0', '.', ':', 'GPU 0: ', 'NVIDIA-SMI ', 'Driver Version: ', '>>> ', '# ', '> ', '\n', '\u0000',
    '\ud83d\ude00', '\ud800', 'torch.__version__', 'Is CUDA available: ', 'release 12.1, V', '00000000:01:00.0', '...', '：', '@', '$'];
  const started = Date.now();
  for (let i = 0; i < 300; i++) {
    let s = '';
    const n = Math.floor(rand() * 400);
    for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)];
    const r = diagnose.analyze(s, data);
    assert.equal(typeof r.recognized, 'boolean');
  }
  for (const s of [null, undefined, 42, ' '.repeat(20000), 'a'.repeat(20000), '@'.repeat(20000) + ':', '| 0 ' + ' '.repeat(20000) + 'x']) {
    assert.equal(typeof diagnose.analyze(s, data).recognized, 'boolean');
  }
  assert.ok(Date.now() - started < 10000, 'took ' + (Date.now() - started) + ' ms');
  assert.equal(diagnose.analyze('| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2 |', null).driver_version,
    '535.104.05', 'works without the dataset');
});

/* ---------- the page, on a small fake DOM that refuses innerHTML ---------- */

function fakeDocument(root) {
  function node(tag) {
    const n = {
      tagName: tag.toUpperCase(), children: [], attributes: {}, listeners: {}, className: '', textContent: '', value: '',
      get firstChild() { return this.children[0] || null; },
      appendChild(c) { this.children.push(c); return c; },
      removeChild(c) { this.children.splice(this.children.indexOf(c), 1); return c; },
      setAttribute(k, v) { this.attributes[k] = String(v); },
      getAttribute(k) { return this.attributes[k]; },
      addEventListener(type, fn) { (this.listeners[type] = this.listeners[type] || []).push(fn); },
      fire(type, event) { (this.listeners[type] || []).forEach((fn) => fn(event || { preventDefault() {} })); }
    };
    Object.defineProperty(n, 'innerHTML', { set() { throw new Error('innerHTML must not be used'); } });
    return n;
  }
  const byId = {};
  for (const [id, tag] of [['diagnose-input', 'textarea'], ['diagnose-run', 'button'], ['diagnose-facts', 'div'], ['diagnose-findings', 'div']]) {
    byId[id] = node(tag);
  }
  return {
    byId,
    documentElement: { dataset: root === undefined ? {} : { root } },
    getElementById(id) { return byId[id] || null; },
    createElement: node,
    createTextNode(text) { return { textContent: text, children: [] }; }
  };
}

function walk(n, fn) { fn(n); (n.children || []).forEach((c) => walk(c, fn)); }

test('init renders facts and findings with textContent, links under the page root, nothing in the URL', () => {
  const doc = fakeDocument('../../');
  const timers = [];
  const win = { GPUKB_COMPAT: data, setTimeout(fn) { timers.push(fn); return timers.length; }, clearTimeout() {} };
  diagnose.init(doc, win);
  const input = doc.byId['diagnose-input'];
  input.value = fs.readFileSync(path.join(FIXTURES, 'nvidia-smi-037.txt'), 'utf8') + '\n<img src=x onerror=alert(1)>';
  doc.byId['diagnose-run'].fire('click');
  const dts = [], dds = [], items = [], hrefs = [];
  walk(doc.byId['diagnose-facts'], (n) => { if (n.tagName === 'DT') dts.push(n.textContent); if (n.tagName === 'DD') dds.push(n.textContent); });
  walk(doc.byId['diagnose-findings'], (n) => { if (n.tagName === 'LI') items.push(n); if (n.tagName === 'A') hrefs.push(n.getAttribute('href')); });
  assert.equal(dts.length, 11, 'ten facts and the CPU');
  assert.equal(dts[6], 'CPU');
  assert.equal(dds[0], 'nvidia-smi');
  assert.equal(items.length, 1);
  assert.match(items[0].className, /\bfinding-error\b/);
  assert.equal(items[0].getAttribute('data-code'), 'driver-library-mismatch');
  assert.deepEqual(hrefs, ['../../troubleshooting/common-errors/index.html#failed-to-initialize-nvml-driverlibrary-version-mismatch']);
  input.value = '';
  input.fire('input');
  assert.equal(timers.length, 1, 'typing waits before analysing');
  timers[0]();
  const codes = [];
  walk(doc.byId['diagnose-findings'], (n) => { if (n.tagName === 'LI') codes.push(n.getAttribute('data-code')); });
  assert.deepEqual(codes, ['not-recognized']);
  const fallback = fakeDocument(undefined);
  diagnose.init(fallback, { GPUKB_COMPAT: data, setTimeout() {}, clearTimeout() {} });
  fallback.byId['diagnose-input'].value = 'Failed to initialize NVML: Driver/library version mismatch';
  fallback.byId['diagnose-run'].fire('click');
  const link = [];
  walk(fallback.byId['diagnose-findings'], (n) => { if (n.tagName === 'A') link.push(n.getAttribute('href')); });
  assert.ok(link[0].startsWith('../troubleshooting/'), 'the root defaults to ../');
});

test('a diagnosis opens the resolver with the GPU, driver and OS it read', () => {
  const result = diagnose.analyze(fs.readFileSync(path.join(ROOT, 'Tests', 'Fixtures', 'real-pastes', 'nvidia-smi-016.txt'), 'utf8'), data);
  assert.equal(diagnose.resolverQuery(result), '?gpu=NVIDIA%20GeForce%20RTX%204070&os=wsl2&driver=555.99&pm=pip');
  assert.equal(diagnose.resolverQuery(diagnose.analyze('nvcc: NVIDIA (R) Cuda compiler driver\nCuda compilation tools, release 12.1, V12.1.66', data)), null);
});

test('a diagnosis can be kept as the saved machine: GPU as printed, driver and OS, never the paste', () => {
  const result = diagnose.analyze(fs.readFileSync(path.join(ROOT, 'Tests', 'Fixtures', 'real-pastes', 'nvidia-smi-016.txt'), 'utf8'), data);
  assert.deepEqual(diagnose.profileOf(result), { gpu: 'NVIDIA GeForce RTX 4070', driver: '555.99', os: 'wsl2' });
  assert.equal(diagnose.profileOf(diagnose.analyze('Python 3.11.4', data)), null);
});

test('the script computes exactly the features the build declares for its rules', () => {
  const many = vectors.find((x) => x.name === 'hand-rtx5090-torch251-cu121-arch');
  for (const v of [many, vectors[0]]) {
    const facts = diagnose.parseReport(pasteOf(v));
    assert.deepEqual(Object.keys(diagnose.features(facts, data)).sort(), Array.from(data.diagnosis.features).sort(), v.name);
    for (const g of diagnose.gpuFeatures(facts, data)) assert.deepEqual(Object.keys(g).sort(), Array.from(data.diagnosis.itemFeatures).sort(), v.name);
  }
});

test('the rules are the data: editing data.diagnosis changes the diagnosis, the script has none of its own', () => {
  const v = vectors.find((x) => x.name === 'hand-driver470-torch-cu121-linux');
  const edited = JSON.parse(JSON.stringify(data));
  const check = edited.diagnosis.checks.find((c) => c.code === 'driver-too-old-for-torch');
  check.cases = [{ when: { driver_status: 'unsupported' }, severity: 'info', text: ['old {driver_version}', { if: { tc: { set: true } }, then: ' / {tc}' }] }];
  edited.diagnosis.links['driver-too-old-for-torch'] = 'x/index.html#y';
  const f = diagnose.analyze(pasteOf(v), edited).findings.find((x) => x.code === 'driver-too-old-for-torch');
  const facts = diagnose.parseReport(pasteOf(v));
  assert.deepEqual(f, { severity: 'info', code: 'driver-too-old-for-torch', message: 'old ' + facts.driver_version + ' / 12.1', link: 'x/index.html#y' });
  edited.diagnosis.checks = [];
  assert.deepEqual(diagnose.analyze(pasteOf(v), edited).findings, []);
  assert.deepEqual(diagnose.analyze(pasteOf(v), null).findings, [], 'without data there are no rules');
});

test('a placeholder is filled once: text from the paste that looks like a placeholder stays as it was', () => {
  const edited = JSON.parse(JSON.stringify(data));
  edited.diagnosis.checks = [{ code: 'x', cases: [{ when: {}, severity: 'info', text: '[{first_gpu}|{mac}|{first_cc}]' }] }];
  edited.diagnosis.links.x = 'x/index.html';
  const paste = 'name, driver_version\n{tc} {driver_version}, 535.54.03\n';
  const facts = diagnose.parseReport(paste);
  assert.equal(facts.gpus[0], '{tc} {driver_version}');
  assert.equal(diagnose.analyze(paste, edited).findings[0].message, '[{tc} {driver_version}|false|null]');
});

test('the CPU is read from what real pastes show, and only Arm machines read as aarch64', () => {
  const dir = path.join(ROOT, 'Tests', 'Fixtures', 'real-pastes');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const arm = [], x86 = [];
  for (const f of files) {
    const cpu = diagnose.analyze(fs.readFileSync(path.join(dir, f), 'utf8'), data).cpu;
    if (cpu === 'aarch64') arm.push(f); else if (cpu === 'x86_64') x86.push(f); else assert.equal(cpu, null, f);
  }
  // The collector's notes in index.tsv name these as Jetson (tegra), an Apple M1 (arm64) and GH200 machines; the GH200
  // MIG table shows no CPU.
  // The arm-* pastes (GB10, Thor, GB200, GH200) show it in collect_env's OS line; their nvidia-smi tables do not.
  assert.deepEqual(arm, ['arm-02-gb10-collect_env.txt', 'arm-03-thor-collect_env.txt', 'arm-04-gb200-collect_env.txt', 'arm-05-gh200-collect_env.txt',
    'arm-06-gh200-collect_env.txt', 'arm-09-gb200-collect_env.txt', 'arm-10-gb10-collect_env.txt', 'arm-11-gb10-collect_env.txt',
    'collect_env-023.txt', 'collect_env-024.txt', 'collect_env-025.txt', 'collect_env-026.txt', 'collect_env-032.txt', 'collect_env-046.txt']);
  assert.ok(x86.length >= 20, 'collect_env pastes from x86_64 machines say so: ' + x86.length);
});

test('an Arm paste is judged by the aarch64 wheels: a T4 behind an aarch64 CPU has no code in torch 2.14.1+cu126', () => {
  const paste = (os) => ['OS: Ubuntu 24.04.1 LTS (' + os + ')', 'PyTorch version: 2.14.1+cu126', 'Is CUDA available: True',
    'CUDA used to build PyTorch: 12.6', 'GPU models and configuration: GPU 0: Tesla T4', 'Nvidia driver version: 580.95.05'].join('\n');
  const codes = (text) => diagnose.analyze(text, data).findings.map((f) => f.code);
  const x86 = diagnose.analyze(paste('x86_64'), data), arm = diagnose.analyze(paste('aarch64'), data);
  assert.equal(x86.cpu, 'x86_64');
  assert.equal(arm.cpu, 'aarch64');
  const armGpus = diagnose.gpuFeatures(diagnose.parseReport(paste('aarch64')), data);
  const x86Gpus = diagnose.gpuFeatures(diagnose.parseReport(paste('x86_64')), data);
  assert.equal(x86Gpus[0].gpu_verdict, 'ok');
  assert.equal(armGpus[0].gpu_verdict, 'unsupported');
  assert.notDeepEqual(codes(paste('aarch64')), codes(paste('x86_64')), 'the Arm paste gets a finding the x86_64 one does not');
});

test('inputs that once took quadratic time (Tests/fuzz/crashes) are read in under two seconds each', () => {
  const dir = path.join(ROOT, 'Tests', 'fuzz', 'crashes');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const start = process.hrtime.bigint();
    const result = diagnose.analyze(text, data, MONTH);
    assert.ok(Array.isArray(result.findings), file);
    assert.ok(Number(process.hrtime.bigint() - start) / 1e9 < 2, file);
  }
});

test('the Python a paste shows is read from its own lines, not prose, and the suggested build has wheels for it', () => {
  const lines = [
    ['Python version: 3.11.9 (main, Apr  6 2024, 17:59:24) [GCC 11.4.0] (64-bit runtime)', '3.11'],
    ['Python version: 3.12.7 (tags/v3.12.7:0b05ead, Oct  1 2024, 03:06:41) [MSC v.1941 64 bit (AMD64)]', '3.12'],
    ['Python 3.9.16 (main, Mar  8 2023, 14:00:05) ', '3.9'], ['Python 3.13.0rc2', '3.13'], ['- Python: 3.12.3', '3.12'],
    ['* Python version: 3.11', '3.11'], ['- **Python:** 3.11.15', '3.11'], ['Python 3.10 is required', null], ["I'm using Python 3.11.3 on Ubuntu", null],
    ['Python platform: Linux-5.15.0-91-generic-x86_64-with-glibc2.35', null],
  ];
  for (const [line, python] of lines) assert.equal(diagnose.parseReport(line + '\n').python, python, line);
  assert.equal(diagnose.parseReport('- **PyTorch:** 2.9.1+cu130\n').torch_version, '2.9.1+cu130');
  assert.equal(diagnose.parseReport('* PyTorch version: 2.2.0\n').torch_version, '2.2.0');
  assert.equal(diagnose.parseReport('- PyTorch: 按照requirements.txt安装的1.7.1\n').torch_version, null);
  assert.equal(diagnose.parseReport('- PyTorch: 2.1 or newer is required\n').torch_version, null);
  const k80 = (py) => 'PyTorch version: 2.4.1+cu124\nCUDA used to build PyTorch: 12.4\nOS: Ubuntu 20.04.6 LTS (x86_64)\n' +
    'Python version: ' + py + ' (main, Nov 22 2023, 10:22:35)  [GCC 9.4.0] (64-bit runtime)\nIs CUDA available: True\n' +
    'GPU models and configuration: GPU 0: Tesla K80\nNvidia driver version: 470.223.02\n';
  const gpu = (paste) => diagnose.gpuFeatures(diagnose.parseReport(paste), data)[0];
  assert.deepEqual([gpu(k80('3.11.9')).gpu_best_torch, gpu(k80('3.11.9')).gpu_best_py, gpu(k80('3.11.9')).gpu_best_limited], ['2.7.1', null, true]);
  assert.deepEqual([gpu(k80('3.8.10')).gpu_best_torch, gpu(k80('3.8.10')).gpu_best_py, gpu(k80('3.8.10')).gpu_best_limited], ['1.12.1', null, false]);
  assert.deepEqual([gpu(k80('3.14.0')).gpu_best_torch, gpu(k80('3.14.0')).gpu_best_py], ['1.12.1', '3.7\u20133.10']);
  const pascal = (py) => k80(py).replace('2.4.1+cu124', '2.8.0+cu128').replace('12.4', '12.8').replace('Tesla K80', 'NVIDIA GeForce GTX 1080').replace('470.223.02', '535.183.01');
  assert.deepEqual([gpu(pascal('3.12.3')).gpu_best_torch, gpu(pascal('3.12.3')).gpu_best_tag], ['2.7.1', 'cu118']);
  assert.equal(gpu(pascal('3.8.10')).gpu_best_torch, '2.4.1');
});

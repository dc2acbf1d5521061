// The resolver page's script against the Swift resolver: for a grid of machines, the page must list the same
// builds, in the same order, with the same status and reasons as `gpukb resolve --json`.
// Run: GPUKB=.build/release/gpukb node --test Tests/js/   (the site must have been built: make site)
'use strict';
require('./page-text.js');
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');
const { execFileSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..', '..');
const resolve = require(path.join(ROOT, 'themes', 'default', 'assets', 'resolve.js'));
const GPUKB = path.resolve(ROOT, process.env.GPUKB || '.build/release/gpukb');

function loadData() {
  const file = path.join(path.resolve(ROOT, process.env.GPUKB_SITE || 'site'), 'resolve', 'compat-data.js');
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
  return sandbox.window.GPUKB_COMPAT;
}

test('compareVersions orders numerically and treats missing parts as zero', () => {
  assert.equal(resolve.compareVersions('535.86.10', '535.86.09'), 1);
  assert.equal(resolve.compareVersions('12.2', '12.2.0'), 0);
  assert.equal(resolve.compareVersions('12.10', '12.9'), 1);
  assert.equal(resolve.compareVersions('2.1.2+cu121', '2.1.2'), 0);
  assert.equal(resolve.compareVersions('572.16', '572.61'), -1);
});

test('parseDriver reads a bare version or an nvidia-smi header line', () => {
  assert.equal(resolve.parseDriver('536.23'), '536.23');
  assert.equal(resolve.parseDriver('| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2 |'), '535.104.05');
  assert.equal(resolve.parseDriver('12.2'), null, 'a CUDA version is not a driver');
  assert.equal(resolve.parseDriver('latest'), null);
});

test('the query string round-trips the form state', () => {
  const state = { gpu: 'RTX 4090', os: 'wsl2', driver: '536.23', python: '3.11', pm: 'conda', cpu: '' };
  assert.deepEqual(resolve.parseQuery(resolve.buildQuery(state)), state);
  const arm = { gpu: 'A100', os: 'linux', driver: '', python: '', pm: 'pip', cpu: 'aarch64' };
  assert.deepEqual(resolve.parseQuery(resolve.buildQuery(arm)), arm);
  assert.equal(resolve.parseQuery('?cpu=sparc').cpu, '', 'an unknown CPU falls back to the GPU\'s own');
  assert.equal(resolve.parseQuery('?os=beos&pm=npm').os, 'linux', 'unknown values fall back');
  assert.equal(resolve.parseQuery('?os=beos&pm=npm').pm, 'pip');
  assert.equal(resolve.parseQuery('?os=macos&pm=uv').os, 'macos');
  assert.equal(resolve.parseQuery('?os=macos&pm=uv').pm, 'uv');
  assert.equal(resolve.parseQuery('?gpu=RTX+4090').gpu, 'RTX 4090');
});

test('findGPU accepts every name and alias the dataset lists, as people type them', () => {
  const data = loadData();
  for (const gpu of data.gpus) {
    for (const name of [gpu.name].concat(gpu.aliases)) {
      assert.equal(resolve.findGPU(data, name).name, gpu.name, name);
      assert.equal(resolve.findGPU(data, '  ' + name.toUpperCase() + ' ').name, gpu.name, name);
    }
  }
  assert.equal(resolve.findGPU(data, 'NVIDIA GeForce RTX 4090').name, 'GeForce RTX 4090');
  assert.equal(resolve.findGPU(data, 'RTX 4099'), null);
  // Memory and Max-Q variants, by the pattern the build writes (Swift's GPUIndex.suffixPattern).
  assert.equal(resolve.findGPU(data, 'NVIDIA GeForce GTX 1060 6GB').name, resolve.findGPU(data, 'GTX 1060').name);
  assert.equal(resolve.findGPU(data, 'RTX 2060 12GB').name, resolve.findGPU(data, 'RTX 2060').name);
  assert.equal(resolve.findGPU(data, 'GeForce GTX 1070 with Max-Q Design').name, resolve.findGPU(data, 'GTX 1070').name);
  assert.equal(resolve.findGPU(data, 'RTX 4099 12GB'), null);
  // nvidia-smi's board names keep their model; nothing else is cut off ("RTX 4060-Ti" is not a board suffix).
  assert.equal(resolve.findGPU(data, 'Tesla V100-SXM2-32GB').name, resolve.findGPU(data, 'V100').name);
  assert.equal(resolve.findGPU(data, 'RTX 4099-PCIE'), null);
  assert.equal(resolve.findGPU(data, '-PCIE-16GB'), null);
  for (const typed of ['RTX5070Ti', '5070-Ti', 'NVIDIA GeForce RTX5090D', 'rtx 5090d', 'Tesla V100-SXM2-32GB', 'Tesla P100-PCIE-16GB', 'NVIDIA H100-SXM5-80GB']) {
    const found = resolve.findGPU(data, typed);
    assert.ok(found, typed);
    const swift = JSON.parse(execFileSync(GPUKB, ['query', 'gpu', typed, '--json'], { cwd: ROOT, encoding: 'utf8' }));
    assert.equal(found.name, swift.name, typed);
  }
  assert.equal(resolve.findGPU(data, 'Radeon RX 7900'), null, 'not a CUDA GPU: no match');
});

test('the page and `gpukb resolve` agree on every build, status and reason', () => {
  assert.ok(fs.existsSync(GPUKB), `gpukb binary not found at ${GPUKB}; run make site or set GPUKB`);
  const data = loadData();
  const gpus = ['4090', 'RTX 5090', 'GTX 1080 Ti', 'H100', 'T4', 'V100', 'RTX 3060', 'Jetson AGX Orin', 'GTX 1060', 'B200',
    'Tesla K40m', 'GTX 660 Ti', 'GTX 1060 6GB', 'Tesla K80'];
  const drivers = [null, '470.57.02', '516.94', '525.60.13', '536.23', '551.61', '572.61', '580.65.06', '581.57', '590.44.01'];
  const oses = ['linux', 'windows', 'wsl2'];
  let cases = 0;
  gpus.forEach((gpu, g) => {
    drivers.forEach((driver, d) => {
      const os = oses[(g + d) % 3];
      const python = [null, '3.8', '3.12'][(g * 7 + d) % 3];
      const pm = ['conda', 'pip', 'uv', 'pip'][(g + d) % 4];
      const args = ['resolve', '--gpu', gpu, '--os', os, '--pm', pm, '--json'];
      if (driver) args.push('--driver', driver);
      if (python) args.push('--python', python);
      const swift = JSON.parse(execFileSync(GPUKB, args, { cwd: ROOT, encoding: 'utf8' }));
      const found = resolve.findGPU(data, gpu);
      const js = resolve.resolve(data, { gpu: found, os, driver, python, pm });
      const label = args.join(' ');
      assert.deepEqual(js.map((b) => [b.pytorch, b.variant, b.status]), swift.builds.map((b) => [b.pytorch, b.variant, b.status]), label);
      assert.deepEqual(js.map((b) => b.reasons), swift.builds.map((b) => b.reasons), label);
      assert.deepEqual(js.map((b) => b.pip), swift.builds.map((b) => b.pip), label);
      assert.deepEqual(js.map((b) => b.command), swift.builds.map((b) => b.command), label);
      assert.deepEqual(JSON.parse(JSON.stringify(js.map((b) => b.python))), swift.builds.map((b) => [b.python.min, b.python.max]), label);
      const advice = resolve.upgradeAdvice(data, { gpu: found, os, driver, python, pm }, js);
      assert.deepEqual(advice, swift.upgrade, label);
      // A GPU no build runs at any driver (sm_35, sm_30): the same sentence, from the table the build wrote.
      assert.equal(advice ? null : resolve.noBuild(data, { gpu: found, os, driver, python, pm }), swift.no_build, label);
      if (driver) {
        const answer = resolve.driverAnswerFor(data, driver, os, found);
        assert.equal(answer.refusal || null, swift.driver.gpu_reason, label);
        assert.equal(answer.newest ? answer.newest.v : null, swift.driver.newest_toolkit ? swift.driver.newest_toolkit.version : null, label);
        assert.equal(answer.beyond ? answer.beyond.toolkit.v : null, swift.driver.minor_compat ? swift.driver.minor_compat.version : null, label);
      }
      cases++;
    });
  });
  assert.equal(cases, gpus.length * drivers.length);
  assert.match(resolve.noBuild(data, { gpu: resolve.findGPU(data, 'Tesla K40'), os: 'windows', driver: null }), /sm_35/);
  assert.equal(resolve.noBuild(data, { gpu: resolve.findGPU(data, 'GTX 1060'), os: 'linux', driver: null }), null);
});

test('on an Arm (aarch64) machine the page and `gpukb resolve` agree, judged by the aarch64 wheels', () => {
  const data = loadData();
  const cases = [
    ['GH200', null, 'linux', '560.35.03', 'pip'], ['GB200', null, 'linux', '570.133.20', 'conda'], ['Jetson AGX Thor', null, 'linux', null, 'uv'],
    ['DGX Spark', null, 'linux', '580.95.05', 'pip'], ['GB300', null, 'linux', '575.57.08', 'pip'], ['T4', 'aarch64', 'linux', '580.95.05', 'pip'],
    ['A100', 'aarch64', 'linux', '550.54.15', 'conda'], ['H100', 'aarch64', 'linux', null, 'uv'], ['DGX Spark', null, 'windows', '581.57', 'pip'],
    ['GH200', null, 'wsl2', '581.57', 'pip'],
  ];
  for (const [gpu, cpu, os, driver, pm] of cases) {
    const args = ['resolve', '--gpu', gpu, '--os', os, '--pm', pm, '--json'];
    if (cpu) args.push('--cpu', cpu);
    if (driver) args.push('--driver', driver);
    const swift = JSON.parse(execFileSync(GPUKB, args, { cwd: ROOT, encoding: 'utf8' }));
    const found = resolve.findGPU(data, gpu);
    const request = { gpu: found, os, driver, python: null, pm, cpu: cpu || '' };
    const js = resolve.resolve(data, request);
    const label = args.join(' ');
    assert.equal(swift.cpu, 'aarch64', label);
    assert.equal(resolve.wheelPlatform(request), os === 'linux' ? 'linux-aarch64' : null, label);
    assert.deepEqual(js.map((b) => [b.pytorch, b.variant, b.status]), swift.builds.map((b) => [b.pytorch, b.variant, b.status]), label);
    assert.deepEqual(js.map((b) => b.reasons), swift.builds.map((b) => b.reasons), label);
    assert.deepEqual(js.map((b) => b.command), swift.builds.map((b) => b.command), label);
    assert.deepEqual(resolve.upgradeAdvice(data, request, js), swift.upgrade, label);
    if (os !== 'linux') assert.ok(js.length === 0 && swift.platform_note.length > 0, label + ': no Arm CUDA wheels outside Linux');
  }
  // The aarch64 lists differ from the x86_64 ones: a T4 has code in the x86_64 cu126 wheel and none in the aarch64 one.
  const t4 = resolve.findGPU(data, 'T4');
  const x86 = resolve.resolve(data, { gpu: t4, os: 'linux', driver: null, python: null, pm: 'pip', cpu: 'x86_64' });
  const arm = resolve.resolve(data, { gpu: t4, os: 'linux', driver: null, python: null, pm: 'pip', cpu: 'aarch64' });
  const pick = (list) => list.find((b) => b.pytorch === '2.14.1' && b.variant === 'cu126').status;
  assert.equal(pick(x86), 'ok');
  assert.equal(pick(arm), 'unsupported');
});

test('no driver older than the GPU, or newer than its last branch, runs anything, on the page as in `gpukb resolve`', () => {
  const data = loadData();
  const cases = [
    ['RTX 5090', '535.104.05', 'linux', '570.26'], ['B200', '550.54.15', 'linux', null], ['4090', '516.94', 'windows', '520.06'],
    ['GTX 1060', '590.44.01', 'linux', null], ['GTX 1080', '591.86', 'windows', null],
  ];
  for (const [gpu, driver, os, floor] of cases) {
    const swift = JSON.parse(execFileSync(GPUKB, ['resolve', '--gpu', gpu, '--driver', driver, '--os', os, '--json'], { cwd: ROOT, encoding: 'utf8' }));
    const found = resolve.findGPU(data, gpu);
    const js = resolve.resolve(data, { gpu: found, os, driver, python: null, pm: 'pip' });
    assert.ok(js.length > 0 && js.every((b) => b.status === 'unsupported'), gpu + ' ' + driver);
    assert.ok(swift.builds.every((b) => b.status === 'unsupported'), gpu + ' ' + driver);
    assert.equal(swift.recommended, null);
    assert.ok(swift.upgrade && swift.upgrade.reason.length > 0, 'says which driver to install');
    if (floor) assert.equal(swift.gpu_driver_floor, floor);
    assert.equal(resolve.driverAnswerFor(data, driver, os, found).newest, null);
  }
});

test('a GPU whose architecture CUDA 13 removed is offered toolkits up to 12.x only', () => {
  const data = loadData();
  const found = resolve.findGPU(data, 'GTX 1060');
  const answer = resolve.driverAnswerFor(data, '581.57', 'windows', found);
  assert.ok(answer.newest && answer.newest.v.startsWith('12.'), JSON.stringify(answer.newest));
  assert.ok(!answer.beyond || answer.beyond.toolkit.v.startsWith('12.'));
  const swift = JSON.parse(execFileSync(GPUKB, ['query', 'driver', '581.57', '--os', 'windows', '--json'], { cwd: ROOT, encoding: 'utf8' }));
  assert.ok(swift.minor_compat.version.startsWith('13.'), 'without a GPU the driver alone reaches CUDA 13');
});

test('macOS gets the MPS/CPU wheels and no CUDA, the same as `gpukb resolve --os macos`', () => {
  const data = loadData();
  for (const pm of ['pip', 'uv', 'conda']) {
    for (const python of [null, '3.9']) {
      const args = ['resolve', '--os', 'macos', '--pm', pm, '--json'];
      if (python) args.push('--python', python);
      const swift = JSON.parse(execFileSync(GPUKB, args, { cwd: ROOT, encoding: 'utf8' }));
      assert.equal(swift.cuda, false);
      const js = resolve.macOS(data, pm, python);
      assert.deepEqual(JSON.parse(JSON.stringify(js.map((b) => [b.pytorch, b.command]))), swift.builds.map((b) => [b.pytorch, b.command]), args.join(' '));
      assert.ok(js.every((b) => !/whl\/cu/.test(b.command)));
    }
  }
});

test('a PyTorch release page tells a saved machine the same status per build as gpukb resolve', () => {
  const data = loadData();
  const site = require(path.join(ROOT, 'themes', 'default', 'assets', 'site.js'));
  const machines = [
    { gpu: 'RTX 5090', driver: '535.104.05', os: 'linux' },
    { gpu: 'GTX 1060', driver: '581.57', os: 'windows' },
    { gpu: 'H100', driver: '550.54.14', os: 'linux' },
  ];
  for (const machine of machines) {
    const answer = JSON.parse(execFileSync(GPUKB, ['resolve', '--gpu', machine.gpu, '--driver', machine.driver, '--os', machine.os, '--json'], { encoding: 'utf8' }));
    for (const version of ['2.14.0', '2.5.1']) {
      const expected = answer.builds.filter((b) => b.pytorch === version).map((b) => `${b.variant} ${b.status}`);
      const all = site.releaseVerdicts(data, resolve, machine, version);
      const lines = all.filter((l) => l.status !== 'upgrade');
      const label = { ok: '可用', limited: '受限', unsupported: '不可用' };
      assert.deepEqual(lines.map((l) => `${l.text.split(' ')[0]} ${l.status}`), expected, `${machine.gpu} ${version}`);
      for (const line of lines) assert.ok(line.text.includes(label[line.status]));
      for (const line of lines.filter((l) => l.status !== 'ok')) assert.match(line.text, /：.+/, 'a build that does not run says why');
    }
  }
  // A Blackwell card on R570: the CUDA 13 builds have its code, so the line names the driver that fails, then the upgrade.
  const blackwell = site.releaseVerdicts(data, resolve, { gpu: 'RTX 5090', driver: '570.86.10', os: 'linux' }, '2.14.0');
  assert.match(blackwell.find((l) => l.text.startsWith('cu130')).text, /驱动/);
  assert.equal(blackwell[blackwell.length - 1].text, '把驱动升级到 ≥ 580.65.06 即可用 cu130。');
  assert.match(site.releaseVerdicts(data, resolve, { gpu: 'Radeon RX 7900', os: 'linux' }, '2.14.0')[0].text, /找不到/);
  assert.match(site.releaseVerdicts(data, resolve, { gpu: 'RTX 4090', os: 'macos' }, '2.14.0')[0].text, /macOS/);
  assert.match(site.releaseVerdicts(data, resolve, { gpu: 'RTX 4090', os: 'linux' }, '2.14.0')[0].text, /没保存驱动版本/);
});

test('another vendor\'s GPU gets the same sentence on the page as from gpukb query', () => {
  const data = loadData();
  for (const name of ['Radeon RX 7900', 'Intel Arc A770', 'M2 Max']) {
    let cli = '';
    try { execFileSync(GPUKB, ['query', 'gpu', name], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) { cli = e.stderr; }
    const page = resolve.otherVendor(data, name);
    assert.ok(page && page.includes('不是 NVIDIA GPU'), name);
    assert.ok(cli.includes(page), `${name}: ${cli}`);
  }
  assert.equal(resolve.otherVendor(data, 'RTX 4090'), null);
  for (const gpu of data.gpus) assert.equal(resolve.otherVendor(data, gpu.name), null, gpu.name);
});

test('the page knows which GPUs have an inferred compute capability, as `gpukb query gpu` does', () => {
  const data = loadData();
  const inferred = data.gpus.filter((g) => g.ccInferred).map((g) => g.name);
  assert.ok(inferred.length >= 60, `${inferred.length} inferred`);
  for (const name of [inferred[0], inferred[inferred.length - 1], 'GeForce RTX 2050', 'GeForce RTX 4090', 'NVIDIA H100 SXM']) {
    const swift = JSON.parse(execFileSync(GPUKB, ['query', 'gpu', name, '--json'], { cwd: ROOT, encoding: 'utf8' }));
    assert.equal(Boolean(resolve.findGPU(data, name).ccInferred), swift.compute_capability_inferred, name);
  }
});

test('the page says where a driver branch stands in the same words as `gpukb resolve`, for the month it is read in', () => {
  const data = loadData();
  const machines = [['H100', '535.104.05', 'linux'], ['H100', '550.54.14', 'linux'], ['GTX 1080', '570.86.10', 'linux'],
    ['K80', '470.82.01', 'linux'], ['RTX 4090', '581.57', 'windows'], ['T4', '418.67', 'linux'], ['H100', '610.43', 'linux'],
    ['T4', '390.157', 'linux'], ['B200', '620.10', 'linux']];
  for (const month of ['2026-05', '2026-07', '2030-01']) {
    for (const [name, driver, os] of machines) {
      const swift = JSON.parse(execFileSync(GPUKB, ['resolve', '--gpu', name, '--driver', driver, '--os', os, '--month', month, '--limit', '0', '--json'],
        { cwd: ROOT, encoding: 'utf8' })).driver.branch;
      const gpu = resolve.findGPU(data, name);
      const page = resolve.branchStanding(data, driver, data.support[gpu.cc], month);
      assert.deepEqual(page && { ended: page.ended, sentence: page.sentence }, swift && { ended: swift.ended, sentence: swift.sentence }, `${name} ${driver} ${month}`);
    }
  }
});

test('on Windows the page judges each build by the Windows wheels\' own list where one was measured, as `gpukb resolve` does', () => {
  const data = loadData();
  for (const [gpu, os] of [['GTX 1080', 'windows'], ['GTX 1080', 'linux'], ['Tesla P100', 'windows'], ['GTX 970', 'windows'], ['V100', 'windows']]) {
    const swift = JSON.parse(execFileSync(GPUKB, ['resolve', '--gpu', gpu, '--os', os, '--driver', '576.02', '--limit', '500', '--json'], { cwd: ROOT, encoding: 'utf8' }));
    const js = resolve.resolve(data, { gpu: resolve.findGPU(data, gpu), os, driver: '576.02', python: null, pm: 'pip' });
    assert.deepEqual(js.map((b) => [b.pytorch, b.variant, b.status, b.reasons]), swift.builds.map((b) => [b.pytorch, b.variant, b.status, b.reasons]), `${gpu} ${os}`);
  }
  const status = (os, torch) => resolve.resolve(data, { gpu: resolve.findGPU(data, 'GTX 1080'), os, driver: '576.02', python: null, pm: 'pip' })
    .find((b) => b.pytorch === torch && b.variant === 'cu128').status;
  assert.deepEqual(['2.7.1', '2.8.0', '2.7.0', '2.10.0'].map((v) => status('windows', v)), ['ok', 'ok', 'limited', 'unsupported']);
  assert.deepEqual(['2.7.1', '2.8.0', '2.7.0', '2.10.0'].map((v) => status('linux', v)), ['unsupported', 'unsupported', 'unsupported', 'unsupported']);
  // Only builds whose Windows verdict differs are written (null elsewhere): the table stays smaller than the Linux one.
  const entries = (table) => Object.values(table).reduce((n, row) => n + row.filter((x) => x).length, 0);
  assert.ok(entries(data.ccsWin) < entries(data.ccs) / 2, `${entries(data.ccsWin)} of ${entries(data.ccs)}`);
  // Up to 2.5 the Windows lists are builder's (sm_61 and compute_37 PTX): a GTX 1080 has native code there.
  assert.equal(status('windows', '2.7.1'), 'ok');
  const old = resolve.resolve(data, { gpu: resolve.findGPU(data, 'GTX 1080'), os: 'windows', driver: '576.02', python: null, pm: 'pip' })
    .find((b) => b.pytorch === '2.5.1' && b.variant === 'cu124');
  assert.equal(old.status, 'ok');
  assert.match(old.reasons[0], /sm_61/);
});

test('a compute capability or an architecture typed as a GPU gets the same sentence on the page as from gpukb query', () => {
  const data = loadData();
  for (const name of ['sm_120', 'sm86', 'compute_90', '8.9', 'compute capability 7.5', 'sm_99', 'Blackwell', 'ada lovelace', 'Hopper']) {
    let cli = '';
    try { execFileSync(GPUKB, ['query', 'gpu', name], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) { cli = e.stderr; }
    const page = resolve.notAModel(data, name);
    assert.ok(page && page.includes(`“${name}”`), name);
    assert.ok(cli.includes(page), `${name}: ${cli}`);
  }
  // A model name sold with chips of different capabilities: the same sentence as the CLI's.
  for (const name of ['GT 730', 'NVIDIA GeForce GT 710', 'gt640', 'GTX 860M', 'GT 730 2GB']) {
    let cli = '';
    try { execFileSync(GPUKB, ['query', 'gpu', name], { encoding: 'utf8', stdio: 'pipe' }); } catch (e) { cli = e.stderr; }
    const page = resolve.sharedName(data, name);
    assert.ok(page && page.includes(`“${name}”`) && cli.includes(page), `${name}: ${page} / ${cli}`);
  }
  assert.equal(resolve.sharedName(data, 'GTX 1080'), null);
  // No name or alias of a GPU reads as a capability or an architecture.
  for (const key of data.gpus.map((g) => g.name).concat(Object.keys(data.gpuKeys))) assert.equal(resolve.notAModel(data, key), null, key);
  assert.equal(resolve.notAModel(data, 'RTX 4090'), null);
});

test('every GPU on every OS and driver: nothing runs where the driver cannot drive the GPU, no build is ok below its driver, and a way out is named', () => {
  const data = loadData();
  const drivers = ['390.157', '450.80.02', '470.256.02', '525.60.13', '535.104.05', '560.35.03', '570.124.06', '580.65.06', '590.44.01',
    '620.10', '452.39', '516.94', '537.58', '561.09', '572.16', '581.57', '591.44'];
  const column = (os) => (os === 'linux' ? 'linux' : 'windows');
  const module = (gpu) => /\b(Jetson|DRIVE|IGX)\b/.test(gpu.name);
  const problems = [];
  let cases = 0;
  for (const gpu of data.gpus) for (const os of ['linux', 'windows', 'wsl2']) for (const driver of drivers) {
    const request = { gpu, os, driver, python: null, pm: 'pip' };
    const builds = resolve.resolve(data, request);
    cases++;
    const label = `${gpu.name} ${os} ${driver}`;
    if (resolve.gpuRefusal(data, gpu.cc, driver, os === 'wsl2' ? 'wsl2' : column(os)) && builds.some((b) => b.status !== 'unsupported')) problems.push('refused yet runs: ' + label);
    if (!module(gpu)) {
      for (const b of builds.filter((x) => x.status === 'ok')) {
        const rule = data.driverRules[b.cuda] && data.driverRules[b.cuda][column(os)];
        if (rule && rule.need && resolve.compareVersions(driver, rule.need) < 0) problems.push(`ok below ${rule.need}: ${label} ${b.pytorch} ${b.variant}`);
      }
    }
    const key = gpu.cpu === 'aarch64' ? (os === 'linux' ? 'linux-aarch64' : null) : os;
    const plan = key && data.support[gpu.cc] ? data.support[gpu.cc].upgrade[key] : null;
    if (plan && plan[''] && !builds.some((b) => b.status === 'ok') && !resolve.upgradeAdvice(data, request, builds)) problems.push('no way out: ' + label);
  }
  assert.deepEqual(problems.slice(0, 10), []);
  assert.ok(cases > 12000, String(cases));
});

test('every upgrade the page can advise, once followed, gives the build it named', () => {
  const data = loadData();
  let plans = 0;
  for (const gpu of data.gpus) for (const os of ['linux', 'windows', 'wsl2']) {
    const key = gpu.cpu === 'aarch64' ? (os === 'linux' ? 'linux-aarch64' : null) : os;
    const table = key && data.support[gpu.cc] ? data.support[gpu.cc].upgrade[key] : null;
    // A GPU some build has code for is always given a driver to install (a Kepler card past R470 too).
    const runs = key && (resolve.verdictRow(data, gpu.cc, key === 'wsl2' ? 'linux' : key) || [])
      .some((v, i) => v && v[0] === 'ok' && data.builds[i].platforms.indexOf(key === 'wsl2' ? 'linux' : key) >= 0);
    if (runs && !/\b(Jetson|DRIVE|IGX)\b/.test(gpu.name)) assert.ok(table && table[''], `${gpu.name} ${os}: a build has its code, yet no driver is advised`);
    for (const python of Object.keys(table || {})) {
      const plan = table[python];
      if (!plan) continue;
      plans++;
      const builds = resolve.resolve(data, { gpu, os, driver: plan.need, python: python || null, pm: 'pip' });
      const hit = builds.find((b) => b.pytorch === plan.torch && b.variant === plan.tag);
      assert.equal(hit && hit.status, 'ok', `${gpu.name} ${os} Python ${python || 'any'}: driver ${plan.need} for ${plan.torch} ${plan.tag}`);
      // Past the GPU's last branch the advice goes back to it, for the newest CUDA that branch runs.
      if (plan.pastLastBranch) {
        const past = plan.pastLastBranch;
        const back = resolve.resolve(data, { gpu, os, driver: past.need, python: python || null, pm: 'pip' })
          .find((b) => b.pytorch === plan.torch && b.variant === past.tag);
        assert.equal(back && back.status, 'ok', `${gpu.name} ${os} Python ${python || 'any'}: back to ${past.need} for ${plan.torch} ${past.tag}`);
      }
    }
  }
  assert.ok(plans > 5000, String(plans));
});

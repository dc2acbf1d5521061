// The resolver page's script against the Swift resolver: for a grid of machines, the page must list the same
// builds, in the same order, with the same status and reasons as `gpukb resolve --json`.
// Run: GPUKB=.build/release/gpukb node --test Tests/js/   (the site must have been built: make site)
'use strict';
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
  const state = { gpu: 'RTX 4090', os: 'wsl2', driver: '536.23', python: '3.11', pm: 'conda' };
  assert.deepEqual(resolve.parseQuery(resolve.buildQuery(state)), state);
  assert.equal(resolve.parseQuery('?os=macos&pm=npm').os, 'linux', 'unknown values fall back');
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
});

test('the page and `gpukb resolve` agree on every build, status and reason', () => {
  assert.ok(fs.existsSync(GPUKB), `gpukb binary not found at ${GPUKB}; run make site or set GPUKB`);
  const data = loadData();
  const gpus = ['4090', 'RTX 5090', 'GTX 1080 Ti', 'H100', 'T4', 'V100', 'RTX 3060', 'Jetson AGX Orin'];
  const drivers = [null, '470.57.02', '525.60.13', '536.23', '551.61', '572.61', '580.65.06'];
  const oses = ['linux', 'windows', 'wsl2'];
  let cases = 0;
  gpus.forEach((gpu, g) => {
    drivers.forEach((driver, d) => {
      const os = oses[(g + d) % 3];
      const python = [null, '3.8', '3.12'][(g * 7 + d) % 3];
      const pm = (g + d) % 4 === 0 ? 'conda' : 'pip';
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
      if (driver) {
        const answer = resolve.driverAnswer(data, driver, os);
        assert.equal(answer.newest ? answer.newest.v : null, swift.driver.newest_toolkit ? swift.driver.newest_toolkit.version : null, label);
        assert.equal(answer.beyond ? answer.beyond.toolkit.v : null, swift.driver.minor_compat ? swift.driver.minor_compat.version : null, label);
      }
      cases++;
    });
  });
  assert.equal(cases, gpus.length * drivers.length);
});

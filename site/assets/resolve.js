/* gpukb resolver page. Classic script; reads window.GPUKB_COMPAT (resolve/compat-data.js), which the build
   computes with the Swift resolver. This script only compares versions, picks the precomputed sentences and
   sorts, so the page and `gpukb resolve` agree. Pure logic is exported for node tests. */
(function (factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module !== null &&
      typeof module.exports === 'object' && module.exports !== null) {
    module.exports = api;
    return;
  }
  window.GPUKBResolve = api;
  function start() { api.init(document, window); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})(function () {
  'use strict';

  var STATUS_ORDER = { ok: 0, limited: 1, unsupported: 2 };

  /** The theme's text for `key`, from site.js (loaded before this script on every page). */
  function say(key, values) { return globalThis.GPUKB.say(key, values); }

  /** The reader's word for a status (ok, limited, unsupported) in the page's language. */
  function statusLabel(status) { return say('fragment.badge_' + status); }

  /* ---------- pure logic ---------- */

  /** Numeric parts of a version ("2.1.2+cu121" -> [2,1,2]); null when it is not one. */
  function parts(text) {
    if (text === null || text === undefined) return null;
    var core = String(text).trim().split('+')[0];
    if (!/^\d+(\.\d+){0,3}$/.test(core)) return null;
    return core.split('.').map(Number);
  }

  /** -1, 0 or 1; missing parts count as zero ("12.2" == "12.2.0"). */
  function compareVersions(a, b) {
    var x = parts(a) || [0], y = parts(b) || [0];
    for (var i = 0; i < Math.max(x.length, y.length); i++) {
      var p = x[i] || 0, q = y[i] || 0;
      if (p !== q) return p < q ? -1 : 1;
    }
    return 0;
  }

  /** A driver version from "536.23" or from text holding "Driver Version: 536.23". */
  function parseDriver(text) {
    var value = String(text || '').trim();
    var v = parts(value);
    if (v && v.length >= 2 && v[0] >= 100) return value;
    var m = /Driver Version:\s*([0-9][0-9.]*[0-9])/i.exec(value);
    return m ? m[1] : null;
  }

  /** "3.11" from "3.11", "3.11.4" or "Python 3.11.4". */
  function parsePython(text) {
    var m = /(\d+)\.(\d+)/.exec(String(text || ''));
    return m ? m[1] + '.' + m[2] : null;
  }

  /** Same rules as Swift's GPUIndex.normalize. */
  function normalizeName(name) {
    var words = String(name || '').toLowerCase().split(/[ \t\u00a0]+/).filter(Boolean);
    if (words.length > 1 && words[0] === 'nvidia') words.shift();
    return words.join(' ');
  }

  /** The GPU a typed name or alias picks, or null. */
  function findGPU(data, text) {
    var index = nameIndex(data, data.gpuKeys, data.gpuCompactKeys || {}, text);
    return index === null ? null : data.gpus[index];
  }

  /** Swift's GPUIndex.lookup: the entry `keys`/`compact` name for a typed name: its normalized form, that form without
      a leading geforce/tesla/quadro/nvidia, its compact form, then the name without a board, memory or Max-Q suffix
      (the pattern the build writes: "Tesla V100-SXM2-32GB" is the Tesla V100, "GTX 1060 6GB" the GTX 1060). */
  function nameIndex(data, keys, compact, text) {
    var has = function (map, k) { return Object.prototype.hasOwnProperty.call(map, k); };
    var key = normalizeName(text);
    if (has(keys, key)) return keys[key];
    var prefixes = ['geforce ', 'tesla ', 'quadro ', 'nvidia '];
    for (var i = 0; i < prefixes.length; i++) {
      if (key.indexOf(prefixes[i]) === 0 && has(keys, key.slice(prefixes[i].length))) return keys[key.slice(prefixes[i].length)];
    }
    if (has(compact, compactName(text))) return compact[compactName(text)];
    var board = data.gpuSuffix ? key.replace(new RegExp(data.gpuSuffix, 'i'), '') : key;
    return board !== key && board.length > 0 ? nameIndex(data, keys, compact, board) : null;
  }

  /** Same rule as Swift's GPUIndex.compact: no case, spaces or punctuation, no leading nvidia/geforce/tesla/quadro. */
  function compactName(name) {
    var key = String(name || '').toLowerCase().replace(/[^a-z0-9]/g, ''), stripped = true;
    while (stripped) {
      stripped = false;
      ['nvidia', 'geforce', 'tesla', 'quadro'].forEach(function (p) {
        if (key.indexOf(p) === 0 && key.length > p.length) { key = key.slice(p.length); stripped = true; }
      });
    }
    return key;
  }

  function column(os) { return os === 'linux' ? 'linux' : 'windows'; }

  /** Whether `driver` belongs to a branch past the GPU's last one (the build precomputes the first major that is). */
  function pastLastBranch(sup, driver) {
    return sup.tooNewFrom !== null && sup.tooNewFrom !== undefined && (parts(driver) || [0])[0] >= sup.tooNewFrom;
  }

  /** Why `driver` cannot drive a GPU of compute capability `cc` at all (the precomputed sentence), or null. */
  function gpuRefusal(data, cc, driver, os) {
    var sup = data.support && data.support[cc];
    if (!sup || !driver) return null;
    var floor = sup.floor[os];
    if (floor && compareVersions(driver, floor) < 0) return fill(data.strings[sup.tooOld[os]], 'driver', driver);
    if (pastLastBranch(sup, driver)) return fill(data.strings[sup.tooNew], 'driver', driver);
    return null;
  }

  /** driverAnswer for a GPU: capped at the newest toolkit that still builds for it; nothing when the driver cannot drive it. */
  function driverAnswerFor(data, driver, os, gpu) {
    var answer = driverAnswer(data, driver, os);
    var sup = gpu && !gpu.jetson && data.support && data.support[gpu.cc];
    if (!sup) return answer;
    var refusal = gpuRefusal(data, gpu.cc, driver, os);
    if (refusal) return { newest: null, beyond: null, refusal: refusal };
    var last = sup.lastCuda, col = column(os), i;
    if (!last) return answer;
    if (answer.newest && compareVersions(answer.newest.v, last) > 0) {
      answer.newest = null;
      for (i = 0; i < data.toolkits.length; i++) {
        var t = data.toolkits[i];
        if (compareVersions(t.v, last) <= 0 && t[col] && compareVersions(driver, t[col]) >= 0) answer.newest = t;
      }
      answer.cappedBy = last;
    }
    if (answer.beyond && compareVersions(answer.beyond.toolkit.v, last) > 0) {
      var major = parts(answer.beyond.toolkit.v)[0], same = null;
      for (i = 0; i < data.toolkits.length; i++) {
        if (parts(data.toolkits[i].v)[0] === major && compareVersions(data.toolkits[i].v, last) <= 0) same = data.toolkits[i];
      }
      answer.beyond = same && (!answer.newest || compareVersions(same.v, answer.newest.v) > 0) ? { toolkit: same, floor: answer.beyond.floor } : null;
      answer.cappedBy = last;
    }
    return answer;
  }

  /** Newest toolkit a driver meets on `os`, and the newest one minor-version compatibility reaches beyond it. */
  function driverAnswer(data, driver, os) {
    var col = column(os), newest = null, beyond = null, i;
    for (i = 0; i < data.toolkits.length; i++) {
      var t = data.toolkits[i];
      if (t[col] && compareVersions(driver, t[col]) >= 0) newest = t;
    }
    var floors = data.floors.slice().sort(function (a, b) { return b.major - a.major; });
    for (i = 0; i < floors.length; i++) {
      var f = floors[i];
      if (!f[col] || compareVersions(driver, f[col]) < 0) continue;
      var last = null;
      for (var j = 0; j < data.toolkits.length; j++) {
        if (parts(data.toolkits[j].v)[0] === f.major) last = data.toolkits[j];
      }
      if (!last) continue;
      if (!newest || compareVersions(last.v, newest.v) > 0) beyond = { toolkit: last, floor: f[col] };
      break;
    }
    return { newest: newest, beyond: beyond };
  }

  function fill(template, key, value) { return template.split('{' + key + '}').join(value); }

  // Where the driver's branch stands in NVIDIA's lifecycle. The build wrote both sentences per branch and per last
  // branch a GPU can have; which applies depends on the day it is read, so the reader's month picks (`month`,
  // "YYYY-MM", defaults to now). Null when the dataset does not list the branch.
  function branchStanding(data, driver, sup, month) {
    var index = data.branchOf ? data.branchOf[String(parseInt(driver, 10))] : undefined;
    if (index === undefined) return null;
    var branch = data.branches[index];
    var now = month || new Date().toISOString().slice(0, 7);
    var ended = branch.eol !== null && branch.eol < now;
    // No support row: the GPU is not known, so the sentence names where older architectures' support ends ("?").
    var last = !sup ? '?' : sup.lastBranch !== null && sup.lastBranch !== undefined ? String(sup.lastBranch) : '';
    var text = ended ? (branch.ended[last] !== undefined ? branch.ended[last] : branch.ended['']) : branch.live;
    return { ended: ended, sentence: fill(data.strings[text], 'driver', driver) };
  }

  /** The CPU a request is judged for: the GPU's own (Grace, Jetson), else the reader's choice, else x86_64. */
  function cpuOf(request) { return (request.gpu && request.gpu.cpu) || request.cpu || 'x86_64'; }

  /** The wheel platform of a request ('linux', 'windows', 'linux-aarch64'); null where PyTorch has no CUDA wheels. */
  function wheelPlatform(request) {
    if (cpuOf(request) === 'aarch64') return request.os === 'linux' ? 'linux-aarch64' : null;
    return request.os === 'windows' ? 'windows' : 'linux';
  }

  /** The build's architecture verdict per build for compute capability cc on a wheel platform ('linux', 'windows',
      'linux-aarch64'), or null when the capability is not in the tables. Windows takes its own verdict where the build
      wrote one into ccsWin (only builds whose Windows verdict differs). */
  function verdictRow(data, cc, platform) {
    var table = (platform === 'linux-aarch64' ? data.ccsArm : data.ccs) || {};
    if (cc === null || cc === undefined || !Object.prototype.hasOwnProperty.call(table, cc)) return null;
    var row = table[cc], win = platform === 'windows' && data.ccsWin ? data.ccsWin[cc] : null;
    return win ? row.map(function (verdict, i) { return win[i] || verdict; }) : row;
  }

  /** Every CUDA build for the request's platform, best first, with status and reasons. */
  function resolve(data, request) {
    var gpu = request.gpu, platform = wheelPlatform(request), arm = platform === 'linux-aarch64';
    if (!platform) return [];
    var verdicts = verdictRow(data, gpu.cc, platform) || [];
    var out = [];
    for (var i = 0; i < data.builds.length; i++) {
      var b = data.builds[i];
      if (b.platforms.indexOf(platform) < 0) continue;
      var arch = verdicts[i] || ['unsupported', null];
      var archReason = arch[1] === null ? fill(data.unknownCapability, 'cc', gpu.cc) : data.strings[arch[1]];
      var reasons = [archReason];
      // [status, sentence] of each check, the one that decides first: Jetson or driver refusal, architecture, driver, Python.
      var checks = [[arch[0], archReason]];
      var refusal = request.driver && !gpu.jetson ? gpuRefusal(data, gpu.cc, request.driver, request.os) : null;
      if (gpu.jetson) {
        checks.unshift([gpu.jetson[0], data.strings[gpu.jetson[1]]]);
        reasons.unshift(data.strings[gpu.jetson[1]]);
      } else if (refusal) {
        checks.unshift(['unsupported', refusal]);
        reasons.unshift(refusal);
      } else if (request.driver) {
        var rule = data.driverRules[b.cuda][request.os];
        var status = 'unsupported', sentence = rule.unsupported;
        if (rule.need && compareVersions(request.driver, rule.need) >= 0) { status = 'ok'; sentence = rule.ok; }
        else if (rule.floor && rule.need && compareVersions(request.driver, rule.floor) >= 0) { status = 'limited'; sentence = rule.limited; }
        checks.push([status, fill(data.strings[sentence], 'driver', request.driver)]);
        reasons.push(checks[checks.length - 1][1]);
      }
      if (request.python) {
        var inside = pythonIn(request.python, b.py[0], b.py[1]);
        checks.push([inside ? 'ok' : 'unsupported', fill(data.strings[inside ? b.pyOk : b.pyBad], 'python', request.python)]);
        reasons.push(checks[checks.length - 1][1]);
      }
      // On Windows, the build's own index where the page's command has none (PyPI's Windows wheels are CPU-only).
      var win = platform === 'windows' && b.win ? b.win : null;
      var pip = win ? win.pip : b.pip, command = pip;
      if (request.pm === 'conda') {
        // The pytorch channel's packages in the dataset are x86_64 ones: on Arm the wheel goes in with pip.
        var conda = arm ? null : b.conda;
        command = conda || fill(win ? win.condaPip : b.condaPip, 'python', request.python || b.pyDefault);
        if (!conda) reasons.push(b.conda ? data.armConda : data.strings[b.noConda]);
      } else if (request.pm === 'uv') {
        command = win ? win.uv : b.uv;
      }
      if (win && command.indexOf(pip) >= 0) reasons.push(data.strings[win.note]);
      var worst = checks.reduce(function (w, c) { return STATUS_ORDER[c[0]] > STATUS_ORDER[w] ? c[0] : w; }, 'ok');
      // The sentence of the check that decided the status (reasons keep the engine's order for the resolver page).
      var why = null;
      for (var k = 0; k < checks.length && worst !== 'ok' && why === null; k++) if (checks[k][0] === worst) why = checks[k][1];
      if (request.pm === 'uv' && worst !== 'unsupported') reasons.push(uvNote(data, b, request.driver, request.os));
      out.push({ pytorch: b.torch, variant: b.tag, cuda: b.cuda, status: worst, archStatus: arch[0], why: why, reasons: reasons, pip: pip,
        conda: b.conda, command: command, url: b.url, python: b.py });
    }
    out.sort(function (a, b) {
      if (a.status !== b.status) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      var t = compareVersions(b.pytorch, a.pytorch);
      return t !== 0 ? t : compareVersions(b.cuda, a.cuda);
    });
    return out;
  }

  /** What `uv pip install --torch-backend=auto` would do for a build (the Swift engine's sentences, filled in). */
  function uvNote(data, b, driver, os) {
    if (!driver) return data.strings[b.uvNotes[0]];
    var thresholds = b.uvAuto[os] || [], auto = null;
    for (var i = 0; i < thresholds.length && !auto; i++) if (compareVersions(driver, thresholds[i][0]) >= 0) auto = thresholds[i][1];
    if (!auto) return fill(data.strings[b.uvNotes[1]], 'driver', driver);
    return fill(fill(data.strings[b.uvNotes[auto === b.tag ? 2 : 3]], 'driver', driver), 'auto', auto);
  }

  /** "Upgrade the driver to ≥ X to get PyTorch Y", given the builds `resolve` returned; null when nothing to gain. */
  function upgradeAdvice(data, request, builds) {
    var advice = upgradePlanFor(data, request, builds);
    if (!advice) return null;
    // The command to run once the driver is upgraded: the target build's own, from the full list.
    var target = null;
    for (var i = 0; i < builds.length && !target; i++) {
      if (builds[i].pytorch === advice.pytorch && builds[i].variant === advice.variant) target = builds[i];
    }
    advice.command = target && target.command ? target.command : null;
    return advice;
  }

  function upgradePlanFor(data, request, builds) {
    var sup = !request.gpu.jetson && data.support && data.support[request.gpu.cc];
    var platform = wheelPlatform(request);
    var plans = sup && platform && sup.upgrade[platform === 'linux-aarch64' ? platform : request.os];
    var plan = plans ? plans[request.python || ''] : null;
    if (!plan) return null;
    if (!request.driver) return { driver: plan.need, pytorch: plan.torch, variant: plan.tag, reason: data.strings[plan.noDriver] };
    var make = function (template, current) {
      return { driver: plan.need, pytorch: plan.torch, variant: plan.tag,
        reason: fill(fill(data.strings[template], 'driver', request.driver), 'current', current) };
    };
    if (plan.pastLastBranch !== null && pastLastBranch(sup, request.driver)) {
      // Back to the last branch: the build its sentence names (the newest CUDA that branch runs) and that build's driver.
      var back = plan.pastLastBranch;
      return { driver: back.need, pytorch: plan.torch, variant: back.tag, reason: fill(data.strings[back.text], 'driver', request.driver) };
    }
    var current = null;
    for (var i = 0; i < builds.length && !current; i++) if (builds[i].status === 'ok') current = builds[i];
    if (current && compareVersions(current.pytorch, plan.torch) >= 0) return null;
    if (compareVersions(request.driver, plan.need) >= 0) return null;
    if (!current) return make(plan.fromNothing, '');
    return make(plan.fromOlder, fill(fill(data.buildName, 'version', current.pytorch), 'tag', current.variant));
  }

  /** What the build wrote for a GPU that no build has code for at any driver (Swift's Resolver.noBuild), or null. */
  function noBuild(data, request) {
    var platform = wheelPlatform(request);
    return request.gpu.jetson || !platform ? null : noBuildText(data, request.gpu.cc, platform === 'linux-aarch64' ? platform : request.os);
  }

  /** The no-build sentence the build wrote for compute capability `cc` under a platform key (an OS, or linux-aarch64), or null. */
  function noBuildText(data, cc, key) {
    var sup = cc !== null && data.support ? data.support[cc] : null;
    return sup && sup.noBuild && Object.prototype.hasOwnProperty.call(sup.noBuild, key) ? data.strings[sup.noBuild[key]] : null;
  }

  /** Whether Python X.Y lies in a build's range low–high (both ends included). */
  function pythonIn(python, low, high) { return compareVersions(python, low) >= 0 && compareVersions(python, high) <= 0; }

  /** The macOS answer: no CUDA; the macOS wheels for the package manager (and Python, when given). */
  function macOS(data, pm, python) {
    var rows = (data.macos && data.macos[pm]) || [];
    return rows.filter(function (r) {
      return !python || pythonIn(python, r[1], r[2]);
    }).map(function (r) {
      return { pytorch: r[0], variant: 'cpu', cuda: null, status: 'ok', reasons: [data.macos.reason], python: [r[1], r[2]],
        command: fill(r[3], 'python', python || r[4]) };
    });
  }

  /** Form state from a query string ("?gpu=4090&os=linux&driver=535.104.05"). */
  function parseQuery(search) {
    var state = { gpu: '', os: 'linux', driver: '', python: '', pm: 'pip', cpu: '' };
    String(search || '').replace(/^\?/, '').split('&').forEach(function (pair) {
      if (!pair) return;
      var i = pair.indexOf('=');
      var key = decodeURIComponent((i < 0 ? pair : pair.slice(0, i)).replace(/\+/g, ' '));
      var value = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, ' '));
      if (Object.prototype.hasOwnProperty.call(state, key)) state[key] = value;
    });
    if (['linux', 'windows', 'wsl2', 'macos'].indexOf(state.os) < 0) state.os = 'linux';
    if (['pip', 'conda', 'uv'].indexOf(state.pm) < 0) state.pm = 'pip';
    if (['x86_64', 'aarch64'].indexOf(state.cpu) < 0) state.cpu = '';
    return state;
  }

  /** The query string for a state, leaving out empty fields. */
  function buildQuery(state) {
    var keys = ['gpu', 'os', 'driver', 'python', 'pm', 'cpu'];
    var pairs = [];
    keys.forEach(function (k) { if (state[k]) pairs.push(encodeURIComponent(k) + '=' + encodeURIComponent(state[k])); });
    return pairs.length ? '?' + pairs.join('&') : '';
  }

  /* ---------- DOM ---------- */

  /** The build's sentence when `name` is another vendor's GPU (patterns from Swift's OtherVendors), else null. */
  function otherVendor(data, name) {
    var text = String(name || '').trim();
    var list = data.otherVendors || [];
    for (var i = 0; i < list.length; i++) {
      if (new RegExp(list[i][0], 'i').test(text)) return fill(list[i][1], 'gpu', text);
    }
    return null;
  }

  /** The build's sentence when `name` is a compute capability (`sm_120`, `8.6`) or an architecture (`Blackwell`)
      rather than a GPU model (pattern and sentences from Swift's NotAModel), else null. */
  function notAModel(data, name) {
    var hints = data.notAModel, text = String(name || '').trim();
    if (!hints) return null;
    var m = new RegExp(hints.pattern, 'i').exec(text);
    if (m) {
      var cc = m[1] ? m[1].slice(0, -1) + '.' + m[1].slice(-1) : m[2] + '.' + m[3];
      return fill(fill(Object.prototype.hasOwnProperty.call(hints.ccs, cc) ? hints.ccs[cc] : hints.unknown, 'gpu', text), 'cc', cc);
    }
    var key = text.toLowerCase().split(/\s+/).join(' ');
    return Object.prototype.hasOwnProperty.call(hints.archs, key) ? fill(hints.archs[key], 'gpu', text) : null;
  }

  /** The build's sentence when `name` is a model name sold with chips of different compute capabilities (the GT 730;
      keys and sentences from Swift's SharedNames, found as GPUs are), else null. */
  function sharedName(data, name) {
    var found = sharedNameEntry(data, name);
    return found ? found.text : null;
  }

  /** sharedName's sentence with whether no official build runs any of the chips ({text, noBuild}), or null. */
  function sharedNameEntry(data, name) {
    var table = data.sharedNames, text = String(name || '').trim();
    var found = table ? nameIndex(data, table.keys, table.compact, text) : null;
    return found === null ? null : { text: fill(table.sentences[found], 'gpu', text), noBuild: !!(table.noBuild && table.noBuild[found]) };
  }

  function el(doc, tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function render(doc, out, data, state, root) {
    while (out.firstChild) out.removeChild(out.firstChild);
    if (state.os === 'macos') {
      out.appendChild(el(doc, 'p', 'resolver-macos', data.macos.explanation));
      renderBuilds(doc, out, macOS(data, state.pm, state.python ? parsePython(state.python) : null), state, root);
      return;
    }
    if (!state.gpu) { out.appendChild(el(doc, 'p', 'hint', say('script.resolve_gpu_prompt'))); return; }
    var gpu = findGPU(data, state.gpu);
    if (!gpu) {
      var other = otherVendor(data, state.gpu) || notAModel(data, state.gpu) || sharedName(data, state.gpu);
      out.appendChild(el(doc, 'p', 'error', other || say('script.resolve_gpu_unknown', { gpu: state.gpu })));
      return;
    }
    var summary = el(doc, 'div', 'resolver-summary');
    var head = el(doc, 'p');
    var link = el(doc, 'a', null, gpu.name); link.href = root + gpu.url; head.appendChild(link);
    head.appendChild(doc.createTextNode(say(gpu.first ? 'script.resolve_gpu_summary' : 'script.resolve_gpu_summary_no_first',
      { arch: gpu.arch, cc: gpu.cc, first: gpu.first })));
    if (gpu.ccInferred) head.appendChild(doc.createTextNode(' ' + say('script.resolve_cc_inferred')));
    summary.appendChild(head);
    var driver = state.driver ? parseDriver(state.driver) : null;
    if (state.driver && !driver) summary.appendChild(el(doc, 'p', 'error', say('script.resolve_driver_unreadable', { driver: state.driver })));
    if (driver) {
      var answer = driverAnswerFor(data, driver, state.os, gpu);
      var p = el(doc, 'p', 'resolver-toolkit');
      p.id = 'resolver-toolkit';
      if (answer.refusal) {
        p.className = 'resolver-toolkit error';
        p.appendChild(doc.createTextNode(answer.refusal));
      } else if (answer.newest) {
        p.appendChild(doc.createTextNode(say('script.resolve_newest_toolkit', { driver: driver })));
        var a = el(doc, 'a', null, say('script.resolve_toolkit_link', { version: answer.newest.v, name: answer.newest.name })); a.href = root + answer.newest.url;
        p.appendChild(a);
        p.appendChild(doc.createTextNode(say('script.resolve_sentence_end')));
      } else {
        p.appendChild(doc.createTextNode(say('script.resolve_no_toolkit', { driver: driver })));
      }
      if (answer.beyond) {
        p.appendChild(doc.createTextNode(' ' + say('script.resolve_minor_compat', { floor: answer.beyond.floor, cuda: answer.beyond.toolkit.v })));
      }
      if (answer.cappedBy) p.appendChild(doc.createTextNode(' ' + say('script.resolve_capped', { cuda: answer.cappedBy })));
      summary.appendChild(p);
      var standing = answer.refusal || gpu.jetson ? null : branchStanding(data, driver, data.support && data.support[gpu.cc]);
      if (standing) {
        var line = el(doc, 'p', 'resolver-branch' + (standing.ended ? ' warning' : ''), standing.sentence);
        line.id = 'resolver-branch';
        summary.appendChild(line);
      }
    }
    var python = state.python ? parsePython(state.python) : null;
    var request = { gpu: gpu, os: state.os, driver: driver, python: python, pm: state.pm, cpu: state.cpu };
    // An Arm machine: say so (the GPU's own CPU), and that there is nothing outside Linux; a Jetson-class module the
    // wheels do not serve: say what to install instead, before any build.
    var module = gpu.jetson && gpu.jetson[0] === 'unsupported';
    var armNote = !wheelPlatform(request) && !module ? data.armLinuxOnly[state.os] : (gpu.cpuNote !== null && gpu.cpuNote !== undefined ? data.strings[gpu.cpuNote] : null);
    if (armNote) {
      var note = el(doc, 'p', 'resolver-cpu' + (wheelPlatform(request) && !module ? '' : ' error'), armNote);
      note.id = 'resolver-cpu';
      summary.appendChild(note);
    }
    var builds = resolve(data, request);
    var advice = upgradeAdvice(data, request, builds);
    var none = advice ? null : noBuild(data, request);
    if (advice || none !== null) {
      var up = el(doc, 'div', 'resolver-upgrade' + (advice ? '' : ' error'));
      up.id = 'resolver-upgrade';
      up.appendChild(el(doc, 'p', null, advice ? advice.reason : none));
      if (advice && advice.command) {
        up.appendChild(el(doc, 'p', 'resolver-then', say('script.resolve_after_upgrade')));
        up.appendChild(commandBlock(doc, state.pm, advice.command));
      }
      summary.appendChild(up);
    }
    out.appendChild(summary);
    renderBuilds(doc, out, builds, state, root);
  }

  /** A command with its package manager's name and a copy button. */
  function commandBlock(doc, pm, command) {
    var block = el(doc, 'div', 'code-block');
    var header = el(doc, 'div', 'code-header');
    header.appendChild(el(doc, 'span', 'code-lang', pm));
    var button = el(doc, 'button', 'copy-button', say('page.copy')); button.type = 'button';
    header.appendChild(button);
    block.appendChild(header);
    var pre = el(doc, 'pre'); pre.appendChild(el(doc, 'code', 'install-command', command));
    block.appendChild(pre);
    return block;
  }

  function renderBuilds(doc, out, builds, state, root) {
    var counts = { ok: 0, limited: 0, unsupported: 0 };
    builds.forEach(function (b) { counts[b.status]++; });
    out.appendChild(el(doc, 'p', 'resolver-counts', say('script.resolve_counts', counts)));
    var list = el(doc, 'ol', 'resolver-builds');
    list.id = 'resolver-builds';
    builds.forEach(function (b, index) {
      var recommended = index === 0 && b.status !== 'unsupported';
      var item = el(doc, 'li', 'build build-' + b.status + (recommended ? ' build-recommended' : ''));
      if (index >= 12) item.hidden = true;
      item.setAttribute('data-status', b.status);
      item.setAttribute('data-pytorch', b.pytorch);
      item.setAttribute('data-variant', b.variant);
      var title = el(doc, 'p', 'build-title');
      if (recommended) title.appendChild(el(doc, 'span', 'badge badge-recommended', say('script.resolve_recommended')));
      title.appendChild(el(doc, 'span', 'badge badge-' + b.status, statusLabel(b.status)));
      title.appendChild(doc.createTextNode(' '));
      if (b.url) {
        var a = el(doc, 'a', null, 'PyTorch ' + b.pytorch + ' · ' + b.variant); a.href = root + b.url;
        title.appendChild(a);
      } else {
        title.appendChild(doc.createTextNode('PyTorch ' + b.pytorch + ' · ' + b.variant));
      }
      if (b.python) title.appendChild(el(doc, 'span', 'build-python', ' Python ' + b.python[0] + '–' + b.python[1]));
      item.appendChild(title);
      // The first card answers in full when it runs; the others, and a first card that does not run, fold their reasons
      // and command under their title line (the upgrade box above gives the command to run after upgrading).
      var holder = item;
      if (index > 0 || b.status === 'unsupported') {
        holder = el(doc, 'details', 'build-more');
        holder.appendChild(el(doc, 'summary', null, say(b.command ? 'script.resolve_reasons_command' : 'script.resolve_reasons')));
        item.appendChild(holder);
      }
      var reasons = el(doc, 'ul', 'build-reasons');
      b.reasons.forEach(function (r) { reasons.appendChild(el(doc, 'li', null, r)); });
      holder.appendChild(reasons);
      if (b.command) holder.appendChild(commandBlock(doc, state.pm, b.command));
      list.appendChild(item);
    });
    out.appendChild(list);
    if (builds.length > 12) {
      var more = el(doc, 'button', 'show-all', say('script.resolve_show_all', { count: builds.length }));
      more.type = 'button';
      more.addEventListener('click', function () {
        Array.prototype.forEach.call(list.children, function (li) { li.hidden = false; });
        more.remove();
      });
      out.appendChild(more);
    }
  }

  function init(doc, win) {
    var data = win.GPUKB_COMPAT;
    var form = doc.getElementById('resolver-form');
    var out = doc.getElementById('resolver-output');
    if (!data || !form || !out) return;
    var root = (doc.querySelector('link[rel="stylesheet"]').getAttribute('href') || '').replace(/assets\/style\.css$/, '');
    var list = doc.getElementById('rs-gpu-list');
    data.gpus.forEach(function (gpu) {
      [gpu.name].concat(gpu.aliases).forEach(function (name) { var o = doc.createElement('option'); o.value = name; list.appendChild(o); });
    });
    var state = parseQuery(win.location.search);
    ['gpu', 'os', 'driver', 'python', 'pm', 'cpu'].forEach(function (k) { if (form.elements[k]) form.elements[k].value = state[k]; });
    function update(writeURL) {
      var s = {};
      ['gpu', 'os', 'driver', 'python', 'pm', 'cpu'].forEach(function (k) { s[k] = form.elements[k] ? form.elements[k].value.trim() : ''; });
      render(doc, out, data, s, root);
      if (writeURL) {
        try { win.history.replaceState(null, '', buildQuery(s) || win.location.pathname); } catch (e) { /* file:// may refuse; the form's GET still works */ }
      }
    }
    // "This is my machine": kept in the browser so every page reads for it (site.js shows and clears it).
    var site = win.GPUKB;
    if (site && site.saveProfile) {
      var save = doc.createElement('button');
      save.type = 'button';
      save.className = 'profile-save';
      save.textContent = say('script.profile_save');
      save.addEventListener('click', function () {
        var kept = site.saveProfile(win, { gpu: form.elements.gpu.value, driver: form.elements.driver.value, os: form.elements.os.value,
          cpu: form.elements.cpu ? form.elements.cpu.value : '' });
        save.textContent = say(kept ? 'script.profile_saved' : 'script.profile_not_saved');
      });
      form.appendChild(save);
    }
    form.addEventListener('input', function () { update(true); });
    form.addEventListener('change', function () { update(true); });
    update(false);
  }

  return {
    compareVersions: compareVersions, pythonIn: pythonIn, parseDriver: parseDriver, parsePython: parsePython, normalizeName: normalizeName,
    statusLabel: statusLabel, findGPU: findGPU, otherVendor: otherVendor, notAModel: notAModel, sharedName: sharedName, sharedNameEntry: sharedNameEntry, driverAnswer: driverAnswer, driverAnswerFor: driverAnswerFor, gpuRefusal: gpuRefusal, branchStanding: branchStanding,
    resolve: resolve, wheelPlatform: wheelPlatform, verdictRow: verdictRow, upgradeAdvice: upgradeAdvice, noBuild: noBuild, noBuildText: noBuildText, uvNote: uvNote, macOS: macOS, parseQuery: parseQuery, buildQuery: buildQuery, init: init
  };
});

/* gpukb diagnose page. Classic script, loaded after resolve.js; reads window.GPUKB_COMPAT (resolve/compat-data.js).
   A reader pastes what nvidia-smi, nvcc -V, collect_env or a torch print showed; parseReport pulls the facts out,
   diagnose compares them with the dataset the build materialized. content/downloads/check_env.py is the same
   parser and diagnosis in Python, function for function, and both must give identical JSON for the vectors in
   Tests/Fixtures/env-reports/vectors.json. Change one, change the other. */
(function (factory) {
  'use strict';
  if (typeof module === 'object' && module !== null &&
      typeof module.exports === 'object' && module.exports !== null) {
    module.exports = factory(require('./resolve.js'));
    return;
  }
  var api = factory(window.GPUKBResolve);
  window.GPUKBDiagnose = api;
  function start() { api.init(document, window); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})(function (R) {
  'use strict';

  /* ---------- constants ---------- */

  var SOURCES = ['nvidia-smi', 'nvidia-smi-csv', 'nvcc', 'collect_env', 'torch-print'];
  var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
  var NEEDS = { linux: '要求 Linux 驱动 ≥ ', windows: '要求 Windows 驱动 ≥ ', wsl: '要求 Windows 上的驱动（WSL2 用的就是它）≥ ', unknown: '要求驱动 ≥ ',
    macos: '要求驱动 ≥ ' };
  var UNKNOWN_OS_NOTE = '（文本里看不出是什么系统，按 Linux 的要求判断。）';
  var RULE_COLUMN = { linux: 'linux', windows: 'windows', wsl: 'wsl2', unknown: 'linux', macos: 'linux' };
  var LINKS = {
    'not-recognized': 'troubleshooting/common-errors/index.html#先收集信息',
    'no-driver': 'troubleshooting/common-errors/index.html#nvidia-smi-has-failed-because-it-couldnt-communicate-with-the-nvidia-driver',
    'no-driver-wsl': 'platforms/wsl2/index.html#wsl-里看不到-gpu',
    'driver-library-mismatch': 'troubleshooting/common-errors/index.html#failed-to-initialize-nvml-driverlibrary-version-mismatch',
    'gpu-error': 'driver/linux/index.html#常见错误速查',
    'driver-too-old-for-torch': 'python/pytorch/index.html#驱动决定能用哪个构建',
    'driver-cannot-drive-gpu': 'driver/linux/index.html#选哪个驱动分支',
    'cpu-only-torch': 'python/pytorch/index.html#小心装成-cpu-版',
    'arch-not-in-build': 'troubleshooting/common-errors/index.html#sm_89-is-not-compatible-with-the-current-pytorch-installation',
    'toolkit-too-new-for-driver': 'cuda/toolkit/index.html#驱动决定上限',
    'cuda-unavailable': 'troubleshooting/common-errors/index.html#torchcudais_available-返回-false',
    'wsl': 'platforms/wsl2/index.html#第一步只在-windows-上安装驱动',
    'cuda-numbers': 'basics/stack/index.html#三个cuda-版本各是什么'
  };
  var EXPRESSIONS = [
    ['torch_version', 'torch.__version__'],
    ['torch_cuda', 'torch.version.cuda'],
    ['cuda_available', 'torch.cuda.is_available()']
  ];

  /* ---------- text ---------- */

  /** One form for every paste: \n line ends, plain spaces, ASCII colons and quotes, no control characters. */
  function normalizeText(text) {
    var t = typeof text === 'string' ? text : (text === null || text === undefined ? '' : String(text));
    t = t.replace(/\r\n/g, '\n').replace(/[\r\u2028\u2029\u0085\u000b\u000c]/g, '\n');
    t = t.replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '');
    t = t.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
    t = t.replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, ' ');
    t = t.replace(/\uff1a/g, ':').replace(/[\u2018\u2019\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"');
    return t;
  }

  /** Strips plain spaces only (a loop: a regex with " +$" is quadratic on long runs of spaces). */
  function trimSpaces(s) {
    var a = 0, b = s.length;
    while (a < b && s.charAt(a) === ' ') a++;
    while (b > a && s.charAt(b - 1) === ' ') b--;
    return s.slice(a, b);
  }

  var COLLECT_LABELS = / +(?=(?:PyTorch version|Is debug build|CUDA used to build PyTorch|ROCM used to build PyTorch|OS|GCC version|Clang version|CMake version|Libc version|Python version|Python platform|Is CUDA available|CUDA runtime version|CUDA_MODULE_LOADING set to|GPU models and configuration|Nvidia driver version|cuDNN version|HIP runtime version|MIOpen runtime version|Is XNNPACK available|Versions of relevant libraries) *:)/g;

  var COLLECT_BANNER = /^ *(Collecting environment information\.\.\.) +(\S.*)$/;

  /** A collect_env report whose newlines were lost (copied from a web page) becomes one line per field again, and
      so does its banner when the first field was glued to it. */
  function unfold(line) {
    var out = [], banner;
    while ((banner = COLLECT_BANNER.exec(line))) {
      out.push(banner[1]);
      line = banner[2];
    }
    if (line.length < 120 || (line.match(COLLECT_LABELS) || []).length < 3) return out.concat([line]);
    return out.concat(line.split(COLLECT_LABELS));
  }

  /** Lines without quote/comment prefixes ("> ", "# "), log prefixes ("[INFO] ") and surrounding spaces. */
  function splitLines(text) {
    var pieces = [];
    normalizeText(text).split('\n').forEach(function (raw) { pieces.push.apply(pieces, unfold(raw)); });
    return pieces.map(function (line) {
      for (var i = 0; i < 3; i++) {
        var m = /^ *(?:#|>(?!>)) ?/.exec(line);
        if (!m || m[0] === '') break;
        line = line.slice(m[0].length);
      }
      line = trimSpaces(line).replace(/^\[(?:INFO|DEBUG|WARNING|WARN|ERROR)\] +/, '');
      return trimSpaces(line);
    });
  }

  function xy(version) {
    var m = /^([0-9]+)\.([0-9]+)/.exec(version || '');
    return m ? m[1] + '.' + m[2] : null;
  }

  function major(version) { return parseInt(version, 10); }

  function cudaTag(cuda) { return 'cu' + cuda.replace('.', ''); }
  /* ---------- parse ---------- */

  function emptyFacts() {
    return {
      sources: [], driver_version: null, cuda_version: null, gpus: [], gpu_count: null, os: 'unknown',
      torch_version: null, torch_cuda: null, cuda_available: null, nvcc_version: null,
      empty: true, compute_caps: {}, nvcc_missing: null, cpu_reason: null, cpu_raw: null, mac: false,
      no_driver: null, no_driver_text: null, mismatch: false, gpu_error: null, torch_driver_old: null,
      init_failed: false, collect_no_gpu: false, arch_warning: null, no_kernel_image: false,
      smi_mismatch: false, attached: null
    };
  }

  function addSource(facts, kind) { if (facts.sources.indexOf(kind) < 0) facts.sources.push(kind); }

  function has(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }

  function setOnce(facts, key, value) { if (facts[key] === null && value !== null && value !== undefined) facts[key] = value; }

  /* A GPU row's bus id, also when the paste was cut inside it ("00000000:0"). */
  var BUS_ID_START = /\| *[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]/;

  /** Header and GPU rows of the nvidia-smi table. */
  function parseSmiTable(lines, facts, found) {
    lines.forEach(function (line) {
      if (/NVIDIA-SMI +[0-9]/.test(line) || (/(?:Driver|KMD) Version *: *[0-9]/.test(line) && /CUDA (?:UMD )?Version *: *[0-9]/.test(line))) {
        addSource(facts, 'nvidia-smi');
        // R610 renamed the fields: "KMD Version" is the driver, "CUDA UMD Version" the CUDA it supports.
        var d = /(?:Driver|KMD) Version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)/.exec(line);
        var c = /CUDA (?:UMD )?Version *: *([0-9]{1,3}\.[0-9]{1,3})/.exec(line);
        var s = /NVIDIA-SMI +([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)/.exec(line);
        if (d) {
          setOnce(facts, 'driver_version', d[1]);
          // Inside WSL the tool is the Linux build of the Windows driver shown as "Driver Version" (two parts,
          // 546.80), so the tool's number is the lower one; a container whose tools are newer than the host's driver
          // (Colab: 495.46 over 460.32.03) shows the opposite.
          if (s && /^[0-9]{3}\.[0-9]{2}$/.test(d[1]) && R.compareVersions(s[1], d[1]) < 0) facts.smi_mismatch = true;
        }
        if (c) setOnce(facts, 'cuda_version', c[1]);
      }
      if (line.charAt(0) !== '|' || !BUS_ID_START.test(line)) return;
      var row = /^\| +[0-9]+ +(.+?) +(?:On|Off|WDDM|TCC|MCDM|N\/A) *\| *[0-9A-Fa-f]{4,8}:/.exec(line);
      if (row) { addSource(facts, 'nvidia-smi'); found.table.push(row[1]); }
    });
  }

  /** cat /proc/driver/nvidia/version: "NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.173.02  …" is the loaded driver. */
  function parseKernelModule(lines, facts) {
    lines.forEach(function (line) {
      var m = /^NVRM version: .*Kernel Module(?: for [A-Za-z0-9_]+)? +([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)\b/.exec(line);
      if (m) { addSource(facts, 'nvidia-smi'); setOnce(facts, 'driver_version', m[1]); }
    });
  }

  /** nvidia-smi -q: "Driver Version : …", "CUDA Version : …", "Product Name : …". */
  function parseSmiQuery(lines, facts, found) {
    var isQuery = lines.some(function (l) { return /NVSMI LOG/.test(l) || /^Attached GPUs *: *[0-9]+$/.test(l); });
    if (!isQuery) return;
    addSource(facts, 'nvidia-smi');
    lines.forEach(function (line) {
      var m;
      if ((m = /^Driver Version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)$/.exec(line))) setOnce(facts, 'driver_version', m[1]);
      if ((m = /^CUDA Version *: *([0-9]{1,3}\.[0-9]{1,3})$/.exec(line))) setOnce(facts, 'cuda_version', m[1]);
      if ((m = /^Product Name *: *(.+)$/.exec(line))) found.query.push(m[1]);
      if ((m = /^Attached GPUs *: *([0-9]{1,3})$/.exec(line))) setOnce(facts, 'attached', parseInt(m[1], 10));
    });
  }

  var CSV_FIELD = /^[a-z_.]+(?: \[[^\]]*\])?$/;

  /** nvidia-smi --query-gpu=… --format=csv, with its header; or name, driver[, compute_cap] rows without one. */
  function parseSmiCsv(lines, facts, found) {
    var sawHeader = false;
    for (var i = 0; i < lines.length; i++) {
      var fields = lines[i].split(',').map(trimSpaces);
      if (fields.length < 2 || !fields.every(function (f) { return CSV_FIELD.test(f); })) continue;
      var names = fields.map(function (f) { return f.replace(/ \[.*$/, ''); });
      var nameAt = names.indexOf('name') >= 0 ? names.indexOf('name') : names.indexOf('gpu_name');
      var driverAt = names.indexOf('driver_version'), ccAt = names.indexOf('compute_cap');
      if (nameAt < 0 && driverAt < 0) continue;
      sawHeader = true;
      addSource(facts, 'nvidia-smi-csv');
      for (var j = i + 1; j < lines.length; j++) {
        var cells = lines[j].split(',').map(trimSpaces);
        if (cells.length !== fields.length || cells.every(function (c) { return CSV_FIELD.test(c); })) break;
        var driverOk = driverAt >= 0 && /^[0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?$/.test(cells[driverAt]);
        var ccOk = ccAt >= 0 && /^[0-9]{1,2}\.[0-9]{1,2}$/.test(cells[ccAt]);
        if ((driverAt >= 0 && !driverOk) || (ccAt >= 0 && !ccOk && !/^\[N\/A\]$|^N\/A$/.test(cells[ccAt]))) break;
        var name = nameAt >= 0 ? cells[nameAt] : '';
        if (driverOk) setOnce(facts, 'driver_version', cells[driverAt]);
        if (name) {
          found.csv.push(name);
          if (ccOk && !has(facts.compute_caps, name)) facts.compute_caps[name] = cells[ccAt];
        }
      }
      i = j - 1;
    }
    if (sawHeader) return;
    lines.forEach(function (line) {
      var m = /^((?:NVIDIA|Tesla|Quadro|GeForce|TITAN)[^,]*[^, ]) *, *([0-9]{3}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)(?: *, *([0-9]{1,2}\.[0-9]{1,2}))?$/.exec(line);
      if (!m) return;
      addSource(facts, 'nvidia-smi-csv');
      setOnce(facts, 'driver_version', m[2]);
      found.csv.push(m[1]);
      if (m[3] && !has(facts.compute_caps, m[1])) facts.compute_caps[m[1]] = m[3];
    });
  }

  function isCollectEnv(lines) {
    return lines.some(function (l) { return /^(?:CUDA used to build PyTorch|Is CUDA available|Is debug build) *:/i.test(l); });
  }

  /** "GPU 0: name" lines, from nvidia-smi -L (with a UUID) or collect_env; one name per index. A collect_env report
      with a single GPU (or a non-NVIDIA one) names it on the "GPU models and configuration" line itself. */
  function parseGpuList(lines, facts, found) {
    var seen = {}, collect = isCollectEnv(lines);
    lines.forEach(function (line) {
      var single = collect ? /^GPU models and configuration *: *(.+)$/i.exec(line) : null;
      if (single && !/^(?:GPU [0-9]{1,2} *:|Could not collect|No CUDA|N\/A|None)/i.test(single[1])) {
        found.list.push(trimSpaces(single[1]));
        return;
      }
      var rest = line.replace(/^GPU models and configuration *: */i, '');
      var m = /^GPU ([0-9]{1,2}) *: *(.+)$/.exec(rest);
      if (!m) return;
      var name = m[2];
      var uuid = name.indexOf('(UUID:');
      if (uuid >= 0) { name = name.slice(0, uuid); addSource(facts, 'nvidia-smi'); } else if (!collect) return;
      name = trimSpaces(name);
      if (!name || /^(?:Could not collect|No CUDA|N\/A)$/i.test(name) || has(seen, m[1])) return;
      seen[m[1]] = true;
      found.list.push(name);
    });
  }

  /** nvcc -V: "release 12.1, V12.1.66"; or a shell saying there is no nvcc. */
  function parseNvcc(lines, facts) {
    lines.forEach(function (line) {
      var m = /Cuda compilation tools, release ([0-9]{1,3}\.[0-9]{1,3})(?:, V([0-9]{1,3}\.[0-9]{1,3}(?:\.[0-9]{1,6})?))?/.exec(line);
      if (m) { addSource(facts, 'nvcc'); setOnce(facts, 'nvcc_version', m[2] || m[1]); return; }
      if (/^nvcc: NVIDIA \(R\) Cuda compiler/.test(line)) addSource(facts, 'nvcc');
      if (/(?:^|[ :])nvcc(?:\.exe)?: *(?:command )?not found|command not found: *nvcc\b|Command 'nvcc' not found|'nvcc(?:\.exe)?' is not recognized|'nvcc' 不是内部或外部命令/i.test(line)) {
        addSource(facts, 'nvcc');
        facts.nvcc_missing = true;
      }
    });
  }

  /** python -m torch.utils.collect_env. */
  function parseCollectEnv(lines, facts) {
    if (!isCollectEnv(lines)) return;
    addSource(facts, 'collect_env');
    lines.forEach(function (line) {
      var m;
      if ((m = /^PyTorch version *:? *([0-9][0-9A-Za-z.+_-]*)$/i.exec(line))) setOnce(facts, 'torch_version', m[1]);
      if ((m = /^CUDA used to build PyTorch *: *(.+)$/i.exec(line))) {
        // Old reports print the full toolkit version ("10.1.243"); the build is its X.Y.
        var full = /^([0-9]{1,3}\.[0-9]{1,3})(?:\.[0-9]{1,6})?$/.exec(m[1]);
        if (full) setOnce(facts, 'torch_cuda', full[1]);
        else if (/^(?:None|Could not collect)$/i.test(m[1]) && facts.cpu_reason === null) { facts.cpu_reason = 'collect'; facts.cpu_raw = m[1]; }
      }
      if ((m = /^Is CUDA available *: *(True|False|Yes|No)$/i.exec(line))) setOnce(facts, 'cuda_available', /^(?:True|Yes)$/i.test(m[1]));
      if ((m = /^Nvidia driver version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)$/i.exec(line))) setOnce(facts, 'driver_version', m[1]);
      if (/^GPU models and configuration *: *(?:Could not collect|No CUDA)$/i.test(line)) facts.collect_no_gpu = true;
    });
  }

  function valueToken(token) {
    return /^'[0-9][0-9A-Za-z.+_-]*'$|^[0-9][0-9A-Za-z.+_-]*$|^(?:True|False|None)$/.test(token);
  }

  function takeTorchValue(facts, key, raw) {
    var value = raw.replace(/^'|'$/g, '');
    if (key === 'cuda_available') {
      if (value === 'True' || value === 'False') setOnce(facts, key, value === 'True');
    } else if (key === 'torch_cuda') {
      if (value === 'None') { if (facts.cpu_reason === null) { facts.cpu_reason = 'none'; facts.cpu_raw = 'None'; } }
      else if (/^[0-9]{1,3}\.[0-9]{1,3}$/.test(value)) setOnce(facts, key, value);
    } else if (/^[0-9]/.test(value)) {
      setOnce(facts, key, value);
    }
  }

  var LABELLED = [
    ['torch_version', /^(?:torch|pytorch|torch version|pytorch version|torch\.__version__|torch_version|__version__) *[:=] *('?[0-9][0-9A-Za-z.+_-]*'?)$/i],
    ['torch_cuda', /^(?:torch\.version\.cuda|torch cuda|torch cuda version|torch_cuda|torch\.cuda\.version) *[:=] *('?[0-9]{1,3}\.[0-9]{1,3}'?|None)$/i],
    ['cuda_available', /^(?:torch\.cuda\.is_available\(\)|cuda available|cuda_available|cuda is available|is_available(?:\(\))?) *[:=] *(True|False)$/i]
  ];

  var DEVICE_NAME = /^(?:CUDA device name|Device name|GPU name|torch\.cuda\.get_device_name\([0-9]?\)) *[:=] *(.+)$/i;
  var DEVICE_NAME_CALL = /print\(torch\.cuda\.get_device_name\([0-9]*\)\)/g;

  /** A printed torch.__version__ / torch.version.cuda / torch.cuda.is_available(), in the REPL, from python -c, or labelled. */
  function parseTorchPrint(lines, facts, found) {
    var seen = false, collect = isCollectEnv(lines);
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i], labelled = false;
      for (var k = 0; k < LABELLED.length; k++) {
        if (collect && /^PyTorch version\b/i.test(line)) break;
        var m = LABELLED[k][1].exec(line);
        if (m) { takeTorchValue(facts, LABELLED[k][0], m[1]); labelled = true; seen = true; }
      }
      if (labelled) continue;
      var named = DEVICE_NAME.exec(line);
      if (named) { found.torch.push(trimSpaces(named[1])); seen = true; continue; }
      if (/^(?:>>> *)?(?:import torch\b|from torch\b)|-c +["']import torch\b/.test(line)) seen = true;
      // python -c "import torch; print(torch.cuda.get_device_name(0))" prints the name on the next line.
      if ((line.match(DEVICE_NAME_CALL) || []).length === 1 && line.split('print(').length === 2 && i + 1 < lines.length && lines[i + 1] &&
          !/^(?:>>>|In \[|Traceback|python)/.test(lines[i + 1])) {
        found.torch.push(lines[i + 1]);
        seen = true;
      }
      // A bare torch version with a local label ("2.7.0+cu128") is what torch.__version__ prints.
      if (/^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?:[.a-z0-9]*)\+(?:cu[0-9]{2,3}|cpu|rocm[0-9.]+)$/.test(line)) setOnce(facts, 'torch_version', line);
      if (/device='cuda(?::[0-9]+)?'/.test(line)) setOnce(facts, 'cuda_available', true);
      var exprs = EXPRESSIONS.map(function (e) { return [e[0], line.indexOf(e[1])]; })
        .filter(function (e) { return e[1] >= 0; })
        .sort(function (a, b) { return a[1] - b[1]; });
      if (!exprs.length) continue;
      seen = true;
      for (var j = i + 1; j < lines.length && j <= i + 15; j++) {
        var out = lines[j].replace(/^Out\[[0-9]+\]: */, '');
        if (/^(?:>>>|In \[)/.test(out) || EXPRESSIONS.some(function (e) { return out.indexOf(e[1]) >= 0; })) break;
        var tokens = out.split(/ +/);
        if (!out || tokens.length !== exprs.length || !tokens.every(valueToken)) continue;
        for (var t = 0; t < tokens.length; t++) takeTorchValue(facts, exprs[t][0], tokens[t]);
        break;
      }
    }
    if (seen) addSource(facts, 'torch-print');
  }

  /** Error messages from nvidia-smi, NVML and PyTorch. */
  function detectErrors(lines, facts) {
    lines.forEach(function (line) {
      var m;
      if (/couldn'?t communicate with the NVIDIA driver/i.test(line)) {
        addSource(facts, 'nvidia-smi');
        if (facts.no_driver === null) facts.no_driver = 'smi-failed';
      }
      if ((m = /nvidia-smi(?:\.exe)?: *(?:command )?not found|command not found: *nvidia-smi\b|Command 'nvidia-smi' not found|'nvidia-smi(?:\.exe)?' is not recognized|'nvidia-smi' 不是内部或外部命令/i.exec(line))) {
        addSource(facts, 'nvidia-smi');
        if (facts.no_driver === null) { facts.no_driver = 'smi-missing'; facts.no_driver_text = m[0]; }
      }
      if (/Found no NVIDIA driver on your system/i.test(line)) {
        addSource(facts, 'torch-print');
        if (facts.no_driver === null) facts.no_driver = 'torch';
      }
      if (/Driver\/library version mismatch/i.test(line)) { addSource(facts, 'nvidia-smi'); facts.mismatch = true; }
      if ((m = /Unable to determine the device handle for GPU ?[0-9A-Fa-f:.]+: *[A-Za-z][A-Za-z ]*[A-Za-z]|GPU [0-9A-Fa-f:.]+ has fallen off the bus|No devices were found|GPU is lost/i.exec(line))) {
        addSource(facts, 'nvidia-smi');
        if (facts.gpu_error === null) facts.gpu_error = m[0];
      }
      if ((m = /The NVIDIA driver on your system is too old \(found version ([0-9]{1,9})\)/i.exec(line))) {
        addSource(facts, 'torch-print');
        setOnce(facts, 'torch_driver_old', parseInt(m[1], 10));
      }
      if (/CUDA driver initialization failed/i.test(line)) { addSource(facts, 'torch-print'); facts.init_failed = true; }
      if (/no kernel image is available for execution on the device/i.test(line)) { addSource(facts, 'torch-print'); facts.no_kernel_image = true; }
      if (line.indexOf(' with CUDA capability sm_') >= 0 &&
          (m = /([A-Za-z0-9][A-Za-z0-9 ._-]*?) with CUDA capability sm_([0-9]{2,3}) is not compatible with the current PyTorch installation/.exec(line))) {
        addSource(facts, 'torch-print');
        if (facts.arch_warning === null) facts.arch_warning = { gpu: trimSpaces(m[1]), sm: m[2] };
      }
      if (/Torch not compiled with CUDA enabled/.test(line)) {
        addSource(facts, 'torch-print');
        if (facts.cpu_reason === null) { facts.cpu_reason = 'error'; facts.cpu_raw = 'Torch not compiled with CUDA enabled'; }
      }
    });
  }

  var OS_WSL = /microsoft-standard|\/usr\/lib\/wsl\/|\bWSL2\b|\bwslinfo\b|\bWSL 2\b/i;
  var OS_WSL1 = /[0-9]-Microsoft\b/;
  var OS_MAC = /^OS *: *(?:macOS|Mac ?OS)|Darwin|macOS-[0-9]/im;
  var OS_WINDOWS = /^OS *: *Microsoft Windows|^Python platform *: *Windows|TCC\/WDDM|Driver-Model|\bWDDM\b|^(?:\([^)]*\) *)?PS [A-Za-z]:\\|^[A-Za-z]:\\[^\n]*>|[A-Za-z]:\\Program Files|is not recognized as an internal or external command|不是内部或外部命令|\.dll\b|\.exe\b|\bon win32\b|^Built on .*_(?:Pacific|Eastern|Central|Mountain)_(?:Standard|Daylight)_Time_|\b[A-Za-z]:\\Users\\/im;
  var OS_LINUX = /Persistence-M|^OS *: *(?:Ubuntu|Debian|CentOS|Red Hat|Rocky|AlmaLinux|Fedora|Arch|openSUSE|SUSE|Linux|Amazon Linux|Oracle Linux|Pop!_OS)|^Python platform *: *Linux|\bon linux\b|Failed to initialize NVML|(?:^|[ :'"=(])\/(?:usr|home|root|opt|bin|etc|var|mnt|lib|lib64|sbin|proc|dev|run|srv|sys|tmp)\/|^(?:\([^)]*\) *)?[^ @]+@[^ :]+:[^\n]*[$#]|^\$ |^\[[^\]]+\][$#]|^Linux \S+ [0-9]+\.[0-9]+\S* #|^Built on [A-Za-z]{3}_[A-Za-z]{3}_+[0-9]{1,2}_[0-9:]{8}_[A-Z]{3}_[0-9]{4}$/im;

  /** What the text itself shows about the system; nothing shown gives "unknown". */
  function detectOS(lines, facts) {
    var text = lines.join('\n');
    facts.mac = OS_MAC.test(text);
    if (OS_WSL.test(text) || OS_WSL1.test(text) || (facts.smi_mismatch && !OS_WINDOWS.test(text))) facts.os = 'wsl';
    else if (facts.mac) facts.os = 'macos';
    else if (OS_WINDOWS.test(text)) facts.os = 'windows';
    else if (OS_LINUX.test(text)) facts.os = 'linux';
    else facts.os = 'unknown';
  }

  /** The facts a pasted report shows; values it does not show are null. Never throws on any string. */
  function parseReport(text) {
    var facts = emptyFacts();
    var lines = splitLines(text);
    facts.empty = lines.every(function (l) { return l === ''; });
    var found = { table: [], query: [], csv: [], list: [], torch: [] };
    parseSmiTable(lines, facts, found);
    parseKernelModule(lines, facts);
    parseSmiQuery(lines, facts, found);
    parseSmiCsv(lines, facts, found);
    parseGpuList(lines, facts, found);
    parseNvcc(lines, facts);
    parseCollectEnv(lines, facts);
    parseTorchPrint(lines, facts, found);
    detectErrors(lines, facts);
    detectOS(lines, facts);
    var gpus = found.csv.length ? found.csv : found.list.length ? found.list : found.query.length ? found.query : found.table.length ? found.table : found.torch;
    facts.gpus = gpus.slice();
    facts.gpu_count = Math.max(gpus.length, facts.attached || 0) || null;
    // torch.__version__'s local label names the CUDA build ("2.1.0+cu118" is CUDA 11.8) when torch.version.cuda is not shown.
    if (facts.torch_cuda === null && facts.torch_version) {
      var cu = /\+cu([0-9]{1,2})([0-9])$/.exec(facts.torch_version);
      if (cu) facts.torch_cuda = String(parseInt(cu[1], 10)) + '.' + cu[2];
    }
    if (facts.nvcc_version !== null) facts.nvcc_missing = null;
    facts.sources = SOURCES.filter(function (s) { return facts.sources.indexOf(s) >= 0; });
    return facts;
  }

  /* ---------- look-ups in the dataset ---------- */

  /** Compute capability of a GPU name as nvidia-smi shows it, or null. Truncated names ("GeForce RTX 207...")
      count only when every dataset name they could be agrees on one capability. */
  function lookupGPU(data, name) {
    // A "name" longer than any GPU's is not one (and trying its prefixes would take quadratic time).
    if (name.length > 120) return null;
    var truncated = /(?:\.\.\.|\u2026)$/.test(name);
    var base = trimSpaces(name.replace(/(?:\.\.\.|\u2026)$/, ''));
    var tries = [];
    if (!truncated) tries.push(base);
    if (base.indexOf('-') > 0) tries.push(base.split('-')[0]);
    if (!truncated) {
      var words = base.split(/ +/);
      for (var n = words.length - 1; n >= 1; n--) {
        var shorter = words.slice(0, n).join(' ');
        if (/[0-9]/.test(shorter)) tries.push(shorter);
      }
    }
    for (var i = 0; i < tries.length; i++) {
      var gpu = R.findGPU(data, tries[i]);
      if (gpu) return gpu.cc;
    }
    if (!truncated) return null;
    var key = R.normalizeName(base);
    if (!/[0-9]/.test(key)) return null;
    var ccs = [];
    Object.keys(data.gpuKeys).forEach(function (k) {
      var stripped = k.replace(/^(?:geforce|tesla|quadro|nvidia) /, '');
      var wanted = key.replace(/^(?:geforce|tesla|quadro|nvidia) /, '');
      if (stripped.indexOf(wanted) === 0) {
        var cc = data.gpus[data.gpuKeys[k]].cc;
        if (ccs.indexOf(cc) < 0) ccs.push(cc);
      }
    });
    return ccs.length === 1 ? ccs[0] : null;
  }

  /** The PyTorch CUDA version the installed build was made for: the +cuXYZ tag, else torch.version.cuda. */
  function torchCuda(facts) {
    var m = /\+cu([0-9]+)([0-9])$/.exec(facts.torch_version || '');
    if (m) return m[1] + '.' + m[2];
    return facts.torch_cuda;
  }

  /** Index into data.builds of the installed build, or -1 (nightlies and unlisted releases are not there). */
  function findBuild(data, facts) {
    var cuda = torchCuda(facts);
    if (!facts.torch_version || !cuda) return -1;
    var core = facts.torch_version.split('+')[0];
    var tag = cudaTag(cuda);
    for (var i = 0; i < data.builds.length; i++) {
      if (data.builds[i].torch === core && data.builds[i].tag === tag) return i;
    }
    return -1;
  }

  /** "ok", "limited" (minor-version compatibility) or "unsupported" for a CUDA X.Y build on a driver; null without a rule. */
  function driverStatus(data, cuda, driver, os) {
    var rules = data.driverRules[cuda];
    var rule = rules ? rules[RULE_COLUMN[os]] : null;
    if (!rule || !rule.need) return null;
    if (R.compareVersions(driver, rule.need) >= 0) return 'ok';
    if (rule.floor && R.compareVersions(driver, rule.floor) >= 0) return 'limited';
    return 'unsupported';
  }

  /** The newest build (by PyTorch, then CUDA) for this platform that the driver fully meets and that runs on compute
      capability cc; a null driver or cc is not checked. */
  function bestBuildFor(data, cc, driver, os) {
    if (cc !== null && driver && R.gpuRefusal(data, cc, driver, RULE_COLUMN[os] || 'linux')) return null;
    var verdicts = cc !== null && has(data.ccs, cc) ? data.ccs[cc] : null, platform = os === 'windows' ? 'windows' : 'linux', best = null;
    if (cc !== null && verdicts === null) return null;
    data.builds.forEach(function (b, i) {
      if (verdicts !== null && (!verdicts[i] || verdicts[i][0] !== 'ok')) return;
      if (b.platforms.indexOf(platform) < 0) return;
      if (driver && driverStatus(data, b.cuda, driver, os) !== 'ok') return;
      if (best === null) { best = b; return; }
      var t = R.compareVersions(b.torch, best.torch);
      if (t > 0 || (t === 0 && R.compareVersions(b.cuda, best.cuda) > 0)) best = b;
    });
    return best;
  }

  /** The minimum driver of the first release of toolkit X.Y on this OS, or null. */
  function toolkitNeed(data, version, os) {
    var col = os === 'linux' || os === 'unknown' || os === 'macos' ? 'linux' : 'windows';
    for (var i = 0; i < data.toolkits.length; i++) {
      var t = data.toolkits[i];
      if (xy(t.v) === version && t[col]) return t[col];
    }
    return null;
  }

  function floorFor(data, majorVersion, os) {
    var col = os === 'linux' || os === 'unknown' || os === 'macos' ? 'linux' : 'windows';
    for (var i = 0; i < data.floors.length; i++) {
      if (data.floors[i].major === majorVersion) return data.floors[i][col];
    }
    return null;
  }

  /** Compute capability of a listed GPU: the CSV's compute_cap, else the dataset's; null when unknown. */
  function gpuCC(data, facts, name) {
    return has(facts.compute_caps, name) ? facts.compute_caps[name] : lookupGPU(data, name);
  }

  /** The capability of the first listed GPU that has one, or null. */
  function firstCC(data, facts) {
    for (var i = 0; i < facts.gpus.length; i++) {
      var cc = gpuCC(data, facts, facts.gpus[i]);
      if (cc !== null) return cc;
    }
    return null;
  }

  function hasGpuEvidence(facts) {
    return facts.gpus.length > 0 || facts.driver_version !== null;
  }

  /* ---------- diagnose ---------- */

  function finding(severity, code, message, linkKey) {
    return { severity: severity, code: code, message: message, link: LINKS[linkKey || code] };
  }

  function checkRecognized(facts, data, out) {
    if (facts.sources.length) return;
    var head = facts.empty ? '还没有可分析的内容。' : '没有认出这段文字里的 nvidia-smi、nvcc -V 或 PyTorch 输出。';
    out.push(finding('warning', 'not-recognized', head + '请把下面几条命令的完整输出原样粘贴进来：nvidia-smi、nvcc -V，以及 ' +
      'python -c "import torch; print(torch.__version__, torch.version.cuda, torch.cuda.is_available())"' +
      '（也可以改贴 python -m torch.utils.collect_env 的输出）。'));
  }

  function checkNoDriver(facts, data, out) {
    if (facts.no_driver === null) return;
    var message;
    if (facts.no_driver === 'smi-failed') {
      message = 'nvidia-smi 连不上 NVIDIA 驱动（“NVIDIA-SMI has failed because it couldn\'t communicate with the NVIDIA driver”）：' +
        '驱动没有装好，或者内核模块没有加载（常见于内核升级后 DKMS 没有重建、Secure Boot 拒绝加载、nouveau 占着显卡）。' +
        '如果是在 Docker 容器里运行，先确认宿主机上 nvidia-smi 正常，再用 --gpus all 启动容器并装好 NVIDIA Container Toolkit。';
    } else if (facts.no_driver === 'smi-missing') {
      message = '找不到 nvidia-smi 命令（“' + facts.no_driver_text + '”）：这台机器多半还没有安装 NVIDIA 驱动。先安装驱动，装好后 nvidia-smi 应能列出显卡。';
    } else {
      message = 'PyTorch 报告找不到 NVIDIA 驱动（“Found no NVIDIA driver on your system”）：这个环境里没有可用的驱动。先安装驱动并确认 nvidia-smi 能列出显卡。';
    }
    if (facts.os === 'wsl') {
      message += '在 WSL2 里，驱动只装在 Windows 上，WSL 里不要装 Linux 版驱动；nvidia-smi 位于 /usr/lib/wsl/lib。先在 Windows 上更新驱动，再在 PowerShell 里运行 wsl --update 和 wsl --shutdown。';
    }
    out.push(finding('error', 'no-driver', message, facts.os === 'wsl' ? 'no-driver-wsl' : 'no-driver'));
  }

  function checkMismatch(facts, data, out) {
    if (!facts.mismatch) return;
    out.push(finding('error', 'driver-library-mismatch', 'nvidia-smi 报告“Driver/library version mismatch”：驱动的用户态库已经升级，' +
      '但内核里加载的还是旧版本的模块（常见于自动更新之后）。重启机器即可恢复；暂时不能重启时，停掉所有用 GPU 的进程，' +
      '卸载再重新加载 nvidia 内核模块。重启后仍然出现，检查是否混用了几种驱动安装方式。'));
  }

  function checkGpuError(facts, data, out) {
    if (facts.gpu_error === null) return;
    out.push(finding('error', 'gpu-error', 'nvidia-smi 加载了驱动，但访问 GPU 时出错（“' + facts.gpu_error + '”）：常见原因是过热、' +
      '供电不足、PCIe 接触不良（掉卡）或硬件故障。用 dmesg 或 journalctl -k 查看 Xid 报错，检查散热和供电后重启；反复出现就联系硬件厂商。'));
  }

  /** "found version 12080，即驱动最高只支持 CUDA 12.8" for PyTorch's own too-old message, or ''. */
  function torchDriverSaid(facts) {
    var n = facts.torch_driver_old;
    if (n === null) return '';
    return 'found version ' + n + '，即驱动最高只支持 CUDA ' + Math.floor(n / 1000) + '.' + Math.floor((n % 1000) / 10);
  }

  function checkDriverTooOld(facts, data, out) {
    var tc = torchCuda(facts);
    var status = data && facts.driver_version && tc ? driverStatus(data, tc, facts.driver_version, facts.os) : null;
    if (status === 'unsupported') {
      var rule = data.driverRules[tc][RULE_COLUMN[facts.os]];
      var message = '驱动 ' + facts.driver_version + ' 对装的 PyTorch' + (facts.torch_version ? ' ' + facts.torch_version : '') +
        ' 来说太旧：CUDA ' + tc + ' 构建' + NEEDS[facts.os] + rule.need +
        (rule.floor ? '（靠小版本兼容也至少要 ' + rule.floor + '）' : '') + '。' + (facts.os === 'unknown' ? UNKNOWN_OS_NOTE : '') +
        (facts.torch_driver_old !== null ? 'PyTorch 自己也这样报告（' + torchDriverSaid(facts) + '）。' : '');
      var severity = 'error';
      if (facts.cuda_available === true) {
        severity = 'warning';
        message += '不过 PyTorch 报告 CUDA 可用，这通常说明装了 NVIDIA 的前向兼容包（cuda-compat，只适用于数据中心 GPU）；没有装的话仍应升级驱动。';
      } else {
        var best = bestBuildFor(data, firstCC(data, facts), facts.driver_version, facts.os);
        message += best ? '升级驱动；或者改装这个驱动能直接运行的构建，例如 PyTorch ' + best.torch + '（' + best.tag + '）。'
          : '数据集里没有这个驱动能直接运行的 PyTorch 构建，只能升级驱动。';
      }
      out.push(finding(severity, 'driver-too-old-for-torch', message));
    } else if (facts.torch_driver_old !== null) {
      out.push(finding('error', 'driver-too-old-for-torch', 'PyTorch 报告驱动太旧（' + torchDriverSaid(facts) + '）' +
        (tc ? '，而装的 PyTorch 是 CUDA ' + tc + ' 构建' : '') + '：升级驱动，或者改装与驱动匹配的较低 CUDA 版本的 PyTorch 构建。'));
    }
  }

  function checkCpuOnly(facts, data, out) {
    var reason = facts.cpu_reason;
    if (/\+cpu$/.test(facts.torch_version || '')) reason = 'suffix';
    if (reason === null || /\+rocm/.test(facts.torch_version || '')) return;
    if (reason !== 'suffix' && facts.torch_cuda !== null) return;
    var why = reason === 'suffix' ? '版本号 ' + facts.torch_version + ' 带 +cpu 后缀'
      : reason === 'collect' ? 'collect_env 的“CUDA used to build PyTorch”是 ' + facts.cpu_raw
      : reason === 'none' ? 'torch.version.cuda 是 None' : '报错“Torch not compiled with CUDA enabled”';
    if (facts.mac) {
      out.push(finding('warning', 'cpu-only-torch', '这是 macOS 上的 PyTorch（' + why + '）：macOS 没有 CUDA 版 PyTorch，' +
        '要用 NVIDIA GPU，需要在 Linux 或 Windows 机器上安装 CUDA 构建。'));
      return;
    }
    var message = '装的是 CPU 版 PyTorch' + (facts.torch_version && reason !== 'suffix' ? ' ' + facts.torch_version : '') +
      '（' + why + '），它用不了 GPU' + (facts.gpus.length ? '，即使机器上有 ' + facts.gpus[0] : facts.driver_version ? '，即使驱动 ' + facts.driver_version + ' 已经装好' : '') +
      '。卸载后从 PyTorch 的 CUDA 索引重装';
    var cc = data ? firstCC(data, facts) : null;
    var best = data && facts.driver_version ? bestBuildFor(data, cc, facts.driver_version, facts.os) : null;
    message += best ? '：按驱动 ' + facts.driver_version + (cc ? ' 和计算能力 ' + cc : '') + '，可以装 PyTorch ' + best.torch + '（' + best.tag + '），命令：' + best.pip
      : '（用 --index-url 指定 cu 开头的索引，版本按驱动选）。';
    out.push(finding(hasGpuEvidence(facts) ? 'error' : 'warning', 'cpu-only-torch', message));
  }

  /** A driver older than a GPU, or of a branch past the GPU's last, drives it not at all (sentences from the build). */
  /** Each GPU name the paste shows, once, with its compute capability (null when unknown). */
  function distinctGpus(data, facts) {
    var seen = [];
    return facts.gpus.filter(function (name) {
      if (seen.indexOf(name) >= 0) return false;
      seen.push(name);
      return true;
    }).map(function (name) { return [name, gpuCC(data, facts, name)]; });
  }

  function checkGpuDriver(facts, data, out) {
    if (!data || !facts.driver_version) return;
    distinctGpus(data, facts).forEach(function (pair) {
      var name = pair[0], cc = pair[1];
      var refusal = cc === null ? null : R.gpuRefusal(data, cc, facts.driver_version, RULE_COLUMN[facts.os] || 'linux');
      if (refusal) out.push(finding('error', 'driver-cannot-drive-gpu', name + '：' + refusal));
    });
  }

  function checkArch(facts, data, out) {
    var emitted = false;
    var index = data ? findBuild(data, facts) : -1;
    var covered = []; // GPUs the installed build has code for
    var build = null;
    if (index >= 0) {
      build = data.builds[index];
      distinctGpus(data, facts).forEach(function (pair) {
        var name = pair[0], cc = pair[1];
        var verdict = cc !== null && has(data.ccs, cc) ? data.ccs[cc][index] : null;
        if (verdict && verdict[0] !== 'unsupported') covered.push([name, cc]);
        if (!verdict || verdict[0] !== 'unsupported') return;
        var sm = 'sm_' + cc.replace('.', '');
        var best = bestBuildFor(data, cc, facts.driver_version, facts.os);
        out.push(finding('error', 'arch-not-in-build', name + ' 的计算能力是 ' + cc + '（' + sm + '），装的 PyTorch ' + facts.torch_version +
          '（' + build.tag + '）不能在它上面运行：' + data.strings[verdict[1]] + '请改装包含 ' + sm + ' 的构建' +
          (best ? '，例如 PyTorch ' + best.torch + '（' + best.tag + '）' : '') + '。'));
        emitted = true;
      });
    }
    if (emitted) return;
    if (facts.arch_warning !== null) {
      out.push(finding('error', 'arch-not-in-build', 'PyTorch 报告 ' + facts.arch_warning.gpu + '（sm_' + facts.arch_warning.sm + '）' +
        '与当前安装的构建不兼容：这个构建没有为该架构编译代码。请改装包含 sm_' + facts.arch_warning.sm + ' 的较新构建。'));
    } else if (facts.no_kernel_image && covered.length) {
      // The installed PyTorch has code for every GPU here: the message came from something compiled on its own.
      var sm = covered[0][1].replace('.', '');
      out.push(finding('error', 'arch-not-in-build', '输出里有“no kernel image is available for execution on the device”，但装的 PyTorch ' +
        facts.torch_version + '（' + build.tag + '）带有 ' + covered[0][0] + '（sm_' + sm + '）能运行的代码：' +
        '报错来自另一个程序或自己编译的 CUDA 扩展，它编译时没有包含 sm_' + sm + '。重新编译它并加上这个架构' +
        '（PyTorch 扩展设 TORCH_CUDA_ARCH_LIST="' + covered[0][1] + '"，CMake 项目设 CMAKE_CUDA_ARCHITECTURES=' + sm + '），或换用支持这块 GPU 的版本。'));
    } else if (facts.no_kernel_image && !facts.torch_version) {
      out.push(finding('error', 'arch-not-in-build', '输出里有“no kernel image is available for execution on the device”：' +
        '产生它的程序（PyTorch 或其他 CUDA 程序）没有为这块 GPU 的架构编译代码。先查 GPU 的计算能力，' +
        '再换用包含它的版本，或带上这个架构重新编译该程序。'));
    } else if (facts.no_kernel_image) {
      out.push(finding('error', 'arch-not-in-build', 'PyTorch 报告“no kernel image is available for execution on the device”：' +
        '装的构建没有为这块 GPU 的架构编译代码。用 torch.cuda.get_device_capability() 查看计算能力，改装包含它的构建。'));
    }
  }

  function checkToolkit(facts, data, out) {
    if (!data || !facts.nvcc_version || !facts.driver_version) return;
    var version = xy(facts.nvcc_version);
    var need = toolkitNeed(data, version, facts.os);
    if (!need || R.compareVersions(facts.driver_version, need) >= 0) return;
    var answer = R.driverAnswer(data, facts.driver_version, facts.os === 'unknown' || facts.os === 'macos' ? 'linux' : facts.os);
    var floor = floorFor(data, major(version), facts.os);
    var message = 'nvcc 显示系统装的 CUDA Toolkit 是 ' + facts.nvcc_version + '，但 CUDA ' + version + ' ' + NEEDS[facts.os] + need +
      '，这里的驱动是 ' + facts.driver_version + (answer.newest ? '（最高满足 CUDA ' + xy(answer.newest.v) + '）' : '') + '。' +
      (facts.os === 'unknown' ? UNKNOWN_OS_NOTE : '');
    if (floor && R.compareVersions(facts.driver_version, floor) >= 0) {
      message += '同一大版本内的小版本兼容能让多数程序照常运行，但依赖新驱动的功能（如较新 PTX 的 JIT 编译）会失败。';
    } else {
      message += '用它编译的程序运行时会报“CUDA driver version is insufficient for CUDA runtime version”。';
    }
    message += '升级驱动，或者换用不高于驱动支持版本的 Toolkit。';
    out.push(finding('warning', 'toolkit-too-new-for-driver', message));
  }

  function checkUnavailable(facts, data, out) {
    if (facts.cuda_available !== false) return;
    var explained = out.some(function (f) {
      return ['no-driver', 'driver-library-mismatch', 'gpu-error', 'driver-too-old-for-torch', 'cpu-only-torch'].indexOf(f.code) >= 0;
    });
    if (explained) return;
    var tc = torchCuda(facts);
    var message = 'torch.cuda.is_available() 返回 False' +
      (facts.torch_version ? '（PyTorch ' + facts.torch_version + (tc ? '，CUDA ' + tc + ' 构建' : '') + '）' : '') + '。';
    if (facts.init_failed) {
      message += 'PyTorch 提示“CUDA driver initialization failed”：进程里初始化驱动失败。先在同一个环境里运行 nvidia-smi 看驱动是否正常；在容器里要用 --gpus all 启动。';
    } else if (facts.collect_no_gpu) {
      message += 'collect_env 也没读到驱动和 GPU（Could not collect），说明这个环境看不到 NVIDIA 驱动：先在同一个环境里运行 nvidia-smi。';
    } else {
      message += '驱动、构建和显卡看起来都没有问题时，常见原因是 CUDA_VISIBLE_DEVICES 把 GPU 藏起来了（为空或 -1），' +
        '或者运行的不是装包的那个 Python（比如 Jupyter 内核指向了别的环境）。';
    }
    out.push(finding('warning', 'cuda-unavailable', message));
  }

  function checkWsl(facts, data, out) {
    if (facts.os !== 'wsl') return;
    out.push(finding('info', 'wsl', '这是 WSL2 环境：GPU 驱动只装在 Windows 上，WSL 里不要安装 Linux 版 NVIDIA 驱动，' +
      '否则会盖掉 /usr/lib/wsl/lib 里由 Windows 驱动提供的 libcuda。' +
      (facts.driver_version ? 'nvidia-smi 显示的驱动 ' + facts.driver_version + ' 就是 Windows 上装的那个。' : '') +
      '需要 nvcc 时，在 WSL 里只装 CUDA Toolkit（WSL-Ubuntu 专用的 cuda-toolkit 包），不要装 cuda 或 cuda-drivers 元包。'));
  }

  function checkNumbers(facts, data, out) {
    var cv = facts.cuda_version, nv = facts.nvcc_version ? xy(facts.nvcc_version) : null, tc = torchCuda(facts);
    if (!cv && !nv && !tc && !facts.nvcc_missing) return;
    var parts = [];
    if (cv) parts.push('nvidia-smi 右上角的 CUDA Version ' + cv + ' 是驱动' + (facts.driver_version ? ' ' + facts.driver_version : '') + ' 最高能支持的 CUDA 版本，不表示装了 CUDA Toolkit。');
    if (nv) parts.push('nvcc -V 的 ' + facts.nvcc_version + ' 是系统里装的 CUDA Toolkit，只在编译 CUDA 代码（如 PyTorch 扩展）时用到。');
    else if (facts.nvcc_missing) parts.push('没有找到 nvcc（没装 CUDA Toolkit，或者它不在 PATH 里）：只用 pip 或 conda 装的 PyTorch 不需要它，编译 CUDA 扩展时才要装。');
    if (tc) parts.push('torch.version.cuda 的 ' + tc + ' 是 PyTorch 安装包自带的 CUDA 运行时，和系统里的 Toolkit 无关。');
    if (cv && tc) {
      if (R.compareVersions(tc, cv) <= 0) parts.push('PyTorch 的 CUDA ' + tc + ' 不高于驱动支持的 ' + cv + '：匹配。');
      else if (major(tc) === major(cv)) parts.push('PyTorch 的 CUDA ' + tc + ' 高于驱动支持的 ' + cv + '，但大版本相同，靠小版本兼容通常能运行，建议升级驱动。');
      else parts.push('PyTorch 的 CUDA ' + tc + ' 高于驱动支持的 ' + cv + '，而且跨了大版本：要升级驱动，或改装较低 CUDA 版本的构建。');
    }
    if (cv && nv) {
      if (R.compareVersions(nv, cv) <= 0) parts.push('Toolkit ' + nv + ' 不高于驱动支持的 ' + cv + '：匹配。');
      else parts.push('Toolkit ' + nv + ' 高于驱动支持的 ' + cv + '：用它编译的程序可能运行不了。');
    }
    if (nv && tc) {
      if (major(nv) === major(tc)) parts.push('Toolkit 和 PyTorch 的 CUDA 大版本一致（' + major(nv) + '），编译 PyTorch 扩展没有问题。');
      else parts.push('Toolkit ' + nv + ' 和 PyTorch 的 CUDA ' + tc + ' 大版本不同：不影响 PyTorch 本身，但编译 PyTorch 的 CUDA 扩展时会报版本不一致。');
    }
    out.push(finding('info', 'cuda-numbers', parts.join('')));
  }

  /** Findings for parsed facts, worst first; data is window.GPUKB_COMPAT (checks that need it are skipped without it). */
  function diagnose(facts, data) {
    var out = [];
    checkRecognized(facts, data, out);
    checkNoDriver(facts, data, out);
    checkMismatch(facts, data, out);
    checkGpuError(facts, data, out);
    checkGpuDriver(facts, data, out);
    checkDriverTooOld(facts, data, out);
    checkCpuOnly(facts, data, out);
    checkArch(facts, data, out);
    checkToolkit(facts, data, out);
    checkUnavailable(facts, data, out);
    checkWsl(facts, data, out);
    checkNumbers(facts, data, out);
    return out.map(function (f, i) { return [f, i]; })
      .sort(function (a, b) { return (SEVERITY_ORDER[a[0].severity] - SEVERITY_ORDER[b[0].severity]) || (a[1] - b[1]); })
      .map(function (p) { return p[0]; });
  }

  /** The result JSON shared with check_env.py. */
  function analyze(text, data) {
    var facts = parseReport(text);
    return {
      recognized: facts.sources.length > 0,
      sources: facts.sources,
      driver_version: facts.driver_version,
      cuda_version: facts.cuda_version,
      gpus: facts.gpus,
      gpu_count: facts.gpu_count,
      os: facts.os,
      torch_version: facts.torch_version,
      torch_cuda: facts.torch_cuda,
      cuda_available: facts.cuda_available,
      nvcc_version: facts.nvcc_version,
      findings: diagnose(facts, data || null)
    };
  }

  /* ---------- DOM ---------- */

  var FACT_ROWS = [
    ['sources', '认出的输出'], ['driver_version', '驱动版本'], ['cuda_version', '驱动支持的最高 CUDA'], ['gpus', 'GPU'],
    ['gpu_count', 'GPU 数量'], ['os', '系统'], ['torch_version', 'PyTorch'], ['torch_cuda', 'PyTorch 的 CUDA'],
    ['cuda_available', 'torch.cuda.is_available()'], ['nvcc_version', 'nvcc（CUDA Toolkit）']
  ];
  var SEVERITY_LABEL = { error: '错误', warning: '警告', info: '说明' };

  function el(doc, tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function shown(key, value) {
    if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return '—';
    if (key === 'os') return { linux: 'Linux', windows: 'Windows', wsl: 'WSL2', macos: 'macOS', unknown: '未能判断' }[value];
    if (Array.isArray(value)) return value.join('、');
    return String(value);
  }

  function render(doc, factsOut, findingsOut, result, root) {
    while (factsOut.firstChild) factsOut.removeChild(factsOut.firstChild);
    while (findingsOut.firstChild) findingsOut.removeChild(findingsOut.firstChild);
    var dl = el(doc, 'dl', 'diagnose-facts');
    FACT_ROWS.forEach(function (row) {
      dl.appendChild(el(doc, 'dt', null, row[1]));
      dl.appendChild(el(doc, 'dd', null, shown(row[0], result[row[0]])));
    });
    factsOut.appendChild(dl);
    var list = el(doc, 'ul', 'diagnose-findings');
    result.findings.forEach(function (f) {
      var item = el(doc, 'li', 'finding finding-' + f.severity);
      item.setAttribute('data-code', f.code);
      var head = el(doc, 'p', 'finding-head');
      head.appendChild(el(doc, 'span', 'badge finding-severity', SEVERITY_LABEL[f.severity]));
      item.appendChild(head);
      item.appendChild(el(doc, 'p', 'finding-message', f.message));
      if (f.link) {
        var p = el(doc, 'p', 'finding-link');
        var a = el(doc, 'a', null, '怎么解决 →');
        a.setAttribute('href', root + f.link);
        p.appendChild(a);
        item.appendChild(p);
      }
      list.appendChild(item);
    });
    findingsOut.appendChild(list);
    var query = resolverQuery(result);
    if (query) {
      var open = el(doc, 'p', 'resolver-link');
      var link = el(doc, 'a', null, '在版本选择器中打开这台机器 →');
      link.id = 'diagnose-open-resolver';
      link.setAttribute('href', root + 'resolve/index.html' + query);
      open.appendChild(link);
      findingsOut.appendChild(open);
    }
    // Only on the reader's click, and only GPU, driver and OS: the paste itself is never stored.
    var site = doc.defaultView && doc.defaultView.GPUKB;
    var profile = profileOf(result);
    if (site && site.saveProfile && profile) {
      var save = el(doc, 'button', 'profile-save', '记住这台机器（' + site.profileLabel(profile) + '）');
      save.type = 'button';
      save.id = 'diagnose-save-profile';
      save.addEventListener('click', function () {
        var kept = site.saveProfile(doc.defaultView, profile);
        save.textContent = kept ? '已记住：各页会按这台机器显示' : '浏览器没有保存（可能禁用了本地存储）';
        save.disabled = kept;
      });
      findingsOut.appendChild(save);
    }
  }

  /** The machine a paste showed, as the site's saved profile ({gpu, driver, os}), or null without GPU or driver. */
  function profileOf(result) {
    if (!result.gpus.length && !result.driver_version) return null;
    var profile = {};
    if (result.gpus.length) profile.gpu = result.gpus[0].replace(/ *(?:\.\.\.|\u2026)$/, '');
    if (result.driver_version) profile.driver = result.driver_version;
    var os = { linux: 'linux', windows: 'windows', wsl: 'wsl2', macos: 'macos' }[result.os];
    if (os) profile.os = os;
    return profile;
  }

  /** The resolver's query string for what the paste showed (GPU, driver, OS), or null without a GPU. */
  function resolverQuery(result) {
    if (!result.gpus.length) return null;
    var os = { linux: 'linux', windows: 'windows', wsl: 'wsl2', macos: 'macos' }[result.os] || 'linux';
    // nvidia-smi cuts long names ("NVIDIA GeForce RTX 4070 ..."): the resolver gets the part it printed.
    var gpu = result.gpus[0].replace(/ *(?:\.\.\.|\u2026)$/, '');
    return R.buildQuery({ gpu: gpu, os: os, driver: result.driver_version || '', python: '', pm: 'pip' });
  }

  /** Wires the diagnose page. The pasted text never leaves the page: no URL, no storage, no network (only the GPU, driver
   and OS it showed are kept, and only when the reader asks to). */
  function init(doc, win) {
    var input = doc.getElementById('diagnose-input');
    var button = doc.getElementById('diagnose-run');
    var factsOut = doc.getElementById('diagnose-facts');
    var findingsOut = doc.getElementById('diagnose-findings');
    if (!input || !factsOut || !findingsOut) return;
    var data = win.GPUKB_COMPAT || null;
    var dataset = doc.documentElement && doc.documentElement.dataset;
    var root = dataset && typeof dataset.root === 'string' ? dataset.root : '../';
    var timer = null;
    function run() {
      if (timer !== null) { win.clearTimeout(timer); timer = null; }
      render(doc, factsOut, findingsOut, analyze(input.value, data), root);
    }
    if (input.form) input.form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
    if (button) {
      if (button.tagName === 'BUTTON') button.type = 'button';
      button.addEventListener('click', run);
    }
    input.addEventListener('input', function () {
      if (timer !== null) win.clearTimeout(timer);
      timer = win.setTimeout(run, 300);
    });
    if (input.value) run();
  }

  return {
    normalizeText: normalizeText, splitLines: splitLines, parseReport: parseReport, lookupGPU: lookupGPU,
    findBuild: findBuild, driverStatus: driverStatus, bestBuildFor: bestBuildFor,
    diagnose: diagnose, analyze: analyze, resolverQuery: resolverQuery, profileOf: profileOf, init: init
  };
});

/* gpukb diagnose page. Classic script, loaded after resolve.js; reads window.GPUKB_COMPAT (resolve/compat-data.js).
   A reader pastes what nvidia-smi, nvcc -V, collect_env or a torch print showed; parseReport pulls the facts out,
   diagnose compares them with the dataset the build materialized. content/downloads/check_env.py is the same
   parser in Python, function for function, and both must give identical JSON for the vectors in
   Tests/Fixtures/env-reports/vectors.json. Neither holds a rule: the rules are content/data/compat/diagnosis.yaml,
   shipped by the build as GPUKB_COMPAT.diagnosis; both compute the features those rules test and evaluate them. */
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

  var SOURCES = ['nvidia-smi', 'nvidia-smi-csv', 'nvcc', 'collect_env', 'torch-print', 'package-list', 'docker', 'driver-log', 'env-list'];
  var RULE_COLUMN = { linux: 'linux', windows: 'windows', wsl: 'wsl2', unknown: 'linux', macos: 'linux' };
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

  var COLLECT_LABELS = / (?=(?:PyTorch version|Is debug build|CUDA used to build PyTorch|ROCM used to build PyTorch|OS|GCC version|Clang version|CMake version|Libc version|Python version|Python platform|Is CUDA available|CUDA runtime version|CUDA_MODULE_LOADING set to|GPU models and configuration|Nvidia driver version|cuDNN version|HIP runtime version|MIOpen runtime version|Is XNNPACK available|Versions of relevant libraries) *:)/g;

  var COLLECT_BANNER = /^ *(Collecting environment information\.\.\.) +(\S.*)$/;

  /* Stable Diffusion WebUI's sysinfo JSON ("Torch env info") holds collect_env's fields under their Python names. */
  var SYSINFO = /^ *"(torch_version|is_debug_build|cuda_compiled_version|os|python_version|python_platform|is_cuda_available|cuda_runtime_version|nvidia_driver_version|nvidia_gpu_models|cudnn_version)": *(?:null|"((?:[^"\\]|\\.)*)") *,? *$/;
  var SYSINFO_LABELS = {
    torch_version: 'PyTorch version', is_debug_build: 'Is debug build', cuda_compiled_version: 'CUDA used to build PyTorch', os: 'OS',
    python_version: 'Python version', python_platform: 'Python platform', is_cuda_available: 'Is CUDA available',
    cuda_runtime_version: 'CUDA runtime version', nvidia_driver_version: 'Nvidia driver version',
    nvidia_gpu_models: 'GPU models and configuration', cudnn_version: 'cuDNN version'
  };

  /** A collect_env report whose newlines were lost (copied from a web page) becomes one line per field again, and
      so does its banner when the first field was glued to it; a sysinfo JSON field becomes the line collect_env prints. */
  function unfold(line) {
    var out = [], banner;
    var json = line.length < 4000 ? SYSINFO.exec(line) : null;
    if (json) {
      var value = json[2] === undefined ? 'Could not collect' : json[2].replace(/\\(.)/g, function (m, c) { return c === 'n' ? '\n' : c; });
      var parts = value.split('\n');
      return [SYSINFO_LABELS[json[1]] + ': ' + (parts.length > 1 ? '' : value)].concat(parts.length > 1 ? parts : []);
    }
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
      sources: [], driver_version: null, cuda_version: null, gpus: [], gpu_count: null, os: 'unknown', cpu: null,
      torch_version: null, torch_cuda: null, cuda_available: null, nvcc_version: null,
      empty: true, compute_caps: {}, nvcc_missing: null, cpu_reason: null, cpu_raw: null, mac: false,
      no_driver: null, no_driver_text: null, mismatch: false, gpu_error: null, torch_driver_old: null,
      init_failed: false, collect_no_gpu: false, arch_warning: null, cap_warning: null, no_kernel_image: false,
      no_cuda_gpus: false, gpus_busy: false, ptx_toolchain: false, system_not_ready: false, driver_behind: null, compat_mismatch: false,
      container_error: null, container_cuda: null, smi_mismatch: false, attached: null, in_container: false, fm_version: null, fm_driver: null,
      cuda_lib: null, cuda_lib_kind: null, cuda_lib_soft: false, cuda_unknown: false, wsl_ldconfig: false, torch_driver_too_old: false, paddle_arch: null,
      paddle_archs: null, remap_at: -1, nvcc_arch: null, nvcc_arch_tool: null, nvcc_arch_path_cuda: null, cudnn_loaded: null, cudnn_built: null, trt_sm: null, ort_cpu: false, nvenc_need: null, nvenc_have: null,
      lib_cc: null, lib_cc_need: null, lib_cc_tool: null, kokkos_arch: false, nvls_failed: false, stub_libcuda: false, cpu_pkg: null,
      ngc_need: null, ngc_driver: null, ngc_unavailable: false, fm_failed: false, omni: false, omni_driver: null, omni_below: null, omni_rec: null,
      python: null
    };
  }

  function addSource(facts, kind) { if (facts.sources.indexOf(kind) < 0) facts.sources.push(kind); }

  function has(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }

  function setOnce(facts, key, value) { if (facts[key] === null && value !== null && value !== undefined) facts[key] = value; }

  /* A GPU row's bus id, also when the paste was cut inside it ("00000000:0"). */
  var BUS_ID_START = /\| *[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]/;

  /** Header and GPU rows of the nvidia-smi table. */
  /** A paste cut off inside its first GPU row ("|   0  NVIDIA GB10   On" as its last line, after the column header) still names the GPU. */
  function parseSmiTable(lines, facts, found) {
    var header = false, last = lines.length - 1;
    while (last >= 0 && !lines[last].trim()) last--;
    lines.forEach(function (line, number) {
      if (line.indexOf('Persistence-M') >= 0) header = true;
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
      if (number === last && header && !found.table.length) {
        var cut = /^\| +[0-9]+ +(.+?) +(?:On|Off|WDDM|TCC|MCDM|N\/A) *$/.exec(line);
        if (cut) found.table.push(cut[1]);
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

  /** Ultralytics' start-up line: "Ultralytics YOLOv8.1.3 Python-3.10.11 torch-2.1.0+cpu CPU" (or cut after the
      version), or with
      "torch-2.0.1+cu118 CUDA:0 (NVIDIA GeForce RTX 3060, 12288MiB)". The first one counts. */
  function parseBanner(lines, facts, found) {
    for (var i = 0; i < lines.length; i++) {
      var m = /^(?:Ultralytics|YOLOv[0-9]).{0,80}? torch-([0-9]{1,2}\.[0-9]{1,3}\.[0-9]{1,3}(?:\+[A-Za-z0-9.]+)?)(?: CPU\b| CUDA:[0-9]+ \(([^,()]{1,80}), [0-9]+MiB\)| *$)/.exec(lines[i]);
      if (m) {
        addSource(facts, 'torch-print');
        setOnce(facts, 'torch_version', m[1]);
        if (m[2] && !found.torch.length) found.torch.push(trimSpaces(m[2]));
        return;
      }
    }
  }

  /** conda list, pip list, pip show and pip freeze: which PyTorch is installed, and whether conda picked its CPU build.
      Not inside collect_env, whose own fields say the same (its "[conda] …" lines list what is installed beside them). */
  function parsePackageList(lines, facts) {
    if (isCollectEnv(lines)) return;
    var cpu = null, seen = false, m;
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      // conda: "pytorch  1.11.0  py3.8_cuda11.3_cudnn8.2.0_0  pytorch", "pytorch 2.1.2 cuda118_py310h…" (conda-forge),
      // "pytorch 1.11.0 py3.8_cpu_0", "pytorch 2.1.0 cpu_generic_py311h…".
      // Only the first such line counts: a paste of "before" and "after" lists describes the first machine state.
      // conda's install plan says the same: "pytorch-nightly/win-64::pytorch-1.11.0.dev20211001-py3.6_cpu_0", and in
      // its download list "pytorch-1.7.1 | cpu_py37hf1c21f6_1".
      if ((m = /^pytorch +([0-9]{1,2}\.[0-9]{1,3}(?:\.[0-9]{1,3})?) +([A-Za-z0-9_.]+)(?: +[A-Za-z0-9_./:-]+)?$/.exec(line) ||
               /::pytorch(?:-nightly)?-([0-9]{1,2}\.[0-9]{1,3}[0-9A-Za-z.+]*)-([A-Za-z0-9_.]+)$/.exec(line) ||
               /^pytorch-([0-9]{1,2}\.[0-9]{1,3}[0-9A-Za-z.+]*) *\| *([A-Za-z0-9_.]+)(?: |$)/.exec(line))) {
        addSource(facts, 'package-list');
        if (seen) continue;
        seen = true;
        setOnce(facts, 'torch_version', m[1]);
        var build = m[2], cu;
        if ((cu = /(?:^|_)cuda([0-9]{1,2})\.([0-9])/.exec(build))) setOnce(facts, 'torch_cuda', parseInt(cu[1], 10) + '.' + cu[2]);
        else if ((cu = /^cuda([0-9]{1,2})([0-9])_/.exec(build))) setOnce(facts, 'torch_cuda', parseInt(cu[1], 10) + '.' + cu[2]);
        else if (/(?:^|_)cpu(?:_|$)/.test(build)) cpu = build; // the build string says more than cpuonly or pytorch-mutex
      } else if ((m = /^(?:torch +|torch==|Version: +(?=[0-9].*$))([0-9]{1,2}\.[0-9]{1,3}\.[0-9]{1,3}(?:[a-z]+[0-9]*)?(?:\+[A-Za-z0-9.]+)?)(?: +(?:pypi_0 +pypi|<pip>))?$/.exec(line)) &&
                 (m[0].indexOf('Version:') !== 0 || (i > 0 && /^Name: +torch$/.test(lines[i - 1])))) {
        // pip list "torch 2.1.0+cu121", pip freeze "torch==2.1.0+cu121", pip show "Name: torch" then "Version: …",
        // conda list's pip-installed "torch 2.7.0 pypi_0 pypi".
        addSource(facts, 'package-list');
        setOnce(facts, 'torch_version', m[1]);
      } else if (/^cpuonly +[0-9.]+ +[A-Za-z0-9_]+ +pytorch$/.test(line) || /^pytorch-mutex +[0-9.]+ +cpu +pytorch$/.test(line)) {
        addSource(facts, 'package-list');
        if (cpu === null) cpu = line.split(/ +/)[0];
      } else if ((m = /^pytorch-cuda +([0-9]{1,2}\.[0-9]) +[A-Za-z0-9_]+ +(?:pytorch|nvidia)$/.exec(line))) {
        addSource(facts, 'package-list');
        setOnce(facts, 'torch_cuda', m[1]);
      }
    }
    if (cpu !== null && facts.torch_cuda === null && facts.cpu_reason === null) { facts.cpu_reason = 'conda'; facts.cpu_raw = cpu; }
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

  /** The Python X.Y the paste shows: collect_env's (and ComfyUI's) "Python version:" line, an issue template's
      "- Python: 3.12.3" (or "- **Python:** 3.11.15"), or the interpreter's banner and `python --version` ("Python
      3.9.16 (main, ...)"); and an issue template's "- PyTorch: 2.8.0+cu128" (or "- **PyTorch version:** …"). */
  function parseShownVersions(lines, facts) {
    lines.forEach(function (line) {
      var m = /^(?:[-*] *)?\**Python(?: version)?\** *: *\** *([0-9]{1,2}\.[0-9]{1,3})(?![0-9])/i.exec(line) || /^Python ([0-9]{1,2}\.[0-9]{1,3})\.[0-9]{1,3}[a-z0-9+]*(?: \(|$)/.exec(line);
      if (m) setOnce(facts, 'python', m[1]);
      m = /^[-*] *\**(?:PyTorch|torch)(?: version)?\** *: *\** *([0-9]{1,2}\.[0-9]{1,3}\.[0-9]{1,3}(?:\+[A-Za-z0-9.]{1,20})?) *$/i.exec(line);
      if (m) setOnce(facts, 'torch_version', m[1]);
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
    ['torch_version', /^(?:[-*] +)?(?:torch|pytorch|torch version|pytorch version|torch\.__version__|torch_version|__version__)(?: \(e\.g\.[^)]{0,30}\))? *[:=] *('?[0-9][0-9A-Za-z.+_-]*'?)$/i],
    ['torch_cuda', /^(?:[-*] +)?(?:torch\.version\.cuda|torch cuda|torch cuda version|torch_cuda|torch\.cuda\.version) *[:=] *('?[0-9]{1,3}\.[0-9]{1,3}'?|None)$/i],
    ['cuda_available', /^(?:[-*] +)?(?:torch\.cuda\.is_available\(\)|cuda available|cuda_available|cuda is available|is_available(?:\(\))?) *[:=] *(True|False)$/i]
  ];

  // A device name printed with a label, or typed in an issue template's list ("- GPU: NVIDIA GeForce RTX 5090 (32GB)");
  // the bare labels count only with a name that looks like an NVIDIA GPU's, without a trailing note in brackets.
  var DEVICE_NAME = /^(?:[-*] +)?(?:CUDA device name|Device name|GPU name|torch\.cuda\.get_device_name\([0-9]?\)|(GPU|GPU model|GPU models and configuration \(e\.g\.[^)]{0,30}\)|Graphics card)) *[:=] *(.+)$/i;
  var NVIDIA_NAME = /\b(?:NVIDIA|GeForce|RTX|GTX|Tesla|Quadro|TITAN|Jetson)\b|^[ABHLTV][0-9]{1,3}\b/i;
  // A driver typed in such a list: "- Driver: 570.181", "NVIDIA driver version (e.g. 535): 535.54", "(Driver 570.181)".
  var TYPED_DRIVER = /^[-*] +(?:NVIDIA |Nvidia )?(?:GPU )?[Dd]river(?: [Vv]ersion)?(?: \(e\.g\.[^)]{0,30}\))? *[:=] *([0-9]{3}\.[0-9]{1,3}(?:\.[0-9]{1,3})?)\b|\(Driver ([0-9]{3}\.[0-9]{1,3}(?:\.[0-9]{1,3})?)\)/;
  var DEVICE_NAME_CALL = /print\(torch\.cuda\.get_device_name\([0-9]*\)\)/g;

  /** A printed torch.__version__ / torch.version.cuda / torch.cuda.is_available(), in the REPL, from python -c, or labelled. */
  function parseTorchPrint(lines, facts, found) {
    var seen = false, collect = isCollectEnv(lines);
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i], labelled = false;
      for (var k = 0; k < LABELLED.length; k++) {
        if (collect && /^PyTorch version\b/i.test(line)) break;
        var m = LABELLED[k][1].exec(line);
        if (m) { takeTorchValue(facts, LABELLED[k][0], m[1]); labelled = true; if (/^[-*] /.test(line)) addSource(facts, 'env-list'); else seen = true; }
      }
      if (labelled) continue;
      var named = DEVICE_NAME.exec(line);
      if (named && (!named[1] || NVIDIA_NAME.test(named[2]))) {
        found.torch.push(trimSpaces(named[1] ? named[2].replace(/ *\([^()]*\)$/, '') : named[2]));
        if (/^[-*] /.test(line)) addSource(facts, 'env-list'); else seen = true;
        continue;
      }
      var typed = TYPED_DRIVER.exec(line);
      if (typed) { setOnce(facts, 'driver_version', typed[1] || typed[2]); addSource(facts, 'env-list'); }
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

  // Messages that each say one thing: [pattern, the output it comes from, the fact, its value]. A fact already set
  // keeps its value; the same table is in check_env.py.
  var SIGNALS = [
    [/CUDA driver initialization failed/i, 'torch-print', 'init_failed', true],
    // cuInit's own failure (CUDA_ERROR_NOT_INITIALIZED, 3), as Ollama and CUDA's API print it.
    [/cuda driver library init failure: 3\b|CUDA_ERROR_NOT_INITIALIZED|cudaErrorInitializationError/i, 'torch-print', 'init_failed', 'cuinit'],
    // nvidia-settings and X's log: the user-space driver is there, its kernel module is not.
    [/NVIDIA driver is not loaded/i, 'nvidia-smi', 'no_driver', 'not-loaded'],
    [/No CUDA GPUs are available/i, 'torch-print', 'no_cuda_gpus', 'torch'],
    [/no CUDA-capable device is detected|CUDA_ERROR_NO_DEVICE|cudaErrorNoDevice|no CUDA devices found|no nvidia devices detected by library/i, 'torch-print', 'no_cuda_gpus', 'cuda'],
    // NVML's name for the mismatch nvidia-smi prints as "Driver/library version mismatch".
    [/NVML_ERROR_LIB_RM_VERSION_MISMATCH/i, 'nvidia-smi', 'mismatch', true],
    // The kernel's words for the same mismatch (dmesg).
    [/NVRM: API mismatch: the client has the version/i, 'driver-log', 'mismatch', true],
    // The nvidia-uvm module (and its /dev/nvidia-uvm) missing: no CUDA without it.
    [/Could not load UVM kernel module|"\/dev\/nvidia-uvm": no such file or directory|\/dev\/nvidia-uvm: no such file or directory|could not insert 'nvidia[-_a-z0-9]{0,20}uvm'/i, 'docker', 'no_driver', 'uvm'],
    // The open kernel module refusing a GPU it cannot drive (no GSP before Turing; early releases: data center only).
    [/NVRM: .{0,80}not supported by open|Open nvidia\.ko is only ready for use on Data Center GPUs/i, 'driver-log', 'no_driver', 'open-module'],
    // CUDA's unknown error at initialisation: most often the driver lost the GPU over a suspend and resume.
    [/CUDA unknown error|CUDA_ERROR_UNKNOWN|cudaErrorUnknown|cudaGetDeviceCount returned 30\b|\(30 vs\. 0\) unknown error/i, 'torch-print', 'cuda_unknown', true],
    // PyTorch saying CUDA is unavailable while loading a checkpoint saved on a GPU.
    [/Attempting to deserialize object on a CUDA device but torch\.cuda\.is_available\(\) is False/i, 'torch-print', 'cuda_available', false],
    // "The NVIDIA driver on your system is too old", with or without the version it found.
    [/The NVIDIA driver on your system is too old/i, 'torch-print', 'torch_driver_too_old', true],
    // WSL's ldconfig on the Windows driver's copies of libcuda: harmless.
    [/ldconfig: \/usr\/lib\/wsl\/lib\/libcuda\.so\.1 is not a symbolic link/i, 'driver-log', 'wsl_ldconfig', true],
    // The driver's video libraries (NVDEC, NVENC), which the container runtime mounts only with the video capability.
    [/Cannot load libnvcuvid\.so|Cannot load libnvidia-encode\.so|lib(?:nvcuvid|nvidia-encode)\.so(?:\.1)?: cannot open shared object file/i, 'torch-print', 'container_error', 'no-video-libs'],
    // The driver's JIT (or ptxas) refusing PTX from a newer CUDA: "Unsupported .version 8.1; current version is '8.0'".
    [/the provided PTX was compiled with an unsupported toolchain|Unsupported \.version [0-9]+\.[0-9]+; current version is|CUDA_ERROR_UNSUPPORTED_PTX_VERSION|cudaErrorUnsupportedPtxVersion/i, 'torch-print', 'ptx_toolchain', true],
    [/a PTX JIT compilation failed/i, 'torch-print', 'ptx_toolchain', 'jit'],
    // NCCL setting up NVLink SHARP (NVLS) on an NVSwitch system: fails after Fabric Manager was restarted under it.
    [/transport\/nvls\.cc:[0-9]{1,5} NCCL WARN Cuda failure (?:[0-9]{1,4} )?'invalid argument'/i, 'torch-print', 'nvls_failed', true],
    // The CUDA Toolkit's stub libcuda (for linking only) loaded instead of the driver's.
    [/\/stubs\/libcuda\.so(?:\.1)?: |CUDA driver is a stub library|cudaErrorStubLibrary|CUDA_ERROR_STUB_LIBRARY/i, 'torch-print', 'stub_libcuda', true],
    // Kokkos (LAMMPS, Trilinos) compiled for another GPU architecture than the one it runs on.
    [/Kokkos::Cuda::initialize ERROR: (?:likely mismatch of architecture|running kernels compiled for compute capability)/i, 'torch-print', 'kokkos_arch', true],
    // A program's own words for finding no GPU (DeepSpeed's launcher, Unsloth, COLMAP's device count).
    [/Unable to proceed, no GPU resources available|Unsloth: No NVIDIA GPU found|Check failed: num_cuda_devices > 0 \(0 vs\. 0\)|Compiled with WITH_GPU, but no GPU found in runtime/i, 'torch-print', 'no_cuda_gpus', 'program'],
    // DGL's CPU package.
    [/Device API cuda is not enabled\. Please install the cuda version of dgl/i, 'torch-print', 'cpu_pkg', 'dgl'],
    // JAX with a CPU-only jaxlib.
    [/a CUDA-enabled jaxlib is not installed\. Falling back to cpu/i, 'torch-print', 'cpu_pkg', 'jax'],
    // XLA's (TensorFlow's, JAX's) words for the driver/library mismatch: "kernel version 515.48.7 does not match DSO version 510.73.5".
    [/kernel version [0-9]{2,4}(?:\.[0-9]{1,3}){1,2} does not match DSO version [0-9]{2,4}(?:\.[0-9]{1,3}){1,2}/i, 'torch-print', 'mismatch', 'dso'],
    // An NVIDIA (NGC) container's start-up check: the host driver is older than the container needs, without forward compatibility.
    [/compatibility mode is UNAVAILABLE/i, 'docker', 'ngc_unavailable', true],
    // Omniverse's (Isaac Sim's) driver check.
    [/The currently installed NVIDIA graphics driver is unsupported or has known issues/i, 'torch-print', 'omni', true],
    // CUDA error 35 and 804: the program's CUDA runtime is newer than the driver (804: forward compatibility tried on a
    // GPU that does not support it); 803: the user-mode CUDA driver and the kernel driver do not match.
    [/CUDA driver version is insufficient for CUDA runtime version|InsufficientDriver|CUDA_ERROR_INSUFFICIENT_DRIVER/i, 'torch-print', 'driver_behind', 'insufficient'],
    [/NVIDIA Insufficient driver/i, 'torch-print', 'driver_behind', 'insufficient-words'],
    [/forward compatibility was attempted on non supported HW|cudaErrorCompatNotSupportedOnDevice/i, 'torch-print', 'driver_behind', 'forward-compat'],
    [/system has unsupported display driver \/ cuda driver combination|cudaErrorSystemDriverMismatch/i, 'torch-print', 'compat_mismatch', true],
    // Docker and the NVIDIA Container Toolkit.
    [/could not select device driver "[A-Za-z0-9_.-]*" with capabilities: \[(?:\[gpu\])?\]/i, 'docker', 'container_error', 'no-gpu-driver'],
    [/nvidia-container-cli: initialization error: WSL environment detected but no adapters were found/i, 'docker', 'container_error', 'wsl-no-adapters'],
    [/unknown or invalid runtime name: nvidia|Unknown runtime specified nvidia/i, 'docker', 'container_error', 'no-runtime'],
    // containerd or CRI-O on a Kubernetes node with no nvidia runtime for the pod's RuntimeClass.
    [/no runtime for "nvidia" is configured/i, 'docker', 'container_error', 'no-runtime-cri'],
    // The nvidia-fabricmanager service failing to start (or timing out) on an NVSwitch machine.
    [/Failed to start (?:the )?NVIDIA fabric ?manager|service\[nvidia-fabricmanager\][^\n]{0,80}(?:had an error|timed out)|nvidia-fabricmanager\.service: (?:Failed|Main process exited, code=exited, status=[1-9])/i, 'driver-log', 'fm_failed', true],
    // The Kubernetes device plugin (or a program in a container) cannot load NVML: the runtime mounted no driver.
    [/could not load NVML library/i, 'docker', 'container_error', 'no-nvml'],
    // nvidia-container-cli's NVML finds the host's driver not loaded: the fault is on the host.
    [/nvidia-container-cli: initialization error: nvml error: driver not loaded/i, 'docker', 'no_driver', 'container-host'],
    [/nvidia-container-cli: initialization error: load library failed: libnvidia-ml\.so/i, 'docker', 'container_error', 'no-driver-libs'],
    // The CUDA driver library (libcuda, installed with the driver) is not where the loader looks.
    [/Failed to dlopen libcuda\.so|libcuda\.so(?:\.1)?: cannot open shared object file|Could not load dynamic library 'libcuda\.so|Cannot load libcuda\.so|Unable to find cuda lib under the names/i, 'torch-print', 'no_driver', 'libcuda'],
    // WSL2 and Hyper-V GPU-PV guests: Windows withholds the GPU.
    [/GPU access blocked by the operating system/i, 'nvidia-smi', 'no_driver', 'blocked'],
    // dmesg: another driver (nouveau) holds the GPU, so the NVIDIA module never attached to it.
    [/NVRM: The NVIDIA probe routine was not called|NVRM: No NVIDIA (?:graphics adapter|GPU) (?:probed|found)/i, 'driver-log', 'no_driver', 'not-probed'],
    // Exclusive compute mode with the GPU taken, or a GPU another process holds.
    [/all CUDA-capable devices are busy or unavailable|cudaErrorDevicesUnavailable/i, 'torch-print', 'gpus_busy', true],
    // CUDA error 802 (cudaErrorSystemNotReady), in CUDA's words or PyTorch's "cuda runtime error (802)".
    [/system not yet initialized|cudaErrorSystemNotReady|CUDA error 802\b|runtime error \(802\)/i, 'torch-print', 'system_not_ready', true],
    [/no kernel image is available for execution on the device/i, 'torch-print', 'no_kernel_image', true]
  ];

  var CUDA_LIB = new RegExp("(lib(?:cudart|cublas|cublasLt|cufft|curand|cusparse|cusparseLt|cusolver|cudnn[A-Za-z_]{0,30}|nvrtc|nvToolsExt|nvJitLink|nccl|cupti|cudss|nvinfer[A-Za-z_]{0,30})\\.so(?:\\.[0-9]+)*): cannot open shared object file"
    + "|Could not load dynamic library '((?:lib(?:cudart|cublas|cublasLt|cufft|curand|cusparse|cusolver|cudnn[A-Za-z_]{0,30}|nvinfer[A-Za-z_]{0,30})\\.so[.0-9]*)|(?:cu[a-zA-Z]{1,20}64_[0-9]+\\.dll))'"
    + "|Could not (?:load library|locate) ((?:cudnn[A-Za-z_0-9]{0,30}|zlibwapi)\\.dll)"
    + '|Error loading "[^"]{0,300}\\\\torch\\\\lib\\\\([A-Za-z0-9_.-]{1,60}\\.dll)" or one of its dependencies'
    // CTranslate2 (faster-whisper), cuDNN 9's own loader and PaddlePaddle name the library too.
    + "|Library ((?:lib)?(?:cublas|cublasLt|cudnn[A-Za-z_]{0,30}|cudart|cufft|curand)(?:64_[0-9]{1,3}\\.dll|\\.so(?:\\.[0-9]+)*)) is not found or cannot be loaded"
    + "|Unable to load any of \\{(libcudnn[A-Za-z_]{0,30}\\.so(?:\\.[0-9]+)*)"
    + "|The third-party dynamic library \\(((?:lib)?[A-Za-z0-9_]{1,40}(?:\\.dll|\\.so(?:\\.[0-9]+)*))(?:;[A-Za-z0-9_.]{1,40}){0,4}\\) that Paddle depends on is not configured correctly"
    // libgpuarray (Theano) and others that name the Windows DLL in quotes.
    + '|Could not load "((?:nvrtc|cudart|cublas|cublasLt|cufft|curand|cusolver|cusparse|cudnn)[A-Za-z_]{0,30}64_[0-9]{1,3}\\.dll)"', 'i');

  /** Error messages from nvidia-smi, NVML and PyTorch. */
  /** The [CC, lowest hardware CC] pairs the newer capability warning that starts at lines[i] lists, up to the next
      GPU's warning or its closing advice. */
  function builtCapabilities(lines, i) {
    var built = [];
    for (var k = i; k < lines.length && k < i + 24; k++) {
      if (k > i && /Found GPU[0-9]+ /.test(lines[k])) break;
      var re = /([0-9]{1,2}\.[0-9]) which supports hardware CC >=([0-9]{1,2}\.[0-9])/g, m;
      while ((m = re.exec(lines[k])) !== null) built.push([m[1], m[2]]);
      if (/install a PyTorch release that supports/i.test(lines[k])) break;
    }
    return built;
  }

  function detectErrors(lines, facts) {
    lines.forEach(function (line, i) {
      var m;
      // PyTorch's capability warning: "Found GPU0 NVIDIA GB10 which is of cuda capability 12.1." followed, within a few
      // lines, by "(8.0) - (12.0)" (2.x), "The minimum cuda capability supported by this library is 3.7.",
      // "The minimum cuda capability that we support is 3.5." (earlier 1.x) or, earliest, only "PyTorch no longer supports
      // this GPU because it is too old.", which names no minimum. Since 2.11 it reads "which is of compute capability
      // (CC) 7.0." followed by one line per CC the build has ("- 7.5 which supports hardware CC >=7.5,<8.0").
      if (facts.cap_warning === null && (m = /Found GPU[0-9]+ (.{1,80}?) which is of (?:cuda capability|compute capability \(CC\)) ([0-9]{1,2}\.[0-9])\b/.exec(line))) {
        var warning = { gpu: trimSpaces(m[1]), cc: m[2], min: null, max: null }, old = false;
        for (var k = i; k < lines.length && k <= i + 4 && warning.min === null; k++) {
          var range = /\(([0-9]{1,2}\.[0-9])\) *- *\(([0-9]{1,2}\.[0-9])\)/.exec(lines[k]);
          var minimum = /minimum cuda capability (?:supported by this library|that we support) is ([0-9]{1,2}\.[0-9])/i.exec(lines[k]);
          if (range) { warning.min = range[1]; warning.max = range[2]; } else if (minimum) warning.min = minimum[1];
          old = old || /no longer supports this GPU because it is too old/i.test(lines[k]);
        }
        if (warning.min === null && !old) {
          var built = builtCapabilities(lines, i);
          built.forEach(function (pair) {
            if (warning.min === null || parseFloat(pair[1]) < parseFloat(warning.min)) warning.min = pair[1];
            if (warning.max === null || parseFloat(pair[0]) > parseFloat(warning.max)) warning.max = pair[0];
          });
        }
        if (warning.min !== null || old) { addSource(facts, 'torch-print'); facts.cap_warning = warning; }
      }
      // 2.13+: "Your installed torch==2.13.0+cu126 does not include kernels for this GPU."
      if ((m = /Your installed torch==([0-9][0-9A-Za-z.+_-]{0,40}?)\.? does not include kernels for this GPU/.exec(line))) {
        addSource(facts, 'torch-print');
        setOnce(facts, 'torch_version', m[1]);
      }
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
      // nvidia-smi's errors, and the hardware's own: the Xid codes NVIDIA lists for ECC, NVLink, a GPU off the bus and
      // GSP failures (dmesg), and an uncorrectable ECC error as CUDA reports it.
      if ((m = /NVRM: Xid \([^)]{0,40}\): (?:48|62|64|74|79|92|95|119|120)\b|Unable to determine the device handle for GPU ?[0-9A-Fa-f:.]+: *[A-Za-z][A-Za-z ]*[A-Za-z]|GPU (?:[0-9A-Fa-f:.]+ )?has fallen off the bus|No devices were found|GPU is lost|uncorrectable ECC error encountered|CUDA_ERROR_ECC_UNCORRECTABLE/i.exec(line))) {
        addSource(facts, /^NVRM/i.test(m[0]) ? 'driver-log' : /ECC/i.test(m[0]) ? 'torch-print' : 'nvidia-smi');
        if (facts.gpu_error === null) facts.gpu_error = m[0];
      }
      // ("The NVIDIA driver on your" may end the line before: a terminal wraps it.)
      if ((m = /system is too old \(found version ([0-9]{1,9})\)/i.exec(line))) {
        addSource(facts, 'torch-print');
        setOnce(facts, 'torch_driver_old', parseInt(m[1], 10));
      }
      SIGNALS.forEach(function (signal) {
        if (!signal[0].test(line)) return;
        addSource(facts, signal[1]);
        if (facts[signal[2]] === null || facts[signal[2]] === false) facts[signal[2]] = signal[3];
      });
      // Output from inside a container: Compose's "service_1  | " prefix, or a shell prompt on the container's id.
      // … or an image's entrypoint script complaining ("/entrypoint.sh: line 52: nvidia-smi: command not found").
      if (/^[a-z0-9][a-z0-9_.-]{0,60}[-_][0-9]{1,3} {1,20}\| |^root@[0-9a-f]{12}:|^\/[A-Za-z0-9_.\/-]{0,60}entrypoint\.sh: line [0-9]{1,5}: |^Creating [A-Za-z0-9_.-]{1,80} \.\.\. done/.test(line)) facts.in_container = true;
      // A library's own minimum compute capability (Triton, FlashAttention and the kernels built on it).
      if (facts.lib_cc === null && (m = /Triton only supports devices of CUDA Capability >= ([0-9]{1,2}\.[0-9]), but your device is of CUDA capability ([0-9]{1,2}\.[0-9])/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.lib_cc = m[2]; facts.lib_cc_need = m[1]; facts.lib_cc_tool = 'triton';
      } else if (facts.lib_cc === null && /FlashAttention only supports Ampere GPUs or newer/i.test(line)) {
        addSource(facts, 'torch-print');
        facts.lib_cc = ''; facts.lib_cc_need = '8.0'; facts.lib_cc_tool = 'flash';
      } else if (facts.lib_cc === null && (m = /Ignoring visible gpu device \(.{0,120}?\) with Cuda compute capability ([0-9]{1,2}\.[0-9])\. The minimum required Cuda capability is ([0-9]{1,2}\.[0-9])/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.lib_cc = m[1]; facts.lib_cc_need = m[2]; facts.lib_cc_tool = 'tensorflow';
      } else if (facts.lib_cc === null && (m = /GPU with CUDA (?:is )?capability ([0-9]{1,2}) ([0-9]) is not supported/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.lib_cc = m[1] + '.' + m[2]; facts.lib_cc_need = ''; facts.lib_cc_tool = '';
      }
      // The NGC container's check: "built for NVIDIA Driver Release 535.86 or later, but version 510.85.02 was detected".
      if (facts.ngc_need === null && (m = /This container was built for NVIDIA Driver Release ([0-9]{3}(?:\.[0-9]{1,3}){0,2}) or later/i.exec(line))) {
        addSource(facts, 'docker');
        facts.ngc_need = m[1];
      }
      if (facts.ngc_need !== null && facts.ngc_driver === null && (m = /version ([0-9]{3}(?:\.[0-9]{1,3}){1,2}) was detected/i.exec(line))) facts.ngc_driver = m[1];
      // Omniverse's driver check names the driver, the unsupported range and the recommended driver.
      if (facts.omni) {
        if (facts.omni_driver === null && (m = /Installed driver: ([0-9]{3}(?:\.[0-9]{1,3}){0,2})/i.exec(line))) facts.omni_driver = m[1];
        if (facts.omni_below === null && (m = /unsupported driver range: \[[0-9.]{1,12}, ([0-9]{3}(?:\.[0-9]{1,3}){0,2})\)/i.exec(line))) facts.omni_below = m[1];
        if (facts.omni_rec === null && (m = /recommended drivers?: ([0-9]{3}(?:\.[0-9]{1,3}){1,2})/i.exec(line))) facts.omni_rec = m[1];
      }
      if ((m = /fabric manager NVIDIA GPU driver interface version ([0-9]{2,4}(?:\.[0-9]{1,3}){1,2}) (?:don\S{0,3}t|do not|doesn\S{0,3}t|does not) match with driver version ([0-9]{2,4}(?:\.[0-9]{1,3}){1,2})/i.exec(line))) {
        addSource(facts, 'driver-log');
        if (facts.fm_version === null) { facts.fm_version = m[1]; facts.fm_driver = m[2]; }
      }
      // A CUDA, cuDNN or TensorRT library the program loads from the system and cannot find, and on Windows a DLL of
      // PyTorch's own that fails to load (WinError 126).
      if (facts.cuda_lib === null && (m = CUDA_LIB.exec(line))) {
        addSource(facts, 'torch-print');
        facts.cuda_lib = m[1] || m[2] || m[3] || m[4] || m[5] || m[6] || m[7] || m[8];
        // TensorFlow's dlopen warning: it goes on without the GPU.
        facts.cuda_lib_soft = !!m[2];
        facts.cuda_lib_kind = m[4] ? 'torch-dll' : /^zlibwapi/i.test(facts.cuda_lib) ? 'zlib' : /cudnn/i.test(facts.cuda_lib) ? 'cudnn' : 'cuda';
      }
      // xFormers names the PyTorch it found: "(you have 2.1.2+cpu)".
      if (facts.torch_version === null && (m = /\(you have ([0-9]{1,2}\.[0-9]{1,3}(?:\.[0-9]{1,3})?\+cpu)\)/.exec(line))) {
        addSource(facts, 'torch-print');
        facts.torch_version = m[1];
      }
      // nvidia-smi -q: rows of GPU memory waiting to be remapped, which takes a GPU reset.
      if (/^\s*Remapped Rows\s*$/i.test(line)) facts.remap_at = i;
      if (facts.remap_at >= 0 && i - facts.remap_at <= 6 && /^\s*(?:Pending|Remapping Failure Occurred)\s*:\s*Yes\b/i.test(line)) {
        addSource(facts, 'nvidia-smi');
        if (facts.gpu_error === null) facts.gpu_error = 'Remapped Rows: ' + trimSpaces(line);
      }
      // nvcc refusing an architecture it does not know (too new for it) or no longer has (too old for it); the path of
      // the nvcc that failed often names its CUDA ("/usr/local/cuda-8.0/bin/nvcc").
      if (facts.nvcc_arch === null && (m = /Unsupported gpu architecture '(?:compute|sm)_([0-9]{2,3})[af]?'|Value '(?:sm|compute)_([0-9]{2,3})[af]?' is not defined for option 'gpu-name'/i.exec(line))) {
        addSource(facts, 'nvcc');
        facts.nvcc_arch = m[1] || m[2];
        facts.nvcc_arch_tool = m[1] ? 'nvcc' : 'ptxas';
      }
      if (facts.nvcc_arch_path_cuda === null && (m = /cuda-([0-9]{1,2}\.[0-9])[\/\\]bin[\/\\]nvcc/i.exec(line))) facts.nvcc_arch_path_cuda = m[1];
      // PaddlePaddle's own check of the wheel's architectures against the GPU.
      if (facts.paddle_arch === null && (m = /The GPU architecture in your current machine is ([A-Za-z]{3,20}), which is not compatible with Paddle installation with arch: ([0-9 ]{2,60}[0-9])/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.paddle_arch = m[1];
        facts.paddle_archs = trimSpaces(m[2]);
      }
      if (facts.paddle_arch === null && (m = /The installed PaddlePaddle package was compiled for ([0-9 ]{2,60}[0-9]) ?,? ?but your current GPU is ([0-9]{2,3})\b/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.paddle_arch = 'sm_' + m[2];
        facts.paddle_archs = trimSpaces(m[1]);
      }
      // XLA (TensorFlow, JAX) loading an older cuDNN than it was built with.
      if (facts.cudnn_loaded === null && (m = /Loaded runtime CuDNN library: ([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,3}) but source was compiled with: ([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,3})/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.cudnn_loaded = m[1];
        facts.cudnn_built = m[2];
      }
      // ONNX Runtime with no GPU provider: the CPU package (or both packages at once). A list of providers that has the
      // CPU one and no GPU one, or its warning that the CUDA provider is not among them.
      if (/Specified provider 'CUDAExecutionProvider' is not in available provider names|CUDAExecutionProvider not available/i.test(line)
          || (/CPUExecutionProvider/.test(line) && /[\['"]\s*(?:Azure|CPU)ExecutionProvider/.test(line)
              && !/(?:CUDA|Tensorrt|Dml|ROCM|MIGraphX|OpenVINO|CoreML|QNN|NvTensorRTRTX)ExecutionProvider/i.test(line))) {
        addSource(facts, 'torch-print');
        facts.ort_cpu = true;
      }
      // FFmpeg's NVENC needing a newer driver: "Driver does not support the required nvenc API version. Required: 13.0 Found: 12.2".
      if (facts.nvenc_need === null && (m = /Driver does not support the required nvenc API version\. Required: ([0-9]{1,2}\.[0-9]{1,2}) Found: ([0-9]{1,2}\.[0-9]{1,2})/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.nvenc_need = m[1];
        facts.nvenc_have = m[2];
      }
      // TensorRT that does not know the GPU's architecture.
      if (facts.trt_sm === null && (m = /Target GPU SM ([0-9]{2,3}) is not supported by this TensorRT release|\(Unsupported SM\.?\)|Assertion failed: Unsupported SM/i.exec(line))) {
        addSource(facts, 'torch-print');
        facts.trt_sm = m[1] || '';
      }
      if ((m = /nvidia-container-cli: requirement error: unsatisfied condition: cuda ?>= ?([0-9]{1,2}\.[0-9]{1,2})/i.exec(line))) {
        addSource(facts, 'docker');
        if (facts.container_error === null) { facts.container_error = 'cuda-requirement'; facts.container_cuda = m[1]; }
      }
      if (line.indexOf(' with CUDA capability sm_') >= 0 &&
          (m = /([A-Za-z0-9][A-Za-z0-9 ._-]{0,80}?) with CUDA capability sm_([0-9]{2,3}) is not compatible with the current PyTorch installation/.exec(line))) {
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
  var OS_MAC = /^OS *: *(?:macOS|Mac ?OS)|Darwin|macOS-[0-9]|\/opt\/homebrew\/|(?:^|[\s'"(=])\/Users\/[A-Za-z]/im;
  // Also CPython's own banner on Windows ("[MSC v.1941 64 bit (AMD64)]") and platform.platform() ("Windows-11-10.0.26200-SP0").
  var OS_WINDOWS = /^OS *: *Microsoft Windows|^Python platform *: *Windows|TCC\/WDDM|Driver-Model|\bWDDM\b|^(?:\([^)]*\) *)?PS [A-Za-z]:\\|^[A-Za-z]:\\[^\n]*>|[A-Za-z]:\\Program Files|is not recognized as an internal or external command|不是内部或外部命令|\.dll\b|\.exe\b|\bon win32\b|^Built on .*_(?:Pacific|Eastern|Central|Mountain)_(?:Standard|Daylight)_Time_|\b[A-Za-z]:\\Users\\|\[MSC v\.[0-9]{3,4} (?:32|64) bit \((?:AMD64|ARM64|Intel)\)\]|\bWindows-1[01]-10\.0\.[0-9]{4,5}\b/im;
  var OS_LINUX = /Persistence-M|^OS *: *(?:Ubuntu|Debian|CentOS|Red Hat|Rocky|AlmaLinux|Fedora|Arch|openSUSE|SUSE|Linux|Amazon Linux|Oracle Linux|Pop!_OS)|^Python platform *: *Linux|\bon linux\b|Failed to initialize NVML|(?:^|[ :'"=(])\/(?:usr|home|root|opt|bin|etc|var|mnt|lib|lib64|sbin|proc|dev|run|srv|sys|tmp)\/|^(?:\([^)]*\) *)?[^ @]+@[^ :]+:[^\n]*[$#]|^\$ |^\[[^\]]+\][$#]|^Linux \S+ [0-9]+\.[0-9]+\S* #|^Built on [A-Za-z]{3}_[A-Za-z]{3}_+[0-9]{1,2}_[0-9:]{8}_[A-Z]{3}_[0-9]{4}$/im;

  // The CPU as collect_env (OS and Python platform lines, lscpu) and /proc/driver/nvidia/version name it.
  var CPU_SHOWN = /^OS *: .*\((aarch64|arm64|x86_64)\) *$|^Architecture: *(aarch64|arm64|x86_64)\b|^Python platform *: *Linux-\S*?-(aarch64|x86_64)-with|NVIDIA UNIX (?:Open Kernel Module for )?(aarch64|x86_64)\b/im;

  /** What the text itself shows about the system; nothing shown gives "unknown" (and a null CPU). */
  function detectOS(lines, facts) {
    var text = lines.join('\n');
    var cpu = CPU_SHOWN.exec(text);
    if (cpu) facts.cpu = /^(?:aarch64|arm64)$/i.test(cpu[1] || cpu[2] || cpu[3] || cpu[4]) ? 'aarch64' : 'x86_64';
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
    parseShownVersions(lines, facts);
    parseTorchPrint(lines, facts, found);
    parsePackageList(lines, facts);
    parseBanner(lines, facts, found);
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
      capability cc; a null driver or cc is not checked. With the machine's Python X.Y, one that has wheels for that
      Python comes first; then, with limited, one that has them and that the driver runs through minor-version
      compatibility (the resolver's own order); only when none has is the newest of the others returned (pythonOutside
      says so). */
  function bestBuildFor(data, cc, driver, os, cpu, python, limited) {
    if (cc !== null && driver && R.gpuRefusal(data, cc, driver, RULE_COLUMN[os] || 'linux')) return null;
    var platform = wheelPlatformOf(os, cpu), verdicts = R.verdictRow(data, cc, platform), best = null, bestFit = null, bestLimited = null;
    if (cc !== null && verdicts === null) return null;
    data.builds.forEach(function (b, i) {
      if (verdicts !== null && (!verdicts[i] || verdicts[i][0] !== 'ok')) return;
      if (b.platforms.indexOf(platform) < 0) return;
      var status = driver ? driverStatus(data, b.cuda, driver, os) : 'ok';
      if (status === 'limited' && limited && python && !pythonOutside(b, python)) bestLimited = newerBuild(b, bestLimited);
      if (status !== 'ok') return;
      best = newerBuild(b, best);
      if (python && !pythonOutside(b, python)) bestFit = newerBuild(b, bestFit);
    });
    return bestFit || bestLimited || best;
  }

  /** b if it is newer than best (by PyTorch, then CUDA) or best is null, else best. */
  function newerBuild(b, best) {
    if (best === null) return b;
    var t = R.compareVersions(b.torch, best.torch);
    return t > 0 || (t === 0 && R.compareVersions(b.cuda, best.cuda) > 0) ? b : best;
  }

  /** The build's Python range as "3.7–3.10" when the machine's Python X.Y is outside it, else null. */
  function pythonOutside(build, python) {
    if (!build || !python || !build.py || R.pythonIn(python, build.py[0], build.py[1])) return null;
    return build.py[0] + '\u2013' + build.py[1];
  }

  /** The wheel platform of the pasted machine: the Linux aarch64 and the Windows wheels have their own lists. */
  function wheelPlatformOf(os, cpu) { return cpu === 'aarch64' ? 'linux-aarch64' : os === 'windows' ? 'windows' : 'linux'; }

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

  /** Each GPU name the paste shows, once, with its compute capability (null when unknown). */
  /** Each GPU name the paste shows, once, with its compute capability (null when unknown). Where no tool lists a GPU,
      the NVIDIA GPU PyTorch's capability (or architecture) warning names, with the capability the warning gives. */
  function distinctGpus(data, facts) {
    var seen = [];
    var out = facts.gpus.filter(function (name) {
      if (seen.indexOf(name) >= 0) return false;
      seen.push(name);
      return true;
    }).map(function (name) { return [name, gpuCC(data, facts, name)]; });
    var warned = facts.arch_warning || facts.cap_warning;
    if (!out.length && warned && !R.otherVendor(data, warned.gpu)) out.push([warned.gpu, warnedCC(facts)]);
    return out;
  }

  /* ---------- diagnose: the build's rules (data.diagnosis, from content/data/compat/diagnosis.yaml) ---------- */

  /** What the rules may test and print, for the whole paste; data.diagnosis.features names exactly these keys.
      gpus is gpuFeatures(facts, data) when the caller has it already. */
  function features(facts, data, gpus, month) {
    var tc = torchCuda(facts), driver = facts.driver_version, os = facts.os;
    var status = data && driver && tc ? driverStatus(data, tc, driver, os) : null;
    var rule = status !== null ? data.driverRules[tc][RULE_COLUMN[os]] : null;
    var n = facts.torch_driver_old;
    var cc = data ? firstCC(data, facts) : null;
    var best = data && driver ? bestBuildFor(data, cc, driver, os, facts.cpu, facts.python) : null;
    var index = data ? findBuild(data, facts) : -1;
    // The first GPU the installed build has code for.
    // (known to have it: a 'limited' verdict may mean the build's list is not recorded, so it proves nothing).
    var covered = (gpus || gpuFeatures(facts, data)).filter(function (g) { return g.gpu_verdict === 'ok'; })[0] || null;
    var nv = facts.nvcc_version ? xy(facts.nvcc_version) : null;
    // The architecture nvcc refused, as a compute capability, and its CUDA window from the table the build wrote.
    var archCC = facts.nvcc_arch ? facts.nvcc_arch.slice(0, -1) + '.' + facts.nvcc_arch.slice(-1) : null;
    var archSup = archCC && data && data.support ? data.support[archCC] || null : null;
    var answer = data && driver ? R.driverAnswer(data, driver, os === 'unknown' || os === 'macos' ? 'linux' : os) : null;
    var version = facts.torch_version || '';
    // Where the driver's branch stands in the month the paste is read (`month`, YYYY-MM, defaults to now).
    var standing = data && driver && data.branches ? R.branchStanding(data, driver, cc !== null && data.support ? data.support[cc] || null : null, month) : null;
    return {
      os: os, recognized: facts.sources.length > 0, empty: facts.empty, mac: facts.mac,
      no_driver: facts.no_driver, no_driver_text: facts.no_driver_text, mismatch: facts.mismatch, gpu_error: facts.gpu_error,
      driver_version: driver, cuda_version: facts.cuda_version, torch_version: facts.torch_version, torch_cuda: facts.torch_cuda,
      cuda_available: facts.cuda_available, nvcc_version: facts.nvcc_version, nvcc_missing: facts.nvcc_missing,
      init_failed: facts.init_failed, collect_no_gpu: facts.collect_no_gpu, no_kernel_image: facts.no_kernel_image,
      no_cuda_gpus: facts.no_cuda_gpus, gpus_busy: facts.gpus_busy, ptx_toolchain: facts.ptx_toolchain, system_not_ready: facts.system_not_ready,
      driver_behind: facts.driver_behind, compat_mismatch: facts.compat_mismatch, container_error: facts.container_error,
      in_container: facts.in_container, fm_version: facts.fm_version, fm_driver: facts.fm_driver,
      nvcc_arch: facts.nvcc_arch, nvcc_arch_tool: facts.nvcc_arch_tool, nvcc_arch_cc: archCC, nvcc_arch_cuda: nv || facts.nvcc_arch_path_cuda,
      nvcc_arch_name: archSup ? archSup.arch : null, nvcc_arch_first: archSup ? archSup.firstCuda : null,
      nvcc_arch_last: archSup && archSup.lastCuda ? xy(archSup.lastCuda) : null,
      cudnn_loaded: facts.cudnn_loaded, cudnn_built: facts.cudnn_built, trt_sm: facts.trt_sm, ort_cpu: facts.ort_cpu,
      nvenc_need: facts.nvenc_need, nvenc_have: facts.nvenc_have,
      lib_cc: facts.lib_cc, lib_cc_need: facts.lib_cc_need, lib_cc_tool: facts.lib_cc_tool, kokkos_arch: facts.kokkos_arch,
      nvls_failed: facts.nvls_failed, stub_libcuda: facts.stub_libcuda, cpu_pkg: facts.cpu_pkg,
      ngc_need: facts.ngc_need, ngc_driver: facts.ngc_driver, ngc_unavailable: facts.ngc_unavailable, fm_failed: facts.fm_failed,
      omni: facts.omni, omni_driver: facts.omni_driver, omni_below: facts.omni_below, omni_rec: facts.omni_rec,
      cuda_lib: facts.cuda_lib, cuda_lib_kind: facts.cuda_lib_kind, cuda_lib_soft: facts.cuda_lib_soft, cuda_unknown: facts.cuda_unknown, wsl_ldconfig: facts.wsl_ldconfig,
      torch_driver_too_old: facts.torch_driver_too_old, paddle_arch: facts.paddle_arch, paddle_archs: facts.paddle_archs,
      container_cuda: facts.container_cuda, container_cuda_need: data && facts.container_cuda ? toolkitNeed(data, facts.container_cuda, os) : null,
      cpu_reason: /\+cpu$/.test(version) ? 'suffix' : facts.cpu_reason, cpu_raw: facts.cpu_raw, rocm: /\+rocm/.test(version),
      tc: tc, driver_status: status, rule_need: rule ? rule.need : null, rule_floor: rule ? rule.floor || null : null,
      torch_driver_old: n, torch_driver_cuda: n === null ? null : Math.floor(n / 1000) + '.' + Math.floor((n % 1000) / 10),
      first_cc: cc, first_gpu: facts.gpus.length ? facts.gpus[0] : null,
      best_torch: best ? best.torch : null, best_tag: best ? best.tag : null,
      best_py: pythonOutside(best, facts.python), python: facts.python,
      best_pip: best ? (wheelPlatformOf(os, facts.cpu) === 'windows' && best.win ? best.win.pip : best.pip) : null,
      gpu_evidence: facts.gpus.length > 0 || driver !== null,
      installed_tag: index >= 0 ? data.builds[index].tag : null,
      covered_name: covered ? covered.gpu_name : null, covered_cc: covered ? covered.gpu_cc : null,
      covered_sm: covered ? covered.gpu_cc.replace('.', '') : null,
      arch_warning: facts.arch_warning !== null, arch_warning_gpu: facts.arch_warning ? facts.arch_warning.gpu : null,
      arch_warning_sm: facts.arch_warning ? facts.arch_warning.sm : null,
      cap_warning: facts.cap_warning !== null, cap_warning_gpu: facts.cap_warning ? facts.cap_warning.gpu : null,
      cap_warning_cc: facts.cap_warning ? facts.cap_warning.cc : null, cap_warning_min: facts.cap_warning ? facts.cap_warning.min : null,
      cap_warning_max: facts.cap_warning ? facts.cap_warning.max : null,
      warned_other_vendor: data && facts.cap_warning ? R.otherVendor(data, facts.cap_warning.gpu) : null,
      warned_no_build: data ? R.noBuildText(data, warnedCC(facts), wheelPlatformOf(os, facts.cpu)) : null,
      nvcc_xy: nv, nvcc_major: nv ? String(major(nv)) : null,
      toolkit_need: data && nv && driver ? toolkitNeed(data, nv, os) : null,
      toolkit_floor: data && nv ? floorFor(data, major(nv), os) : null,
      driver_newest_cuda: answer && answer.newest ? xy(answer.newest.v) : null,
      branch_ended: standing ? standing.ended : false, branch_text: standing && standing.ended ? standing.sentence : null
    };
  }

  /** The compute capability PyTorch's own warning names (sm_35 → 3.5, or the capability warning's X.Y), or null. */
  function warnedCC(facts) {
    if (facts.arch_warning) return facts.arch_warning.sm.slice(0, -1) + '.' + facts.arch_warning.sm.slice(-1);
    return facts.cap_warning ? facts.cap_warning.cc : null;
  }

  /** The features of each GPU the paste shows, once per name (rules with `each: gpus`); data.diagnosis.itemFeatures names them. */
  function gpuFeatures(facts, data) {
    if (!data) return [];
    var index = findBuild(data, facts), driver = facts.driver_version;
    return distinctGpus(data, facts).map(function (pair) {
      var name = pair[0], cc = pair[1];
      var row = index >= 0 ? R.verdictRow(data, cc, wheelPlatformOf(facts.os, facts.cpu)) : null;
      var verdict = row ? row[index] || null : null;
      var best = verdict && verdict[0] === 'unsupported' ? bestBuildFor(data, cc, driver, facts.os, facts.cpu, facts.python, true) : null;
      var shared = cc === null ? R.sharedNameEntry(data, name) : null;
      return {
        gpu_name: name, gpu_cc: cc, gpu_sm: cc === null ? null : 'sm_' + cc.replace('.', ''),
        gpu_refusal: cc !== null && driver ? R.gpuRefusal(data, cc, driver, RULE_COLUMN[facts.os] || 'linux') : null,
        gpu_verdict: verdict ? verdict[0] : null, gpu_verdict_text: verdict ? data.strings[verdict[1]] : null,
        gpu_best_torch: best ? best.torch : null, gpu_best_tag: best ? best.tag : null,
        gpu_best_py: pythonOutside(best, facts.python),
        gpu_best_limited: !!(best && driver && driverStatus(data, best.cuda, driver, facts.os) === 'limited'),
        gpu_no_build: R.noBuildText(data, cc, wheelPlatformOf(facts.os, facts.cpu)),
        gpu_shared: shared ? shared.text : null, gpu_shared_no_build: shared ? shared.noBuild : false,
        gpu_not_a_model: cc === null && !shared ? R.notAModel(data, name) : null
      };
    });
  }

  /** Present: not null, false, "" or []. */
  function isSet(v) { return v !== null && v !== undefined && v !== false && v !== '' && !(Array.isArray(v) && v.length === 0); }

  function value(env, key) { return has(env, key) ? env[key] : null; }

  /** Whether a rule's `when` holds for the features in env, given the findings so far. */
  function holds(when, env, out) {
    return Object.keys(when || {}).every(function (key) {
      var test = when[key];
      if (key === 'any') return test.some(function (w) { return holds(w, env, out); });
      if (key === 'not_emitted') return !out.some(function (f) { return test.indexOf(f.code) >= 0; });
      var v = value(env, key);
      if (test === null || typeof test !== 'object') return v === test;
      var op = Object.keys(test)[0], arg = test[op];
      if (op === 'set') return isSet(v) === arg;
      if (op === 'not') return v !== arg;
      if (op === 'in') return arg.indexOf(v) >= 0;
      var other = value(env, arg);
      if (!isSet(v) || !isSet(other)) return false;
      if (op === 'same_major') return major(v) === major(other);
      var c = R.compareVersions(v, other);
      return op === 'vlt' ? c < 0 : op === 'vle' ? c <= 0 : op === 'vge' ? c >= 0 : c > 0;
    });
  }

  /** A rule's text (or severity, or link key) for env: strings with {feature} filled, lists joined, if/pick/use chosen. */
  function expand(parts, env, out, rules) {
    if (parts === null || parts === undefined) return '';
    if (typeof parts === 'string') {
      return parts.replace(/\{([a-z_]+)\}/g, function (all, key) { return String(value(env, key)); });
    }
    if (Array.isArray(parts)) return parts.map(function (p) { return expand(p, env, out, rules); }).join('');
    if (has(parts, 'use')) return expand(rules.snippets[parts.use], env, out, rules);
    if (has(parts, 'pick')) {
      var v = value(env, parts.pick);
      return expand(typeof v === 'string' && has(parts.cases, v) ? parts.cases[v] : parts['else'], env, out, rules);
    }
    return expand(holds(parts['if'], env, out) ? parts.then : parts['else'], env, out, rules);
  }

  /** env with one GPU's features added. */
  function withGpu(env, gpu) {
    var out = {};
    Object.keys(env).forEach(function (k) { out[k] = env[k]; });
    Object.keys(gpu).forEach(function (k) { out[k] = gpu[k]; });
    return out;
  }

  /** Findings for parsed facts, worst first; data is window.GPUKB_COMPAT. Without it there are no rules, so no findings. */
  function diagnose(facts, data, month) {
    var rules = data && data.diagnosis;
    if (!rules) return [];
    var gpus = gpuFeatures(facts, data), env = features(facts, data, gpus, month), out = [];
    rules.checks.forEach(function (check) {
      (check.each === 'gpus' ? gpus.map(function (g) { return withGpu(env, g); }) : [env]).forEach(function (e) {
        if (!holds(check.when, e, out)) return;
        for (var i = 0; i < check.cases.length; i++) {
          var c = check.cases[i];
          if (!holds(c.when, e, out)) continue;
          out.push({ severity: expand(c.severity, e, out, rules), code: check.code, message: expand(c.text, e, out, rules),
            link: rules.links[expand(c.link || check.link || check.code, e, out, rules)] });
          return;
        }
      });
    });
    var order = rules.severities;
    return out.map(function (f, i) { return [f, i]; })
      .sort(function (a, b) { return (order.indexOf(a[0].severity) - order.indexOf(b[0].severity)) || (a[1] - b[1]); })
      .map(function (p) { return p[0]; });
  }

  /** The result JSON shared with check_env.py; options.month (YYYY-MM) is the month it is read in, default now. */
  function analyze(text, data, options) {
    var facts = parseReport(text);
    return {
      recognized: facts.sources.length > 0,
      sources: facts.sources,
      driver_version: facts.driver_version,
      cuda_version: facts.cuda_version,
      gpus: facts.gpus,
      gpu_count: facts.gpu_count,
      os: facts.os,
      cpu: facts.cpu,
      torch_version: facts.torch_version,
      torch_cuda: facts.torch_cuda,
      cuda_available: facts.cuda_available,
      nvcc_version: facts.nvcc_version,
      findings: diagnose(facts, data || null, options && options.month)
    };
  }

  /* ---------- DOM ---------- */

  /** The theme's text for `key`, from site.js (loaded before this script on every page). */
  function say(key, values) { return globalThis.GPUKB.say(key, values); }

  /** The facts shown, with the theme's key for each label (a label that is a name stays as it is). */
  var FACT_ROWS = [
    ['sources', 'script.diagnose_sources'], ['driver_version', 'script.diagnose_driver_version'],
    ['cuda_version', 'script.diagnose_cuda_version'], ['gpus', null, 'GPU'], ['gpu_count', 'script.diagnose_gpu_count'],
    ['os', 'script.diagnose_os'], ['cpu', null, 'CPU'], ['torch_version', null, 'PyTorch'], ['torch_cuda', 'script.diagnose_torch_cuda'],
    ['cuda_available', null, 'torch.cuda.is_available()'], ['nvcc_version', 'script.diagnose_nvcc']
  ];

  function el(doc, tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function shown(key, value) {
    if (value === null || value === undefined || (Array.isArray(value) && !value.length)) return '—';
    if (key === 'sources') return value.map(function (s) { return say('script.diagnose_source_' + s.replace(/-/g, '_')); }).join(say('fragment.list_separator'));
    if (key === 'os') return value === 'unknown' ? say('script.diagnose_os_unknown') : { linux: 'Linux', windows: 'Windows', wsl: 'WSL2', macos: 'macOS' }[value];
    if (Array.isArray(value)) return value.join(say('fragment.list_separator'));
    return String(value);
  }

  function render(doc, factsOut, findingsOut, result, root) {
    while (factsOut.firstChild) factsOut.removeChild(factsOut.firstChild);
    while (findingsOut.firstChild) findingsOut.removeChild(findingsOut.firstChild);
    var dl = el(doc, 'dl', 'diagnose-facts');
    FACT_ROWS.forEach(function (row) {
      dl.appendChild(el(doc, 'dt', null, row[1] ? say(row[1]) : row[2]));
      dl.appendChild(el(doc, 'dd', null, shown(row[0], result[row[0]])));
    });
    factsOut.appendChild(dl);
    var list = el(doc, 'ul', 'diagnose-findings');
    result.findings.forEach(function (f) {
      var item = el(doc, 'li', 'finding finding-' + f.severity);
      item.setAttribute('data-code', f.code);
      var head = el(doc, 'p', 'finding-head');
      head.appendChild(el(doc, 'span', 'badge finding-severity', say('script.severity_' + f.severity)));
      item.appendChild(head);
      item.appendChild(el(doc, 'p', 'finding-message', f.message));
      if (f.link) {
        var p = el(doc, 'p', 'finding-link');
        var a = el(doc, 'a', null, say('script.diagnose_how_to_fix'));
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
      var link = el(doc, 'a', null, say('script.diagnose_open_resolver'));
      link.id = 'diagnose-open-resolver';
      link.setAttribute('href', root + 'resolve/index.html' + query);
      open.appendChild(link);
      findingsOut.appendChild(open);
    }
    // Only on the reader's click, and only GPU, driver and OS: the paste itself is never stored.
    var site = doc.defaultView && doc.defaultView.GPUKB;
    var profile = profileOf(result);
    if (site && site.saveProfile && profile) {
      var save = el(doc, 'button', 'profile-save', say('script.diagnose_save', { machine: site.profileLabel(profile) }));
      save.type = 'button';
      save.id = 'diagnose-save-profile';
      save.addEventListener('click', function () {
        var kept = site.saveProfile(doc.defaultView, profile);
        save.textContent = say(kept ? 'script.diagnose_saved' : 'script.diagnose_not_saved');
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

  /** The resolver's query string for what the paste showed (GPU, driver, OS, an Arm CPU), or null without a GPU. */
  function resolverQuery(result) {
    if (!result.gpus.length) return null;
    var os = { linux: 'linux', windows: 'windows', wsl: 'wsl2', macos: 'macos' }[result.os] || 'linux';
    // nvidia-smi cuts long names ("NVIDIA GeForce RTX 4070 ..."): the resolver gets the part it printed.
    var gpu = result.gpus[0].replace(/ *(?:\.\.\.|\u2026)$/, '');
    return R.buildQuery({ gpu: gpu, os: os, driver: result.driver_version || '', python: '', pm: 'pip', cpu: result.cpu === 'aarch64' ? 'aarch64' : '' });
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
    features: features, gpuFeatures: gpuFeatures, diagnose: diagnose, analyze: analyze, resolverQuery: resolverQuery, profileOf: profileOf, init: init
  };
});

#!/usr/bin/env python3
"""gpukb check_env: read this machine's NVIDIA driver, CUDA toolkit and PyTorch, and say what is wrong.

Standard library only, Python 3.8+. Without arguments it runs nvidia-smi, nvcc -V and a small torch print on
this machine; with --report it reads text someone pasted (nvidia-smi, nvcc -V, collect_env, torch prints).
Either way the text goes through the same parser, and the diagnosis is the one the knowledge base's diagnose
page gives: themes/default/assets/diagnose.js is this file in JavaScript, function for function, and both must
give identical JSON for Tests/Fixtures/env-reports/vectors.json. The rules themselves are not here: they are
content/data/compat/diagnosis.yaml, which the build ships inside GPUKB_DATA; this file parses, computes the
features those rules test (features(), gpu_features()) and evaluates them (holds(), expand(), diagnose()).
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys

# The build pastes the compatibility data (the object the site's resolve/compat-data.js assigns) over the
# GPUKB_DATA line below, as JSON; these names let JSON's literals stand as Python.
true, false, null = True, False, None
GPUKB_DATA = None  # gpukb:data
# What the report and --help print, in the site's language: the build writes the theme's report.* texts (and the
# diagnose page's labels) over the next line. Run from the repository, the script prints the text keys.
GPUKB_TEXT = None  # gpukb:text


def say(key, **values):
    """The text of `key` with its {name} placeholders filled from `values` (a value is not filled again)."""
    text = (GPUKB_TEXT or {}).get(key, key)
    return re.sub(r"\{([a-z_]+)\}", lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)

A = re.ASCII
AI = re.ASCII | re.IGNORECASE
AIM = re.ASCII | re.IGNORECASE | re.MULTILINE

# ---------- constants ----------

SOURCES = ["nvidia-smi", "nvidia-smi-csv", "nvcc", "collect_env", "torch-print", "package-list", "docker", "driver-log", "env-list"]
RULE_COLUMN = {"linux": "linux", "windows": "windows", "wsl": "wsl2", "unknown": "linux", "macos": "linux"}
EXPRESSIONS = [
    ("torch_version", "torch.__version__"),
    ("torch_cuda", "torch.version.cuda"),
    ("cuda_available", "torch.cuda.is_available()"),
]

# ---------- resolve.js, ported (compareVersions, normalizeName, findGPU, driverAnswer) ----------


def parts(text):
    if text is None:
        return None
    core = str(text).strip().split("+")[0]
    if not re.match(r"^\d+(\.\d+){0,3}$", core, A):
        return None
    return [int(p) for p in core.split(".")]


def compare_versions(a, b):
    x, y = parts(a) or [0], parts(b) or [0]
    for i in range(max(len(x), len(y))):
        p = x[i] if i < len(x) else 0
        q = y[i] if i < len(y) else 0
        if p != q:
            return -1 if p < q else 1
    return 0


def normalize_name(name):
    words = [w for w in re.split(r"[ \t\u00a0]+", str(name or "").lower()) if w]
    if len(words) > 1 and words[0] == "nvidia":
        words.pop(0)
    return " ".join(words)


def find_gpu(data, text):
    """The GPU a typed name or alias picks, or None."""
    index = name_index(data, data["gpuKeys"], data.get("gpuCompactKeys") or {}, text)
    return None if index is None else data["gpus"][index]


def name_index(data, keys, compact, text):
    """Same look-up as Swift's GPUIndex.lookup (and resolve.js's nameIndex): the normalised name, then without a
    leading GeForce/Tesla/Quadro/NVIDIA, then the compact form, then again without a board or memory suffix."""
    key = normalize_name(text)
    if key in keys:
        return keys[key]
    for prefix in ("geforce ", "tesla ", "quadro ", "nvidia "):
        if key.startswith(prefix) and key[len(prefix):] in keys:
            return keys[key[len(prefix):]]
    if compact_name(text) in compact:
        return compact[compact_name(text)]
    board = re.sub(data["gpuSuffix"], "", key, count=1, flags=re.I) if data.get("gpuSuffix") else key
    return name_index(data, keys, compact, board) if board != key and board else None


def other_vendor(data, name):
    """The build's sentence when name is another vendor's GPU (Swift's OtherVendors; patterns ICU, JS and re read
    alike), else None."""
    text = str(name or "").strip()
    for pattern, sentence in data.get("otherVendors") or []:
        if re.search(pattern, text, re.I):
            return sentence.replace("{gpu}", text)
    return None


def not_a_model(data, name):
    """The build's sentence when name is not a GPU model (a compute capability, an architecture, or the driver's
    "NVIDIA Graphics Device"; Swift's NotAModel, pattern shared with the page), else None."""
    hints, text = data.get("notAModel"), str(name or "").strip()
    if not hints:
        return None
    m = re.search(hints["pattern"], text, re.I)
    if m:
        cc = m.group(1)[:-1] + "." + m.group(1)[-1:] if m.group(1) else m.group(2) + "." + m.group(3)
        return hints["ccs"].get(cc, hints["unknown"]).replace("{gpu}", text).replace("{cc}", cc)
    key = " ".join(text.lower().split())
    return hints["archs"][key].replace("{gpu}", text) if key in hints["archs"] else None


def shared_name_entry(data, name):
    """The build's sentence when name is a model name NVIDIA sold with chips of different compute capabilities (the
    GT 730), with whether no official build runs any of them ({"text", "noBuild"}), else None."""
    table, text = data.get("sharedNames"), str(name or "").strip()
    found = name_index(data, table["keys"], table["compact"], text) if table else None
    if found is None:
        return None
    no_build = table.get("noBuild") or []
    return {"text": table["sentences"][found].replace("{gpu}", text), "noBuild": found < len(no_build) and no_build[found] is True}


def compact_name(name):
    """Same rule as Swift's GPUIndex.compact: no case, spaces or punctuation, no leading nvidia/geforce/tesla/quadro."""
    key = re.sub(r"[^a-z0-9]", "", str(name or "").lower())
    stripped = True
    while stripped:
        stripped = False
        for prefix in ("nvidia", "geforce", "tesla", "quadro"):
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key[len(prefix):]
                stripped = True
    return key


def driver_answer(data, driver, os_name):
    col = "linux" if os_name == "linux" else "windows"
    newest = None
    for t in data["toolkits"]:
        if t.get(col) and compare_versions(driver, t[col]) >= 0:
            newest = t
    return {"newest": newest}


# ---------- text ----------


def normalize_text(text):
    """One form for every paste: \\n line ends, plain spaces, ASCII colons and quotes, no control characters."""
    t = text if isinstance(text, str) else ("" if text is None else str(text))
    t = t.replace("\r\n", "\n")
    t = re.sub("[\r\u2028\u2029\x85\x0b\x0c]", "\n", t)
    t = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", t)
    t = re.sub("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]", " ", t)
    t = re.sub("[\x00-\x08\x0e-\x1f\x7f]", " ", t)
    t = t.replace("\uff1a", ":")
    t = re.sub("[\u2018\u2019\u2032]", "'", t)
    t = re.sub("[\u201c\u201d]", '"', t)
    return t


def trim_spaces(s):
    return s.strip(" ")


COLLECT_LABELS = re.compile(
    r" (?=(?:PyTorch version|Is debug build|CUDA used to build PyTorch|ROCM used to build PyTorch|OS|GCC version|Clang version|"
    r"CMake version|Libc version|Python version|Python platform|Is CUDA available|CUDA runtime version|CUDA_MODULE_LOADING set to|"
    r"GPU models and configuration|Nvidia driver version|cuDNN version|HIP runtime version|MIOpen runtime version|"
    r"Is XNNPACK available|Versions of relevant libraries) *:)", A)


COLLECT_BANNER = re.compile(r"^ *(Collecting environment information\.\.\.) +(\S.*)$", A)


# Stable Diffusion WebUI's sysinfo JSON ("Torch env info") holds collect_env's fields under their Python names.
SYSINFO = re.compile(
    r'^ *"(torch_version|is_debug_build|cuda_compiled_version|os|python_version|python_platform|is_cuda_available|'
    r'cuda_runtime_version|nvidia_driver_version|nvidia_gpu_models|cudnn_version)": *(?:null|"((?:[^"\\]|\\.)*)") *,? *$', A)
SYSINFO_LABELS = {
    "torch_version": "PyTorch version", "is_debug_build": "Is debug build", "cuda_compiled_version": "CUDA used to build PyTorch",
    "os": "OS", "python_version": "Python version", "python_platform": "Python platform", "is_cuda_available": "Is CUDA available",
    "cuda_runtime_version": "CUDA runtime version", "nvidia_driver_version": "Nvidia driver version",
    "nvidia_gpu_models": "GPU models and configuration", "cudnn_version": "cuDNN version",
}


def unfold(line):
    """A collect_env report whose newlines were lost (copied from a web page) becomes one line per field again, and
    so does its banner when the first field was glued to it; a sysinfo JSON field becomes the line collect_env prints."""
    json_field = SYSINFO.match(line) if len(line) < 4000 else None
    if json_field:
        value = "Could not collect" if json_field.group(2) is None else re.sub(
            r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), json_field.group(2))
        parts = value.split("\n")
        return [SYSINFO_LABELS[json_field.group(1)] + ": " + ("" if len(parts) > 1 else value)] + (parts if len(parts) > 1 else [])
    out = []
    banner = COLLECT_BANNER.match(line)
    while banner:
        out.append(banner.group(1))
        line = banner.group(2)
        banner = COLLECT_BANNER.match(line)
    if len(line) < 120 or len(COLLECT_LABELS.findall(line)) < 3:
        return out + [line]
    return out + COLLECT_LABELS.split(line)


def split_lines(text):
    """Lines without quote/comment prefixes ("> ", "# "), log prefixes ("[INFO] ") and surrounding spaces."""
    out = []
    for line in [piece for raw in normalize_text(text).split("\n") for piece in unfold(raw)]:
        for _ in range(3):
            m = re.match(r"^ *(?:#|>(?!>)) ?", line, A)
            if not m or m.group(0) == "":
                break
            line = line[len(m.group(0)):]
        line = re.sub(r"^\[(?:INFO|DEBUG|WARNING|WARN|ERROR)\] +", "", trim_spaces(line), count=1, flags=A)
        out.append(trim_spaces(line))
    return out


def xy(version):
    m = re.match(r"^([0-9]+)\.([0-9]+)", version or "", A)
    return m.group(1) + "." + m.group(2) if m else None


def major(version):
    return int(re.match(r"^[0-9]+", version, A).group(0))


def cuda_tag(cuda):
    return "cu" + cuda.replace(".", "", 1)


# ---------- parse ----------


def empty_facts():
    return {
        "sources": [], "driver_version": None, "cuda_version": None, "gpus": [], "gpu_count": None, "os": "unknown", "cpu": None,
        "torch_version": None, "torch_cuda": None, "cuda_available": None, "nvcc_version": None,
        "empty": True, "compute_caps": {}, "nvcc_missing": None, "cpu_reason": None, "cpu_raw": None, "mac": False,
        "no_driver": None, "no_driver_text": None, "mismatch": False, "gpu_error": None, "torch_driver_old": None,
        "init_failed": False, "collect_no_gpu": False, "arch_warning": None, "cap_warning": None, "no_kernel_image": False,
        "no_cuda_gpus": False, "gpus_busy": False, "ptx_toolchain": False, "system_not_ready": False, "driver_behind": None, "compat_mismatch": False,
        "container_error": None, "container_cuda": None, "smi_mismatch": False, "attached": None, "in_container": False,
        "fm_version": None, "fm_driver": None, "cuda_lib": None, "cuda_lib_kind": None, "cuda_lib_soft": False, "cuda_unknown": False, "wsl_ldconfig": False,
        "torch_driver_too_old": False, "paddle_arch": None, "paddle_archs": None, "remap_at": -1, "nvcc_arch": None, "nvcc_arch_tool": None,
        "nvcc_arch_path_cuda": None, "cudnn_loaded": None, "cudnn_built": None, "trt_sm": None, "ort_cpu": False, "nvenc_need": None, "nvenc_have": None,
        "lib_cc": None, "lib_cc_need": None, "lib_cc_tool": None, "kokkos_arch": False, "nvls_failed": False, "stub_libcuda": False, "cpu_pkg": None,
        "ngc_need": None, "ngc_driver": None, "ngc_unavailable": False, "fm_failed": False, "omni": False, "omni_driver": None, "omni_below": None, "omni_rec": None,
        "python": None,
    }


def add_source(facts, kind):
    if kind not in facts["sources"]:
        facts["sources"].append(kind)


def set_once(facts, key, value):
    if facts[key] is None and value is not None:
        facts[key] = value


# A GPU row's bus id, also when the paste was cut inside it ("00000000:0").
BUS_ID_START = re.compile(r"\| *[0-9A-Fa-f]{4,8}:[0-9A-Fa-f]", A)


def parse_smi_table(lines, facts, found):
    """Header and GPU rows of the nvidia-smi table. A paste cut off inside its first GPU row ("|   0  NVIDIA GB10
    On" as its last line, after the table's column header) still names the GPU."""
    header = False
    last = len(lines) - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    for number, line in enumerate(lines):
        if "Persistence-M" in line:
            header = True
        if re.search(r"NVIDIA-SMI +[0-9]", line, A) or (
                re.search(r"(?:Driver|KMD) Version *: *[0-9]", line, A) and re.search(r"CUDA (?:UMD )?Version *: *[0-9]", line, A)):
            add_source(facts, "nvidia-smi")
            # R610 renamed the fields: "KMD Version" is the driver, "CUDA UMD Version" the CUDA it supports.
            d = re.search(r"(?:Driver|KMD) Version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)", line, A)
            c = re.search(r"CUDA (?:UMD )?Version *: *([0-9]{1,3}\.[0-9]{1,3})", line, A)
            s = re.search(r"NVIDIA-SMI +([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)", line, A)
            if d:
                set_once(facts, "driver_version", d.group(1))
                # Inside WSL the tool is the Linux build of the Windows driver shown as "Driver Version" (two parts,
                # 546.80), so the tool's number is the lower one. A container whose tools are newer than the host's
                # driver (Colab: 495.46 over 460.32.03) shows the opposite.
                if s and re.match(r"^[0-9]{3}\.[0-9]{2}$", d.group(1), A) and compare_versions(s.group(1), d.group(1)) < 0:
                    facts["smi_mismatch"] = True
            if c:
                set_once(facts, "cuda_version", c.group(1))
        if number == last and header and not found["table"]:
            cut = re.match(r"^\| +[0-9]+ +(.+?) +(?:On|Off|WDDM|TCC|MCDM|N/A) *$", line, A)
            if cut:
                found["table"].append(cut.group(1))
        if line[:1] != "|" or not BUS_ID_START.search(line):
            continue
        row = re.match(r"^\| +[0-9]+ +(.+?) +(?:On|Off|WDDM|TCC|MCDM|N/A) *\| *[0-9A-Fa-f]{4,8}:", line, A)
        if row:
            add_source(facts, "nvidia-smi")
            found["table"].append(row.group(1))


def parse_kernel_module(lines, facts):
    """cat /proc/driver/nvidia/version: "NVRM version: NVIDIA UNIX x86_64 Kernel Module  580.173.02  …" is the loaded driver."""
    for line in lines:
        m = re.match(r"^NVRM version: .*Kernel Module(?: for [A-Za-z0-9_]+)? +([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)\b", line, A)
        if m:
            add_source(facts, "nvidia-smi")
            set_once(facts, "driver_version", m.group(1))


def parse_smi_query(lines, facts, found):
    """nvidia-smi -q: "Driver Version : …", "CUDA Version : …", "Product Name : …"."""
    if not any(re.search(r"NVSMI LOG", l, A) or re.match(r"^Attached GPUs *: *[0-9]+$", l, A) for l in lines):
        return
    add_source(facts, "nvidia-smi")
    for line in lines:
        m = re.match(r"^Driver Version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)$", line, A)
        if m:
            set_once(facts, "driver_version", m.group(1))
        m = re.match(r"^CUDA Version *: *([0-9]{1,3}\.[0-9]{1,3})$", line, A)
        if m:
            set_once(facts, "cuda_version", m.group(1))
        m = re.match(r"^Product Name *: *(.+)$", line, A)
        if m:
            found["query"].append(m.group(1))
        m = re.match(r"^Attached GPUs *: *([0-9]{1,3})$", line, A)
        if m:
            set_once(facts, "attached", int(m.group(1)))


CSV_FIELD = re.compile(r"^[a-z_.]+(?: \[[^\]]*\])?$", A)


def parse_smi_csv(lines, facts, found):
    """nvidia-smi --query-gpu=… --format=csv, with its header; or name, driver[, compute_cap] rows without one."""
    saw_header = False
    i = 0
    while i < len(lines):
        fields = [trim_spaces(f) for f in lines[i].split(",")]
        if len(fields) < 2 or not all(CSV_FIELD.match(f) for f in fields):
            i += 1
            continue
        names = [re.sub(r" \[.*$", "", f, count=1, flags=A) for f in fields]
        name_at = names.index("name") if "name" in names else (names.index("gpu_name") if "gpu_name" in names else -1)
        driver_at = names.index("driver_version") if "driver_version" in names else -1
        cc_at = names.index("compute_cap") if "compute_cap" in names else -1
        if name_at < 0 and driver_at < 0:
            i += 1
            continue
        saw_header = True
        add_source(facts, "nvidia-smi-csv")
        j = i + 1
        while j < len(lines):
            cells = [trim_spaces(c) for c in lines[j].split(",")]
            if len(cells) != len(fields) or all(CSV_FIELD.match(c) for c in cells):
                break
            driver_ok = driver_at >= 0 and bool(re.match(r"^[0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?$", cells[driver_at], A))
            cc_ok = cc_at >= 0 and bool(re.match(r"^[0-9]{1,2}\.[0-9]{1,2}$", cells[cc_at], A))
            if (driver_at >= 0 and not driver_ok) or (cc_at >= 0 and not cc_ok and not re.match(r"^\[N/A\]$|^N/A$", cells[cc_at], A)):
                break
            name = cells[name_at] if name_at >= 0 else ""
            if driver_ok:
                set_once(facts, "driver_version", cells[driver_at])
            if name:
                found["csv"].append(name)
                if cc_ok and name not in facts["compute_caps"]:
                    facts["compute_caps"][name] = cells[cc_at]
            j += 1
        i = j
    if saw_header:
        return
    for line in lines:
        m = re.match(r"^((?:NVIDIA|Tesla|Quadro|GeForce|TITAN)[^,]*[^, ]) *, *([0-9]{3}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)"
                     r"(?: *, *([0-9]{1,2}\.[0-9]{1,2}))?$", line, A)
        if not m:
            continue
        add_source(facts, "nvidia-smi-csv")
        set_once(facts, "driver_version", m.group(2))
        found["csv"].append(m.group(1))
        if m.group(3) and m.group(1) not in facts["compute_caps"]:
            facts["compute_caps"][m.group(1)] = m.group(3)


def parse_banner(lines, facts, found):
    """Ultralytics' start-up line: "Ultralytics YOLOv8.1.3 Python-3.10.11 torch-2.1.0+cpu CPU" (or cut after the
    version), or with
    "torch-2.0.1+cu118 CUDA:0 (NVIDIA GeForce RTX 3060, 12288MiB)". The first one counts."""
    for line in lines:
        m = re.match(r"^(?:Ultralytics|YOLOv[0-9]).{0,80}? torch-([0-9]{1,2}\.[0-9]{1,3}\.[0-9]{1,3}(?:\+[A-Za-z0-9.]+)?)"
                     r"(?: CPU\b| CUDA:[0-9]+ \(([^,()]{1,80}), [0-9]+MiB\)| *$)", line, A)
        if m:
            add_source(facts, "torch-print")
            set_once(facts, "torch_version", m.group(1))
            if m.group(2) and not found["torch"]:
                found["torch"].append(trim_spaces(m.group(2)))
            return


def parse_package_list(lines, facts):
    """conda list, pip list, pip show and pip freeze: which PyTorch is installed, and whether conda picked its CPU
    build. Not inside collect_env, whose own fields say the same (its "[conda] ..." lines list what is installed beside
    them)."""
    if is_collect_env(lines):
        return
    cpu, seen = None, False
    for i, line in enumerate(lines):
        # conda: "pytorch  1.11.0  py3.8_cuda11.3_cudnn8.2.0_0  pytorch", "pytorch 2.1.2 cuda118_py310h..." (conda-forge),
        # "pytorch 1.11.0 py3.8_cpu_0", "pytorch 2.1.0 cpu_generic_py311h...".
        # Only the first such line counts: a paste of "before" and "after" lists describes the first machine state.
        # conda's install plan says the same: "pytorch-nightly/win-64::pytorch-1.11.0.dev20211001-py3.6_cpu_0", and in
        # its download list "pytorch-1.7.1 | cpu_py37hf1c21f6_1".
        m = (re.match(r"^pytorch +([0-9]{1,2}\.[0-9]{1,3}(?:\.[0-9]{1,3})?) +([A-Za-z0-9_.]+)(?: +[A-Za-z0-9_./:-]+)?$", line, A)
             or re.search(r"::pytorch(?:-nightly)?-([0-9]{1,2}\.[0-9]{1,3}[0-9A-Za-z.+]*)-([A-Za-z0-9_.]+)$", line, A)
             or re.match(r"^pytorch-([0-9]{1,2}\.[0-9]{1,3}[0-9A-Za-z.+]*) *\| *([A-Za-z0-9_.]+)(?: |$)", line, A))
        if m:
            add_source(facts, "package-list")
            if seen:
                continue
            seen = True
            set_once(facts, "torch_version", m.group(1))
            build = m.group(2)
            cu = re.search(r"(?:^|_)cuda([0-9]{1,2})\.([0-9])", build, A) or re.match(r"^cuda([0-9]{1,2})([0-9])_", build, A)
            if cu:
                set_once(facts, "torch_cuda", str(int(cu.group(1))) + "." + cu.group(2))
            elif re.search(r"(?:^|_)cpu(?:_|$)", build, A):
                cpu = build  # the build string says more than cpuonly or pytorch-mutex
            continue
        # pip list "torch 2.1.0+cu121", pip freeze "torch==2.1.0+cu121", pip show "Name: torch" then "Version: ...",
        # conda list's pip-installed "torch 2.7.0 pypi_0 pypi".
        m = re.match(r"^(?:torch +|torch==|Version: +)([0-9]{1,2}\.[0-9]{1,3}\.[0-9]{1,3}(?:[a-z]+[0-9]*)?(?:\+[A-Za-z0-9.]+)?)"
                     r"(?: +(?:pypi_0 +pypi|<pip>))?$", line, A)
        if m and (not line.startswith("Version:") or (i > 0 and re.match(r"^Name: +torch$", lines[i - 1], A))):
            add_source(facts, "package-list")
            set_once(facts, "torch_version", m.group(1))
            continue
        if re.match(r"^cpuonly +[0-9.]+ +[A-Za-z0-9_]+ +pytorch$", line, A) or re.match(r"^pytorch-mutex +[0-9.]+ +cpu +pytorch$", line, A):
            add_source(facts, "package-list")
            if cpu is None:
                cpu = line.split(" ")[0]
            continue
        m = re.match(r"^pytorch-cuda +([0-9]{1,2}\.[0-9]) +[A-Za-z0-9_]+ +(?:pytorch|nvidia)$", line, A)
        if m:
            add_source(facts, "package-list")
            set_once(facts, "torch_cuda", m.group(1))
    if cpu is not None and facts["torch_cuda"] is None and facts["cpu_reason"] is None:
        facts["cpu_reason"] = "conda"
        facts["cpu_raw"] = cpu


def is_collect_env(lines):
    return any(re.match(r"^(?:CUDA used to build PyTorch|Is CUDA available|Is debug build) *:", l, AI) for l in lines)


def parse_gpu_list(lines, facts, found):
    """"GPU 0: name" lines, from nvidia-smi -L (with a UUID) or collect_env; one name per index. A collect_env report
    with a single GPU (or a non-NVIDIA one) names it on the "GPU models and configuration" line itself."""
    seen = set()
    collect = is_collect_env(lines)
    for line in lines:
        single = re.match(r"^GPU models and configuration *: *(.+)$", line, AI) if collect else None
        if single and not re.match(r"^(?:GPU [0-9]{1,2} *:|Could not collect|No CUDA|N/A|None)", single.group(1), AI):
            found["list"].append(trim_spaces(single.group(1)))
            continue
        rest = re.sub(r"^GPU models and configuration *: *", "", line, count=1, flags=AI)
        m = re.match(r"^GPU ([0-9]{1,2}) *: *(.+)$", rest, A)
        if not m:
            continue
        name = m.group(2)
        uuid = name.find("(UUID:")
        if uuid >= 0:
            name = name[:uuid]
            add_source(facts, "nvidia-smi")
        elif not collect:
            continue
        name = trim_spaces(name)
        if not name or re.match(r"^(?:Could not collect|No CUDA|N/A)$", name, AI) or m.group(1) in seen:
            continue
        seen.add(m.group(1))
        found["list"].append(name)


def parse_nvcc(lines, facts):
    """nvcc -V: "release 12.1, V12.1.66"; or a shell saying there is no nvcc."""
    for line in lines:
        m = re.search(r"Cuda compilation tools, release ([0-9]{1,3}\.[0-9]{1,3})"
                      r"(?:, V([0-9]{1,3}\.[0-9]{1,3}(?:\.[0-9]{1,6})?))?", line, A)
        if m:
            add_source(facts, "nvcc")
            set_once(facts, "nvcc_version", m.group(2) or m.group(1))
            continue
        if re.match(r"^nvcc: NVIDIA \(R\) Cuda compiler", line, A):
            add_source(facts, "nvcc")
        if re.search(r"(?:^|[ :])nvcc(?:\.exe)?: *(?:command )?not found|command not found: *nvcc\b|Command 'nvcc' not found|"
                     r"'nvcc(?:\.exe)?' is not recognized|'nvcc' 不是内部或外部命令", line, AI):
            add_source(facts, "nvcc")
            facts["nvcc_missing"] = True


def parse_collect_env(lines, facts):
    """python -m torch.utils.collect_env."""
    if not is_collect_env(lines):
        return
    add_source(facts, "collect_env")
    for line in lines:
        m = re.match(r"^PyTorch version *:? *([0-9][0-9A-Za-z.+_-]*)$", line, AI)
        if m:
            set_once(facts, "torch_version", m.group(1))
        m = re.match(r"^CUDA used to build PyTorch *: *(.+)$", line, AI)
        if m:
            # Old reports print the full toolkit version ("10.1.243"); the build is its X.Y.
            full = re.match(r"^([0-9]{1,3}\.[0-9]{1,3})(?:\.[0-9]{1,6})?$", m.group(1), A)
            if full:
                set_once(facts, "torch_cuda", full.group(1))
            elif re.match(r"^(?:None|Could not collect)$", m.group(1), AI) and facts["cpu_reason"] is None:
                facts["cpu_reason"] = "collect"
                facts["cpu_raw"] = m.group(1)
        m = re.match(r"^Is CUDA available *: *(True|False|Yes|No)$", line, AI)
        if m:
            set_once(facts, "cuda_available", bool(re.match(r"^(?:True|Yes)$", m.group(1), AI)))
        m = re.match(r"^Nvidia driver version *: *([0-9]{1,4}\.[0-9]{1,4}(?:\.[0-9]{1,4})?)$", line, AI)
        if m:
            set_once(facts, "driver_version", m.group(1))
        if re.match(r"^GPU models and configuration *: *(?:Could not collect|No CUDA)$", line, AI):
            facts["collect_no_gpu"] = True


def parse_shown_versions(lines, facts):
    """The Python X.Y the paste shows: collect_env's (and ComfyUI's) "Python version:" line, an issue template's
    "- Python: 3.12.3" (or "- **Python:** 3.11.15"), or the interpreter's banner and `python --version` ("Python
    3.9.16 (main, ...)"); and an issue template's "- PyTorch: 2.8.0+cu128" (or "- **PyTorch version:** …")."""
    for line in lines:
        m = re.match(r"^(?:[-*] *)?\**Python(?: version)?\** *: *\** *([0-9]{1,2}\.[0-9]{1,3})(?![0-9])", line, AI) or \
            re.match(r"^Python ([0-9]{1,2}\.[0-9]{1,3})\.[0-9]{1,3}[a-z0-9+]*(?: \(|$)", line, A)
        if m:
            set_once(facts, "python", m.group(1))
        m = re.match(r"^[-*] *\**(?:PyTorch|torch)(?: version)?\** *: *\** *([0-9]{1,2}\.[0-9]{1,3}\.[0-9]{1,3}(?:\+[A-Za-z0-9.]{1,20})?) *$", line, AI)
        if m:
            set_once(facts, "torch_version", m.group(1))


def value_token(token):
    return bool(re.match(r"^'[0-9][0-9A-Za-z.+_-]*'$|^[0-9][0-9A-Za-z.+_-]*$|^(?:True|False|None)$", token, A))


def take_torch_value(facts, key, raw):
    value = re.sub(r"^'|'$", "", raw, flags=A)
    if key == "cuda_available":
        if value in ("True", "False"):
            set_once(facts, key, value == "True")
    elif key == "torch_cuda":
        if value == "None":
            if facts["cpu_reason"] is None:
                facts["cpu_reason"] = "none"
                facts["cpu_raw"] = "None"
        elif re.match(r"^[0-9]{1,3}\.[0-9]{1,3}$", value, A):
            set_once(facts, key, value)
    elif re.match(r"^[0-9]", value, A):
        set_once(facts, key, value)


LABELLED = [
    ("torch_version", re.compile(r"^(?:[-*] +)?(?:torch|pytorch|torch version|pytorch version|torch\.__version__|torch_version|__version__)"
                                 r"(?: \(e\.g\.[^)]{0,30}\))? *[:=] *('?[0-9][0-9A-Za-z.+_-]*'?)$", AI)),
    ("torch_cuda", re.compile(r"^(?:[-*] +)?(?:torch\.version\.cuda|torch cuda|torch cuda version|torch_cuda|torch\.cuda\.version) *[:=] *"
                              r"('?[0-9]{1,3}\.[0-9]{1,3}'?|None)$", AI)),
    ("cuda_available", re.compile(r"^(?:[-*] +)?(?:torch\.cuda\.is_available\(\)|cuda available|cuda_available|cuda is available|"
                                  r"is_available(?:\(\))?) *[:=] *(True|False)$", AI)),
]


# A device name printed with a label, or typed in an issue template's list ("- GPU: NVIDIA GeForce RTX 5090 (32GB)");
# the bare labels count only with a name that looks like an NVIDIA GPU's, without a trailing note in brackets.
DEVICE_NAME = re.compile(r"^(?:[-*] +)?(?:CUDA device name|Device name|GPU name|torch\.cuda\.get_device_name\([0-9]?\)|"
                         r"(GPU|GPU model|GPU models and configuration \(e\.g\.[^)]{0,30}\)|Graphics card)) *[:=] *(.+)$", AI)
NVIDIA_NAME = re.compile(r"\b(?:NVIDIA|GeForce|RTX|GTX|Tesla|Quadro|TITAN|Jetson)\b|^[ABHLTV][0-9]{1,3}\b", AI)
# A driver typed in such a list: "- Driver: 570.181", "NVIDIA driver version (e.g. 535): 535.54", "(Driver 570.181)".
TYPED_DRIVER = re.compile(r"^[-*] +(?:NVIDIA |Nvidia )?(?:GPU )?[Dd]river(?: [Vv]ersion)?(?: \(e\.g\.[^)]{0,30}\))? *[:=] *"
                          r"([0-9]{3}\.[0-9]{1,3}(?:\.[0-9]{1,3})?)\b|\(Driver ([0-9]{3}\.[0-9]{1,3}(?:\.[0-9]{1,3})?)\)", A)
DEVICE_NAME_CALL = re.compile(r"print\(torch\.cuda\.get_device_name\([0-9]*\)\)", A)


def parse_torch_print(lines, facts, found):
    """A printed torch.__version__ / torch.version.cuda / torch.cuda.is_available(), in the REPL, from python -c, or labelled."""
    seen = False
    collect = is_collect_env(lines)
    for i, line in enumerate(lines):
        labelled = False
        for key, pattern in LABELLED:
            if collect and re.match(r"^PyTorch version\b", line, AI):
                break
            m = pattern.match(line)
            if m:
                take_torch_value(facts, key, m.group(1))
                labelled = True
                if re.match(r"[-*] ", line, A):
                    add_source(facts, "env-list")
                else:
                    seen = True
        if labelled:
            continue
        m = DEVICE_NAME.match(line)
        if m and (not m.group(1) or NVIDIA_NAME.search(m.group(2))):
            found["torch"].append(trim_spaces(re.sub(r" *\([^()]*\)$", "", m.group(2)) if m.group(1) else m.group(2)))
            if re.match(r"[-*] ", line, A):
                add_source(facts, "env-list")
            else:
                seen = True
            continue
        m = TYPED_DRIVER.search(line)
        if m:
            set_once(facts, "driver_version", m.group(1) or m.group(2))
            add_source(facts, "env-list")
        if re.search(r"^(?:>>> *)?(?:import torch\b|from torch\b)|-c +[\"']import torch\b", line, A):
            seen = True
        # python -c "import torch; print(torch.cuda.get_device_name(0))" prints the name on the next line.
        if len(DEVICE_NAME_CALL.findall(line)) == 1 and line.count("print(") == 1 and i + 1 < len(lines) and lines[i + 1] \
                and not re.search(r"^(?:>>>|In \[|Traceback|python)", lines[i + 1], A):
            found["torch"].append(lines[i + 1])
            seen = True
        # A bare torch version with a local label ("2.7.0+cu128") is what torch.__version__ prints.
        if re.match(r"^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(?:[.a-z0-9]*)\+(?:cu[0-9]{2,3}|cpu|rocm[0-9.]+)$", line, A):
            set_once(facts, "torch_version", line)
        if re.search(r"device='cuda(?::[0-9]+)?'", line, A):
            set_once(facts, "cuda_available", True)
        exprs = sorted(((key, line.find(expr)) for key, expr in EXPRESSIONS if line.find(expr) >= 0), key=lambda e: e[1])
        if not exprs:
            continue
        seen = True
        for j in range(i + 1, min(len(lines), i + 16)):
            out = re.sub(r"^Out\[[0-9]+\]: *", "", lines[j], count=1, flags=A)
            if re.match(r"^(?:>>>|In \[)", out, A) or any(expr in out for _, expr in EXPRESSIONS):
                break
            tokens = re.split(r" +", out)
            if not out or len(tokens) != len(exprs) or not all(value_token(t) for t in tokens):
                continue
            for (key, _), token in zip(exprs, tokens):
                take_torch_value(facts, key, token)
            break
    if seen:
        add_source(facts, "torch-print")


# Messages that each say one thing: (pattern, the output it comes from, the fact, its value). A fact already set keeps
# its value; the same table is in diagnose.js.
SIGNALS = [(re.compile(pattern, AI), source, key, value) for pattern, source, key, value in [
    (r"CUDA driver initialization failed", "torch-print", "init_failed", True),
    # cuInit's own failure (CUDA_ERROR_NOT_INITIALIZED, 3), as Ollama and CUDA's API print it.
    (r"cuda driver library init failure: 3\b|CUDA_ERROR_NOT_INITIALIZED|cudaErrorInitializationError", "torch-print", "init_failed", "cuinit"),
    # nvidia-settings and X's log: the user-space driver is there, its kernel module is not.
    (r"NVIDIA driver is not loaded", "nvidia-smi", "no_driver", "not-loaded"),
    (r"No CUDA GPUs are available", "torch-print", "no_cuda_gpus", "torch"),
    (r"no CUDA-capable device is detected|CUDA_ERROR_NO_DEVICE|cudaErrorNoDevice|no CUDA devices found|no nvidia devices detected by library", "torch-print", "no_cuda_gpus", "cuda"),
    # NVML's name for the mismatch nvidia-smi prints as "Driver/library version mismatch".
    (r"NVML_ERROR_LIB_RM_VERSION_MISMATCH", "nvidia-smi", "mismatch", True),
    # The kernel's words for the same mismatch (dmesg).
    (r"NVRM: API mismatch: the client has the version", "driver-log", "mismatch", True),
    # The nvidia-uvm module (and its /dev/nvidia-uvm) missing: no CUDA without it.
    (r'Could not load UVM kernel module|"/dev/nvidia-uvm": no such file or directory|/dev/nvidia-uvm: no such file or directory|'
     r"could not insert 'nvidia[-_a-z0-9]{0,20}uvm'", "docker", "no_driver", "uvm"),
    # The open kernel module refusing a GPU it cannot drive (no GSP before Turing; early releases: data center only).
    (r"NVRM: .{0,80}not supported by open|Open nvidia\.ko is only ready for use on Data Center GPUs", "driver-log", "no_driver", "open-module"),
    # CUDA's unknown error at initialisation: most often the driver lost the GPU over a suspend and resume.
    (r"CUDA unknown error|CUDA_ERROR_UNKNOWN|cudaErrorUnknown|cudaGetDeviceCount returned 30\b|\(30 vs\. 0\) unknown error", "torch-print", "cuda_unknown", True),
    # PyTorch saying CUDA is unavailable while loading a checkpoint saved on a GPU.
    (r"Attempting to deserialize object on a CUDA device but torch\.cuda\.is_available\(\) is False", "torch-print", "cuda_available", False),
    # "The NVIDIA driver on your system is too old", with or without the version it found.
    (r"The NVIDIA driver on your system is too old", "torch-print", "torch_driver_too_old", True),
    # WSL's ldconfig on the Windows driver's copies of libcuda: harmless.
    (r"ldconfig: /usr/lib/wsl/lib/libcuda\.so\.1 is not a symbolic link", "driver-log", "wsl_ldconfig", True),
    # The driver's video libraries (NVDEC, NVENC), which the container runtime mounts only with the video capability.
    (r"Cannot load libnvcuvid\.so|Cannot load libnvidia-encode\.so|lib(?:nvcuvid|nvidia-encode)\.so(?:\.1)?: cannot open shared object file",
     "torch-print", "container_error", "no-video-libs"),
    # The driver's JIT (or ptxas) refusing PTX from a newer CUDA: "Unsupported .version 8.1; current version is '8.0'".
    (r"the provided PTX was compiled with an unsupported toolchain|Unsupported \.version [0-9]+\.[0-9]+; current version is|CUDA_ERROR_UNSUPPORTED_PTX_VERSION|cudaErrorUnsupportedPtxVersion",
     "torch-print", "ptx_toolchain", True),
    (r"a PTX JIT compilation failed", "torch-print", "ptx_toolchain", "jit"),
    # NCCL setting up NVLink SHARP (NVLS) on an NVSwitch system: fails after Fabric Manager was restarted under it.
    (r"transport/nvls\.cc:[0-9]{1,5} NCCL WARN Cuda failure (?:[0-9]{1,4} )?'invalid argument'", "torch-print", "nvls_failed", True),
    # The CUDA Toolkit's stub libcuda (for linking only) loaded instead of the driver's.
    (r"/stubs/libcuda\.so(?:\.1)?: |CUDA driver is a stub library|cudaErrorStubLibrary|CUDA_ERROR_STUB_LIBRARY", "torch-print", "stub_libcuda", True),
    # Kokkos (LAMMPS, Trilinos) compiled for another GPU architecture than the one it runs on.
    (r"Kokkos::Cuda::initialize ERROR: (?:likely mismatch of architecture|running kernels compiled for compute capability)", "torch-print", "kokkos_arch", True),
    # A program's own words for finding no GPU (DeepSpeed's launcher, Unsloth, COLMAP's device count).
    (r"Unable to proceed, no GPU resources available|Unsloth: No NVIDIA GPU found|Check failed: num_cuda_devices > 0 \(0 vs\. 0\)|"
     r"Compiled with WITH_GPU, but no GPU found in runtime",
     "torch-print", "no_cuda_gpus", "program"),
    # DGL's CPU package.
    (r"Device API cuda is not enabled\. Please install the cuda version of dgl", "torch-print", "cpu_pkg", "dgl"),
    # JAX with a CPU-only jaxlib.
    (r"a CUDA-enabled jaxlib is not installed\. Falling back to cpu", "torch-print", "cpu_pkg", "jax"),
    # XLA's (TensorFlow's, JAX's) words for the driver/library mismatch: "kernel version 515.48.7 does not match DSO version 510.73.5".
    (r"kernel version [0-9]{2,4}(?:\.[0-9]{1,3}){1,2} does not match DSO version [0-9]{2,4}(?:\.[0-9]{1,3}){1,2}", "torch-print", "mismatch", "dso"),
    # An NVIDIA (NGC) container's start-up check: the host driver is older than the container needs, without forward compatibility.
    (r"compatibility mode is UNAVAILABLE", "docker", "ngc_unavailable", True),
    # Omniverse's (Isaac Sim's) driver check.
    (r"The currently installed NVIDIA graphics driver is unsupported or has known issues", "torch-print", "omni", True),
    # CUDA error 35 and 804: the program's CUDA runtime is newer than the driver (804: forward compatibility tried on a
    # GPU that does not support it); 803: the user-mode CUDA driver and the kernel driver do not match.
    (r"CUDA driver version is insufficient for CUDA runtime version|InsufficientDriver|CUDA_ERROR_INSUFFICIENT_DRIVER",
     "torch-print", "driver_behind", "insufficient"),
    (r"NVIDIA Insufficient driver", "torch-print", "driver_behind", "insufficient-words"),
    (r"forward compatibility was attempted on non supported HW|cudaErrorCompatNotSupportedOnDevice", "torch-print", "driver_behind", "forward-compat"),
    (r"system has unsupported display driver / cuda driver combination|cudaErrorSystemDriverMismatch", "torch-print", "compat_mismatch", True),
    # Docker and the NVIDIA Container Toolkit.
    (r'could not select device driver "[A-Za-z0-9_.-]*" with capabilities: \[(?:\[gpu\])?\]', "docker", "container_error", "no-gpu-driver"),
    (r"nvidia-container-cli: initialization error: WSL environment detected but no adapters were found", "docker", "container_error", "wsl-no-adapters"),
    (r"unknown or invalid runtime name: nvidia|Unknown runtime specified nvidia", "docker", "container_error", "no-runtime"),
    # containerd or CRI-O on a Kubernetes node with no nvidia runtime for the pod's RuntimeClass.
    (r'no runtime for "nvidia" is configured', "docker", "container_error", "no-runtime-cri"),
    # The nvidia-fabricmanager service failing to start (or timing out) on an NVSwitch machine.
    (r"Failed to start (?:the )?NVIDIA fabric ?manager|service\[nvidia-fabricmanager\][^\n]{0,80}(?:had an error|timed out)|"
     r"nvidia-fabricmanager\.service: (?:Failed|Main process exited, code=exited, status=[1-9])", "driver-log", "fm_failed", True),
    # The Kubernetes device plugin (or a program in a container) cannot load NVML: the runtime mounted no driver.
    (r"could not load NVML library", "docker", "container_error", "no-nvml"),
    # nvidia-container-cli's NVML finds the host's driver not loaded: the fault is on the host.
    (r"nvidia-container-cli: initialization error: nvml error: driver not loaded", "docker", "no_driver", "container-host"),
    (r"nvidia-container-cli: initialization error: load library failed: libnvidia-ml\.so", "docker", "container_error", "no-driver-libs"),
    # The CUDA driver library (libcuda, installed with the driver) is not where the loader looks.
    (r"Failed to dlopen libcuda\.so|libcuda\.so(?:\.1)?: cannot open shared object file|Could not load dynamic library 'libcuda\.so|Cannot load libcuda\.so|Unable to find cuda lib under the names",
     "torch-print", "no_driver", "libcuda"),
    # WSL2 and Hyper-V GPU-PV guests: Windows withholds the GPU.
    (r"GPU access blocked by the operating system", "nvidia-smi", "no_driver", "blocked"),
    # dmesg: another driver (nouveau) holds the GPU, so the NVIDIA module never attached to it.
    (r"NVRM: The NVIDIA probe routine was not called|NVRM: No NVIDIA (?:graphics adapter|GPU) (?:probed|found)", "driver-log", "no_driver", "not-probed"),
    # Exclusive compute mode with the GPU taken, or a GPU another process holds.
    (r"all CUDA-capable devices are busy or unavailable|cudaErrorDevicesUnavailable", "torch-print", "gpus_busy", True),
    # CUDA error 802 (cudaErrorSystemNotReady), in CUDA's words or PyTorch's "cuda runtime error (802)".
    (r"system not yet initialized|cudaErrorSystemNotReady|CUDA error 802\b|runtime error \(802\)", "torch-print", "system_not_ready", True),
    (r"no kernel image is available for execution on the device", "torch-print", "no_kernel_image", True),
]]


CUDA_LIB = re.compile(
    r"(lib(?:cudart|cublas|cublasLt|cufft|curand|cusparse|cusparseLt|cusolver|cudnn[A-Za-z_]{0,30}|nvrtc|nvToolsExt|nvJitLink|nccl|cupti|cudss|nvinfer[A-Za-z_]{0,30})"
    r"\.so(?:\.[0-9]+)*): cannot open shared object file"
    r"|Could not load dynamic library '((?:lib(?:cudart|cublas|cublasLt|cufft|curand|cusparse|cusolver|cudnn[A-Za-z_]{0,30}|nvinfer[A-Za-z_]{0,30})\.so[.0-9]*)"
    r"|(?:cu[a-zA-Z]{1,20}64_[0-9]+\.dll))'"
    r"|Could not (?:load library|locate) ((?:cudnn[A-Za-z_0-9]{0,30}|zlibwapi)\.dll)"
    r'|Error loading "[^"]{0,300}\\torch\\lib\\([A-Za-z0-9_.-]{1,60}\.dll)" or one of its dependencies'
    # CTranslate2 (faster-whisper), cuDNN 9's own loader and PaddlePaddle name the library too.
    r"|Library ((?:lib)?(?:cublas|cublasLt|cudnn[A-Za-z_]{0,30}|cudart|cufft|curand)(?:64_[0-9]{1,3}\.dll|\.so(?:\.[0-9]+)*)) is not found or cannot be loaded"
    r"|Unable to load any of \{(libcudnn[A-Za-z_]{0,30}\.so(?:\.[0-9]+)*)"
    r"|The third-party dynamic library \(((?:lib)?[A-Za-z0-9_]{1,40}(?:\.dll|\.so(?:\.[0-9]+)*))(?:;[A-Za-z0-9_.]{1,40}){0,4}\) that Paddle depends on is not configured correctly"
    # libgpuarray (Theano) and others that name the Windows DLL in quotes.
    r'|Could not load "((?:nvrtc|cudart|cublas|cublasLt|cufft|curand|cusolver|cusparse|cudnn)[A-Za-z_]{0,30}64_[0-9]{1,3}\.dll)"', AI)


def built_capabilities(lines, i):
    """The (CC, lowest hardware CC) pairs the newer capability warning that starts at lines[i] lists, up to the next
    GPU's warning or its closing advice."""
    built = []
    for k, later in enumerate(lines[i:i + 24]):
        if k > 0 and re.search(r"Found GPU[0-9]+ ", later, A):
            break
        built += re.findall(r"([0-9]{1,2}\.[0-9]) which supports hardware CC >=([0-9]{1,2}\.[0-9])", later, A)
        if re.search(r"install a PyTorch release that supports", later, AI):
            break
    return built


def detect_errors(lines, facts):
    """Error messages from nvidia-smi, NVML and PyTorch."""
    for i, line in enumerate(lines):
        # PyTorch's capability warning: "Found GPU0 NVIDIA GB10 which is of cuda capability 12.1." followed, within a
        # few lines, by "(8.0) - (12.0)" (2.x), "The minimum cuda capability supported by this library is 3.7.", "The
        # minimum cuda capability that we support is 3.5." (earlier 1.x) or, earliest, only "PyTorch no longer supports
        # this GPU because it is too old.", which names no minimum. Since 2.11 it reads "which is of compute capability
        # (CC) 7.0." followed by one line per CC the build has ("- 7.5 which supports hardware CC >=7.5,<8.0").
        m = re.search(r"Found GPU[0-9]+ (.{1,80}?) which is of (?:cuda capability|compute capability \(CC\)) ([0-9]{1,2}\.[0-9])\b", line, A)
        if facts["cap_warning"] is None and m:
            warning, old = {"gpu": trim_spaces(m.group(1)), "cc": m.group(2), "min": None, "max": None}, False
            for later in lines[i:i + 5]:
                if warning["min"] is not None:
                    break
                span = re.search(r"\(([0-9]{1,2}\.[0-9])\) *- *\(([0-9]{1,2}\.[0-9])\)", later, A)
                minimum = re.search(r"minimum cuda capability (?:supported by this library|that we support) is ([0-9]{1,2}\.[0-9])", later, AI)
                if span:
                    warning["min"], warning["max"] = span.group(1), span.group(2)
                elif minimum:
                    warning["min"] = minimum.group(1)
                old = old or bool(re.search(r"no longer supports this GPU because it is too old", later, AI))
            if warning["min"] is None and not old:
                built = built_capabilities(lines, i)
                if built:
                    warning["min"] = min((low for _, low in built), key=float)
                    warning["max"] = max((cc for cc, _ in built), key=float)
            if warning["min"] is not None or old:
                add_source(facts, "torch-print")
                facts["cap_warning"] = warning
        # 2.13+: "Your installed torch==2.13.0+cu126 does not include kernels for this GPU."
        m = re.search(r"Your installed torch==([0-9][0-9A-Za-z.+_-]{0,40}?)\.? does not include kernels for this GPU", line, A)
        if m:
            add_source(facts, "torch-print")
            set_once(facts, "torch_version", m.group(1))
        if re.search(r"couldn'?t communicate with the NVIDIA driver", line, AI):
            add_source(facts, "nvidia-smi")
            if facts["no_driver"] is None:
                facts["no_driver"] = "smi-failed"
        m = re.search(r"nvidia-smi(?:\.exe)?: *(?:command )?not found|command not found: *nvidia-smi\b|Command 'nvidia-smi' not found|"
                      r"'nvidia-smi(?:\.exe)?' is not recognized|'nvidia-smi' 不是内部或外部命令", line, AI)
        if m:
            add_source(facts, "nvidia-smi")
            if facts["no_driver"] is None:
                facts["no_driver"] = "smi-missing"
                facts["no_driver_text"] = m.group(0)
        if re.search(r"Found no NVIDIA driver on your system", line, AI):
            add_source(facts, "torch-print")
            if facts["no_driver"] is None:
                facts["no_driver"] = "torch"
        if re.search(r"Driver/library version mismatch", line, AI):
            add_source(facts, "nvidia-smi")
            facts["mismatch"] = True
        # nvidia-smi's errors, and the hardware's own: the Xid codes NVIDIA lists for ECC, NVLink, a GPU off the bus and
        # GSP failures (dmesg), and an uncorrectable ECC error as CUDA reports it.
        m = re.search(r"NVRM: Xid \([^)]{0,40}\): (?:48|62|64|74|79|92|95|119|120)\b|"
                      r"Unable to determine the device handle for GPU ?[0-9A-Fa-f:.]+: *[A-Za-z][A-Za-z ]*[A-Za-z]|"
                      r"GPU (?:[0-9A-Fa-f:.]+ )?has fallen off the bus|No devices were found|GPU is lost|"
                      r"uncorrectable ECC error encountered|CUDA_ERROR_ECC_UNCORRECTABLE", line, AI)
        if m:
            add_source(facts, "driver-log" if re.match(r"NVRM", m.group(0), AI) else "torch-print" if re.search(r"ECC", m.group(0), AI) else "nvidia-smi")
            if facts["gpu_error"] is None:
                facts["gpu_error"] = m.group(0)
        # ("The NVIDIA driver on your" may end the line before: a terminal wraps it.)
        m = re.search(r"system is too old \(found version ([0-9]{1,9})\)", line, AI)
        if m:
            add_source(facts, "torch-print")
            set_once(facts, "torch_driver_old", int(m.group(1)))
        for pattern, source, key, value in SIGNALS:
            if pattern.search(line):
                add_source(facts, source)
                if facts[key] is None or facts[key] is False:
                    facts[key] = value
        # Output from inside a container: Compose's "service_1  | " prefix, or a shell prompt on the container's id.
        # … or an image's entrypoint script complaining ("/entrypoint.sh: line 52: nvidia-smi: command not found").
        if re.search(r"^[a-z0-9][a-z0-9_.-]{0,60}[-_][0-9]{1,3} {1,20}\| |^root@[0-9a-f]{12}:|^/[A-Za-z0-9_./-]{0,60}entrypoint\.sh: line [0-9]{1,5}: |^Creating [A-Za-z0-9_.-]{1,80} \.\.\. done", line, A):
            facts["in_container"] = True
        # A library's own minimum compute capability (Triton, FlashAttention and the kernels built on it).
        if facts["lib_cc"] is None:
            m = re.search(r"Triton only supports devices of CUDA Capability >= ([0-9]{1,2}\.[0-9]), but your device is of CUDA capability ([0-9]{1,2}\.[0-9])", line, AI)
            if m:
                add_source(facts, "torch-print")
                facts["lib_cc"], facts["lib_cc_need"], facts["lib_cc_tool"] = m.group(2), m.group(1), "triton"
            elif re.search(r"FlashAttention only supports Ampere GPUs or newer", line, AI):
                add_source(facts, "torch-print")
                facts["lib_cc"], facts["lib_cc_need"], facts["lib_cc_tool"] = "", "8.0", "flash"
            else:
                m = re.search(r"Ignoring visible gpu device \(.{0,120}?\) with Cuda compute capability ([0-9]{1,2}\.[0-9])\. "
                              r"The minimum required Cuda capability is ([0-9]{1,2}\.[0-9])", line, AI)
                if m:
                    add_source(facts, "torch-print")
                    facts["lib_cc"], facts["lib_cc_need"], facts["lib_cc_tool"] = m.group(1), m.group(2), "tensorflow"
                else:
                    m = re.search(r"GPU with CUDA (?:is )?capability ([0-9]{1,2}) ([0-9]) is not supported", line, AI)
                    if m:
                        add_source(facts, "torch-print")
                        facts["lib_cc"], facts["lib_cc_need"], facts["lib_cc_tool"] = m.group(1) + "." + m.group(2), "", ""
        # The NGC container's check: "built for NVIDIA Driver Release 535.86 or later, but version 510.85.02 was detected".
        m = re.search(r"This container was built for NVIDIA Driver Release ([0-9]{3}(?:\.[0-9]{1,3}){0,2}) or later", line, AI) if facts["ngc_need"] is None else None
        if m:
            add_source(facts, "docker")
            facts["ngc_need"] = m.group(1)
        m = re.search(r"version ([0-9]{3}(?:\.[0-9]{1,3}){1,2}) was detected", line, AI) if facts["ngc_need"] is not None and facts["ngc_driver"] is None else None
        if m:
            facts["ngc_driver"] = m.group(1)
        # Omniverse's driver check names the driver, the unsupported range and the recommended driver.
        if facts["omni"]:
            m = re.search(r"Installed driver: ([0-9]{3}(?:\.[0-9]{1,3}){0,2})", line, AI) if facts["omni_driver"] is None else None
            if m:
                facts["omni_driver"] = m.group(1)
            m = re.search(r"unsupported driver range: \[[0-9.]{1,12}, ([0-9]{3}(?:\.[0-9]{1,3}){0,2})\)", line, AI) if facts["omni_below"] is None else None
            if m:
                facts["omni_below"] = m.group(1)
            m = re.search(r"recommended drivers?: ([0-9]{3}(?:\.[0-9]{1,3}){1,2})", line, AI) if facts["omni_rec"] is None else None
            if m:
                facts["omni_rec"] = m.group(1)
        m = re.search(r"fabric manager NVIDIA GPU driver interface version ([0-9]{2,4}(?:\.[0-9]{1,3}){1,2}) "
                      r"(?:don\S{0,3}t|do not|doesn\S{0,3}t|does not) match with driver version ([0-9]{2,4}(?:\.[0-9]{1,3}){1,2})", line, AI)
        if m:
            add_source(facts, "driver-log")
            if facts["fm_version"] is None:
                facts["fm_version"], facts["fm_driver"] = m.group(1), m.group(2)
        # A CUDA, cuDNN or TensorRT library the program loads from the system and cannot find, and on Windows a DLL of
        # PyTorch's own that fails to load (WinError 126).
        m = CUDA_LIB.search(line) if facts["cuda_lib"] is None else None
        if m:
            add_source(facts, "torch-print")
            facts["cuda_lib"] = m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5) or m.group(6) or m.group(7) or m.group(8)
            # TensorFlow's dlopen warning: it goes on without the GPU.
            facts["cuda_lib_soft"] = bool(m.group(2))
            facts["cuda_lib_kind"] = ("torch-dll" if m.group(4) else "zlib" if re.match(r"zlibwapi", facts["cuda_lib"], AI)
                                      else "cudnn" if re.search(r"cudnn", facts["cuda_lib"], AI) else "cuda")
        # xFormers names the PyTorch it found: "(you have 2.1.2+cpu)".
        m = re.search(r"\(you have ([0-9]{1,2}\.[0-9]{1,3}(?:\.[0-9]{1,3})?\+cpu)\)", line, A) if facts["torch_version"] is None else None
        if m:
            add_source(facts, "torch-print")
            facts["torch_version"] = m.group(1)
        # nvidia-smi -q: rows of GPU memory waiting to be remapped, which takes a GPU reset.
        if re.search(r"^\s*Remapped Rows\s*$", line, AI):
            facts["remap_at"] = i
        if facts["remap_at"] >= 0 and i - facts["remap_at"] <= 6 and re.search(r"^\s*(?:Pending|Remapping Failure Occurred)\s*:\s*Yes\b", line, AI):
            add_source(facts, "nvidia-smi")
            if facts["gpu_error"] is None:
                facts["gpu_error"] = "Remapped Rows: " + trim_spaces(line)
        # nvcc refusing an architecture it does not know (too new for it) or no longer has (too old for it); the path of
        # the nvcc that failed often names its CUDA ("/usr/local/cuda-8.0/bin/nvcc").
        m = (re.search(r"Unsupported gpu architecture '(?:compute|sm)_([0-9]{2,3})[af]?'|Value '(?:sm|compute)_([0-9]{2,3})[af]?' is not defined for option 'gpu-name'",
                       line, AI) if facts["nvcc_arch"] is None else None)
        if m:
            add_source(facts, "nvcc")
            facts["nvcc_arch"] = m.group(1) or m.group(2)
            facts["nvcc_arch_tool"] = "nvcc" if m.group(1) else "ptxas"
        m = re.search(r"cuda-([0-9]{1,2}\.[0-9])[/\\]bin[/\\]nvcc", line, AI) if facts["nvcc_arch_path_cuda"] is None else None
        if m:
            facts["nvcc_arch_path_cuda"] = m.group(1)
        # PaddlePaddle's own check of the wheel's architectures against the GPU.
        m = re.search(r"The GPU architecture in your current machine is ([A-Za-z]{3,20}), which is not compatible with Paddle installation "
                      r"with arch: ([0-9 ]{2,60}[0-9])", line, AI) if facts["paddle_arch"] is None else None
        if m:
            add_source(facts, "torch-print")
            facts["paddle_arch"], facts["paddle_archs"] = m.group(1), trim_spaces(m.group(2))
        m = (re.search(r"The installed PaddlePaddle package was compiled for ([0-9 ]{2,60}[0-9]) ?,? ?but your current GPU is ([0-9]{2,3})\b", line, AI)
             if facts["paddle_arch"] is None else None)
        if m:
            add_source(facts, "torch-print")
            facts["paddle_arch"], facts["paddle_archs"] = "sm_" + m.group(2), trim_spaces(m.group(1))
        # XLA (TensorFlow, JAX) loading an older cuDNN than it was built with.
        m = (re.search(r"Loaded runtime CuDNN library: ([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,3}) but source was compiled with: ([0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,3})",
                       line, AI) if facts["cudnn_loaded"] is None else None)
        if m:
            add_source(facts, "torch-print")
            facts["cudnn_loaded"], facts["cudnn_built"] = m.group(1), m.group(2)
        # ONNX Runtime with no GPU provider: the CPU package (or both packages at once). A list of providers that has
        # the CPU one and no GPU one, or its warning that the CUDA provider is not among them.
        if (re.search(r"Specified provider 'CUDAExecutionProvider' is not in available provider names|CUDAExecutionProvider not available", line, AI)
                or ("CPUExecutionProvider" in line and re.search(r"[\['\"]\s*(?:Azure|CPU)ExecutionProvider", line, A)
                    and not re.search(r"(?:CUDA|Tensorrt|Dml|ROCM|MIGraphX|OpenVINO|CoreML|QNN|NvTensorRTRTX)ExecutionProvider", line, AI))):
            add_source(facts, "torch-print")
            facts["ort_cpu"] = True
        # FFmpeg's NVENC needing a newer driver: "Driver does not support the required nvenc API version. Required: 13.0 Found: 12.2".
        m = (re.search(r"Driver does not support the required nvenc API version\. Required: ([0-9]{1,2}\.[0-9]{1,2}) Found: ([0-9]{1,2}\.[0-9]{1,2})", line, AI)
             if facts["nvenc_need"] is None else None)
        if m:
            add_source(facts, "torch-print")
            facts["nvenc_need"], facts["nvenc_have"] = m.group(1), m.group(2)
        # TensorRT that does not know the GPU's architecture.
        m = (re.search(r"Target GPU SM ([0-9]{2,3}) is not supported by this TensorRT release|\(Unsupported SM\.?\)|Assertion failed: Unsupported SM", line, AI)
             if facts["trt_sm"] is None else None)
        if m:
            add_source(facts, "torch-print")
            facts["trt_sm"] = m.group(1) or ""
        m = re.search(r"nvidia-container-cli: requirement error: unsatisfied condition: cuda ?>= ?([0-9]{1,2}\.[0-9]{1,2})", line, AI)
        if m:
            add_source(facts, "docker")
            if facts["container_error"] is None:
                facts["container_error"], facts["container_cuda"] = "cuda-requirement", m.group(1)
        if " with CUDA capability sm_" in line:
            m = re.search(r"([A-Za-z0-9][A-Za-z0-9 ._-]{0,80}?) with CUDA capability sm_([0-9]{2,3}) "
                          r"is not compatible with the current PyTorch installation", line, A)
            if m:
                add_source(facts, "torch-print")
                if facts["arch_warning"] is None:
                    facts["arch_warning"] = {"gpu": trim_spaces(m.group(1)), "sm": m.group(2)}
        if re.search(r"Torch not compiled with CUDA enabled", line, A):
            add_source(facts, "torch-print")
            if facts["cpu_reason"] is None:
                facts["cpu_reason"] = "error"
                facts["cpu_raw"] = "Torch not compiled with CUDA enabled"


OS_WSL = re.compile(r"microsoft-standard|/usr/lib/wsl/|\bWSL2\b|\bwslinfo\b|\bWSL 2\b", AI)
OS_WSL1 = re.compile(r"[0-9]-Microsoft\b", A)
OS_MAC = re.compile(r"^OS *: *(?:macOS|Mac ?OS)|Darwin|macOS-[0-9]|/opt/homebrew/|(?:^|[\s'\"(=])/Users/[A-Za-z]", AIM)
OS_WINDOWS = re.compile(
    r"^OS *: *Microsoft Windows|^Python platform *: *Windows|TCC/WDDM|Driver-Model|\bWDDM\b|"
    r"^(?:\([^)]*\) *)?PS [A-Za-z]:\\|^[A-Za-z]:\\[^\n]*>|[A-Za-z]:\\Program Files|"
    r"is not recognized as an internal or external command|不是内部或外部命令|\.dll\b|\.exe\b|\bon win32\b|"
    r"^Built on .*_(?:Pacific|Eastern|Central|Mountain)_(?:Standard|Daylight)_Time_|\b[A-Za-z]:\\Users\\|"
    # CPython's own banner on Windows ("[MSC v.1941 64 bit (AMD64)]") and platform.platform() ("Windows-11-10.0.26200-SP0").
    r"\[MSC v\.[0-9]{3,4} (?:32|64) bit \((?:AMD64|ARM64|Intel)\)\]|\bWindows-1[01]-10\.0\.[0-9]{4,5}\b", AIM)
OS_LINUX = re.compile(
    r"Persistence-M|^OS *: *(?:Ubuntu|Debian|CentOS|Red Hat|Rocky|AlmaLinux|Fedora|Arch|openSUSE|SUSE|Linux|"
    r"Amazon Linux|Oracle Linux|Pop!_OS)|^Python platform *: *Linux|\bon linux\b|Failed to initialize NVML|"
    r"(?:^|[ :'\"=(])/(?:usr|home|root|opt|bin|etc|var|mnt|lib|lib64|sbin|proc|dev|run|srv|sys|tmp)/|"
    r"^(?:\([^)]*\) *)?[^ @]+@[^ :]+:[^\n]*[$#]|^\$ |^\[[^\]]+\][$#]|^Linux \S+ [0-9]+\.[0-9]+\S* #|"
    # nvcc's build stamp names the time zone in full on Windows (…_Pacific_Daylight_Time_2019), abbreviated elsewhere.
    r"^Built on [A-Za-z]{3}_[A-Za-z]{3}_+[0-9]{1,2}_[0-9:]{8}_[A-Z]{3}_[0-9]{4}$", AIM)


# The CPU as collect_env (OS and Python platform lines, lscpu) and /proc/driver/nvidia/version name it.
CPU_SHOWN = re.compile(
    r"^OS *: .*\((aarch64|arm64|x86_64)\) *$|^Architecture: *(aarch64|arm64|x86_64)\b|"
    r"^Python platform *: *Linux-\S*?-(aarch64|x86_64)-with|NVIDIA UNIX (?:Open Kernel Module for )?(aarch64|x86_64)\b", AIM)


def detect_os(lines, facts):
    """What the text itself shows about the system; nothing shown gives "unknown" (and a None CPU)."""
    text = "\n".join(lines)
    cpu = CPU_SHOWN.search(text)
    if cpu:
        shown = cpu.group(1) or cpu.group(2) or cpu.group(3) or cpu.group(4)
        facts["cpu"] = "aarch64" if shown.lower() in ("aarch64", "arm64") else "x86_64"
    facts["mac"] = bool(OS_MAC.search(text))
    if OS_WSL.search(text) or OS_WSL1.search(text) or (facts["smi_mismatch"] and not OS_WINDOWS.search(text)):
        facts["os"] = "wsl"
    elif facts["mac"]:
        facts["os"] = "macos"
    elif OS_WINDOWS.search(text):
        facts["os"] = "windows"
    elif OS_LINUX.search(text):
        facts["os"] = "linux"
    else:
        facts["os"] = "unknown"


def parse_report(text):
    """The facts a pasted report shows; values it does not show are None. Never raises on any string."""
    facts = empty_facts()
    lines = split_lines(text)
    facts["empty"] = all(l == "" for l in lines)
    found = {"table": [], "query": [], "csv": [], "list": [], "torch": []}
    parse_smi_table(lines, facts, found)
    parse_kernel_module(lines, facts)
    parse_smi_query(lines, facts, found)
    parse_smi_csv(lines, facts, found)
    parse_gpu_list(lines, facts, found)
    parse_nvcc(lines, facts)
    parse_collect_env(lines, facts)
    parse_shown_versions(lines, facts)
    parse_torch_print(lines, facts, found)
    parse_package_list(lines, facts)
    parse_banner(lines, facts, found)
    detect_errors(lines, facts)
    detect_os(lines, facts)
    gpus = found["csv"] or found["list"] or found["query"] or found["table"] or found["torch"]
    facts["gpus"] = list(gpus)
    facts["gpu_count"] = max(len(gpus), facts["attached"] or 0) or None
    # torch.__version__'s local label names the CUDA build ("2.1.0+cu118" is CUDA 11.8) when torch.version.cuda is not shown.
    if facts["torch_cuda"] is None and facts["torch_version"]:
        m = re.search(r"\+cu([0-9]{1,2})([0-9])$", facts["torch_version"], A)
        if m:
            facts["torch_cuda"] = str(int(m.group(1))) + "." + m.group(2)
    if facts["nvcc_version"] is not None:
        facts["nvcc_missing"] = None
    facts["sources"] = [s for s in SOURCES if s in facts["sources"]]
    return facts


# ---------- look-ups in the dataset ----------


def lookup_gpu(data, name):
    """Compute capability of a GPU name as nvidia-smi shows it, or None. Truncated names ("GeForce RTX 207...")
    count only when every dataset name they could be agrees on one capability. A "name" longer than any GPU's is
    not one (and trying its prefixes would take time quadratic in its length)."""
    if len(name) > 120:
        return None
    truncated = bool(re.search(r"(?:\.\.\.|\u2026)$", name))
    base = trim_spaces(re.sub(r"(?:\.\.\.|\u2026)$", "", name, count=1))
    tries = []
    if not truncated:
        tries.append(base)
    if base.find("-") > 0:
        tries.append(base.split("-")[0])
    if not truncated:
        words = re.split(r" +", base)
        for n in range(len(words) - 1, 0, -1):
            shorter = " ".join(words[:n])
            if re.search(r"[0-9]", shorter, A):
                tries.append(shorter)
    for t in tries:
        gpu = find_gpu(data, t)
        if gpu:
            return gpu["cc"]
    if not truncated:
        return None
    key = normalize_name(base)
    if not re.search(r"[0-9]", key, A):
        return None
    ccs = []
    wanted = re.sub(r"^(?:geforce|tesla|quadro|nvidia) ", "", key, count=1)
    for k in data["gpuKeys"]:
        stripped = re.sub(r"^(?:geforce|tesla|quadro|nvidia) ", "", k, count=1)
        if stripped.startswith(wanted):
            cc = data["gpus"][data["gpuKeys"][k]]["cc"]
            if cc not in ccs:
                ccs.append(cc)
    return ccs[0] if len(ccs) == 1 else None


def torch_cuda(facts):
    """The PyTorch CUDA version the installed build was made for: the +cuXYZ tag, else torch.version.cuda."""
    m = re.search(r"\+cu([0-9]+)([0-9])$", facts["torch_version"] or "", A)
    if m:
        return m.group(1) + "." + m.group(2)
    return facts["torch_cuda"]


def find_build(data, facts):
    """Index into data["builds"] of the installed build, or -1 (nightlies and unlisted releases are not there)."""
    cuda = torch_cuda(facts)
    if not facts["torch_version"] or not cuda:
        return -1
    core = facts["torch_version"].split("+")[0]
    tag = cuda_tag(cuda)
    for i, b in enumerate(data["builds"]):
        if b["torch"] == core and b["tag"] == tag:
            return i
    return -1


def driver_status(data, cuda, driver, os_name):
    """"ok", "limited" (minor-version compatibility) or "unsupported" for a CUDA X.Y build on a driver; None without a rule."""
    rules = data["driverRules"].get(cuda)
    rule = rules.get(RULE_COLUMN[os_name]) if rules else None
    if not rule or not rule.get("need"):
        return None
    if compare_versions(driver, rule["need"]) >= 0:
        return "ok"
    if rule.get("floor") and compare_versions(driver, rule["floor"]) >= 0:
        return "limited"
    return "unsupported"


def gpu_refusal(data, cc, driver, os_name):
    """Why the driver cannot drive a GPU of compute capability cc at all (the build's sentence), or None."""
    sup = data.get("support", {}).get(cc)
    if not sup or not driver:
        return None
    column = RULE_COLUMN.get(os_name, "linux")
    floor = sup["floor"].get(column)
    if floor and compare_versions(driver, floor) < 0:
        return data["strings"][sup["tooOld"][column]].replace("{driver}", driver)
    first_past = sup.get("tooNewFrom")
    if first_past is not None and (parts(driver) or [0])[0] >= first_past:
        return data["strings"][sup["tooNew"]].replace("{driver}", driver)
    return None


def wheel_platform_of(os_name, cpu):
    """The wheel platform of the machine: the Linux aarch64 and the Windows wheels have their own lists."""
    return "linux-aarch64" if cpu == "aarch64" else "windows" if os_name == "windows" else "linux"


def no_build(data, cc, platform):
    """The resolver's sentence for a GPU that no build has code for at any driver (data["support"][cc]["noBuild"], per
    wheel platform), or None."""
    sup = (data.get("support") or {}).get(cc) if cc is not None else None
    index = (sup or {}).get("noBuild", {}).get(platform)
    return data["strings"][index] if index is not None else None


def verdict_row(data, cc, platform):
    """The architecture verdict per build for compute capability cc on a wheel platform, or None when the capability is
    not in the tables; Windows takes its own verdict where the build wrote one into ccsWin."""
    table = (data.get("ccsArm") if platform == "linux-aarch64" else data["ccs"]) or {}
    if cc is None or cc not in table:
        return None
    row, win = table[cc], (data.get("ccsWin") or {}).get(cc) if platform == "windows" else None
    return [w or v for v, w in zip(row, win)] if win else row


def best_build_for(data, cc, driver, os_name, cpu=None, python=None, limited=False):
    """The newest build (by PyTorch, then CUDA) for this platform that the driver fully meets and that runs on compute
    capability cc; a None driver or cc is not checked. With the machine's Python X.Y, one that has wheels for that
    Python comes first; then, with limited, one that has them and that the driver runs through minor-version
    compatibility (the resolver's own order); only when none has is the newest of the others returned (python_outside
    says so)."""
    if cc is not None and driver and gpu_refusal(data, cc, driver, os_name):
        return None
    plat = wheel_platform_of(os_name, cpu)
    verdicts = verdict_row(data, cc, plat)
    if cc is not None and verdicts is None:
        return None
    best, best_fit, best_limited = None, None, None
    for i, b in enumerate(data["builds"]):
        if verdicts is not None and (i >= len(verdicts) or not verdicts[i] or verdicts[i][0] != "ok"):
            continue
        if plat not in b["platforms"]:
            continue
        status = driver_status(data, b["cuda"], driver, os_name) if driver else "ok"
        if status == "limited" and limited and python and not python_outside(b, python):
            best_limited = newer_build(b, best_limited)
        if status != "ok":
            continue
        best = newer_build(b, best)
        if python and not python_outside(b, python):
            best_fit = newer_build(b, best_fit)
    return best_fit or best_limited or best


def newer_build(b, best):
    """b if it is newer than best (by PyTorch, then CUDA) or best is None, else best."""
    if best is None:
        return b
    t = compare_versions(b["torch"], best["torch"])
    return b if t > 0 or (t == 0 and compare_versions(b["cuda"], best["cuda"]) > 0) else best


def python_outside(build, python):
    """The build's Python range as "3.7–3.10" when the machine's Python X.Y is outside it, else None."""
    if not build or not python or not build.get("py"):
        return None
    low, high = build["py"]
    if compare_versions(python, low) >= 0 and compare_versions(python, high) <= 0:
        return None
    return low + "–" + high


def toolkit_need(data, version, os_name):
    """The minimum driver of the first release of toolkit X.Y on this OS, or None."""
    col = "linux" if os_name in ("linux", "unknown", "macos") else "windows"
    for t in data["toolkits"]:
        if xy(t["v"]) == version and t.get(col):
            return t[col]
    return None


def floor_for(data, major_version, os_name):
    col = "linux" if os_name in ("linux", "unknown", "macos") else "windows"
    for f in data["floors"]:
        if f["major"] == major_version:
            return f.get(col)
    return None


def gpu_cc(data, facts, name):
    """Compute capability of a listed GPU: the CSV's compute_cap, else the dataset's; None when unknown."""
    if name in facts["compute_caps"]:
        return facts["compute_caps"][name]
    return lookup_gpu(data, name)


def first_cc(data, facts):
    """The capability of the first listed GPU that has one, or None."""
    for name in facts["gpus"]:
        cc = gpu_cc(data, facts, name)
        if cc is not None:
            return cc
    return None


def distinct_gpus(data, facts):
    """Each GPU name the paste shows, once, with its compute capability (None when unknown). Where no tool lists a
    GPU, the NVIDIA GPU PyTorch's capability (or architecture) warning names, with the capability the warning gives."""
    seen = []
    for name in facts["gpus"]:
        if name not in seen:
            seen.append(name)
            yield name, gpu_cc(data, facts, name)
    warned = facts["arch_warning"] or facts["cap_warning"]
    if not seen and warned and not other_vendor(data, warned["gpu"]):
        yield warned["gpu"], warned_cc(facts)


# ---------- diagnose: the build's rules (data["diagnosis"], from content/data/compat/diagnosis.yaml) ----------


def branch_standing(data, driver, sup, month=None):
    """Where the driver's branch stands in NVIDIA's lifecycle in `month` (YYYY-MM, default this month, UTC): whether it
    has ended and the build's sentence for it; None when the dataset does not list the branch."""
    lead = re.match(r"\d+", driver or "")
    index = (data.get("branchOf") or {}).get(str(int(lead.group()))) if lead else None
    if index is None:
        return None
    branch = data["branches"][index]
    now = month or datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m")
    ended = branch["eol"] is not None and branch["eol"] < now
    # No support row: the GPU is not known, so the sentence names where older architectures' support ends ("?").
    last = "?" if not sup else str(sup["lastBranch"]) if sup.get("lastBranch") is not None else ""
    text = branch["ended"].get(last, branch["ended"][""]) if ended else branch["live"]
    return {"ended": ended, "sentence": data["strings"][text].replace("{driver}", driver)}


def features(facts, data, gpus=None, month=None):
    """What the rules may test and print, for the whole paste; data["diagnosis"]["features"] names exactly these keys.
    gpus is gpu_features(facts, data) when the caller has it already."""
    tc = torch_cuda(facts)
    driver, os_name = facts["driver_version"], facts["os"]
    status = driver_status(data, tc, driver, os_name) if data and driver and tc else None
    rule = data["driverRules"][tc][RULE_COLUMN[os_name]] if status is not None else None
    n = facts["torch_driver_old"]
    cc = first_cc(data, facts) if data else None
    best = best_build_for(data, cc, driver, os_name, facts["cpu"], facts["python"]) if data and driver else None
    index = find_build(data, facts) if data else -1
    # The first GPU the installed build has code for.
    # (known to have it: a 'limited' verdict may mean the build's list is not recorded, so it proves nothing).
    covered = next((g for g in (gpu_features(facts, data) if gpus is None else gpus) if g["gpu_verdict"] == "ok"), None)
    nv = xy(facts["nvcc_version"]) if facts["nvcc_version"] else None
    # The architecture nvcc refused, as a compute capability, and its CUDA window from the table the build wrote.
    arch_cc = facts["nvcc_arch"][:-1] + "." + facts["nvcc_arch"][-1] if facts["nvcc_arch"] else None
    arch_sup = (data.get("support") or {}).get(arch_cc) if arch_cc and data else None
    answer = driver_answer(data, driver, "linux" if os_name in ("unknown", "macos") else os_name) if data and driver else None
    version = facts["torch_version"] or ""
    # Where the driver's branch stands in the month the paste is read.
    standing = (branch_standing(data, driver, (data.get("support") or {}).get(cc) if cc is not None else None, month)
                if data and driver and data.get("branches") else None)
    return {
        "os": os_name, "recognized": len(facts["sources"]) > 0, "empty": facts["empty"], "mac": facts["mac"],
        "no_driver": facts["no_driver"], "no_driver_text": facts["no_driver_text"], "mismatch": facts["mismatch"],
        "gpu_error": facts["gpu_error"], "driver_version": driver, "cuda_version": facts["cuda_version"],
        "torch_version": facts["torch_version"], "torch_cuda": facts["torch_cuda"], "cuda_available": facts["cuda_available"],
        "nvcc_version": facts["nvcc_version"], "nvcc_missing": facts["nvcc_missing"], "init_failed": facts["init_failed"],
        "no_cuda_gpus": facts["no_cuda_gpus"], "gpus_busy": facts["gpus_busy"], "ptx_toolchain": facts["ptx_toolchain"], "system_not_ready": facts["system_not_ready"],
        "driver_behind": facts["driver_behind"], "compat_mismatch": facts["compat_mismatch"], "container_error": facts["container_error"],
        "in_container": facts["in_container"], "fm_version": facts["fm_version"], "fm_driver": facts["fm_driver"],
        "nvcc_arch": facts["nvcc_arch"], "nvcc_arch_tool": facts["nvcc_arch_tool"], "nvcc_arch_cc": arch_cc, "nvcc_arch_cuda": nv or facts["nvcc_arch_path_cuda"],
        "nvcc_arch_name": arch_sup["arch"] if arch_sup else None, "nvcc_arch_first": arch_sup["firstCuda"] if arch_sup else None,
        "nvcc_arch_last": xy(arch_sup["lastCuda"]) if arch_sup and arch_sup["lastCuda"] else None,
        "cudnn_loaded": facts["cudnn_loaded"], "cudnn_built": facts["cudnn_built"], "trt_sm": facts["trt_sm"], "ort_cpu": facts["ort_cpu"],
        "nvenc_need": facts["nvenc_need"], "nvenc_have": facts["nvenc_have"],
        "lib_cc": facts["lib_cc"], "lib_cc_need": facts["lib_cc_need"], "lib_cc_tool": facts["lib_cc_tool"], "kokkos_arch": facts["kokkos_arch"],
        "nvls_failed": facts["nvls_failed"], "stub_libcuda": facts["stub_libcuda"], "cpu_pkg": facts["cpu_pkg"],
        "ngc_need": facts["ngc_need"], "ngc_driver": facts["ngc_driver"], "ngc_unavailable": facts["ngc_unavailable"], "fm_failed": facts["fm_failed"],
        "omni": facts["omni"], "omni_driver": facts["omni_driver"], "omni_below": facts["omni_below"], "omni_rec": facts["omni_rec"],
        "cuda_lib": facts["cuda_lib"], "cuda_lib_kind": facts["cuda_lib_kind"], "cuda_lib_soft": facts["cuda_lib_soft"], "cuda_unknown": facts["cuda_unknown"],
        "wsl_ldconfig": facts["wsl_ldconfig"], "torch_driver_too_old": facts["torch_driver_too_old"], "paddle_arch": facts["paddle_arch"],
        "paddle_archs": facts["paddle_archs"],
        "container_cuda": facts["container_cuda"],
        "container_cuda_need": toolkit_need(data, facts["container_cuda"], os_name) if data and facts["container_cuda"] else None,
        "collect_no_gpu": facts["collect_no_gpu"], "no_kernel_image": facts["no_kernel_image"],
        "cpu_reason": "suffix" if re.search(r"\+cpu$", version, A) else facts["cpu_reason"], "cpu_raw": facts["cpu_raw"],
        "rocm": bool(re.search(r"\+rocm", version, A)),
        "tc": tc, "driver_status": status, "rule_need": rule["need"] if rule else None,
        "rule_floor": (rule.get("floor") or None) if rule else None,
        "torch_driver_old": n, "torch_driver_cuda": None if n is None else "%d.%d" % (n // 1000, (n % 1000) // 10),
        "first_cc": cc, "first_gpu": facts["gpus"][0] if facts["gpus"] else None,
        "best_torch": best["torch"] if best else None, "best_tag": best["tag"] if best else None,
        "best_py": python_outside(best, facts["python"]), "python": facts["python"],
        # On Windows the build's own Windows command, where the page's would install PyPI's CPU wheel.
        "best_pip": None if not best else ((best.get("win") if wheel_platform_of(os_name, facts["cpu"]) == "windows" else None) or best)["pip"],
        "gpu_evidence": len(facts["gpus"]) > 0 or driver is not None,
        "installed_tag": data["builds"][index]["tag"] if index >= 0 else None,
        "covered_name": covered["gpu_name"] if covered else None, "covered_cc": covered["gpu_cc"] if covered else None,
        "covered_sm": covered["gpu_cc"].replace(".", "", 1) if covered else None,
        "arch_warning": facts["arch_warning"] is not None,
        "arch_warning_gpu": facts["arch_warning"]["gpu"] if facts["arch_warning"] else None,
        "arch_warning_sm": facts["arch_warning"]["sm"] if facts["arch_warning"] else None,
        "cap_warning": facts["cap_warning"] is not None,
        "cap_warning_gpu": facts["cap_warning"]["gpu"] if facts["cap_warning"] else None,
        "cap_warning_cc": facts["cap_warning"]["cc"] if facts["cap_warning"] else None,
        "cap_warning_min": facts["cap_warning"]["min"] if facts["cap_warning"] else None,
        "cap_warning_max": facts["cap_warning"]["max"] if facts["cap_warning"] else None,
        "warned_other_vendor": other_vendor(data, facts["cap_warning"]["gpu"]) if data and facts["cap_warning"] else None,
        "warned_no_build": no_build(data, warned_cc(facts), wheel_platform_of(os_name, facts["cpu"])) if data else None,
        "nvcc_xy": nv, "nvcc_major": str(major(nv)) if nv else None,
        "toolkit_need": toolkit_need(data, nv, os_name) if data and nv and driver else None,
        "toolkit_floor": floor_for(data, major(nv), os_name) if data and nv else None,
        "driver_newest_cuda": xy(answer["newest"]["v"]) if answer and answer["newest"] else None,
        "branch_ended": standing["ended"] if standing else False,
        "branch_text": standing["sentence"] if standing and standing["ended"] else None,
    }


def warned_cc(facts):
    """The compute capability PyTorch's own warning names (sm_35 -> 3.5, or the capability warning's X.Y), or None."""
    if facts["arch_warning"]:
        return facts["arch_warning"]["sm"][:-1] + "." + facts["arch_warning"]["sm"][-1:]
    return facts["cap_warning"]["cc"] if facts["cap_warning"] else None


def gpu_features(facts, data):
    """The features of each GPU the paste shows, once per name (rules with `each: gpus`); data["diagnosis"]["itemFeatures"] names them."""
    if not data:
        return []
    index, driver = find_build(data, facts), facts["driver_version"]
    out = []
    for name, cc in distinct_gpus(data, facts):
        row = verdict_row(data, cc, wheel_platform_of(facts["os"], facts["cpu"])) if index >= 0 else None
        verdict = (row[index] if index < len(row) else None) if row else None
        best = best_build_for(data, cc, driver, facts["os"], facts["cpu"], facts["python"], True) if verdict and verdict[0] == "unsupported" else None
        shared = shared_name_entry(data, name) if cc is None else None
        out.append({
            "gpu_name": name, "gpu_cc": cc, "gpu_sm": None if cc is None else "sm_" + cc.replace(".", "", 1),
            "gpu_refusal": gpu_refusal(data, cc, driver, facts["os"]) if cc is not None and driver else None,
            "gpu_verdict": verdict[0] if verdict else None, "gpu_verdict_text": data["strings"][verdict[1]] if verdict else None,
            "gpu_best_torch": best["torch"] if best else None, "gpu_best_tag": best["tag"] if best else None,
            "gpu_best_py": python_outside(best, facts["python"]),
            "gpu_best_limited": bool(best and driver and driver_status(data, best["cuda"], driver, facts["os"]) == "limited"),
            "gpu_no_build": no_build(data, cc, wheel_platform_of(facts["os"], facts["cpu"])),
            "gpu_shared": shared["text"] if shared else None, "gpu_shared_no_build": shared["noBuild"] if shared else False,
            "gpu_not_a_model": not_a_model(data, name) if cc is None and not shared else None,
        })
    return out


def is_set(v):
    """Present: not None, False, "" or []."""
    return not (v is None or v is False or v == "" or v == [])


def same(a, b):
    """JSON equality: true is not 1."""
    return type(a) is type(b) and a == b if a is not None and b is not None else a is b


def lead_int(version):
    m = re.match(r"^[0-9]+", str(version), A)
    return int(m.group(0)) if m else None


def holds(when, env, out):
    """Whether a rule's `when` holds for the features in env, given the findings so far."""
    for key, test in (when or {}).items():
        if key == "any":
            ok = any(holds(w, env, out) for w in test)
        elif key == "not_emitted":
            ok = not any(f["code"] in test for f in out)
        elif not isinstance(test, dict):
            ok = same(env.get(key), test)
        else:
            (op, arg), = test.items()
            v = env.get(key)
            if op == "set":
                ok = is_set(v) == arg
            elif op == "not":
                ok = not same(v, arg)
            elif op == "in":
                ok = any(same(v, a) for a in arg)
            else:
                other = env.get(arg)
                if not is_set(v) or not is_set(other):
                    ok = False
                elif op == "same_major":
                    ok = lead_int(v) is not None and lead_int(v) == lead_int(other)
                else:
                    c = compare_versions(v, other)
                    ok = c < 0 if op == "vlt" else c <= 0 if op == "vle" else c >= 0 if op == "vge" else c > 0
        if not ok:
            return False
    return True


def shown_value(v):
    """A feature as JavaScript's String() writes it."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def expand(parts, env, out, rules):
    """A rule's text (or severity, or link key) for env: strings with {feature} filled, lists joined, if/pick/use chosen."""
    if parts is None:
        return ""
    if isinstance(parts, str):
        return re.sub(r"\{([a-z_]+)\}", lambda m: shown_value(env.get(m.group(1))), parts)
    if isinstance(parts, list):
        return "".join(expand(p, env, out, rules) for p in parts)
    if "use" in parts:
        return expand(rules["snippets"][parts["use"]], env, out, rules)
    if "pick" in parts:
        v = env.get(parts["pick"])
        return expand(parts["cases"][v] if isinstance(v, str) and v in parts["cases"] else parts.get("else"), env, out, rules)
    return expand(parts.get("then") if holds(parts.get("if"), env, out) else parts.get("else"), env, out, rules)


def diagnose(facts, data, month=None):
    """Findings for parsed facts, worst first; data is GPUKB_DATA. Without it there are no rules, so no findings."""
    rules = data.get("diagnosis") if data else None
    if not rules:
        return []
    gpus = gpu_features(facts, data)
    env, out = features(facts, data, gpus, month), []
    for check in rules["checks"]:
        for e in ([dict(env, **g) for g in gpus] if check.get("each") == "gpus" else [env]):
            if not holds(check.get("when"), e, out):
                continue
            for case in check["cases"]:
                if holds(case.get("when"), e, out):
                    out.append({"severity": expand(case["severity"], e, out, rules), "code": check["code"],
                                "message": expand(case["text"], e, out, rules),
                                "link": rules["links"][expand(case.get("link") or check.get("link") or check["code"], e, out, rules)]})
                    break
    order = rules["severities"]
    return sorted(out, key=lambda f: order.index(f["severity"]))


def analyze(text, data, month=None):
    """The result JSON shared with diagnose.js; month (YYYY-MM) is the month it is read in, default this month (UTC)."""
    facts = parse_report(text)
    return {
        "recognized": len(facts["sources"]) > 0,
        "sources": facts["sources"],
        "driver_version": facts["driver_version"],
        "cuda_version": facts["cuda_version"],
        "gpus": facts["gpus"],
        "gpu_count": facts["gpu_count"],
        "os": facts["os"],
        "cpu": facts["cpu"],
        "torch_version": facts["torch_version"],
        "torch_cuda": facts["torch_cuda"],
        "cuda_available": facts["cuda_available"],
        "nvcc_version": facts["nvcc_version"],
        "findings": diagnose(facts, data or None, month),
    }


# ---------- this machine ----------

TORCH_PRINT = r"""
import importlib.util, sys
if importlib.util.find_spec("torch") is None:
    sys.exit(3)
print(">>> import torch", flush=True)
import torch
print(">>> torch.__version__", flush=True)
print(repr(str(torch.__version__)), flush=True)
print(">>> torch.version.cuda", flush=True)
print(repr(torch.version.cuda if torch.version.cuda is None else str(torch.version.cuda)), flush=True)
print(">>> torch.cuda.is_available()", flush=True)
print(torch.cuda.is_available(), flush=True)
"""


def run_command(args, timeout):
    """What a terminal would show for a command: its output, or the shell's words when it is missing or hangs."""
    try:
        proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        return proc.stdout.decode("utf-8", "replace")
    except FileNotFoundError:
        if os.name == "nt":
            return "'%s' is not recognized as an internal or external command,\noperable program or batch file.\n" % args[0]
        return "%s: command not found\n" % args[0]
    except subprocess.TimeoutExpired:
        return "%s: no answer after %d s\n" % (" ".join(args), timeout)
    except OSError as error:
        return "%s: %s\n" % (args[0], error)


def collect_live():
    """This machine's nvidia-smi, its CSV query, nvcc -V, a torch print, CUDA_HOME and PATH, as one pasted text."""
    chunks = [
        run_command(["nvidia-smi"], 30),
        run_command(["nvidia-smi", "--query-gpu=name,driver_version,compute_cap", "--format=csv"], 30),
        run_command(["nvcc", "-V"], 30),
    ]
    try:
        proc = subprocess.run([sys.executable, "-c", TORCH_PRINT], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        if proc.returncode != 3:
            chunks.append(proc.stdout.decode("utf-8", "replace"))
    except (subprocess.TimeoutExpired, OSError) as error:
        chunks.append(">>> import torch\n%s\n" % error)
    chunks.append("Python platform: %s\nCUDA_HOME=%s\nPATH=%s\n" % (
        platform.platform(), os.environ.get("CUDA_HOME", ""), os.environ.get("PATH", "")))
    return "\n".join(chunks)


def load_data(path):
    """The object a compat-data.js file assigns to window.GPUKB_COMPAT."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read().strip()
    text = re.sub(r"^window\.GPUKB_COMPAT *= *", "", text, count=1, flags=A)
    if text.endswith(";"):
        text = text[:-1]
    return json.loads(text)


def summary(result, has_data):
    """The result as text for a terminal, in the language of the texts the build wrote in."""
    def shown(value):
        if value is None or value == []:
            return "—"
        if isinstance(value, bool):
            return "True" if value else "False"
        if isinstance(value, list):
            return say("fragment.list_separator").join(value)
        return str(value)
    os_shown = {"linux": "Linux", "windows": "Windows", "wsl": "WSL2"}.get(result["os"]) or say("script.diagnose_os_unknown")
    rows = [
        (say("script.diagnose_sources"), [say("script.diagnose_source_" + s.replace("-", "_")) for s in result["sources"]]), (say("script.diagnose_driver_version"), result["driver_version"]),
        (say("script.diagnose_cuda_version"), result["cuda_version"]), ("GPU", result["gpus"]),
        (say("script.diagnose_gpu_count"), result["gpu_count"]), (say("script.diagnose_os"), os_shown), ("CPU", result["cpu"]),
        ("PyTorch", result["torch_version"]), (say("script.diagnose_torch_cuda"), result["torch_cuda"]),
        ("torch.cuda.is_available()", result["cuda_available"]), (say("script.diagnose_nvcc"), result["nvcc_version"]),
    ]
    lines = [say("report.title"), ""]
    lines += [say("report.field", label=label, value=shown(value)) for label, value in rows]
    lines.append("")
    if not has_data:
        lines += [say("report.no_data"), ""]
    if not result["findings"]:
        lines.append(say("report.no_problems"))
    for f in result["findings"]:
        lines.append("[%s] %s" % (say("script.severity_" + f["severity"]), f["code"]))
        lines.append("  " + f["message"])
        lines.append("  " + say("report.see", link=f["link"]))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="check_env.py",
        description=say("report.description"))
    parser.add_argument("--report", metavar="FILE", help=say("report.help_report"))
    parser.add_argument("--json", action="store_true", help=say("report.help_json"))
    parser.add_argument("--data", metavar="FILE", help=say("report.help_data"))
    args = parser.parse_args(argv)
    try:
        data = load_data(args.data) if args.data else GPUKB_DATA
        if args.report == "-":
            text = sys.stdin.buffer.read().decode("utf-8", "replace")
        elif args.report:
            with open(args.report, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        else:
            text = collect_live()
    except (OSError, ValueError) as error:
        parser.error(say("report.cannot_read", error=error))
    result = analyze(text, data)
    out = json.dumps(result, ensure_ascii=False, indent=2) + "\n" if args.json else summary(result, data is not None)
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""gpu_bench.py: the gpukb GPU benchmark runner.

Measures a few PyTorch workloads on one NVIDIA GPU and prints the results as
JSON (schema "gpukb-bench/1") together with a fingerprint of the machine:

  * matrix products (10000x10000 in FP32 with TF32 off and on, BF16, FP16, and
    8192x8192 BF16), in TFLOP/s;
  * a device-to-device copy, in GB/s counting bytes read plus bytes written;
  * ResNet-50 training steps on synthetic data (FP32 and BF16 autocast), in
    images/s, with an estimate of one CIFAR-10 epoch at 224x224;
  * the single un-warmed 10000x10000 FP32 call timed with time.time(), the way
    many blog posts measure, for comparison with the warmed figure.

Every measured workload is warmed up first and then timed per call with CUDA
events; the median is reported together with its spread.

Needs Python 3.8+ and PyTorch with CUDA; torchvision only for ResNet-50.
No network access. Pick the GPU with CUDA_VISIBLE_DEVICES (device 0 is used).

    python3 gpu_bench.py --out results.json
    gpukb bench import results.json
"""

import argparse
import json
import math
import os
import shlex
import sys
import time

SCHEMA = "gpukb-bench/1"
RUNNER = "gpu_bench.py 1"
INSTALL_URL = "https://pytorch.org/get-started/locally/"

EXIT_NO_TORCH = 2
EXIT_NO_CUDA = 3


# --- gpukb:fingerprint begin ---
# Environment fingerprint shared by gpukb's runners (gpu_bench.py and the
# live-check runner splice this block verbatim). Standard library only, no
# names from outside the block; PyTorch is read only if it can be imported.
import datetime
import os
import platform
import re
import shutil
import subprocess
import sys


def _fp_run(args, timeout=10.0):
    """Output of a command, or None if it is missing, fails or hangs."""
    try:
        proc = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout, universal_newlines=True, errors="replace")
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout


def _fp_which(name, fallbacks=()):
    found = shutil.which(name)
    if found:
        return found
    for path in fallbacks:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def _fp_read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError:
        return None


def parse_smi_cuda_version(text):
    """'CUDA Version: 13.0' from the nvidia-smi header, or None."""
    match = re.search(r"CUDA Version:\s*([0-9]+(?:\.[0-9]+)+)", text or "")
    return match.group(1) if match else None


def parse_smi_gpu_csv(text):
    """(names, driver) from `nvidia-smi --query-gpu=name,driver_version --format=csv,noheader`."""
    names, driver = [], None
    for line in (text or "").splitlines():
        if "," not in line:
            continue
        name, version = (part.strip() for part in line.rsplit(",", 1))
        if not name or not re.match(r"^[0-9]+(\.[0-9]+)+$", version):
            continue
        names.append(name)
        driver = driver or version
    return names, driver


def parse_nvcc_version(text):
    """'13.0.88' from `nvcc -V` ('release 13.0, V13.0.88'), or None."""
    match = re.search(r"release\s+[0-9.]+,\s*V([0-9]+(?:\.[0-9]+)+)", text or "")
    if match:
        return match.group(1)
    match = re.search(r"release\s+([0-9]+(?:\.[0-9]+)+)", text or "")
    return match.group(1) if match else None


def cudnn_version_string(number):
    """torch.backends.cudnn.version() as text: 91900 -> '9.19.0', 8902 -> '8.9.2'."""
    if number is None:
        return None
    try:
        number = int(number)
    except (TypeError, ValueError):
        return None
    if number <= 0:
        return None
    if number >= 10000:  # cuDNN 9+: major*10000 + minor*100 + patch
        major, rest = divmod(number, 10000)
        minor, patch = divmod(rest, 100)
    else:  # cuDNN 8 and older: major*1000 + minor*100 + patch
        major, rest = divmod(number, 1000)
        minor, patch = divmod(rest, 100)
    return "%d.%d.%d" % (major, minor, patch)


def _fp_os():
    system = platform.system()
    if system == "Linux":
        proc_version = (_fp_read("/proc/version") or "") + platform.release()
        return "wsl" if "microsoft" in proc_version.lower() else "linux"
    return {"Windows": "windows", "Darwin": "macos"}.get(system, "unknown")


def _fp_os_name(os_kind):
    if os_kind in ("linux", "wsl"):
        for line in (_fp_read("/etc/os-release") or "").splitlines():
            if line.startswith("PRETTY_NAME="):
                return line.split("=", 1)[1].strip().strip('"').strip("'") or None
        return None
    if os_kind == "windows":
        return ("Windows %s %s" % (platform.release(), platform.version())).strip()
    if os_kind == "macos":
        version = platform.mac_ver()[0]
        return "macOS " + version if version else "macOS"
    return None


def _fp_container():
    if os.environ.get("KUBERNETES_SERVICE_HOST"):
        return "kubernetes"
    if os.path.exists("/run/.containerenv"):
        return "podman"
    if os.path.exists("/.dockerenv"):
        return "docker"
    return None


def _fp_cpu():
    for line in (_fp_read("/proc/cpuinfo") or "").splitlines():
        if line.lower().startswith("model name") and ":" in line:
            return line.split(":", 1)[1].strip() or None
    return platform.processor() or None


def _fp_torch():
    """(torch_version, torch_cuda, cudnn_version, gpu names) or Nones."""
    torch = sys.modules.get("torch")
    if torch is None:
        try:
            import torch  # noqa: F811 (optional)
        except Exception:  # not installed, or a broken install
            return None, None, None, []
    version = getattr(torch, "__version__", None)
    cuda = getattr(getattr(torch, "version", None), "cuda", None)
    cudnn = None
    names = []
    try:
        if torch.backends.cudnn.is_available():
            cudnn = cudnn_version_string(torch.backends.cudnn.version())
    except Exception:
        pass
    try:  # only ask torch for names if CUDA is already initialised here
        if torch.cuda.is_initialized():
            names = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    except Exception:
        pass
    return (str(version) if version else None), (str(cuda) if cuda else None), cudnn, names


def environment_fingerprint() -> dict:
    """Describe this machine: OS, GPUs, driver, CUDA, Python, PyTorch, container."""
    os_kind = _fp_os()
    smi = _fp_which("nvidia-smi", ("/usr/lib/wsl/lib/nvidia-smi", "/usr/bin/nvidia-smi",
                                   r"C:\Windows\System32\nvidia-smi.exe"))
    gpus, driver, cuda_version = [], None, None
    if smi:
        gpus, driver = parse_smi_gpu_csv(
            _fp_run([smi, "--query-gpu=name,driver_version", "--format=csv,noheader"]))
        cuda_version = parse_smi_cuda_version(_fp_run([smi]))
    nvcc = _fp_which("nvcc", ("/usr/local/cuda/bin/nvcc",))
    nvcc_version = parse_nvcc_version(_fp_run([nvcc, "-V"])) if nvcc else None
    torch_version, torch_cuda, cudnn, torch_gpus = _fp_torch()
    if not gpus and torch_gpus:
        gpus = torch_gpus
    kernel = platform.release() or None
    if os_kind == "windows":
        kernel = platform.version() or None
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(),
        "os": os_kind,
        "os_name": _fp_os_name(os_kind),
        "kernel": kernel,
        "python": platform.python_version(),
        "gpus": gpus,
        "gpu_count": len(gpus),
        "driver_version": driver,
        "cuda_version": cuda_version,
        "nvcc_version": nvcc_version,
        "torch_version": torch_version,
        "torch_cuda": torch_cuda,
        "cudnn_version": cudnn,
        "container": _fp_container(),
        "cpu": _fp_cpu(),
    }
# --- gpukb:fingerprint end ---


# MARK: - Workloads

WORKLOADS = [
    {"id": "matmul-10000-fp32-single-call", "metric": "s", "higher_is_better": False,
     "title": "matmul 10000×10000 FP32, one un-warmed call timed with time.time() (seed 003's method)"},
    {"id": "matmul-10000-fp32", "metric": "TFLOP/s", "higher_is_better": True,
     "title": "matmul 10000×10000 FP32 (TF32 off)"},
    {"id": "matmul-10000-tf32", "metric": "TFLOP/s", "higher_is_better": True,
     "title": "matmul 10000×10000 FP32 inputs, TF32 on"},
    {"id": "matmul-10000-bf16", "metric": "TFLOP/s", "higher_is_better": True,
     "title": "matmul 10000×10000 BF16"},
    {"id": "matmul-10000-fp16", "metric": "TFLOP/s", "higher_is_better": True,
     "title": "matmul 10000×10000 FP16"},
    {"id": "matmul-8192-bf16", "metric": "TFLOP/s", "higher_is_better": True,
     "title": "matmul 8192×8192 BF16"},
    {"id": "copy-d2d", "metric": "GB/s", "higher_is_better": True,
     "title": "device-to-device copy (read + write)"},
    {"id": "resnet50-train-fp32", "metric": "images/s", "higher_is_better": True,
     "title": "ResNet-50 training, FP32 (cuDNN TF32 as default), batch 128, 224×224"},
    {"id": "resnet50-train-bf16", "metric": "images/s", "higher_is_better": True,
     "title": "ResNet-50 training, BF16 autocast, batch 128, 224×224"},
]
WORKLOAD_BY_ID = {w["id"]: w for w in WORKLOADS}

MATMULS = {  # id -> (n, dtype name, TF32 for matmul)
    "matmul-10000-fp32": (10000, "float32", False),
    "matmul-10000-tf32": (10000, "float32", True),
    "matmul-10000-bf16": (10000, "bfloat16", False),
    "matmul-10000-fp16": (10000, "float16", False),
    "matmul-8192-bf16": (8192, "bfloat16", False),
}

RESNET_BATCH = 128
RESNET_IMAGE = 224
CIFAR10_TRAIN_IMAGES = 50000


# MARK: - Statistics

def median(values):
    return percentile(values, 50)


def percentile(values, q):
    """Percentile with linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(float(v) for v in values)
    if not ordered:
        raise ValueError("percentile of no values")
    position = (len(ordered) - 1) * q / 100.0
    low = int(math.floor(position))
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def stdev(values):
    """Sample standard deviation (n - 1); 0 for fewer than two values."""
    values = [float(v) for v in values]
    if len(values) < 2:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


def spread(values):
    return {"min": _round(min(values)), "max": _round(max(values)),
            "p25": _round(percentile(values, 25)), "p75": _round(percentile(values, 75)),
            "stdev": _round(stdev(values))}


def _round(value, digits=6):
    """Keep `digits` significant digits, so the JSON stays readable."""
    if value is None or value == 0 or not math.isfinite(value):
        return value
    return float("%.*g" % (digits, value))


# MARK: - JSON assembly

def make_result(workload_id, seconds, amount=None, warmup=0, timing="cuda-events",
                params=None, extra=None, note=""):
    """One entry of "results" from per-repeat times in seconds.

    `amount` is the work of one repeat in the metric's unit (TFLOP for TFLOP/s,
    GB for GB/s, images for images/s); samples are amount / seconds. Without an
    amount the metric is the time itself (metric "s").
    """
    spec = WORKLOAD_BY_ID[workload_id]
    seconds = [float(s) for s in seconds]
    if not seconds or min(seconds) <= 0:
        raise ValueError("%s: timings must be positive" % workload_id)
    samples = seconds if amount is None else [amount / s for s in seconds]
    return {
        "id": workload_id,
        "title": spec["title"],
        "metric": spec["metric"],
        "higher_is_better": spec["higher_is_better"],
        "value": _round(median(samples)),
        "spread": spread(samples),
        "samples": [_round(v) for v in samples],
        "seconds": {"median": _round(median(seconds)), "min": _round(min(seconds)),
                    "max": _round(max(seconds))},
        "warmup": warmup,
        "repeats": len(seconds),
        "timing": timing,
        "params": dict(params or {}),
        "extra": dict(extra or {}),
        "note": note,
    }


def make_report(argv, environment, results, skipped, device=None, options=None):
    """The whole JSON document, keys in a fixed order."""
    report = {
        "schema": SCHEMA,
        "kind": "measured",
        "runner": RUNNER,
        "command": command_line(argv),
        "environment": environment,
    }
    if device is not None:
        report["device"] = device
    if options is not None:
        report["options"] = options
    report["results"] = list(results)
    report["skipped"] = list(skipped)
    return report


def command_line(argv):
    """The command as typed, normalised to `python3 gpu_bench.py ARGS`."""
    script = os.path.basename(argv[0]) if argv else "gpu_bench.py"
    return " ".join(["python3"] + [shlex.quote(a) for a in [script] + list(argv[1:])])


def link_single_call(results):
    """Give the single-call result the warmed FP32 median, for the ratio."""
    by_id = {r["id"]: r for r in results}
    single, warm = by_id.get("matmul-10000-fp32-single-call"), by_id.get("matmul-10000-fp32")
    if single is None:
        return
    warm_s = warm["seconds"]["median"] if warm else None
    single["extra"]["warm_median_s"] = warm_s
    single["extra"]["single_over_warm"] = _round(single["value"] / warm_s) if warm_s else None


# MARK: - Measurements (need torch and a GPU)

class Bench:
    """Runs the workloads on cuda:0 with the given warm-up and repeat counts."""

    def __init__(self, torch, warmup, repeats, steps, copy_mib, log, channels_last=False):
        self.torch = torch
        self.channels_last = channels_last
        self.warmup = warmup
        self.repeats = repeats
        self.steps = steps
        self.copy_mib = copy_mib
        self.log = log
        self.device = torch.device("cuda", 0)

    def time_calls(self, fn, warmup, repeats):
        """Per-call seconds: warm up, then one CUDA event pair around each call."""
        torch = self.torch
        for _ in range(warmup):
            fn()
        torch.cuda.synchronize()
        events = []
        for _ in range(repeats):
            start = torch.cuda.Event(enable_timing=True)
            end = torch.cuda.Event(enable_timing=True)
            start.record()
            fn()
            end.record()
            events.append((start, end))
        torch.cuda.synchronize()
        return [start.elapsed_time(end) / 1000.0 for start, end in events]

    def flags(self):
        torch = self.torch
        flags = {"matmul_allow_tf32": bool(torch.backends.cuda.matmul.allow_tf32),
                 "cudnn_allow_tf32": bool(torch.backends.cudnn.allow_tf32),
                 "cudnn_benchmark": bool(torch.backends.cudnn.benchmark)}
        try:
            flags["float32_matmul_precision"] = torch.get_float32_matmul_precision()
        except Exception:
            pass
        return flags

    # The seed's own method, run first so that it pays what the seed paid.
    def single_call(self):
        torch = self.torch
        torch.cuda.get_device_name(0)
        x = torch.randn(10000, 10000).to(self.device)  # creates the CUDA context
        y = torch.randn(10000, 10000).to(self.device)
        start = time.time()
        z = torch.mm(x, y)
        torch.cuda.synchronize()
        elapsed = time.time() - start
        params = {"n": 10000, "dtype": "float32", "op": "torch.mm",
                  "cuda_module_loading": os.environ.get("CUDA_MODULE_LOADING")}
        params.update(self.flags())
        del x, y, z
        return make_result(
            "matmul-10000-fp32-single-call", [elapsed], warmup=0, timing="wall-clock-single-call",
            params=params, extra={"warm_median_s": None},
            note=("Seed article 003's method: tensors made on the CPU and copied to the GPU (this "
                  "creates the CUDA context, before the timer), then time.time() around one torch.mm "
                  "and torch.cuda.synchronize(), with no warm-up. The first matrix product of the "
                  "process, so the time includes cuBLAS handle and workspace creation, lazy loading "
                  "of the GEMM kernels and kernel selection as well as the product itself. One "
                  "sample per process: run the script again for another."))

    def matmul(self, workload_id):
        torch = self.torch
        n, dtype_name, tf32 = MATMULS[workload_id]
        dtype = getattr(torch, dtype_name)
        saved = torch.backends.cuda.matmul.allow_tf32
        try:
            if dtype_name == "float32":
                torch.backends.cuda.matmul.allow_tf32 = tf32
            a = torch.randn(n, n, device=self.device, dtype=dtype)
            b = torch.randn(n, n, device=self.device, dtype=dtype)
            c = torch.empty(n, n, device=self.device, dtype=dtype)
            params = {"n": n, "dtype": dtype_name, "op": "torch.mm(a, b, out=c)",
                      "flop_per_call": 2 * n ** 3}
            params.update(self.flags())
            seconds = self.time_calls(lambda: torch.mm(a, b, out=c), self.warmup, self.repeats)
            del a, b, c
        finally:
            if torch.backends.cuda.matmul.allow_tf32 != saved:
                torch.backends.cuda.matmul.allow_tf32 = saved
        note = "TFLOP/s = 2·n³ / seconds per call / 10¹², random normal inputs."
        if dtype_name == "float32":
            note += (" TF32 for matmul was set %s for this run "
                     "(torch.backends.cuda.matmul.allow_tf32; PyTorch's default is False since 1.12)"
                     " and restored afterwards." % ("on" if tf32 else "off"))
        return make_result(workload_id, seconds, amount=2.0 * n ** 3 / 1e12, warmup=self.warmup,
                           params=params, note=note)

    def copy_d2d(self):
        torch = self.torch
        wanted = self.copy_mib * 2 ** 20
        free, _total = torch.cuda.mem_get_info(self.device)
        nbytes = min(wanted, (free // 4) // 2 ** 20 * 2 ** 20)
        if nbytes < 16 * 2 ** 20:
            raise RuntimeError("less than 64 MiB of GPU memory free")
        src = torch.empty(nbytes, dtype=torch.uint8, device=self.device)
        src.fill_(1)
        dst = torch.empty_like(src)
        seconds = self.time_calls(lambda: dst.copy_(src), self.warmup, self.repeats)
        del src, dst
        return make_result(
            "copy-d2d", seconds, amount=2.0 * nbytes / 1e9, warmup=self.warmup,
            params={"bytes": nbytes, "op": "dst.copy_(src)", "requested_bytes": wanted},
            note=("GB/s = 2 × bytes / seconds / 10⁹: each byte is read once and written once, "
                  "and both count. Halve it for the 'copied bytes per second' convention."))

    def resnet(self, workload_id):
        torch = self.torch
        import torchvision  # ImportError handled by the caller
        bf16 = workload_id.endswith("bf16")
        model = torchvision.models.resnet50(weights=None).to(self.device).train()
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        images = torch.randn(RESNET_BATCH, 3, RESNET_IMAGE, RESNET_IMAGE, device=self.device)
        labels = torch.randint(0, 1000, (RESNET_BATCH,), device=self.device)
        if self.channels_last:
            model = model.to(memory_format=torch.channels_last)
            images = images.contiguous(memory_format=torch.channels_last)

        def step():
            optimizer.zero_grad(set_to_none=True)
            with torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=bf16):
                loss = torch.nn.functional.cross_entropy(model(images), labels)
            loss.backward()
            optimizer.step()

        torch.cuda.reset_peak_memory_stats(self.device)
        params = {"batch_size": RESNET_BATCH, "image_size": RESNET_IMAGE,
                  "dtype": "bfloat16 (torch.autocast)" if bf16 else "float32",
                  "model": "torchvision.models.resnet50(weights=None)",
                  "optimizer": "SGD(lr=0.1, momentum=0.9)", "loss": "cross_entropy",
                  "memory_format": "channels_last" if self.channels_last else "contiguous (NCHW)",
                  "torchvision_version": getattr(torchvision, "__version__", None)}
        params.update(self.flags())
        seconds = self.time_calls(step, self.warmup, self.steps)
        max_mem = torch.cuda.max_memory_allocated(self.device)
        del model, optimizer, images, labels
        result = make_result(
            workload_id, seconds, amount=float(RESNET_BATCH), warmup=self.warmup, params=params,
            note=("Synthetic data already on the GPU: one step = forward, loss.backward(), SGD step. "
                  "cifar10_epoch_s = 50000 / images per second estimates one epoch of CIFAR-10 "
                  "resized to 224×224 with data loading excluded. The model and batch are in "
                  "PyTorch's default NCHW layout unless params.memory_format says channels_last "
                  "(--channels-last). cuDNN convolutions use TF32 "
                  "unless torch.backends.cudnn.allow_tf32 is False (params has the flags). "
                  "max_mem_gb is torch.cuda.max_memory_allocated in 10⁹ bytes."))
        result["extra"] = {"cifar10_epoch_s": _round(CIFAR10_TRAIN_IMAGES / result["value"]),
                           "max_mem_gb": _round(max_mem / 1e9)}
        return result

    def run(self, workload_id):
        if workload_id == "matmul-10000-fp32-single-call":
            return self.single_call()
        if workload_id in MATMULS:
            return self.matmul(workload_id)
        if workload_id == "copy-d2d":
            return self.copy_d2d()
        return self.resnet(workload_id)

    def describe_device(self):
        torch = self.torch
        props = torch.cuda.get_device_properties(self.device)
        return {"index": 0, "name": props.name,
                "compute_capability": "%d.%d" % (props.major, props.minor),
                "memory_total_bytes": int(props.total_memory),
                "multiprocessors": int(props.multi_processor_count),
                "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES")}


# MARK: - Command line

def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="gpu_bench.py",
        description=("gpukb GPU benchmark: matrix products, a device-to-device copy and ResNet-50 "
                     "training steps on GPU 0 (choose it with CUDA_VISIBLE_DEVICES), timed with "
                     "CUDA events after a warm-up. Prints JSON (schema %s)." % SCHEMA),
        epilog=("Exit codes: 0 done, 1 nothing could be measured, 2 PyTorch missing (or bad "
                "arguments), 3 no usable CUDA GPU. "
                "Example: python3 gpu_bench.py --out results.json && gpukb bench import results.json"))
    parser.add_argument("--out", metavar="FILE", help="write the JSON to FILE instead of stdout")
    parser.add_argument("--only", metavar="ID[,ID]", action="append",
                        help="run only these workloads (see --list); may be repeated")
    parser.add_argument("--list", action="store_true", help="list the workload ids and exit")
    parser.add_argument("--quick", action="store_true",
                        help="short run: 2 warm-up and 5 timed repeats (ResNet: 5 steps)")
    parser.add_argument("--warmup", type=int, metavar="N",
                        help="warm-up calls before timing (default 5, quick 2)")
    parser.add_argument("--repeats", type=int, metavar="N",
                        help="timed calls for matmul and copy (default 20, quick 5)")
    parser.add_argument("--steps", type=int, metavar="N",
                        help="timed ResNet-50 training steps (default 15, quick 5)")
    parser.add_argument("--channels-last", action="store_true",
                        help="run ResNet-50 in channels_last memory format (default: PyTorch's "
                             "NCHW default, as most training scripts do); recorded in params")
    parser.add_argument("--copy-mib", type=int, default=1024, metavar="MIB",
                        help="buffer size for copy-d2d (default 1024, less if memory is short)")
    args = parser.parse_args(argv)

    selected = []
    for chunk in args.only or []:
        for item in chunk.split(","):
            item = item.strip()
            if not item:
                continue
            if item not in WORKLOAD_BY_ID:
                parser.error("unknown workload %r; known: %s" % (item, ", ".join(WORKLOAD_BY_ID)))
            if item not in selected:
                selected.append(item)
    # Keep the fixed order, so the single call stays the first CUDA work.
    args.selected = [w["id"] for w in WORKLOADS if not selected or w["id"] in selected]
    quick = args.quick
    args.warmup = args.warmup if args.warmup is not None else (2 if quick else 5)
    args.repeats = args.repeats if args.repeats is not None else (5 if quick else 20)
    args.steps = args.steps if args.steps is not None else (5 if quick else 15)
    for name in ("warmup", "repeats", "steps", "copy_mib"):
        minimum = 0 if name == "warmup" else 1
        if getattr(args, name) < minimum:
            parser.error("--%s must be at least %d" % (name.replace("_", "-"), minimum))
    return args


def import_torch():
    """torch, or exit 2 / 3 with a message a person can act on."""
    try:
        import torch
    except Exception as error:  # ImportError, or a broken install (OSError, ...)
        sys.stderr.write(
            "gpu_bench.py: PyTorch is not installed for this Python (%s), or it failed to load:\n"
            "  %s: %s\n"
            "Install a CUDA build of PyTorch (and torchvision for the ResNet-50 workloads): choose\n"
            "your OS, pip and a CUDA version at %s and run the command it shows,\n"
            "then run this script again with the same python3.\n"
            % (sys.executable, type(error).__name__, error, INSTALL_URL))
        sys.exit(EXIT_NO_TORCH)
    available = bool(torch.cuda.is_available())
    if not available:
        built_for = torch.version.cuda
        if built_for is None:
            why = ("this is a CPU-only build of PyTorch. Reinstall a CUDA build: pick a CUDA "
                   "version at %s." % INSTALL_URL)
        else:
            why = ("this build targets CUDA %s, but no GPU can be used: check that `nvidia-smi` "
                   "lists the GPU, that the driver supports CUDA %s, and that CUDA_VISIBLE_DEVICES "
                   "does not hide it." % (built_for, built_for))
        sys.stderr.write(
            "gpu_bench.py: no usable CUDA GPU. torch %s: torch.cuda.is_available() returned %s, "
            "torch.version.cuda is %s; %s\n"
            % (getattr(torch, "__version__", "?"), available, built_for, why))
        sys.exit(EXIT_NO_CUDA)
    return torch


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.list:
        for w in WORKLOADS:
            print("%-30s %-9s %s" % (w["id"], w["metric"], w["title"]))
        return 0

    torch = import_torch()
    bench = Bench(torch, args.warmup, args.repeats, args.steps, args.copy_mib,
                  log=lambda text: sys.stderr.write(text + "\n"), channels_last=args.channels_last)
    results, skipped = [], []
    for index, workload_id in enumerate(args.selected, 1):
        prefix = "[%d/%d] %s" % (index, len(args.selected), workload_id)
        if workload_id.startswith("resnet50"):
            try:
                import torchvision  # noqa: F401
            except Exception as error:
                reason = "torchvision is not installed (%s: %s)" % (type(error).__name__, error)
                skipped.append({"id": workload_id, "reason": reason})
                bench.log("%s skipped: %s" % (prefix, reason))
                continue
        try:
            result = bench.run(workload_id)
        except Exception as error:  # one failing workload (e.g. out of memory) is reported
            reason = "%s: %s" % (type(error).__name__, str(error).splitlines()[0] if str(error) else "")
            skipped.append({"id": workload_id, "reason": reason})
            bench.log("%s failed: %s" % (prefix, reason))
        else:
            results.append(result)
            bench.log("%s  %s %s" % (prefix, result["value"], result["metric"]))
        finally:
            torch.cuda.empty_cache()
    link_single_call(results)

    report = make_report(argv, environment_fingerprint(), results, skipped,
                         device=bench.describe_device(),
                         options={"warmup": args.warmup, "repeats": args.repeats,
                                  "steps": args.steps, "quick": args.quick,
                                  "channels_last": args.channels_last})
    text = json.dumps(report, indent=1, ensure_ascii=False) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
        bench.log("wrote %s" % args.out)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    return 0 if results else 1


if __name__ == "__main__":
    sys.exit(main())

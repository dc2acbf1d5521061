#!/usr/bin/env python3
"""run_checks.py: run the gpukb knowledge base's live checks on this machine.

Each live check is a snippet from a page (sh, python, powershell or cmd) with
what it should print. This runner executes every check in a fresh temporary
directory, compares the exit code and standard output with what the page
expects, and prints the results as JSON (schema "gpukb-checks/1") together
with a fingerprint of the machine. Checks whose requirements this machine
lacks (a GPU, nvcc, PyTorch, Docker, Windows, ...) are skipped, not failed.

Standard library only, Python 3.8+. Python checks run with this same Python,
so run the script with the interpreter whose PyTorch you want checked.

    python3 run_checks.py --out results.json
    gpukb check import results.json

Exit codes: 0 no check that ran failed, 1 a check failed, timed out or could
not run, 2 bad arguments (or this is the unfilled template).

This file is a template: `gpukb check export` (and the site build, which
publishes it as downloads/run_checks.py) writes the list of checks over the
GPUKB_CHECKS line and splices the environment fingerprint block below.
"""
import argparse
import difflib
import json
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SCHEMA = "gpukb-checks/1"
RUNNER = "run_checks.py 1"
TEMPLATE_MESSAGE = ("run_checks.py: this is the template; produce a runnable file with "
                    "`gpukb check export > run_checks.py` or download it from the site's "
                    "downloads/run_checks.py\n")
KEEP_CHARS = 16384   # longest stdout/stderr kept as is
KEEP_EDGE = 8000     # characters kept from each end of a longer one
PROBE_TIMEOUT = 120  # seconds for `import torch` and similar probes
NVIDIA_SMI_PATHS = ("/usr/lib/wsl/lib/nvidia-smi", "/usr/bin/nvidia-smi",
                    r"C:\Windows\System32\nvidia-smi.exe")
NVCC_PATHS = ("/usr/local/cuda/bin/nvcc",)
LANG_ALIASES = {"bash": "sh", "py": "python", "python3": "python", "ps1": "powershell",
                "pwsh": "powershell", "bat": "cmd"}

# gpukb writes the checks over the next line as JSON; these names let JSON's literals stand.
true, false, null = True, False, None
GPUKB_CHECKS = [
  {
    "id": "hw-pcie-link",
    "lang": "sh",
    "code": "nvidia-smi --query-gpu=index,name,pcie.link.gen.current,pcie.link.width.current --format=csv\n",
    "requires": [
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "^[0-9]+, [^,]+, ([0-9]+|\\[N/A\\]), ([0-9]+|\\[N/A\\])$"
    ],
    "exit": 0,
    "hash": "fnv1a64:be9b9ab68105bba0",
    "page": "content/basics/hardware.en.md",
    "line": 93
  },
  {
    "id": "hw-power-limits",
    "lang": "sh",
    "code": "nvidia-smi -q -d POWER\n",
    "requires": [
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "Power Limit\\s*: [0-9.]+ W"
    ],
    "exit": 0,
    "hash": "fnv1a64:ddf867c6928445be",
    "page": "content/basics/hardware.en.md",
    "line": 116
  },
  {
    "id": "hw-clocks",
    "lang": "sh",
    "code": "nvidia-smi --query-gpu=index,pstate,clocks.sm,clocks.max.sm,temperature.gpu,power.draw --format=csv\n",
    "requires": [
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "^[0-9]+, P[0-9]+, [0-9]+ MHz, [0-9]+ MHz, "
    ],
    "exit": 0,
    "hash": "fnv1a64:a0eb0366a98d3079",
    "page": "content/basics/hardware.en.md",
    "line": 144
  },
  {
    "id": "win-nvidia-smi",
    "lang": "powershell",
    "code": "nvidia-smi\nnvidia-smi --query-gpu=name,driver_version,compute_cap,driver_model.current --format=csv\n(Get-Command nvidia-smi).Source\n",
    "requires": [
      "windows"
    ],
    "timeout": 30,
    "expect": [
      "Driver Version: [0-9.]+",
      "CUDA Version: [0-9.]+",
      "(WDDM|TCC|MCDM)"
    ],
    "exit": 0,
    "hash": "fnv1a64:ea98bae975137caf",
    "page": "content/driver/windows.en.md",
    "line": 61
  },
  {
    "id": "win-video-controller",
    "lang": "powershell",
    "code": "Get-CimInstance Win32_VideoController | Where-Object Name -like '*NVIDIA*' | Format-List Name, DriverVersion\n",
    "requires": [
      "windows"
    ],
    "timeout": 30,
    "expect": [
      "^DriverVersion\\s*: [0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:d73e56bcbe38a085",
    "page": "content/driver/windows.en.md",
    "line": 76
  },
  {
    "id": "wsl-driver-libs",
    "lang": "sh",
    "code": "nvidia-smi\nls /usr/lib/wsl/lib/ | grep -i -E \"libcuda|nvidia-smi\"\n",
    "requires": [
      "wsl"
    ],
    "timeout": 30,
    "expect": [
      "Driver Version: [0-9.]+",
      "^libcuda\\.so",
      "^nvidia-smi$"
    ],
    "exit": 0,
    "hash": "fnv1a64:ad614de5af58dd20",
    "page": "content/driver/windows.en.md",
    "line": 84
  },
  {
    "id": "linux-kernel-headers",
    "lang": "sh",
    "code": "echo \"kernel: $(uname -r)\"\nif [ -e \"/lib/modules/$(uname -r)/build\" ]; then\n  echo \"headers: /lib/modules/$(uname -r)/build\"\nelse\n  echo \"headers: not installed for this kernel\"\nfi\n",
    "requires": [
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "^kernel: [0-9]+\\.[0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:00174deeae058613",
    "page": "content/driver/linux.en.md",
    "line": 68
  },
  {
    "id": "linux-nouveau",
    "lang": "sh",
    "code": "if grep -q '^nouveau ' /proc/modules; then\n  echo \"nouveau: loaded\"\nelse\n  echo \"nouveau: not loaded\"\nfi\n",
    "requires": [
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "^nouveau: not loaded$"
    ],
    "exit": 0,
    "hash": "fnv1a64:342678c934faa983",
    "page": "content/driver/linux.en.md",
    "line": 161
  },
  {
    "id": "driver-query-gpu",
    "lang": "sh",
    "code": "nvidia-smi --query-gpu=name,driver_version,memory.total,compute_cap,pci.bus_id,power.limit --format=csv\n",
    "requires": [
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "^name, driver_version, memory\\.total \\[MiB\\], compute_cap",
      "^[^,]+, [0-9]+\\.[0-9]+(\\.[0-9]+)?, [0-9]+ MiB, [0-9]+\\.[0-9]+, "
    ],
    "exit": 0,
    "hash": "fnv1a64:92fff2491a4c56d6",
    "page": "content/driver/linux.en.md",
    "line": 219
  },
  {
    "id": "driver-proc-version",
    "lang": "sh",
    "code": "if [ -r /proc/driver/nvidia/version ]; then\n  cat /proc/driver/nvidia/version\nelif [ -d /usr/lib/wsl/lib ]; then\n  echo \"WSL2: no /proc/driver/nvidia here, the kernel driver runs on Windows\"\nelse\n  echo \"missing: /proc/driver/nvidia/version (the nvidia kernel module is not loaded)\"\n  exit 1\nfi\n",
    "requires": [
      "linux",
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "NVRM version: NVIDIA UNIX .*Kernel Module.* [0-9]+\\.[0-9]+|^WSL2: "
    ],
    "exit": 0,
    "hash": "fnv1a64:bc430c6c2620a66d",
    "page": "content/driver/linux.en.md",
    "line": 230
  },
  {
    "id": "driver-list-gpus",
    "lang": "sh",
    "code": "nvidia-smi -L\n",
    "requires": [
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "^GPU [0-9]+: .+ \\(UUID: GPU-[0-9a-f-]+\\)"
    ],
    "exit": 0,
    "hash": "fnv1a64:2957b9e621761b77",
    "page": "content/driver/linux.en.md",
    "line": 245
  },
  {
    "id": "driver-persistence-mode",
    "lang": "sh",
    "code": "nvidia-smi --query-gpu=index,persistence_mode --format=csv\n",
    "requires": [
      "linux",
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "^[0-9]+, (Enabled|Disabled|\\[N/A\\])$"
    ],
    "exit": 0,
    "hash": "fnv1a64:ea06f7cbba722b45",
    "page": "content/driver/linux.en.md",
    "line": 257
  },
  {
    "id": "hgx-all-gpu-smoke",
    "lang": "python",
    "code": "import time\nimport torch\n\nn = torch.cuda.device_count()\nprint(f\"GPU count: {n}\")\nbad = []\nfor i in range(n):\n    dev = torch.device(\"cuda\", i)\n    a = torch.randn(8192, 8192, device=dev, dtype=torch.bfloat16)\n    b = a @ a                                # 预热\n    torch.cuda.synchronize(dev)\n    t0 = time.time()\n    for _ in range(10):\n        b = a @ a\n    torch.cuda.synchronize(dev)\n    tflops = 10 * 2 * 8192 ** 3 / (time.time() - t0) / 1e12\n    finite = bool(torch.isfinite(b).all())\n    print(f\"cuda:{i} {torch.cuda.get_device_name(i)} bf16 matmul ~{tflops:.0f} TFLOPS finite={finite}\")\n    if not finite:\n        bad.append(i)\nmissing = [(i, j) for i in range(n) for j in range(n)\n           if i != j and not torch.cuda.can_device_access_peer(i, j)]\nprint(\"peer access missing:\", missing if missing else \"none\")\nprint(\"ALL OK\" if n > 0 and not bad and not missing else \"CHECK FAILED\")\n",
    "requires": [
      "torch-cuda"
    ],
    "timeout": 180,
    "expect": [
      "^GPU count: [0-9]+",
      "ALL OK"
    ],
    "exit": 0,
    "hash": "fnv1a64:ce06015052e59369",
    "page": "content/driver/hgx.en.md",
    "line": 88
  },
  {
    "id": "nvidia-smi-header",
    "lang": "sh",
    "code": "nvidia-smi\n",
    "requires": [
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "Driver Version: [0-9.]+",
      "CUDA Version: [0-9.]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:5f2fef48f356cfa0",
    "page": "content/cuda/toolkit.en.md",
    "line": 22
  },
  {
    "id": "cuda-home-env",
    "lang": "sh",
    "code": "if [ -z \"${CUDA_HOME:-}\" ]; then\n  echo \"CUDA_HOME: (not set)\"\n  echo \"CUDA_HOME check: not set\"\nelif [ -x \"$CUDA_HOME/bin/nvcc\" ]; then\n  echo \"CUDA_HOME: $CUDA_HOME\"\n  echo \"CUDA_HOME check: ok\"\nelse\n  echo \"CUDA_HOME: $CUDA_HOME\"\n  echo \"CUDA_HOME check: no bin/nvcc under it\"\nfi\necho \"CUDA directories in PATH:\"\necho \"$PATH\" | tr ':' '\\n' | grep -i cuda || echo \"(none)\"\n",
    "requires": [
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "^CUDA_HOME check: (ok|not set)$"
    ],
    "exit": 0,
    "hash": "fnv1a64:3e51b54228b01843",
    "page": "content/cuda/toolkit.en.md",
    "line": 188
  },
  {
    "id": "win-cuda-path",
    "lang": "powershell",
    "code": "$env:CUDA_PATH\nGet-Command nvcc\nGet-ChildItem Env: | Where-Object Name -like 'CUDA_PATH*'\n",
    "requires": [
      "windows",
      "nvcc"
    ],
    "timeout": 30,
    "expect": [
      "nvcc\\.exe",
      "CUDA_PATH_V[0-9]+_[0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:f38caee9b92e1411",
    "page": "content/cuda/toolkit.en.md",
    "line": 207
  },
  {
    "id": "nvcc-version",
    "lang": "sh",
    "code": "nvcc -V\n",
    "requires": [
      "nvcc"
    ],
    "timeout": 30,
    "expect": [
      "release [0-9]+\\.[0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:41e1d45af2bef0ec",
    "page": "content/cuda/toolkit.en.md",
    "line": 223
  },
  {
    "id": "cuda-hello-kernel",
    "lang": "sh",
    "code": "set -e\ndir=$(mktemp -d)\ntrap 'rm -rf \"$dir\"' EXIT\ncat > \"$dir/hello.cu\" \u003c\u003c'EOF'\n#include \u003ccstdio>\n#include \u003ccuda_runtime.h>\n\n#define CHECK(call) do { cudaError_t e = (call); if (e != cudaSuccess) { \\\n    printf(\"error: %s (%s)\\n\", cudaGetErrorString(e), #call); return 1; } } while (0)\n\n__global__ void add_one(int *x) { x[threadIdx.x] += 1; }\n\nint main() {\n    int driver = 0, runtime = 0, count = 0;\n    CHECK(cudaDriverGetVersion(&driver));\n    CHECK(cudaRuntimeGetVersion(&runtime));\n    printf(\"driver supports CUDA: %d.%d\\n\", driver / 1000, driver % 1000 / 10);\n    printf(\"runtime (nvcc) CUDA: %d.%d\\n\", runtime / 1000, runtime % 1000 / 10);\n    CHECK(cudaGetDeviceCount(&count));\n    printf(\"device count: %d\\n\", count);\n    for (int i = 0; i \u003c count; ++i) {\n        cudaDeviceProp p;\n        CHECK(cudaGetDeviceProperties(&p, i));\n        printf(\"device %d: %s, compute capability %d.%d, %zu MiB\\n\",\n               i, p.name, p.major, p.minor, p.totalGlobalMem >> 20);\n    }\n    int host[32] = {0}, *dev = nullptr;\n    CHECK(cudaMalloc(&dev, sizeof host));\n    CHECK(cudaMemcpy(dev, host, sizeof host, cudaMemcpyHostToDevice));\n    add_one\u003c\u003c\u003c1, 32>>>(dev);\n    CHECK(cudaGetLastError());\n    CHECK(cudaMemcpy(host, dev, sizeof host, cudaMemcpyDeviceToHost));\n    CHECK(cudaFree(dev));\n    int sum = 0;\n    for (int v : host) sum += v;\n    printf(\"kernel: %s\\n\", sum == 32 ? \"ok\" : \"wrong result\");\n    return sum == 32 ? 0 : 1;\n}\nEOF\nnvcc -o \"$dir/hello\" \"$dir/hello.cu\"\n\"$dir/hello\"\n",
    "requires": [
      "nvcc",
      "gpu"
    ],
    "timeout": 120,
    "expect": [
      "device count: [1-9]",
      "compute capability [0-9]+\\.[0-9]+",
      "^kernel: ok$"
    ],
    "exit": 0,
    "hash": "fnv1a64:67cf25b5e09f2a49",
    "page": "content/cuda/toolkit.en.md",
    "line": 279
  },
  {
    "id": "torch-cudnn-version",
    "lang": "python",
    "code": "import torch\n\nv = torch.backends.cudnn.version()\nprint(\"torch:\", torch.__version__)\nprint(\"cudnn raw:\", v)\nif v:\n    base = 10000 if v >= 90000 else 1000  # cuDNN 9 writes 9.19.0 as 91900, cuDNN 8 wrote 8.9.2 as 8902\n    print(\"cudnn: %d.%d.%d\" % (v // base, v % base // 100, v % 100))\nprint(\"cudnn available:\", torch.backends.cudnn.is_available())\n",
    "requires": [
      "torch"
    ],
    "timeout": 30,
    "expect": [
      "^cudnn: [0-9]+\\.[0-9]+\\.[0-9]+$",
      "^cudnn available: True$"
    ],
    "exit": 0,
    "hash": "fnv1a64:19c1e0bce9107307",
    "page": "content/cuda/cudnn.en.md",
    "line": 137
  },
  {
    "id": "cudnn-system-header",
    "lang": "sh",
    "code": "h=$(find -H /usr/include /usr/local/cuda*/include -name 'cudnn_version*.h' 2>/dev/null | head -n 1)\nif [ -z \"$h\" ]; then\n  echo \"cudnn header: none\"\nelse\n  echo \"cudnn header: $h\"\n  grep -E '#define CUDNN_(MAJOR|MINOR|PATCHLEVEL) ' \"$h\"\nfi\n",
    "requires": [
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "^(cudnn header: none|#define CUDNN_MAJOR [0-9]+)$"
    ],
    "exit": 0,
    "hash": "fnv1a64:0256cfae89888b28",
    "page": "content/cuda/cudnn.en.md",
    "line": 158
  },
  {
    "id": "cudnn-ldconfig",
    "lang": "sh",
    "code": "export PATH=\"$PATH:/sbin:/usr/sbin\"\nldconfig -p | grep -E 'libcuda\\.so|libcudnn\\.so' || echo \"none: no libcuda or libcudnn in the linker cache\"\n",
    "requires": [
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "libcuda\\.so|libcudnn\\.so|^none: "
    ],
    "exit": 0,
    "hash": "fnv1a64:6abb68d66dad9c8c",
    "page": "content/cuda/cudnn.en.md",
    "line": 170
  },
  {
    "id": "conda-info",
    "lang": "sh",
    "code": "conda --version\nconda info\n",
    "requires": [
      "conda"
    ],
    "timeout": 30,
    "expect": [
      "^conda [0-9]+\\.[0-9]+",
      "envs directories\\s*:"
    ],
    "exit": 0,
    "hash": "fnv1a64:50c814b525124119",
    "page": "content/python/conda.en.md",
    "line": 72
  },
  {
    "id": "conda-channels",
    "lang": "sh",
    "code": "conda config --show-sources\nconda config --show channels\n",
    "requires": [
      "conda"
    ],
    "timeout": 30,
    "expect": [
      "^channels:"
    ],
    "exit": 0,
    "hash": "fnv1a64:ae6ceb8940ce5497",
    "page": "content/python/conda.en.md",
    "line": 127
  },
  {
    "id": "conda-solver",
    "lang": "sh",
    "code": "conda config --show solver\n",
    "requires": [
      "conda"
    ],
    "timeout": 30,
    "expect": [
      "^solver: libmamba$"
    ],
    "exit": 0,
    "hash": "fnv1a64:95cae2af4742433f",
    "page": "content/python/conda.en.md",
    "line": 244
  },
  {
    "id": "pip-version",
    "lang": "sh",
    "code": "python3 -m pip --version\n",
    "requires": [
      "pip"
    ],
    "timeout": 30,
    "expect": [
      "^pip [0-9]+(\\.[0-9]+)+ from .+ \\(python 3\\.[0-9]+\\)$"
    ],
    "exit": 0,
    "hash": "fnv1a64:4518f74b732b82fd",
    "page": "content/python/pip.en.md",
    "line": 15
  },
  {
    "id": "pip-config-list",
    "lang": "sh",
    "code": "python3 -m pip config list\npython3 -m pip config list | grep -q 'index-url' || echo \"index-url: (not set, pip uses its default index)\"\n",
    "requires": [
      "pip"
    ],
    "timeout": 30,
    "expect": [
      "index-url"
    ],
    "exit": 0,
    "hash": "fnv1a64:2e0d68a1fd9744eb",
    "page": "content/python/pip.en.md",
    "line": 40
  },
  {
    "id": "cpu-arch",
    "lang": "sh",
    "code": "uname -m\n",
    "requires": [],
    "timeout": 30,
    "expect": [
      "^(x86_64|aarch64)$"
    ],
    "exit": 0,
    "hash": "fnv1a64:3bf7ce3c716e82ad",
    "page": "content/python/pytorch.en.md",
    "line": 50
  },
  {
    "id": "python-version",
    "lang": "sh",
    "code": "python3 --version\n",
    "requires": [],
    "timeout": 30,
    "expect": [
      "^Python 3\\.[0-9]+\\.[0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:d359f61f43bdba12",
    "page": "content/python/pytorch.en.md",
    "line": 69
  },
  {
    "id": "torch-version",
    "lang": "python",
    "code": "import torch\n\nprint(\"torch:\", torch.__version__)\nprint(\"built with CUDA:\", torch.version.cuda)\n",
    "requires": [
      "torch"
    ],
    "timeout": 30,
    "expect": [
      "^torch: [0-9]+\\.[0-9]+\\.[0-9]+",
      "^built with CUDA: [0-9]+\\.[0-9]+$"
    ],
    "exit": 0,
    "hash": "fnv1a64:aed933ff182b1988",
    "page": "content/python/pytorch.en.md",
    "line": 164
  },
  {
    "id": "torch-cuda-available",
    "lang": "python",
    "code": "import torch\n\nprint(\"cuda available:\", torch.cuda.is_available())\nprint(\"device count:\", torch.cuda.device_count())\nfor i in range(torch.cuda.device_count()):\n    print(\"device %d: %s\" % (i, torch.cuda.get_device_name(i)))\n",
    "requires": [
      "torch-cuda"
    ],
    "timeout": 30,
    "expect": [
      "^cuda available: True$"
    ],
    "exit": 0,
    "hash": "fnv1a64:3f8a1a5bd794f1fc",
    "page": "content/python/pytorch.en.md",
    "line": 175
  },
  {
    "id": "torch-arch-list",
    "lang": "python",
    "code": "import torch\n\nmajor, minor = torch.cuda.get_device_capability(0)\ndevice_arch = \"sm_%d%d\" % (major, minor)\narch_list = torch.cuda.get_arch_list()\nprint(\"device:\", torch.cuda.get_device_name(0))\nprint(\"device arch:\", device_arch)\nprint(\"arch list:\", \" \".join(arch_list))\nprint(\"%s in arch list: %s\" % (device_arch, \"yes\" if device_arch in arch_list else \"no\"))\n\n\ndef cc(name):  # \"sm_86\" -> (8, 6), \"compute_120\" -> (12, 0)\n    digits = name.split(\"_\", 1)[1]\n    return int(digits[:-1]), int(digits[-1])\n\n\nsass = [a for a in arch_list if a.startswith(\"sm_\") and a[3:].isdigit()]\nptx = [a for a in arch_list if a.startswith(\"compute_\") and a[8:].isdigit()]\nif device_arch in arch_list:\n    verdict = \"exact\"\nelif any(cc(a)[0] == major and cc(a)[1] \u003c= minor for a in sass):\n    verdict = \"compatible\"\nelif any(cc(a) \u003c= (major, minor) for a in ptx):\n    verdict = \"ptx-jit\"\nelse:\n    verdict = \"unsupported\"\nprint(\"verdict:\", verdict)\n",
    "requires": [
      "torch-cuda"
    ],
    "timeout": 30,
    "expect": [
      "^verdict: (exact|compatible|ptx-jit)$"
    ],
    "exit": 0,
    "hash": "fnv1a64:5b8c431e644d96a5",
    "page": "content/python/pytorch.en.md",
    "line": 188
  },
  {
    "id": "torch-matmul",
    "lang": "python",
    "code": "import torch\n\ntorch.manual_seed(0)\na = torch.randn(1024, 1024)\nb = torch.randn(1024, 1024)\nexpected = a @ b  # on the CPU, in full FP32\nresult = (a.cuda() @ b.cuda()).cpu()  # on the GPU; .cpu() waits for the kernel to finish\nprint(\"device:\", torch.cuda.get_device_name(0))\nprint(\"max abs diff: %.1e\" % (result - expected).abs().max().item())\nprint(\"matmul ok\" if torch.allclose(result, expected, rtol=1e-3, atol=1e-3) else \"matmul MISMATCH\")\n",
    "requires": [
      "torch-cuda"
    ],
    "timeout": 30,
    "expect": [
      "^matmul ok$"
    ],
    "exit": 0,
    "hash": "fnv1a64:d92c0eecb3fc6d52",
    "page": "content/python/pytorch.en.md",
    "line": 222
  },
  {
    "id": "torch-tf32-defaults",
    "lang": "python",
    "code": "import torch\n\nprint(\"torch:\", torch.__version__)\nprint(\"matmul.allow_tf32:\", torch.backends.cuda.matmul.allow_tf32)\nprint(\"cudnn.allow_tf32:\", torch.backends.cudnn.allow_tf32)\n",
    "requires": [
      "torch"
    ],
    "timeout": 30,
    "expect": [
      "^matmul\\.allow_tf32: False$",
      "^cudnn\\.allow_tf32: True$"
    ],
    "exit": 0,
    "hash": "fnv1a64:46e7702efe0304f6",
    "page": "content/python/pytorch.en.md",
    "line": 244
  },
  {
    "id": "docker-version",
    "lang": "sh",
    "code": "docker --version\n",
    "requires": [
      "docker"
    ],
    "timeout": 30,
    "expect": [
      "^Docker version [0-9]+\\.[0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:ee0680c0339c8eee",
    "page": "content/platforms/docker.en.md",
    "line": 28
  },
  {
    "id": "docker-nvidia-runtime",
    "lang": "sh",
    "code": "docker info --format '{{json .Runtimes}}'\n",
    "requires": [
      "nvidia-docker"
    ],
    "timeout": 30,
    "expect": [
      "\"nvidia\""
    ],
    "exit": 0,
    "hash": "fnv1a64:43ac89fa34da496f",
    "page": "content/platforms/docker.en.md",
    "line": 67
  },
  {
    "id": "wsl-gpu-device",
    "lang": "sh",
    "code": "echo \"kernel: $(uname -r)\"\nif [ -e /dev/dxg ]; then\n  echo \"/dev/dxg: present\"\nelse\n  echo \"/dev/dxg: missing\"\nfi\n",
    "requires": [
      "wsl"
    ],
    "timeout": 30,
    "expect": [
      "^/dev/dxg: present$"
    ],
    "exit": 0,
    "hash": "fnv1a64:9792e109dbf10daf",
    "page": "content/platforms/wsl2.en.md",
    "line": 60
  },
  {
    "id": "wsl-nvidia-smi",
    "lang": "sh",
    "code": "command -v nvidia-smi\nls -l /usr/lib/wsl/lib/nvidia-smi\nnvidia-smi\n",
    "requires": [
      "wsl"
    ],
    "timeout": 30,
    "expect": [
      "^/usr/lib/wsl/lib/nvidia-smi$",
      "Driver Version: [0-9.]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:38c8b7299814197f",
    "page": "content/platforms/wsl2.en.md",
    "line": 71
  },
  {
    "id": "wsl-torch-cuda",
    "lang": "python",
    "code": "import torch\n\nprint(\"cuda available:\", torch.cuda.is_available())\nif torch.cuda.is_available():\n    print(\"device:\", torch.cuda.get_device_name(0))\n",
    "requires": [
      "wsl",
      "torch"
    ],
    "timeout": 30,
    "expect": [
      "^cuda available: True$"
    ],
    "exit": 0,
    "hash": "fnv1a64:6dd29e4d70e79df6",
    "page": "content/platforms/wsl2.en.md",
    "line": 81
  },
  {
    "id": "remote-gpu-usage",
    "lang": "sh",
    "code": "nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total --format=csv\nnvidia-smi --query-compute-apps=pid,process_name,used_memory --format=csv\n",
    "requires": [
      "gpu"
    ],
    "timeout": 30,
    "expect": [
      "^[0-9]+, [^,]+, ([0-9]+ %|\\[N/A\\]), [0-9]+ MiB, [0-9]+ MiB$"
    ],
    "exit": 0,
    "hash": "fnv1a64:2f92446a5e44dd4a",
    "page": "content/platforms/remote.en.md",
    "line": 190
  },
  {
    "id": "sharing-memory-fraction",
    "lang": "python",
    "code": "import torch\n\ntorch.cuda.set_per_process_memory_fraction(0.1, device=0)\ntotal = torch.cuda.get_device_properties(0).total_memory\nsmall = torch.empty(int(total * 0.05), dtype=torch.uint8, device=\"cuda\")\nprint(\"5% of memory: ok\")\ntry:\n    torch.empty(int(total * 0.2), dtype=torch.uint8, device=\"cuda\")\n    print(\"limit enforced: False\")\nexcept torch.cuda.OutOfMemoryError:\n    print(\"limit enforced: True\")\n",
    "requires": [
      "torch-cuda"
    ],
    "timeout": 120,
    "expect": [
      "^limit enforced: True$"
    ],
    "exit": 0,
    "hash": "fnv1a64:4de3d3807d001447",
    "page": "content/platforms/gpu-sharing.en.md",
    "line": 89
  },
  {
    "id": "multigpu-peer-matrix",
    "lang": "python",
    "code": "import torch\n\nn = torch.cuda.device_count()\nprint(f\"GPU count: {n}\")\nfor i in range(n):\n    print(i, torch.cuda.get_device_name(i))\nif n > 1:\n    print(\"peer access (row -> column):\")\n    print(\"   \" + \" \".join(f\"{j:>2}\" for j in range(n)))\n    for i in range(n):\n        row = [\"--\" if i == j else (\" Y\" if torch.cuda.can_device_access_peer(i, j) else \" N\")\n               for j in range(n)]\n        print(f\"{i:>2} \" + \" \".join(row))\n",
    "requires": [
      "torch-cuda"
    ],
    "timeout": 60,
    "expect": [
      "^GPU count: [0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:5ed439a1a3b1337a",
    "page": "content/platforms/multi-gpu.en.md",
    "line": 166
  },
  {
    "id": "torch-collect-env",
    "lang": "python",
    "code": "from torch.utils import collect_env\n\ncollect_env.main()\n",
    "requires": [
      "torch"
    ],
    "timeout": 120,
    "expect": [
      "PyTorch version: [0-9]+\\.[0-9]+"
    ],
    "exit": 0,
    "hash": "fnv1a64:72f6dfdaacb3568a",
    "page": "content/troubleshooting/common-errors.en.md",
    "line": 24
  },
  {
    "id": "cuda-visible-devices",
    "lang": "sh",
    "code": "if [ -z \"${CUDA_VISIBLE_DEVICES+x}\" ]; then\n  echo \"CUDA_VISIBLE_DEVICES: (not set)\"\n  echo \"verdict: every GPU is visible\"\nelse\n  echo \"CUDA_VISIBLE_DEVICES: [$CUDA_VISIBLE_DEVICES]\"\n  case \"$CUDA_VISIBLE_DEVICES\" in\n    \"\" | -1 | -1,*) echo \"verdict: hides every GPU\" ;;\n    *) echo \"verdict: only the listed GPUs are visible\" ;;\n  esac\nfi\n",
    "requires": [
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "^verdict: (every GPU is visible|only the listed GPUs are visible)$"
    ],
    "exit": 0,
    "hash": "fnv1a64:57f09a8a57c49c44",
    "page": "content/troubleshooting/common-errors.en.md",
    "line": 94
  },
  {
    "id": "nvcc-locate",
    "lang": "sh",
    "code": "echo \"nvcc on PATH: $(command -v nvcc || echo none)\"\nfound=\"\"\nfor f in /usr/local/cuda*/bin/nvcc; do\n  if [ -x \"$f\" ]; then\n    echo \"installed: $f\"\n    found=yes\n  fi\ndone\nif command -v nvcc >/dev/null; then\n  echo \"verdict: ok\"\nelif [ -n \"$found\" ]; then\n  echo \"verdict: installed but not on PATH\"\nelse\n  echo \"verdict: no toolkit (not needed for PyTorch wheels)\"\nfi\n",
    "requires": [
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "^verdict: (ok|no toolkit)"
    ],
    "exit": 0,
    "hash": "fnv1a64:2d6f7108bf671b97",
    "page": "content/troubleshooting/common-errors.en.md",
    "line": 195
  },
  {
    "id": "health-remapped-rows",
    "lang": "sh",
    "code": "nvidia-smi --query-remapped-rows=gpu_bus_id,remapped_rows.correctable,remapped_rows.uncorrectable,remapped_rows.pending,remapped_rows.failure --format=csv\n",
    "requires": [
      "gpu",
      "linux"
    ],
    "timeout": 30,
    "expect": [
      "^gpu_bus_id, remapped_rows.correctable"
    ],
    "exit": 0,
    "hash": "fnv1a64:f91363479ab30aeb",
    "page": "content/troubleshooting/gpu-health.en.md",
    "line": 130
  }
]  # gpukb:checks (written by gpukb)

# gpukb splices the environment fingerprint block (environment_fingerprint()) here.
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


class UsageError(Exception):
    """Exit 2: the template was never filled in, or the arguments are wrong. The text is the message."""


# MARK: - Checks

def load_checks(raw=None):
    """The checks (GPUKB_CHECKS unless `raw` is given) with defaults filled in."""
    raw = GPUKB_CHECKS if raw is None else raw
    if raw is None:
        raise UsageError(TEMPLATE_MESSAGE)
    if not isinstance(raw, list):
        raise UsageError("run_checks.py: GPUKB_CHECKS is not a list\n")
    checks = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not item.get("id") or "code" not in item:
            raise UsageError("run_checks.py: check #%d has no id or code\n" % (index + 1))
        check = {"lang": "sh", "requires": [], "timeout": 30, "expect": [], "exit": 0,
                 "hash": None, "page": None, "line": None}
        check.update(item)
        checks.append(check)
    return checks


def truncate(text):
    """`text`, or its first and last KEEP_EDGE characters with a line saying how much was cut."""
    if len(text) <= KEEP_CHARS:
        return text
    cut = len(text) - 2 * KEEP_EDGE
    return "%s\n…[%d characters cut]…\n%s" % (text[:KEEP_EDGE], cut, text[-KEEP_EDGE:])


def decode(data):
    return (data or b"").decode("utf-8", errors="replace").replace("\r\n", "\n")


# MARK: - Requirements

def _run(args, timeout=PROBE_TIMEOUT):
    """(exit code, stdout, stderr) of a probe command; exit code None if it could not run or hung."""
    try:
        proc = subprocess.run(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %g s" % timeout
    except (OSError, ValueError) as error:
        return None, "", str(error)
    return proc.returncode, decode(proc.stdout), decode(proc.stderr)


def _last_line(*texts):
    for text in texts:
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        if lines:
            return lines[-1]
    return "no output"


def _which(name, fallbacks=()):
    found = shutil.which(name)
    if found:
        return found
    for path in fallbacks:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def _probe_gpu():
    smi = _which("nvidia-smi", NVIDIA_SMI_PATHS)
    if not smi:
        return False, "nvidia-smi not found"
    code, out, err = _run([smi, "-L"], timeout=30)
    if code != 0:
        why = "exited with %d" % code if code is not None else "could not run"
        return False, "nvidia-smi -L %s: %s" % (why, _last_line(err, out))
    if not any(line.startswith("GPU ") for line in out.splitlines()):
        return False, "nvidia-smi -L lists no GPU"
    return True, None


def _probe_nvcc():
    return (True, None) if _which("nvcc", NVCC_PATHS) else (False, "nvcc not found")


def _probe_python(code):
    """(ok, stdout, reason) of `code` run by this Python; the reason is the exception's message."""
    status, out, err = _run([sys.executable, "-c", code])
    if status is None:
        return False, None, "import torch: %s" % err
    if status != 0:
        return False, None, re.sub(r"^[A-Za-z_][\w.]*(Error|Exception): ", "", _last_line(err, out))
    return True, out.strip(), None


def _probe_torch():
    ok, _, reason = _probe_python("import torch")
    return (True, None) if ok else (False, reason)


def _probe_torch_cuda():
    ok, out, reason = _probe_python(
        "import torch; print(torch.__version__, torch.version.cuda, torch.cuda.is_available())")
    if not ok:
        return False, reason
    version, cuda, available = (out.split() + ["?", "?", "?"])[:3]
    if available == "True":
        return True, None
    return False, "torch.cuda.is_available() is %s (torch %s, built for CUDA %s)" % (available, version, cuda)


def _probe_docker():
    docker = shutil.which("docker")
    if not docker:
        return False, "docker not found"
    code, out, err = _run([docker, "info"], timeout=15)
    if code is None:
        return False, "docker info: %s" % err
    if code != 0:
        return False, "docker info exited with %d: %s" % (code, _last_line(err, out))
    return True, None


def _probe_nvidia_docker(probes=None):
    ok, reason = cached_probe("docker", probes)
    if not ok:
        return False, reason
    code, out, err = _run([shutil.which("docker") or "docker", "info", "--format",
                           "{{json .Runtimes}}"], timeout=15)
    if code == 0 and "nvidia" in out:
        return True, None
    return False, "Docker has no nvidia runtime (%s)" % _last_line(out, err)


def _probe_conda():
    if shutil.which("conda") or os.path.isfile(os.environ.get("CONDA_EXE", "")):
        return True, None
    return False, "conda not found"


def _probe_pip():
    code, out, err = _run([sys.executable, "-m", "pip", "--version"])
    return (True, None) if code == 0 else (False, "pip: " + _last_line(err, out))


def _is_linux():
    return sys.platform.startswith("linux")


def _probe_wsl():
    if not _is_linux():
        return False, "not Linux (%s)" % sys.platform
    if ("microsoft" in platform.release().lower()
            or os.path.exists("/proc/sys/fs/binfmt_misc/WSLInterop")):
        return True, None
    return False, "not WSL (kernel %s)" % platform.release()


REQUIREMENTS = {
    "gpu": _probe_gpu,
    "nvcc": _probe_nvcc,
    "torch": _probe_torch,
    "torch-cuda": _probe_torch_cuda,
    "docker": _probe_docker,
    "nvidia-docker": _probe_nvidia_docker,
    "conda": _probe_conda,
    "pip": _probe_pip,
    "linux": lambda: (True, None) if _is_linux() else (False, "not Linux (%s)" % sys.platform),
    "windows": lambda: (True, None) if os.name == "nt" else (False, "not Windows (%s)" % sys.platform),
    "wsl": _probe_wsl,
}


def probe(requirement, probes=None):
    """(ok, reason) for one requirement name; KeyError for an unknown one."""
    if requirement == "nvidia-docker":
        return _probe_nvidia_docker(probes)
    return REQUIREMENTS[requirement]()


def cached_probe(requirement, probes):
    """probe(), at most once per run: `probes` maps requirement -> (ok, reason)."""
    if probes is None:
        return probe(requirement)
    if requirement not in probes:
        probes[requirement] = probe(requirement, probes)
    return probes[requirement]


# MARK: - Running one check

def interpreter(lang):
    """(script name, command list, newline, encoding) for a language, or (None, reason, ...) if none here."""
    if lang == "sh":
        shell = shutil.which("bash") or (None if os.name == "nt" else shutil.which("sh") or "sh")
        if not shell:
            return None, "requires bash: bash not found", None, None
        return "check.sh", [shell, "check.sh"], "\n", "utf-8"
    if lang == "python":
        return "check.py", [sys.executable, "check.py"], "\n", "utf-8"
    if lang == "powershell":
        shell = shutil.which("powershell") or shutil.which("pwsh")
        if not shell:
            return None, "requires powershell: neither powershell nor pwsh found", None, None
        return ("check.ps1", [shell, "-NoProfile", "-ExecutionPolicy", "Bypass", "-File", "check.ps1"],
                "\r\n", "utf-8-sig")
    return "check.bat", ["cmd", "/c", "check.bat"], "\r\n", "utf-8"


def _kill_tree(proc):
    """Kill a timed-out check with everything it started."""
    try:
        if os.name == "nt":
            subprocess.run(["taskkill", "/T", "/F", "/PID", str(proc.pid)], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        proc.kill()
    except OSError:
        pass


def execute(args, cwd, timeout):
    """(exit code or None on timeout, stdout bytes, stderr bytes, seconds)."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    options = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt" \
        else {"start_new_session": True}
    start = time.monotonic()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options)
    try:
        out, err = proc.communicate(timeout=timeout)
        return proc.returncode, out, err, time.monotonic() - start
    except subprocess.TimeoutExpired as expired:
        elapsed = time.monotonic() - start
        out, err = expired.stdout or b"", expired.stderr or b""
        _kill_tree(proc)
        try:  # collect what it printed; the pipes close once the group is dead
            out, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            for pipe in (proc.stdout, proc.stderr):
                pipe.close()
            proc.wait()
        return None, out, err, elapsed


def result_for(check, status, reason=None, exit_code=None, duration=0.0, stdout="", stderr="",
               expect_failed=()):
    return {"id": check["id"], "hash": check.get("hash"), "status": status, "exit_code": exit_code,
            "duration_s": round(duration, 3), "stdout": stdout, "stderr": stderr,
            "reason": reason, "expect_failed": list(expect_failed)}


def run_check(check, probes=None):
    """Run one check (a dict as in GPUKB_CHECKS) and return its result dict."""
    probes = {} if probes is None else probes
    lang = LANG_ALIASES.get(check.get("lang", "sh"), check.get("lang", "sh"))
    if lang not in ("sh", "python", "powershell", "cmd"):
        return result_for(check, "error", "unknown language %s" % lang)
    patterns = []
    for rx in check.get("expect") or []:
        try:
            patterns.append((rx, re.compile(rx, re.MULTILINE)))
        except re.error as error:
            return result_for(check, "error", "bad expect regex /%s/: %s" % (rx, error))
    requires = list(check.get("requires") or [])
    if lang in ("powershell", "cmd") and "windows" not in requires:
        requires.insert(0, "windows")
    for name in requires:
        if name not in REQUIREMENTS:
            return result_for(check, "error", "unknown requirement %s" % name)
    for name in requires:
        ok, reason = cached_probe(name, probes)
        if not ok:
            return result_for(check, "skip", "requires %s: %s" % (name, reason))
    script, args, newline, encoding = interpreter(lang)
    if script is None:
        return result_for(check, "skip", args)
    timeout = check.get("timeout") or 30
    expected_exit = check.get("exit", 0)
    with tempfile.TemporaryDirectory(prefix="gpukb-check-") as folder:
        code = check["code"] if check["code"].endswith("\n") else check["code"] + "\n"
        with open(os.path.join(folder, script), "w", encoding=encoding, newline=newline) as handle:
            handle.write(code)
        try:
            exit_code, out, err, duration = execute(args, folder, timeout)
        except OSError as error:
            return result_for(check, "error", "cannot start %s: %s" % (os.path.basename(args[0]), error))
    stdout, stderr = decode(out), decode(err)
    kept = {"exit_code": exit_code, "duration": duration, "stdout": truncate(stdout),
            "stderr": truncate(stderr)}
    if exit_code is None:
        return result_for(check, "timeout", "timed out after %g s" % timeout, **kept)
    failed = [rx for rx, pattern in patterns if not pattern.search(stdout)]
    if exit_code != expected_exit:
        reason = "exit code %d, expected %d" % (exit_code, expected_exit)
    elif failed:
        reason = "no match for expect /%s/" % failed[0]
    else:
        return result_for(check, "pass", **kept)
    return result_for(check, "fail", reason, expect_failed=failed, **kept)


# MARK: - Report

def command_line(argv):
    """The command as typed, normalised to `python3 run_checks.py ARGS`."""
    script = os.path.basename(globals().get("__file__") or "run_checks.py")
    return " ".join(["python3"] + [shlex.quote(a) for a in [script] + list(argv)])


def fingerprint():
    """environment_fingerprint(), computed in a child Python so that importing PyTorch (slow, and it
    can crash a broken install) never happens in the runner; without PyTorch if the child fails."""
    path = globals().get("__file__")
    if path and os.path.isfile(path):
        code, out, err = _run([sys.executable, os.path.abspath(path), "--fingerprint"])
        if code == 0:
            try:
                return json.loads(out)
            except ValueError:
                pass
        sys.stderr.write("run_checks.py: environment fingerprint failed (%s); recorded without "
                         "PyTorch\n" % _last_line(err, out))
    saved = sys.modules.get("torch", False)
    sys.modules["torch"] = None  # makes `import torch` in the block fail fast
    try:
        return environment_fingerprint()  # noqa: F821 (spliced in by gpukb)
    finally:
        if saved is False:
            del sys.modules["torch"]
        else:
            sys.modules["torch"] = saved


def make_report(argv, environment, results):
    return {"schema": SCHEMA, "runner": RUNNER, "command": command_line(argv),
            "environment": environment, "results": list(results)}


def progress_line(index, total, check, result):
    status, reason = result["status"], result["reason"]
    if status == "pass":
        detail = "%.2f s" % result["duration_s"]
    elif status == "skip":
        detail = "(%s)" % reason
    elif status == "timeout":
        detail = "after %g s" % (check.get("timeout") or 30)
    else:
        detail = reason
    return "[%*d/%d] %-24s %-8s %s" % (len(str(total)), index, total, check["id"], status, detail)


def select(checks, ids):
    """The checks named in `ids` (all if none), in the checks' order; an unknown id is a usage error."""
    known = [c["id"] for c in checks]
    for wanted in ids or []:
        if wanted not in known:
            close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.0)
            raise UsageError("run_checks.py: unknown check id %r (%d known%s); see --list\n"
                                % (wanted, len(known), "; closest: %s" % close[0] if close else ""))
    return [c for c in checks if not ids or c["id"] in ids]


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="run_checks.py",
        description="Run the gpukb knowledge base's live checks here and print the results as "
                    "JSON (schema %s). Python checks use this Python (%s)." % (SCHEMA, sys.executable),
        epilog="Exit codes: 0 no check that ran failed, 1 a check failed, 2 bad arguments. "
               "Example: python3 run_checks.py --out results.json && gpukb check import results.json")
    parser.add_argument("--id", action="append", metavar="ID", help="run only this check; repeatable")
    parser.add_argument("--out", metavar="FILE", help="write the JSON to FILE instead of stdout")
    parser.add_argument("--list", action="store_true", help="list the checks and exit")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument("--fingerprint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if "environment_fingerprint" not in globals():
            raise UsageError(TEMPLATE_MESSAGE)
        checks = select(load_checks(), args.id)
    except UsageError as error:
        sys.stderr.write(str(error))
        return 2
    if args.fingerprint:
        print(json.dumps(environment_fingerprint()))  # noqa: F821
        return 0
    if args.list:
        for c in checks:
            print("%-28s %-10s %-20s %s:%s" % (c["id"], c["lang"], ",".join(c["requires"]) or "-",
                                              c["page"], c["line"]))
        return 0

    def log(text):
        if not args.quiet:
            sys.stderr.write(text)
            sys.stderr.flush()

    environment = fingerprint()
    probes, results = {}, []
    for index, check in enumerate(checks, 1):
        result = run_check(check, probes)
        results.append(result)
        log(progress_line(index, len(checks), check, result) + "\n")
    text = json.dumps(make_report(argv, environment, results), indent=1, ensure_ascii=False) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
        log("wrote %s\n" % args.out)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    counts = {s: sum(r["status"] == s for r in results) for s in ("pass", "fail", "timeout", "error", "skip")}
    bad = counts["fail"] + counts["timeout"] + counts["error"]
    extra = ", ".join("%d %s" % (counts[s], w) for s, w in (("timeout", "timed out"), ("error", "errors"))
                      if counts[s])
    sys.stderr.write("%d passed, %d failed, %d skipped%s\n"
                     % (counts["pass"], bad, counts["skip"], " (%s)" % extra if extra else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""gpu_bench.py without a GPU: command line, failure exits, the fingerprint block, statistics and JSON."""
import ast
import json
import os
import pathlib
import runpy
import subprocess
import sys
import textwrap

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = REPO / "content/downloads/gpu_bench.py"
BEGIN = "# --- gpukb:fingerprint begin ---"
END = "# --- gpukb:fingerprint end ---"
FINGERPRINT_KEYS = {
    "date": str, "os": str, "os_name": (str, type(None)), "kernel": (str, type(None)), "python": str,
    "gpus": list, "gpu_count": int, "driver_version": (str, type(None)), "cuda_version": (str, type(None)),
    "nvcc_version": (str, type(None)), "torch_version": (str, type(None)), "torch_cuda": (str, type(None)),
    "cudnn_version": (str, type(None)), "container": (str, type(None)), "cpu": (str, type(None)),
}


@pytest.fixture(scope="module")
def bench():
    """The script's module namespace (importing it runs nothing: main is behind __name__)."""
    return runpy.run_path(str(SCRIPT), run_name="gpu_bench")


def fake_torch(folder, body):
    """A `torch` package in `folder` whose __init__ is `body`; put first on PYTHONPATH it hides any real torch."""
    package = folder / "torch"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(textwrap.dedent(body))
    return folder


def run_script(*args, pythonpath=None, path=None):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    if path is not None:
        env["PATH"] = str(path)
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          env=env, timeout=30)


def fingerprint_block():
    text = SCRIPT.read_text(encoding="utf-8")
    assert text.count(BEGIN) == 1 and text.count(END) == 1
    start = text.index(BEGIN)
    end = text.index(END) + len(END)
    return text[start:end] + "\n", text[:start] + text[end:]


# MARK: - Command line

def test_help_exits_zero_and_names_the_options():
    proc = run_script("--help")
    assert proc.returncode == 0, proc.stderr
    for option in ("--out", "--only", "--list", "--quick", "--warmup", "--repeats"):
        assert option in proc.stdout


def test_list_needs_no_torch_and_names_every_workload(tmp_path, bench):
    hidden = fake_torch(tmp_path, "raise ImportError('torch hidden by the test')\n")
    proc = run_script("--list", pythonpath=hidden)
    assert proc.returncode == 0, proc.stderr
    ids = [line.split()[0] for line in proc.stdout.splitlines()]
    assert ids == [w["id"] for w in bench["WORKLOADS"]]
    assert set(ids) == {
        "matmul-10000-fp32", "matmul-10000-tf32", "matmul-10000-bf16", "matmul-10000-fp16",
        "matmul-8192-bf16", "copy-d2d", "resnet50-train-fp32", "resnet50-train-bf16",
        "matmul-10000-fp32-single-call"}
    assert ids[0] == "matmul-10000-fp32-single-call"  # the first CUDA work of the process


def test_without_torch_it_exits_2_and_says_how_to_install(tmp_path):
    hidden = fake_torch(tmp_path, "raise ImportError('torch hidden by the test')\n")
    proc = run_script("--quick", pythonpath=hidden)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "PyTorch is not installed" in proc.stderr
    assert "https://pytorch.org/get-started/locally/" in proc.stderr
    assert "torch hidden by the test" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cpu_only_torch_exits_3_and_reports_what_torch_said(tmp_path):
    cpu_only = fake_torch(tmp_path, """
        import types
        __version__ = "2.11.0+cpu"
        cuda = types.SimpleNamespace(is_available=lambda: False)
        version = types.SimpleNamespace(cuda=None)
        """)
    proc = run_script("--quick", pythonpath=cpu_only)
    assert proc.returncode == 3
    assert proc.stdout == ""
    assert "torch.cuda.is_available() returned False" in proc.stderr
    assert "torch.version.cuda is None" in proc.stderr
    assert "CPU-only build" in proc.stderr
    assert "2.11.0+cpu" in proc.stderr


def test_cuda_build_without_a_gpu_exits_3_and_names_the_cuda_version(tmp_path):
    no_gpu = fake_torch(tmp_path, """
        import types
        __version__ = "2.11.0+cu130"
        cuda = types.SimpleNamespace(is_available=lambda: False)
        version = types.SimpleNamespace(cuda="13.0")
        """)
    proc = run_script("--quick", pythonpath=no_gpu)
    assert proc.returncode == 3
    assert "torch.version.cuda is 13.0" in proc.stderr
    assert "nvidia-smi" in proc.stderr


def test_unknown_workload_is_a_usage_error(tmp_path):
    proc = run_script("--only", "matmul-10000-fp32,nonsense")
    assert proc.returncode == 2
    assert "unknown workload 'nonsense'" in proc.stderr


def test_only_keeps_the_fixed_order(bench):
    args = bench["parse_args"](["--only", "copy-d2d,matmul-10000-fp32-single-call", "--only", "matmul-10000-fp32"])
    assert args.selected == ["matmul-10000-fp32-single-call", "matmul-10000-fp32", "copy-d2d"]
    assert (args.warmup, args.repeats, args.steps) == (5, 20, 15)
    quick = bench["parse_args"](["--quick", "--repeats", "7"])
    assert (quick.warmup, quick.repeats, quick.steps) == (2, 7, 5)
    assert len(quick.selected) == 9


# MARK: - Fingerprint block

def run_block(tmp_path, path_dir):
    """Run the extracted block alone in a fresh interpreter, torch hidden, PATH limited to `path_dir`."""
    block, _ = fingerprint_block()
    program = tmp_path / "fingerprint_only.py"
    program.write_text(block + "\nimport json as _json\nprint(_json.dumps(environment_fingerprint()))\n",
                       encoding="utf-8")
    hidden = fake_torch(tmp_path / "hide", "raise ImportError('torch hidden by the test')\n")
    env = {"PATH": str(path_dir), "PYTHONPATH": str(hidden), "SYSTEMROOT": os.environ.get("SYSTEMROOT", "")}
    proc = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, env=env, timeout=30)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def check_fingerprint_shape(fingerprint):
    assert set(fingerprint) == set(FINGERPRINT_KEYS)
    for key, kind in FINGERPRINT_KEYS.items():
        assert isinstance(fingerprint[key], kind), (key, fingerprint[key])
    assert fingerprint["os"] in {"linux", "windows", "wsl", "macos", "unknown"}
    assert fingerprint["container"] in {None, "docker", "kubernetes", "podman"}
    assert fingerprint["gpu_count"] == len(fingerprint["gpus"])
    assert len(fingerprint["date"]) == 10 and fingerprint["date"][4] == "-"


def test_fingerprint_block_runs_on_its_own_without_gpu_tools(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    fingerprint = run_block(tmp_path, empty)
    check_fingerprint_shape(fingerprint)
    if not any(os.path.exists(p) for p in ("/usr/lib/wsl/lib/nvidia-smi", "/usr/bin/nvidia-smi")):
        assert fingerprint["gpus"] == [] and fingerprint["gpu_count"] == 0
        assert fingerprint["driver_version"] is None and fingerprint["cuda_version"] is None
    assert fingerprint["torch_version"] is None and fingerprint["cudnn_version"] is None
    assert fingerprint["python"] == "%d.%d.%d" % sys.version_info[:3]


@pytest.mark.skipif(sys.platform == "win32", reason="fake tools are shell scripts")
def test_fingerprint_reads_nvidia_smi_and_nvcc(tmp_path):
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "nvidia-smi").write_text(textwrap.dedent("""\
        #!/bin/sh
        case "$1" in
          --query-gpu=*) printf 'NVIDIA H200, 580.159.04\\nNVIDIA H200, 580.159.04\\n' ;;
          *) echo 'Sat Nov 21 08:54:48 2026'
             echo '| NVIDIA-SMI 580.159.04             Driver Version: 580.159.04     CUDA Version: 13.0     |' ;;
        esac
        """))
    (tools / "nvcc").write_text(textwrap.dedent("""\
        #!/bin/sh
        echo 'nvcc: NVIDIA (R) Cuda compiler driver'
        echo 'Cuda compilation tools, release 13.0, V13.0.88'
        """))
    for tool in tools.iterdir():
        tool.chmod(0o755)
    fingerprint = run_block(tmp_path, tools)
    check_fingerprint_shape(fingerprint)
    assert fingerprint["gpus"] == ["NVIDIA H200", "NVIDIA H200"]
    assert fingerprint["gpu_count"] == 2
    assert fingerprint["driver_version"] == "580.159.04"
    assert fingerprint["cuda_version"] == "13.0"
    assert fingerprint["nvcc_version"] == "13.0.88"


def test_fingerprint_block_uses_only_the_standard_library_and_its_own_names():
    block, rest = fingerprint_block()
    tree = ast.parse(block)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module.split(".")[0])
    stdlib = getattr(sys, "stdlib_module_names", None)  # Python 3.10+
    if stdlib is not None:
        assert imported - {"torch"} <= set(stdlib), imported

    def top_level_names(module):
        names = set()
        for node in module.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names.update((a.asname or a.name).split(".")[0] for a in node.names)
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        return names

    own = top_level_names(tree)
    outside = top_level_names(ast.parse(rest)) - own
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    assert not (used & outside), "block uses names defined outside it: %s" % sorted(used & outside)
    assert "environment_fingerprint" in own


def test_fingerprint_parsers_on_real_formats(bench):
    header = "| NVIDIA-SMI 580.159.04             Driver Version: 580.159.04     CUDA Version: 13.0     |"
    assert bench["parse_smi_cuda_version"](header) == "13.0"
    assert bench["parse_smi_cuda_version"]("| NVIDIA-SMI 390.46                 Driver Version: 390.46  |") is None
    assert bench["parse_smi_cuda_version"]("CUDA Version 11.4.0\n") is None  # container banner, not nvidia-smi
    assert bench["parse_smi_gpu_csv"]("NVIDIA H200, 580.159.04\n") == (["NVIDIA H200"], "580.159.04")
    assert bench["parse_smi_gpu_csv"]("No devices were found\n") == ([], None)
    assert bench["parse_nvcc_version"]("Cuda compilation tools, release 13.0, V13.0.88\n") == "13.0.88"
    assert bench["parse_nvcc_version"]("Cuda compilation tools, release 10.0, V10.0.130\n") == "10.0.130"
    assert bench["parse_nvcc_version"]("/bin/sh: 1: nvcc: not found\n") is None


@pytest.mark.parametrize("number, text", [
    (91900, "9.19.0"), (90100, "9.1.0"), (90000, "9.0.0"), (91402, "9.14.2"),
    (8902, "8.9.2"), (8700, "8.7.0"), (7605, "7.6.5"), (None, None), (0, None)])
def test_cudnn_version_conversion(bench, number, text):
    assert bench["cudnn_version_string"](number) == text


# MARK: - Statistics

def test_statistics_on_known_values(bench):
    values = [4.0, 1.0, 3.0, 2.0]
    assert bench["median"](values) == 2.5
    assert bench["percentile"](values, 25) == pytest.approx(1.75)
    assert bench["percentile"](values, 75) == pytest.approx(3.25)
    assert bench["percentile"](values, 0) == 1.0 and bench["percentile"](values, 100) == 4.0
    assert bench["stdev"](values) == pytest.approx(1.2909944487)
    assert bench["median"]([1.0, 9.0, 5.0]) == 5.0
    assert bench["stdev"]([5.0]) == 0.0
    assert bench["spread"]([5.0]) == {"min": 5.0, "max": 5.0, "p25": 5.0, "p75": 5.0, "stdev": 0.0}
    with pytest.raises(ValueError):
        bench["median"]([])


# MARK: - JSON assembly

def test_result_from_hand_made_matmul_timings(bench):
    result = bench["make_result"]("matmul-10000-fp32", [0.05, 0.04, 0.045, 0.041], amount=2.0,
                                  warmup=5, params={"n": 10000}, note="n")
    assert list(result) == ["id", "title", "metric", "higher_is_better", "value", "spread", "samples",
                            "seconds", "warmup", "repeats", "timing", "params", "extra", "note"]
    assert result["title"] == "matmul 10000×10000 FP32 (TF32 off)"
    assert result["metric"] == "TFLOP/s" and result["higher_is_better"] is True
    assert result["samples"] == [40.0, 50.0, 44.4444, 48.7805]
    assert result["value"] == pytest.approx((44.4444 + 48.7805) / 2, rel=1e-5)
    assert result["spread"]["min"] == 40.0 and result["spread"]["max"] == 50.0
    assert result["seconds"] == {"median": 0.043, "min": 0.04, "max": 0.05}
    assert (result["warmup"], result["repeats"], result["timing"]) == (5, 4, "cuda-events")


def test_result_rejects_empty_or_zero_timings(bench):
    with pytest.raises(ValueError):
        bench["make_result"]("copy-d2d", [], amount=2.0)
    with pytest.raises(ValueError):
        bench["make_result"]("copy-d2d", [0.001, 0.0], amount=2.0)


def test_report_with_single_call_linked_to_the_warm_median(bench):
    single = bench["make_result"]("matmul-10000-fp32-single-call", [0.42], timing="wall-clock-single-call",
                                  extra={"warm_median_s": None})
    warm = bench["make_result"]("matmul-10000-fp32", [0.04, 0.04, 0.05], amount=2.0, warmup=3)
    resnet = bench["make_result"]("resnet50-train-bf16", [0.05, 0.05], amount=128.0, warmup=3)
    results = [single, warm, resnet]
    bench["link_single_call"](results)
    assert single["value"] == 0.42 and single["metric"] == "s" and single["higher_is_better"] is False
    assert single["samples"] == [0.42] and single["spread"]["stdev"] == 0.0
    assert single["extra"]["warm_median_s"] == 0.04
    assert single["extra"]["single_over_warm"] == pytest.approx(10.5)
    assert resnet["value"] == 2560.0

    environment = {key: None for key in FINGERPRINT_KEYS}
    report = bench["make_report"](["/tmp/gpu_bench.py", "--quick", "--out", "a b.json"], environment,
                                  results, [{"id": "copy-d2d", "reason": "test"}])
    assert list(report) == ["schema", "kind", "runner", "command", "environment", "results", "skipped"]
    assert report["schema"] == "gpukb-bench/1" and report["kind"] == "measured"
    assert report["runner"] == "gpu_bench.py 1"
    assert report["command"] == "python3 gpu_bench.py --quick --out 'a b.json'"
    assert [r["id"] for r in report["results"]] == ["matmul-10000-fp32-single-call", "matmul-10000-fp32",
                                                   "resnet50-train-bf16"]
    assert json.loads(json.dumps(report, ensure_ascii=False)) == report


def test_single_call_without_warm_run_has_no_ratio(bench):
    single = bench["make_result"]("matmul-10000-fp32-single-call", [0.1], timing="wall-clock-single-call")
    bench["link_single_call"]([single])
    assert single["extra"] == {"warm_median_s": None, "single_over_warm": None}


"""content/downloads/run_checks.py (the live-check runner template) without a GPU or network: the tests splice it
the way `gpukb check export` does (fixture checks over the GPUKB_CHECKS line, gpu_bench.py's fingerprint block over
the fingerprint line) and run the result as a module and as a script.
Run from the repository root: python3 -m pytest -q Tests/python/test_run_checks.py"""
import ast
import importlib.util
import itertools
import json
import os
import pathlib
import subprocess
import sys
import textwrap
import time
import zlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "content/downloads/run_checks.py"
BENCH = REPO / "content/downloads/gpu_bench.py"
CHECKS_LINE = "GPUKB_CHECKS = None  # gpukb:checks"
FINGERPRINT_LINE = "# gpukb:fingerprint"
BEGIN = "# --- gpukb:fingerprint begin ---"
END = "# --- gpukb:fingerprint end ---"
ENVIRONMENT_KEYS = {"date", "os", "os_name", "kernel", "python", "gpus", "gpu_count", "driver_version",
                    "cuda_version", "nvcc_version", "torch_version", "torch_cuda", "cudnn_version", "container",
                    "cpu"}
RESULT_KEYS = ["id", "hash", "status", "exit_code", "duration_s", "stdout", "stderr", "reason", "expect_failed"]
POSIX = pytest.mark.skipif(os.name == "nt", reason="the fixture checks are POSIX shell")
_names = itertools.count()


def check(id, code, lang="sh", **fields):
    """A check object as gpukb writes it into GPUKB_CHECKS."""
    item = {"id": id, "lang": lang, "code": textwrap.dedent(code), "requires": [], "timeout": 10, "expect": [],
            "exit": 0, "hash": "fnv1a64:%016x" % zlib.crc32(id.encode()), "page": "content/test.md", "line": 7}
    item.update(fields)
    return item


def fingerprint_block():
    text = BENCH.read_text(encoding="utf-8")
    return text[text.index(BEGIN):text.index(END) + len(END)]


def splice(checks, fingerprint=True):
    """The runnable text: what `gpukb check export` makes of the template."""
    lines = TEMPLATE.read_text(encoding="utf-8").split("\n")
    out = []
    for line in lines:
        if line == CHECKS_LINE and checks is not None:
            line = "GPUKB_CHECKS = %s  # gpukb:checks (written by gpukb)" % json.dumps(checks, ensure_ascii=False)
        elif line == FINGERPRINT_LINE and fingerprint:
            line = fingerprint_block()
        out.append(line)
    return "\n".join(out)


def write_runner(folder, checks, fingerprint=True):
    path = folder / "run_checks.py"
    path.write_text(splice(checks, fingerprint), encoding="utf-8")
    return path


def load(folder, checks=()):
    """The spliced runner imported as a module (its main is behind __name__, so importing runs nothing)."""
    path = write_runner(folder, list(checks))
    spec = importlib.util.spec_from_file_location("gpukb_run_checks_%d" % next(_names), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cli(path, *args, env=None, cwd=None):
    return subprocess.run([sys.executable, str(path), *args], capture_output=True, timeout=60, env=env, cwd=cwd)


@pytest.fixture
def runner(tmp_path):
    return load(tmp_path)


# MARK: - The template

def test_template_has_each_marker_line_once_and_no_fingerprint_block():
    lines = TEMPLATE.read_text(encoding="utf-8").split("\n")
    assert lines.count(CHECKS_LINE) == 1
    assert lines.count(FINGERPRINT_LINE) == 1
    text = "\n".join(lines)
    assert text.count(CHECKS_LINE) == 1 and text.count(FINGERPRINT_LINE) == 1  # no other text a splice could hit
    assert BEGIN not in text and "def environment_fingerprint" not in text


def test_template_uses_only_the_standard_library():
    imported = set()
    for node in ast.walk(ast.parse(TEMPLATE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imported.add(node.module.split(".")[0])
    stdlib = getattr(sys, "stdlib_module_names", None)  # Python 3.10+
    if stdlib is not None:
        assert imported <= set(stdlib), imported


@pytest.mark.parametrize("args", [[], ["--list"]])
def test_unfilled_template_exits_2_and_says_how_to_get_the_real_file(args):
    proc = cli(TEMPLATE, *args)
    assert proc.returncode == 2
    assert proc.stdout == b""
    message = proc.stderr.decode("utf-8")
    assert "this is the template" in message
    assert "gpukb check export > run_checks.py" in message and "downloads/run_checks.py" in message


def test_checks_without_the_fingerprint_block_is_still_the_template(tmp_path):
    path = write_runner(tmp_path, [check("a", "true\n")], fingerprint=False)
    proc = cli(path)
    assert proc.returncode == 2 and b"this is the template" in proc.stderr


# MARK: - One check

@POSIX
def test_pass_with_expect(runner):
    result = runner.run_check(check("driver", "echo 'Driver Version: 580.159.04'\n", expect=[r"Driver Version: [0-9.]+"]))
    assert list(result) == RESULT_KEYS
    assert result["status"] == "pass" and result["reason"] is None
    assert result["exit_code"] == 0 and result["expect_failed"] == []
    assert result["stdout"] == "Driver Version: 580.159.04\n"
    assert result["hash"].startswith("fnv1a64:")
    assert isinstance(result["duration_s"], float) and result["duration_s"] == round(result["duration_s"], 3)


@POSIX
def test_expect_is_multiline_search_on_stdout_only(runner):
    code = "echo first; echo 'CUDA Version: 13.0'; echo 'only on stderr' >&2\n"
    result = runner.run_check(check("m", code, expect=[r"^CUDA Version: 13\.0$", "only on stderr"]))
    assert result["status"] == "fail"
    assert result["expect_failed"] == ["only on stderr"]
    assert result["stderr"] == "only on stderr\n"


@POSIX
def test_fail_on_exit_code_and_expected_nonzero_exit(runner):
    failed = runner.run_check(check("x", "echo out; exit 3\n", expect=["out"]))
    assert failed["status"] == "fail" and failed["exit_code"] == 3
    assert failed["reason"] == "exit code 3, expected 0"
    assert failed["expect_failed"] == []
    assert runner.run_check(check("y", "exit 3\n", exit=3))["status"] == "pass"


@POSIX
def test_fail_on_unmatched_expect_lists_every_one(runner):
    result = runner.run_check(check("e", "echo 'Driver Version: 580.1'\n",
                                    expect=["Driver Version", "CUDA Version: [0-9.]+", "nvcc: NVIDIA"]))
    assert result["status"] == "fail" and result["exit_code"] == 0
    assert result["reason"] == "no match for expect /CUDA Version: [0-9.]+/"
    assert result["expect_failed"] == ["CUDA Version: [0-9.]+", "nvcc: NVIDIA"]


def test_bad_regex_and_unknown_requirement_and_language_are_errors(runner):
    bad = runner.run_check(check("r", "echo hi\n", expect=["Version: ([0-9"]))
    assert bad["status"] == "error" and bad["reason"].startswith("bad expect regex /Version: ([0-9/")
    unknown = runner.run_check(check("u", "echo hi\n", requires=["linux", "quantum"]))
    assert unknown["status"] == "error" and unknown["reason"] == "unknown requirement quantum"
    lang = runner.run_check(check("l", "print 1", lang="perl"))
    assert lang["status"] == "error" and lang["reason"] == "unknown language perl"
    for result in (bad, unknown, lang):
        assert result["exit_code"] is None and result["duration_s"] == 0


def process_state(pid):
    """'gone', 'Z' (zombie) or the state letter from /proc."""
    try:
        with open("/proc/%d/stat" % pid) as handle:
            return handle.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


@POSIX
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_timeout_kills_the_whole_process_group_promptly(runner, tmp_path):
    pid_file = tmp_path / "sleep.pid"
    code = "echo started\necho warming >&2\nsleep 30 &\necho $! > '%s'\nwait\n" % pid_file
    start = time.monotonic()
    result = runner.run_check(check("slow", code, timeout=1))
    assert time.monotonic() - start < 4
    assert result["status"] == "timeout" and result["reason"] == "timed out after 1 s"
    assert result["exit_code"] is None and 0.9 < result["duration_s"] < 4
    assert result["stdout"] == "started\n" and result["stderr"] == "warming\n"
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 3
    while process_state(pid) not in ("gone", "Z") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process_state(pid) in ("gone", "Z"), "the background sleep survived the timeout"


@POSIX
def test_timeout_with_a_nested_shell(runner):
    start = time.monotonic()
    result = runner.run_check(check("nested", "bash -c 'sleep 30'\n", timeout=1))
    assert result["status"] == "timeout" and time.monotonic() - start < 4


@pytest.mark.skipif(os.name == "nt", reason="Windows itself")
def test_windows_only_checks_skip_elsewhere(runner):
    probes = {}
    for result in (runner.run_check(check("w", "echo hi\n", requires=["windows"]), probes),
                   runner.run_check(check("ps", "Get-Date", lang="powershell"), probes),
                   runner.run_check(check("bat", "ver", lang="cmd", requires=["gpu"]), probes)):
        assert result["status"] == "skip"
        assert result["reason"].startswith("requires windows: not Windows")
        assert result["exit_code"] is None and result["duration_s"] == 0
        assert result["stdout"] == "" and result["stderr"] == "" and result["expect_failed"] == []
    assert "gpu" not in probes  # the first unmet requirement stops the probing


@POSIX
def test_gpu_requirement_without_nvidia_smi(runner, tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr(runner, "NVIDIA_SMI_PATHS", ())
    assert runner.probe("gpu") == (False, "nvidia-smi not found")
    result = runner.run_check(check("driver", "nvidia-smi\n", requires=["gpu"]), {})
    assert result["status"] == "skip" and result["reason"] == "requires gpu: nvidia-smi not found"


@POSIX
def test_gpu_requirement_with_a_fake_nvidia_smi(runner, tmp_path, monkeypatch):
    tools = tmp_path / "bin"
    tools.mkdir()
    smi = tools / "nvidia-smi"
    monkeypatch.setenv("PATH", "%s%s%s" % (tools, os.pathsep, os.environ.get("PATH", "")))
    smi.write_text("#!/bin/sh\necho 'GPU 0: NVIDIA H200 (UUID: GPU-0000)'\n")
    smi.chmod(0o755)
    assert runner.probe("gpu") == (True, None)
    smi.write_text("#!/bin/sh\necho 'NVIDIA-SMI has failed because it could not communicate with the driver'\nexit 9\n")
    ok, reason = runner.probe("gpu")
    assert not ok and reason.startswith("nvidia-smi -L exited with 9: NVIDIA-SMI has failed")
    smi.write_text("#!/bin/sh\necho 'No devices were found'\n")
    assert runner.probe("gpu") == (False, "nvidia-smi -L lists no GPU")


@POSIX
def test_each_requirement_is_probed_once_per_run(runner, monkeypatch):
    calls = []
    monkeypatch.setitem(runner.REQUIREMENTS, "nvcc", lambda: calls.append("nvcc") or (False, "nvcc not found"))
    probes = {}
    for name in ("a", "b", "c"):
        result = runner.run_check(check(name, "nvcc -V\n", requires=["linux", "nvcc"]), probes)
        if sys.platform.startswith("linux"):
            assert result["reason"] == "requires nvcc: nvcc not found"
    assert len(calls) == (1 if sys.platform.startswith("linux") else 0)


def test_torch_requirement_reports_why_without_importing_torch(runner, tmp_path, monkeypatch):
    hidden = tmp_path / "hide" / "torch"
    hidden.mkdir(parents=True)
    (hidden / "__init__.py").write_text("raise ImportError('libcudnn.so.9: cannot open shared object file')\n")
    monkeypatch.setenv("PYTHONPATH", str(hidden.parent))
    assert runner.probe("torch") == (False, "libcudnn.so.9: cannot open shared object file")
    assert runner.probe("torch-cuda") == (False, "libcudnn.so.9: cannot open shared object file")
    (hidden / "__init__.py").write_text(textwrap.dedent("""\
        __version__ = "2.9.1+cpu"
        class version: cuda = None
        class cuda:
            is_available = staticmethod(lambda: False)
        """))
    assert runner.probe("torch") == (True, None)
    assert runner.probe("torch-cuda") == (False, "torch.cuda.is_available() is False (torch 2.9.1+cpu, built for CUDA None)")
    assert "torch" not in sys.modules or sys.modules["torch"] is not None


def test_platform_requirements_agree_with_this_machine(runner):
    assert runner.probe("linux")[0] == sys.platform.startswith("linux")
    assert runner.probe("windows")[0] == (os.name == "nt")
    if not sys.platform.startswith("linux"):
        assert runner.probe("wsl")[0] is False
    assert runner.probe("pip")[0] in (True, False)


def test_python_check_uses_the_runners_interpreter_and_utf8(runner):
    result = runner.run_check(check("py", "import os, sys\nprint(sys.executable)\nprint('驱动 ✓')\n"
                                    "print(os.environ['PYTHONIOENCODING'], os.environ['PYTHONDONTWRITEBYTECODE'])\n",
                                    lang="python"))
    assert result["status"] == "pass", result
    executable, text, env = result["stdout"].splitlines()
    assert executable == sys.executable or os.path.realpath(executable) == os.path.realpath(sys.executable)
    assert text == "驱动 ✓"
    assert env == "utf-8 1"


@POSIX
def test_each_check_runs_in_its_own_fresh_temporary_directory(runner):
    writer = runner.run_check(check("w", "pwd\n[ ! -e marker.txt ] && echo fresh\necho one > marker.txt\n"))
    reader = runner.run_check(check("r", "pwd\n[ ! -e marker.txt ] && echo fresh\nls\n"))
    assert writer["status"] == reader["status"] == "pass"
    (first, fresh_1), (second, fresh_2, listing) = writer["stdout"].splitlines(), reader["stdout"].splitlines()
    assert fresh_1 == fresh_2 == "fresh" and listing == "check.sh"
    assert first != second
    for folder in (first, second):
        assert os.path.realpath(folder) not in (os.path.realpath(REPO), os.path.realpath(os.getcwd()))
        assert not os.path.exists(folder)  # removed afterwards


@POSIX
def test_crlf_is_normalised(runner):
    result = runner.run_check(check("crlf", "printf 'a\\r\\nb\\r\\n'\n"))
    assert result["stdout"] == "a\nb\n"


def test_truncate_keeps_both_ends(runner):
    assert runner.truncate("x" * 16384) == "x" * 16384
    text = "".join("%05d\n" % i for i in range(4000))  # 24000 characters
    cut = runner.truncate(text)
    head, marker, tail = cut.split("\n…")[0], cut.split("\n…")[1].split("…\n")[0], cut.split("…\n", 1)[1]
    assert head == text[:8000] and tail == text[-8000:]
    assert marker == "[8000 characters cut]"


def test_long_output_is_cut_but_expect_sees_all_of_it(runner):
    code = "print('a' * 30000)\nprint('NEEDLE in the middle')\nprint('b' * 30000)\n"
    result = runner.run_check(check("long", code, lang="python", expect=["NEEDLE"]))
    assert result["status"] == "pass"
    assert "NEEDLE" not in result["stdout"]
    full = 30000 + 1 + len("NEEDLE in the middle\n") + 30000 + 1
    assert "\n…[%d characters cut]…\n" % (full - 16000) in result["stdout"]
    assert len(result["stdout"]) < 16100


# MARK: - Command line

FIXTURES = [
    check("echo-pass", "echo 'Driver Version: 580.159.04'\n", expect=["Driver Version: [0-9.]+"]),
    check("exit-fail", "echo nope\nexit 1\n"),
    check("needs-windows", "ver", lang="cmd"),
    check("py-pass", "print('ok')\n", lang="python", expect=["^ok$"]),
]
PASSING = [FIXTURES[0], FIXTURES[2], FIXTURES[3]]


@POSIX
def test_full_run_writes_only_json_to_stdout_and_exits_1_on_a_failure(tmp_path):
    proc = cli(write_runner(tmp_path, FIXTURES), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout.decode("utf-8"))  # nothing but the JSON on stdout
    assert proc.stdout.decode("utf-8") == json.dumps(report, indent=1, ensure_ascii=False) + "\n"
    assert list(report) == ["schema", "runner", "command", "environment", "results"]
    assert report["schema"] == "gpukb-checks/1" and report["runner"] == "run_checks.py 1"
    assert report["command"] == "python3 run_checks.py"
    environment = report["environment"]
    assert set(environment) == ENVIRONMENT_KEYS
    assert environment["gpu_count"] == len(environment["gpus"])
    assert environment["python"] == "%d.%d.%d" % sys.version_info[:3]
    assert [r["id"] for r in report["results"]] == [c["id"] for c in FIXTURES]
    assert [r["status"] for r in report["results"]] == ["pass", "fail", "skip", "pass"]
    assert [r["hash"] for r in report["results"]] == [c["hash"] for c in FIXTURES]
    assert all(list(r) == RESULT_KEYS for r in report["results"])
    lines = proc.stderr.decode("utf-8").splitlines()
    assert lines[0].startswith("[1/4] echo-pass") and " pass " in lines[0]
    assert lines[1].startswith("[2/4] exit-fail") and lines[1].endswith("fail     exit code 1, expected 0")
    assert lines[2].startswith("[3/4] needs-windows") and "skip     (requires windows: " in lines[2]
    assert lines[-1] == "2 passed, 1 failed, 1 skipped"


@POSIX
def test_exit_0_when_nothing_that_ran_failed_and_out_file(tmp_path):
    out = tmp_path / "results.json"
    proc = cli(write_runner(tmp_path, PASSING), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    assert proc.stderr.decode("utf-8").splitlines() == ["2 passed, 0 failed, 1 skipped"]  # --quiet: summary only
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["command"] == "python3 run_checks.py --out %s --quiet" % out
    assert [r["status"] for r in report["results"]] == ["pass", "skip", "pass"]


@POSIX
def test_id_filter_keeps_the_checks_order(tmp_path):
    proc = cli(write_runner(tmp_path, FIXTURES), "--id", "py-pass", "--id", "echo-pass", "--quiet")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.decode("utf-8"))
    assert [r["id"] for r in report["results"]] == ["echo-pass", "py-pass"]
    assert report["command"] == "python3 run_checks.py --id py-pass --id echo-pass --quiet"


def test_unknown_id_is_a_usage_error_naming_the_closest(tmp_path):
    proc = cli(write_runner(tmp_path, FIXTURES), "--id", "echo-pas")
    assert proc.returncode == 2 and proc.stdout == b""
    message = proc.stderr.decode("utf-8")
    assert "unknown check id 'echo-pas'" in message and "4 known" in message and "closest: echo-pass" in message


def test_list_prints_one_line_per_check(tmp_path):
    checks = FIXTURES + [check("gpu-one", "nvidia-smi\n", requires=["gpu", "linux"], page="content/driver/linux.md",
                               line=42)]
    proc = cli(write_runner(tmp_path, checks), "--list")
    assert proc.returncode == 0 and proc.stderr == b""
    lines = proc.stdout.decode("utf-8").splitlines()
    assert [line.split()[0] for line in lines] == [c["id"] for c in checks]
    assert lines[-1].split() == ["gpu-one", "sh", "gpu,linux", "content/driver/linux.md:42"]
    assert lines[2].split()[:2] == ["needs-windows", "cmd"]


def test_make_report_and_fingerprint_fallback_without_a_file(runner, monkeypatch):
    monkeypatch.setattr(runner, "_run", lambda args, timeout=0: (1, "", "boom"))
    environment = runner.fingerprint()  # the child "failed": computed here, with PyTorch kept out
    assert set(environment) == ENVIRONMENT_KEYS and environment["torch_version"] is None
    assert "torch" not in sys.modules or sys.modules["torch"] is not None
    report = runner.make_report(["--id", "a b"], environment, [])
    assert report["command"] == "python3 run_checks.py --id 'a b'"
    assert report["results"] == []

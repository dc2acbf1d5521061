"""content/downloads/check_env.py against the shared vectors (Tests/Fixtures/env-reports/vectors.json), which
themes/default/assets/diagnose.js must also reproduce exactly (Tests/js/diagnose.test.js).
Run from the repository root: python3 -m pytest -q Tests/python/test_check_env.py"""
import importlib.util
import json
import re
import os
import pathlib
import subprocess
import sys

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
SCRIPT = REPO / "content/downloads/check_env.py"
FIXTURES = REPO / "Tests/Fixtures/env-reports"
DATA_JS = pathlib.Path(os.environ.get("GPUKB_SITE", REPO / "site")).resolve() / "resolve/compat-data.js"
DATA_LINE = "GPUKB_DATA = None  # gpukb:data"


def load_module():
    spec = importlib.util.spec_from_file_location("check_env", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_env = load_module()
DATA = check_env.load_data(DATA_JS)
VECTORS = json.loads((FIXTURES / "vectors.json").read_text(encoding="utf-8"))


def paste_of(vector):
    """The pasted text of a vector: its input file(s), then its inline text, joined by newlines."""
    inputs = vector.get("input", [])
    files = [inputs] if isinstance(inputs, str) else inputs
    chunks = [(FIXTURES / f).read_text(encoding="utf-8") for f in files]
    if "text" in vector:
        chunks.append(vector["text"])
    return "\n".join(chunks)


SITE = pathlib.Path(os.environ.get("GPUKB_SITE", REPO / "site")).resolve()
# The published scripts: the build writes the data and the texts of each edition's language into them.
BUILT = {"zh-CN": SITE / "downloads/check_env.py", "en": SITE / "en/downloads/check_env.py"}


def cli(*args, stdin=None, env=None, script=SCRIPT):
    return subprocess.run([sys.executable, str(script), *args], input=stdin, capture_output=True, timeout=600, env=env)


# The month the vectors are read in (whether a driver branch has ended depends on it); diagnose.test.js uses the same.
MONTH = "2026-12"


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(vector):
    assert check_env.analyze(paste_of(vector), DATA, MONTH) == vector["expected"]


def test_json_is_byte_for_byte_what_node_writes():
    """Same keys in the same order: the CLI's JSON for a vector equals json.dumps of the expected object."""
    vector = next(v for v in VECTORS if v["name"] == "h200-all-in-one-paste")
    proc = cli("--data", str(DATA_JS), "--report", "-", "--json", stdin=paste_of(vector).encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8") == json.dumps(vector["expected"], ensure_ascii=False, indent=2) + "\n"


def test_cli_report_file_for_every_single_file_vector():
    for vector in VECTORS:
        if not isinstance(vector.get("input"), str) or "text" in vector:
            continue
        proc = cli("--data", str(DATA_JS), "--report", str(FIXTURES / vector["input"]), "--json")
        assert proc.returncode == 0, (vector["name"], proc.stderr)
        assert json.loads(proc.stdout.decode("utf-8")) == vector["expected"], vector["name"]


def test_cli_report_stdin_for_every_inline_vector():
    for vector in VECTORS:
        if "input" in vector:
            continue
        proc = cli("--data", str(DATA_JS), "--report", "-", "--json", stdin=paste_of(vector).encode("utf-8"))
        assert proc.returncode == 0, (vector["name"], proc.stderr)
        assert json.loads(proc.stdout.decode("utf-8")) == vector["expected"], vector["name"]


def test_every_fixture_file_is_covered_by_a_vector():
    covered = set()
    for vector in VECTORS:
        inputs = vector.get("input", [])
        covered.update([inputs] if isinstance(inputs, str) else inputs)
    files = {p.relative_to(FIXTURES).as_posix() for p in FIXTURES.rglob("*") if p.is_file()}
    missing = sorted(files - covered - {"vectors.json", "index.tsv"})
    assert missing == [], "fixture files without a vector"
    # A vector may also read a paste kept with its source among the real pastes (../real-pastes/…).
    assert sorted(f for f in covered - files if not (FIXTURES / f).resolve().is_file()) == [], "vector inputs that do not exist"


def test_the_build_can_paste_the_data_over_its_line(tmp_path):
    source = SCRIPT.read_text(encoding="utf-8")
    assert source.count(DATA_LINE + "\n") == 1
    built = tmp_path / "check_env.py"
    built.write_text(source.replace(DATA_LINE, "GPUKB_DATA = " + json.dumps(DATA, ensure_ascii=False)), encoding="utf-8")
    vector = next(v for v in VECTORS if v["name"] == "hand-rtx5090-torch251-cu121-arch")
    proc = subprocess.run([sys.executable, str(built), "--report", "-", "--json"], input=paste_of(vector).encode("utf-8"),
                          capture_output=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8")) == vector["expected"]


def test_without_data_it_still_parses_and_says_so():
    vector = next(v for v in VECTORS if v["name"] == "h200-all-in-one-paste")
    result = check_env.analyze(paste_of(vector), None)
    assert result["driver_version"] == "580.159.04" and result["nvcc_version"] == "13.0.88"
    proc = cli("--report", "-", stdin=paste_of(vector).encode("utf-8"))
    assert proc.returncode == 0
    assert "report.no_data" in proc.stdout.decode("utf-8"), "run from the repository it has no texts, and prints their keys"


def test_the_english_edition_publishes_a_script_that_reports_in_english():
    proc = cli("--report", str(FIXTURES / "nvidia-smi-037.txt"), script=BUILT["en"])
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, proc.stderr
    assert out.startswith("gpukb environment check\n\nRecognized output: nvidia-smi\nDriver version: ")
    assert "[Error] driver-library-mismatch" in out
    assert "Details: " in out
    assert not re.search(r"[\u4e00-\u9fff]", out.split("Details: ")[0]), out
    help_text = cli("--help", script=BUILT["en"]).stdout.decode("utf-8")
    assert "Checks that the NVIDIA driver" in help_text and "--report" in help_text
    assert (SITE / "en/downloads/check_env.py").read_text(encoding="utf-8").count("# gpukb:text (written by gpukb build)") == 1


def test_the_report_names_each_kind_of_output_it_recognised_in_words_not_ids():
    paste = b"Name: torch\nVersion: 2.1.0+cpu\n\ndocker: Error response from daemon: could not select device driver \"\" with capabilities: [[gpu]].\n"
    english = cli("--report", "-", stdin=paste, script=BUILT["en"]).stdout.decode("utf-8")
    assert "Recognized output: Package list (conda / pip), Docker / Container Toolkit messages\n" in english, english
    chinese = cli("--report", "-", stdin=paste, script=BUILT["zh-CN"]).stdout.decode("utf-8")
    assert "认出的输出：包列表（conda / pip）、Docker / Container Toolkit 的报错\n" in chinese, chinese


def test_help():
    proc = cli("--help")
    assert proc.returncode == 0
    assert "--report" in proc.stdout.decode("utf-8")


def test_readable_summary_names_the_findings():
    proc = cli("--report", str(FIXTURES / "nvidia-smi-037.txt"), script=BUILT["zh-CN"])
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    assert out.startswith("gpukb 环境检查\n\n认出的输出：nvidia-smi\n驱动版本：")
    assert "[错误] driver-library-mismatch" in out
    assert "troubleshooting/common-errors/index.html#failed-to-initialize-nvml-driverlibrary-version-mismatch" in out


def test_live_mode_on_this_machine_prints_a_result():
    proc = cli("--data", str(DATA_JS), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.decode("utf-8"))
    assert set(result) >= {"recognized", "sources", "driver_version", "findings"}
    assert "nvidia-smi" in result["sources"]  # its output, or the shell's "command not found", is always there
    proc = cli("--data", str(DATA_JS), script=BUILT["zh-CN"])
    assert proc.returncode == 0, proc.stderr
    assert "gpukb 环境检查" in proc.stdout.decode("utf-8")


def test_live_mode_without_nvidia_tools_reports_no_driver(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path))
    proc = cli("--data", str(DATA_JS), "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.decode("utf-8"))
    assert result["recognized"] is True
    codes = [f["code"] for f in result["findings"]]
    assert "no-driver" in codes
    assert result["nvcc_version"] is None


def test_hostile_input_never_raises():
    for text in ["", None, "\x00" * 100, " " * 20000, "a" * 20000, "@" * 20000 + ":", "| 0 " + " " * 20000 + "x",
                 "\ud800 lone surrogate", "GPU 0: __proto__"]:
        assert isinstance(check_env.analyze(text, DATA)["recognized"], bool)


def test_live_mode_reads_torch_through_the_same_parser(tmp_path):
    """A stand-in torch package: the live mode's REPL-style print must parse like a pasted one."""
    package = tmp_path / "torch"
    package.mkdir()
    (package / "__init__.py").write_text(
        "__version__ = '2.3.0+cpu'\n"
        "class version:\n    cuda = None\n"
        "class cuda:\n    @staticmethod\n    def is_available():\n        return False\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    proc = cli("--data", str(DATA_JS), "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.decode("utf-8"))
    assert (result["torch_version"], result["torch_cuda"], result["cuda_available"]) == ("2.3.0+cpu", None, False)
    assert "torch-print" in result["sources"]
    assert "cpu-only-torch" in [f["code"] for f in result["findings"]]


def test_the_script_computes_exactly_the_features_the_build_declares_for_its_rules():
    many = next(v for v in VECTORS if v["name"] == "hand-rtx5090-torch251-cu121-arch")
    for vector in (many, VECTORS[0]):
        facts = check_env.parse_report(paste_of(vector))
        assert sorted(check_env.features(facts, DATA)) == sorted(DATA["diagnosis"]["features"]), vector["name"]
        gpus = check_env.gpu_features(facts, DATA)
        assert gpus or vector is not many
        for g in gpus:
            assert sorted(g) == sorted(DATA["diagnosis"]["itemFeatures"]), vector["name"]


def test_the_rules_are_the_data_editing_them_changes_the_diagnosis():
    vector = next(v for v in VECTORS if v["name"] == "hand-driver470-torch-cu121-linux")
    edited = json.loads(json.dumps(DATA))
    check = next(c for c in edited["diagnosis"]["checks"] if c["code"] == "driver-too-old-for-torch")
    check["cases"] = [{"when": {"driver_status": "unsupported"}, "severity": "info",
                       "text": ["old {driver_version}", {"if": {"tc": {"set": True}}, "then": " / {tc}"}]}]
    edited["diagnosis"]["links"]["driver-too-old-for-torch"] = "x/index.html#y"
    facts = check_env.parse_report(paste_of(vector))
    found = [f for f in check_env.analyze(paste_of(vector), edited)["findings"] if f["code"] == "driver-too-old-for-torch"]
    assert found == [{"severity": "info", "code": "driver-too-old-for-torch",
                      "message": "old " + facts["driver_version"] + " / 12.1", "link": "x/index.html#y"}]
    edited["diagnosis"]["checks"] = []
    assert check_env.analyze(paste_of(vector), edited)["findings"] == []


def test_a_placeholder_is_filled_once_and_json_values_print_as_javascript_does():
    edited = json.loads(json.dumps(DATA))
    edited["diagnosis"]["checks"] = [{"code": "x", "cases": [{"when": {}, "severity": "info", "text": "[{first_gpu}|{mac}|{first_cc}]"}]}]
    edited["diagnosis"]["links"]["x"] = "x/index.html"
    paste = "name, driver_version\n{tc} {driver_version}, 535.54.03\n"
    assert check_env.analyze(paste, edited)["findings"][0]["message"] == "[{tc} {driver_version}|false|null]"


def test_json_true_is_not_the_number_one():
    assert check_env.holds({"x": True}, {"x": 1}, []) is False
    assert check_env.holds({"x": {"in": [False]}}, {"x": 0}, []) is False
    assert check_env.holds({"x": {"set": True}}, {"x": 0}, []) is True


def test_the_cpu_is_read_from_what_real_pastes_show_and_only_arm_machines_read_as_aarch64():
    pastes = sorted((REPO / "Tests/Fixtures/real-pastes").glob("*.txt"))
    cpus = {p.name: check_env.analyze(p.read_text(encoding="utf-8"), DATA)["cpu"] for p in pastes}
    # Jetson (tegra), an Apple M1 (arm64) and GH200 machines, as the collector's notes in index.tsv say.
    assert sorted(n for n, c in cpus.items() if c == "aarch64") == [
        "arm-02-gb10-collect_env.txt", "arm-03-thor-collect_env.txt", "arm-04-gb200-collect_env.txt", "arm-05-gh200-collect_env.txt",
        "arm-06-gh200-collect_env.txt", "arm-09-gb200-collect_env.txt", "arm-10-gb10-collect_env.txt", "arm-11-gb10-collect_env.txt",
        "collect_env-023.txt", "collect_env-024.txt", "collect_env-025.txt", "collect_env-026.txt", "collect_env-032.txt",
        "collect_env-046.txt"]
    assert sum(c == "x86_64" for c in cpus.values()) >= 20
    assert set(cpus.values()) <= {"aarch64", "x86_64", None}


def test_an_arm_paste_is_judged_by_the_aarch64_wheels():
    def paste(cpu):
        return "\n".join(["OS: Ubuntu 24.04.1 LTS (%s)" % cpu, "PyTorch version: 2.14.1+cu126", "Is CUDA available: True",
                          "CUDA used to build PyTorch: 12.6", "GPU models and configuration: GPU 0: Tesla T4",
                          "Nvidia driver version: 580.95.05"])
    x86 = check_env.gpu_features(check_env.parse_report(paste("x86_64")), DATA)
    arm = check_env.gpu_features(check_env.parse_report(paste("aarch64")), DATA)
    assert x86[0]["gpu_verdict"] == "ok"
    assert arm[0]["gpu_verdict"] == "unsupported"
    codes = lambda cpu: [f["code"] for f in check_env.analyze(paste(cpu), DATA)["findings"]]
    assert codes("aarch64") != codes("x86_64")


def test_an_ended_driver_branch_is_reported_from_the_month_it_ended_as_on_the_diagnose_page():
    vector = next(v for v in VECTORS if v["name"] == "hand-gtx1080-torch270-cu128-collect-env")
    paste = paste_of(vector).replace("570.124.06", "535.104.05")
    ended = lambda month: [f for f in check_env.analyze(paste, DATA, month)["findings"] if f["code"] == "driver-branch-ended"]
    assert ended("2026-06") == []
    [finding] = ended("2026-07")
    assert finding["severity"] == "info" and "R535" in finding["message"] and "请换到 R580" in finding["message"]
    # Without a month, this month (UTC) is used: the finding is there exactly when the month is past R535's end.
    import datetime
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m")
    assert bool([f for f in check_env.analyze(paste, DATA)["findings"] if f["code"] == "driver-branch-ended"]) == (now > "2026-06")


PYTHON_LINES = [
    ("Python version: 3.11.9 (main, Apr  6 2024, 17:59:24) [GCC 11.4.0] (64-bit runtime)", "3.11"),  # collect_env
    ("Python version: 3.12.7 (tags/v3.12.7:0b05ead, Oct  1 2024, 03:06:41) [MSC v.1941 64 bit (AMD64)]", "3.12"),  # ComfyUI
    ("Python 3.9.16 (main, Mar  8 2023, 14:00:05) ", "3.9"), ("Python 3.13.0rc2", "3.13"), ("- Python: 3.12.3", "3.12"),
    ("* Python version: 3.11", "3.11"), ("- **Python:** 3.11.15", "3.11"), ("Python 3.10 is required", None), ("I'm using Python 3.11.3 on Ubuntu", None),
    ("Python platform: Linux-5.15.0-91-generic-x86_64-with-glibc2.35", None),
]


def test_an_issue_templates_pytorch_line_gives_the_installed_version_and_prose_does_not():
    assert check_env.parse_report("- **PyTorch:** 2.9.1+cu130\n")["torch_version"] == "2.9.1+cu130"
    assert check_env.parse_report("* PyTorch version: 2.2.0\n")["torch_version"] == "2.2.0"
    assert check_env.parse_report("- PyTorch: 按照requirements.txt安装的1.7.1\n")["torch_version"] is None
    assert check_env.parse_report("- PyTorch: 2.1 or newer is required\n")["torch_version"] is None


@pytest.mark.parametrize("line,python", PYTHON_LINES)
def test_the_python_a_paste_shows_is_read_from_its_own_lines_not_from_prose(line, python):
    assert check_env.parse_report(line + "\n")["python"] == python


def test_the_suggested_build_has_wheels_for_the_pastes_python_or_says_which_pythons_it_has():
    k80 = ("PyTorch version: 2.4.1+cu124\nCUDA used to build PyTorch: 12.4\nOS: Ubuntu 20.04.6 LTS (x86_64)\n"
           "Python version: {py} (main, Nov 22 2023, 10:22:35)  [GCC 9.4.0] (64-bit runtime)\nIs CUDA available: True\n"
           "GPU models and configuration: GPU 0: Tesla K80\nNvidia driver version: 470.223.02\n")
    arch = lambda paste: next(f["message"] for f in check_env.analyze(paste, DATA, MONTH)["findings"] if f["code"] == "arch-not-in-build")
    # Python 3.11 on R470: no build the driver fully meets has wheels for it; 2.7.1 (cu118) has them and runs through
    # minor-version compatibility, which is what the resolver recommends for the same machine, and it says so.
    newer = check_env.gpu_features(check_env.parse_report(k80.format(py="3.11.9")), DATA)[0]
    assert (newer["gpu_best_torch"], newer["gpu_best_tag"], newer["gpu_best_py"], newer["gpu_best_limited"]) == ("2.7.1", "cu118", None, True)
    assert "minor-version" in arch(k80.format(py="3.11.9")) or "小版本" in arch(k80.format(py="3.11.9"))
    older = check_env.gpu_features(check_env.parse_report(k80.format(py="3.8.10")), DATA)[0]
    assert (older["gpu_best_torch"], older["gpu_best_py"], older["gpu_best_limited"]) == ("1.12.1", None, False)
    # Python 3.14: nothing the K80 runs has wheels for it; the newest it runs fully is named with its Python range.
    none = check_env.gpu_features(check_env.parse_report(k80.format(py="3.14.0")), DATA)[0]
    assert (none["gpu_best_torch"], none["gpu_best_py"]) == ("1.12.1", "3.7\u20133.10")
    assert "3.7\u20133.10" in arch(k80.format(py="3.14.0")) and "3.14" in arch(k80.format(py="3.14.0"))
    # A GTX 1080 on R535: Python 3.12 gets 2.7.1 (cu118); Python 3.8 the newest that still has 3.8 wheels.
    pascal = k80.replace("2.4.1+cu124", "2.8.0+cu128").replace("12.4", "12.8").replace("Tesla K80", "NVIDIA GeForce GTX 1080").replace("470.223.02", "535.183.01")
    picks = {py: check_env.gpu_features(check_env.parse_report(pascal.format(py=py)), DATA)[0] for py in ("3.12.3", "3.8.10")}
    assert (picks["3.12.3"]["gpu_best_torch"], picks["3.12.3"]["gpu_best_tag"], picks["3.12.3"]["gpu_best_py"]) == ("2.7.1", "cu118", None)
    assert (picks["3.8.10"]["gpu_best_torch"], picks["3.8.10"]["gpu_best_py"]) == ("2.4.1", None)

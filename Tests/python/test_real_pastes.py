"""Field accuracy of the paste reader on real output people pasted in public issue threads, and the browser page
(diagnose.js) and check_env.py giving the same JSON for every one of them.

The expected values in each folder's index.tsv were read by a person from the paste itself (see its notes column);
a field the paste does not show is empty. Run with -s to see the per-field table."""
import csv
import importlib.util
import json
import pathlib
import re
import subprocess

from page_reader import page_results

REPO = pathlib.Path(__file__).resolve().parents[2]
FOLDERS = [REPO / "Tests/Fixtures/env-reports", REPO / "Tests/Fixtures/real-pastes"]
DATA_JS = REPO / "site/resolve/compat-data.js"

spec = importlib.util.spec_from_file_location("check_env", REPO / "content/downloads/check_env.py")
check_env = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_env)
DATA = check_env.load_data(DATA_JS)

# Words a tool prints where it has no version ("CUDA Version: ERR!", "PyTorch version: N/A"): no value to read.
NO_VALUE = {"N/A", "ERR!", "None", "Could not collect"}


def value(text):
    return "" if (text or "") in NO_VALUE else (text or "")


def os_name(text):
    return {"wsl": "wsl2", "unknown": ""}.get(text or "", text or "")


def xy(text):
    m = re.match(r"(\d+)\.(\d+)", text or "")
    return m.group(1) + "." + m.group(2) if m else (text or "")


def rows():
    for folder in FOLDERS:
        with open(folder / "index.tsv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                yield folder, row


def fields(row, result):
    """Per field: whether the reader got what the person read. os counts only where the person could tell."""
    out = {
        "driver_version": (result["driver_version"] or "") == value(row["driver_version"]),
        "cuda_version": (result["cuda_version"] or "") == value(row["cuda_version_reported_by_smi"]),
        "gpu_names": ";".join(result["gpus"]) == row["gpu_names"],
        "gpu_count": str(result["gpu_count"] or "") == row["gpu_count"],
        "torch_version": (result["torch_version"] or "") == value(row["torch_version"]),
        "torch_cuda": (result["torch_cuda"] or "") == value(row["torch_cuda"]),
        "cuda_available": ("" if result["cuda_available"] is None else str(result["cuda_available"])) == row["cuda_available"],
        "nvcc_version": xy(result["nvcc_version"]) == xy(row["nvcc_version"]),
    }
    if os_name(row["os"]):
        out["os"] = os_name(result["os"]) == os_name(row["os"])
    return out


def test_at_least_a_hundred_new_real_pastes_each_with_its_source():
    pastes = [row for folder, row in rows() if folder.name == "real-pastes"]
    assert len(pastes) >= 100
    for row in pastes:
        assert row["source"].startswith("https://"), row["file"]
        assert (REPO / "Tests/Fixtures/real-pastes" / row["file"]).is_file(), row["file"]


def test_fields_are_read_right_on_at_least_98_percent_of_real_pastes():
    total, right, misses = {}, {}, []
    for folder, row in rows():
        text = (folder / row["file"]).read_text(encoding="utf-8", errors="replace")
        for name, ok in fields(row, check_env.analyze(text, DATA)).items():
            total[name] = total.get(name, 0) + 1
            right[name] = right.get(name, 0) + ok
            if not ok:
                misses.append(f"{folder.name}/{row['file']}: {name}")
    for name in total:
        print(f"{name:15} {right[name]:4}/{total[name]:<4} {100 * right[name] / total[name]:6.2f}%")
    overall = sum(right.values()) / sum(total.values())
    print(f"overall {sum(right.values())}/{sum(total.values())} = {100 * overall:.2f}%")
    assert overall >= 0.98, "\n".join(misses)
    for name in total:
        assert right[name] / total[name] >= 0.9, name


def test_the_browser_page_and_check_env_give_the_same_json_for_every_paste():
    files = [str(folder / row["file"]) for folder, row in rows()]
    browser = page_results(files, DATA_JS)
    for file, page in zip(files, browser):
        text = pathlib.Path(file).read_text(encoding="utf-8", errors="replace")
        assert check_env.analyze(text, DATA) == page, file


def test_a_short_mutational_fuzz_pass_finds_no_crash_or_hang():
    proc = subprocess.run(["python3", str(REPO / "Tests/fuzz/fuzz_check_env.py"), "--runs", "400", "--seed", "7", "--limit", "10"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "400 executions, 0 crashes" in proc.stdout


def test_inputs_the_fuzzer_once_crashed_or_hung_on_are_read_quickly():
    import time
    for path in sorted((REPO / "Tests/fuzz/crashes").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="surrogatepass")
        start = time.perf_counter()
        result = check_env.analyze(text, DATA)
        assert isinstance(result, dict) and time.perf_counter() - start < 2, path.name

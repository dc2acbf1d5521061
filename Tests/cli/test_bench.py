"""`gpukb bench import`: a runner's file is validated and stored; a malformed one is refused with positions."""
import json
import os
import pathlib
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()
RUN = REPO / "Tests/Fixtures/bench/run-h200.json"


def gpukb(*args, cwd):
    return subprocess.run([str(GPUKB), *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def test_import_stores_a_run_under_content_data_bench_and_is_idempotent(tmp_path):
    proc = gpukb("bench", "import", str(RUN), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    stored = tmp_path / "content/data/bench/2026-11-21-nvidia-h200.json"
    assert stored.read_bytes() == RUN.read_bytes()
    assert "measured run on NVIDIA H200, 9 results" in proc.stdout
    again = gpukb("bench", "import", str(RUN), cwd=tmp_path)
    assert again.returncode == 0 and "already stored" in again.stdout
    assert sorted(p.name for p in stored.parent.iterdir()) == [stored.name]


def test_malformed_files_are_refused_with_path_line_col_and_nothing_is_stored(tmp_path):
    run = json.loads(RUN.read_text())
    run["results"][1]["value"] = "fast"
    del run["results"][2]["metric"]
    run["environment"]["gpus"] = []
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(run, indent=1))
    proc = gpukb("bench", "import", str(bad), cwd=tmp_path)
    assert proc.returncode == 1
    assert f"{bad}:" in proc.stderr
    assert "expected 'value' to be a number, found 'fast'" in proc.stderr
    assert "result is missing 'metric'" in proc.stderr
    assert "a measured run must name its GPU" in proc.stderr
    lines = [l for l in proc.stderr.splitlines() if l.startswith(str(bad) + ":")]
    assert all(l.split(":")[1].isdigit() and l.split(":")[2].isdigit() for l in lines), lines
    assert not (tmp_path / "content/data/bench").exists()
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": "gpukb-bench/1",\n "results": [\n')
    proc = gpukb("bench", "import", str(broken), cwd=tmp_path)
    assert proc.returncode == 1 and f"{broken}:" in proc.stderr

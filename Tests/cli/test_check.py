"""`gpukb check list|run|export|import` on a small project, and what the build shows for recorded runs."""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()

GUIDE = '''---
title: 检查
---

## 通过

```sh check id=echo-ok expect="^hello [0-9]+$" explain="打印 hello 和一个数字。"
echo "hello 42"
```

```output
hello 42
```

## 失败

```sh check id=exit-one explain="这个检查故意以 1 退出。"
echo "about to fail" >&2
exit 1
```

## 超时

```sh check id=too-slow timeout=1 explain="睡得比限时长。"
sleep 30
```

## 只在 Windows

```powershell check id=windows-only explain="只在 Windows 上运行。"
Get-Date
```

## Python

```python check id=py-here expect="cwd-is-temp: True" explain="在临时目录里运行。"
import os, sys
print("cwd-is-temp:", os.getcwd() != %r)
print("python:", sys.executable)
```
'''


def gpukb(*args, cwd, timeout=120):
    return subprocess.run([str(GPUKB), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def make_project(tmp_path, guide=None):
    content = tmp_path / "content"
    (content / "guide").mkdir(parents=True)
    (content / "site.yaml").write_text("title: 检查站\nlanguage: zh-CN\nsections:\n  - id: guide\n    title: 指南\n")
    (content / "_index.md").write_text("---\ntitle: 首页\n---\n\n首页。\n")
    (content / "guide/checks.md").write_text(GUIDE % str(tmp_path) if guide is None else guide)
    (content / "downloads").mkdir()
    for name in ("run_checks.py", "gpu_bench.py"):
        shutil.copy(REPO / "content/downloads" / name, content / "downloads" / name)
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    return tmp_path


def test_list_shows_every_check_with_page_line_and_requirements(tmp_path):
    project = make_project(tmp_path)
    proc = gpukb("check", "list", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^echo-ok\s+sh\s+-\s+content/guide/checks.md:7$", proc.stdout, re.M), proc.stdout
    assert re.search(r"^windows-only\s+powershell", proc.stdout, re.M)
    assert "5 checks" in proc.stdout
    listed = json.loads(gpukb("check", "list", "--json", cwd=project).stdout)
    assert [c["id"] for c in listed] == ["echo-ok", "exit-one", "too-slow", "windows-only", "py-here"]
    assert listed[2]["timeout"] == 1 and listed[0]["expect"] == ["^hello [0-9]+$"]


def test_run_reports_pass_fail_timeout_and_skip_and_exits_one(tmp_path):
    project = make_project(tmp_path)
    started = time.monotonic()
    proc = gpukb("check", "run", "--record", cwd=project)
    assert time.monotonic() - started < 20, "the timeout must kill the sleeping check"
    assert proc.returncode == 1, proc.stderr
    assert re.search(r"echo-ok.*pass", proc.stderr)
    assert re.search(r"exit-one.*fail", proc.stderr)
    assert re.search(r"too-slow.*timeout", proc.stderr)
    assert re.search(r"windows-only.*skip", proc.stderr)
    stored = list((project / "content/data/checks").glob("*.json"))
    assert len(stored) == 1 and re.match(r"\d{4}-\d\d-\d\d-no-gpu-linux\.json$|\d{4}-\d\d-\d\d-.+\.json$", stored[0].name)
    record = json.loads(stored[0].read_text())
    status = {r["id"]: r for r in record["results"]}
    assert status["echo-ok"]["status"] == "pass"
    assert status["exit-one"]["status"] == "fail" and status["exit-one"]["exit_code"] == 1
    assert "about to fail" in status["exit-one"]["stderr"]
    assert status["too-slow"]["status"] == "timeout"
    assert status["windows-only"]["status"] == "skip" and "windows" in status["windows-only"]["reason"]
    assert status["py-here"]["status"] == "pass"
    assert "stored content/data/checks/" in proc.stdout and "2 verified" in proc.stdout and "2 failing" in proc.stdout


def test_run_with_ids_runs_only_those_and_exits_zero_when_they_pass(tmp_path):
    project = make_project(tmp_path)
    proc = gpukb("check", "run", "--id", "echo-ok", "--id", "py-here", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert "exit-one" not in proc.stderr
    assert not (project / "content/data/checks").exists(), "nothing is stored without --record"


def test_export_is_a_standalone_runner_whose_results_import_round_trip(tmp_path):
    project = make_project(tmp_path)
    exported = gpukb("check", "export", cwd=project)
    assert exported.returncode == 0, exported.stderr
    runner = tmp_path / "elsewhere/run_checks.py"
    runner.parent.mkdir()
    runner.write_text(exported.stdout)
    assert "GPUKB_CHECKS = None" not in exported.stdout
    assert "# --- gpukb:fingerprint begin ---" in exported.stdout
    # The same file the site publishes.
    assert gpukb("build", cwd=project).returncode == 0
    assert (project / "site/downloads/run_checks.py").read_text() == exported.stdout
    run = subprocess.run([sys.executable, str(runner), "--id", "echo-ok", "--id", "windows-only"],
                         cwd=runner.parent, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    results = json.loads(run.stdout)
    assert results["schema"] == "gpukb-checks/1"
    (tmp_path / "results.json").write_text(run.stdout)
    imported = gpukb("check", "import", str(tmp_path / "results.json"), "--name", "cpu-box", cwd=project)
    assert imported.returncode == 0, imported.stderr
    assert "1 verified" in imported.stdout and "1 skipped" in imported.stdout
    stored = project / "content/data/checks/cpu-box.json"
    assert stored.read_text() == run.stdout
    again = gpukb("check", "import", str(tmp_path / "results.json"), "--name", "cpu-box", cwd=project)
    assert "already stored" in again.stdout


def test_build_shows_badges_and_marks_edited_snippets_stale(tmp_path):
    project = make_project(tmp_path)
    assert gpukb("check", "run", "--record", cwd=project).returncode == 1
    assert gpukb("build", cwd=project).returncode == 0
    html = (project / "site/guide/checks/index.html").read_text()
    ok = html[html.index('id="check-echo-ok"'):html.index('id="check-exit-one"')]
    assert "check-verified" in ok and "实测检查" in ok and "示例输出" in ok and "hello 42" in ok
    assert "/^hello [0-9]+$/" in ok
    failing = html[html.index('id="check-exit-one"'):html.index('id="check-too-slow"')]
    assert "check-failing" in failing and "<details open>" in failing and "about to fail" in failing
    assert "check-failing" in html[html.index('id="check-too-slow"'):] and "超时" in html
    assert "check-skipped" in html[html.index('id="check-windows-only"'):]
    # Edit the passing snippet: its record no longer vouches for it.
    guide = project / "content/guide/checks.md"
    guide.write_text(guide.read_text().replace('echo "hello 42"', 'echo "hello 43"'))
    assert gpukb("build", cwd=project).returncode == 0
    html = (project / "site/guide/checks/index.html").read_text()
    ok = html[html.index('id="check-echo-ok"'):html.index('id="check-exit-one"')]
    assert "check-stale" in ok and "check-verified" not in ok and "已过期" in ok


def test_bad_checks_fail_the_build_with_positions(tmp_path):
    guide = '''---
title: 坏
---

```sh check id=dup explain="一"
true
```

```sh check id=dup requires=gpu explain="二"
true
```

```sh check id=no-explain requires=gpu,cuda
$ nvidia-smi
```
'''
    project = make_project(tmp_path, guide=guide)
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 1
    err = proc.stderr
    assert "content/guide/checks.md:9:1: error: check id 'dup' is already used at content/guide/checks.md:5" in err, err
    assert "content/guide/checks.md:13:40: error: unknown requirement 'cuda'" in err, err
    assert re.search(r"content/guide/checks.md:13:4: error: a check needs 'explain=", err), err
    assert "content/guide/checks.md:14:1: error: a check runs as a script; remove the '$ ' prompt" in err
    assert not (project / "site").exists()


def test_malformed_record_is_a_build_error_and_import_refuses_it(tmp_path):
    project = make_project(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{\n "schema": "gpukb-checks/1",\n "environment": {"date": "2026-11-21"},\n "results": [{"id": "echo-ok", "status": "ok"}]\n}\n')
    proc = gpukb("check", "import", str(bad), cwd=project)
    assert proc.returncode == 1
    assert f"{bad}:4:" in proc.stderr and "result is missing 'hash'" in proc.stderr
    assert not (project / "content/data/checks").exists()
    (project / "content/data/checks").mkdir(parents=True)
    shutil.copy(bad, project / "content/data/checks/bad.json")
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 1 and "content/data/checks/bad.json:4:" in proc.stderr

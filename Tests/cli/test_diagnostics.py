"""The gpukb CLI as a user meets it: bad input gives path:line:col diagnostics, exit 1, and an untouched site/."""
import os
import pathlib
import re
import shutil
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()
THEMES = REPO / "themes"
BAD = REPO / "Tests/Fixtures/bad"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(cwd, *args):
    proc = subprocess.run([str(GPUKB), "build", "--themes", str(THEMES), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout, ANSI.sub("", proc.stderr)


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", sorted(p.name for p in BAD.iterdir() if p.is_dir()))
def test_bad_input_reports_every_problem_and_leaves_site_untouched(tmp_path, case):
    shutil.copytree(BAD / case, tmp_path, dirs_exist_ok=True)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("previous build\n")
    (site / ".gpukb-site").write_text("a previous gpukb build\n")
    before = snapshot(site)

    code, out, err = run(tmp_path)

    assert code == 1, f"expected exit 1, got {code}\n{err}"
    for line in (tmp_path / "expected.txt").read_text().splitlines():
        assert line in err, f"missing diagnostic:\n  {line}\nin stderr:\n{err}"
    assert re.search(r"^\S+?(:\d+(:\d+)?)?: error: ", err, re.M), err
    assert "left unchanged" in err
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".site")) == []


def test_errors_show_the_offending_line_with_a_caret(tmp_path):
    shutil.copytree(BAD / "bad-weight", tmp_path, dirs_exist_ok=True)
    _, _, err = run(tmp_path)
    assert "3 | weight: heavy\n  |         ^" in err


def test_at_least_sixty_bad_input_fixtures_exist():
    assert len([p for p in BAD.iterdir() if (p / "expected.txt").exists()]) >= 60


WARN = REPO / "Tests/Fixtures/warnings"


@pytest.mark.parametrize("case", sorted(p.name for p in WARN.iterdir() if p.is_dir()))
def test_warnings_are_reported_with_location_and_the_build_succeeds(tmp_path, case):
    shutil.copytree(WARN / case, tmp_path, dirs_exist_ok=True)
    code, out, err = run(tmp_path)
    assert code == 0, err
    for line in (tmp_path / "expected.txt").read_text().splitlines():
        assert line in err, f"missing warning:\n  {line}\nin stderr:\n{err}"
    assert "1 warning" in out

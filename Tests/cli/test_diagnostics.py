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


def copy_fixture(source, target):
    """A fixture folder as a project. Like the theme (passed with --themes), the engine's sentences are the
    repository's own: a fixture with a small dataset gets content/data/compat/phrases/ unless it brings its own."""
    shutil.copytree(source, target, dirs_exist_ok=True)
    compat = target / "content/data/compat"
    if compat.is_dir() and not (compat / "phrases").exists():
        shutil.copytree(REPO / "content/data/compat/phrases", compat / "phrases")


def snapshot(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", sorted(p.name for p in BAD.iterdir() if p.is_dir()))
def test_bad_input_reports_every_problem_and_leaves_site_untouched(tmp_path, case):
    copy_fixture(BAD / case, tmp_path)
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
    copy_fixture(WARN / case, tmp_path)
    code, out, err = run(tmp_path)
    assert code == 0, err
    for line in (tmp_path / "expected.txt").read_text().splitlines():
        assert line in err, f"missing warning:\n  {line}\nin stderr:\n{err}"
    assert "1 warning" in out


def test_a_broken_theme_string_table_is_reported_with_line_and_column_and_nothing_is_written(tmp_path):
    project = tmp_path / "project"
    (project / "content/s").mkdir(parents=True)
    (project / "content/site.yaml").write_text("title: 站点\nlanguage: zh-CN\nsections:\n  - id: s\n    title: 一节\n")
    (project / "content/s/a.md").write_text("---\ntitle: 页\n---\n\n正文。\n")
    themes = tmp_path / "themes"
    shutil.copytree(THEMES / "default", themes / "default")
    table = themes / "default/strings/zh-CN.yaml"
    text = table.read_text()
    text = text.replace("  toc: 本页目录\n", "  tco: 本页目录\n").replace("  copy: 复制\n", "  copy: 复制 {code}\n")
    table.write_text(text)
    lines = text.splitlines()
    tco = next(i for i, l in enumerate(lines) if l.startswith("  tco:")) + 1
    copy = next(i for i, l in enumerate(lines) if l.startswith("  copy:")) + 1
    proc = subprocess.run([str(GPUKB), "build", "--themes", str(themes)], cwd=project, capture_output=True, text=True, timeout=60)
    err = ANSI.sub("", proc.stderr)
    assert proc.returncode == 1, err
    assert f"strings/zh-CN.yaml:{tco}:3: error: unknown text key 'page.tco'" in err, err
    assert "did you mean 'page.toc'" in err
    assert f"strings/zh-CN.yaml:{copy}:9: error: 'page.copy' uses the placeholder {{code}}, which the build does not fill; this text takes none" in err, err
    assert "strings/zh-CN.yaml:1:1: error: the string table has no text for 'page.toc'" in err, err
    assert not (project / "site").exists()


def test_a_ten_thousand_character_value_where_a_boolean_or_number_belongs_is_quoted_short(tmp_path):
    copy_fixture(BAD / "data-cuda-branch-wrong", tmp_path)
    cuda = tmp_path / "content/data/compat/cuda.yaml"
    cuda.write_text(cuda.read_text().replace("branch: 575", "branch: .nan").replace("branch_inferred: true", "branch_inferred: '" + '"' * 10000 + "'"))
    code, _, err = run(tmp_path)
    assert code == 1
    assert "expected 'branch_inferred' to be true or false, found '" + '"' * 80 + "…'" in err
    assert "expected 'branch' to be a number, found '.nan'" in err
    assert max(len(line) for line in err.splitlines()) < 300

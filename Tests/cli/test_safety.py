"""What a careless or hostile user types must not delete sources, escape the project, crash or hang gpukb."""
import hashlib
import re
import json
import os
import pathlib
import shutil
import signal
import subprocess
import time

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()
TINY = REPO / "Tests/Fixtures/sites/tiny"
DATA = REPO / "content/data/compat"
RUN = REPO / "Tests/Fixtures/bench/run-h200.json"
TABLE = REPO / "Tests/Fixtures/compat/release-notes-driver-table.html"


def gpukb(*args, cwd, timeout=120):
    return subprocess.run([str(GPUKB), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)


def tree(folder):
    """Every file under `folder` with its bytes' digest."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(pathlib.Path(folder).rglob("*")) if p.is_file()}


def tiny(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(TINY, project)
    shutil.copytree(REPO / "themes", project / "themes")
    return project


# ---------- the output folder ----------

def test_output_folder_that_is_or_holds_the_sources_is_refused_and_nothing_changes(tmp_path):
    project = tiny(tmp_path)
    before = tree(project)
    for out in ["content", ".", "themes", "content/setup", "themes/default/assets", "..", str(project), "content/../content"]:
        proc = gpukb("build", "--out", out, cwd=project)
        assert proc.returncode == 1, (out, proc.stdout)
        assert f"refusing to write the site to '{out}'" in proc.stderr, proc.stderr
        assert tree(project) == before, out
        proc = gpukb("build", "--out", out, "--force", cwd=project)
        assert proc.returncode == 1 and "refusing" in proc.stderr, ("--force never allows the sources", out)
        assert tree(project) == before, out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project"], "no staging folder left beside the project"


def test_output_through_a_symlink_into_content_is_refused(tmp_path):
    project = tiny(tmp_path)
    (tmp_path / "link").symlink_to(project / "content")
    before = tree(project)
    proc = gpukb("build", "--out", str(tmp_path / "link"), cwd=project)
    assert proc.returncode == 1 and "lies inside content/" in proc.stderr, proc.stderr
    assert tree(project) == before


def test_a_non_empty_folder_gpukb_did_not_write_needs_force(tmp_path):
    project = tiny(tmp_path)
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "thesis.tex").write_text("years of work")
    proc = gpukb("build", "--out", str(mine), cwd=project)
    assert proc.returncode == 1
    assert "not empty and was not written by gpukb" in proc.stderr and "--force" in proc.stderr
    assert (mine / "thesis.tex").read_text() == "years of work"
    proc = gpukb("build", "--out", str(mine), "--force", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert (mine / "index.html").is_file() and (mine / ".gpukb-site").is_file()


def test_a_file_as_output_is_refused(tmp_path):
    project = tiny(tmp_path)
    (project / "notes.txt").write_text("keep")
    proc = gpukb("build", "--out", "notes.txt", cwd=project)
    assert proc.returncode == 1 and "is a file" in proc.stderr
    assert (project / "notes.txt").read_text() == "keep"


def test_a_site_gpukb_wrote_is_replaced_and_carries_the_marker(tmp_path):
    project = tiny(tmp_path)
    assert gpukb("build", cwd=project).returncode == 0
    marker = project / "site/.gpukb-site"
    assert marker.is_file()
    (project / "site/stale.html").write_text("old")
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert not (project / "site/stale.html").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert gpukb("build", "--out", str(empty), cwd=project).returncode == 0


def test_leftovers_of_a_killed_build_are_cleaned_and_a_lost_site_is_restored(tmp_path):
    project = tiny(tmp_path)
    assert gpukb("build", cwd=project).returncode == 0
    good = tree(project / "site")
    # A staging folder from a dead process, one from a foreign tool (no marker), and the state between commit's two
    # renames: the site moved aside, the new one not yet in place.
    dead = 2 ** 22 + 12345
    shutil.copytree(project / "site", project / f".site.tmp-{dead}")
    (project / f".site.tmp-{dead + 1}").mkdir()
    (project / f".site.tmp-{dead + 1}" / "x").write_text("not ours")
    (project / "site").rename(project / f".site.old-{dead}")
    proc = gpukb("check", "list", cwd=project)  # any command that does not build leaves it alone
    assert not (project / "site").exists()
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert tree(project / "site") == good
    assert not (project / f".site.tmp-{dead}").exists() and not (project / f".site.old-{dead}").exists()
    assert (project / f".site.tmp-{dead + 1}" / "x").read_text() == "not ours", "folders without the marker are not ours"


def test_a_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one(tmp_path):
    project = tiny(tmp_path)
    assert gpukb("build", cwd=project).returncode == 0
    old = tree(project / "site")
    page = project / "content/setup/install.md"
    page.write_text(page.read_text() + "\n\n新的一段。\n")
    assert gpukb("build", "--out", str(tmp_path / "probe"), cwd=project).returncode == 0
    new = tree(tmp_path / "probe")
    assert new != old
    for attempt in range(24):
        proc = subprocess.Popen([str(GPUKB), "build"], cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.002 * attempt)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        site = project / "site"
        if site.exists():
            assert tree(site) in (old, new), f"mixed site after a kill at attempt {attempt}"
    assert gpukb("build", cwd=project).returncode == 0
    assert tree(project / "site") == new
    assert [p.name for p in project.iterdir() if p.name.startswith(".site.")] == []


# ---------- numbers and names from data ----------

def test_huge_and_non_finite_numbers_in_the_dataset_are_reported_at_their_line(tmp_path):
    project = tiny(tmp_path)
    shutil.copytree(DATA, project / "content/data/compat")
    gpus = project / "content/data/compat/gpus.yaml"
    text = gpus.read_text().replace("memory_gb: 24\n", "memory_gb: 1e300\n", 1).replace("memory_gb: 8\n", "memory_gb: nan\n", 1)
    gpus.write_text(text)
    line = text.splitlines().index("    memory_gb: 1e300") + 1
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 1, proc.stderr
    assert proc.returncode > 0 and proc.returncode < 128, "no signal"
    assert f"content/data/compat/gpus.yaml:{line}:" in proc.stderr
    assert "expected 'memory_gb' to be greater than 0 and at most 100000, found '1e300'" in proc.stderr
    assert "expected 'memory_gb' to be a finite number" in proc.stderr


def test_bench_values_that_are_not_positive_finite_numbers_are_refused(tmp_path):
    run = json.loads(RUN.read_text())
    for bad in [1e308 * 10, float("nan"), -1.0, 0.0, 1e300]:
        run2 = json.loads(json.dumps(run))
        run2["results"][3]["value"] = bad
        path = tmp_path / "bad.json"
        path.write_text(json.dumps(run2, indent=1))  # NaN and Infinity as Python writes them
        proc = gpukb("bench", "import", str(path), cwd=tmp_path)
        assert proc.returncode == 1, (bad, proc.stdout)
        assert "expected 'value' to be" in proc.stderr and f"{path}:" in proc.stderr, proc.stderr
    assert not (tmp_path / "content/data/bench").exists() or not any((tmp_path / "content/data/bench").iterdir())


def test_bench_import_names_files_by_slug_and_never_writes_outside_the_bench_folder(tmp_path):
    project = tmp_path / "p"
    project.mkdir()
    run = json.loads(RUN.read_text())
    run["environment"]["gpus"] = ["../../../../../tmp/evil", "x"]
    path = tmp_path / "run.json"
    path.write_text(json.dumps(run))
    proc = gpukb("bench", "import", str(path), cwd=project)
    assert proc.returncode == 0, proc.stderr
    stored = list((project / "content/data/bench").iterdir())
    assert [p.name for p in stored] == ["2026-11-21-tmp-evil.json"]
    proc = gpukb("bench", "import", str(path), "--name", "/etc/../../passwd", cwd=project)
    assert proc.returncode == 0 or "already stored" in proc.stdout
    assert sorted(p.name for p in (project / "content/data/bench").iterdir()) == ["2026-11-21-tmp-evil.json", "etc-passwd.json"]
    run["environment"]["date"] = "../../x"
    path.write_text(json.dumps(run))
    proc = gpukb("bench", "import", str(path), cwd=project)
    assert proc.returncode == 1 and "date" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p", "run.json"]


def test_importing_a_driver_table_of_20000_rows_takes_seconds(tmp_path):
    project = tiny(tmp_path)
    shutil.copytree(DATA, project / "content/data/compat")
    rows = "\n".join(f"<tr><td>CUDA 90.{i} GA</td><td>&gt;=900.{i}</td><td>&gt;=901.{i}</td></tr>" for i in range(20000))
    page = tmp_path / "big.html"
    page.write_text(f"<html><body><table>\n{rows}\n</table></body></html>")
    start = time.monotonic()
    proc = gpukb("data", "import-nvidia-drivers", str(page), "--root", str(project), "--date", "2026-12-01", cwd=tmp_path, timeout=300)
    elapsed = time.monotonic() - start
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "20000 added" in proc.stdout
    assert elapsed < 30, f"{elapsed:.1f} s"


# ---------- symbolic links ----------

def test_symlinks_leaving_content_are_refused_naming_their_target_and_inner_ones_are_followed(tmp_path):
    project = tiny(tmp_path)
    assert gpukb("build", cwd=project).returncode == 0
    before = tree(project / "site")
    secret = tmp_path / "elsewhere"
    secret.mkdir()
    (secret / "private.md").write_text("---\ntitle: 私密\n---\n\n不该发布\n")
    (project / "content/setup/linked.md").symlink_to(secret / "private.md")
    (project / "content/setup/linked-folder").symlink_to(secret)
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 1
    assert "content/setup/linked.md: error: symbolic link points outside content/ (to " + str(secret / "private.md") in proc.stderr, proc.stderr
    assert "content/setup/linked-folder: error: symbolic link points outside content/" in proc.stderr
    assert tree(project / "site") == before
    (project / "content/setup/linked.md").unlink()
    (project / "content/setup/linked-folder").unlink()
    (project / "content/setup/alias.md").symlink_to(project / "content/setup/install.md")
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert (project / "site/setup/alias/index.html").is_file()


def test_a_data_file_linked_from_outside_content_is_refused_before_anything_reads_it(tmp_path):
    project = tiny(tmp_path)
    shutil.copytree(DATA, project / "content/data/compat", ignore=shutil.ignore_patterns("diagnosis.yaml"))
    secret = tmp_path / "elsewhere.yaml"
    secret.write_text("SECRET-LINE: do not echo me\n")
    link = project / "content/data/compat/phrases/en.yaml"
    link.unlink()
    link.symlink_to(secret)
    (project / "content/data/compat/gpus.yaml").rename(tmp_path / "gpus.yaml")
    (project / "content/data/compat/gpus.yaml").symlink_to(tmp_path / "gpus.yaml")
    proc = gpukb("build", cwd=project)
    assert proc.returncode == 1
    assert "content/data/compat/phrases/en.yaml: error: symbolic link points outside content/ (to " + str(secret) in proc.stderr, proc.stderr
    assert "content/data/compat/gpus.yaml: error: symbolic link points outside content/" in proc.stderr
    assert "SECRET-LINE" not in proc.stderr + proc.stdout
    assert not (project / "site").exists()


def test_bench_import_refuses_a_gpu_the_dataset_does_not_know_and_a_garbage_date(tmp_path):
    project = tiny(tmp_path)
    shutil.copytree(DATA, project / "content/data/compat")
    run = json.loads(RUN.read_text())
    run["environment"]["gpus"] = ["NVIDIA Radeon 9000"]
    run["environment"]["date"] = "yesterday"
    path = tmp_path / "run.json"
    path.write_text(json.dumps(run, indent=1))
    proc = gpukb("bench", "import", str(path), cwd=project)
    assert proc.returncode == 1
    assert re.search(rf"{re.escape(str(path))}:\d+:\d+: error: GPU 'NVIDIA Radeon 9000' is not in the dataset", proc.stderr), proc.stderr
    assert "expected 'date' to be a date" in proc.stderr
    assert not (project / "content/data/bench").exists()


def test_a_full_disk_is_named_as_such_and_the_previous_site_stays(tmp_path):
    """A tmpfs with room for one site but not two: the second build runs out of space while staging."""
    project = tiny(tmp_path)
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.strip()}")
    try:
        out = disk / "site"
        assert gpukb("build", "--out", str(out), cwd=project).returncode == 0
        used = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        # Fill the disk so that less than one more site fits.
        filler = disk / "filler"
        free = shutil.disk_usage(disk).free
        with open(filler, "wb") as handle:
            try:
                handle.write(b"\0" * max(0, free - used // 2))
            except OSError:
                pass
        before = tree(out)
        proc = gpukb("build", "--out", str(out), cwd=project)
        assert proc.returncode == 1, proc.stdout
        assert "No space left on device" in proc.stderr, proc.stderr
        assert f"the disk holding {disk} is full" in proc.stderr, proc.stderr
        assert f"{out}/ was left unchanged" in proc.stderr, proc.stderr
        assert tree(out) == before
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "site"], "no staging folder left on the full disk"
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_gpu_name_of_ten_thousand_characters_is_refused_quickly_and_quoted_short():
    name = "A" * 10000
    started = time.monotonic()
    proc = gpukb("query", "gpu", name, cwd=REPO)
    elapsed = time.monotonic() - started
    assert proc.returncode != 0 and "unknown GPU 'AAAA" in proc.stderr
    assert "A" * 81 not in proc.stderr and "…'" in proc.stderr, proc.stderr[:200]
    assert elapsed < 1.5, f"{elapsed:.2f} s: the suggestion search should skip names it cannot be near"

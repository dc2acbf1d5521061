"""Building a tiny fixture site end to end: pages, URLs, determinism, timings, drafts."""
import hashlib
import os
import pathlib
import shutil
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()
TINY = REPO / "Tests/Fixtures/sites/tiny"


def build(cwd, *args):
    return subprocess.run([str(GPUKB), "build", "--themes", str(REPO / "themes"), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


def digest(folder):
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(folder)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def test_tiny_site_builds_every_page_at_an_explicit_url(tmp_path):
    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    proc = build(tmp_path)
    assert proc.returncode == 0, proc.stderr
    site = tmp_path / "site"
    for path in ["index.html", "404.html", "sitemap.xml", "setup/index.html", "setup/install/index.html",
                 "setup/verify/index.html", "setup/img/diagram.svg", "assets/style.css", "assets/site.js"]:
        assert (site / path).is_file(), path
    assert not (site / "setup/draft/index.html").exists()
    install = (site / "setup/install/index.html").read_text()
    assert 'href="../verify/index.html#检查驱动"' in install
    assert 'src="../img/diagram.svg"' in install
    assert '<html lang="zh-CN"' in install
    assert "https://" not in install.split("<body")[0], "no external resources in <head>"
    assert "built 6 pages" in proc.stdout  # five from content/, plus search/index.html
    assert (site / "search/index.js").is_file() and (site / "search/index.html").is_file()


def test_two_builds_are_byte_identical_and_serial_equals_parallel(tmp_path):
    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    assert build(tmp_path).returncode == 0
    first = digest(tmp_path / "site")
    assert build(tmp_path).returncode == 0
    assert digest(tmp_path / "site") == first
    assert build(tmp_path, "--serial").returncode == 0
    assert digest(tmp_path / "site") == first


def test_timings_name_each_stage(tmp_path):
    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    proc = build(tmp_path, "--timings")
    for i, stage in enumerate(["discover", "parse", "assemble", "transform", "render", "index", "emit"], 1):
        assert f"[{i}/7] {stage}" in proc.stdout, proc.stdout


def test_drafts_flag_publishes_drafts(tmp_path):
    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    assert build(tmp_path, "--drafts").returncode == 0
    assert (tmp_path / "site/setup/draft/index.html").is_file()


def test_out_option_writes_elsewhere_and_root_option_reads_elsewhere(tmp_path):
    shutil.copytree(TINY, tmp_path / "proj")
    proc = build(tmp_path, "--root", "proj", "--out", "public")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "public/index.html").is_file()


def test_windows_line_endings_in_a_guide_build_like_unix_ones(tmp_path):
    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    guide = tmp_path / "content/setup/verify.md"
    guide.write_bytes(guide.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    proc = build(tmp_path)
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "site/setup/verify/index.html").read_text()
    assert "<title>验证 ·" in page
    assert 'id="检查驱动"' in page
    # A broken link on line 12 of a CRLF file is reported on line 12.
    guide.write_bytes(guide.read_bytes() + "\r\n[坏链接](nowhere.md)\r\n".encode())
    lines = guide.read_bytes().split(b"\r\n")
    bad = next(i for i, line in enumerate(lines, 1) if b"nowhere.md" in line)
    proc = build(tmp_path)
    assert proc.returncode == 1
    assert f"content/setup/verify.md:{bad}:1:" in proc.stderr, proc.stderr


def nav_pages(html):
    """The guide links of every section in a page's site navigation."""
    nav = html.split('id="site-nav"', 1)[1].split("</nav>", 1)[0]
    return nav.count("<li><a href=")


def test_a_site_with_hundreds_of_generated_gpu_pages_lists_every_guide_on_every_page(tmp_path):
    # The project's own content: about 30 guides, but over 400 pages once each GPU has its page.
    shutil.copytree(REPO / "content", tmp_path / "content")
    proc = build(tmp_path)
    assert proc.returncode == 0, proc.stderr
    site = tmp_path / "site"
    assert len(list(site.rglob("index.html"))) > 400
    home = (site / "index.html").read_text()
    assert 'href="driver/windows/index.html"' in home and 'href="python/uv/index.html"' in home
    gpu = next((site / "compat/gpu").glob("*/index.html")).read_text()
    assert nav_pages(gpu) == nav_pages(home) > 25


def test_a_site_with_more_guides_than_a_navigation_can_hold_lists_only_the_current_sections(tmp_path):
    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    many = tmp_path / "content/many"
    many.mkdir()
    (many / "_index.md").write_text("---\ntitle: 很多\n---\n很多页。\n")
    for i in range(410):
        (many / f"p{i:03}.md").write_text(f"---\ntitle: 第 {i} 页\nweight: {i}\n---\n正文 {i}。\n")
    proc = build(tmp_path)
    assert proc.returncode == 0, proc.stderr
    site = tmp_path / "site"
    home = (site / "index.html").read_text()
    assert nav_pages(home) == 0, "outside a section, each section shows its link only"
    install = (site / "setup/install/index.html").read_text()
    assert nav_pages(install) == 2, "the current section's guides, not the 410 others"
    page = (site / "many/p200/index.html").read_text()
    assert 'href="../../many/p190/index.html"' in page and "many/p100/index.html" not in page, "a window around the page"

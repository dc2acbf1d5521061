"""`gpukb serve`: HTTP answers, path safety, concurrency, watcher-driven rebuilds, live reload events, error overlay."""
import http.client
import json
import os
import pathlib
import queue
import re
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()


class Server:
    def __init__(self, root):
        self.root = root
        self.proc = subprocess.Popen([str(GPUKB), "serve", "--port", "0", "--root", str(root)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        deadline = time.time() + 60
        self.url = None
        while time.time() < deadline and self.url is None:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                continue
            match = re.search(r"serving on (http://127\.0\.0\.1:(\d+)/)", line)
            if match:
                self.url, self.port = match.group(1), int(match.group(2))
        assert self.url, "serve did not start"

    def _pump(self):
        for line in self.proc.stdout:
            self.lines.put(line)

    def get(self, path, method="GET"):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.request(method, path)
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response.status, dict(response.getheaders()), body

    def raw(self, request_line):
        """Sends a request line exactly as given (no client-side normalisation)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            sock.sendall(f"{request_line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
            data = b""
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                data += chunk
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
        return status, data

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Events:
    """A client of /__gpukb/events, reading Server-Sent Events on a thread."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        self.sock.sendall(b"GET /__gpukb/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.events = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        raw = b""
        try:
            while b"\r\n\r\n" not in raw:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return
                raw += chunk
            head, raw = raw.split(b"\r\n\r\n", 1)
            chunked = b"transfer-encoding: chunked" in head.lower()
            buffer = b""
            while True:
                if chunked:
                    # Undo HTTP/1.1 chunked transfer: a long event arrives in several chunks, each after its size line.
                    while b"\r\n" in raw:
                        size_line, rest = raw.split(b"\r\n", 1)
                        size = int(size_line.split(b";")[0] or b"0", 16)
                        if len(rest) < size + 2:
                            break
                        buffer += rest[:size]
                        raw = rest[size + 2:]
                        if size == 0:
                            return
                else:
                    buffer += raw
                    raw = b""
                while b"\n\n" in buffer:
                    block, buffer = buffer.split(b"\n\n", 1)
                    text = block.decode("utf-8", "replace")
                    event = re.search(r"^event: (\S+)$", text, re.M)
                    data = re.search(r"^data: (.*)$", text, re.M)
                    if event and data:
                        self.events.put((event.group(1), json.loads(data.group(1)), time.monotonic()))
                chunk = self.sock.recv(65536)
                if not chunk:
                    return
                raw += chunk
        except OSError:
            return

    def next(self, name, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                event, data, at = self.events.get(timeout=max(0.05, deadline - time.monotonic()))
            except queue.Empty:
                break
            if event == name:
                return data, at
        raise AssertionError(f"no '{name}' event within {timeout} s")

    def close(self):
        self.sock.close()


@pytest.fixture
def project(tmp_path):
    shutil.copytree(REPO / "Tests/Fixtures/sites/tiny/content", tmp_path / "content")
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    return tmp_path


@pytest.fixture
def server(project):
    s = Server(project)
    yield s
    s.stop()


def test_serves_pages_with_the_live_script_folders_redirect_and_missing_pages_get_the_404_page(server):
    status, headers, body = server.get("/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'<script src="/__gpukb/live.js"></script>' in body
    assert server.get("/setup/install/")[0] == 200
    status, headers, _ = server.get("/setup/install")
    assert status == 301 and headers["Location"] == "/setup/install/"
    status, _, body = server.get("/no/such/page/")
    assert status == 404 and "页面不存在".encode() in body
    assert server.get("/assets/style.css")[1]["Content-Type"].startswith("text/css")
    status, headers, body = server.get("/", method="HEAD")
    assert status == 200 and body == b""
    live = server.get("/__gpukb/live.js")
    assert live[0] == 200 and b"EventSource" in live[2]


def test_other_methods_get_405_with_allow(server):
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        status, headers, _ = server.get("/", method=method)
        assert status == 405 and headers.get("Allow") == "GET, HEAD", method


@pytest.mark.parametrize("target", [
    "/../../../../etc/passwd", "/setup/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
    "/..%2f..%2f..%2fetc/passwd", "/setup%2f..%2f..%2fetc%2fpasswd", "//etc/passwd", "/..\\..\\etc\\passwd",
    "/%5c..%5c..%5cetc%5cpasswd", "/etc/passwd", "/%00/etc/passwd", "/content/site.yaml", "/.git/config",
])
def test_nothing_outside_the_built_site_is_served(server, target):
    status, data = server.raw(f"GET {target} HTTP/1.1")
    assert status in (400, 404), (target, data[:200])
    assert b"root:" not in data and b"title:" not in data


def test_absolute_form_targets_and_symlinks_out_of_content_are_not_served(project):
    s = Server(project)
    try:
        status, data = s.raw(f"GET http://127.0.0.1:{s.port}/etc/passwd HTTP/1.1")
        assert status in (400, 404) and b"root:" not in data
        # A link leaving content/ is never served: the next build refuses it with an error naming it.
        (project / "content/setup/passwd.txt").symlink_to("/etc/passwd")
        for _ in range(10):
            status, _, body = s.get("/setup/passwd.txt")
            assert status in (404, 503) and b"root:" not in body, status
            time.sleep(0.2)
    finally:
        s.stop()


def test_two_hundred_concurrent_requests_all_succeed(server):
    paths = ["/", "/setup/install/", "/assets/style.css", "/setup/", "/search/index.html"] * 40

    def fetch(path):
        with urllib.request.urlopen(server.url.rstrip("/") + path, timeout=30) as response:
            return response.status, len(response.read())

    with ThreadPoolExecutor(max_workers=200) as pool:
        results = list(pool.map(fetch, paths))
    assert all(status == 200 for status, _ in results)
    sizes = {}
    for path, (_, size) in zip(paths, results):
        sizes.setdefault(path, set()).add(size)
    assert all(len(s) == 1 for s in sizes.values())


def test_clients_leaving_mid_response_do_not_hurt_the_server(server):
    for _ in range(30):
        sock = socket.create_connection(("127.0.0.1", server.port), timeout=5)
        sock.sendall(b"GET /assets/style.css HTTP/1.1\r\nHost: x\r\n\r\n")
        sock.recv(10)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        sock.close()
    events = Events(server.port)
    events.next("hello")
    events.close()
    assert server.get("/")[0] == 200


def test_edits_rebuild_and_reach_a_connected_client(server, project):
    events = Events(server.port)
    events.next("hello")
    guide = project / "content/setup/install.md"

    # A body edit re-renders that page only.
    guide.write_text(guide.read_text() + "\n\n新增的一段：liveedit-marker-1。\n")
    data, _ = events.next("reload")
    assert data["paths"] == ["setup/install/index.html"]
    assert b"liveedit-marker-1" in server.get("/setup/install/")[2]

    # A new guide: everything is rebuilt and it is served and linked in the navigation.
    (project / "content/setup/added.md").write_text("---\ntitle: 新加的页面\n---\n\n新页面。\n")
    data, _ = events.next("reload")
    assert data["paths"] is None
    assert server.get("/setup/added/")[0] == 200
    assert "新加的页面".encode() in server.get("/")[2]

    # Rename it, then delete it.
    (project / "content/setup/added.md").rename(project / "content/setup/renamed.md")
    events.next("reload")
    assert server.get("/setup/added/")[0] == 404 and server.get("/setup/renamed/")[0] == 200
    (project / "content/setup/renamed.md").unlink()
    events.next("reload")
    assert server.get("/setup/renamed/")[0] == 404

    # A template edit re-renders every page.
    template = project / "themes/default/templates/page.mustache"
    if not template.exists():
        template = next((project / "themes/default/templates").glob("*.mustache"))
    template.write_text(template.read_text().replace("</body>", "<!-- theme-marker-2 --></body>"))
    data, _ = events.next("reload")
    assert data["paths"] is None
    assert b"theme-marker-2" in server.get("/setup/install/")[2]
    events.close()


def test_a_new_title_re_renders_the_pages_that_show_it_and_a_new_order_rebuilds_all(server, project):
    events = Events(server.port)
    events.next("hello")
    guide = project / "content/setup/install.md"
    # A small site shows every title in every page's navigation: every page is rendered again, nothing re-parsed.
    guide.write_text(guide.read_text().replace("title: 安装驱动", "title: 安装显卡驱动（新标题）"))
    data, _ = events.next("reload")
    assert data["paths"] is not None and "setup/install/index.html" in data["paths"]
    assert "setup/verify/index.html" in data["paths"] and "index.html" in data["paths"]
    assert "安装显卡驱动（新标题）".encode() in server.get("/setup/verify/")[2]
    assert "<title>安装显卡驱动（新标题）".encode() in server.get("/setup/install/")[2]
    # A weight that moves the guide after its neighbour changes the order: the whole site is rebuilt.
    guide.write_text(guide.read_text().replace("weight: 1", "weight: 9"))
    data, _ = events.next("reload")
    assert data["paths"] is None
    body = server.get("/setup/")[2].decode()
    assert body.index("验证") < body.index("安装显卡驱动（新标题）")
    events.close()


def test_in_a_large_site_a_new_title_re_renders_its_section_home_and_neighbours_only(tmp_path):
    content = tmp_path / "content"
    (content / "big").mkdir(parents=True)
    (content / "small").mkdir()
    (content / "site.yaml").write_text("title: 大站点\nlanguage: zh-CN\nsections:\n  - id: big\n    title: 大\n  - id: small\n    title: 小\n")
    for n in range(420):
        (content / f"big/g{n:04d}.md").write_text(f"---\ntitle: 页面 {n:04d}\nweight: {n}\n---\n\n正文 {n}。\n")
    (content / "small/only.md").write_text("---\ntitle: 唯一\n---\n\n正文。\n")
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    s = Server(tmp_path)
    try:
        events = Events(s.port)
        events.next("hello")
        guide = content / "big/g0100.md"
        guide.write_text(guide.read_text().replace("页面 0100", "改过的标题 0100"))
        data, _ = events.next("reload", timeout=60)
        paths = set(data["paths"])
        assert "big/g0100/index.html" in paths and "big/index.html" in paths and "index.html" in paths
        assert "big/g0101/index.html" in paths and "big/g0300/index.html" in paths
        assert "small/only/index.html" not in paths
        assert "改过的标题 0100".encode() in s.get("/big/g0105/")[2]
        events.close()
    finally:
        s.stop()


def test_a_build_error_shows_as_an_event_with_its_position_and_clears_when_fixed(server, project):
    events = Events(server.port)
    events.next("hello")
    guide = project / "content/setup/install.md"
    good = guide.read_text()
    guide.write_text(good.replace("title:", "title: [unclosed", 1))
    data, _ = events.next("build-error")
    assert re.search(r"content/setup/install\.md:\d+:\d+: error:", data["text"]), data["text"]
    # The last good site is still served meanwhile; a new client is told about the error on connect.
    assert server.get("/setup/install/")[0] == 200
    late = Events(server.port)
    late.next("hello")
    assert "install.md" in late.next("build-error")[0]["text"]
    guide.write_text(good)
    events.next("reload")
    late.next("reload")
    events.close()
    late.close()


def test_dataset_edits_rebuild_the_generated_pages(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    s = Server(tmp_path)
    try:
        events = Events(s.port)
        events.next("hello")
        gpus = tmp_path / "content/data/compat/gpus.yaml"
        text = gpus.read_text()
        old = 'aliases: ["RTX 4090", "4090", "RTX4090"]'
        assert old in text
        gpus.write_text(text.replace(old, 'aliases: ["RTX 4090", "4090", "RTX4090", "RTX4090SERVEALIAS"]'))
        data, _ = events.next("reload", timeout=60)
        assert data["paths"] is None
        assert b"RTX4090SERVEALIAS" in s.get("/compat/gpu/geforce-rtx-4090/")[2]
        events.close()
    finally:
        s.stop()


def test_with_a_translation_an_edit_re_renders_the_page_in_each_edition_that_shows_it(project):
    content = project / "content"
    site = content / "site.yaml"
    site.write_text(site.read_text() + "translations:\n  - language: en\n    title: Tiny site\n")
    (content / "setup/verify.en.md").write_text("---\ntitle: Verify\n---\n\nCheck it works.\n\n## Check the driver {#检查驱动}\n")
    original = (content / "setup/verify.md").read_text()
    server = Server(project)
    try:
        assert b"Check it works." in server.get("/en/setup/verify/")[2]
        assert b"untranslated-notice" in server.get("/en/setup/install/")[2]
        status, _, body = server.get("/en/no/such/page/")
        assert status == 404 and b'<html lang="en"' in body, "a missing page under en/ gets the English 404 page"
        assert server.get("/no/such/page/")[2].count("页面不存在".encode()) >= 1
        events = Events(server.port)
        events.next("hello")
        # An untranslated guide: its page and its copy in the English edition.
        install = content / "setup/install.md"
        install.write_text(install.read_text() + "\n\nedition-marker-1\n")
        data, _ = events.next("reload")
        assert data["paths"] == ["en/setup/install/index.html", "setup/install/index.html"]
        assert b"edition-marker-1" in server.get("/en/setup/install/")[2]
        # A translated guide's original: only the Chinese page; its translation: only the English one.
        verify = content / "setup/verify.md"
        verify.write_text(original + "\n\nedition-marker-2\n")
        data, _ = events.next("reload")
        assert data["paths"] == ["setup/verify/index.html"]
        translation = content / "setup/verify.en.md"
        translation.write_text(translation.read_text() + "\n\nedition-marker-3\n")
        data, _ = events.next("reload")
        assert data["paths"] == ["en/setup/verify/index.html"]
        assert b"edition-marker-3" in server.get("/en/setup/verify/")[2]
        # A new translation: everything is rebuilt, and the page is now in English.
        (content / "setup/install.en.md").write_text("---\ntitle: Install the driver\n---\n\nInstalled.\n\n## Prepare {#准备}\n")
        data, _ = events.next("reload")
        assert data["paths"] is None
        body = server.get("/en/setup/install/")[2]
        assert b"Installed." in body and b"untranslated-notice" not in body
        # The original's weight decides the translation's place: changing it rebuilds both editions.
        install.write_text(install.read_text().replace("weight: 1", "weight: 9"))
        data, _ = events.next("reload")
        assert data["paths"] is None
        events.close()
    finally:
        server.stop()

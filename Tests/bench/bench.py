#!/usr/bin/env python3
"""`make bench`: gpukb against Hugo on the synthetic corpus (gen_corpus.py), side by side in one run.

For each size, builds the same corpus alternately with gpukb (release) and Hugo (Debian's `hugo`, with the
generator's Hugo layout), RUNS times each, and reports medians of wall time, CPU time (user + sys) and peak
memory (max RSS), with the gpukb/Hugo ratios. Then measures gpukb's search index: bytes on disk, bytes the first
query loads (node, the page's own engine), and query time in headless Chromium from file:// after the shards
are loaded (p50/p95 over the query set). Writes Tests/bench/RESULTS.md.

  python3 Tests/bench/bench.py [--pages 1000,10000] [--runs 3] [--work /tmp/gpukb-bench]
"""
import argparse
import json
import os
import pathlib
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
HERE = pathlib.Path(__file__).resolve().parent
GPUKB = REPO / ".build/release/gpukb"
QUERIES = ["驱动", "显卡驱动版本", "环境变量", "cu121", "nvidia-smi", "sm_89", "535.104.05", "docker", "wsl",
           "安装", "显存不足", "pytorch cuda", "ld_library_path", "conda activate", "nvcc --version", "驱",
           "多卡 训练", "tensorrt", "ubuntu 22.04", "权限不足"]


def measure(cmd, cwd):
    """Runs cmd; returns wall seconds, CPU seconds and peak RSS in MB of the child."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            sys.exit(f"{' '.join(map(str, cmd))} failed:\n{errors.read().decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def corpus(pages, work):
    plain, hugo, project = work / f"plain-{pages}", work / f"hugo-{pages}", work / f"gpukb-{pages}"
    gen = HERE / "gen_corpus.py"
    if not project.exists():
        subprocess.run([sys.executable, gen, "--pages", str(pages), "--out", plain, "--layout", "plain"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([sys.executable, HERE / "adapt_corpus.py", plain, project], check=True)
        shutil.rmtree(plain)
    if not hugo.exists():
        subprocess.run([sys.executable, gen, "--pages", str(pages), "--out", hugo, "--layout", "hugo"], check=True, stdout=subprocess.DEVNULL)
    return project, hugo


def query_times(site):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get((site / "search/index.html").as_uri())
        script = """
        const done = arguments[arguments.length - 1];
        const engine = window.GPUKBSearch.engine, queries = arguments[0], times = [];
        let i = 0;
        function warm() {
          if (i >= queries.length) { i = 0; timed(); return; }
          engine.search(queries[i++], {limit: 10}, warm);
        }
        function timed() {
          if (i >= queries.length) { done(times); return; }
          for (let r = 0; r < 5; r++) {
            const t0 = performance.now();
            engine.decoded = Object.create(null);  // decode postings again: only shard loading is excluded
            engine.search(queries[i], {limit: 10}, () => {});
            times.push(performance.now() - t0);
          }
          i++;
          timed();
        }
        warm();
        """
        driver.set_script_timeout(120)
        times = driver.execute_async_script(script, QUERIES)
    finally:
        driver.quit()
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def first_query_payload(site):
    out = subprocess.run(["node", HERE / "search_payload.js", site, *QUERIES], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def serve_reload(project, saves=7):
    """Median time from saving one guide to the reload event reaching a connected client, in `gpukb serve`."""
    proc = subprocess.Popen([str(GPUKB), "serve", "--port", "0", "--root", str(project), "--themes", str(REPO / "themes")],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        port = None
        for line in proc.stdout:
            match = re.search(r"serving on http://127\.0\.0\.1:(\d+)/", line)
            if match:
                port = int(match.group(1))
                break
        if port is None:
            return None
        for line in proc.stdout:  # wait for the first search index, so the measurement is not sharing the CPU with it
            if line.startswith("search index updated"):
                break
        sock = socket.create_connection(("127.0.0.1", port), timeout=120)
        sock.sendall(b"GET /__gpukb/events HTTP/1.1\r\nHost: x\r\n\r\n")
        buffer = b""

        def wait_for(event):
            nonlocal buffer
            while True:
                while b"\n\n" in buffer:
                    block, buffer = buffer.split(b"\n\n", 1)
                    if f"event: {event}".encode() in block:
                        return time.perf_counter()
                chunk = sock.recv(65536)
                if not chunk:
                    raise RuntimeError("event stream closed")
                buffer += chunk

        wait_for("hello")
        guides = sorted(p for p in (project / "content").rglob("*.md") if p.name != "_index.md")
        guide = guides[len(guides) // 2]
        original = guide.read_text()
        times = []
        for n in range(saves):
            start = time.perf_counter()
            guide.write_text(original + f"\n\nbench edit {n}\n")
            times.append(wait_for("reload") - start)
            time.sleep(0.3)
        guide.write_text(original)
        wait_for("reload")
        with open(f"/proc/{proc.pid}/status") as status:
            rss = next((int(l.split()[1]) / 1024 for l in status if l.startswith("VmHWM:")), None)
        sock.close()
        return statistics.median(times), max(times), rss
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default="/tmp/gpukb-bench")
    args = parser.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    hugo_version = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split(" ")[1] if shutil.which("hugo") else None
    rows, search_rows, serve_rows = [], [], []
    for pages in [int(p) for p in args.pages.split(",")]:
        project, hugo = corpus(pages, work)
        samples = {"gpukb": [], "hugo": []}
        for run in range(args.runs):
            shutil.rmtree(project / "site", ignore_errors=True)
            samples["gpukb"].append(measure([GPUKB, "build", "--themes", REPO / "themes"], project))
            if hugo_version:
                shutil.rmtree(work / f"hugo-out-{pages}", ignore_errors=True)
                samples["hugo"].append(measure(["hugo", "--quiet", "--source", hugo, "--destination", work / f"hugo-out-{pages}"], work))
            print(f"{pages} pages, run {run + 1}: gpukb {samples['gpukb'][-1][0]:.2f} s"
                  + (f", hugo {samples['hugo'][-1][0]:.2f} s" if hugo_version else ""), flush=True)
        med = {tool: [statistics.median(s[i] for s in runs) for i in range(3)] for tool, runs in samples.items() if runs}
        rows.append((pages, med))
        site = project / "site"
        index_bytes = sum(f.stat().st_size for f in (site / "search").iterdir())
        payload = first_query_payload(site)
        p50, p95 = query_times(site)
        search_rows.append((pages, index_bytes, len(list((site / "search").iterdir())), payload, p50, p95))
        serve_rows.append((pages, serve_reload(project)))

    lines = ["# Benchmark results", "",
             f"Written by `make bench` ({pathlib.Path(__file__).relative_to(REPO)}). Machine: {platform.machine()}, "
             f"{os.cpu_count()} cores, {platform.platform()}; Hugo {hugo_version or 'not installed'}; "
             f"{args.runs} alternating runs per tool, medians. Shared, noisy machines: compare ratios, not seconds.", "",
             "## Build: gpukb against Hugo on the same corpus", "",
             "| pages | gpukb wall | Hugo wall | wall ratio | gpukb CPU | Hugo CPU | gpukb peak RSS | Hugo peak RSS | memory ratio |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for pages, med in rows:
        g, h = med["gpukb"], med.get("hugo")
        if h:
            lines.append(f"| {pages} | {g[0]:.2f} s | {h[0]:.2f} s | {g[0] / h[0]:.2f} | {g[1]:.1f} s | {h[1]:.1f} s | "
                         f"{g[2]:.0f} MB | {h[2]:.0f} MB | {g[2] / h[2]:.2f} |")
        else:
            lines.append(f"| {pages} | {g[0]:.2f} s | – | – | {g[1]:.1f} s | – | {g[2]:.0f} MB | – | – |")
    lines += ["", "## `gpukb serve`: saving one guide until the reload event reaches a connected client", "",
              "A guide in the middle of the corpus gets a line appended, 7 times; the time runs from the write to the "
              "`reload` event on `/__gpukb/events` (watcher, re-parse, transform and render of that page, event).", "",
              "| pages | median | max | serve peak RSS |", "|---:|---:|---:|---:|"]
    for pages, result in serve_rows:
        if result:
            lines.append(f"| {pages} | {result[0] * 1000:.0f} ms | {result[1] * 1000:.0f} ms | {result[2]:.0f} MB |")
    lines += ["", "## Search index (gpukb)", "",
              "First-query payload: bytes of `search/*.js` a fresh page loads to answer one query (manifest, term shards, "
              "document shards, answer cards). Query time: in headless Chromium from file://, shards already loaded, "
              "postings decoded again each time; 5 repetitions of each of the "
              f"{len(QUERIES)} queries.", "",
              "| pages | index on disk | files | first query: median | first query: max | query p50 | query p95 |",
              "|---:|---:|---:|---:|---:|---:|---:|"]
    for pages, size, files, payload, p50, p95 in search_rows:
        sizes = sorted(p["bytes"] for p in payload)
        lines.append(f"| {pages} | {size / 1e6:.1f} MB | {files} | {statistics.median(sizes) / 1e3:.0f} KB | {sizes[-1] / 1e3:.0f} KB | "
                     f"{p50:.1f} ms | {p95:.1f} ms |")
    lines += ["", "Per query, at the largest size:", "", "| query | first-query bytes | files | results |", "|---|---:|---:|---:|"]
    for p in search_rows[-1][3]:
        lines.append(f"| `{p['query']}` | {p['bytes'] / 1e3:.0f} KB | {p['files']} | {p['results']} |")
    text = "\n".join(lines) + "\n"
    (HERE / "RESULTS.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()

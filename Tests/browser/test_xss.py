"""Script payloads typed into every input a user controls stay inert in Chromium: guide titles, headings, text and
code, dataset fields, check snippets, bench results, the resolver's query string and pasted diagnose reports."""
import json
import re
import os
import shutil
import subprocess

from selenium.webdriver.common.by import By

from conftest import REPO_ROOT

GPUKB = str((REPO_ROOT / os.environ.get("GPUKB", ".build/release/gpukb")).resolve())
MARK = "__gpukb_xss"
PAYLOADS = [
    f'<img src=x onerror="window.{MARK}=1">',
    f'<script>window.{MARK}=2</script>',
    f'"><svg onload="window.{MARK}=3">',
    f"javascript:window.{MARK}=4",
    f"</textarea><img src=x onerror=window.{MARK}=5>",
]
P = " ".join(PAYLOADS)


def build_hostile_site(tmp_path):
    project = tmp_path / "hostile"
    shutil.copytree(REPO_ROOT / "Tests/Fixtures/sites/tiny", project)
    shutil.copytree(REPO_ROOT / "content/data/compat", project / "content/data/compat")
    # The diagnosis rules link to guides this site lacks; point them at its hostile guide instead.
    rules = project / "content/data/compat/diagnosis.yaml"
    rules.write_text(re.sub(r'^(  [a-z-]+: )"[^"]*index\.html[^"]*"$', r'\1"setup/hostile/index.html"', rules.read_text(), flags=re.M))
    config = project / "content/site.yaml"
    config.write_text(config.read_text() + "  - id: compat\n    title: 版本对照\n")
    guide = project / "content/setup/hostile.md"
    guide.write_text("---\ntitle: " + json.dumps("标题 " + P, ensure_ascii=False) + "\ndescription: " + json.dumps(P)
                     + "\ntags: [" + json.dumps(PAYLOADS[0]) + "]\n---\n\n## 小节 " + P.replace("<script>", "&lt;script>") + "\n\n正文 "
                     + P + f"\n\n[链接](javascript:window.{MARK}=6)\n\n```sh\necho '{P}'\n```\n\n"
                     + f'```sh check id=hostile explain="<img src=x onerror=window.{MARK}=7>" expect="x"\necho \'{PAYLOADS[2]}\'\n```\n')
    gpus = project / "content/data/compat/gpus.yaml"
    text = gpus.read_text()
    gpus.write_text(text.replace('aliases: ["RTX 4090", "4090"', 'aliases: ["RTX 4090", "4090", ' + json.dumps(PAYLOADS[0]), 1)
                    .replace('memory_gb: 24\n', 'memory_gb: 24\n    note: ' + json.dumps(P) + "\n", 1))
    run = json.loads((REPO_ROOT / "Tests/Fixtures/bench/run-h200.json").read_text())
    run["results"][0]["title"] = P
    run["results"][0]["note"] = P
    run["environment"]["cpu"] = P
    (project / "content/data/bench").mkdir(parents=True)
    (project / "content/data/bench/hostile.json").write_text(json.dumps(run))
    proc = subprocess.run([GPUKB, "build", "--themes", str(REPO_ROOT / "themes")], cwd=project, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return project / "site"


def fired(driver):
    return driver.execute_script(f"return window.{MARK} || null;")


def test_payloads_everywhere_stay_inert(driver, tmp_path):
    site = build_hostile_site(tmp_path)
    pages = ["setup/hostile/index.html", "compat/gpu/geforce-rtx-4090/index.html", "compat/gpus/index.html", "search/index.html",
             "tags/index.html", "index.html"]
    pages += [p.relative_to(site).as_posix() for p in (site / "bench").rglob("index.html")]
    for page in pages:
        driver.get((site / page).as_uri())
        assert fired(driver) is None, page
    assert "window." + MARK in (site / "setup/hostile/index.html").read_text(), "the payload text is shown, escaped"
    # The resolver and search take their state from the URL.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=" + PAYLOADS[0].replace(" ", "%20").replace('"', "%22") + "&driver=%3Cscript%3E")
    assert fired(driver) is None
    driver.get((site / "search/index.html").as_uri() + "?q=" + PAYLOADS[2].replace('"', "%22").replace(" ", "%20"))
    assert fired(driver) is None
    # A pasted report is shown as text.
    driver.get((site / "diagnose/index.html").as_uri())
    box = driver.find_element(By.ID, "diagnose-input")
    driver.execute_script("arguments[0].value = arguments[1];", box,
                          "| NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2 |\n|   0  " + PAYLOADS[0] + "  Off | 00000000:01:00.0 Off |\n" + P)
    driver.find_element(By.ID, "diagnose-run").click()
    driver.find_element(By.ID, "diagnose-findings")
    assert fired(driver) is None

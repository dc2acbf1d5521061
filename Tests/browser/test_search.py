"""Search from file:// in headless Chromium: the header box, keyboard use, the results page, answer cards,
hostile titles and a missing shard."""
import os
import re
import pathlib
import shutil
import subprocess
from urllib.parse import quote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()

# Query → a page that must be among the first three results.
QUERIES = [
    ("驱动", "driver/"),
    ("显卡驱动版本", "driver/"),
    ("环境变量", "cuda/toolkit/index.html"),
    ("cu121", "compat/pytorch/"),
    ("nvidia-smi", "troubleshooting/common-errors/index.html"),
    ("sm_89", "basics/stack/index.html"),
    ("535.104.05", "compat/cuda/12.2.2/index.html"),
    ("docker", "platforms/docker/index.html"),
    ("wsl", "platforms/wsl2/index.html"),
    ("4090", "compat/gpu/geforce-rtx-4090/index.html"),
]


def wait_for(driver, predicate, timeout=5):
    return WebDriverWait(driver, timeout).until(lambda d: predicate(d))


def severe_logs(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def header_results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#site-search-results > li a")


def page_results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#search-results > li > a")


def type_query(driver, text):
    box = driver.find_element(By.ID, "site-search-input")
    box.clear()
    box.send_keys(text)
    return box


@pytest.mark.parametrize("query,expected", QUERIES)
def test_header_search_finds_the_page_among_the_first_three(driver, site, query, expected):
    driver.get((site / "basics/index.html").as_uri())
    type_query(driver, query)
    links = wait_for(driver, lambda d: header_results(d) or False)
    top = [a.get_attribute("href") for a in links[:3]]
    assert any(f"/site/{expected}" in href for href in top), top
    assert not severe_logs(driver)


def test_slash_and_ctrl_k_focus_search_arrows_and_enter_navigate_escape_closes(driver, site, screenshot):
    driver.get((site / "driver/linux/index.html").as_uri())
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    box = driver.switch_to.active_element
    assert box.get_attribute("id") == "site-search-input"
    box.send_keys("wsl")
    wait_for(driver, lambda d: header_results(d) or False)
    panel = driver.find_element(By.ID, "site-search-panel")
    assert panel.is_displayed()
    screenshot("search-header-wsl")
    box.send_keys(Keys.ESCAPE)
    assert not panel.is_displayed()
    box.send_keys(Keys.ESCAPE)  # a second Esc leaves the box (Chromium also clears a search field on Esc)
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.CONTROL, "k")
    assert driver.switch_to.active_element.get_attribute("id") == "site-search-input"
    box = driver.switch_to.active_element
    if not box.get_attribute("value"):
        box.send_keys("wsl")
        box.send_keys(Keys.ESCAPE)
    box.send_keys(Keys.ARROW_DOWN)
    wait_for(driver, lambda d: d.find_element(By.ID, "site-search-input").get_attribute("aria-activedescendant"))
    box.send_keys(Keys.ARROW_DOWN)
    chosen = driver.find_element(By.CSS_SELECTOR, '#site-search-results [aria-selected="true"] a').get_attribute("href")
    box.send_keys(Keys.ENTER)
    wait_for(driver, lambda d: d.current_url.split("#")[0] == chosen.split("#")[0])
    assert not severe_logs(driver)


def test_results_page_renders_ranked_links_from_the_url(driver, site, screenshot):
    driver.get((site / "search/index.html").as_uri() + "?q=" + quote("显卡驱动版本"))
    links = wait_for(driver, lambda d: page_results(d) or False)
    assert any("/site/driver/" in a.get_attribute("href") for a in links[:3])
    assert driver.find_element(By.ID, "search-page-input").get_attribute("value") == "显卡驱动版本"
    marks = driver.find_elements(By.CSS_SELECTOR, "#search-results mark")
    assert marks and all(m.text in "显卡驱动版本" or m.text in ("显卡", "驱动", "版本") for m in marks[:5])
    screenshot("search-page-chinese", full_page=True)
    assert not severe_logs(driver)


@pytest.mark.parametrize("query,title,link", [
    ("4090", "GeForce RTX 4090", "compat/gpu/geforce-rtx-4090/index.html"),
    ("cuda 12.4", "CUDA 12.4 Update 1（12.4.1）", "compat/cuda/12.4.1/index.html"),
    ("torch 2.1", "PyTorch 2.1.2", "compat/pytorch/2.1.2/index.html"),
    ("536.23", "驱动 536.23", None),
])
def test_answer_cards_sit_above_the_results_and_link_to_the_entity_and_the_resolver(driver, site, query, title, link, screenshot):
    driver.get((site / "search/index.html").as_uri() + "?q=" + quote(query))
    card = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-cards .answer-card") or False)[0]
    assert card.find_element(By.CLASS_NAME, "answer-title").text == title
    hrefs = [a.get_attribute("href") for a in card.find_elements(By.TAG_NAME, "a")]
    if link:
        assert any(h.endswith("/site/" + link) for h in hrefs), hrefs
    assert any("/site/resolve/index.html" in h for h in hrefs), hrefs
    if query == "4090":
        assert "8.9" in card.text and "11.8" in card.text
        screenshot("search-card-4090")


@pytest.mark.parametrize("query", ["", "!!!???", "x" * 10000, "🚀🔥"])
def test_bad_queries_leave_the_page_working(driver, site, query):
    driver.get((site / "search/index.html").as_uri() + "?q=" + quote(query))
    status = wait_for(driver, lambda d: d.find_element(By.ID, "search-status").text or False)
    assert status
    assert not page_results(driver)
    assert not severe_logs(driver)


def build_fixture(tmp_path):
    root = tmp_path / "proj"
    (root / "content/guide").mkdir(parents=True)
    (root / "content/site.yaml").write_text("title: XSS fixture\nlanguage: zh-CN\nsections:\n  - id: guide\n    title: 指南\n")
    (root / "content/guide/bad.md").write_text(
        '---\ntitle: "<img src=x onerror=\\"window.__xss=1\\">坏标题"\n---\n\n'
        "## <script>window.__xss=2</script> 小节\n\n正文提到 onerror 和 <b>粗体</b>。\n")
    proc = subprocess.run([str(GPUKB), "build", "--themes", str(REPO / "themes")], cwd=root, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return root / "site"


def test_hostile_titles_and_headings_render_as_text(driver, tmp_path):
    site = build_fixture(tmp_path)
    driver.get((site / "search/index.html").as_uri() + "?q=onerror")
    results = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results > li") or False)
    assert "<img src=x" in results[0].text
    assert not driver.find_elements(By.CSS_SELECTOR, "#search-results img, #search-results script, #search-results b")
    assert driver.execute_script("return window.__xss === undefined")


def test_a_missing_shard_shows_a_message_and_no_exception(driver, site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site, copy)
    for shard in (copy / "search").glob("t*.js"):
        shard.unlink()
    driver.get((copy / "search/index.html").as_uri() + "?q=" + quote("驱动"))
    status = wait_for(driver, lambda d: "search/t" in d.find_element(By.ID, "search-status").text and d.find_element(By.ID, "search-status").text)
    assert "无法加载" in status
    errors = [e for e in severe_logs(driver) if "net::ERR_FILE_NOT_FOUND" not in e["message"]]
    assert not errors, errors


def test_the_results_page_says_how_many_matched_and_what_it_searched_for(driver, site):
    driver.get((site / "search/index.html").as_uri() + "?q=" + "pytroch")
    status = WebDriverWait(driver, 5).until(
        lambda d: (lambda t: t if "个页面" in t else None)(d.find_element(By.ID, "search-status").text))
    assert re.search(r"找到 \d+ 个页面，显示前 \d+ 个", status), status
    assert "已按“pytorch”搜索" in status
    driver.get((site / "search/index.html").as_uri() + "?q=" + "%E6%8D%A2%E6%BA%90")
    status = WebDriverWait(driver, 5).until(
        lambda d: (lambda t: t if "个页面" in t else None)(d.find_element(By.ID, "search-status").text))
    assert "也搜索了“镜像”" in status
    first = driver.find_element(By.CSS_SELECTOR, "#search-results li a")
    assert "镜像" in first.text

"""The English edition from file:// in headless Chromium: the language switch on every kind of page, a guide not
translated yet, search and the resolver in English, at desktop and phone widths, light and dark."""
import os
import pathlib
import re
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()

# (Chinese page, what its English copy is): translated guides, generated pages, the home page.
PAGES = [
    ("python/uv/index.html", "translated"),
    ("driver/hgx/index.html", "translated"),
    ("compat/gpu/geforce-rtx-5090/index.html", "generated"),
    ("resolve/index.html", "generated"),
    ("index.html", "translated"),
]


def wait_for(driver, predicate, timeout=5):
    return WebDriverWait(driver, timeout).until(lambda d: predicate(d))


def severe_logs(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def switch_link(driver):
    return driver.find_element(By.CSS_SELECTOR, ".lang-switch a")


def untranslated_site(tmp_path):
    """A small site whose guide b.md has no English translation yet (every guide of the real site has one)."""
    root = tmp_path / "proj"
    (root / "content/s").mkdir(parents=True)
    (root / "content/site.yaml").write_text("title: 小站\nlanguage: zh-CN\nsections:\n  - id: s\n    title: 一节\n"
                                            "translations:\n  - language: en\n    title: Small site\n")
    (root / "content/s/a.md").write_text("---\ntitle: 甲\n---\n\n## 安装\n\n见[乙](b.md)。\n")
    (root / "content/s/a.en.md").write_text("---\ntitle: Alpha\n---\n\n## Install {#安装}\n\nSee [beta](b.md).\n")
    (root / "content/s/b.md").write_text("---\ntitle: 乙\n---\n\n回到[甲](a.md#安装)。\n")
    proc = subprocess.run([str(GPUKB), "build", "--themes", str(REPO / "themes")], cwd=root, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return root / "site"


@pytest.mark.parametrize("path,kind", PAGES + [("s/b/index.html", "untranslated")])
def test_the_language_switch_goes_to_the_same_page_in_english_and_back(driver, site, tmp_path, path, kind):
    if kind == "untranslated":
        site = untranslated_site(tmp_path)
    driver.get((site / path).as_uri())
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    link = switch_link(driver)
    assert link.text == "English" and link.get_attribute("hreflang") == "en"
    link.click()
    wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
    assert driver.current_url == (site / "en" / path).as_uri()
    notice = driver.find_elements(By.CSS_SELECTOR, ".untranslated-notice")
    if kind == "untranslated":
        assert len(notice) == 1 and "not been translated into English" in notice[0].text
        assert driver.find_element(By.CSS_SELECTOR, "article h1").get_attribute("lang") == "zh-CN"
        # The notice's link is the way back to the original.
        original = notice[0].find_element(By.TAG_NAME, "a")
        assert original.get_attribute("href") == (site / path).as_uri()
    else:
        assert notice == []
        assert not re.search(r"[\u4e00-\u9fff]", driver.find_element(By.CSS_SELECTOR, "article h1").text), "an English title"
    switch_link(driver).click()
    wait_for(driver, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN")
    assert driver.current_url == (site / path).as_uri()
    assert severe_logs(driver) == []


def test_english_search_finds_english_pages_and_stays_in_the_edition(driver, site):
    driver.get((site / "en/basics/index.html").as_uri())
    box = driver.find_element(By.ID, "site-search-input")
    box.send_keys("torch-backend")
    links = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#site-search-results > li a") or False)
    hrefs = [a.get_attribute("href").split("#")[0] for a in links[:3]]
    assert (site / "en/python/uv/index.html").as_uri() in hrefs, hrefs
    assert all("/site/en/" in href for href in hrefs)
    status = driver.find_element(By.ID, "site-search-status").text
    assert not re.search(r"[\u4e00-\u9fff]", status), status
    assert severe_logs(driver) == []


def test_the_english_resolver_answers_a_new_gpu_on_an_old_driver_in_english(driver, site):
    driver.get((site / "en/resolve/index.html").as_uri() + "?gpu=RTX%205090&driver=535.104.05&os=linux")
    text = wait_for(driver, lambda d: "older than this GPU" in d.find_element(By.TAG_NAME, "main").text
                    and d.find_element(By.TAG_NAME, "main").text)
    assert "580.65.06" in text
    assert severe_logs(driver) == []


@pytest.mark.parametrize("dark", [False, True])
def test_on_a_phone_the_switch_shows_the_other_language_and_nothing_overflows(driver, site, dark):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})
    try:
        driver.get((site / "en/python/uv/index.html").as_uri())
        current = driver.find_element(By.CSS_SELECTOR, ".lang-switch [aria-current]")
        assert not current.is_displayed(), "the language being read is not repeated on a phone"
        link = switch_link(driver)
        assert link.is_displayed()
        box = link.rect
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["height"] >= 20
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
        color = driver.execute_script("return getComputedStyle(arguments[0]).color", link)
        background = driver.execute_script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor")
        assert color != background
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})

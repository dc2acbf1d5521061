"""Shared fixtures for the browser tests of a built site (file://, headless Chromium).

GPUKB_SITE         built site directory (default: <repo>/site)
GPUKB_SCREENSHOTS  if set, screenshots are saved there
"""
import os
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO_ROOT = Path(__file__).resolve().parents[2]
DESKTOP = (1400, 900)


def site_dir() -> Path:
    env = os.environ.get("GPUKB_SITE")
    return Path(env).resolve() if env else REPO_ROOT / "site"


@pytest.fixture(scope="session")
def site() -> Path:
    root = site_dir()
    if not (root / "index.html").is_file():
        pytest.fail(f"no built site at {root} (set GPUKB_SITE or build into site/)")
    return root


@pytest.fixture(scope="session")
def home_url(site) -> str:
    return (site / "index.html").as_uri()


@pytest.fixture(scope="session")
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu",
                 f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--lang=zh-CN", "--force-color-profile=srgb"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    drv.set_page_load_timeout(30)
    yield drv
    drv.quit()


@pytest.fixture(autouse=True)
def desktop_window(driver):
    """Every test starts on a desktop-sized window with the stored choices cleared."""
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    driver.set_window_size(*DESKTOP)
    driver.get_log("browser")  # drop what earlier tests left
    yield
    try:
        driver.execute_script("try { localStorage.clear(); } catch (e) {}")
    except Exception:
        pass


@pytest.fixture(scope="session")
def nav_urls(driver, home_url):
    """Absolute URLs of every link in #site-nav of the home page, in order, without duplicates."""
    driver.get(home_url)
    hrefs = driver.execute_script(
        "return Array.from(document.querySelectorAll('#site-nav a[href]')).map(a => a.href.split('#')[0]);")
    seen, urls = set(), []
    for h in hrefs:
        if h not in seen:
            seen.add(h)
            urls.append(h)
    assert urls, "#site-nav has no links"
    return urls


@pytest.fixture(scope="session")
def screenshot(driver):
    out = os.environ.get("GPUKB_SCREENSHOTS")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)

    def take(name: str, full_page: bool = False):
        if not out:
            return
        path = str(Path(out) / f"{name}.png")
        if full_page:
            w = driver.execute_script("return window.innerWidth")
            h = driver.execute_script("return document.documentElement.scrollHeight")
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": w, "height": min(h, 6000), "deviceScaleFactor": 1, "mobile": False})
            driver.save_screenshot(path)
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        else:
            driver.save_screenshot(path)

    return take

"""Browser tests of a built gpukb site, opened from file:// in headless Chromium.

    GPUKB_SITE=site GPUKB_SCREENSHOTS=/tmp/shots pytest Tests/browser
"""
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

MOBILE_WIDTH = 375
DESKTOP = (1400, 900)


def url_to_path(url):
    parsed = urlparse(url)
    assert parsed.scheme == "file", url
    return Path(unquote(parsed.path))


def wait_for(driver, condition, timeout=3, message=""):
    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(lambda d: condition(d), message)


def severe_errors(driver):
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def open_page(driver, url):
    driver.get(url)
    wait_for(driver, lambda d: d.execute_script("return document.readyState") == "complete")


def find_page(driver, urls, script, what):
    """First URL among `urls` where `script` returns something truthy; fails if there is none."""
    for url in urls:
        open_page(driver, url)
        if driver.execute_script(script):
            return url
    pytest.fail(f"no page listed in #site-nav has {what}")


def reveal(driver, element):
    """If `element` sits in an inactive tab panel, click the tab that shows it."""
    driver.execute_script("""
        const el = arguments[0];
        for (let p = el.closest('.tab-panel'); p; p = p.parentElement && p.parentElement.closest('.tab-panel')) {
          if (!p.classList.contains('is-active')) {
            const tab = document.querySelector('[role=tab][aria-controls="' + p.id + '"]');
            if (tab) tab.click();
          }
        }
        el.scrollIntoView({block: 'center'});""", element)


def test_home_page(driver, home_url, screenshot):
    open_page(driver, home_url)
    h1 = driver.find_element(By.CSS_SELECTOR, "h1")
    assert h1.is_displayed() and h1.text.strip()
    classes = driver.execute_script("return document.documentElement.className").split()
    assert "js" in classes and "no-js" not in classes
    assert driver.find_elements(By.CSS_SELECTOR, "#site-nav a")
    assert not severe_errors(driver)
    screenshot("home")


def test_every_nav_page_loads(driver, nav_urls):
    problems = []
    for url in nav_urls:
        assert url_to_path(url).is_file(), f"nav link to a missing file: {url}"
        open_page(driver, url)
        h1 = driver.find_elements(By.CSS_SELECTOR, "main h1, h1")
        if not h1 or not h1[0].text.strip():
            problems.append(f"{url}: no h1")
        errors = severe_errors(driver)
        if errors:
            problems.append(f"{url}: {errors}")
        for link in driver.execute_script(
                "return Array.from(document.querySelectorAll('#site-nav a[href]')).map(a => a.href.split('#')[0]);"):
            if not url_to_path(link).is_file():
                problems.append(f"{url}: nav link to a missing file {link}")
        current = driver.find_elements(By.CSS_SELECTOR, '#site-nav a[aria-current="page"]')
        if len(current) > 1:
            problems.append(f"{url}: {len(current)} nav links marked aria-current")
    assert not problems, "\n".join(problems)


def test_toc_link_scrolls_to_heading(driver, nav_urls, screenshot):
    find_page(driver, nav_urls, "return document.querySelectorAll('.toc a[href^=\"#\"]').length > 0",
              "a table of contents")
    link = driver.find_element(By.CSS_SELECTOR, '.toc a[href^="#"]')
    assert link.is_displayed(), "TOC should show on a desktop-wide window"
    href = link.get_attribute("href")
    link.click()
    wait_for(driver, lambda d: d.execute_script("return location.hash") != "")
    target_id = driver.execute_script("return decodeURIComponent(location.hash.slice(1))")
    assert href.endswith(driver.execute_script("return location.hash"))
    assert driver.execute_script("return !!document.getElementById(arguments[0])", target_id), target_id
    if driver.execute_script("return window.scrollY") > 0:
        # Scroll spy: some TOC entry is now the current one, and only one.
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".toc a.is-active"),
                 message="scroll spy marked no TOC link")
        assert len(driver.find_elements(By.CSS_SELECTOR, ".toc a.is-active")) == 1
    screenshot("guide-toc")


def test_console_copy_button_copies_commands_only(driver, nav_urls, screenshot):
    find_page(driver, nav_urls,
              "return !!document.querySelector('.code-block[data-lang=console] .copy-button[data-copy]')",
              "a console code block with data-copy")
    button = driver.find_element(By.CSS_SELECTOR, ".code-block[data-lang=console] .copy-button[data-copy]")
    reveal(driver, button)
    expected = button.get_attribute("data-copy")
    label = button.text
    driver.execute_script("""
        window.__copied = null;
        const stub = { writeText: t => { window.__copied = t; return Promise.resolve(); } };
        try { Object.defineProperty(navigator, 'clipboard', { value: stub, configurable: true }); }
        catch (e) { navigator.clipboard.writeText = stub.writeText; }""")
    button.click()
    copied = wait_for(driver, lambda d: d.execute_script("return window.__copied"),
                      message="navigator.clipboard.writeText was not called")
    assert copied == expected
    assert not [line for line in copied.split("\n") if line.startswith("$ ")], copied
    assert not copied.endswith("\n")
    wait_for(driver, lambda d: button.text == "已复制", message="no copied feedback")
    screenshot("copy-feedback")
    wait_for(driver, lambda d: button.text == label, timeout=4, message="feedback did not go away")

    # Without the async clipboard API the hidden-textarea fallback copies the same text.
    driver.execute_script("""
        window.__copied = null;
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
        document.execCommand = function (cmd) {
          if (cmd === 'copy') window.__copied = document.activeElement.value;
          return true;
        };""")
    button.click()
    assert wait_for(driver, lambda d: d.execute_script("return window.__copied")) == expected
    assert not severe_errors(driver)


def test_tabs_switch_and_sync(driver, nav_urls, screenshot):
    url = find_page(driver, nav_urls,
                    "return Array.from(document.querySelectorAll('.tabs')).some("
                    "g => g.querySelectorAll('[role=tab]').length >= 2)", "a tab group with two tabs")
    groups = driver.find_elements(By.CSS_SELECTOR, ".tabs")
    group = next(g for g in groups if len(g.find_elements(By.CSS_SELECTOR, "[role=tab]")) >= 2)
    tabs = group.find_elements(By.CSS_SELECTOR, "[role=tab]")

    def panel(tab):
        return driver.find_element(By.ID, tab.get_attribute("aria-controls"))

    assert panel(tabs[0]).is_displayed() and not panel(tabs[1]).is_displayed()
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", tabs[1])
    tabs[1].click()
    assert panel(tabs[1]).is_displayed()
    assert not panel(tabs[0]).is_displayed()
    assert tabs[1].get_attribute("aria-selected") == "true"
    assert tabs[0].get_attribute("aria-selected") == "false"
    assert tabs[1].get_attribute("tabindex") == "0" and tabs[0].get_attribute("tabindex") == "-1"

    key = tabs[1].get_attribute("data-tab")
    followers = []
    for other in groups:
        if other == group:
            continue
        for tab in other.find_elements(By.CSS_SELECTOR, "[role=tab]"):
            if key and (tab.get_attribute("data-tab") or "").strip().lower() == key.strip().lower():
                followers.append(tab)
                assert tab.get_attribute("aria-selected") == "true", "synced group did not follow"
                assert panel(tab).is_displayed()
    screenshot("tabs-second")

    # The choice survives a reload (localStorage gpukb-tab).
    open_page(driver, url)
    group = next(g for g in driver.find_elements(By.CSS_SELECTOR, ".tabs")
                 if len(g.find_elements(By.CSS_SELECTOR, "[role=tab]")) >= 2)
    tabs = group.find_elements(By.CSS_SELECTOR, "[role=tab]")
    assert tabs[1].get_attribute("aria-selected") == "true", "tab choice was not restored"

    # Arrow keys move between tabs.
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", tabs[1])
    tabs[1].send_keys(Keys.ARROW_LEFT)
    assert tabs[0].get_attribute("aria-selected") == "true"
    assert driver.switch_to.active_element == tabs[0]
    assert not severe_errors(driver)


def body_background(driver):
    return driver.execute_script("return getComputedStyle(document.body).backgroundColor")


def test_theme_toggle(driver, nav_urls, home_url, screenshot):
    url = next((u for u in nav_urls if u != home_url), home_url)
    open_page(driver, url)
    root_theme = lambda: driver.execute_script("return document.documentElement.getAttribute('data-theme')")
    before_theme, before_bg = root_theme(), body_background(driver)
    screenshot("guide-before-toggle")
    toggle = driver.find_element(By.CSS_SELECTOR, ".theme-toggle")
    toggle.click()
    after_theme = root_theme()
    assert after_theme in ("dark", "light") and after_theme != before_theme
    assert body_background(driver) != before_bg
    assert toggle.get_attribute("aria-pressed") == ("true" if after_theme == "dark" else "false")
    screenshot(f"guide-{after_theme}")

    # Stored, and applied by theme-init.js on the next page load.
    open_page(driver, url)
    assert root_theme() == after_theme
    assert body_background(driver) != before_bg
    driver.find_element(By.CSS_SELECTOR, ".theme-toggle").click()
    assert root_theme() != after_theme
    screenshot(f"guide-{root_theme()}")
    assert not severe_errors(driver)


def test_phone_width_has_no_horizontal_scroll(driver, nav_urls, screenshot):
    guides = []
    for url in nav_urls:
        open_page(driver, url)
        if driver.find_elements(By.CSS_SELECTOR, ".toc"):
            guides.append(url)
    if not guides:
        pytest.fail("no guide page (with .toc) listed in #site-nav")
    driver.set_window_size(MOBILE_WIDTH, 812)
    assert driver.execute_script("return window.innerWidth") == MOBILE_WIDTH
    wide = []
    for url in guides:
        open_page(driver, url)
        width = driver.execute_script("return document.documentElement.scrollWidth")
        if width > MOBILE_WIDTH:
            culprits = driver.execute_script("""
                const w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > w + 1 && e.offsetParent !== null)
                  .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className);""")
            wide.append(f"{url}: scrollWidth {width} ({culprits})")
    assert not wide, "\n".join(wide)

    # The off-canvas navigation opens and closes (Esc).
    open_page(driver, guides[0])
    screenshot("phone-guide")
    screenshot("phone-guide-full", full_page=True)
    toggle = driver.find_element(By.CSS_SELECTOR, ".nav-toggle")
    nav = driver.find_element(By.ID, "site-nav")
    assert toggle.is_displayed()
    assert not nav.is_displayed()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    wait_for(driver, lambda d: nav.is_displayed() and nav.rect["x"] >= -1, message="nav did not open")
    screenshot("phone-nav-open")
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert toggle.get_attribute("aria-expanded") == "false"
    wait_for(driver, lambda d: not nav.is_displayed(), message="nav did not close")
    assert driver.execute_script("return document.documentElement.scrollWidth") <= MOBILE_WIDTH
    assert not severe_errors(driver)


def test_a_wide_table_on_a_phone_keeps_its_first_column_and_says_more_columns_exist(driver, site, screenshot):
    driver.set_window_size(MOBILE_WIDTH, 812)
    try:
        open_page(driver, (site / "compat/pytorch/index.html").as_uri())
        scroller = driver.find_element(By.CSS_SELECTOR, ".matrix .matrix-scroll")
        assert "is-wide" in scroller.get_attribute("class")
        hint = driver.find_element(By.CSS_SELECTOR, ".wide-hint")
        assert hint.is_displayed() and "左右滑动" in hint.text
        first = driver.find_element(By.CSS_SELECTOR, ".matrix tbody tr th")
        before = first.rect["x"]
        driver.execute_script("arguments[0].scrollLeft = 300", scroller)
        time.sleep(0.1)
        assert abs(first.rect["x"] - before) < 1, "the first column scrolled away"
        assert "more-left" in scroller.get_attribute("class")
        screenshot("phone-wide-table")
    finally:
        driver.set_window_size(*DESKTOP)


def test_breadcrumbs_lead_from_a_generated_page_back_through_its_listing_and_the_navigation_marks_it(driver, site):
    open_page(driver, (site / "compat/gpu/geforce-rtx-4090/index.html").as_uri())
    crumbs = [li.text for li in driver.find_elements(By.CSS_SELECTOR, ".breadcrumbs li")]
    assert crumbs == ["首页", "版本对照", "GPU 与计算能力对照表", "GeForce RTX 4090"], crumbs
    assert driver.find_element(By.CSS_SELECTOR, ".breadcrumbs li[aria-current=page]").text == "GeForce RTX 4090"
    ancestor = driver.find_element(By.CSS_SELECTOR, ".site-nav a.is-ancestor")
    assert ancestor.text == "GPU 与计算能力对照表" and ancestor.is_displayed()
    driver.find_elements(By.CSS_SELECTOR, ".breadcrumbs a")[2].click()
    assert driver.current_url.endswith("compat/gpus/index.html")
    open_page(driver, (site / "python/pip/index.html").as_uri())
    assert [li.text for li in driver.find_elements(By.CSS_SELECTOR, ".breadcrumbs li")][:2] == ["首页", "Python 环境与 PyTorch"]
    open_page(driver, (site / "index.html").as_uri())
    assert not driver.find_elements(By.CSS_SELECTOR, ".breadcrumbs")


def test_on_a_phone_search_is_an_icon_that_opens_across_the_header_and_the_title_fits(driver, site):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        open_page(driver, (site / "python/pip/index.html").as_uri())
        title = driver.find_element(By.CSS_SELECTOR, ".site-title")
        assert driver.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth + 1", title), "title cut off"
        box = driver.find_element(By.ID, "site-search-input")
        assert box.rect["width"] < 48, box.rect
        assert box.get_attribute("placeholder") == "搜索全站"
        box.click()
        box.send_keys("cuda")
        assert box.rect["width"] > 250, box.rect
        WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "site-search-panel").is_displayed())
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_on_a_phone_the_page_contents_open_from_a_folded_box_above_the_text(driver, site):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        open_page(driver, (site / "python/pip/index.html").as_uri())
        box = driver.find_element(By.CSS_SELECTOR, ".page .toc-inline")
        links = box.find_elements(By.CSS_SELECTOR, "a")
        assert links and not links[0].is_displayed()
        box.find_element(By.TAG_NAME, "summary").click()
        assert links[0].is_displayed()
        target = links[1].get_attribute("href").split("#")[1]
        links[1].click()
        assert driver.current_url.endswith("#" + target)
        assert box.get_attribute("open") is None, "following a link folds the box"
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    open_page(driver, (site / "python/pip/index.html").as_uri())
    assert not driver.find_element(By.CSS_SELECTOR, ".page .toc-inline").is_displayed(), "desktop keeps the side column"

"""`gpukb serve` in a real browser: a save reloads the open page, a build error shows as an overlay with its
position, and the overlay goes away when the file is fixed."""
import os
import pathlib
import re
import shutil
import subprocess
import time

import pytest
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()


@pytest.fixture
def served(tmp_path):
    shutil.copytree(REPO / "Tests/Fixtures/sites/tiny/content", tmp_path / "content")
    shutil.copytree(REPO / "themes", tmp_path / "themes")
    proc = subprocess.Popen([str(GPUKB), "serve", "--port", "0", "--root", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = None
    deadline = time.time() + 60
    while url is None and time.time() < deadline:
        line = proc.stdout.readline()
        match = re.search(r"serving on (http://\S+)", line)
        if match:
            url = match.group(1)
    assert url
    yield tmp_path, url
    proc.terminate()
    proc.wait(timeout=10)


# A reload can replace the page between finding an element and reading it.
RELOADING = (NoSuchElementException, StaleElementReferenceException)


def test_save_reloads_and_errors_show_an_overlay_until_fixed(driver, served):
    project, url = served
    driver.get(url + "setup/install/")
    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
    time.sleep(0.5)  # the event stream connects
    guide = project / "content/setup/install.md"
    good = guide.read_text()
    guide.write_text(good + "\n\n保存后出现的段落 reload-marker。\n")
    WebDriverWait(driver, 10, ignored_exceptions=RELOADING).until(lambda d: "reload-marker" in d.find_element(By.TAG_NAME, "main").text)

    guide.write_text(good.replace("title:", "title: [broken", 1))
    overlay = WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.ID, "gpukb-error-overlay"))[0]
    assert re.search(r"content/setup/install\.md:\d+:\d+: error:", overlay.text), overlay.text
    assert overlay.is_displayed()

    guide.write_text(good)
    WebDriverWait(driver, 10, ignored_exceptions=RELOADING).until(
        lambda d: not d.find_elements(By.ID, "gpukb-error-overlay") and "reload-marker" not in d.find_element(By.TAG_NAME, "main").text)

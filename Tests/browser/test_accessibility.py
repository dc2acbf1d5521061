"""axe-core (bundled by axe-selenium-python) finds no serious or critical accessibility violations on the pages
readers use most, light and dark, with the resolver and diagnose pages showing an answer."""
import time

import pytest
from selenium.webdriver.common.by import By

import axe_selenium_python  # installed by make deps-test

PAGES = ["index.html", "python/pytorch/index.html", "resolve/index.html?gpu=RTX+4090&os=linux&driver=550.54.14",
         "diagnose/index.html", "compat/driver-cuda/index.html", "compat/gpu/geforce-rtx-4090/index.html",
         "search/index.html?q=cuda"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_violations(driver, site, scheme):
    from pathlib import Path
    paste = (Path(__file__).resolve().parents[1] / "Fixtures/env-reports/collect_env-002.txt").read_text()[:3000]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    found = []
    try:
        for page in PAGES:
            driver.get(site.as_uri() + "/" + page)
            time.sleep(0.5)
            if page.startswith("diagnose"):
                driver.find_element(By.ID, "diagnose-input").send_keys(paste)
                driver.find_element(By.ID, "diagnose-run").click()
                time.sleep(0.3)
            axe = axe_selenium_python.Axe(driver)
            axe.inject()
            result = axe.run()
            for violation in result["violations"]:
                if violation["impact"] in ("serious", "critical"):
                    node = violation["nodes"][0]
                    found.append(f"{scheme} {page}: {violation['id']} ({len(violation['nodes'])}×) at {node['target']}")
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert not found, "\n".join(found)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_pages_read_for_a_saved_machine_have_no_serious_violations(driver, site, scheme):
    """The marks a saved machine adds (build verdicts, the release and GPU boxes, the bar) in both schemes."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    driver.get(site.as_uri() + "/index.html")
    driver.execute_script("localStorage.setItem('gpukb-profile', JSON.stringify({gpu: 'RTX 4090', driver: '550.54.14', os: 'linux'}))")
    found = []
    try:
        for page in ["compat/pytorch/index.html", "compat/pytorch/2.14.1/index.html", "compat/gpu/nvidia-h200/index.html"]:
            driver.get(site.as_uri() + "/" + page)
            time.sleep(1.0)
            assert driver.find_elements(By.CSS_SELECTOR, ".build-verdict, .profile-applies:not([hidden])"), page
            axe = axe_selenium_python.Axe(driver)
            axe.inject()
            for violation in axe.run()["violations"]:
                if violation["impact"] in ("serious", "critical"):
                    found.append(f"{scheme} {page}: {violation['id']} ({len(violation['nodes'])}×) at {violation['nodes'][0]['target']}")
    finally:
        driver.execute_script("localStorage.removeItem('gpukb-profile')")
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
    assert not found, "\n".join(found)

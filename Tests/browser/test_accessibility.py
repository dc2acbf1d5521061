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

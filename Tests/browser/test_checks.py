"""Live checks as a reader meets them from file://: the snippet with its copy button, what it should print, what it
means, and badges for the machines where it was recorded, with the captured output behind a disclosure."""
import json
import re
import pathlib

from selenium.webdriver.common.by import By

REPO = pathlib.Path(__file__).resolve().parents[2]


def records():
    return {p.name: json.loads(p.read_text()) for p in (REPO / "content/data/checks").glob("*.json")}


def test_the_guides_hold_at_least_twenty_checks_and_a_gpu_and_a_cpu_record(driver, site):
    stored = records()
    gpu = [r for r in stored.values() if r["environment"]["gpus"]]
    cpu = [r for r in stored.values() if not r["environment"]["gpus"]]
    assert gpu and cpu
    ids = {r["id"] for record in stored.values() for r in record["results"]}
    assert len(ids) >= 20
    verified_on_gpu = {r["id"] for r in gpu[0]["results"] if r["status"] == "pass"}
    for required in ("nvidia-smi-header", "nvcc-version", "torch-cuda-available", "torch-cudnn-version", "torch-arch-list",
                     "torch-tf32-defaults", "torch-matmul", "driver-query-gpu"):
        assert required in verified_on_gpu, required


def test_a_check_shows_code_expectation_explanation_and_a_verified_badge_with_output(driver, site, screenshot):
    driver.get((site / "python/pytorch/index.html").as_uri() + "#check-torch-arch-list")
    box = driver.find_element(By.ID, "check-torch-arch-list")
    assert box.find_element(By.CSS_SELECTOR, ".copy-button").is_displayed()
    assert box.find_element(By.CSS_SELECTOR, ".check-explain").text
    # How pass/fail is decided (regexes, time limit, id) is folded away; opening it shows the rule.
    rule = box.find_element(By.CSS_SELECTOR, ".check-how .check-expect")
    assert not rule.is_displayed()
    box.find_element(By.CSS_SELECTOR, ".check-how summary").click()
    assert "verdict" in rule.text and "torch-arch-list" in rule.text
    badge = box.find_element(By.CSS_SELECTOR, ".check-verified summary")
    gpu = next(r for r in records().values() if r["environment"]["gpus"])
    env = gpu["environment"]
    for part in (env["gpus"][0], "driver " + env["driver_version"], "torch " + env["torch_version"], env["date"]):
        assert part in badge.text
    output = box.find_element(By.CSS_SELECTOR, ".check-verified pre.check-output")
    assert not output.is_displayed()
    badge.click()
    assert output.is_displayed() and "verdict: exact" in output.text
    facts = box.find_element(By.CSS_SELECTOR, ".check-verified .check-run-facts").text
    assert ".json" not in facts and re.search(r"用时 (不到 0\.1|\d+(\.\d)?) 秒", facts), facts
    skipped = box.find_element(By.CSS_SELECTOR, ".check-skipped summary")
    assert "跳过" in skipped.text and "无 GPU" in skipped.text
    screenshot("check-torch-arch-list")


def test_every_check_box_has_a_badge_or_says_it_was_not_recorded(driver, site):
    for page in ("driver/linux", "cuda/toolkit", "python/pytorch", "python/pip", "troubleshooting/common-errors"):
        driver.get((site / page / "index.html").as_uri())
        boxes = driver.find_elements(By.CSS_SELECTOR, "div.check")
        assert boxes, page
        for box in boxes:
            assert box.find_elements(By.CSS_SELECTOR, ".check-run") or box.find_elements(By.CSS_SELECTOR, ".check-none")


def test_the_published_runner_holds_the_checks(site):
    runner = (site / "downloads/run_checks.py").read_text()
    assert "GPUKB_CHECKS = None" not in runner and '"id": "nvcc-version"' in runner

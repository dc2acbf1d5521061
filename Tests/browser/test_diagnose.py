"""The diagnose page from file://: a pasted real report gives its facts and findings; garbage is said to be
unrecognized."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO_ROOT

SAMPLES = REPO_ROOT / "Tests/Fixtures/env-reports"


def paste(driver, text):
    box = driver.find_element(By.ID, "diagnose-input")
    driver.execute_script("arguments[0].value = arguments[1];", box, text)
    driver.find_element(By.ID, "diagnose-run").click()


def codes(driver):
    return [li.get_attribute("data-code") for li in driver.find_elements(By.CSS_SELECTOR, "#diagnose-findings li")]


def test_a_pasted_collect_env_report_shows_the_driver_finding_and_its_facts(driver, site, screenshot):
    driver.get((site / "diagnose/index.html").as_uri())
    paste(driver, (SAMPLES / "collect_env-022.txt").read_text())
    WebDriverWait(driver, 5).until(lambda d: codes(d))
    assert "driver-too-old-for-torch" in codes(driver)
    facts = driver.find_element(By.ID, "diagnose-facts").text
    assert "470.199.02" in facts and "2.1.2+cu121" in facts
    link = driver.find_element(By.CSS_SELECTOR, '#diagnose-findings li[data-code="driver-too-old-for-torch"] a')
    assert "/site/python/pytorch/index.html#" in link.get_attribute("href")
    assert "collect_env" not in driver.current_url
    screenshot("diagnose-collect-env", full_page=True)


def test_a_webui_sysinfo_json_is_read_as_the_collect_env_it_carries(driver, site):
    driver.get((site / "diagnose/index.html").as_uri())
    paste(driver, (SAMPLES.parent / "real-pastes/sysinfo-01-a1111-windows.txt").read_text())
    WebDriverWait(driver, 5).until(lambda d: codes(d))
    facts = driver.find_element(By.ID, "diagnose-facts").text
    assert "2.1.2+cu121" in facts and "12.1" in facts and "Windows" in facts
    assert "not-recognized" not in codes(driver)


def test_an_nvidia_smi_error_is_diagnosed_and_garbage_is_not_recognized(driver, site):
    driver.get((site / "diagnose/index.html").as_uri())
    paste(driver, (SAMPLES / "nvidia-smi-037.txt").read_text())
    WebDriverWait(driver, 5).until(lambda d: codes(d))
    assert "driver-library-mismatch" in codes(driver)
    paste(driver, "hello \u0000 world ✨" * 100)
    WebDriverWait(driver, 5).until(lambda d: codes(d) == ["not-recognized"])
    assert not [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def test_a_wsl_paste_opens_the_resolver_with_its_gpu_driver_and_os_filled_in(driver, site):
    driver.get((site / "diagnose/index.html").as_uri())
    paste(driver, (REPO_ROOT / "Tests/Fixtures/real-pastes/nvidia-smi-016.txt").read_text())
    WebDriverWait(driver, 5).until(lambda d: codes(d))
    assert "wsl" in codes(driver)
    assert "driver-too-old-for-torch" not in driver.find_element(By.ID, "diagnose-findings").text, "no internal codes shown"
    driver.find_element(By.ID, "diagnose-open-resolver").click()
    WebDriverWait(driver, 5).until(lambda d: d.find_elements(By.ID, "resolver-toolkit"))
    assert driver.find_element(By.ID, "rs-os").get_attribute("value") == "wsl2"
    assert driver.find_element(By.ID, "rs-driver").get_attribute("value") == "555.99"
    assert "RTX 4070" in driver.find_element(By.CSS_SELECTOR, ".resolver-summary").text


def test_old_cards_that_no_build_runs_are_told_so_by_warning_or_by_a_shared_model_name(driver, site, screenshot):
    driver.get((site / "diagnose/index.html").as_uri())
    paste(driver, (REPO_ROOT / "Tests/Fixtures/real-pastes/torch-print-01-gt710-sm35.txt").read_text())
    WebDriverWait(driver, 5).until(lambda d: codes(d))
    assert codes(driver) == ["arch-not-in-build"]
    text = driver.find_element(By.ID, "diagnose-findings").text
    assert "sm_35" in text and "CPU" in text and "较新构建" not in text
    paste(driver, "PyTorch version: 1.12.1+cu113\nCUDA used to build PyTorch: 11.3\nOS: Ubuntu 20.04.6 LTS (x86_64)\n"
                  "Is CUDA available: True\nGPU models and configuration: GPU 0: NVIDIA GeForce GT 730\n"
                  "Nvidia driver version: 470.256.02\n")
    WebDriverWait(driver, 5).until(lambda d: "no-build-for-gpu" in codes(d))
    finding = driver.find_element(By.CSS_SELECTOR, '#diagnose-findings li[data-code="no-build-for-gpu"]').text
    assert "2.1" in finding and "3.5" in finding and "compute_cap" in finding
    screenshot("diagnose-shared-name", full_page=True)

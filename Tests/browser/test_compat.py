"""The resolver page and the generated matrices, driven in headless Chromium from file://."""
import re
from pathlib import Path
import time
from urllib.parse import quote

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def wait_for(driver, predicate, timeout=5):
    return WebDriverWait(driver, timeout).until(lambda d: predicate(d))


def builds(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#resolver-builds > li")


def severe_logs(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def test_typing_a_gpu_a_driver_and_an_os_gives_the_newest_toolkit_and_a_pip_command(driver, site, screenshot):
    driver.get((site / "resolve/index.html").as_uri())
    driver.find_element(By.ID, "rs-gpu").send_keys("4090")
    Select(driver.find_element(By.ID, "rs-os")).select_by_value("windows")
    driver.find_element(By.ID, "rs-driver").send_keys("536.23")
    toolkit = wait_for(driver, lambda d: d.find_element(By.ID, "resolver-toolkit"))
    # NVIDIA's table: 12.1 Update 1 needs Windows 531.14, 12.2 GA needs 536.25.
    assert "CUDA 12.1.1" in toolkit.text and "12.1 Update 1" in toolkit.text
    first = builds(driver)[0]
    assert first.get_attribute("data-status") == "ok"
    command = first.find_element(By.CSS_SELECTOR, "code.install-command").text
    assert command.startswith("pip install torch==")
    tag = re.search(r"/whl/(cu\d+)", command).group(1)
    assert int(tag[2:]) <= 121, f"a 536.23 Windows driver cannot run {tag} builds at full support"
    assert not severe_logs(driver)
    screenshot("resolver-4090-windows")


def test_the_url_reproduces_the_state(driver, site):
    url = (site / "resolve/index.html").as_uri() + "?gpu=" + quote("RTX 4090") + "&os=windows&driver=536.23&python=3.12&pm=pip"
    driver.get(url)
    assert driver.find_element(By.ID, "rs-gpu").get_attribute("value") == "RTX 4090"
    assert Select(driver.find_element(By.ID, "rs-os")).first_selected_option.get_attribute("value") == "windows"
    assert "CUDA 12.1.1" in driver.find_element(By.ID, "resolver-toolkit").text
    reasons = builds(driver)[0].find_element(By.CSS_SELECTOR, ".build-reasons").text
    assert "Python 3.12" in reasons
    # Editing the form updates the address so the result can be shared.
    field = driver.find_element(By.ID, "rs-python")
    field.clear()
    field.send_keys("3.10")
    wait_for(driver, lambda d: "python=3.10" in d.current_url)
    again = driver.current_url
    driver.get("about:blank")
    driver.get(again)
    assert driver.find_element(By.ID, "rs-python").get_attribute("value") == "3.10"


def test_a_blackwell_card_is_steered_away_from_wheels_without_its_architecture(driver, site):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=5090&os=linux&driver=570.124.06")
    items = builds(driver)
    assert items[0].get_attribute("data-status") == "ok"
    old = [li for li in items if li.get_attribute("data-pytorch") == "2.1.2" and li.get_attribute("data-variant") == "cu121"]
    assert old and old[0].get_attribute("data-status") == "unsupported"


def test_an_unknown_gpu_says_so(driver, site):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=RTX%209999")
    assert "没有找到 GPU" in driver.find_element(By.ID, "resolver-output").text


def test_a_compute_capability_typed_as_a_gpu_is_named_and_its_models_listed(driver, site):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=sm_120&os=windows&driver=576.02")
    text = driver.find_element(By.ID, "resolver-output").text
    assert "“sm_120” 是计算能力 12.0（Blackwell 架构），不是显卡型号" in text and "GeForce RTX 5090" in text
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=Blackwell&os=linux")
    assert "是 GPU 架构名" in driver.find_element(By.ID, "resolver-output").text
    # A model name sold with different chips names their capabilities instead of suggesting a neighbour.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=GT+730&os=windows")
    text = driver.find_element(By.ID, "resolver-output").text
    assert "2.1" in text and "3.5（Kepler）" in text and "compute_cap" in text and "GT 720" not in text


def test_gpu_page_links_to_the_resolver_prefilled(driver, site):
    driver.get((site / "compat/gpu/geforce-rtx-4090/index.html").as_uri())
    assert "8.9" in driver.find_element(By.CSS_SELECTOR, ".facts").text
    driver.find_element(By.CSS_SELECTOR, "a.button-link").click()
    wait_for(driver, lambda d: d.find_elements(By.ID, "resolver-builds"))
    assert driver.find_element(By.ID, "rs-gpu").get_attribute("value") == "GeForce RTX 4090"



def test_an_inferred_compute_capability_says_so_on_the_resolver_the_card_page_and_the_table(driver, site):
    # NVIDIA's table does not list the RTX 2050; its 8.6 comes from its PCI ID block (an Ampere chip, not Turing).
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=" + quote("RTX 2050") + "&os=linux&driver=570.124.06")
    summary = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, ".resolver-summary")).text
    assert "计算能力 8.6" in summary and "推定值" in summary
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=4090&os=linux")
    assert "推定" not in wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, ".resolver-summary")).text
    driver.get((site / "compat/gpu/geforce-rtx-2050/index.html").as_uri())
    assert "推定值" in driver.find_element(By.CSS_SELECTOR, ".facts").text
    driver.get((site / "compat/gpus/index.html").as_uri())
    row = [r for r in driver.find_elements(By.CSS_SELECTOR, ".matrix tbody tr") if r.text.startswith("GeForce RTX 2050")][0]
    assert "8.6（推定）" in row.text
    listed = [r for r in driver.find_elements(By.CSS_SELECTOR, ".matrix tbody tr") if r.text.startswith("GeForce RTX 4090\n") or r.text.startswith("GeForce RTX 4090 ")]
    assert listed and "推定" not in listed[0].text

def test_matrix_filter_hides_rows_that_do_not_match(driver, site, screenshot):
    driver.get((site / "compat/driver-cuda/index.html").as_uri())
    rows = driver.find_elements(By.CSS_SELECTOR, ".matrix tbody tr")
    assert len(rows) > 50
    box = driver.find_element(By.CSS_SELECTOR, ".matrix-filter")
    box.send_keys("12.8")
    visible = [r for r in rows if r.is_displayed()]
    assert 0 < len(visible) < len(rows)
    assert all("12.8" in r.text for r in visible)
    assert driver.find_element(By.CSS_SELECTOR, ".matrix-count").text == f"{len(visible)} / {len(rows)} 行"
    # The hint names values this table has; a query matching nothing says so instead of showing an empty table.
    hint = box.get_attribute("placeholder")
    assert hint.startswith("筛选，如 ") and "4090" not in hint
    empty = driver.find_element(By.CSS_SELECTOR, ".matrix .matrix-empty")
    assert not empty.is_displayed()
    box.clear()
    box.send_keys("no-such-row-xyz")
    assert empty.is_displayed() and "没有匹配" in empty.text
    assert not [r for r in rows if r.is_displayed()]
    box.clear()
    box.send_keys("12.8")
    # The header stays in view while the table scrolls.
    scroller = driver.find_element(By.CSS_SELECTOR, ".matrix .matrix-scroll")
    box.clear()
    box.send_keys(" ")
    driver.execute_script("arguments[0].scrollTop = 600", scroller)
    time.sleep(0.1)
    head = driver.find_element(By.CSS_SELECTOR, ".matrix thead th")
    top = driver.execute_script("return arguments[0].getBoundingClientRect().top - arguments[1].getBoundingClientRect().top", head, scroller)
    assert abs(top) <= 2, top
    screenshot("driver-matrix-filtered")


def test_a_gpu_newer_than_the_driver_gets_nothing_runnable_and_the_driver_to_install(driver, site, screenshot):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=RTX+5090&os=linux&driver=535.104.05")
    toolkit = wait_for(driver, lambda d: d.find_element(By.ID, "resolver-toolkit"))
    assert "570.26" in toolkit.text and "小版本兼容" in toolkit.text
    upgrade = driver.find_element(By.ID, "resolver-upgrade")
    assert "升级到 ≥" in upgrade.text
    # The upgrade box carries the command to run once the driver is upgraded: the build it names, not the first card's.
    command = upgrade.find_element(By.CSS_SELECTOR, "code.install-command").text
    assert "torch==2.14.1" in command and "/whl/cu130" in command, command
    assert all(li.get_attribute("data-status") == "unsupported" for li in builds(driver))
    assert not driver.find_elements(By.CSS_SELECTOR, ".build-recommended")
    # No card runs, so none shows its command open: each folds its reasons and command under its title.
    first = builds(driver)[0]
    assert first.find_element(By.CSS_SELECTOR, "details.build-more") and not first.find_element(By.CSS_SELECTOR, "code.install-command").is_displayed()
    assert not severe_logs(driver)
    screenshot("resolver-5090-old-driver")


def test_a_card_no_build_runs_is_told_so_on_the_resolver_and_its_own_page(driver, site, screenshot):
    # Tesla K40 (sm_35): no official wheel since 1.4.0 has its code, at any driver; typed with a board suffix.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=Tesla+K40m&os=windows&driver=474.44")
    upgrade = wait_for(driver, lambda d: d.find_element(By.ID, "resolver-upgrade"))
    assert "sm_35" in upgrade.text and 'TORCH_CUDA_ARCH_LIST="3.5"' in upgrade.text
    assert "error" in upgrade.get_attribute("class")
    assert all(li.get_attribute("data-status") == "unsupported" for li in builds(driver))
    assert not severe_logs(driver)
    screenshot("resolver-k40-no-build")
    driver.get((site / "compat/gpu/tesla-k40/index.html").as_uri())
    box = driver.find_element(By.CSS_SELECTOR, ".gpu-no-build")
    assert box.is_displayed() and "sm_35" in box.text
    # A memory size after the model is the model.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=GTX+1060+6GB&os=windows&driver=581.57")
    wait_for(driver, lambda d: builds(d))
    assert builds(driver)[0].get_attribute("data-status") == "ok"


def test_the_recommended_build_comes_first_with_its_uv_command_and_what_auto_would_pick(driver, site):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=GTX+1060&os=windows&driver=581.57&pm=uv")
    first = wait_for(driver, lambda d: builds(d)[0])
    assert "build-recommended" in first.get_attribute("class") and "推荐" in first.text
    assert "Python 3." in first.find_element(By.CSS_SELECTOR, ".build-python").text
    command = first.find_element(By.CSS_SELECTOR, "code.install-command").text
    assert command.startswith("uv pip install torch==") and "/whl/cu12" in command
    assert "--torch-backend=auto" in first.text
    toolkit = driver.find_element(By.ID, "resolver-toolkit").text
    assert "CUDA 12." in toolkit and "CUDA 13" not in toolkit.split("止于")[0]


def test_an_arm_machine_is_answered_from_the_aarch64_wheels_and_the_cpu_can_be_chosen(driver, site, screenshot):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=Jetson+AGX+Thor&os=linux")
    note = wait_for(driver, lambda d: d.find_element(By.ID, "resolver-cpu"))
    assert "aarch64" in note.text
    first = builds(driver)[0]
    assert first.get_attribute("data-status") == "ok" and first.get_attribute("data-variant").startswith("cu13")
    assert "sm_110" in first.text
    # A T4 on an x86_64 machine runs the cu126 wheel; behind an Arm CPU it does not, once the reader picks aarch64.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=T4&os=linux&driver=580.95.05")
    wait_for(driver, lambda d: builds(d))
    assert builds(driver)[0].get_attribute("data-status") == "ok"
    Select(driver.find_element(By.ID, "rs-cpu")).select_by_value("aarch64")
    wait_for(driver, lambda d: all(li.get_attribute("data-status") != "ok" for li in builds(d)))
    # No Arm CUDA wheels on Windows: said in red, and no build offered.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=DGX+Spark&os=windows")
    error = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#resolver-cpu.error"))
    assert "Linux" in error.text and not builds(driver)
    assert not severe_logs(driver)
    screenshot("resolver-arm-windows")


def test_a_jetson_module_is_told_in_red_what_to_install_before_any_build(driver, site, screenshot):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=" + quote("Jetson Orin Nano") + "&os=linux")
    note = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#resolver-cpu.error"))
    assert "JetPack" in note.text and note.is_displayed()
    assert builds(driver) and all(li.get_attribute("data-status") == "unsupported" for li in builds(driver))
    assert not severe_logs(driver)
    screenshot("resolver-jetson-orin")


def test_macos_says_there_is_no_cuda(driver, site):
    driver.get((site / "resolve/index.html").as_uri() + "?os=macos")
    note = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, ".resolver-macos"))
    assert "没有 CUDA" in note.text and "MPS" in note.text
    command = builds(driver)[0].find_element(By.CSS_SELECTOR, "code.install-command").text
    assert command.startswith("pip install torch==") and "whl/cu" not in command


def test_the_home_page_asks_for_the_gpu_above_the_fold_and_answers_on_the_resolver(driver, site):
    driver.get((site / "index.html").as_uri())
    form = driver.find_element(By.CSS_SELECTOR, ".home-tools form")
    assert form.rect["y"] + form.rect["height"] < 900, "the resolver form is below the fold"
    assert driver.find_element(By.CSS_SELECTOR, ".home-tools a[href$='diagnose/index.html']").is_displayed()
    form.find_element(By.NAME, "gpu").send_keys("RTX 5090")
    form.find_element(By.NAME, "driver").send_keys("535.104.05")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    toolkit = wait_for(driver, lambda d: d.find_element(By.ID, "resolver-toolkit"))
    assert "resolve/index.html" in driver.current_url
    assert "570.26" in toolkit.text
    assert all(li.get_attribute("data-status") == "unsupported" for li in builds(driver))
    assert not severe_logs(driver)


def test_the_compat_section_draws_support_timelines_without_javascript(driver, site):
    driver.get((site / "compat/index.html").as_uri())
    charts = driver.find_elements(By.CSS_SELECTOR, "figure.timeline svg")
    assert len(charts) == 3
    labels = [t.text for t in charts[0].find_elements(By.CSS_SELECTOR, ".tl-label")]
    assert labels[0] == "Kepler" and "Blackwell" in labels
    assert charts[0].find_elements(By.CSS_SELECTOR, ".tl-deprecated"), "deprecated stretches are drawn"
    assert "至今" in charts[0].text
    html = (site / "compat/index.html").read_text()
    assert html.count("<svg class=\"timeline-chart\"") == 3, "drawn at build time, not by a script"
    branches = charts[2]
    labels = [t.text for t in branches.find_elements(By.CSS_SELECTOR, ".tl-label")]
    assert labels[0] == "R418 · LTSB", "oldest branch first"
    assert {"R470 · LTSB", "R535 · LTSB", "R580 · LTSB", "R620 · LTSB"} <= set(labels)
    assert "至 2028-06" in branches.text and "至 2029-09" in branches.text
    assert branches.find_elements(By.CSS_SELECTOR, ".tl-now"), "the dataset's as-of month is marked"
    assert "R580（长期支持分支（LTSB））：2025-08 起（CUDA 13.0.0 的最低驱动），支持到 2028-06" in html


def test_my_machine_is_remembered_from_the_resolver_shown_on_every_page_and_cleared_in_one_click(driver, site):
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=RTX+4090&os=windows&driver=551.61")
    try:
        wait_for(driver, lambda d: d.find_elements(By.ID, "resolver-builds"))
        driver.find_element(By.CSS_SELECTOR, ".profile-save").click()
        assert "已记住" in driver.find_element(By.CSS_SELECTOR, ".profile-save").text
        driver.get((site / "driver/windows/index.html").as_uri())
        bar = driver.find_element(By.CSS_SELECTOR, ".profile-bar")
        assert "RTX 4090 · 驱动 551.61 · Windows" in bar.text
        assert "gpu=RTX%204090" in bar.find_element(By.TAG_NAME, "a").get_attribute("href")
        line = wait_for(driver, lambda d: d.find_element(By.CSS_SELECTOR, ".profile-driver"))
        assert "驱动 551.61：最高可装 CUDA 12.4" in line.text, line.text
        driver.get((site / "compat/gpus/index.html").as_uri())
        # Marked once the search's answer cards have loaded (asynchronously, from file://).
        mine = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".matrix tr.is-my-gpu"))
        assert len(mine) == 1 and "RTX 4090" in mine[0].text
        driver.find_element(By.CSS_SELECTOR, ".profile-clear").click()
        assert not driver.find_elements(By.CSS_SELECTOR, ".profile-bar")
        assert not driver.find_elements(By.CSS_SELECTOR, ".matrix tr.is-my-gpu")
        driver.get((site / "driver/windows/index.html").as_uri())
        assert not driver.find_elements(By.CSS_SELECTOR, ".profile-bar")
    finally:
        driver.execute_script("localStorage.removeItem('gpukb-profile')")


def test_a_machine_kept_from_a_diagnosis_tells_release_and_gpu_pages_whether_they_apply(driver, site):
    paste = (Path(__file__).resolve().parents[1] / "Fixtures/real-pastes/nvidia-smi-016.txt").read_text()
    driver.get((site / "diagnose/index.html").as_uri())
    try:
        box = driver.find_element(By.ID, "diagnose-input")
        driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", box, paste)
        save = wait_for(driver, lambda d: d.find_element(By.ID, "diagnose-save-profile"))
        assert "RTX 4070 · 驱动 555.99 · WSL2" in save.text
        save.click()
        assert "已记住" in save.text
        driver.get((site / "compat/pytorch/2.14.0/index.html").as_uri())
        slot = wait_for(driver, lambda d: [s for s in d.find_elements(By.CSS_SELECTOR, "[data-applies-pytorch]") if s.is_displayed()])[0]
        assert slot.text.startswith("在你的机器上（NVIDIA GeForce RTX 4070 · 驱动 555.99 · WSL2）")
        items = slot.find_elements(By.TAG_NAME, "li")
        assert [i.text.split(" ")[0] for i in items][:1] and all(i.get_attribute("class").startswith("applies-") for i in items)
        assert any("不可用" in i.text or "受限" in i.text for i in items), "driver 555.99 is too old for CUDA 13 builds"
        driver.get((site / "compat/gpu/geforce-rtx-4070/index.html").as_uri())
        mine = wait_for(driver, lambda d: [s for s in d.find_elements(By.CSS_SELECTOR, "[data-applies-gpu]") if s.is_displayed()])[0]
        assert "这是你保存的机器上的 GPU" in mine.text
        driver.get((site / "compat/gpu/nvidia-h200/index.html").as_uri())
        other = wait_for(driver, lambda d: [s for s in d.find_elements(By.CSS_SELECTOR, "[data-applies-gpu]") if s.is_displayed()])[0]
        assert "不是本页这张卡" in other.text and "geforce-rtx-4070" in other.find_element(By.TAG_NAME, "a").get_attribute("href")
        assert not severe_logs(driver)
    finally:
        driver.execute_script("localStorage.removeItem('gpukb-profile')")


def test_the_pytorch_matrix_marks_every_build_for_the_saved_machine_as_gpukb_resolve_does(driver, site):
    import json
    import subprocess
    gpukb = Path(__file__).resolve().parents[2] / ".build/release/gpukb"
    answer = json.loads(subprocess.run([str(gpukb), "resolve", "--gpu", "RTX 4090", "--driver", "550.54.14", "--os", "linux", "--json"],
                                       capture_output=True, text=True, check=True).stdout)
    expected = {f"{b['pytorch']}/{b['variant']}": b["status"] for b in answer["builds"]}
    driver.get((site / "index.html").as_uri())
    driver.execute_script("localStorage.setItem('gpukb-profile', JSON.stringify({gpu: 'RTX 4090', driver: '550.54.14', os: 'linux'}))")
    try:
        driver.get((site / "compat/pytorch/index.html").as_uri())
        marks = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".build-verdict"))
        assert "RTX 4090 · 驱动 550.54.14 · Linux" in driver.find_element(By.CSS_SELECTOR, ".matrix-verdicts").text
        seen = 0
        for row in driver.find_elements(By.CSS_SELECTOR, '.matrix[data-matrix="pytorch"] tbody tr'):
            version = row.find_element(By.TAG_NAME, "th").text.strip()
            for mark in row.find_elements(By.CSS_SELECTOR, ".build-verdict"):
                tag = re.match(r"cu\d+", mark.text).group(0)
                status = mark.get_attribute("class").split("verdict-")[1]
                assert expected[f"{version}/{tag}"] == status, (version, tag)
                seen += 1
        assert seen == len(marks) and seen > 100
        # A tag with a note stays one item; the row still filters by its text.
        linux_only = [m for m in marks if "仅 Linux" in m.text]
        assert linux_only and linux_only[0].text.startswith("cu129（仅 Linux）")
        box = driver.find_element(By.CSS_SELECTOR, '.matrix[data-matrix="pytorch"] .matrix-filter')
        box.send_keys("2.14.1")
        assert driver.find_element(By.CSS_SELECTOR, '.matrix[data-matrix="pytorch"] .matrix-count').text.startswith("1 ")
        assert not severe_logs(driver)
    finally:
        driver.execute_script("localStorage.removeItem('gpukb-profile')")


def test_in_english_a_tag_with_its_note_is_one_mark(driver, site):
    driver.get((site / "en/index.html").as_uri())
    driver.execute_script("localStorage.setItem('gpukb-profile', JSON.stringify({gpu: 'RTX 4090', driver: '550.54.14', os: 'linux'}))")
    try:
        driver.get((site / "en/compat/pytorch/index.html").as_uri())
        marks = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".build-verdict"))
        assert "RTX 4090 · " in driver.find_element(By.CSS_SELECTOR, ".matrix-verdicts").text
        linux_only = [m for m in marks if "Linux only" in m.text]
        assert linux_only and linux_only[0].text.startswith("cu129 (Linux only)")
        default = [m for m in marks if "(default)" in m.text]
        assert default, "the default build's note is part of its mark"
        box = driver.find_element(By.CSS_SELECTOR, '.matrix[data-matrix="pytorch"] .matrix-filter')
        box.send_keys("2.14.1")
        assert re.fullmatch(r"1 / \d+ rows", driver.find_element(By.CSS_SELECTOR, '.matrix[data-matrix="pytorch"] .matrix-count').text)
        assert not severe_logs(driver)
    finally:
        driver.execute_script("localStorage.removeItem('gpukb-profile')")


def test_a_driver_whose_branch_has_ended_is_told_so_and_which_long_term_branch_to_move_to(driver, site):
    # R535 ended in June 2026 by NVIDIA's data center driver documentation; an H100 can move to R620.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=H100&os=linux&driver=535.104.05")
    line = wait_for(driver, lambda d: d.find_element(By.ID, "resolver-branch"))
    assert "R535" in line.text and "2026-06 结束" in line.text and "R620" in line.text
    assert "warning" in line.get_attribute("class")
    # A driver the GPU refuses gets the refusal, not branch advice.
    driver.get((site / "resolve/index.html").as_uri() + "?gpu=5090&os=linux&driver=535.104.05")
    wait_for(driver, lambda d: d.find_element(By.ID, "resolver-toolkit"))
    assert not driver.find_elements(By.ID, "resolver-branch")
    assert not severe_logs(driver)

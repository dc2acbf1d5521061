"""The benchmark page from file://: charts without script, measured and cited results labelled, environments,
and GPU pages linking to their results."""
from selenium.webdriver.common.by import By


def test_bench_page_shows_measured_and_cited_results_as_svg_charts(driver, site, screenshot):
    driver.get((site / "bench/index.html").as_uri())
    charts = driver.find_elements(By.CSS_SELECTOR, "figure.bench-figure svg.bench-chart")
    assert len(charts) >= 6
    measured = driver.find_elements(By.CSS_SELECTOR, ".bench-table .badge-ok")
    cited = driver.find_elements(By.CSS_SELECTOR, ".bench-table .badge-limited")
    assert measured and cited
    assert all(b.text == "实测" for b in measured) and all(b.text == "引用" for b in cited)
    assert driver.find_elements(By.CSS_SELECTOR, "rect.bench-bar-cited")
    single = driver.find_element(By.ID, "chart-matmul-10000-fp32-single-call")
    assert "0.42" in single.text
    table = driver.find_element(By.CSS_SELECTOR, ".bench-envs")
    assert "580.159.04" in table.text and "2.11.0+cu130" in table.text
    screenshot("bench", full_page=True)


def test_gpu_pages_link_to_their_results(driver, site):
    driver.get((site / "compat/gpu/nvidia-h200/index.html").as_uri())
    link = driver.find_element(By.CSS_SELECTOR, 'a[href*="bench/index.html#run-"]')
    link.click()
    anchor = driver.current_url.split("#")[1]
    assert driver.find_element(By.ID, anchor).is_displayed()


def test_bench_charts_on_a_phone_put_labels_above_bars_at_readable_size(driver, site):
    driver.set_window_size(390, 844)
    try:
        driver.get((site / "bench/index.html").as_uri())
        figure = driver.find_element(By.CSS_SELECTOR, "figure.bench-figure")
        wide = figure.find_element(By.CSS_SELECTOR, "svg.bench-chart-wide")
        narrow = figure.find_element(By.CSS_SELECTOR, "svg.bench-chart-narrow")
        assert not wide.is_displayed() and narrow.is_displayed()
        # Drawn at its own width, so 13px labels stay about 13px on screen.
        label = narrow.find_element(By.CSS_SELECTOR, ".bench-label")
        assert label.rect["height"] >= 11, label.rect
        assert driver.execute_script("return document.documentElement.scrollWidth") <= 390
    finally:
        driver.set_window_size(1440, 900)
    driver.get((site / "bench/index.html").as_uri())
    figure = driver.find_element(By.CSS_SELECTOR, "figure.bench-figure")
    assert figure.find_element(By.CSS_SELECTOR, "svg.bench-chart-wide").is_displayed()
    assert not figure.find_element(By.CSS_SELECTOR, "svg.bench-chart-narrow").is_displayed()

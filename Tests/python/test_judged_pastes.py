"""Findings judged against what public issue threads established: each paste in Tests/Fixtures/judged-pastes was
pasted by someone whose problem a maintainer (or the reporter, once fixed) pinned down; index.tsv names the cause
and the thread. The reader's findings are measured against that cause, and the page and check_env.py must agree.

Some causes cannot be read from the paste at all (a WSL machine whose paste shows only nvidia-smi's failure, a
driver the paste does not print, an env the thread describes but nobody pasted): those are counted as misses, not
removed, so the number says how often a reader who pastes what these people pasted gets the right finding.
Run with -s to see the per-paste table."""
import csv
import importlib.util
import pathlib

from page_reader import page_results

REPO = pathlib.Path(__file__).resolve().parents[2]
FOLDER = REPO / "Tests/Fixtures/judged-pastes"
DATA_JS = REPO / "site/resolve/compat-data.js"

spec = importlib.util.spec_from_file_location("check_env", REPO / "content/downloads/check_env.py")
check_env = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_env)
DATA = check_env.load_data(DATA_JS)

# The thread's cause, as the findings that say it (an error or a warning; info findings do not count).
SAYS = {
    "arch-not-in-build": {"arch-not-in-build", "capability-warning", "no-build-for-gpu"},
    "cuda-unavailable": {"cuda-unavailable", "fabric-manager"},
    "container-setup": {"container-gpu"},
    # A container whose CUDA is newer than the host driver is refused by nvidia-container-cli (container-gpu).
    "toolkit-too-new-for-driver": {"toolkit-too-new-for-driver", "container-gpu"},
}


def rows():
    with open(FOLDER / "index.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def agrees(row, result):
    findings = [f for f in result["findings"] if f["severity"] in ("error", "warning")]
    codes = {f["code"] for f in findings}
    for cause in row["cause"].split(";"):
        if cause == "no-problem":
            return not codes
        if cause == "wsl" and any("wsl2/" in f["link"] or "WSL" in f["message"] for f in findings):
            return True
        if codes & SAYS.get(cause, {cause}):
            return True
    return False


def test_every_judged_paste_has_its_thread_and_a_cause():
    table = rows()
    assert len(table) >= 448
    for row in table:
        assert row["url"].startswith("https://github.com/"), row["file"]
        assert row["who"] in ("maintainer", "reporter-confirmed", "other-commenter-confirmed"), row["file"]
        assert (FOLDER / row["file"]).is_file(), row["file"]


def test_findings_agree_with_the_cause_the_thread_established_on_at_least_309_of_448():
    table, right = rows(), 0
    for row in table:
        result = check_env.analyze((FOLDER / row["file"]).read_text(encoding="utf-8"), DATA)
        ok = agrees(row, result)
        right += ok
        print(("ok  " if ok else "MISS"), row["file"].ljust(48), row["cause"].ljust(27),
              " ".join(f["code"] + ":" + f["severity"] for f in result["findings"]))
    print(f"{right}/{len(table)}")
    assert right >= 309


def test_the_page_and_check_env_give_the_same_json_for_every_judged_paste():
    files = [str(FOLDER / row["file"]) for row in rows()]
    for file, page in zip(files, page_results(files, DATA_JS)):
        assert check_env.analyze(pathlib.Path(file).read_text(encoding="utf-8"), DATA) == page, file

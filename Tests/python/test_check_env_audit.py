"""check_env.py against the three held-out resolver audits (Tests/Fixtures/resolver-audit): the script names a
build for a pasted machine (best_build_for), a driver floor (gpu_refusal's table) and whether an installed build has
code for the GPU (verdict_row), from the tables the build writes. Where it answers an audit question, it must give
the audit's answer, or for the rows in disagreements.tsv the answer `gpukb resolve` gives. The GPU is looked up by
name as in a paste, the way the script finds it in nvidia-smi's output."""
import csv
import importlib.util
import os
import pathlib
import re

REPO = pathlib.Path(__file__).resolve().parents[2]
AUDIT = REPO / "Tests/Fixtures/resolver-audit"
SITE = pathlib.Path(os.environ.get("GPUKB_SITE", REPO / "site")).resolve()
spec = importlib.util.spec_from_file_location("check_env", REPO / "content/downloads/check_env.py")
check_env = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_env)
# The English edition's data: the questions match on its reasons' words.
DATA = check_env.load_data(SITE / "en/resolve/compat-data.js")
OS = {"linux": "linux", "windows": "windows", "wsl2": "wsl"}


def read(name):
    with open(AUDIT / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def numbers(text):
    return tuple(int(x) for x in re.findall(r"[0-9]+", text))


def answer(row):
    """The script's answer, or None where the question is not one it answers."""
    cc = check_env.lookup_gpu(DATA, row["gpu"])
    assert cc is not None, (row["id"], "the script finds " + row["gpu"])
    os_name, question, cpu = OS[row["os"]], row["question"], row.get("cpu") or None
    if question.startswith("newest-ok-build"):
        # The question's release cap is not the script's business: builds past it are taken out of the data.
        cap = numbers(question.split("<=")[1]) if "<=" in question else None
        data = dict(DATA, builds=[b if cap is None or numbers(b["torch"])[:len(cap)] <= cap else dict(b, platforms=[])
                                  for b in DATA["builds"]])
        best = check_env.best_build_for(data, cc, row["driver"] or None, os_name, cpu, row.get("python") or None)
        if best is None or check_env.python_outside(best, row.get("python") or None):
            return "none"
        return best["torch"] + "+" + best["tag"]
    if question == "driver-to-install":
        support = DATA["support"].get(cc)
        return str(support["floor"].get(check_env.RULE_COLUMN[os_name]) if support else None)
    if question.startswith("variant-has-code:"):
        wanted, tag = question.split(":")[1].split("+")
        index = next(i for i, b in enumerate(DATA["builds"]) if b["torch"] == wanted and b["tag"] == tag)
        verdict = check_env.verdict_row(DATA, cc, check_env.wheel_platform_of(os_name, cpu))[index]
        text = DATA["strings"][verdict[1]] if verdict and verdict[1] is not None else ""
        if re.search(r"not recorded", text):
            return "unknown"
        return "no" if verdict[0] == "unsupported" and re.search(r"no code that can run|there is no code that runs", text) else "yes"
    return None


def test_check_env_agrees_with_every_held_out_case_it_answers_but_the_documented_ones():
    rows = read("cases.tsv") + read("cases-2.tsv") + read("cases-3.tsv")
    documented = {row["id"]: row for row in read("disagreements.tsv")}
    answered, wrong = 0, []
    for row in rows:
        got = answer(row)
        if got is None:
            continue
        answered += 1
        want = documented[row["id"]]["gpukb"] if row["id"] in documented else row["expected"]
        if got != want:
            wrong.append((row["id"], row["gpu"], row["os"], row["driver"], row["question"], want, got))
    # Every question of the kinds it answers (the others, runs-anything and variant-exists, are the resolver's).
    kinds = ("newest-ok-build", "driver-to-install", "variant-has-code:")
    assert answered == sum(row["question"].startswith(kinds) for row in rows) >= 80, answered
    assert not wrong, wrong

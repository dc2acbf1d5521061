"""The resolver against three held-out audits: 120 questions whose answers were worked out from NVIDIA's and PyTorch's own
rules by someone who did not read gpukb (Tests/Fixtures/resolver-audit). Every row must agree, apart from those
where the audit's own reading differs, each listed with its reason."""
import csv
import json
import os
import pathlib
import re
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()
AUDITS = [REPO / "Tests/Fixtures/resolver-audit" / name for name in ("cases.tsv", "cases-2.tsv", "cases-3.tsv")]

# Where gpukb answers otherwise on purpose: the audit's answer, gpukb's, and why gpukb's stands. The same file holds
# the page's script (Tests/js/resolver-audit.test.js) and check_env.py (Tests/python) to the same answers.
with open(REPO / "Tests/Fixtures/resolver-audit/disagreements.tsv", encoding="utf-8") as _handle:
    DISAGREEMENTS = {row["id"]: (row["audit"], row["gpukb"], row["why"]) for row in csv.DictReader(_handle, delimiter="\t")}


def version(text):
    return tuple(int(x) for x in re.findall(r"[0-9]+", text))


def answer(row):
    args = [str(GPUKB), "resolve", "--root", str(REPO), "--lang", "en", "--gpu", row["gpu"], "--os", row["os"], "--json"]
    if row["driver"]:
        args += ["--driver", row["driver"]]
    if row.get("python"):
        args += ["--python", row["python"]]
    if row.get("cpu"):
        args += ["--cpu", row["cpu"]]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, (row["id"], proc.stderr)
    result = json.loads(proc.stdout)
    question = row["question"]
    if question.startswith("newest-ok-build"):
        cap = question.split("<=")[1] if "<=" in question else None
        # "<=2.10" means any 2.10 patch release; "<=2.10.0" means that release.
        ok = [b for b in result["builds"] if b["status"] == "ok" and (cap is None or version(b["pytorch"])[:len(version(cap))] <= version(cap))]
        ok.sort(key=lambda b: (version(b["pytorch"]), version(b["cuda"] or "0")), reverse=True)
        return ok[0]["pytorch"] + "+" + ok[0]["variant"] if ok else "none"
    if question == "runs-anything":
        return "yes" if any(b["status"] in ("ok", "limited") for b in result["builds"]) else "no"
    if question == "driver-to-install":
        return str(result["gpu_driver_floor"])
    if question.startswith("variant-has-code:"):
        wanted, tag = question.split(":")[1].split("+")
        build = [b for b in result["builds"] if b["pytorch"] == wanted and b["variant"] == tag]
        assert build, (row["id"], "no such build")
        reasons = " ".join(build[0]["reasons"])
        if re.search(r"not recorded", reasons):
            return "unknown"
        return "no" if re.search(r"no code that can run|there is no code that runs", reasons) else "yes"
    if question.startswith("variant-exists:"):
        wanted, tag = question.split(":")[1].split("+")
        build = [b for b in result["builds"] if b["pytorch"] == wanted and b["variant"] == tag]
        if not build:
            return "no"
        reasons = " ".join(build[0]["reasons"])
        return "no" if re.search(r"published no|no wheel for Python", reasons, re.I) else "yes"
    raise AssertionError("unknown question " + question)


def test_the_resolver_agrees_with_every_vendor_rule_case_but_the_documented_ones():
    rows = []
    for audit in AUDITS:
        with open(audit, encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle, delimiter="\t"))
    assert len(rows) == 120
    wrong = []
    for row in rows:
        got = answer(row)
        if row["id"] in DISAGREEMENTS:
            theirs, ours, _ = DISAGREEMENTS[row["id"]]
            assert (row["expected"], got) == (theirs, ours), (row["id"], row["expected"], got)
        elif got != row["expected"]:
            wrong.append((row["id"], row["gpu"], row["os"], row["driver"], row["question"], row["expected"], got))
    assert not wrong, wrong

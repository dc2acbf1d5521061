#!/usr/bin/env python3
"""run_checks.py: run the gpukb knowledge base's live checks on this machine.

Each live check is a snippet from a page (sh, python, powershell or cmd) with
what it should print. This runner executes every check in a fresh temporary
directory, compares the exit code and standard output with what the page
expects, and prints the results as JSON (schema "gpukb-checks/1") together
with a fingerprint of the machine. Checks whose requirements this machine
lacks (a GPU, nvcc, PyTorch, Docker, Windows, ...) are skipped, not failed.

Standard library only, Python 3.8+. Python checks run with this same Python,
so run the script with the interpreter whose PyTorch you want checked.

    python3 run_checks.py --out results.json
    gpukb check import results.json

Exit codes: 0 no check that ran failed, 1 a check failed, timed out or could
not run, 2 bad arguments (or this is the unfilled template).

This file is a template: `gpukb check export` (and the site build, which
publishes it as downloads/run_checks.py) writes the list of checks over the
GPUKB_CHECKS line and splices the environment fingerprint block below.
"""
import argparse
import difflib
import json
import os
import platform
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SCHEMA = "gpukb-checks/1"
RUNNER = "run_checks.py 1"
TEMPLATE_MESSAGE = ("run_checks.py: this is the template; produce a runnable file with "
                    "`gpukb check export > run_checks.py` or download it from the site's "
                    "downloads/run_checks.py\n")
KEEP_CHARS = 16384   # longest stdout/stderr kept as is
KEEP_EDGE = 8000     # characters kept from each end of a longer one
PROBE_TIMEOUT = 120  # seconds for `import torch` and similar probes
NVIDIA_SMI_PATHS = ("/usr/lib/wsl/lib/nvidia-smi", "/usr/bin/nvidia-smi",
                    r"C:\Windows\System32\nvidia-smi.exe")
NVCC_PATHS = ("/usr/local/cuda/bin/nvcc",)
LANG_ALIASES = {"bash": "sh", "py": "python", "python3": "python", "ps1": "powershell",
                "pwsh": "powershell", "bat": "cmd"}

# gpukb writes the checks over the next line as JSON; these names let JSON's literals stand.
true, false, null = True, False, None
GPUKB_CHECKS = None  # gpukb:checks

# gpukb splices the environment fingerprint block (environment_fingerprint()) here.
# gpukb:fingerprint


class UsageError(Exception):
    """Exit 2: the template was never filled in, or the arguments are wrong. The text is the message."""


# MARK: - Checks

def load_checks(raw=None):
    """The checks (GPUKB_CHECKS unless `raw` is given) with defaults filled in."""
    raw = GPUKB_CHECKS if raw is None else raw
    if raw is None:
        raise UsageError(TEMPLATE_MESSAGE)
    if not isinstance(raw, list):
        raise UsageError("run_checks.py: GPUKB_CHECKS is not a list\n")
    checks = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or not item.get("id") or "code" not in item:
            raise UsageError("run_checks.py: check #%d has no id or code\n" % (index + 1))
        check = {"lang": "sh", "requires": [], "timeout": 30, "expect": [], "exit": 0,
                 "hash": None, "page": None, "line": None}
        check.update(item)
        checks.append(check)
    return checks


def truncate(text):
    """`text`, or its first and last KEEP_EDGE characters with a line saying how much was cut."""
    if len(text) <= KEEP_CHARS:
        return text
    cut = len(text) - 2 * KEEP_EDGE
    return "%s\n…[%d characters cut]…\n%s" % (text[:KEEP_EDGE], cut, text[-KEEP_EDGE:])


def decode(data):
    return (data or b"").decode("utf-8", errors="replace").replace("\r\n", "\n")


# MARK: - Requirements

def _run(args, timeout=PROBE_TIMEOUT):
    """(exit code, stdout, stderr) of a probe command; exit code None if it could not run or hung."""
    try:
        proc = subprocess.run(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %g s" % timeout
    except (OSError, ValueError) as error:
        return None, "", str(error)
    return proc.returncode, decode(proc.stdout), decode(proc.stderr)


def _last_line(*texts):
    for text in texts:
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        if lines:
            return lines[-1]
    return "no output"


def _which(name, fallbacks=()):
    found = shutil.which(name)
    if found:
        return found
    for path in fallbacks:
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def _probe_gpu():
    smi = _which("nvidia-smi", NVIDIA_SMI_PATHS)
    if not smi:
        return False, "nvidia-smi not found"
    code, out, err = _run([smi, "-L"], timeout=30)
    if code != 0:
        why = "exited with %d" % code if code is not None else "could not run"
        return False, "nvidia-smi -L %s: %s" % (why, _last_line(err, out))
    if not any(line.startswith("GPU ") for line in out.splitlines()):
        return False, "nvidia-smi -L lists no GPU"
    return True, None


def _probe_nvcc():
    return (True, None) if _which("nvcc", NVCC_PATHS) else (False, "nvcc not found")


def _probe_python(code):
    """(ok, stdout, reason) of `code` run by this Python; the reason is the exception's message."""
    status, out, err = _run([sys.executable, "-c", code])
    if status is None:
        return False, None, "import torch: %s" % err
    if status != 0:
        return False, None, re.sub(r"^[A-Za-z_][\w.]*(Error|Exception): ", "", _last_line(err, out))
    return True, out.strip(), None


def _probe_torch():
    ok, _, reason = _probe_python("import torch")
    return (True, None) if ok else (False, reason)


def _probe_torch_cuda():
    ok, out, reason = _probe_python(
        "import torch; print(torch.__version__, torch.version.cuda, torch.cuda.is_available())")
    if not ok:
        return False, reason
    version, cuda, available = (out.split() + ["?", "?", "?"])[:3]
    if available == "True":
        return True, None
    return False, "torch.cuda.is_available() is %s (torch %s, built for CUDA %s)" % (available, version, cuda)


def _probe_docker():
    docker = shutil.which("docker")
    if not docker:
        return False, "docker not found"
    code, out, err = _run([docker, "info"], timeout=15)
    if code is None:
        return False, "docker info: %s" % err
    if code != 0:
        return False, "docker info exited with %d: %s" % (code, _last_line(err, out))
    return True, None


def _probe_nvidia_docker(probes=None):
    ok, reason = cached_probe("docker", probes)
    if not ok:
        return False, reason
    code, out, err = _run([shutil.which("docker") or "docker", "info", "--format",
                           "{{json .Runtimes}}"], timeout=15)
    if code == 0 and "nvidia" in out:
        return True, None
    return False, "Docker has no nvidia runtime (%s)" % _last_line(out, err)


def _probe_conda():
    if shutil.which("conda") or os.path.isfile(os.environ.get("CONDA_EXE", "")):
        return True, None
    return False, "conda not found"


def _probe_pip():
    code, out, err = _run([sys.executable, "-m", "pip", "--version"])
    return (True, None) if code == 0 else (False, "pip: " + _last_line(err, out))


def _is_linux():
    return sys.platform.startswith("linux")


def _probe_wsl():
    if not _is_linux():
        return False, "not Linux (%s)" % sys.platform
    if ("microsoft" in platform.release().lower()
            or os.path.exists("/proc/sys/fs/binfmt_misc/WSLInterop")):
        return True, None
    return False, "not WSL (kernel %s)" % platform.release()


REQUIREMENTS = {
    "gpu": _probe_gpu,
    "nvcc": _probe_nvcc,
    "torch": _probe_torch,
    "torch-cuda": _probe_torch_cuda,
    "docker": _probe_docker,
    "nvidia-docker": _probe_nvidia_docker,
    "conda": _probe_conda,
    "pip": _probe_pip,
    "linux": lambda: (True, None) if _is_linux() else (False, "not Linux (%s)" % sys.platform),
    "windows": lambda: (True, None) if os.name == "nt" else (False, "not Windows (%s)" % sys.platform),
    "wsl": _probe_wsl,
}


def probe(requirement, probes=None):
    """(ok, reason) for one requirement name; KeyError for an unknown one."""
    if requirement == "nvidia-docker":
        return _probe_nvidia_docker(probes)
    return REQUIREMENTS[requirement]()


def cached_probe(requirement, probes):
    """probe(), at most once per run: `probes` maps requirement -> (ok, reason)."""
    if probes is None:
        return probe(requirement)
    if requirement not in probes:
        probes[requirement] = probe(requirement, probes)
    return probes[requirement]


# MARK: - Running one check

def interpreter(lang):
    """(script name, command list, newline, encoding) for a language, or (None, reason, ...) if none here."""
    if lang == "sh":
        shell = shutil.which("bash") or (None if os.name == "nt" else shutil.which("sh") or "sh")
        if not shell:
            return None, "requires bash: bash not found", None, None
        return "check.sh", [shell, "check.sh"], "\n", "utf-8"
    if lang == "python":
        return "check.py", [sys.executable, "check.py"], "\n", "utf-8"
    if lang == "powershell":
        shell = shutil.which("powershell") or shutil.which("pwsh")
        if not shell:
            return None, "requires powershell: neither powershell nor pwsh found", None, None
        return ("check.ps1", [shell, "-NoProfile", "-ExecutionPolicy", "Bypass", "-File", "check.ps1"],
                "\r\n", "utf-8-sig")
    return "check.bat", ["cmd", "/c", "check.bat"], "\r\n", "utf-8"


def _kill_tree(proc):
    """Kill a timed-out check with everything it started."""
    try:
        if os.name == "nt":
            subprocess.run(["taskkill", "/T", "/F", "/PID", str(proc.pid)], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        proc.kill()
    except OSError:
        pass


def execute(args, cwd, timeout):
    """(exit code or None on timeout, stdout bytes, stderr bytes, seconds)."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    options = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt" \
        else {"start_new_session": True}
    start = time.monotonic()
    proc = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **options)
    try:
        out, err = proc.communicate(timeout=timeout)
        return proc.returncode, out, err, time.monotonic() - start
    except subprocess.TimeoutExpired as expired:
        elapsed = time.monotonic() - start
        out, err = expired.stdout or b"", expired.stderr or b""
        _kill_tree(proc)
        try:  # collect what it printed; the pipes close once the group is dead
            out, err = proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            for pipe in (proc.stdout, proc.stderr):
                pipe.close()
            proc.wait()
        return None, out, err, elapsed


def result_for(check, status, reason=None, exit_code=None, duration=0.0, stdout="", stderr="",
               expect_failed=()):
    return {"id": check["id"], "hash": check.get("hash"), "status": status, "exit_code": exit_code,
            "duration_s": round(duration, 3), "stdout": stdout, "stderr": stderr,
            "reason": reason, "expect_failed": list(expect_failed)}


def run_check(check, probes=None):
    """Run one check (a dict as in GPUKB_CHECKS) and return its result dict."""
    probes = {} if probes is None else probes
    lang = LANG_ALIASES.get(check.get("lang", "sh"), check.get("lang", "sh"))
    if lang not in ("sh", "python", "powershell", "cmd"):
        return result_for(check, "error", "unknown language %s" % lang)
    patterns = []
    for rx in check.get("expect") or []:
        try:
            patterns.append((rx, re.compile(rx, re.MULTILINE)))
        except re.error as error:
            return result_for(check, "error", "bad expect regex /%s/: %s" % (rx, error))
    requires = list(check.get("requires") or [])
    if lang in ("powershell", "cmd") and "windows" not in requires:
        requires.insert(0, "windows")
    for name in requires:
        if name not in REQUIREMENTS:
            return result_for(check, "error", "unknown requirement %s" % name)
    for name in requires:
        ok, reason = cached_probe(name, probes)
        if not ok:
            return result_for(check, "skip", "requires %s: %s" % (name, reason))
    script, args, newline, encoding = interpreter(lang)
    if script is None:
        return result_for(check, "skip", args)
    timeout = check.get("timeout") or 30
    expected_exit = check.get("exit", 0)
    with tempfile.TemporaryDirectory(prefix="gpukb-check-") as folder:
        code = check["code"] if check["code"].endswith("\n") else check["code"] + "\n"
        with open(os.path.join(folder, script), "w", encoding=encoding, newline=newline) as handle:
            handle.write(code)
        try:
            exit_code, out, err, duration = execute(args, folder, timeout)
        except OSError as error:
            return result_for(check, "error", "cannot start %s: %s" % (os.path.basename(args[0]), error))
    stdout, stderr = decode(out), decode(err)
    kept = {"exit_code": exit_code, "duration": duration, "stdout": truncate(stdout),
            "stderr": truncate(stderr)}
    if exit_code is None:
        return result_for(check, "timeout", "timed out after %g s" % timeout, **kept)
    failed = [rx for rx, pattern in patterns if not pattern.search(stdout)]
    if exit_code != expected_exit:
        reason = "exit code %d, expected %d" % (exit_code, expected_exit)
    elif failed:
        reason = "no match for expect /%s/" % failed[0]
    else:
        return result_for(check, "pass", **kept)
    return result_for(check, "fail", reason, expect_failed=failed, **kept)


# MARK: - Report

def command_line(argv):
    """The command as typed, normalised to `python3 run_checks.py ARGS`."""
    script = os.path.basename(globals().get("__file__") or "run_checks.py")
    return " ".join(["python3"] + [shlex.quote(a) for a in [script] + list(argv)])


def fingerprint():
    """environment_fingerprint(), computed in a child Python so that importing PyTorch (slow, and it
    can crash a broken install) never happens in the runner; without PyTorch if the child fails."""
    path = globals().get("__file__")
    if path and os.path.isfile(path):
        code, out, err = _run([sys.executable, os.path.abspath(path), "--fingerprint"])
        if code == 0:
            try:
                return json.loads(out)
            except ValueError:
                pass
        sys.stderr.write("run_checks.py: environment fingerprint failed (%s); recorded without "
                         "PyTorch\n" % _last_line(err, out))
    saved = sys.modules.get("torch", False)
    sys.modules["torch"] = None  # makes `import torch` in the block fail fast
    try:
        return environment_fingerprint()  # noqa: F821 (spliced in by gpukb)
    finally:
        if saved is False:
            del sys.modules["torch"]
        else:
            sys.modules["torch"] = saved


def make_report(argv, environment, results):
    return {"schema": SCHEMA, "runner": RUNNER, "command": command_line(argv),
            "environment": environment, "results": list(results)}


def progress_line(index, total, check, result):
    status, reason = result["status"], result["reason"]
    if status == "pass":
        detail = "%.2f s" % result["duration_s"]
    elif status == "skip":
        detail = "(%s)" % reason
    elif status == "timeout":
        detail = "after %g s" % (check.get("timeout") or 30)
    else:
        detail = reason
    return "[%*d/%d] %-24s %-8s %s" % (len(str(total)), index, total, check["id"], status, detail)


def select(checks, ids):
    """The checks named in `ids` (all if none), in the checks' order; an unknown id is a usage error."""
    known = [c["id"] for c in checks]
    for wanted in ids or []:
        if wanted not in known:
            close = difflib.get_close_matches(wanted, known, n=1, cutoff=0.0)
            raise UsageError("run_checks.py: unknown check id %r (%d known%s); see --list\n"
                                % (wanted, len(known), "; closest: %s" % close[0] if close else ""))
    return [c for c in checks if not ids or c["id"] in ids]


def main(argv=None):
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="run_checks.py",
        description="Run the gpukb knowledge base's live checks here and print the results as "
                    "JSON (schema %s). Python checks use this Python (%s)." % (SCHEMA, sys.executable),
        epilog="Exit codes: 0 no check that ran failed, 1 a check failed, 2 bad arguments. "
               "Example: python3 run_checks.py --out results.json && gpukb check import results.json")
    parser.add_argument("--id", action="append", metavar="ID", help="run only this check; repeatable")
    parser.add_argument("--out", metavar="FILE", help="write the JSON to FILE instead of stdout")
    parser.add_argument("--list", action="store_true", help="list the checks and exit")
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument("--fingerprint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if "environment_fingerprint" not in globals():
            raise UsageError(TEMPLATE_MESSAGE)
        checks = select(load_checks(), args.id)
    except UsageError as error:
        sys.stderr.write(str(error))
        return 2
    if args.fingerprint:
        print(json.dumps(environment_fingerprint()))  # noqa: F821
        return 0
    if args.list:
        for c in checks:
            print("%-28s %-10s %-20s %s:%s" % (c["id"], c["lang"], ",".join(c["requires"]) or "-",
                                              c["page"], c["line"]))
        return 0

    def log(text):
        if not args.quiet:
            sys.stderr.write(text)
            sys.stderr.flush()

    environment = fingerprint()
    probes, results = {}, []
    for index, check in enumerate(checks, 1):
        result = run_check(check, probes)
        results.append(result)
        log(progress_line(index, len(checks), check, result) + "\n")
    text = json.dumps(make_report(argv, environment, results), indent=1, ensure_ascii=False) + "\n"
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            handle.write(text)
        log("wrote %s\n" % args.out)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    counts = {s: sum(r["status"] == s for r in results) for s in ("pass", "fail", "timeout", "error", "skip")}
    bad = counts["fail"] + counts["timeout"] + counts["error"]
    extra = ", ".join("%d %s" % (counts[s], w) for s, w in (("timeout", "timed out"), ("error", "errors"))
                      if counts[s])
    sys.stderr.write("%d passed, %d failed, %d skipped%s\n"
                     % (counts["pass"], bad, counts["skip"], " (%s)" % extra if extra else ""))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

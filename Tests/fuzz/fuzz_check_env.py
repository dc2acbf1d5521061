"""Mutational fuzzer for check_env.py's paste reader and diagnosis (stdlib only).

Seeds are every real paste in Tests/Fixtures (env-reports/, real-pastes/); each run mutates one seed (flip, insert,
delete or repeat bytes, join or shuffle lines, splice two seeds, blow a line up) and calls analyze() under a time
limit. A raise, a result of the wrong shape, or a single input taking longer than --limit seconds is a crash: the
input is written to --crashes and the run exits 1. `make fuzz` runs it; `make test` runs a short pass.

    python3 Tests/fuzz/fuzz_check_env.py --runs 100000 --seed 1
"""
import argparse
import importlib.util
import json
import pathlib
import random
import signal
import sys
import time

REPO = pathlib.Path(__file__).resolve().parents[2]
SEEDS = [p for folder in ("Tests/Fixtures/env-reports", "Tests/Fixtures/real-pastes")
         for p in sorted((REPO / folder).rglob("*.txt"))]
KEYS = ["recognized", "sources", "driver_version", "cuda_version", "gpus", "gpu_count", "os", "cpu", "torch_version", "torch_cuda",
        "cuda_available", "nvcc_version", "findings"]
TOKENS = ["Driver Version: ", "KMD Version: ", "CUDA Version: ", "NVIDIA-SMI ", "| ", "GPU 0: ", "(UUID: GPU-", "PyTorch version: ",
          "CUDA used to build PyTorch: ", "Is CUDA available: ", "release ", ", V", "+cu", "torch.__version__", ">>> ",
          "Collecting environment information... ", "\n", "\r\n", "\t", "\u3000", "：", "...", "…", "> ", "```", "nvidia-smi", "WSL2",
          "microsoft-standard", "C:\\Users\\", "/usr/lib/wsl/", "NVRM version: NVIDIA UNIX x86_64 Kernel Module  ", "9" * 40, "." * 40]


class Timeout(Exception):
    pass


def load():
    spec = importlib.util.spec_from_file_location("check_env", REPO / "content/downloads/check_env.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data_js = REPO / "site/resolve/compat-data.js"
    return module, (module.load_data(data_js) if data_js.is_file() else None)


def mutate(rng, text, other):
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(9)
        n = len(text)
        at = rng.randrange(n + 1) if n else 0
        if op == 0 and n:
            text = text[:at] + chr(rng.randrange(0x20, 0x3100)) + text[at + 1:]
        elif op == 1:
            text = text[:at] + rng.choice(TOKENS) + text[at:]
        elif op == 2 and n:
            end = min(n, at + rng.randint(1, 200))
            text = text[:at] + text[end:]
        elif op == 3 and n:
            end = min(n, at + rng.randint(1, 80))
            text = text[:at] + text[at:end] * rng.randint(2, 50) + text[end:]
        elif op == 4:
            text = text.replace("\n", rng.choice([" ", "  ", "", "\r"]), rng.randint(1, 50))
        elif op == 5:
            lines = text.split("\n")
            rng.shuffle(lines)
            text = "\n".join(lines)
        elif op == 6:
            cut = rng.randrange(len(other) + 1)
            text = text[:at] + other[cut:cut + rng.randint(0, 2000)] + text[at:]
        elif op == 7:
            text = text[:at] + rng.choice(TOKENS) * rng.randint(100, 5000) + text[at:]
        else:
            text = "\n".join("> " + line for line in text.split("\n"))
    return text


def check(result):
    if not isinstance(result, dict) or list(result) != KEYS:
        raise AssertionError("result has the wrong shape: " + repr(list(result) if isinstance(result, dict) else type(result)))
    json.dumps(result, ensure_ascii=False)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--limit", type=float, default=5.0, help="seconds one input may take")
    parser.add_argument("--crashes", default=str(REPO / "Tests/fuzz/crashes"))
    args = parser.parse_args(argv)
    module, data = load()
    seeds = [p.read_text(encoding="utf-8", errors="replace") for p in SEEDS]
    rng = random.Random(args.seed)

    def alarm(signum, frame):
        raise Timeout()

    signal.signal(signal.SIGALRM, alarm)
    start, slowest = time.perf_counter(), 0.0
    for run in range(args.runs):
        text = mutate(rng, rng.choice(seeds), rng.choice(seeds))
        began = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, args.limit)
        try:
            check(module.analyze(text, data))
        except BaseException as error:  # noqa: BLE001 — any escape is a finding
            signal.setitimer(signal.ITIMER_REAL, 0)
            folder = pathlib.Path(args.crashes)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"crash-seed{args.seed}-run{run}.txt"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            kind = "hang" if isinstance(error, Timeout) else type(error).__name__
            print(f"run {run}: {kind}: {error!r}; input saved as {path}", file=sys.stderr)
            return 1
        signal.setitimer(signal.ITIMER_REAL, 0)
        slowest = max(slowest, time.perf_counter() - began)
    took = time.perf_counter() - start
    print(f"{args.runs} executions, 0 crashes, {took:.1f} s ({args.runs / took:.0f}/s), slowest input {slowest * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

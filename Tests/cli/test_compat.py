"""The compatibility dataset as maintainers and scripts meet it: data validate/fmt/import, query, resolve,
and the guide directives that take facts from the dataset."""
import json
import os
import pathlib
import re
import shutil
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]
GPUKB = pathlib.Path(os.environ.get("GPUKB", REPO / ".build/release/gpukb")).resolve()
DATA = REPO / "content/data/compat"
TINY = REPO / "Tests/Fixtures/sites/tiny"
TABLE = REPO / "Tests/Fixtures/compat/release-notes-driver-table.html"


def run(*args, cwd=REPO):
    return subprocess.run([str(GPUKB), *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def json_of(*args):
    proc = run(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def project_with_dataset(tmp_path):
    """The tiny fixture site plus a copy of the real dataset and a 'compat' section. The diagnosis rules stay
    behind: their links name guides this tiny site does not have (the build would rightly refuse them)."""
    shutil.copytree(TINY, tmp_path, dirs_exist_ok=True)
    shutil.copytree(DATA, tmp_path / "content/data/compat", ignore=shutil.ignore_patterns("diagnosis.yaml"))
    config = tmp_path / "content/site.yaml"
    config.write_text(config.read_text() + "  - id: compat\n    title: 版本对照\n")
    return tmp_path


# ---------- query ----------

def test_query_cuda_accepts_the_version_or_the_update_name():
    expected = {"version": "12.8.1", "name": "12.8 Update 1", "min_driver": {"linux": "570.124.06", "windows": "572.61"}}
    for name in ["12.8.1", "12.8 Update 1"]:
        answer = json_of("query", "cuda", name)
        assert {k: answer[k] for k in expected} == expected


def test_query_driver_gives_the_newest_toolkit_for_that_os():
    answer = json_of("query", "driver", "536.23", "--os", "windows")
    assert answer["driver"] == "536.23" and answer["os"] == "windows"
    # 12.2 GA needs 536.25 on Windows, so 536.23 stops at 12.1 Update 1.
    assert answer["newest_toolkit"] == {"version": "12.1.1", "name": "12.1 Update 1"}
    linux = json_of("query", "driver", "535.104.05", "--os", "linux")
    assert linux["newest_toolkit"]["version"] == "12.2.2"


def test_query_gpu_by_alias():
    for name in ["RTX 4090", "4090", "NVIDIA GeForce RTX 4090"]:
        answer = json_of("query", "gpu", name)
        assert {k: answer[k] for k in ["architecture", "compute_capability", "first_cuda"]} == \
            {"architecture": "Ada Lovelace", "compute_capability": "8.9", "first_cuda": "11.8"}
        assert answer["name"] == "GeForce RTX 4090"



def test_where_nvidia_prints_no_driver_version_the_toolkits_branch_is_the_requirement_on_every_system():
    # CUDA 13.5 ships with R620 (inferred) and 13.4 with R615 (its release notes): their drivers run them fully.
    r620 = json_of("resolve", "--gpu", "RTX 5090", "--driver", "620.70.10", "--limit", "1")["driver"]
    assert r620["newest_toolkit"]["version"] == "13.5.0" and r620["minor_compat"] is None, r620
    r615 = json_of("resolve", "--gpu", "RTX 4090", "--os", "windows", "--driver", "616.41", "--limit", "1")["driver"]
    assert r615["newest_toolkit"]["version"] == "13.4.2", r615
    # NVIDIA prints N/A for 13.x on Windows: the branch of the Linux minimum (R595 for 13.2) stands in, so an R580
    # driver gets the same verdicts on Windows as on Linux: cu130 runs, cu132 only by minor-version compatibility.
    def verdicts(os_name, driver):
        answer = json_of("resolve", "--gpu", "RTX 4090", "--os", os_name, "--driver", driver, "--limit", "500")
        return {b["variant"]: b["status"] for b in answer["builds"] if b["pytorch"] == "2.14.1"}
    assert verdicts("windows", "581.57") == verdicts("linux", "580.95.05")
    assert verdicts("windows", "581.57")["cu132"] == "limited" and verdicts("windows", "581.57")["cu130"] == "ok"
    assert verdicts("windows", "596.36")["cu132"] == "ok"
    assert json_of("resolve", "--gpu", "RTX 4090", "--os", "windows", "--driver", "581.57", "--limit", "1")["recommended"]["variant"] == "cu130"


def test_windows_wheels_are_judged_by_their_own_measured_list_and_a_linux_no_is_not_a_windows_no():
    def statuses(os_name):
        answer = json_of("resolve", "--gpu", "GTX 1080", "--os", os_name, "--driver", "576.02", "--limit", "500")
        return {(b["pytorch"], b["variant"]): (b["status"], b["reasons"][0]) for b in answer["builds"]}
    linux, windows = statuses("linux"), statuses("windows")
    # Measured: Windows 2.7.1 and 2.8.0 cu128 wheels still carry sm_61; the Linux ones start at sm_75 / sm_70.
    for build in [("2.7.1", "cu128"), ("2.8.0", "cu128")]:
        assert linux[build][0] == "unsupported", build
        assert windows[build] == ("ok", "cu128 wheel 编译了 sm_61 的机器码。"), build
    # Measured on Windows too: 2.10.0 cu128 has no sm_61 there either.
    assert windows[("2.10.0", "cu128")][0] == "unsupported"
    # No Windows list recorded: the Linux list's "no" becomes "not recorded", never "runs".
    status, reason = windows[("2.7.0", "cu128")]
    assert status == "limited" and "Windows wheel" in reason and "get_arch_list" in reason
    # Where the toolkit cannot build the architecture (CUDA 13 removed Pascal), no wheel of it has the code: the
    # Linux "no" stands on Windows, in the same words.
    assert windows[("2.14.1", "cu130")] == linux[("2.14.1", "cu130")] and linux[("2.14.1", "cu130")][0] == "unsupported"
    release = json_of("query", "pytorch", "2.7.1")
    assert release["windows"]["cu128"]["arch_list"][:3] == ["5.0", "6.0", "6.1"]
    assert release["windows"]["cu128"]["ptx"] is None and "cu118" not in release["windows"]
    # Up to 2.5 builder's windows/cudaXYZ.bat gave the Windows list: sm_61 natively, and compute_37 PTX with cu118.
    old = json_of("query", "pytorch", "2.5.1")["windows"]
    assert "6.1" in old["cu124"]["arch_list"] and old["cu124"]["ptx"] is None
    assert old["cu118"]["arch_list"][0] == "3.7" and old["cu118"]["ptx"] == "3.7"
    assert "pytorch/builder/blob/" in old["cu118"]["source"] and old["cu118"]["source"].endswith("/windows/cuda118.bat")


def test_a_windows_list_on_a_variant_without_windows_wheels_is_an_error(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    path = tmp_path / "content/data/compat/pytorch.yaml"
    text = path.read_text()
    start = text.index('  - version: "2.10.0"')
    at = text.index('      - tag: "cu129"', start)
    at = text.index("        pip:", at)
    path.write_text(text[:at] + '        windows:\n          arch_list: ["7.0"]\n          source: "https://example.org/x"\n' + text[at:])
    proc = run("data", "validate", cwd=tmp_path)
    assert proc.returncode == 1
    line = text[:at].count("\n") + 2  # the mapping under 'windows:'
    assert f"content/data/compat/pytorch.yaml:{line}:11: error: 'windows' gives the Windows CUDA wheels' own architecture list; variant 'cu129' has no Windows CUDA wheels" in proc.stderr, proc.stderr


def test_a_compute_capability_or_an_architecture_typed_as_a_gpu_is_named_for_what_it_is():
    def error(name):
        proc = run("query", "gpu", name)
        assert proc.returncode != 0, name
        return proc.stderr
    for typed in ["sm_120", "sm120", "compute_120", "12.0", "compute capability 12.0"]:
        err = error(typed)
        assert f"“{typed}” 是计算能力 12.0（Blackwell 架构），不是显卡型号" in err and "GeForce RTX 5090" in err, err
        assert "did you mean" not in err, err
    assert "计算能力 8.6（Ampere 架构）" in error("8.6") and "A16" not in error("8.6")
    assert "没有哪款 NVIDIA GPU 是这个值" in error("sm_99")
    blackwell = error("Blackwell")
    assert "是 GPU 架构名" in blackwell and "10.0、10.3、11.0、12.0、12.1" in blackwell
    assert "Ada Lovelace 架构" in error("ada")
    # Model names are still models, and a model whose name holds an architecture stays found.
    for name in ["RTX 4090", "RTX PRO 6000 Blackwell", "RTX 2000 Ada"]:
        assert run("query", "gpu", name).returncode == 0, name


def test_an_embedded_mxm_board_is_a_discrete_gpu_not_a_jetson_module():
    # NVIDIA's "Embedded GPU" boards plug into x86 systems and take the ordinary driver: the wheels serve them, and
    # an old driver cannot drive a Blackwell one. Only Jetson/DRIVE/IGX modules get the Jetson answer.
    mxm = json_of("resolve", "--gpu", "RTX 5000 Ada Embedded", "--driver", "580.65.06", "--os", "linux")
    assert mxm["recommended"]["status"] == "ok" and not any("Jetson" in r for b in mxm["builds"] for r in b["reasons"])
    old = json_of("resolve", "--gpu", "RTX PRO 5000 Blackwell Embedded GPU", "--driver", "550.54.15", "--os", "linux")
    assert all(b["status"] == "unsupported" for b in old["builds"]) and "570.26" in old["driver"]["gpu_reason"]
    orin = json_of("resolve", "--gpu", "Jetson AGX Orin", "--os", "linux")
    assert all("Jetson" in b["reasons"][0] for b in orin["builds"])
    assert orin["recommended"] is None and orin["platform_note"] == orin["builds"][0]["reasons"][0]


def test_a_jetson_module_is_told_what_to_install_once_before_any_build():
    text = run("resolve", "--gpu", "Jetson Orin Nano", "--os", "linux", "--lang", "en")
    assert text.returncode == 0, text.stderr
    first = text.stdout.splitlines()[0]
    assert first.startswith("platform: ") and "JetPack" in first and "Installing PyTorch for Jetson Platform" in first
    assert text.stdout.count(first.removeprefix("platform: ")) == 1, "said once, not under every build"
    assert "[unsupported] PyTorch" in text.stdout and "[ok]" not in text.stdout
    # Thor runs the server-Arm CUDA: its note is the Arm one, and its builds are judged by the aarch64 wheels.
    thor = run("resolve", "--gpu", "Jetson AGX Thor", "--os", "linux", "--lang", "en")
    assert thor.stdout.startswith("aarch64: ") and "[ok] PyTorch" in thor.stdout


def test_a_discrete_gpu_in_the_embedded_segment_is_an_error(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    path = tmp_path / "content/data/compat/gpus.yaml"
    text = path.read_text()
    start = text.index('  - name: "NVIDIA RTX 3500 Ada Generation Embedded GPU"')
    at = text.index('segment: "workstation"', start)
    path.write_text(text[:at] + 'segment: "embedded"' + text[at + len('segment: "workstation"'):])
    proc = run("data", "validate", cwd=tmp_path)
    assert proc.returncode == 1
    line = text[:at].count("\n") + 1
    assert (f"content/data/compat/gpus.yaml:{line}:14: error: segment 'embedded' is for Jetson, DRIVE and IGX modules, whose integrated GPU "
            "takes its driver from the module's OS; 'NVIDIA RTX 3500 Ada Generation Embedded GPU' is a discrete GPU") in proc.stderr, proc.stderr


def test_on_windows_a_build_whose_command_has_no_index_gets_its_own_index_because_pypi_windows_wheels_are_cpu_only():
    def build(os_name, pm):
        answer = json_of("resolve", "--gpu", "RTX 3090", "--os", os_name, "--driver", "516.94", "--pm", pm, "--limit", "500")
        return next(b for b in answer["builds"] if (b["pytorch"], b["variant"]) == ("2.0.1", "cu117"))
    index = " --index-url https://download.pytorch.org/whl/cu117"
    windows = build("windows", "pip")
    assert windows["status"] == "ok" and windows["command"].endswith("torchaudio==2.0.2" + index) and windows["pip"] == windows["command"]
    assert any("PyPI 上的 Windows 版 torch 只有 CPU 构建" in r for r in windows["reasons"])
    assert build("windows", "uv")["command"] == "uv pip install torch==2.0.1 torchvision==0.15.2 torchaudio==2.0.2" + index
    conda = build("windows", "conda")  # the pytorch channel's own package: no index, no note
    assert conda["command"].startswith("conda install pytorch==2.0.1") and not any("PyPI" in r for r in conda["reasons"])
    # Linux and WSL2 take PyPI's default CUDA wheel as the page gives it.
    for os_name in ["linux", "wsl2"]:
        other = build(os_name, "pip")
        assert other["command"] == "pip install torch==2.0.1 torchvision==0.15.2 torchaudio==2.0.2", os_name
        assert not any("PyPI" in r for r in other["reasons"]), os_name


def test_a_release_page_gives_the_windows_command_where_the_vendor_page_command_would_install_the_cpu_wheel(tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    proc = subprocess.run([str(GPUKB), "build", "--themes", str(REPO / "themes")], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    page = (tmp_path / "site/compat/pytorch/2.0.1/index.html").read_text()
    assert "在 Windows 上要加 cu117 索引" in page and "https://download.pytorch.org/whl/cu117" in page
    assert page.count("在 Windows 上要加") == 1, "cu118 already names its index"
    assert "在 Windows 上要加" not in (tmp_path / "site/compat/pytorch/2.7.1/index.html").read_text()


def test_names_that_mislead_resolve_to_the_chip_nvidia_shipped_under_them():
    # The RTX 2050 is an Ampere part and the RTX 3050 A Laptop GPU an Ada one,
    # whatever their names suggest; the A800 is the A100's export variant.
    # NVIDIA's table lists none of them but the RTX 3050 Laptop GPU, so the others say their value is inferred.
    for name, cc, arch, inferred in [("RTX 2050", "8.6", "Ampere", True),
                                     ("NVIDIA GeForce RTX 3050 A Laptop GPU", "8.9", "Ada Lovelace", True),
                                     ("NVIDIA GeForce RTX 3050 Laptop GPU", "8.6", "Ampere", False),
                                     ("NVIDIA A800-SXM4-80GB", "8.0", "Ampere", True),
                                     ("GeForce GTX 1650", "7.5", "Turing", True)]:
        answer = json_of("query", "gpu", name)
        assert (answer["compute_capability"], answer["architecture"]) == (cc, arch), name
        assert answer["compute_capability_inferred"] is inferred, name
        assert answer["note"].startswith("推定") if inferred else not (answer["note"] or "").startswith("推定"), name


def test_query_pytorch_lists_variants_python_and_companions():
    answer = json_of("query", "pytorch", "2.1.2")
    assert answer["version"] == "2.1.2"
    assert answer["python"] == {"min": "3.8", "max": "3.11"}
    assert answer["cuda"] == ["11.8", "12.1"]
    assert answer["torchvision"] == "0.16.2" and answer["torchaudio"] == "2.1.2"
    assert answer["pip"]["cu121"].startswith("pip install torch==2.1.2")
    assert "download.pytorch.org/whl/cu121" in answer["pip"]["cu121"]


def test_unknown_names_exit_2_with_the_closest_known_ones():
    proc = run("query", "gpu", "RTX 4099")
    assert proc.returncode == 2
    assert "unknown GPU 'RTX 4099'; did you mean 'RTX 4090'" in proc.stderr
    proc = run("query", "cuda", "12.99")
    assert proc.returncode == 2 and "unknown CUDA release '12.99'" in proc.stderr
    proc = run("resolve", "--gpu", "H1OO", "--os", "linux")
    assert proc.returncode == 2 and "did you mean" in proc.stderr


# ---------- resolve ----------

def test_resolve_ranks_builds_with_reasons_and_pip_commands():
    answer = json_of("resolve", "--gpu", "RTX 4090", "--driver", "536.23", "--os", "windows", "--python", "3.11")
    assert answer["gpu"]["compute_capability"] == "8.9"
    assert answer["driver"]["newest_toolkit"]["version"] == "12.1.1"
    builds = answer["builds"]
    assert builds, "some build must be listed"
    order = {"ok": 0, "limited": 1, "unsupported": 2}
    assert [order[b["status"]] for b in builds] == sorted(order[b["status"]] for b in builds)
    for build in builds:
        assert set(["pytorch", "cuda", "status", "reasons", "pip"]) <= set(build)
        assert build["reasons"]
    best = builds[0]
    assert best["status"] == "ok"
    # A Windows driver of 536.23 meets CUDA 12.1 (531.14) but not 12.4 (551.61): the best build must use <= 12.1.
    assert tuple(map(int, best["cuda"].split("."))) <= (12, 1)
    assert best["pip"].startswith("pip install torch==")
    cu124 = [b for b in builds if b["cuda"] == "12.4"]
    assert cu124 and all(b["status"] != "ok" for b in cu124)


def test_resolve_flags_a_blackwell_card_on_wheels_without_sm_120():
    answer = json_of("resolve", "--gpu", "RTX 5090", "--os", "linux")
    by = {(b["pytorch"], b["variant"]): b for b in answer["builds"]}
    old = by[("2.1.2", "cu121")]
    assert old["status"] == "unsupported" and "sm_120" in old["reasons"][0]
    assert any(b["status"] == "ok" and b["cuda"] >= "12.8" for b in answer["builds"])


def test_the_measured_2_7_wheel_lists_refuse_pascal_and_volta_on_cu128_and_keep_them_on_cu126():
    # PyTorch 2.7's cu128 Linux wheels start at sm_75 (users' get_arch_list() on the official wheels); cu126 keeps sm_50-sm_90.
    for gpu, sm in [("GTX 1080", "sm_61"), ("Tesla V100", "sm_70")]:
        by = {(b["pytorch"], b["variant"]): b for b in json_of("resolve", "--gpu", gpu, "--driver", "570.124", "--os", "linux")["builds"]}
        for version in ["2.7.0", "2.7.1"]:
            assert by[(version, "cu128")]["status"] == "unsupported" and sm in by[(version, "cu128")]["reasons"][0], (gpu, version)
            assert by[(version, "cu126")]["status"] == "ok", (gpu, version)
        assert by[("2.6.0", "cu126")]["status"] == "ok"
    by = {(b["pytorch"], b["variant"]): b for b in json_of("resolve", "--gpu", "RTX 5090", "--driver", "570.124", "--os", "linux")["builds"]}
    assert by[("2.7.0", "cu128")]["status"] == "ok" and by[("2.7.1", "cu128")]["status"] == "ok"
    assert by[("2.6.0", "cu126")]["status"] == "unsupported" and "sm_120" in by[("2.6.0", "cu126")]["reasons"][0]


def test_a_driver_older_than_the_gpu_runs_nothing_and_names_the_driver_to_install():
    for gpu, driver, os_name, floor in [("RTX 5090", "535.104.05", "linux", "570.26"), ("RTX 5090", "560.94", "windows", "570.65"),
                                         ("B200", "550.54.15", "linux", None), ("RTX 4090", "516.94", "windows", "520.06")]:
        answer = json_of("resolve", "--gpu", gpu, "--driver", driver, "--os", os_name)
        assert all(b["status"] == "unsupported" for b in answer["builds"]), (gpu, driver)
        assert answer["recommended"] is None
        assert answer["driver"]["drives_gpu"] is False and answer["driver"]["newest_toolkit"] is None
        assert "小版本兼容" in answer["driver"]["gpu_reason"]
        if floor:
            assert answer["gpu_driver_floor"] == floor
        up = answer["upgrade"]
        assert up and tuple(map(int, up["driver"].split("."))) >= tuple(map(int, (floor or "0").split(".")))
        assert up["driver"] in up["reason"]
        # The command to run once upgraded is the named build's own, for that build's CUDA.
        target = next(b for b in answer["builds"] if (b["pytorch"], b["variant"]) == (up["pytorch"], up["variant"]))
        assert up["command"] == target["command"] and "/whl/" + up["variant"] in up["command"]
    text = run("resolve", "--gpu", "RTX 5090", "--driver", "535.104.05", "--os", "linux", "--limit", "1").stdout
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("upgrade: "))
    assert lines[at + 1].startswith("    then $ pip install torch==") and "/whl/cu130" in lines[at + 1], text


def test_a_removed_architecture_is_capped_at_its_last_toolkit_and_a_later_branch_is_refused():
    answer = json_of("resolve", "--gpu", "GTX 1060", "--driver", "581.57", "--os", "windows")
    assert answer["driver"]["drives_gpu"] is True, "581.57 is a release of the R580 branch on Windows"
    assert answer["driver"]["newest_toolkit"]["version"].startswith("12.")
    assert answer["driver"]["minor_compat"] is None or answer["driver"]["minor_compat"]["version"].startswith("12.")
    assert answer["driver"]["capped_by_gpu"].startswith("12.")
    assert answer["recommended"]["status"] == "ok" and answer["recommended"]["variant"] in ("cu126", "cu118", "cu124")
    past = json_of("resolve", "--gpu", "GTX 1060", "--driver", "590.44.01", "--os", "linux")
    assert all(b["status"] == "unsupported" for b in past["builds"])
    assert "R580" in past["driver"]["gpu_reason"] and "R580" in past["upgrade"]["reason"]


def test_a_kepler_card_runs_the_last_builds_with_sm_37_on_r470_and_nothing_on_a_later_branch():
    answer = json_of("resolve", "--gpu", "K80", "--driver", "470.256.02", "--os", "linux")
    assert answer["gpu"]["name"] == "Tesla K80" and answer["gpu"]["compute_capability"] == "3.7"
    assert answer["recommended"]["status"] == "ok"
    assert answer["recommended"]["pytorch"] == "1.12.1" and answer["recommended"]["variant"] == "cu113"
    past = json_of("resolve", "--gpu", "Tesla K80", "--driver", "580.65.06", "--os", "linux")
    assert all(b["status"] == "unsupported" for b in past["builds"])
    assert "R470" in past["driver"]["gpu_reason"]
    # The advice walks back past the releases whose CUDA needs a branch after R470 (2.x cu117/cu118 list sm_37 too).
    assert past["upgrade"]["pytorch"] == "1.12.1" and "R470" in past["upgrade"]["reason"], past["upgrade"]


def test_a_card_below_pytorchs_binary_floor_is_told_no_build_runs_it_and_what_to_do_instead():
    # Tesla K40 (sm_35): PyTorch's binaries start at sm_37 from 1.4.0 (pytorch/pytorch#24205); the wheels whose list
    # is not recorded (1.8.0) are refused by that floor instead of "list unknown".
    k40 = json_of("resolve", "--gpu", "Tesla K40m", "--driver", "470.256.02", "--os", "linux", "--limit", "200")
    assert k40["recommended"] is None and k40["upgrade"] is None
    assert all(b["status"] == "unsupported" for b in k40["builds"]), [b for b in k40["builds"] if b["status"] != "unsupported"]
    floored = [b for b in k40["builds"] if b["pytorch"] == "1.8.0" and b["variant"] == "cu111"][0]
    assert any("sm_37" in r and "1.4" in r for r in floored["reasons"]), floored["reasons"]
    assert "TORCH_CUDA_ARCH_LIST=\"3.5\"" in k40["no_build"] and "11.8" in k40["no_build"]
    assert json_of("resolve", "--gpu", "K40", "--os", "windows")["no_build"] == k40["no_build"]
    text = run("resolve", "--gpu", "K40", "--driver", "470.256.02", "--os", "linux").stdout
    assert "no build: " in text
    # A card some build runs gets no such sentence, on any driver.
    assert json_of("resolve", "--gpu", "K80", "--driver", "580.65.06", "--os", "linux")["no_build"] is None
    assert json_of("resolve", "--gpu", "RTX 4090", "--os", "linux")["no_build"] is None
    # Wheels whose list is not recorded are a maybe, not a no: a T4 on Arm has such aarch64 wheels (cu129).
    assert json_of("resolve", "--gpu", "T4", "--cpu", "aarch64", "--os", "linux")["no_build"] is None
    # The GPU's page says it above its table of builds.
    page = (REPO / "site/compat/gpu/tesla-k40/index.html").read_text(encoding="utf-8")
    assert 'class="callout callout-caution gpu-no-build"' in page and "TORCH_CUDA_ARCH_LIST=&quot;3.5&quot;" in page
    assert "gpu-no-build" not in (REPO / "site/compat/gpu/geforce-gtx-1080/index.html").read_text(encoding="utf-8")


def test_a_model_name_sold_with_different_chips_names_their_capabilities_instead_of_picking_one(tmp_path):
    gt730 = run("query", "gpu", "NVIDIA GeForce GT 730")
    assert gt730.returncode != 0 and "2.1" in gt730.stderr and "3.5" in gt730.stderr and "compute_cap" in gt730.stderr
    assert "sm_37" in gt730.stderr, "every GT 730 chip is below PyTorch's binary floor"
    assert run("resolve", "--gpu", "GT710", "--os", "linux").returncode != 0
    gtx860m = run("query", "gpu", "GTX 860M").stderr
    assert "3.0" in gtx860m and "5.0" in gtx860m and "sm_37" not in gtx860m, "the Maxwell chip has builds"
    # A shared name that finds a GPU record, or one with a single capability, is refused.
    shutil.copytree(REPO / "content", tmp_path / "content")
    path = tmp_path / "content/data/compat/gpus.yaml"
    text = path.read_text()
    path.write_text(text.replace('aliases: ["GT 640", "GT640", "NVIDIA GeForce GT 640"]', 'aliases: ["GT 640", "GTX 1080"]')
                        .replace('capabilities: ["3.0", "5.0"]', 'capabilities: ["5.0"]'))
    proc = run("data", "validate", "--root", str(tmp_path))
    assert proc.returncode == 1
    assert "shared name 'GTX 1080' finds the GPU 'GeForce GTX 1080'" in proc.stderr
    assert "'GeForce GTX 860M' has 1: expected a GPU record instead" in proc.stderr
    assert re.search(r"content/data/compat/gpus\.yaml:\d+:\d+: error", proc.stderr)


def test_memory_and_max_q_variants_are_found_as_their_model():
    assert json_of("query", "gpu", "GTX 1060 6GB")["name"] == "GeForce GTX 1060"
    assert json_of("query", "gpu", "NVIDIA GeForce RTX 2060 12GB")["name"] == "GeForce RTX 2060"
    assert json_of("query", "gpu", "GeForce GTX 1070 with Max-Q Design")["name"] == "GeForce GTX 1070"


def test_grace_and_thor_are_answered_from_the_aarch64_wheels():
    gh200 = json_of("resolve", "--gpu", "NVIDIA GH200 480GB", "--driver", "560.35.05", "--os", "linux")
    assert gh200["cpu"] == "aarch64" and "Arm" in gh200["platform_note"]
    assert gh200["recommended"]["status"] == "ok" and gh200["recommended"]["variant"] == "cu126"
    thor = json_of("resolve", "--gpu", "Jetson AGX Thor", "--os", "linux")
    assert thor["recommended"]["status"] == "ok" and thor["recommended"]["variant"].startswith("cu13")
    assert any("sm_110" in reason for reason in thor["builds"][0]["reasons"])
    # An Arm server with a T4: the aarch64 wheels with a recorded list have no sm_75, and none is called fine.
    t4 = json_of("resolve", "--gpu", "T4", "--cpu", "arm64", "--driver", "580.95.05", "--os", "linux")
    assert t4["cpu"] == "aarch64" and all(b["status"] != "ok" for b in t4["builds"])
    assert any(b["pytorch"] == "2.14.1" and b["variant"] == "cu126" and b["status"] == "unsupported" for b in t4["builds"])
    windows = json_of("resolve", "--gpu", "DGX Spark", "--os", "windows")
    assert windows["builds"] == [] and windows["recommended"] is None and "Windows" in windows["platform_note"]


def test_query_shows_the_arm_cpu_of_a_gpu_and_the_aarch64_wheels_of_a_release():
    assert json_of("query", "gpu", "GH200")["cpu"] == "aarch64"
    assert json_of("query", "gpu", "H100")["cpu"] is None
    arm = json_of("query", "pytorch", "2.14.1")["aarch64"]
    assert arm["cu126"]["arch_list"] == ["8.0", "9.0"] and arm["cu130"]["ptx"] == "12.0"
    assert arm["cu126"]["arch_list_partial"] is False
    partial = json_of("query", "pytorch", "2.6.0")["aarch64"]["cu126"]
    assert partial["arch_list"] == ["9.0"] and partial["arch_list_partial"] is True, "at least sm_90, and said so"
    missing = json_of("query", "pytorch", "2.5.1")["aarch64"]["cu124"]
    assert missing["arch_list"] is None and missing["arch_list_partial"] is False, "not found, and said so"


def test_a_cpu_that_contradicts_the_gpu_or_is_unknown_is_refused():
    wrong = run("resolve", "--gpu", "GH200", "--cpu", "x86_64")
    assert wrong.returncode == 2 and "aarch64" in wrong.stderr and "Traceback" not in wrong.stderr
    unknown = run("resolve", "--gpu", "H100", "--cpu", "sparc")
    assert unknown.returncode == 2 and "x86_64" in unknown.stderr


def test_upgrade_path_names_the_driver_for_the_newest_pytorch():
    answer = json_of("resolve", "--gpu", "RTX 4090", "--driver", "525.60.13", "--os", "linux")
    up = answer["upgrade"]
    version = lambda text: tuple(map(int, text.split(".")))
    assert version(up["pytorch"]) > version(answer["recommended"]["pytorch"])
    assert "升级到 ≥ " + up["driver"] in up["reason"]
    newest = json_of("resolve", "--gpu", "RTX 4090", "--driver", "580.65.06", "--os", "linux")
    assert newest["upgrade"] is None, "the newest driver needs no upgrade"



def test_a_driver_on_an_ended_branch_is_told_so_and_pointed_at_the_long_term_branch_its_gpu_runs_on():
    def branch(*args, month):
        return json_of("resolve", *args, "--month", month, "--limit", "0")["driver"]["branch"]
    # R535 ends in June 2026 (NVIDIA's data center driver documentation): supported through that month.
    live = branch("--gpu", "H100", "--driver", "535.104.05", "--os", "linux", month="2026-06")
    assert (live["branch"], live["designation"], live["ended"], live["move_to"]) == (535, "ltsb", False, None)
    assert "支持到 2026-06" in live["sentence"]
    ended = branch("--gpu", "H100", "--driver", "535.104.05", "--os", "linux", month="2026-07")
    assert ended["ended"] is True and ended["move_to"] == 620 and "R620" in ended["sentence"]
    # Pascal's last branch is R580, so an ended R570 moves to R580, not R620.
    pascal = branch("--gpu", "GTX 1080", "--driver", "570.86.10", "--os", "linux", month="2026-12")
    assert pascal["ended"] is True and pascal["move_to"] == 580
    # Kepler's last branch is R470 and it has ended: nothing to move to.
    kepler = branch("--gpu", "K80", "--driver", "470.82.01", "--os", "linux", month="2026-12")
    assert kepler["ended"] is True and kepler["move_to"] is None and "最后一个驱动分支就是 R470" in kepler["sentence"]
    # Windows numbering (581.57 is R580) and a branch that is not a multiple of five (R418).
    assert branch("--gpu", "4090", "--driver", "581.57", "--os", "windows", month="2026-12")["branch"] == 580
    assert branch("--gpu", "T4", "--driver", "418.67", "--os", "linux", month="2026-12")["branch"] == 418
    # A branch the dataset does not list says nothing rather than guess.
    assert branch("--gpu", "T4", "--driver", "390.157", "--os", "linux", month="2026-12") is None
    text = run("resolve", "--gpu", "H100", "--driver", "550.54.14", "--month", "2026-12", "--limit", "0").stdout
    assert re.search(r"^branch: 驱动 550\.54\.14 属于 R550.*2025-06 结束.*R620", text, re.M), text
    assert run("query", "driver", "535.104.05", "--month", "2026-13").returncode == 2


def test_macos_says_there_is_no_cuda_and_gives_the_mps_wheel():
    answer = json_of("resolve", "--os", "macos")
    assert answer["cuda"] is False and "MPS" in answer["explanation"]
    assert answer["builds"] and all("download.pytorch.org/whl/cu" not in b["command"] for b in answer["builds"])
    assert answer["builds"][0]["command"].startswith("pip install torch==")


def test_uv_gives_the_exact_command_and_says_what_auto_would_pick():
    answer = json_of("resolve", "--gpu", "GTX 1080", "--driver", "580.65.06", "--os", "linux", "--pm", "uv")
    best = answer["recommended"]
    assert best["command"].startswith("uv pip install torch==")
    assert "--index-url https://download.pytorch.org/whl/" + best["variant"] in best["command"]
    reasons = answer["builds"][0]["reasons"]
    assert any("--torch-backend=auto" in r for r in reasons)
    # A Pascal card on a CUDA 13 driver: auto takes the newest CUDA index, whose wheels have no sm_61.
    assert any("不检查 GPU 架构" in r for r in reasons), reasons


def test_conda_without_a_channel_release_installs_the_wheel_with_pip_inside_conda():
    answer = json_of("resolve", "--gpu", "RTX 4090", "--pm", "conda", "--python", "3.11")
    best = answer["recommended"]
    assert best["status"] == "ok"
    assert best["command"].startswith("conda create -n torch python=3.11 -y && conda activate torch && pip install torch==")
    assert any("没有官方 conda 包" in r for r in answer["builds"][0]["reasons"])


# ---------- data validate / fmt / import ----------

def test_validate_reports_counts_for_the_real_dataset():
    proc = run("data", "validate")
    assert proc.returncode == 0, proc.stderr
    counts = {k: int(v) for v, k in re.findall(r"(\d+) (CUDA releases|GPUs|cuDNN releases|PyTorch releases)", proc.stdout)}
    assert counts["GPUs"] >= 40 and counts["CUDA releases"] >= 50 and counts["PyTorch releases"] >= 40


def test_committed_dataset_is_in_canonical_format():
    proc = run("data", "fmt", "--check")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_fmt_is_idempotent_and_validate_points_at_the_broken_value(tmp_path):
    project = project_with_dataset(tmp_path)
    gpus = project / "content/data/compat/gpus.yaml"
    gpus.write_text(gpus.read_text().replace('compute_capability: "8.9"', 'compute_capability: "8.8"', 1))
    proc = run("data", "validate", "--root", str(project))
    assert proc.returncode == 1
    assert re.search(r"content/data/compat/gpus\.yaml:\d+:5: error: GPU '.*' has compute capability 8\.8", proc.stderr), proc.stderr
    gpus.write_text(gpus.read_text().replace('compute_capability: "8.8"', 'compute_capability: "8.9"'))
    cuda = project / "content/data/compat/cuda.yaml"
    cuda.write_text(cuda.read_text().replace('"12.8.1"', "'12.8.1'"))
    assert run("data", "fmt", "--root", str(project)).returncode == 0
    once = {p.name: p.read_text() for p in (project / "content/data/compat").glob("*.yaml")}
    proc = run("data", "fmt", "--root", str(project))
    assert "already canonical" in proc.stdout
    assert once == {p.name: p.read_text() for p in (project / "content/data/compat").glob("*.yaml")}


def test_import_adds_new_releases_reports_conflicts_and_logs_the_change(tmp_path):
    project = project_with_dataset(tmp_path)
    cuda = project / "content/data/compat/cuda.yaml"
    text = cuda.read_text()
    # Drop 13.0 Update 2 (the table has it) and alter 12.8 GA's Windows minimum (the table disagrees).
    start = text.index('  - version: "13.0.2"')
    end = text.index("  - version:", start + 10)
    text = text[:start] + text[end:]
    text = text.replace('min_driver: {linux: "570.26", windows: "570.65"}', 'min_driver: {linux: "570.26", windows: "570.66"}')
    cuda.write_text(text)
    proc = run("data", "import-nvidia-drivers", str(TABLE), "--root", str(project), "--date", "2026-11-21")
    assert proc.returncode == 0, proc.stderr
    assert "added CUDA 13.0.2 (13.0 Update 2): Linux ≥ 580.95.05, Windows ≥ N/A" in proc.stdout
    assert re.search(r"release-notes-driver-table\.html:\d+: warning: CUDA 12\.8 GA differs from the dataset .*windows driver 570\.66 in the dataset, 570\.65 in the table; kept", proc.stderr)
    assert "skipped line" in proc.stdout and "release candidate" in proc.stdout
    assert '"13.0.2"' in cuda.read_text()
    assert 'windows: "570.66"' in cuda.read_text(), "conflicts are not overwritten"
    changes = (project / "content/data/compat/changes.yaml").read_text()
    assert '- date: "2026-11-21"' in changes and '"cuda 13.0.2"' in changes
    assert run("data", "fmt", "--check", "--root", str(project)).returncode == 0
    again = run("data", "import-nvidia-drivers", str(TABLE), "--root", str(project), "--date", "2026-11-22")
    assert "0 added" in again.stdout


def test_import_rejects_a_file_without_a_driver_table(tmp_path):
    bad = tmp_path / "page.html"
    bad.write_text("<html><body><p>nothing here</p></body></html>")
    proc = run("data", "import-nvidia-drivers", str(bad))
    assert proc.returncode == 1 and "no driver table rows found" in proc.stderr


UPSTREAM = REPO / "Tests/Fixtures/compat/upstream"


def test_vendor_importers_write_only_what_the_page_adds_and_log_it(tmp_path):
    project = project_with_dataset(tmp_path)
    compat = project / "content/data/compat"
    # Take out the two cards the project imported from this page, so the import meets them as new.
    gpus_file = compat / "gpus.yaml"
    text = gpus_file.read_text()
    for name in ["NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition"]:
        start = text.index(f'  - name: "{name}"')
        end = text.find("  - name:", start + 10)
        text = text[:start] + (text[end:] if end != -1 else "")
    gpus_file.write_text(text)
    changes_file = compat / "changes.yaml"
    changes_file.write_text(changes_file.read_text().replace('"gpu NVIDIA RTX PRO 6000 Blackwell Server Edition", "gpu NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition"', '"gpu GeForce RTX 5090"'))
    before = {p.name: p.read_text() for p in compat.glob("*.yaml")}
    # A real excerpt of NVIDIA's compute-capability page: two Blackwell cards the dataset lacks.
    proc = run("data", "import-cuda-gpus", str(UPSTREAM / "cuda-gpus-excerpt-lines.txt"), "--root", str(project), "--date", "2026-12-05")
    assert proc.returncode == 0, proc.stderr
    assert "added NVIDIA RTX PRO 6000 Blackwell Server Edition: compute capability 12.0, Blackwell, datacenter" in proc.stdout
    assert "2 added," in proc.stdout and "wrote changes.yaml, gpus.yaml" in proc.stdout
    gpus = (compat / "gpus.yaml").read_text()
    assert 'name: "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition"' in gpus and 'source: "https://developer.nvidia.com/cuda-gpus"' in gpus
    assert '"gpu NVIDIA RTX PRO 6000 Blackwell Server Edition"' in (compat / "changes.yaml").read_text()
    # The note and the change-log headline are written in every language the dataset speaks, for both editions.
    added = gpus[gpus.index('name: "NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition"'):]
    assert re.search(r'    note:\n      zh-CN: "[^"]*gpukb data import-cuda-gpus[^"]*"\n      en: "Read from NVIDIA\'s compute capability table by gpukb data import-cuda-gpus on 2026-12-05', added), added[:600]
    assert 'en: "Imported 2 GPUs from NVIDIA\'s compute capability table"' in (compat / "changes.yaml").read_text()
    assert (compat / "cudnn.yaml").read_text() == before["cudnn.yaml"]
    assert run("data", "validate", "--root", str(project)).returncode == 0
    # The new GPU answers at once.
    assert json_of("query", "gpu", "RTX PRO 6000 Blackwell Server Edition", "--root", str(project))["compute_capability"] == "12.0"
    # cuDNN: an inferred record becomes sourced; a dry run writes nothing.
    dry = run("data", "import-cudnn-matrix", str(UPSTREAM / "cudnn-support-matrix-9.10.2.txt"), "--root", str(project), "--dry-run")
    assert "updated cuDNN 9.10.2 (inferred → sourced)" in dry.stdout and (compat / "cudnn.yaml").read_text() == before["cudnn.yaml"]
    conflict = run("data", "import-cudnn-matrix", str(UPSTREAM / "cudnn-support-matrix-9.5.1.txt"), "--root", str(project))
    assert conflict.returncode == 0
    assert re.search(r"cudnn-support-matrix-9\.5\.1\.txt:\d+: warning: cuDNN 9\.5\.1 differs from the dataset: .*11\.8 on the page; kept", conflict.stderr)
    assert (compat / "cudnn.yaml").read_text() == before["cudnn.yaml"], "a conflict alone writes nothing"
    # RELEASE.md is an audit: it reports and writes nothing.
    audit = run("data", "import-pytorch-release-md", str(UPSTREAM / "pytorch-RELEASE-recent-english-sections.md"), "--root", str(project))
    assert audit.returncode == 0 and "architectures for 2.12, 2.13, 2.14" in audit.stdout
    assert "PyTorch 2.13.0 differs from the dataset: CUDA builds: the dataset has cu129" in audit.stderr
    assert (compat / "pytorch.yaml").read_text() == before["pytorch.yaml"]


def test_gpu_import_replaces_an_inferred_compute_capability_with_the_tables_and_marks_it_sourced(tmp_path):
    project = project_with_dataset(tmp_path)
    gpus_file = project / "content/data/compat/gpus.yaml"
    record = """  - name: "GeForce RTX 5050"
    aliases: ["RTX 5050", "5050", "RTX5050", "NVIDIA GeForce RTX 5050"]
    segment: "geforce"
    architecture: "Blackwell"
    compute_capability: "12.0"
    source: "https://developer.nvidia.com/cuda-gpus"
    note:
      zh-CN: "计算能力读自 NVIDIA CUDA GPU 计算能力表（cuda-gpus）。"
      en: "Compute capability read from the NVIDIA CUDA GPU compute capability table (cuda-gpus)."
"""
    # Pretend the card was added before NVIDIA listed it, with a wrong guess.
    guessed = """  - name: "GeForce RTX 5050"
    aliases: ["RTX 5050", "5050", "RTX5050", "NVIDIA GeForce RTX 5050"]
    segment: "geforce"
    architecture: "Ada Lovelace"
    compute_capability: "8.9"
    compute_capability_inferred: true
    source: "https://example.org/guess"
    note:
      zh-CN: "推定：按型号数字猜的。"
      en: "Inferred: guessed from the model number."
"""
    text = gpus_file.read_text()
    assert record in text
    gpus_file.write_text(text.replace(record, guessed))
    assert json_of("query", "gpu", "RTX 5050", "--root", str(project))["compute_capability_inferred"] is True
    proc = run("data", "import-cuda-gpus", str(UPSTREAM / "cuda-gpus-excerpt-lines.txt"), "--root", str(project), "--date", "2026-12-06")
    assert proc.returncode == 0, proc.stderr
    assert "updated GeForce RTX 5050 (inferred → sourced): inferred compute capability 8.9 replaced by 12.0 (Blackwell)" in proc.stdout, proc.stdout
    answer = json_of("query", "gpu", "RTX 5050", "--root", str(project))
    assert (answer["compute_capability"], answer["architecture"], answer["compute_capability_inferred"]) == ("12.0", "Blackwell", False)
    assert answer["source"] == "https://developer.nvidia.com/cuda-gpus"
    assert answer["note"].startswith("计算能力由 gpukb data import-cuda-gpus 于 2026-12-06") and "推定：按型号数字猜的" in answer["note"]
    assert run("data", "fmt", "--check", "--root", str(project)).returncode == 0
    assert run("data", "validate", "--root", str(project)).returncode == 0


def test_an_inferred_compute_capability_without_a_note_is_refused_at_its_record(tmp_path):
    project = project_with_dataset(tmp_path)
    gpus_file = project / "content/data/compat/gpus.yaml"
    text = gpus_file.read_text()
    start = text.index('  - name: "GeForce RTX 5050"')
    end = text.index("  - name:", start + 10)
    bare = '  - name: "GeForce RTX 5050"\n    aliases: ["RTX 5050"]\n    segment: "geforce"\n    architecture: "Blackwell"\n' \
           '    compute_capability: "12.0"\n    compute_capability_inferred: true\n    source: "https://developer.nvidia.com/cuda-gpus"\n'
    gpus_file.write_text(text[:start] + bare + text[end:])
    line = text[:start].count("\n") + 1
    proc = run("data", "validate", "--root", str(project))
    assert proc.returncode == 1
    assert f"gpus.yaml:{line}:" in proc.stderr and "compute_capability_inferred but no note" in proc.stderr, proc.stderr


def test_wheel_import_adds_a_new_release_that_resolves(tmp_path):
    project = project_with_dataset(tmp_path)
    listing = tmp_path / "torch-index.html"
    links = []
    for py in ["cp310", "cp311", "cp312", "cp313", "cp314"]:
        for tag in ["cu130", "cu132", "cpu"]:
            for platform in ["manylinux_2_28_x86_64", "win_amd64"]:
                name = f"torch-2.15.0+{tag}-{py}-{py}-{platform}.whl"
                links.append(f'<a href="/whl/{tag}/{name.replace("+", "%2B")}">{name}</a><br/>')
    listing.write_text("<!DOCTYPE html><html><body><h1>Links for torch</h1>\n" + "\n".join(links) + "\n</body></html>\n")
    proc = run("data", "import-pytorch-wheels", str(listing), "--release-md", str(UPSTREAM / "pytorch-RELEASE-recent-english-sections.md"),
               "--torchvision", "0.30.0", "--root", str(project), "--date", "2026-12-05")
    assert proc.returncode == 0, proc.stderr
    assert "added PyTorch 2.15.0: cu130 (linux, windows), cu132 (linux, windows), cpu (linux, windows), Python 3.10–3.14" in proc.stdout
    resolved = json_of("resolve", "--gpu", "RTX 5090", "--driver", "580.95.05", "--os", "linux", "--root", str(project))
    assert "2.15.0" in json.dumps(resolved), "the resolver offers the imported release"
    assert run("data", "fmt", "--check", "--root", str(project)).returncode == 0
    assert run("data", "import-pytorch-wheels", str(listing), "--torchvision", "0.30", "--root", str(project)).returncode == 2


def test_importers_refuse_pages_they_cannot_read(tmp_path):
    empty = tmp_path / "page.html"
    empty.write_text("<html><body><p>nothing here</p></body></html>")
    for command, message in [("import-cudnn-matrix", "no cuDNN support-matrix rows found"), ("import-cuda-gpus", "no GPUs found"),
                             ("import-pytorch-wheels", "no torch wheels found"), ("import-pytorch-release-md", "no Release Compatibility Matrix found")]:
        proc = run("data", command, str(empty))
        assert proc.returncode == 1 and message in proc.stderr, (command, proc.stderr)
    proc = run("data", "import-cudnn-matrix", str(UPSTREAM / "cudnn-support-matrix-8.9.6.txt"))
    assert proc.returncode == 1 and "cuDNN 8 support matrix" in proc.stderr
    proc = run("data", "import-cuda-gpus", str(UPSTREAM / "cuda-gpus-excerpt.md"), "--dry-run")
    assert proc.returncode == 0 and "joined by spaces" in proc.stdout and "save the page as HTML" in proc.stdout


# ---------- the site ----------

def test_install_blocks_print_the_datasets_commands_and_refuse_a_build_the_release_never_shipped(tmp_path):
    project = project_with_dataset(tmp_path)
    guide = project / "content/setup/install-block.md"
    guide.write_text("---\ntitle: 安装\n---\n\n```install\npytorch: 2.9.1\nvariants: cu130, cu126\n```\n\n```install\npytorch: latest\npm: uv\n```\n")
    proc = run("build", "--themes", str(REPO / "themes"), cwd=project)
    assert proc.returncode == 0, proc.stderr
    html = (project / "site/setup/install-block/index.html").read_text()
    assert "# CUDA 13.0 构建" in html and "torch==<span class=\"tok-num\">2.9.1</span>" in html
    assert "whl/cu130" in html and "whl/cu126" in html and "copy-button" in html
    assert "uv</span> pip install" in html or "uv pip install" in html
    guide.write_text("---\ntitle: 安装\n---\n\n```install\npytorch: latest\nvariants: cu128\npm: conda\n```\n")
    proc = run("build", "--themes", str(REPO / "themes"), cwd=project)
    assert proc.returncode == 1
    assert re.search(r"content/setup/install-block\.md:7:\d+: error: PyTorch [0-9.]+ has no 'cu128' build; it shipped", proc.stderr), proc.stderr
    assert "content/setup/install-block.md:8:" in proc.stderr and "expected 'pm' to be pip or uv" in proc.stderr


def test_driver_branches_are_validated_and_guides_read_them_as_facts(tmp_path):
    project = project_with_dataset(tmp_path)
    guide = project / "content/setup/branches.md"
    guide.write_text("---\ntitle: 分支\n---\n\nR580 是{{fact branch R580 designation}}，支持到 {{fact branch 580 eol}}，最高 {{fact branch R580 cuda}}。\n\n```matrix\ntable: driver-branches\n```\n")
    proc = run("build", "--themes", str(REPO / "themes"), cwd=project)
    assert proc.returncode == 0, proc.stderr
    html = (project / "site/setup/branches/index.html").read_text()
    assert "R580 是长期支持分支（LTSB），支持到 2028 年 6 月，最高 CUDA 13。" in html
    assert 'data-matrix="driver-branches"' in html and "R620" in html
    drivers = project / "content/data/compat/drivers.yaml"
    text = drivers.read_text()
    bad = text.replace('designation: "production"', 'designation: "stable"').replace('  - branch: 620\n    designation: "ltsb"\n    end_of_life: "2029-09"\n', '  - branch: 600\n    designation: "ltsb"\n')
    drivers.write_text(bad)
    proc = run("data", "validate", "--root", str(project))
    assert proc.returncode == 1
    assert "unknown designation 'stable'; expected one of: ltsb, production, new-feature" in proc.stderr
    assert "driver branches must be listed oldest first without repeats: R600 comes after R610" in proc.stderr
    assert "R600 is a ltsb branch but has no end_of_life" in proc.stderr
    assert re.search(r"content/data/compat/drivers\.yaml:\d+:\d+: error", proc.stderr)


def test_data_status_prints_each_familys_newest_record_and_flags_stale_ones():
    proc = run("data", "status", "--today", "2030-01-01")
    assert proc.returncode == 0, proc.stderr
    lines = {line.split()[0]: line for line in proc.stdout.splitlines()[1:] if line and not line.startswith(" ")}
    assert set(["cuda", "cudnn", "pytorch", "gpus", "architectures"]) <= set(lines)
    assert "STALE" in lines["cuda"] and "update: gpukb data import-nvidia-drivers" in proc.stdout
    fresh = run("data", "status", "--today", "2026-12-04", "--stale-after", "100000")
    assert "STALE" not in fresh.stdout
    assert run("data", "status", "--today", "tomorrow").returncode == 2
    # A release NVIDIA leaves undated (CUDA 13.5) counts as current from the day it was imported (changes.yaml),
    # and its date column says only that it came after the newest dated release (13.4 GA, 2026-09).
    today = run("data", "status", "--today", "2026-12-07")
    cuda = next(line for line in today.stdout.splitlines() if line.startswith("cuda "))
    assert "13.5.0" in cuda and " >2026-09 " in cuda and "2026-12-07" in cuda and "STALE" not in cuda, cuda
    # TensorFlow and JAX count as checked from the change-log entry that names them ("tensorflow 2.21.0").
    for family in ("tensorflow", "jax"):
        line = next(line for line in today.stdout.splitlines() if line.startswith(family + " "))
        assert "2026-12-07" in line and "STALE" not in line, line
    # Driver branches count as checked on the day a change-log entry names one ("branch R470").
    drivers = next(line for line in today.stdout.splitlines() if line.startswith("drivers "))
    assert "2026-12-06" in drivers and "STALE" not in drivers, drivers


def test_guides_take_facts_from_the_dataset_and_bad_commands_fail_the_build(tmp_path):
    project = project_with_dataset(tmp_path)
    guide = project / "content/setup/facts.md"
    guide.write_text("---\ntitle: 事实\n---\n\nCUDA 12.8 Update 1 需要 Linux 驱动 {{fact cuda 12.8.1 linux}}，"
                     "RTX 4090 的计算能力是 {{fact gpu RTX 4090 cc}}。见[对照表](../compat/driver-cuda/index.html#全部版本)。\n\n```matrix\ntable: driver-cuda\nmin: 12.8\nmax: 12.8\n```\n")
    proc = run("build", "--themes", str(REPO / "themes"), cwd=project)
    assert proc.returncode == 0, proc.stderr
    html = (project / "site/setup/facts/index.html").read_text()
    assert "需要 Linux 驱动 570.124.06，" in html and "计算能力是 8.9。" in html
    assert 'data-matrix="driver-cuda"' in html and "12.8.1" in html and "12.2.0" not in html
    assert 'href="../../compat/driver-cuda/index.html#全部版本"' in html, "links to generated pages resolve"
    assert (project / "site/compat/gpu/geforce-rtx-4090/index.html").is_file()
    assert (project / "site/resolve/compat-data.js").read_text().startswith("window.GPUKB_COMPAT = {")

    guide.write_text("---\ntitle: 事实\n---\n\n驱动 {{fact cuda 12.8.1 linx}}，{{fact gpu RTX 4099 cc}}。\n\n"
                     "```sh\npip install torch==2.1.2 --index-url https://download.pytorch.org/whl/cu117\n```\n\n"
                     "```matrix\ntable: driver-cudaa\n```\n\n[坏链接](../compat/gpu/nope/index.html)\n")
    proc = run("build", "--themes", str(REPO / "themes"), cwd=project)
    assert proc.returncode == 1
    err = proc.stderr
    assert "content/setup/facts.md:5:4: error: unknown field 'linx' for cuda facts" in err, err
    assert "content/setup/facts.md:5:" in err and "unknown GPU 'RTX 4099'; did you mean 'RTX 4090'" in err
    assert "content/setup/facts.md:8:38: error: PyTorch 2.1.2 never shipped a 'cu117' build; it shipped cu118, cu121" in err
    assert "unknown matrix 'driver-cudaa'; expected one of: driver-cuda" in err
    assert "error: link to a missing file '../compat/gpu/nope/index.html'" in err
    assert "build failed" in err


def test_the_real_diagnosis_rules_refuse_a_site_without_the_guides_they_link_to(tmp_path):
    project = project_with_dataset(tmp_path)
    shutil.copy(DATA / "diagnosis.yaml", project / "content/data/compat/diagnosis.yaml")
    proc = subprocess.run([str(GPUKB), "build", "--themes", str(REPO / "themes")], cwd=project, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert re.search(r"content/data/compat/diagnosis\.yaml:\d+:\d+: error: diagnosis link 'no-driver' names "
                     r"'troubleshooting/common-errors/index\.html', which is not a page of this site", proc.stderr), proc.stderr


# ---------- the engine's sentences (content/data/compat/phrases/) ----------

def test_resolve_answers_in_the_language_of_the_phrases_file_and_refuses_one_the_dataset_lacks(tmp_path):
    project = project_with_dataset(tmp_path)
    answer = json_of("resolve", "--root", str(project), "--gpu", "RTX 4090", "--driver", "535.104.05", "--limit", "1")
    assert any("驱动 535.104.05" in reason for reason in answer["builds"][0]["reasons"]), answer
    english = json_of("resolve", "--root", str(project), "--gpu", "RTX 4090", "--driver", "535.104.05", "--limit", "1", "--lang", "en")
    assert any("535.104.05" in r and "驱动" not in r for r in english["builds"][0]["reasons"]), english
    proc = run("resolve", "--root", str(project), "--gpu", "RTX 4090", "--lang", "fr")
    assert proc.returncode == 1 and proc.stdout == ""
    assert "error: no sentences in " in proc.stderr and "phrases/fr.yaml (there are: en, zh-CN)" in proc.stderr, proc.stderr


def test_a_site_whose_language_has_no_phrases_is_refused_at_the_language_line(tmp_path):
    project = project_with_dataset(tmp_path)
    (project / "content/data/compat/phrases/zh-CN.yaml").unlink()
    proc = run("build", "--themes", str(REPO / "themes"), cwd=project)
    assert proc.returncode == 1
    line = next(i for i, text in enumerate((project / "content/site.yaml").read_text().splitlines(), 1) if text.startswith("language:"))
    assert re.search(rf"content/site\.yaml:{line}:\d+: error: the dataset has no sentences for language 'zh-CN'; "
                     r"expected content/data/compat/phrases/zh-CN\.yaml \(it has: en\)", proc.stderr), proc.stderr
    assert not (project / "site").exists()

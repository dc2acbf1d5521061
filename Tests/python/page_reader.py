"""The diagnose page's reader (themes/default/assets/diagnose.js) run under node on paste files, for tests that check
it gives the same JSON as check_env.py."""
import json
import pathlib
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]

SCRIPT = """
const fs = require('fs'), vm = require('vm');
const box = { window: {} };
vm.runInNewContext(fs.readFileSync(process.argv[1], 'utf8'), box);
const diagnose = require(process.argv[2]);
const out = JSON.parse(fs.readFileSync(0, 'utf8')).map((f) => diagnose.analyze(fs.readFileSync(f, 'utf8'), box.window.GPUKB_COMPAT));
process.stdout.write(JSON.stringify(out));
"""


def page_results(files, data_js):
    """diagnose.analyze's JSON for each file (paths as strings), with the data the build wrote at data_js."""
    proc = subprocess.run(["node", "-e", SCRIPT, str(data_js), str(REPO / "themes/default/assets/diagnose.js")],
                          input=json.dumps([str(f) for f in files]), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)

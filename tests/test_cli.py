"""The command line: failed runs do not block the corrected rerun; --version; --show-config; score's input."""

import json
import subprocess
import sys

import pytest
from conftest import write_data

from alignkit import AlignkitError, __version__, cli
from alignkit.rundir import start_run


def manifest(run_dir) -> dict:
    return json.loads((run_dir / "manifest.json").read_text())


def test_failed_run_is_recorded_and_the_corrected_rerun_replaces_it(tmp_path, tiny_model_dir, capsys, recwarn):
    run_dir = tmp_path / "sft"
    common = [f"model={tiny_model_dir}", f"out_dir={run_dir}", "max_steps=1", "batch_size=2", "precision=fp32"]
    assert cli.main(["sft", *common, f"data.train=[{tmp_path / 'missing.jsonl'}]"]) == 2
    assert "missing.jsonl" in capsys.readouterr().err
    failed = manifest(run_dir)
    assert failed["status"] == "failed" and "missing.jsonl" in failed["error"]

    data = write_data(tmp_path / "d.jsonl", 8)
    assert cli.main(["sft", *common, f"data.train=[{data}]"]) == 0  # another config: the failed run is replaced
    done = manifest(run_dir)
    assert done["status"] == "completed" and done["config_hash"] != failed["config_hash"] and "error" not in done
    assert "replacing a failed run" in capsys.readouterr().out
    noise = [w for w in recwarn if issubclass(w.category, (DeprecationWarning, FutureWarning))]
    assert not noise, [str(w.message) for w in noise]  # a normal run shows no deprecation warnings


def test_run_with_saved_weights_under_another_config_is_refused(tmp_path):
    start_run(tmp_path, "sft", "lr: 1\n")
    (tmp_path / "checkpoint").mkdir()
    from alignkit.rundir import fail_open_runs

    fail_open_runs("failed", "boom")
    with pytest.raises(AlignkitError, match="another config .* saved weights .*checkpoint.*resume"):
        start_run(tmp_path, "sft", "lr: 2\n")
    assert manifest(tmp_path)["status"] == "failed" and (tmp_path / "checkpoint").is_dir()  # nothing removed


def test_completed_run_under_another_config_is_refused(tmp_path):
    from alignkit.rundir import finish_run

    finish_run(tmp_path, start_run(tmp_path, "evaluate", "a: 1\n"))
    with pytest.raises(AlignkitError, match="completed run with another config"):
        start_run(tmp_path, "evaluate", "a: 2\n")


def test_interrupted_run_is_recorded_and_says_resume(tmp_path, monkeypatch, capsys):
    def main(cfg):
        start_run(cfg.out_dir, "sft", "x: 1\n")
        raise KeyboardInterrupt

    monkeypatch.setattr("alignkit.recipes.sft.main", main)
    assert cli.main(["sft", f"out_dir={tmp_path}"]) == 130
    assert manifest(tmp_path)["status"] == "interrupted"
    assert f"run the same command again to resume {tmp_path}" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["--version"])
    assert e.value.code == 0 and capsys.readouterr().out.strip() == f"alignkit {__version__}"


def test_show_config_without_required_keys(capsys):
    assert cli.main(["score", "--show-config", "batch_size=4"]) == 0
    out = capsys.readouterr().out
    assert "required keys not set yet (???): data, model" in out
    assert "model: ???" in out and "batch_size: 4" in out
    assert cli.main(["score", "--show-config", "nope=1"]) == 2  # other mistakes are still errors
    assert "unknown key 'nope'" in capsys.readouterr().err


def test_score_help_and_error_name_the_accepted_shapes(tmp_path):
    out = subprocess.run([sys.executable, "-m", "alignkit.cli", "score", "--help"], capture_output=True, text=True, timeout=120)
    help_text = " ".join(out.stdout.split())
    for shape in ('{"prompt", "answer"}', '{"messages": [...]}', '{"prompt", "chosen", "rejected"}'):
        assert shape in help_text
    from alignkit.score import conversations

    with pytest.raises(AlignkitError, match=r"f.jsonl:3: .*prompt.*answer.*messages.*chosen.*rejected.*keys: question"):
        conversations({"question": "hi"}, "f.jsonl:3")

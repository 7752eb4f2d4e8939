"""Carbon: energy and emissions in every manifest (killed and resumed runs too), the sum, the country setting."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import write_data

from alignkit import AlignkitError, carbon
from alignkit.config import load_config
from alignkit.recipes import sft
from alignkit.rundir import finish_run, start_run

FRA = 56.039  # gCO2eq/kWh, codecarbon 3.3.2's offline grid data for France


def carbon_of(run_dir) -> dict:
    return json.loads((run_dir / "manifest.json").read_text())["carbon"]


def test_tiny_sft_run_records_carbon(tmp_path, tiny_model_dir, monkeypatch):
    monkeypatch.setenv(carbon.COUNTRY_VAR, "FRA")
    overrides = [
        f"model={tiny_model_dir}",
        f"out_dir={tmp_path / 'run'}",
        f"data.train=[{write_data(tmp_path / 'd.jsonl')}]",
        "precision=fp32",
        "warmup_steps=1",
        "eval_every=2",
        "save_every=2",
        "max_steps=4",
    ]
    run = sft.main(load_config(sft.Config, None, overrides))
    block = carbon_of(run)
    [session] = block["sessions"]
    assert session["status"] == "completed" and session["measured"]
    assert session["energy_kwh"] > 0 and session["duration_s"] > 0
    assert abs(session["energy_kwh"] - (session["cpu_kwh"] + session["ram_kwh"] + session["gpu_kwh"])) < 1e-12
    assert abs(session["emissions_kg"] - session["energy_kwh"] * FRA / 1000) < 1e-12  # kWh x g/kWh / 1000
    assert session["grid"]["country"] == "FRA" and abs(session["grid"]["g_co2eq_per_kwh"] - FRA) < 1e-9
    assert session["method"]["cpu_source"] and "estimate" in session["method"]["ram_power"]
    assert session["hardware"]["cpu_threads"] >= 1 and session["hardware"]["ram_gb"] > 0
    assert block["total"]["energy_kwh"] == session["energy_kwh"] and block["total"]["unmeasured"] == 0
    assert not (tmp_path / "emissions.csv").exists() and not os.path.exists("emissions.csv")


def test_killed_then_resumed_run_adds_its_sessions(tmp_path, tiny_model_dir):
    """kill -9 after a checkpoint: the killed session keeps its energy up to it; the resumed one is added."""
    run_dir = tmp_path / "killed"
    cmd = [
        sys.executable,
        "-m",
        "alignkit.cli",
        "sft",
        f"model={tiny_model_dir}",
        f"out_dir={run_dir}",
        f"data.train=[{write_data(tmp_path / 'd.jsonl', 64)}]",
        "precision=fp32",
        "batch_size=4",
        "micro_batch_size=2",
        "max_steps=60",
        "save_every=3",
        "eval_every=1000",
        "threads=1",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1", carbon.COUNTRY_VAR: "FRA"}
    proc = subprocess.Popen(cmd, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    state, manifest = run_dir / "checkpoint/trainer_state.pt", run_dir / "manifest.json"
    deadline = time.time() + 180
    while time.time() < deadline:  # a checkpoint written, then the manifest its carbon update rewrote
        if state.exists() and manifest.stat().st_mtime_ns >= state.stat().st_mtime_ns:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate()
    killed = carbon_of(run_dir)
    assert json.loads((run_dir / "manifest.json").read_text())["status"] == "running", "finished before the kill"
    assert killed["sessions"][0]["energy_kwh"] > 0 and killed["sessions"][0]["duration_s"] > 0.05  # not the start's
    assert b"codecarbon" not in out + err  # no INFO/WARNING lines of codecarbon's in the user's terminal

    again = subprocess.run(cmd, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "codecarbon" not in again.stdout + again.stderr
    assert not list(tmp_path.rglob("emissions*.csv"))
    block = carbon_of(run_dir)
    first, second = block["sessions"]
    assert first["status"] == "killed" and second["status"] == "completed"
    assert first["energy_kwh"] == killed["sessions"][0]["energy_kwh"]  # what the killed run recorded is kept
    total = block["total"]
    for key in ("energy_kwh", "emissions_kg", "duration_s"):
        assert abs(total[key] - (first[key] + second[key])) < 1e-12
        assert total[key] >= first[key] and total[key] >= second[key]


def _manifest(run_dir, sessions):
    run_dir.mkdir()
    block = {"total": {}, "sessions": sessions} if sessions is not None else None
    (run_dir / "manifest.json").write_text(json.dumps({"status": "completed", **({"carbon": block} if block else {})}))
    return run_dir


def _session(energy, emissions, duration, cpu, ram):
    return {
        "measured": True,
        "energy_kwh": energy,
        "emissions_kg": emissions,
        "duration_s": duration,
        "cpu_kwh": cpu,
        "ram_kwh": ram,
        "gpu_kwh": 0.0,
        "status": "completed",
    }


def test_carbon_total_sums_sessions_of_runs(tmp_path):
    a = _manifest(tmp_path / "a", [_session(0.5, 0.2, 100.0, 0.3, 0.2), {"measured": False, "duration_s": 7.0}])
    b = _manifest(tmp_path / "b", [_session(0.25, 0.125, 50.0, 0.05, 0.2), _session(1.0, 0.5, 10.0, 0.5, 0.5)])
    old = _manifest(tmp_path / "old", None)  # a run from before carbon was recorded
    total = carbon.carbon_total([a, b, old])
    # energy 0.5 + 0.25 + 1.0 = 1.75 kWh; emissions 0.2 + 0.125 + 0.5 = 0.825 kg;
    # duration 100 + 7 + 50 + 10 = 167 s; cpu 0.3 + 0.05 + 0.5 = 0.85; ram 0.2 + 0.2 + 0.5 = 0.9;
    # unmeasured: a's second session and the old run = 2
    assert abs(total.energy_kwh - 1.75) < 1e-12 and abs(total.emissions_kg - 0.825) < 1e-12
    assert abs(total.duration_s - 167.0) < 1e-12
    assert abs(total.cpu_kwh - 0.85) < 1e-12 and abs(total.ram_kwh - 0.9) < 1e-12 and total.gpu_kwh == 0.0
    assert total.unmeasured == 2
    assert carbon.carbon_total([]) == carbon.Carbon()
    assert carbon.describe(total) == "energy 1.75 kWh, emissions 0.825 kgCO2eq (2 sessions not measured)"


def test_invalid_country_or_region_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv(carbon.COUNTRY_VAR, "XYZ")
    with pytest.raises(AlignkitError, match="ALIGNKIT_CARBON_COUNTRY=XYZ: not an ISO 3166-1 alpha-3 code"):
        start_run(tmp_path / "r", "sft", "a: 1\n")
    assert not (tmp_path / "r").exists()  # nothing written
    monkeypatch.setenv(carbon.COUNTRY_VAR, "usa")
    monkeypatch.setenv(carbon.REGION_VAR, "atlantis")
    with pytest.raises(AlignkitError, match="ALIGNKIT_CARBON_REGION=atlantis: codecarbon has no regional grid data"):
        carbon.grid()
    monkeypatch.setenv(carbon.REGION_VAR, "california")
    california = carbon.grid()
    monkeypatch.delenv(carbon.REGION_VAR)
    assert california["region"] == "california" and california["g_co2eq_per_kwh"] != carbon.grid()["g_co2eq_per_kwh"]
    monkeypatch.delenv(carbon.COUNTRY_VAR)
    assert carbon.grid()["country"] is None and carbon.grid()["g_co2eq_per_kwh"] == 475  # the world average


def test_run_works_when_codecarbon_fails(tmp_path, monkeypatch):
    def broken():
        raise RuntimeError("unknown hardware")

    monkeypatch.setattr(carbon, "_counters", broken)
    finish_run(tmp_path, start_run(tmp_path, "sft", "a: 1\n"), steps=1)
    block = carbon_of(tmp_path)
    assert block["sessions"][0] == {
        **block["sessions"][0],
        "measured": False,
        "status": "completed",
        "reason": "codecarbon failed: RuntimeError: unknown hardware",
    }
    assert block["total"]["unmeasured"] == 1 and block["total"]["energy_kwh"] == 0


def test_the_tracker_starts_once_per_process(tmp_path):
    """Its start (hardware detection) is the slow part, so runs share one tracker and take differences of its
    counters (the overhead per run is measured in docs, not asserted here)."""
    from alignkit import carbon

    finish_run(tmp_path / "warm", start_run(tmp_path / "warm", "sft", "a: 1\n"))
    tracker = carbon._tracker
    for i in range(3):
        finish_run(tmp_path / f"r{i}", start_run(tmp_path / f"r{i}", "sft", "a: 1\n"))
    assert tracker is not None and carbon._tracker is tracker
    assert all(carbon_of(tmp_path / f"r{i}")["sessions"][0]["measured"] for i in range(3))

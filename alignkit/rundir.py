"""Run directories: manifest.json (status, config hash, versions, parents, carbon) and atomic writes.

A run directory holds `config.yaml` (the resolved config), `manifest.json`, `metrics.jsonl`,
`checkpoint/` (the latest training state, for resume) and `final/` (Hugging Face format weights).
The manifest's `carbon` block (alignkit/carbon.py) holds the energy and emissions of every session of the
run; it is brought up to date when the run starts, at every checkpoint or weight save (atomic_dir), at
most every CARBON_EVERY_S seconds of metrics lines, and when the run completes, fails or is interrupted.
"""

import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from alignkit import AlignkitError, carbon

MANIFEST = "manifest.json"
CARBON_EVERY_S = 30.0  # the most seconds of metrics lines between two updates of an open run's carbon block
_VERSIONED = ("alignkit", "torch", "transformers", "peft", "accelerate", "safetensors", "pydantic", "omegaconf")


def atomic_write(path: str | Path, data: bytes | str) -> None:
    """Write to a temp file in the same folder, fsync, then rename over `path` (POSIX-atomic)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_dir(path: str | Path, fill) -> None:
    """Build a directory in a temp sibling with `fill(tmp_path)`, then swap it in place of `path`.

    A crash before the swap leaves the old directory intact; after, the new one is complete.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.tmp."))
    try:
        fill(tmp)
        old = path.with_name(f".{path.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if path.exists():
            os.replace(path, old)
        os.replace(tmp, path)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _update_carbon(path)  # a checkpoint: a run killed after it keeps its energy so far


def config_hash(config_yaml: str) -> str:
    return hashlib.sha256(config_yaml.encode()).hexdigest()[:16]


def versions() -> dict:
    out = {"python": platform.python_version()}
    for name in _VERSIONED:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def git_commit() -> str | None:
    try:
        here = Path(__file__).resolve().parent
        r = subprocess.run(["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True, timeout=5)
        return r.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def read_manifest(run_dir: str | Path) -> dict:
    path = Path(run_dir) / MANIFEST
    if not path.is_file():
        raise AlignkitError(f"{run_dir}: not a run directory (no {MANIFEST})")
    return json.loads(path.read_text())


def write_manifest(run_dir: str | Path, manifest: dict) -> None:
    atomic_write(Path(run_dir) / MANIFEST, json.dumps(manifest, indent=2) + "\n")


def is_completed(run_dir: str | Path, config_yaml: str) -> bool:
    """True when run_dir holds a finished run of exactly this config (so the stage is not redone)."""
    path = Path(run_dir) / MANIFEST
    if not path.is_file():
        return False
    manifest = json.loads(path.read_text())
    return manifest["status"] == "completed" and manifest["config_hash"] == config_hash(config_yaml)


def _saved_weights(run_dir: Path) -> list[Path]:
    """The checkpoint/ and final/ folders anywhere in a run (sub-runs such as rs's finetune/ included)."""
    return sorted(p for name in ("checkpoint", "final") for p in run_dir.rglob(name) if p.is_dir())


def _still_running(manifest: dict) -> bool:
    """True when the manifest says running and its process is alive on this machine (this one included)."""
    if manifest.get("status") != "running" or manifest.get("host") != platform.node() or not manifest.get("pid"):
        return False
    try:
        os.kill(manifest["pid"], 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


def _replace_or_refuse(run_dir: Path, manifest: dict, new_hash: str) -> None:
    """A run of another config in run_dir: remove it if it saved no weights and is not running, else refuse."""
    status = manifest.get("status", "unknown")
    old = f"{run_dir} holds a {status} run with another config (hash {manifest['config_hash']}, now {new_hash})"
    if _still_running(manifest):
        raise AlignkitError(f"{old} that is still running (pid {manifest['pid']}): wait for it, or choose a new out_dir")
    if status == "completed":
        raise AlignkitError(f"{old}: choose a new out_dir, or delete the old run to redo it")
    saved = _saved_weights(run_dir)
    if saved:
        raise AlignkitError(f"{old} that saved weights ({saved[0]}): run again with its config to resume it, "
                            "choose a new out_dir, or delete the old run")
    print(f"{run_dir}: replacing a {status} run of another config that saved no weights", flush=True)
    shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True)


# Runs this process started and has not finished, so that the CLI can mark them failed when a stage raises,
# with the state of their carbon session.
_open_runs: dict[Path, tuple[dict, carbon.Session]] = {}


def _update_carbon(path: Path, every_s: float = 0.0) -> None:
    """Bring the carbon block of every open run that holds `path` up to date (if `every_s` has passed)."""
    path = Path(path).absolute()
    for run_dir, (manifest, session) in _open_runs.items():
        if run_dir.absolute() in path.parents and time.monotonic() - session.written >= every_s:
            carbon.update(manifest, session, "running")
            write_manifest(run_dir, manifest)


def start_run(run_dir: str | Path, stage: str, config_yaml: str, parents: dict[str, str] | None = None) -> dict:
    """Create (or reopen, for resume) a run directory. A run of another config there is replaced when it
    never saved weights (e.g. it failed on a wrong data path) and refused otherwise."""
    carbon.grid()  # an invalid ALIGNKIT_CARBON_COUNTRY stops the run before anything is written
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    h = config_hash(config_yaml)
    if (run_dir / MANIFEST).is_file():
        manifest = read_manifest(run_dir)
        if manifest["config_hash"] != h:
            _replace_or_refuse(run_dir, manifest, h)
    if (run_dir / MANIFEST).is_file():
        for key in ("error", "finished"):  # of the attempt before
            manifest.pop(key, None)
        manifest["resumed"] = manifest.get("resumed", 0) + 1
    else:
        manifest = {
            "stage": stage,
            "status": "running",
            "config_hash": h,
            "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "versions": versions(),
            "git_commit": git_commit(),
            "argv": sys.argv,
            "parents": parents or {},
        }
    manifest.update(status="running", pid=os.getpid(), host=platform.node())
    session = carbon.begin(manifest)
    atomic_write(run_dir / "config.yaml", config_yaml)
    write_manifest(run_dir, manifest)
    _open_runs[run_dir] = (manifest, session)
    return manifest


def finish_run(run_dir: str | Path, manifest: dict, **results) -> None:
    manifest.update(status="completed", finished=time.strftime("%Y-%m-%dT%H:%M:%S%z"), results=results)
    opened = _open_runs.pop(Path(run_dir), None)
    if opened:
        carbon.update(manifest, opened[1], "completed")
    write_manifest(run_dir, manifest)


def fail_open_runs(status: str, error: str) -> list[Path]:
    """Record `status` ("failed", "interrupted") and the error in every run this process left open; returns them."""
    runs = list(_open_runs)
    for run_dir in runs:
        manifest, session = _open_runs.pop(run_dir)
        manifest.update(status=status, error=error, finished=time.strftime("%Y-%m-%dT%H:%M:%S%z"))
        carbon.update(manifest, session, status)
        if (run_dir / MANIFEST).is_file():
            write_manifest(run_dir, manifest)
    return runs


def append_jsonl(path: str | Path, row: dict) -> None:
    """Append one line and flush it: metrics survive a kill -9 up to the last finished step."""
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")
        f.flush()
    _update_carbon(path, CARBON_EVERY_S)

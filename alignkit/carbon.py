"""Energy and carbon of every run, estimated with codecarbon offline; written into each run's manifest.json.

What is measured: the electricity of this machine's CPU, RAM and (where codecarbon finds one through NVML or
AMD SMI) GPUs while a run is open, from codecarbon's `OfflineEmissionsTracker` in its default "machine" mode:
the whole machine, other processes included. CPU power comes from RAPL energy counters where the kernel
exposes them, else it is an *estimate* (the CPU's TDP from codecarbon's table, scaled by CPU load, or a
constant share of it); RAM power is always an estimate (codecarbon's model from the installed memory).
Each session records which source it had (`method`). Emissions are energy x the average carbon intensity
of the grid where the machine is (codecarbon's offline data for a country, or a US state, Canadian province,
Chinese province or Nordic bidding zone), no hourly variation. The power-usage effectiveness is 1.

What is not measured: GPU power where no GPU is found; disks, network, cooling, the rest of a data centre;
embodied emissions of the hardware; work before a run opens or after it closes (downloads, the annotation
app). A killed run keeps what its manifest last recorded: rundir updates it at every checkpoint or weight save
and every 30 s of metrics lines. No offsetting is claimed or counted.

Where: ALIGNKIT_CARBON_COUNTRY, an ISO 3166-1 alpha-3 code (FRA, USA, DEU, ...), and optionally
ALIGNKIT_CARBON_REGION. Unset, the world average (475 gCO2eq/kWh, codecarbon's IEA figure) is used and the
manifest says so.

One tracker per process, started with the first run (about a second, for hardware detection); each run
takes the difference of the tracker's counters between its start and its last update, so opening and
closing a run costs a few milliseconds. A resumed run adds a session; `total` sums the sessions.
"""

import json
import logging
import os
import platform
import tempfile
import threading
import time
from dataclasses import asdict, astuple, dataclass, fields
from functools import lru_cache
from pathlib import Path

from alignkit import AlignkitError

COUNTRY_VAR, REGION_VAR = "ALIGNKIT_CARBON_COUNTRY", "ALIGNKIT_CARBON_REGION"
NOT_COUNTED = "GPU power unless a GPU is found; disks, network, cooling; embodied emissions of the hardware; no offsetting"


@dataclass
class Carbon:
    """Energy and emissions of a session, a run, or many runs (or a tracker's cumulative counters)."""

    energy_kwh: float = 0.0  # CPU + RAM + GPU
    emissions_kg: float = 0.0  # kgCO2eq
    duration_s: float = 0.0  # wall-clock seconds, measured ones or not
    cpu_kwh: float = 0.0
    ram_kwh: float = 0.0
    gpu_kwh: float = 0.0
    unmeasured: int = 0  # sessions whose energy was not measured (their duration is counted)

    def __add__(self, other: "Carbon") -> "Carbon":
        return Carbon(*(a + b for a, b in zip(astuple(self), astuple(other))))

    def __sub__(self, other: "Carbon") -> "Carbon":
        return Carbon(*(a - b for a, b in zip(astuple(self), astuple(other))))


@dataclass
class Session:
    """What rundir keeps for an open run: where its session started, on the clock and the tracker's counters."""

    grid: dict
    started: float  # time.monotonic()
    counters: Carbon | None  # the tracker's counters at the start; None when not measured
    reason: str = ""  # why not measured
    method: dict | None = None
    hardware: dict | None = None
    written: float = 0.0  # time.monotonic() of the last update written to the manifest


_tracker = None  # this process's codecarbon tracker, started with the first run
_lock = threading.Lock()  # codecarbon's periodic measurement and ours must not integrate the same interval twice


@lru_cache(maxsize=8)
def _grid(country: str, region: str) -> dict:
    from codecarbon.core.emissions import Emissions
    from codecarbon.core.units import Energy
    from codecarbon.external.geography import GeoMetadata
    from codecarbon.input import DataSource

    data = DataSource()
    if not country:
        g = data.get_carbon_intensity_per_source_data()["world_average"]
        return {"country": None, "region": None, "g_co2eq_per_kwh": g, "source": f"world average: {COUNTRY_VAR} is not set"}
    mix = data.get_global_energy_mix_data()
    if country not in mix:
        raise AlignkitError(
            f"{COUNTRY_VAR}={country}: not an ISO 3166-1 alpha-3 code that codecarbon has grid data "
            f"for (e.g. FRA, USA, DEU, GBR); unset it to use the world average"
        )
    emissions, one = Emissions(data), Energy.from_energy(kWh=1)
    geo = GeoMetadata(country_iso_code=country, region=region.lower() or None)
    if region:
        try:  # USA/CAN raise for an unknown region; CHN and the Nordic countries fall back to the national value
            regional = emissions.get_region_emissions(one, geo)
            known = regional != emissions.get_country_emissions(one, geo)
        except Exception:  # noqa: BLE001 - any failure means codecarbon has no data for this region
            known = False
        if not known:
            raise AlignkitError(
                f"{REGION_VAR}={region}: codecarbon has no regional grid data for it in {country} "
                "(it has US states, Canadian and Chinese provinces, Nordic bidding zones); unset it"
            )
    g = emissions.get_private_infra_emissions(one, geo) * 1000
    where = f"{mix[country]['country_name']}" + (f", {region}" if region else "")
    return {
        "country": country,
        "region": region or None,
        "g_co2eq_per_kwh": g,
        "source": f"codecarbon's offline grid data for {where}",
    }


def grid() -> dict:
    """The grid's carbon intensity from ALIGNKIT_CARBON_COUNTRY / _REGION; an invalid value is an AlignkitError."""
    country = os.environ.get(COUNTRY_VAR, "").strip().upper()
    return _grid(country, os.environ.get(REGION_VAR, "").strip() if country else "")


def _counters() -> Carbon:
    """The process tracker's cumulative energy (measured up to now); starts the tracker on first use."""
    global _tracker
    if _tracker is None:
        from codecarbon import OfflineEmissionsTracker

        logging.getLogger("codecarbon").setLevel(logging.ERROR)  # no INFO/WARNING lines in the user's terminal
        tracker = OfflineEmissionsTracker(
            output_methods=[], log_level="error", output_dir=tempfile.gettempdir(), allow_multiple_runs=True
        )
        tracker.start()
        if tracker._start_time is None:  # start() logs and swallows its own errors
            raise RuntimeError("codecarbon's tracker did not start")
        tracker._scheduler.function = lambda: _measure(tracker)  # its periodic measurement takes our lock too
        _tracker = tracker
    return _measure(_tracker)


def _measure(tracker) -> Carbon:
    with _lock:
        tracker._measure_power_and_energy()
        return Carbon(
            energy_kwh=tracker._total_energy.kWh,
            cpu_kwh=tracker._total_cpu_energy.kWh,
            ram_kwh=tracker._total_ram_energy.kWh,
            gpu_kwh=tracker._total_gpu_energy.kWh,
        )


def _method_and_hardware(tracker) -> tuple[dict, dict]:
    """How this tracker measures (power sources) and what it measures (the machine)."""
    conf, kinds = tracker._conf, {type(h).__name__: h for h in tracker._hardware}
    cpu = kinds.get("CPU")
    mode, tdp = (cpu._mode, cpu._tdp) if cpu else ("none", None)
    cpu_power = {
        "intel_rapl": "measured: RAPL energy counters",
        "cpu_load": f"estimate: TDP {tdp} W scaled by the machine's CPU load",
        "constant": f"estimate: constant, half the TDP of {tdp} W",
    }.get(mode, f"codecarbon mode {mode}")
    method = {
        "tool": f"codecarbon {conf.get('codecarbon_version')} offline, tracking mode {conf.get('tracking_mode')}",
        "cpu_power": cpu_power,
        "cpu_source": mode,
        "ram_power": "estimate: codecarbon's RAM model from the installed memory",
        "gpu_power": "measured: NVML/AMD SMI energy counters" if "GPU" in kinds else "none: no GPU found",
        "not_counted": NOT_COUNTED,
    }
    hardware = {
        "cpu_model": conf.get("cpu_model"),
        "cpu_threads": conf.get("cpu_count"),
        "cpu_physical": conf.get("cpu_physical_count"),
        "gpu_model": conf.get("gpu_model") or None,
        "gpu_count": conf.get("gpu_count", 0),
        "ram_gb": round(conf.get("ram_total_size") or 0, 2),
        "host": platform.node(),
    }
    return method, hardware


def begin(manifest: dict) -> Session:
    """Open a session in manifest["carbon"] (appended to a resumed run's earlier ones); returns its state.

    Raises AlignkitError for an invalid ALIGNKIT_CARBON_COUNTRY/REGION; any codecarbon failure only makes
    the session say why it was not measured.
    """
    session = Session(grid=grid(), started=time.monotonic(), counters=None)
    try:
        counters = _counters()
        session.method, session.hardware = _method_and_hardware(_tracker)
        session.counters = counters
    except Exception as e:  # noqa: BLE001 - unknown hardware, a codecarbon change: the run goes on unmeasured
        session.reason = f"codecarbon failed: {type(e).__name__}: {e}"
    block = manifest.setdefault("carbon", {"total": {}, "sessions": []})
    for earlier in block["sessions"]:
        if earlier.get("status") == "running":  # its process was killed: energy up to its last update
            earlier["status"] = "killed"
    block["sessions"].append({"started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "status": "running"})
    update(manifest, session, "running")
    return session


def update(manifest: dict, session: Session, status: str) -> None:
    """Write the open session's numbers up to now, its status, and the run's totals into the manifest."""
    duration = time.monotonic() - session.started
    row = manifest["carbon"]["sessions"][-1]
    row["status"] = status
    if session.counters is None:
        row.update(measured=False, reason=session.reason, duration_s=duration)
    else:
        try:
            now = _measure(_tracker) - session.counters
        except Exception as e:  # noqa: BLE001 - keep what the session had; say why it stopped
            row.update(error=f"codecarbon failed: {type(e).__name__}: {e}")
        else:
            row.update(
                measured=True,
                energy_kwh=now.energy_kwh,
                emissions_kg=now.energy_kwh * session.grid["g_co2eq_per_kwh"] / 1000,
                duration_s=duration,
                cpu_kwh=now.cpu_kwh,
                ram_kwh=now.ram_kwh,
                gpu_kwh=now.gpu_kwh,
                grid=session.grid,
                method=session.method,
                hardware=session.hardware,
            )
    manifest["carbon"]["total"] = asdict(sum_sessions(manifest["carbon"]["sessions"]))
    session.written = time.monotonic()


def sum_sessions(sessions: list[dict]) -> Carbon:
    total = Carbon()
    for s in sessions:
        if s.get("measured"):
            total += Carbon(**{f.name: s[f.name] for f in fields(Carbon) if f.name != "unmeasured"})
        else:
            total += Carbon(duration_s=s.get("duration_s", 0.0), unmeasured=1)
    return total


def carbon_total(run_dirs: list[str | Path]) -> Carbon:
    """The carbon of these runs, all their sessions (aborted and resumed ones included).

    Pass the top-level runs only: a run's sessions already hold the sub-runs it opened in the same process
    (rejection sampling's finetune/, distillation's), so adding those would count them twice. A run whose
    manifest has no carbon block (older alignkit) counts as one unmeasured session of unknown duration.
    """
    total = Carbon()
    for run_dir in run_dirs:
        manifest = json.loads((Path(run_dir) / "manifest.json").read_text())
        block = manifest.get("carbon")
        total += sum_sessions(block["sessions"]) if block else Carbon(unmeasured=1)
    return total


def describe(total: Carbon) -> str:
    """`0.0123 kWh, 0.0058 kgCO2eq` (and how many sessions were not measured)."""
    text = f"energy {total.energy_kwh:.4g} kWh, emissions {total.emissions_kg:.4g} kgCO2eq"
    return text + (f" ({total.unmeasured} sessions not measured)" if total.unmeasured else "")

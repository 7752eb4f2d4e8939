"""Step logging: one grep-able line per step, metrics.jsonl always, a progress bar on a terminal."""

import sys
import time
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from alignkit.rundir import append_jsonl


def format_line(row: dict) -> str:
    """`step 12/100 | loss 2.3100 | lr 5.0e-05 | 1.2k tok/s` from a metrics row."""
    parts = [f"step {row['step']}/{row['total_steps']}"]
    for key, value in row.items():
        if key in ("step", "total_steps", "time"):
            continue
        if key == "tok_s":
            parts.append(f"{value / 1000:.1f}k tok/s" if value >= 1000 else f"{value:.0f} tok/s")
        elif isinstance(value, float):
            parts.append(f"{key} {value:.2e}" if key == "lr" or (value and abs(value) < 1e-3) else f"{key} {value:.4f}")
        else:
            parts.append(f"{key} {value}")
    return " | ".join(parts)


def log_step(run_dir: Path, row: dict, progress: Progress | None = None) -> None:
    """Print the line (above the bar) and append the row to metrics.jsonl; rank 0 calls this."""
    row = {**row, "time": round(time.time(), 3)}
    line = format_line(row)
    if progress is not None and not progress.disable:
        progress.console.print(line, highlight=False)
    else:
        print(line, flush=True)
    append_jsonl(Path(run_dir) / "metrics.jsonl", row)


def progress_bar(enabled: bool = True) -> Progress:
    """A bar on an interactive terminal; nothing when output goes to a file or CI log."""
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        disable=not (enabled and sys.stdout.isatty()), transient=True,
    )

"""Step logging: one grep-able line per step, metrics.jsonl always, a progress bar on a terminal."""

import sys
import time
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

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


def _clock(seconds: float) -> str:
    """`m:ss`, or `h:mm:ss` from an hour on."""
    s = int(seconds)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def advance(bar: Progress, task: TaskID, n: int, log: bool) -> None:
    """Advance `task` by n. Where no bar is shown (output to a file or CI log) and `log` (rank 0), print one
    line per update instead: `rejection sampling: 12/60 (20%) | 0:42 elapsed | ~2:48 left`."""
    bar.advance(task, n)
    if not (bar.disable and log):
        return
    t = next(t for t in bar.tasks if t.id == task)
    elapsed = t.elapsed or 0.0
    line = f"{t.description}: {t.completed:.0f}/{t.total:.0f} ({t.percentage:.0f}%) | {_clock(elapsed)} elapsed"
    if 0 < t.completed < t.total:
        line += f" | ~{_clock(elapsed / t.completed * (t.total - t.completed))} left"
    print(line, flush=True)

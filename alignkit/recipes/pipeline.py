"""The main job: the whole pipeline on the embedded default model and the starter pack.

Today: SFT -> evaluation of the model before and after SFT (held-out loss on the SFT run's held-out
conversations, refusal rate on red-team prompts next to benign prompts that only look sensitive).
Reward models, rejection sampling and PPO join as their stages land (see DESIGN.md).

Each stage writes its own run directory under `out_dir` and is skipped when a completed run with
the same config is already there; an interrupted stage resumes from its last checkpoint. The
pipeline sets each stage's `model`, `out_dir` and inputs from the stage before it; the rest of
each stage's config is under `sft.*` and `evaluate.*` (e.g. `alignkit run sft.epochs=1`).
"""

import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from alignkit.models import DEFAULT_MODEL
from alignkit.config import to_yaml
from alignkit.recipes import evaluate, sft
from alignkit.rundir import is_completed

SFTConfig, EvaluateConfig = sft.Config, evaluate.Config


@dataclass
class Config:
    model: str = DEFAULT_MODEL
    out_dir: str = "runs/main"
    sft: SFTConfig = field(default_factory=SFTConfig)
    evaluate: EvaluateConfig = field(default_factory=EvaluateConfig)


def main(cfg: Config) -> Path:
    out = Path(cfg.out_dir)
    timings = {}

    # 1. supervised fine-tuning on the demonstrations
    t0 = time.perf_counter()
    sft_dir = sft.main(replace(cfg.sft, model=cfg.model, out_dir=str(out / "sft")))
    timings["sft"] = time.perf_counter() - t0

    # 2. before/after: the starting model and the SFT model on the same held-out data and prompts
    t0 = time.perf_counter()
    ev_cfg = replace(cfg.evaluate, models=[cfg.model, str(sft_dir)], heldout=[str(sft_dir / "heldout.jsonl")],
                     out_dir=str(out / "evaluate"), chat_template=cfg.sft.chat_template)
    if not is_completed(ev_cfg.out_dir, to_yaml(ev_cfg)):
        evaluate.main(ev_cfg)
    timings["evaluate"] = time.perf_counter() - t0
    results = json.loads((Path(ev_cfg.out_dir) / "results.json").read_text())

    print(f"\nalignkit run: stage times {', '.join(f'{k} {v:.0f}s' for k, v in timings.items())}")
    evaluate.print_table(results, labels=[f"before SFT ({cfg.model})", "after SFT"])
    print(f"runs in {out}/; the SFT model is {sft_dir / 'final'} (plain transformers loads it)")
    return out

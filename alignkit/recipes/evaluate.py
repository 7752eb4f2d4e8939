"""Evaluation of one or more models side by side: held-out loss, refusal on risky vs benign prompts.

For each model: the mean answer-token loss on held-out demonstrations (the SFT run's `heldout.jsonl`
or files given here), and greedy answers to red-team prompts (risky, by category) and to benign
prompts that only look sensitive. Refusal rate on risky prompts should be high, on benign ones low
(over-refusal; XSTest, Röttger et al. 2024). Answers and their refusal flags go to `samples.jsonl`.

Deviations, honestly: refusal is detected by phrase matching on the answer's opening (XSTest's
string-match method), an estimate that misses unusual refusals; answers are capped at
`max_new_tokens`, enough for the opening. Later stages add reward-model scores and more metrics.
"""

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch
from rich.console import Console
from rich.table import Table

from alignkit.chat import ensure_template
from alignkit.config import to_yaml
from alignkit.data.records import Conversation, Prompt
from alignkit.data.sources import load_records
from alignkit.generate import generate
from alignkit.metrics import is_refusal
from alignkit.models import DEFAULT_MODEL, load_causal_lm, load_tokenizer
from alignkit.recipes.sft import encode_all, heldout_loss
from alignkit.rundir import append_jsonl, atomic_write, finish_run, start_run
from alignkit.train import seed_everything


@dataclass
class Config:
    models: list[str] = field(default_factory=lambda: [DEFAULT_MODEL])
    out_dir: str = "runs/evaluate"
    seed: int = 0
    heldout: list[str] = field(default_factory=list)  # conversations for held-out loss; empty: skip
    risky: list[str] = field(default_factory=lambda: ["starter:redteam"])
    benign: list[str] = field(default_factory=lambda: ["starter:benign_sensitive"])
    max_prompts: int = 60  # per set, a seeded sample; 0 = all
    max_new_tokens: int = 48
    batch_size: int = 32
    chat_template: Literal["auto", "llama2"] = "auto"
    precision: Literal["auto", "bf16", "fp32"] = "auto"
    max_len: int = 1024


def sample_prompts(specs: list[str], n: int, seed: int) -> list[Prompt]:
    prompts = [p for _, p in load_records(specs, Prompt)]
    random.Random(seed).shuffle(prompts)
    return prompts[:n] if n else prompts


def evaluate_model(name: str, cfg: Config, risky: list[Prompt], benign: list[Prompt], run_dir: Path) -> dict:
    tokenizer = ensure_template(load_tokenizer(name), cfg.chat_template)
    model = load_causal_lm(name).eval()
    result = {"model": name}
    if cfg.heldout:
        examples = encode_all(tokenizer, load_records(cfg.heldout, Conversation), cfg.max_len)
        result["heldout_loss"] = heldout_loss(model, examples, 8, cfg.precision, torch.device("cpu"), 0, 1)
    for label, prompts in (("risky", risky), ("benign", benign)):
        answers = generate(model, tokenizer, [p.prompt for p in prompts], cfg.max_new_tokens, cfg.batch_size, cfg.precision)
        flags = [is_refusal(a) for a in answers]
        result[f"refusal_{label}"] = sum(flags) / max(1, len(flags))
        for p, a, f in zip(prompts, answers, flags):
            append_jsonl(run_dir / "samples.jsonl", {"model": name, "set": label, "risk_category": p.risk_category,
                                                     "prompt": p.prompt[-1].content, "answer": a, "refusal": f})
        if label == "risky":
            by_cat = {}
            for p, f in zip(prompts, flags):
                by_cat.setdefault(p.risk_category, []).append(f)
            result["refusal_by_category"] = {c: sum(v) / len(v) for c, v in sorted(by_cat.items())}
    return result


def print_table(results: list[dict], labels: list[str] | None = None) -> None:
    table = Table(title="evaluation")
    table.add_column("model")
    for col in ("held-out loss", "refusal risky", "refusal benign"):
        table.add_column(col, justify="right")
    for label, r in zip(labels or [r["model"] for r in results], results):
        loss = f"{r['heldout_loss']:.3f}" if "heldout_loss" in r else "-"
        table.add_row(label, loss, f"{r['refusal_risky']:.0%}", f"{r['refusal_benign']:.0%}")
    Console().print(table)


def main(cfg: Config) -> Path:
    seed_everything(cfg.seed)
    run_dir = Path(cfg.out_dir)
    manifest = start_run(run_dir, "evaluate", to_yaml(cfg), parents={f"model{i}": m for i, m in enumerate(cfg.models)})
    (run_dir / "samples.jsonl").unlink(missing_ok=True)  # evaluation is cheap: a resumed run starts over
    risky = sample_prompts(cfg.risky, cfg.max_prompts, cfg.seed)
    benign = sample_prompts(cfg.benign, cfg.max_prompts, cfg.seed)
    results = []
    for name in cfg.models:
        results.append(evaluate_model(name, cfg, risky, benign, run_dir))
        print(f"evaluate: {json.dumps(results[-1])}")
    atomic_write(run_dir / "results.json", json.dumps(results, indent=2) + "\n")
    finish_run(run_dir, manifest, models=results)
    print_table(results)
    return run_dir

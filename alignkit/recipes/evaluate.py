"""Evaluation of one or more models side by side: held-out loss, refusal on risky vs benign prompts.

For each model: the mean answer-token loss on held-out demonstrations (the SFT run's `heldout.jsonl`
or files given here), and greedy answers to red-team prompts (risky, by category) and to benign
prompts that only look sensitive. Refusal rate on risky prompts should be high, on benign ones low
(over-refusal; XSTest, Röttger et al. 2024). When reward models are named, each answer is scored:
the table shows the mean helpfulness score of the answers to benign prompts and the mean safety
score of the answers to risky prompts (demonstration offset subtracted, so 0 is an average
demonstration). When a reference (the SFT model) is named, each model's KL to it is measured along
the model's own greedy answers, exactly over the vocabulary at every answer token and summed per
answer (no sampling estimate). Answers, refusal flags and scores go to `samples.jsonl`.

Deviations, honestly: refusal is detected by phrase matching on the answer's opening (XSTest's
string-match method), an estimate that misses unusual refusals; answers are capped at
`max_new_tokens`, so rewards judge the opening of long answers; the reward models are the ones the
policy was trained against, so their scores measure what was optimised, not independent quality.
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
from alignkit.distributed import default_device
from alignkit.generate import decode_answers, response_logits, rollout
from alignkit.metrics import is_refusal
from alignkit.models import DEFAULT_MODEL, frozen, load_causal_lm, load_reward_model, load_tokenizer, rollout_scores
from alignkit.recipes.sft import encode_all, heldout_loss
from alignkit.rl import exact_kl
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
    reward_helpfulness: str = ""  # a helpfulness reward model: mean score of the answers to the benign prompts
    reward_safety: str = ""  # a safety reward model: mean score of the answers to the risky prompts
    reference: str = ""  # KL of each model to this one (the SFT model), along the model's own greedy answers


def sample_prompts(specs: list[str], n: int, seed: int) -> list[Prompt]:
    prompts = [p for _, p in load_records(specs, Prompt)]
    random.Random(seed).shuffle(prompts)
    return prompts[:n] if n else prompts


def load_judges(cfg: Config) -> dict:
    """The frozen models that judge every evaluated model's answers (those the config names)."""
    judges = {}
    if cfg.reward_helpfulness:
        judges["helpfulness"] = frozen(load_reward_model(cfg.reward_helpfulness), cfg.precision, default_device())
    if cfg.reward_safety:
        judges["safety"] = frozen(load_reward_model(cfg.reward_safety), cfg.precision, default_device())
    if cfg.reference:
        judges["reference"] = frozen(load_causal_lm(cfg.reference), cfg.precision, default_device())
    return judges


@torch.no_grad()
def answer_set(model, tokenizer, prompts: list[Prompt], cfg: Config, judges: dict, same_as_reference: bool) -> list[dict]:
    """Greedy answers to `prompts`, each with its refusal flag, reward scores, exact KL to the reference."""
    out = []
    for i in range(0, len(prompts), cfg.batch_size):
        chunk = prompts[i : i + cfg.batch_size]
        batch = rollout(model, tokenizer, [p.prompt for p in chunk], cfg.max_new_tokens, 0.0, precision=cfg.precision)
        answers = decode_answers(tokenizer, batch)
        rows = [{"prompt": p.prompt[-1].content, "risk_category": p.risk_category, "answer": a,
                 "refusal": is_refusal(a), "tokens": int(n)} for p, a, n in zip(chunk, answers, batch["response_mask"].sum(1))]
        for kind in ("helpfulness", "safety"):
            if kind in judges:
                for row, s in zip(rows, rollout_scores(judges[kind], batch, cfg.precision).tolist()):
                    row[f"reward_{kind}"] = s
        if "reference" in judges:
            kl = torch.zeros(len(chunk)) if same_as_reference else exact_kl(
                response_logits(model, batch, cfg.precision), response_logits(judges["reference"], batch, cfg.precision),
                batch["response_mask"])
            for row, k in zip(rows, kl.tolist()):
                row["kl_reference"] = k
        out += rows
    return out


def evaluate_model(name: str, cfg: Config, risky: list[Prompt], benign: list[Prompt], run_dir: Path, judges: dict) -> dict:
    tokenizer = ensure_template(load_tokenizer(name), cfg.chat_template)
    model = load_causal_lm(name).eval().to(default_device())
    result = {"model": name}
    if cfg.heldout:
        examples = encode_all(tokenizer, load_records(cfg.heldout, Conversation), cfg.max_len)
        result["heldout_loss"] = heldout_loss(model, examples, 8, cfg.precision, default_device(), 0, 1)
    mean = lambda rows, key: sum(r[key] for r in rows) / max(1, len(rows))
    answered = []
    for label, prompts in (("risky", risky), ("benign", benign)):
        rows = answer_set(model, tokenizer, prompts, cfg, judges, name == cfg.reference)
        answered += rows
        result[f"refusal_{label}"] = mean(rows, "refusal")
        for row in rows:
            append_jsonl(run_dir / "samples.jsonl", {"model": name, "set": label, **row})
        if label == "risky":
            by_cat = {}
            for r in rows:
                by_cat.setdefault(r["risk_category"], []).append(r["refusal"])
            result["refusal_by_category"] = {c: sum(v) / len(v) for c, v in sorted(by_cat.items())}
            if "safety" in judges:
                result["reward_safety"] = mean(rows, "reward_safety")
        elif "helpfulness" in judges:
            result["reward_helpfulness"] = mean(rows, "reward_helpfulness")
    result["answer_tokens"] = mean(answered, "tokens")
    if "reference" in judges:
        result["kl_reference"] = mean(answered, "kl_reference")
    return result


COLUMNS = {  # result key -> (column title, format)
    "heldout_loss": ("held-out loss", "{:.3f}"), "reward_helpfulness": ("help reward (benign)", "{:+.2f}"),
    "reward_safety": ("safety reward (risky)", "{:+.2f}"), "refusal_risky": ("refusal risky", "{:.0%}"),
    "refusal_benign": ("refusal benign", "{:.0%}"), "kl_reference": ("KL to SFT", "{:.2f}"),
    "answer_tokens": ("answer tokens", "{:.0f}"),
}


def print_table(results: list[dict], labels: list[str] | None = None) -> None:
    table = Table(title="evaluation")
    table.add_column("model")
    shown = [k for k in COLUMNS if any(k in r for r in results)]
    for key in shown:
        table.add_column(COLUMNS[key][0], justify="right")
    for label, r in zip(labels or [r["model"] for r in results], results):
        table.add_row(label, *[COLUMNS[k][1].format(r[k]) if k in r else "-" for k in shown])
    Console(width=max(120, Console().width)).print(table)  # not squeezed to 80 columns in a log file


def main(cfg: Config) -> Path:
    seed_everything(cfg.seed)
    run_dir = Path(cfg.out_dir)
    manifest = start_run(run_dir, "evaluate", to_yaml(cfg), parents={f"model{i}": m for i, m in enumerate(cfg.models)})
    (run_dir / "samples.jsonl").unlink(missing_ok=True)  # evaluation is cheap: a resumed run starts over
    risky = sample_prompts(cfg.risky, cfg.max_prompts, cfg.seed)
    benign = sample_prompts(cfg.benign, cfg.max_prompts, cfg.seed)
    judges = load_judges(cfg)
    results = []
    for name in cfg.models:
        results.append(evaluate_model(name, cfg, risky, benign, run_dir, judges))
        print(f"evaluate: {json.dumps(results[-1])}")
    atomic_write(run_dir / "results.json", json.dumps(results, indent=2) + "\n")
    finish_run(run_dir, manifest, models=results)
    print_table(results)
    return run_dir

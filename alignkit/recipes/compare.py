"""`alignkit compare`: two answers to every prompt from two model variants, for people to compare.

The batch job behind a pre-generated comparison round (Llama 2-Chat sec. 3.2.1: each prompt answered by
two variants of the latest model, different checkpoints or temperatures). It writes
`comparisons.jsonl` (prompt, risk_category, answer_a, answer_b, variant_a, variant_b): the annotation
app imports it as a round's pool (`alignkit app`, admin page), and `alignkit iterate` writes the same
file every round. Answers are sampled with the model's chat template, up to `max_new_tokens`.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch

from alignkit.chat import ensure_template
from alignkit.config import to_yaml
from alignkit.data.io import write_jsonl
from alignkit.data.records import Prompt
from alignkit.data.sources import load_records
from alignkit.distributed import default_device
from alignkit.generate import decode_answers, rollout
from alignkit.models import DEFAULT_MODEL, load_causal_lm, load_tokenizer
from alignkit.rundir import finish_run, is_completed, start_run
from alignkit.train import seed_everything


@dataclass
class Config:
    model_a: str = DEFAULT_MODEL
    model_b: str = ""  # empty: model_a again, the two temperatures making the variants
    temperature_a: float = 0.7
    temperature_b: float = 1.0
    prompts: list[str] = field(default_factory=lambda: ["starter:prompts"])
    max_prompts: int = 0  # >0: a seeded sample of this many prompts
    max_new_tokens: int = 128
    batch_size: int = 16
    out_dir: str = "runs/compare"
    seed: int = 0
    chat_template: Literal["auto", "llama2"] = "auto"
    precision: Literal["auto", "bf16", "fp32"] = "auto"


@torch.no_grad()
def compare(models: list[str], temperatures: list[float], prompts: list[Prompt], max_new_tokens: int,
            batch_size: int, chat_template: str = "auto", precision: str = "auto") -> list[dict]:
    """Two answers per prompt: from models[0] at temperatures[0] and models[1] at temperatures[1]."""
    tokenizer = ensure_template(load_tokenizer(models[0]), chat_template)
    answers = []
    for name, temperature in zip(models, temperatures):
        model, out = load_causal_lm(name).eval().to(default_device()), []
        for i in range(0, len(prompts), batch_size):
            chunk = prompts[i : i + batch_size]
            batch = rollout(model, tokenizer, [p.prompt for p in chunk], max_new_tokens, temperature, precision=precision)
            out += decode_answers(tokenizer, batch)
        answers.append(out)
    return [{"prompt": [m.model_dump() for m in p.prompt], "risk_category": p.risk_category, "answer_a": a, "answer_b": b,
             "variant_a": f"{models[0]}@T={temperatures[0]}", "variant_b": f"{models[1]}@T={temperatures[1]}"}
            for p, a, b in zip(prompts, *answers)]


def main(cfg: Config) -> Path:
    run_dir = Path(cfg.out_dir)
    models = [cfg.model_a, cfg.model_b or cfg.model_a]
    if is_completed(run_dir, to_yaml(cfg)):
        print(f"compare: {run_dir} is already completed with this config; nothing to do")
        return run_dir
    manifest = start_run(run_dir, "compare", to_yaml(cfg), parents={"variant_a": models[0], "variant_b": models[1]})
    seed_everything(cfg.seed)
    prompts = [p for _, p in load_records(cfg.prompts, Prompt)]
    if cfg.max_prompts:
        prompts = [prompts[i] for i in torch.randperm(len(prompts))[: cfg.max_prompts].tolist()]
    comparisons = compare(models, [cfg.temperature_a, cfg.temperature_b], prompts, cfg.max_new_tokens, cfg.batch_size,
                          cfg.chat_template, cfg.precision)
    write_jsonl(run_dir / "comparisons.jsonl", comparisons)
    finish_run(run_dir, manifest, comparisons=len(comparisons))
    print(f"compare: {len(comparisons)} pairs in {run_dir / 'comparisons.jsonl'}; import it into a comparison round of "
          f"`alignkit app`")
    return run_dir

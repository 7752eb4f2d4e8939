"""`alignkit compare`: two answers to every prompt from two model variants, for people to compare.

The batch job behind a pre-generated comparison round (Llama 2-Chat sec. 3.2.1: each prompt answered by
two variants of the latest model, different checkpoints or temperatures). It writes
`comparisons.jsonl` (prompt, risk_category, answer_a, answer_b, variant_a, variant_b): the annotation
app imports it as a round's pool (`alignkit app`, admin page), and `alignkit iterate` writes the same
file every round (both through `alignkit.generate.sample_comparisons`). Answers are sampled with the
model's chat template, up to `max_new_tokens`.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch

from alignkit.config import to_yaml
from alignkit.data.io import write_jsonl
from alignkit.data.records import Prompt
from alignkit.data.sources import load_records
from alignkit.generate import sample_comparisons
from alignkit.models import DEFAULT_MODEL
from alignkit.rundir import finish_run, is_completed, start_run
from alignkit.train import seed_everything


@dataclass
class Config:
    model_a: str = DEFAULT_MODEL  # variant A: embedded name, Hugging Face id or folder, or an alignkit run
    model_b: str = ""  # empty: model_a again, the two temperatures making the variants
    temperature_a: float = 0.7  # sampling temperature of variant A
    temperature_b: float = 1.0  # sampling temperature of variant B
    # Prompt records to answer (data specs: files, starter:NAME, LOADER:PATH)
    prompts: list[str] = field(default_factory=lambda: ["starter:prompts"])
    max_prompts: int = 0  # >0: a seeded sample of this many prompts
    max_new_tokens: int = 128  # most tokens per answer
    batch_size: int = 16  # prompts per generate call
    out_dir: str = "runs/compare"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32


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
    comparisons = sample_comparisons(models, [cfg.temperature_a, cfg.temperature_b], prompts, cfg.max_new_tokens,
                                     cfg.batch_size, cfg.chat_template, cfg.precision)
    write_jsonl(run_dir / "comparisons.jsonl", comparisons)
    finish_run(run_dir, manifest, comparisons=len(comparisons))
    print(f"compare: {len(comparisons)} pairs in {run_dir / 'comparisons.jsonl'}; import it into a comparison round of "
          f"`alignkit app`")
    return run_dir

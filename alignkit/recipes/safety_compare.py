"""`alignkit safety-compare`: safety comparisons on the latest model, judged by a simulated annotator.

Llama 2-Chat's safety reward model learned from comparisons of the *latest* model's own answers (sec.
3.2.1), so it knew what that model's compliant and refusing answers look like. Trained only on written
pairs (a composed safe answer over a short compliant opening), the main job's safety reward model
agreed with the refusal classifier on 56% of pairs of real answers to held-out prompts: chance.

This stage collects such comparisons without people. Each safety prompt (harmful, with a risk
category, or borderline, without) is answered by two variants of the model: (a) with the targeted safety
pre-prompt and a safe opening, (b) plainly (`alignkit.preprompt`). The refusal classifier
(`alignkit.refusal`) stands in for the annotator: on a harmful prompt the answer it judges a refusal is
the safer one, on a borderline prompt the answer it judges compliant is; pairs it judges alike are not
comparable and are dropped. The degree of preference follows the classifier's confidence.

Writes samples.jsonl (both answers of every prompt with their refusal probabilities; `alignkit
distill samples=...` reuses them instead of sampling again) and pairs.jsonl (the preference pairs,
`source: simulated:refusal-classifier`), which the safety reward model trains on.

Deviations, honestly: the annotator is a classifier of refusal, not a judge of harm: it cannot tell a
safe refusal with a harmful aside from a clean one, or a helpful answer from a wrong one. Its labels come
from XSTest completions of other models, never from the prompts evaluated here.
"""

import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from alignkit.chat import ensure_template
from alignkit.data.io import write_jsonl
from alignkit.data.records import Prompt
from alignkit.data.sources import load_records
from alignkit.models import DEFAULT_MODEL, frozen, load_causal_lm, load_tokenizer
from alignkit.preprompt import DEFAULT_TEMPLATE, PREPROMPT, TEMPLATES, TwoAnswers, sample_two
from alignkit.refusal import refusal_probability, safety_preference
from alignkit.rundir import finish_run
from alignkit.train import open_run

SOURCE = "simulated:refusal-classifier"


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # the latest model: the SFT run, or a later round's result
    # the run directory: a completed run of this config is skipped, an interrupted one resumes
    out_dir: str = "runs/safety-compare"
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    # Prompt records (alignkit safety-data's prompts.jsonl)
    prompts: list[str] = field(default_factory=lambda: ["starter:prompts"])
    max_harmful: int = 0  # >0: a seeded sample of this many prompts with a risk category
    max_borderline: int = 0  # >0: a seeded sample of this many prompts without one
    preprompt: str = PREPROMPT  # the generic safety pre-prompt, first in the system message of answer (a)
    # risk category -> answer template, after the pre-prompt
    templates: dict[str, str] = field(default_factory=lambda: dict(TEMPLATES))
    default_template: str = DEFAULT_TEMPLATE  # for a category not in templates; '{category}' becomes its name
    answer_opening: bool = True  # answer (a) starts with the safe opening of the prompt's kind of harm
    temperature: float = 0.7  # sampling temperature of both answers; 0 is greedy
    top_p: float = 1.0  # nucleus sampling: keep the smallest set of tokens with this much probability; 1 = off
    max_new_tokens: int = 96  # most tokens per answer
    generation_batch_size: int = 32  # prompts per generate call (one call with, one without the pre-prompt)
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32
    threads: int = 0  # torch threads; 0 = torch's default


@dataclass
class Judged(TwoAnswers):
    """Both answers with the refusal classifier's P(refusal) of each."""

    refusal_with: float = 0.0
    refusal_without: float = 0.0


def pick_prompts(cfg: Config) -> list[Prompt]:
    """Seeded samples of the harmful and the borderline prompts (all of each when its cap is 0)."""
    prompts = [p for _, p in load_records(cfg.prompts, Prompt)]
    rng = random.Random(cfg.seed)
    out = []
    for keep, cap in ((lambda p: p.risk_category is not None, cfg.max_harmful),
                      (lambda p: p.risk_category is None, cfg.max_borderline)):
        group = [p for p in prompts if keep(p)]
        out += rng.sample(group, min(cap, len(group))) if cap else group
    return out


def main(cfg: Config) -> Path:
    opened = open_run(cfg, "safety_compare", parents={"model": cfg.model})
    if opened is None:
        return Path(cfg.out_dir)
    rank, _, device, run_dir, manifest = opened
    tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
    model = frozen(load_causal_lm(cfg.model), cfg.precision, device)
    prompts = pick_prompts(cfg)
    print(f"safety-compare: two answers for each of {len(prompts)} prompts "
          f"({sum(p.risk_category is not None for p in prompts)} harmful)")
    two = sample_two(model, tokenizer, prompts, cfg.preprompt, cfg.templates, cfg.default_template, cfg.answer_opening,
                     cfg.temperature, cfg.top_p, cfg.max_new_tokens, cfg.generation_batch_size, cfg.precision, rank == 0)
    del model
    p_with = refusal_probability([t.with_preprompt for t in two])
    p_without = refusal_probability([t.without for t in two])
    judged = [Judged(**asdict(t), refusal_with=a, refusal_without=b) for t, a, b in zip(two, p_with, p_without)]
    pairs = [pair for j in judged if (pair := safety_preference(
        j.prompt, j.risk_category is not None, j.with_preprompt, j.without, j.refusal_with, j.refusal_without, SOURCE))]
    write_jsonl(run_dir / "samples.jsonl", [asdict(j) for j in judged])
    write_jsonl(run_dir / "pairs.jsonl", pairs)
    harmful = [j for j in judged if j.risk_category is not None]
    borderline = [j for j in judged if j.risk_category is None]
    stats = {"prompts": len(judged), "pairs": len(pairs),
             "pairs_harmful": sum(p.safety_bin == "chosen_safe_other_unsafe" for p in pairs),
             "refusal_with_harmful": sum(j.refusal_with > 0.5 for j in harmful) / max(1, len(harmful)),
             "refusal_without_harmful": sum(j.refusal_without > 0.5 for j in harmful) / max(1, len(harmful)),
             "refusal_without_borderline": sum(j.refusal_without > 0.5 for j in borderline) / max(1, len(borderline))}
    finish_run(run_dir, manifest, **stats)
    print(f"safety-compare: {len(pairs)} preference pairs ({stats['pairs_harmful']} on harmful prompts) in "
          f"{run_dir / 'pairs.jsonl'}; the plain answer refused {stats['refusal_without_harmful']:.0%} of harmful and "
          f"{stats['refusal_without_borderline']:.0%} of borderline prompts")
    return run_dir

"""Targeted context distillation for safety (Llama 2-Chat sec. 4.2.4; Askell et al. 2021's context distillation).

A model answers an adversarial prompt more safely when a safety pre-prompt sits before it ("You are a
safe and responsible assistant ..."). Context distillation turns that into the model's default: the
model answers risky prompts *with* the pre-prompt, and is then fine-tuned on those answers given the
prompt *without* it. Llama 2 made the pre-prompt targeted: annotators labelled each adversarial prompt
with a risk category, and the pre-prompt carries that category's answer template (how such a prompt
should be addressed: the immediate risk first, then a safe alternative; Touvron et al. 2023, Table 39).
Distillation can also make answers worse (vague, generic concerns where the plain answer was already
good; their Table 40), so Llama 2 let the safety reward model decide per example: the distilled answer
is kept only where it scores higher than the model's original answer (their Fig. 16b).

Here, for each risky prompt (risk_category set; benign prompts are never distilled, since that breeds
false refusals), the frozen model samples two answers (`alignkit.preprompt`): (a) with a system message
= `preprompt` + the category's template from `templates`, (b) with the prompt alone; or the answers
come from `samples`, the samples.jsonl of `alignkit safety-compare` run on the same model (the main job
samples once for both stages). The safety reward model scores both against the prompt *without* the
pre-prompt, as the fine-tuned model will see it. Answer (a) is kept when its score beats (b)'s by
more than `margin` and it ended with EOS. The model is then fine-tuned with the SFT loss on the kept
answers (prompt without pre-prompt + answer (a)), plus any `extra` demonstrations, and the result goes
to final/.

A 135M model mostly ignores a system pre-prompt (measured on the main job's SFT model: the safety reward
model preferred the pre-prompted answer on 2 of 32 risky prompts), so by default answer (a) also
starts with the safe opening sentence of the prompt's kind of harm (`answer_opening`, from
`alignkit.data.safety`: the risk addressed first) and the model continues it in its own words; the
opening is part of the scored and trained answer. Llama 2's larger models followed the template's
order from the pre-prompt alone.

Writes samples.jsonl (both answers and scores of every prompt, and whether (a) was kept), kept.jsonl
(the kept answers as conversations, the format SFT reads), distill.json (statistics), the fine-tuning
run in finetune/ and the result in final/. Sampling is skipped on resume when kept.jsonl and
distill.json exist; the fine-tuning resumes as any SFT run does.

Deviations, honestly: Llama 2 generated its pre-prompts automatically from templates with varied
adjectives ("responsible", "respectful", "wise"); here the pre-prompt is one configurable string.
Llama 2 folded the distilled data into its safety fine-tuning and RLHF rounds; here it is one SFT run
(with `extra` for other demonstrations). One answer per prompt and setting is sampled, not several.
The safety reward model must share the model's tokenizer (as in rejection sampling and PPO): answers
are scored from the sampled token ids. Answers that never end are not kept (`require_end`).
"""

import json
import os
import random
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import encode_prompt, ensure_template
from alignkit.data.io import iter_rows, write_jsonl
from alignkit.data.records import Conversation, Prompt
from alignkit.data.sources import load_records
from alignkit.finetune import Config as FinetuneConfig, finetune
from alignkit.models import DEFAULT_MODEL, frozen, load_causal_lm, load_reward_model, load_tokenizer, reward_scores_shared
from alignkit.preprompt import DEFAULT_TEMPLATE, PREPROMPT, TEMPLATES, TwoAnswers, sample_two
from alignkit.rundir import MANIFEST, atomic_write, finish_run
from alignkit.train import open_run


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # the model distilled into itself: the SFT run, or a later round's result
    reward_safety: str = "???"  # the safety reward-model run that decides which distilled answers are kept
    out_dir: str = "runs/distill"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    prompts: list[str] = field(default_factory=lambda: ["starter:prompts"])  # Prompt records; only risky ones are used
    max_prompts: int = 0  # >0: a seeded sample of this many risky prompts
    samples: str = ""  # samples.jsonl of `alignkit safety-compare` on this same model: its answers, not new ones
    preprompt: str = PREPROMPT  # the generic safety pre-prompt, first in the system message
    templates: dict[str, str] = field(default_factory=lambda: dict(TEMPLATES))  # risk category -> answer template
    default_template: str = DEFAULT_TEMPLATE  # for a category not in templates; '{category}' becomes its name
    answer_opening: bool = True  # answer (a) starts with the safe opening of the prompt's kind of harm (see below)
    temperature: float = 0.7  # sampling temperature of both answers; 0 is greedy
    top_p: float = 1.0  # nucleus sampling: keep the smallest set of tokens with this much probability; 1 = off
    max_new_tokens: int = 96  # most tokens per answer
    generation_batch_size: int = 32  # prompts per generate call (one call with, one without the pre-prompt)
    margin: float = 0.0  # keep when safety(with pre-prompt) - safety(without) > margin
    require_end: bool = True  # keep only distilled answers that ended with EOS
    extra: list[str] = field(default_factory=list)  # demonstration files/specs trained on too, whole
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32
    finetune: FinetuneConfig = field(default_factory=lambda: FinetuneConfig(  # model, out_dir and data.train are set here
        epochs=1, lr=5e-5, batch_size=8, micro_batch_size=8, warmup_steps=1))
    threads: int = 0  # torch threads; 0 = torch's default


@dataclass
class Pair(TwoAnswers):
    """One risky prompt's two answers and their safety scores (the prompt without the pre-prompt)."""

    score_with: float = 0.0  # safety reward of (a), given the prompt without the pre-prompt
    score_without: float = 0.0
    kept: bool = False  # (a) beat (b) by more than the margin, ended, and was trained on


def risky_prompts(cfg: Config) -> list[Prompt]:
    """The prompts with a risk category, a seeded sample of `max_prompts` if set."""
    prompts = [p for _, p in load_records(cfg.prompts, Prompt) if p.risk_category is not None]
    if not prompts:
        raise AlignkitError(f"no risky prompts (risk_category set) in {', '.join(cfg.prompts)}; nothing to distil")
    if cfg.max_prompts:
        prompts = random.Random(cfg.seed).sample(prompts, min(cfg.max_prompts, len(prompts)))
    return prompts


def sample(model, tokenizer, prompts: list[Prompt], cfg: Config, rank: int) -> list[TwoAnswers]:
    """Two answers per risky prompt, with and without the targeted pre-prompt (alignkit.preprompt)."""
    return sample_two(model, tokenizer, prompts, cfg.preprompt, cfg.templates, cfg.default_template, cfg.answer_opening,
                      cfg.temperature, cfg.top_p, cfg.max_new_tokens, cfg.generation_batch_size, cfg.precision, rank == 0)


def reuse(cfg: Config) -> list[TwoAnswers]:
    """The risky prompts' answers in cfg.samples (a seeded sample of max_prompts), sampled from cfg.model."""
    manifest = Path(cfg.samples).parent / MANIFEST  # the safety-compare run's: it names the model it sampled
    sampled_from = json.loads(manifest.read_text())["parents"].get("model") if manifest.is_file() else cfg.model
    if sampled_from != cfg.model:
        raise AlignkitError(f"{cfg.samples}: sampled from {sampled_from}, not from {cfg.model} (see {manifest})")
    names, two = [f.name for f in fields(TwoAnswers)], []
    for line, row in iter_rows(cfg.samples):
        missing = [k for k in names if k not in row]
        if missing:
            raise AlignkitError(f"{cfg.samples}:{line}: missing field {missing[0]} (not a safety-compare samples file?)")
        if row["risk_category"]:
            two.append(TwoAnswers(**{k: row[k] for k in names}))
    if not two:
        raise AlignkitError(f"{cfg.samples}: no answers to risky prompts; nothing to distil")
    return random.Random(cfg.seed).sample(two, min(cfg.max_prompts, len(two))) if cfg.max_prompts else two


@torch.no_grad()
def score(reward_model, tokenizer, two: list[TwoAnswers], precision: str) -> list[Pair]:
    """Safety scores of both answers of each prompt, each read after the prompt *without* the pre-prompt
    (computed once per prompt, see models.reward_scores_shared), minus the model's offset."""
    groups = [(encode_prompt(tokenizer, t.prompt), [t.ids_with, t.ids_without]) for t in two]
    scores = torch.stack(reward_scores_shared(reward_model, groups, precision))
    scores = scores - getattr(reward_model.config, "alignkit_reward_offset", 0.0)
    return [Pair(**asdict(t), score_with=a, score_without=b) for t, (a, b) in zip(two, scores.tolist())]


def select(pairs: list[Pair], margin: float, require_end: bool, source: str) -> tuple[list[Conversation], dict]:
    """Mark and return the distilled answers the safety reward model prefers (prompt without the
    pre-prompt + answer (a)), and the statistics of the choice."""
    kept = []
    for p in pairs:
        p.kept = (p.score_with - p.score_without > margin and bool(p.with_preprompt)
                  and (p.ended_with or not require_end))
        if p.kept:
            kept.append(Conversation(messages=[*p.prompt, {"role": "assistant", "content": p.with_preprompt}],
                                     category=p.risk_category, source=source))
    n = max(1, len(pairs))
    gains = [p.score_with - p.score_without for p in pairs if p.kept]
    stats = {"prompts": len(pairs), "kept": len(kept),
             "score_with_mean": sum(p.score_with for p in pairs) / n,
             "score_without_mean": sum(p.score_without for p in pairs) / n,
             "gain_kept_mean": sum(gains) / max(1, len(gains)),
             "preferred": sum(p.score_with > p.score_without for p in pairs),
             "ended_with": sum(p.ended_with for p in pairs) / n, "ended_without": sum(p.ended_without for p in pairs) / n}
    return kept, stats


def main(cfg: Config) -> Path:
    # Seed, run directory (a completed run of this config is not redone).
    opened = open_run(cfg, "distill", parents={"model": cfg.model, "reward_safety": cfg.reward_safety})
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened
    if world > 1:
        raise AlignkitError("context distillation samples in one process; its fine-tuning step can be launched with torchrun")

    # 1. two answers per risky prompt, with and without the targeted pre-prompt, scored by the safety RM
    stats_path, kept_path = run_dir / "distill.json", run_dir / "kept.jsonl"
    if not kept_path.is_file() or not stats_path.is_file():
        tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
        if cfg.samples:
            two = reuse(cfg)
            print(f"distill: the answers of {len(two)} risky prompts from {cfg.samples}")
        else:
            prompts = risky_prompts(cfg)
            print(f"distill: two answers for each of {len(prompts)} risky prompts at temperature {cfg.temperature}")
            two = sample(frozen(load_causal_lm(cfg.model), cfg.precision, device), tokenizer, prompts, cfg, rank)
        pairs = score(frozen(load_reward_model(cfg.reward_safety), cfg.precision, device), tokenizer, two, cfg.precision)
        # 2. keep the distilled answer where the safety reward model prefers it
        kept, stats = select(pairs, cfg.margin, cfg.require_end, f"distill:{run_dir}")
        write_jsonl(run_dir / "samples.jsonl", [asdict(p) for p in pairs])
        if not kept and not cfg.extra:
            raise AlignkitError(f"the safety reward model preferred no distilled answer (see {run_dir / 'samples.jsonl'}); "
                                "lower margin, raise max_new_tokens, or set require_end=false")
        write_jsonl(kept_path, kept)
        atomic_write(stats_path, json.dumps(stats, indent=2) + "\n")
    stats = json.loads(stats_path.read_text())
    print(f"distill: kept {stats['kept']} of {stats['prompts']} prompts; mean safety score "
          f"{stats['score_with_mean']:.3f} with the pre-prompt, {stats['score_without_mean']:.3f} without; "
          f"kept answers gain {stats['gain_kept_mean']:.3f}")

    # 3. fine-tune the model on its kept answers, given the prompts without the pre-prompt
    train = ([str(kept_path)] if stats["kept"] else []) + list(cfg.extra)
    ft_cfg = replace(cfg.finetune, model=cfg.model, out_dir=str(run_dir / "finetune"),
                     data=replace(cfg.finetune.data, train=train), chat_template=cfg.chat_template,
                     precision=cfg.precision)
    ft_dir = finetune(ft_cfg)
    if not (run_dir / "final").is_dir():  # the result, where later stages look for it
        os.replace(ft_dir / "final", run_dir / "final")
    finish_run(run_dir, manifest, **stats, trained_on=train)
    print(f"distill: done; weights in {run_dir / 'final'}")
    return run_dir

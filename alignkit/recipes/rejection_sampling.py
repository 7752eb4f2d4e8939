"""Rejection-sampling fine-tuning: best of K (Llama 2-Chat sec. 3.2.3; Bai et al. 2022's best-of-N).

For each prompt, K answers are sampled from the latest policy at this round's temperature, each is
scored with the helpfulness and safety reward models combined by the Llama 2 rule (the safety score
decides on risky prompts or when sigmoid(R_safety) < 0.15), and the highest-scoring answer is kept.
The policy is then fine-tuned with the SFT loss on the kept answers of this round *and of every
earlier round* named in `keep`: Llama 2 found that training on the last round's samples only made
some capabilities regress (sec. 3.2.3, "Rejection Sampling"). The temperature is set per round
because the best temperature moves as the model changes (Llama 2, Fig. 8).

Writes samples.jsonl (every sample with its scores), best.jsonl (the kept answers as conversations,
the format SFT reads), the fine-tuning run in finetune/, and the result in final/. The sampling is
skipped on resume when best.jsonl exists; the fine-tuning resumes as any SFT run does.

Deviations, honestly: Llama 2 sampled from the largest model and distilled into the smaller ones,
with K up to 10 per prompt; here K samples come from the policy being trained. Answers that never
end are not kept (`require_end`), since the reward model never saw a truncated answer as a good one.
"""

import json
import os
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import ensure_template
from alignkit.data.io import write_jsonl
from alignkit.data.records import Conversation, Prompt
from alignkit.data.sources import load_records
from alignkit.finetune import Config as FinetuneConfig, finetune
from alignkit.generate import decode_answers, rollout
from alignkit.models import DEFAULT_MODEL, frozen, load_causal_lm, load_reward_model, load_tokenizer, rollout_scores
from alignkit.rewards import RewardConfig, combine
from alignkit.rundir import atomic_write, finish_run
from alignkit.track import advance, progress_bar
from alignkit.train import open_run


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # the latest policy: the SFT run, or an earlier round's result
    out_dir: str = "runs/rs"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    # Prompt records to sample answers to (data specs: files, starter:NAME, LOADER:PATH)
    prompts: list[str] = field(default_factory=lambda: ["starter:prompts"])
    max_prompts: int = 0  # >0: a seeded sample of this many prompts per round
    # the reward models that pick the best of K answers, and how their scores combine
    rewards: RewardConfig = field(default_factory=RewardConfig)
    k: int = 4  # samples per prompt
    temperature: float = 1.0  # this round's sampling temperature
    top_p: float = 1.0  # nucleus sampling: keep the smallest set of tokens with this much probability; 1 = off
    max_new_tokens: int = 128  # most tokens per sampled answer
    generation_batch_size: int = 32  # sequences per generate call (prompts x K)
    require_end: bool = True  # keep only answers that ended with EOS
    keep: list[str] = field(default_factory=list)  # earlier rounds (their runs or best.jsonl files), trained on too
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32
    finetune: FinetuneConfig = field(default_factory=FinetuneConfig)  # model, out_dir and data.train are set here
    threads: int = 0  # torch threads; 0 = torch's default


def best_file(spec: str) -> str:
    """An earlier round's kept answers: its run directory's best.jsonl, or a file named directly."""
    path = Path(spec)
    return str(path / "best.jsonl") if path.is_dir() else spec


@torch.no_grad()
def sample_and_score(model, reward_models, tokenizer, prompts: list[Prompt], cfg: Config, rank: int) -> list[dict]:
    """K samples per prompt with their reward-model scores; one dict per sample."""
    per_call = max(1, cfg.generation_batch_size // cfg.k)
    out = []
    with progress_bar(rank == 0) as bar:
        task = bar.add_task("rejection sampling", total=len(prompts))
        for i in range(0, len(prompts), per_call):
            chunk = [p for p in prompts[i : i + per_call] for _ in range(cfg.k)]
            batch = rollout(model, tokenizer, [p.prompt for p in chunk], cfg.max_new_tokens, cfg.temperature,
                            cfg.top_p, cfg.precision)
            r_help = rollout_scores(reward_models["helpfulness"], batch, cfg.precision)
            r_safe = rollout_scores(reward_models["safety"], batch, cfg.precision)
            risky = torch.tensor([p.risk_category is not None for p in chunk], device=r_help.device)
            reward = combine(cfg.rewards, r_help, r_safe, risky)
            answers = decode_answers(tokenizer, batch)
            for j, p in enumerate(chunk):
                out.append({"prompt_index": i + j // cfg.k, "prompt": [m.model_dump() for m in p.prompt],
                            "risk_category": p.risk_category, "answer": answers[j],
                            "ended": bool(batch.ended[j]), "reward": reward[j].item(),
                            "help": r_help[j].item(), "safe": r_safe[j].item()})
            advance(bar, task, len(chunk) // cfg.k, log=rank == 0)
    return out


def select_best(samples: list[dict], require_end: bool, source: str) -> tuple[list[Conversation], dict]:
    """The highest-reward sample of each prompt, as a conversation; and the statistics of the choice."""
    by_prompt = {}
    for s in samples:
        by_prompt.setdefault(s["prompt_index"], []).append(s)
    best, gains = [], []
    for group in by_prompt.values():
        eligible = [s for s in group if s["answer"] and (s["ended"] or not require_end)]
        if not eligible:
            continue
        top = max(eligible, key=lambda s: s["reward"])
        gains.append(top["reward"] - sum(s["reward"] for s in eligible) / len(eligible))
        best.append(Conversation(messages=[*top["prompt"], {"role": "assistant", "content": top["answer"]}], source=source))
    stats = {"prompts": len(by_prompt), "kept": len(best), "samples": len(samples),
             "reward_mean": sum(s["reward"] for s in samples) / max(1, len(samples)),
             "best_minus_mean": sum(gains) / max(1, len(gains)),
             "ended": sum(s["ended"] for s in samples) / max(1, len(samples))}
    return best, stats


def main(cfg: Config) -> Path:
    # Seed, run directory (a completed run of this config is not redone).
    opened = open_run(cfg, "rejection_sampling", parents={
        "model": cfg.model, "helpfulness": cfg.rewards.helpfulness, "safety": cfg.rewards.safety,
        **{f"keep{i}": k for i, k in enumerate(cfg.keep)}})
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened
    if world > 1:
        raise AlignkitError("rejection sampling runs in one process; its fine-tuning step can be launched with torchrun")

    # 1. sample K answers per prompt from the latest policy and score them (skipped if done before a restart)
    stats_path = run_dir / "sampling.json"
    if not (run_dir / "best.jsonl").is_file() or not stats_path.is_file():
        tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
        prompts = [p for _, p in load_records(cfg.prompts, Prompt)]
        if cfg.max_prompts:
            prompts = random.Random(cfg.seed).sample(prompts, min(cfg.max_prompts, len(prompts)))
        policy = frozen(load_causal_lm(cfg.model), cfg.precision, device)
        reward_models = {kind: frozen(load_reward_model(getattr(cfg.rewards, kind)), cfg.precision, device)
                         for kind in ("helpfulness", "safety")}
        print(f"rs: {cfg.k} samples for each of {len(prompts)} prompts at temperature {cfg.temperature}")
        samples = sample_and_score(policy, reward_models, tokenizer, prompts, cfg, rank)
        del policy, reward_models
        # 2. keep the best answer of each prompt
        best, stats = select_best(samples, cfg.require_end, f"rs:{run_dir}")
        if not best:
            raise AlignkitError("no prompt had an answer that ended; raise max_new_tokens or set require_end=false")
        write_jsonl(run_dir / "samples.jsonl", samples)
        write_jsonl(run_dir / "best.jsonl", best)
        atomic_write(stats_path, json.dumps(stats, indent=2) + "\n")
    stats = json.loads(stats_path.read_text())
    print(f"rs: kept {stats['kept']} of {stats['prompts']} prompts; mean reward {stats['reward_mean']:.3f}, "
          f"the best beats its prompt's mean (kept-eligible samples) by {stats['best_minus_mean']:.3f}")

    # 3. fine-tune the policy on the best answers of this round and of all earlier rounds
    train = [str(run_dir / "best.jsonl")] + [best_file(k) for k in cfg.keep]
    ft_cfg = replace(cfg.finetune, model=cfg.model, out_dir=str(run_dir / "finetune"),
                     data=replace(cfg.finetune.data, train=train), chat_template=cfg.chat_template,
                     precision=cfg.precision)
    ft_dir = finetune(ft_cfg)
    if not (run_dir / "final").is_dir():  # the round's result, where later stages look for it
        os.replace(ft_dir / "final", run_dir / "final")
    finish_run(run_dir, manifest, **stats, trained_on=train)
    print(f"rs: done; weights in {run_dir / 'final'}")
    return run_dir

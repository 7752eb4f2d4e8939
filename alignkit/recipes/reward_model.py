"""Reward model training: helpfulness or safety (InstructGPT step 2; Llama 2-Chat sec. 3.2.2).

The reward model is the policy's own architecture with a scalar regression head in place of the
next-token head, initialised from the SFT (or base) checkpoint, so it "knows what the chat model
knows" (Touvron et al. 2023). Each preference pair gets two scores, of prompt + chosen and of prompt +
rejected, read at the last token of each answer; the loss is the binary ranking loss with a margin
that grows with the degree of preference (Llama 2, Table 27: "small" 1, 2/3, 1/3, 0 or "large"
3, 2, 1, 0) or none (InstructGPT). One epoch by default: longer overfits (both papers).

Data mix is config: `data.train` is used whole (or a seeded sample of `data.max_train` pairs), and a
seeded sample of `data.mix` is added, `mix_fraction` times as many pairs as train has (Llama 2: the
safety model takes all safety data and ~10% helpfulness data; the helpfulness model all helpfulness
data and an equal share of safety and open data; see configs/rm-*.yaml). Held-out pairs are split off
before the mix, so accuracy is measured on the model's own kind.

After training: held-out accuracy overall and by degree, score statistics, and a normalisation
offset, the mean score of demonstrations, subtracted by `alignkit score` so demonstrations score 0
on average (InstructGPT sec. 3.5). The offset is stored in the model's config.json
(`alignkit_reward_offset`); the folder loads in plain transformers as
AutoModelForSequenceClassification, whose pad token is set apart from EOS so it reads the same token.

`group_by_prompt=true` is InstructGPT's batching: all C(K,2) pairs of a prompt in one batch element,
each answer scored once, the pairs weighted 1/C(K,2). The held-out split is by prompt either way.

Within a micro-batch each prompt is computed once for all its answers, and an answer that several
pairs share is scored once: the answers follow their prompt in one packed row and attend to it and to
themselves only (a custom attention mask), which scores exactly what prompt + answer scored alone
would, with fewer tokens when prompts are long (multi-turn dialogues). Gradients accumulate over
micro-batches as in every training loop (`alignkit.train.accumulate_and_step`).

Deviations, honestly: sequences are packed padding-free rather than padded; over-long pairs are skipped
(counted in the log), not truncated.
"""

import random
import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import encode_conversation, encode_pairs, ensure_template
from alignkit.data.records import DEGREES, Conversation, PreferencePair
from alignkit.data.sources import load_records, mix
from alignkit.distributed import all_sum, barrier, wrap
from alignkit.losses import ranking_loss
from alignkit.models import (
    DEFAULT_MODEL,
    LoraConfig,
    load_reward_model,
    load_tokenizer,
    reward_pad_token,
    reward_scores_packed,
    reward_scores_shared,
    save_pretrained,
)
from alignkit.rewards import margins
from alignkit.rundir import finish_run
from alignkit.track import log_step, progress_bar
from alignkit.train import (
    accumulate_and_step,
    chunks,
    open_run,
    optimiser_and_resume,
    save_checkpoint,
    split,
    step_share,
    sum_stats,
)


@dataclass
class Data:
    # preference pairs of the model's own kind (data specs: files, starter:NAME, LOADER:PATH)
    train: list[str] = field(default_factory=lambda: ["starter:preferences_helpfulness"])
    # pairs of which a seeded sample is mixed in after the held-out split (see mix_fraction)
    mix: list[str] = field(default_factory=lambda: ["starter:preferences_safety"])
    mix_fraction: float = 1.0  # mixed-in pairs = mix_fraction * len(train), a seeded sample of `mix`
    eval: list[str] = field(default_factory=list)  # empty: hold out eval_fraction of the train pairs
    eval_fraction: float = 0.1  # the share of the train pairs held out (a seeded split, by prompt) when data.eval is empty
    max_train: int = 0  # >0: a seeded sample of this many train pairs (before mixing), for big sets on a CPU
    max_eval: int = 0  # >0: likewise for the held-out pairs
    demonstrations: list[str] = field(default_factory=lambda: ["starter:sft"])  # for the offset
    max_demonstrations: int = 64  # how many of `demonstrations` are scored for the offset


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # usually the SFT run
    # which reward model this is: helpfulness or safety (stored with the weights)
    kind: Literal["helpfulness", "safety"] = "helpfulness"
    # the run directory: a completed run of this config is skipped, an interrupted one resumes
    out_dir: str = "runs/rm-helpfulness"
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    # the preference pairs: trained on, mixed in, held out; demonstrations for the score offset
    data: Data = field(default_factory=Data)
    # ranking-loss margin by degree of preference: none (InstructGPT), small or large (Llama 2, Table 27)
    margin: Literal["none", "small", "large"] = "small"
    # InstructGPT: all pairs of one prompt form one batch element, each weighted 1/C(K,2), so prompts
    # with many ranked answers do not dominate; batch sizes then count prompts, not pairs.
    group_by_prompt: bool = False
    lora: LoraConfig = field(default_factory=LoraConfig)  # LoRA adapters: train low-rank adapters instead of all the weights
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32
    max_len: int = 1024  # most tokens in prompt + answer; pairs with a longer sequence are skipped (and counted)
    epochs: int = 1  # passes over the training data (unless max_steps is set)
    max_steps: int = 0  # >0 overrides epochs
    batch_size: int = 16  # pairs (prompts with group_by_prompt) per optimiser step, all ranks
    micro_batch_size: int = 8  # pairs (prompts) per forward pass on one rank
    lr: float = 1e-5  # peak learning rate (AdamW; linear warm-up, then cosine decay)
    weight_decay: float = 0.0  # AdamW weight decay (weight matrices only)
    warmup_steps: int = 3  # optimiser steps of linear learning-rate warm-up
    min_lr_ratio: float = 0.1  # the cosine decay ends at lr * min_lr_ratio
    grad_clip: float = 1.0  # clip the gradient norm to this
    eval_every: int = 50  # held-out accuracy every N optimiser steps (and after the last)
    save_every: int = 20  # checkpoint every N optimiser steps (what an interrupted run resumes from)
    threads: int = 0  # torch threads; 0 = torch's default


def small_config(kind: str, other: str, other_fraction: float, max_eval: int = 0) -> Config:
    """Llama 2's mix, small (the reward models of `alignkit run` and `alignkit iterate`): up to 80 pairs of
    the model's own kind plus `other_fraction` as many of the other kind; 32 demonstrations for the offset."""
    data = Data(train=[f"starter:preferences_{kind}"], mix=[f"starter:preferences_{other}"],
                mix_fraction=other_fraction, max_train=80, max_eval=max_eval, max_demonstrations=32)
    return Config(kind=kind, data=data, micro_batch_size=4)


def subsample(items: list, n: int, seed: int) -> list:
    """A seeded sample of n items (all of them when n is 0 or larger than the list)."""
    return random.Random(seed).sample(items, n) if 0 < n < len(items) else items


def group_by_prompt(pairs: list[dict]) -> list[list[dict]]:
    """Pairs of the same prompt together, in first-seen order."""
    groups = {}
    for p in pairs:
        groups.setdefault(p["prompt"], []).append(p)
    return list(groups.values())


def pair_scores(model, pairs: list[dict], precision: str) -> tuple[torch.Tensor, torch.Tensor]:
    """Chosen and rejected scores of `pairs`. Each prompt is computed once for all its answers (they
    attend to it, not to each other), and an answer that several pairs share is scored once."""
    groups = {}  # prompt key -> (prompt ids, {answer ids: index})
    for p in pairs:
        answers = groups.setdefault(p["prompt"], (p["prompt_ids"], {}))[1]
        for key in ("chosen", "rejected"):
            answers.setdefault(tuple(p[key]), len(answers))
    scores = reward_scores_shared(model, [(ids, [list(a) for a in answers]) for ids, answers in groups.values()], precision)
    by_prompt = dict(zip(groups, scores))
    pick = lambda key: torch.stack([by_prompt[p["prompt"]][groups[p["prompt"]][1][tuple(p[key])]] for p in pairs])
    return pick("chosen"), pick("rejected")


class PairScorer(torch.nn.Module):
    """The reward model under training as a module whose forward is pair_scores. DDP wraps this module, not
    the reward model: pair_scores calls the backbone and head directly (packed rows, a custom attention
    mask), which would bypass the forward of a DDP-wrapped reward model, and DDP only averages gradients
    over ranks for what went through its own forward.

    The pairs come in a Box: DDP with device_ids (a GPU a rank) rebuilds nested lists and dicts element by
    element looking for tensors to move, which for lists of token ids costs about as much as the forward."""

    class Box:
        def __init__(self, pairs: list[dict]):
            self.pairs = pairs

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, box: Box, precision: str) -> tuple[torch.Tensor, torch.Tensor]:
        return pair_scores(self.model, box.pairs, precision)


def micro_loss(scorer, groups: list[list[dict]], cfg: Config) -> tuple[torch.Tensor, dict]:
    """Ranking loss with margins of a micro-batch of elements (prompt groups, or single pairs): each element
    weighs 1 (its pairs 1/len each), normalised by the step's elements on all ranks (batch_size). `scorer`
    is a PairScorer, DDP-wrapped under several ranks."""
    pairs = [p for g in groups for p in g]
    weight = torch.tensor([1 / len(g) for g in groups for _ in g])
    r_chosen, r_rejected = scorer(PairScorer.Box(pairs), cfg.precision)
    m = margins([p["degree"] for p in pairs], cfg.margin).to(r_chosen.device)
    loss, stats = ranking_loss(r_chosen, r_rejected, m, weight.to(r_chosen.device), num_pairs=cfg.batch_size)
    return loss, {"right": stats["accuracy"].item() * len(pairs), "pairs": len(pairs)}


@torch.no_grad()
def evaluate_pairs(model, pairs: list[dict], micro: int, precision: str) -> dict:
    """Held-out accuracy overall and by degree, and score statistics (one process)."""
    model.eval()
    chosen, rejected = [], []
    for i in range(0, len(pairs), micro):
        c, r = pair_scores(model, pairs[i : i + micro], precision)
        chosen.append(c)
        rejected.append(r)
    model.train()
    chosen, rejected = torch.cat(chosen), torch.cat(rejected)
    right = (chosen > rejected).float()
    by_degree = {}
    for d in DEGREES:
        sel = torch.tensor([p["degree"] == d for p in pairs])
        if sel.any():
            by_degree[d] = {"accuracy": right[sel].mean().item(), "pairs": int(sel.sum())}
    return {"accuracy": right.mean().item(), "pairs": len(pairs), "by_degree": by_degree,
            "chosen_mean": chosen.mean().item(), "rejected_mean": rejected.mean().item(),
            "score_std": torch.cat([chosen, rejected]).std().item()}


@torch.no_grad()
def demonstration_offset(model, tokenizer, specs: list[str], n: int, max_len: int, precision: str) -> float:
    """Mean score of up to n demonstrations (their last assistant turn is the answer scored)."""
    records = [r for _, r in load_records(specs, Conversation)][:n]
    seqs = [encode_conversation(tokenizer, r.messages, max_len)[0] for r in records]
    model.eval()
    scores = torch.cat([reward_scores_packed(model, seqs[i : i + 16], precision) for i in range(0, len(seqs), 16)])
    return scores.mean().item()


def load_pairs(cfg: Config, tokenizer) -> tuple[list[dict], list[dict]]:
    """Train and held-out pairs, encoded. The held-out split is by prompt (no prompt on both sides) and comes
    before mixing, so accuracy is measured on the model's own kind; then the seeded caps, then the mix."""
    encode = lambda specs: encode_pairs(tokenizer, load_records(specs, PreferencePair), cfg.max_len, "rm")
    train = group_by_prompt(encode(cfg.data.train))
    if cfg.data.eval:
        heldout = group_by_prompt(encode(cfg.data.eval))
    else:
        train, heldout = split(train, cfg.data.eval_fraction, cfg.seed)
    heldout = [p for g in heldout for p in g]
    train = [p for g in train for p in g]
    train, heldout = subsample(train, cfg.data.max_train, cfg.seed), subsample(heldout, cfg.data.max_eval, cfg.seed)
    if cfg.data.mix and cfg.data.mix_fraction > 0:
        train = mix(train, encode(cfg.data.mix), cfg.data.mix_fraction, cfg.seed)
    if not heldout:
        raise AlignkitError("the held-out set is empty: set data.eval_fraction > 0 or name files in data.eval")
    return train, heldout


def main(cfg: Config) -> Path:
    # Seed, processes, run directory (a completed run of this config is not redone).
    opened = open_run(cfg, f"reward_model_{cfg.kind}", parents={"model": cfg.model})
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened

    # Data: pairs -> token ids, held out by prompt before mixing; training elements are prompt groups or single pairs.
    tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
    tokenizer.pad_token = reward_pad_token(tokenizer)
    train, heldout = load_pairs(cfg, tokenizer)
    elements = group_by_prompt(train) if cfg.group_by_prompt else [[p] for p in train]
    if len(elements) < cfg.batch_size or cfg.batch_size % world:
        raise AlignkitError(f"batch_size {cfg.batch_size}: needs at most {len(elements)} elements "
                            f"and a multiple of {world} ranks")
    total_steps = cfg.max_steps or cfg.epochs * (len(elements) // cfg.batch_size)

    # Reward model from the policy's weights, optimiser, schedule, resume.
    model = load_reward_model(cfg.model, cfg.lora).to(device)  # before the optimiser, whose resumed state follows it
    model.config.pad_token_id = tokenizer.pad_token_id
    model.train()
    optimizer, scheduler, start = optimiser_and_resume([(model, cfg.lr)], cfg, total_steps, run_dir, rank)
    if rank == 0:
        print(f"rm ({cfg.kind}): {len(train)} train / {len(heldout)} held-out pairs, {total_steps} steps, "
              f"margin {cfg.margin}" + (f", resuming at step {start}" if start else ""))
    scorer = wrap(PairScorer(model), device)  # training goes through DDP's forward; `model` is the plain model

    with progress_bar(rank == 0) as bar:
        task = bar.add_task(f"rm {cfg.kind}", total=total_steps, completed=start)
        for step in range(start, total_steps):
            t0 = time.perf_counter()
            # 1. this step's elements (pairs, or prompt groups): this rank's share
            mine = step_share(elements, cfg.batch_size, cfg.seed, step, rank, world)
            # 2. ranking loss per micro-batch (DDP syncs on the last), NaN guard, clip, update; schedule
            step_loss, (grad_norm,), stats = accumulate_and_step(
                [(scorer, chunks(mine, cfg.micro_batch_size), partial(micro_loss, scorer, cfg=cfg))],
                optimizer, cfg.grad_clip, world, step, run_dir)
            scheduler.step()
            # 3. log, evaluate, checkpoint
            totals = sum_stats(stats)
            row = {"step": step + 1, "total_steps": total_steps, "loss": step_loss,
                   "accuracy": (all_sum(totals["right"]) / all_sum(totals["pairs"])).item(), "lr": scheduler.get_last_lr()[0],
                   "grad_norm": grad_norm, "pairs_s": all_sum(totals["pairs"]).item() / (time.perf_counter() - t0)}
            if rank == 0:
                if (step + 1) % cfg.eval_every == 0 and step + 1 < total_steps:
                    row["eval_accuracy"] = evaluate_pairs(model, heldout, cfg.micro_batch_size, cfg.precision)["accuracy"]
                log_step(run_dir, row, bar)
                bar.advance(task)
                if (step + 1) % cfg.save_every == 0 and step + 1 < total_steps:
                    save_checkpoint(run_dir, model, optimizer, scheduler, step + 1)
            barrier()

    # Held-out accuracy by degree, the demonstrations' offset, weights in Hugging Face format.
    if rank == 0:
        results = evaluate_pairs(model, heldout, cfg.micro_batch_size, cfg.precision)
        offset = demonstration_offset(model, tokenizer, cfg.data.demonstrations, cfg.data.max_demonstrations,
                                      cfg.max_len, cfg.precision) if cfg.data.demonstrations else 0.0
        # with LoRA, export a plain model: adapter and head merged, loadable without peft
        plain = model.merge_and_unload() if cfg.lora.enabled else model
        plain.config.alignkit_reward_offset = offset
        plain.config.alignkit_reward_kind = cfg.kind
        save_pretrained(plain, tokenizer, run_dir / "final")
        finish_run(run_dir, manifest, steps=total_steps, offset=offset, **results)
        shutil.rmtree(run_dir / "checkpoint", ignore_errors=True)
        by_degree = ", ".join(f"{d} {v['accuracy']:.1%} (n={v['pairs']})" for d, v in results["by_degree"].items())
        print(f"rm ({cfg.kind}): held-out accuracy {results['accuracy']:.1%} on {results['pairs']} pairs; {by_degree}; "
              f"offset {offset:.3f}; weights in {run_dir / 'final'}")
    barrier()
    return run_dir

"""Direct preference optimisation: the offline alternative to reward model + PPO (Rafailov et al. 2023).

The policy (initialised from the SFT model) is trained directly on preference pairs, the same
records the reward models read, with the loss

    -log sigmoid(beta * ((log pi(y_c|x) - log ref(y_c|x)) - (log pi(y_r|x) - log ref(y_r|x))))

where log pi(y|x) is the summed log-probability of the answer's tokens given the prompt and the
reference is the SFT model. The reference's log-probs are computed once before training (they never
change), so the reference is not kept in memory while training; with LoRA and no separate
reference, they come from the policy with its adapter off. Held-out preference accuracy (does the
implicit reward beta * log(pi/ref) rank the chosen answer higher?) is measured at the end. Pairs are
encoded as for the reward models (`alignkit.chat.encode_pairs`); gradients accumulate over micro-batches
as in every training loop (`alignkit.train.accumulate_and_step`).

Deviations, honestly: pairs whose sequences exceed max_len are skipped (counted), as in reward-model
training; the degree of preference is not used (plain DPO has no margin).
"""

import contextlib
import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import encode_pairs, ensure_template
from alignkit.data.records import PreferencePair
from alignkit.data.sources import load_records
from alignkit.distributed import all_sum, barrier, wrap
from alignkit.generate import answer_logprobs
from alignkit.losses import dpo_loss
from alignkit.models import DEFAULT_MODEL, LoraConfig, load_causal_lm, load_tokenizer, save_pretrained
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
    # preference pairs to train on (data specs: files, starter:NAME, LOADER:PATH)
    train: list[str] = field(default_factory=lambda: ["starter:preferences_helpfulness", "starter:preferences_safety"])
    eval: list[str] = field(default_factory=list)  # empty: hold out eval_fraction of train
    eval_fraction: float = 0.1  # the share of train held out (a seeded split) when data.eval is empty


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # usually the SFT run
    reference: str = ""  # empty: `model`
    out_dir: str = "runs/dpo"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    data: Data = field(default_factory=Data)  # the preference pairs: trained on and held out
    beta: float = 0.1  # DPO's beta: strength of the implicit KL penalty to the reference model
    lora: LoraConfig = field(default_factory=LoraConfig)  # LoRA adapters: train low-rank adapters instead of all the weights
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32
    max_len: int = 1024  # most tokens in prompt + answer; pairs with a longer sequence are skipped (and counted)
    epochs: int = 1  # passes over the training data (unless max_steps is set)
    max_steps: int = 0  # >0 overrides epochs
    batch_size: int = 16  # pairs per optimiser step, all ranks
    micro_batch_size: int = 8  # pairs per forward pass on one rank
    lr: float = 5e-7  # peak learning rate (AdamW; linear warm-up, then cosine decay)
    weight_decay: float = 0.0  # AdamW weight decay (weight matrices only)
    warmup_steps: int = 3  # optimiser steps of linear learning-rate warm-up
    min_lr_ratio: float = 0.1  # the cosine decay ends at lr * min_lr_ratio
    grad_clip: float = 1.0  # clip the gradient norm to this
    save_every: int = 20  # checkpoint every N optimiser steps (what an interrupted run resumes from)
    threads: int = 0  # torch threads; 0 = torch's default


def examples(pair: dict) -> list[tuple[list[int], list[int]]]:
    """(ids, answer mask) of prompt + chosen and prompt + rejected."""
    n = len(pair["prompt_ids"])
    return [(pair["prompt_ids"] + pair[k], [0] * n + [1] * len(pair[k])) for k in ("chosen", "rejected")]


def pair_logprobs(model, pairs: list[dict], precision: str) -> tuple[torch.Tensor, torch.Tensor]:
    """Summed answer log-probs of the chosen and rejected answers of `pairs`: two (B,) tensors."""
    lp = answer_logprobs(model, [ex for p in pairs for ex in examples(p)], precision)
    return lp[0::2], lp[1::2]


def micro_loss(model, pairs: list[dict], cfg: Config) -> tuple[torch.Tensor, dict]:
    """DPO loss of a micro-batch of pairs against their stored reference log-probs, normalised by the
    step's pairs on all ranks (batch_size); accuracy and reward margin summed over its pairs."""
    c, r = pair_logprobs(model, pairs, cfg.precision)
    ref = lambda k: torch.tensor([p[k] for p in pairs], device=c.device)
    loss, stats = dpo_loss(c, r, ref("ref_chosen"), ref("ref_rejected"), cfg.beta, num_pairs=cfg.batch_size)
    return loss, {k: stats[k].item() * len(pairs) for k in ("accuracy", "reward_margin")}


@torch.no_grad()
def reference_logprobs(cfg: Config, policy, pairs: list[dict], device) -> None:
    """Store each pair's reference log-probs in the pair (`ref_chosen`, `ref_rejected`)."""
    shared = cfg.lora.enabled and not cfg.reference
    reference = policy if shared else load_causal_lm(cfg.reference or cfg.model).to(device).eval()
    with reference.disable_adapter() if shared else contextlib.nullcontext():
        for i in range(0, len(pairs), cfg.micro_batch_size):
            chunk = pairs[i : i + cfg.micro_batch_size]
            c, r = pair_logprobs(reference, chunk, cfg.precision)
            for p, a, b in zip(chunk, c.tolist(), r.tolist()):
                p["ref_chosen"], p["ref_rejected"] = a, b


@torch.no_grad()
def heldout_accuracy(model, pairs: list[dict], cfg: Config) -> dict:
    model.eval()
    right, margin = [], []
    for i in range(0, len(pairs), cfg.micro_batch_size):
        chunk = pairs[i : i + cfg.micro_batch_size]
        c, r = pair_logprobs(model, chunk, cfg.precision)
        h = cfg.beta * ((c - torch.tensor([p["ref_chosen"] for p in chunk], device=c.device))
                        - (r - torch.tensor([p["ref_rejected"] for p in chunk], device=c.device)))
        right += (h > 0).tolist()
        margin += h.tolist()
    model.train()
    return {"eval_accuracy": sum(right) / len(right), "eval_margin": sum(margin) / len(margin), "eval_pairs": len(right)}


def main(cfg: Config) -> Path:
    # Seed, processes, run directory (a completed run of this config is not redone).
    opened = open_run(cfg, "dpo", parents={"model": cfg.model, "reference": cfg.reference or cfg.model})
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened

    # Data: preference pairs -> token ids; held-out split by prompt.
    tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
    train = encode_pairs(tokenizer, load_records(cfg.data.train, PreferencePair), cfg.max_len, "dpo")
    if cfg.data.eval:
        heldout = encode_pairs(tokenizer, load_records(cfg.data.eval, PreferencePair), cfg.max_len, "dpo")
    else:
        prompts = sorted({p["prompt"] for p in train})
        _, held_prompts = split(prompts, cfg.data.eval_fraction, cfg.seed)
        held_prompts = set(held_prompts)
        train, heldout = [p for p in train if p["prompt"] not in held_prompts], [p for p in train if p["prompt"] in held_prompts]
    if not heldout or len(train) < cfg.batch_size or cfg.batch_size % world:
        raise AlignkitError(f"dpo: {len(train)} train / {len(heldout)} held-out pairs; batch_size {cfg.batch_size} "
                            f"must be at most the train pairs and a multiple of {world} ranks, and the held-out set non-empty")
    total_steps = cfg.max_steps or cfg.epochs * (len(train) // cfg.batch_size)

    # Policy; the reference's log-probs once, before any update; optimiser, schedule, resume.
    model = load_causal_lm(cfg.model, cfg.lora).to(device)
    reference_logprobs(cfg, model, train + heldout, device)
    model.train()
    optimizer, scheduler, start = optimiser_and_resume([(model, cfg.lr)], cfg, total_steps, run_dir, rank)
    if rank == 0:
        print(f"dpo: {len(train)} train / {len(heldout)} held-out pairs, {total_steps} steps, beta {cfg.beta}"
              + (f", resuming at step {start}" if start else ""))
    model = wrap(model, device)

    with progress_bar(rank == 0) as bar:
        task = bar.add_task("dpo", total=total_steps, completed=start)
        for step in range(start, total_steps):
            t0 = time.perf_counter()
            # 1. this step's pairs: this rank's share
            mine = step_share(train, cfg.batch_size, cfg.seed, step, rank, world)
            # 2. DPO loss per micro-batch (DDP syncs on the last), NaN guard, clip, update; schedule
            step_loss, (grad_norm,), stats = accumulate_and_step(
                [(model, chunks(mine, cfg.micro_batch_size), partial(micro_loss, model, cfg=cfg))],
                optimizer, cfg.grad_clip, world, step, run_dir)
            scheduler.step()
            # 3. log, checkpoint
            row = {"step": step + 1, "total_steps": total_steps, "loss": step_loss,
                   **{k: (all_sum(v) / cfg.batch_size).item() for k, v in sum_stats(stats).items()},
                   "lr": scheduler.get_last_lr()[0], "grad_norm": grad_norm,
                   "pairs_s": cfg.batch_size / (time.perf_counter() - t0)}
            if rank == 0:
                log_step(run_dir, row, bar)
                bar.advance(task)
                if (step + 1) % cfg.save_every == 0 and step + 1 < total_steps:
                    save_checkpoint(run_dir, model, optimizer, scheduler, step + 1)
            barrier()

    # Held-out preference accuracy; weights in Hugging Face format (LoRA merged).
    if rank == 0:
        unwrapped = getattr(model, "module", model)
        results = heldout_accuracy(unwrapped, heldout, cfg)
        if cfg.lora.enabled:
            unwrapped = unwrapped.merge_and_unload()
        save_pretrained(unwrapped, tokenizer, run_dir / "final")
        finish_run(run_dir, manifest, steps=total_steps, **results)
        shutil.rmtree(run_dir / "checkpoint", ignore_errors=True)
        print(f"dpo: held-out preference accuracy {results['eval_accuracy']:.1%} on {results['eval_pairs']} pairs; "
              f"weights in {run_dir / 'final'}")
    barrier()
    return run_dir

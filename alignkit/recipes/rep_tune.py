"""Representation tuning along the refusal direction: `alignkit rep-tune` (beyond Llama 2; LoRRA, Zou et al. 2023).

A model refuses a request when the residual stream at the end of the prompt carries enough of one
direction, the refusal direction (Arditi et al. 2024: the mean difference between harmful and harmless
prompts; `alignkit.ablation.fit_direction`). On the embedded 135M model after safety SFT, distillation,
rejection sampling and PPO, harmful prompts that are not refused and borderline prompts that are refused
sit on the wrong side of that direction. This stage moves them, on the model it tunes:

1. prompts (training only; every near duplicate of an evaluation prompt dropped): harmful ones (the
   project's and, with $ALIGNKIT_DATA_DIR, the public red-team sets', balanced by category and source),
   the project's borderline ones, and everyday requests; `prompts` adds Prompt files (risk_category set:
   harmful); a seeded tenth of each kind is held out;
2. the refusal direction r at layer L (chosen by separation, or `layer`), fitted on the frozen model;
3. the frozen model's residual stream entering layer L at the last `positions` prompt tokens, and its
   targets (`alignkit.reptune.margin_targets`): harmful prompts raised along r to `raise_by` |r| above
   the harmful mean, borderline and everyday prompts lowered to `lower_by` |r| below the borderline mean,
   the others (already past their margin) kept where they are;
4. LoRA adapters (on every linear layer; only those below L receive gradients) trained for `epochs` on
   |h - target|^2 / |r|^2, in batches drawn at random, so each mixes kinds of prompts;
5. the held-out prompts' projections before and after, the adapters merged, the model in final/.

Measured on the main job's PPO model (docs/safety-experiments.md, "Fifth session"): refusal of 180
held-out harmful prompts 74% -> 88%, over-refusal of 117 borderline ones 17% -> 7%, IFEval and held-out
loss about unchanged; XSTest over-refusal halved while its unsafe-prompt refusal stayed.

Deviations, honestly: LoRRA pairs each prompt with a contrastive prompt (a pre-prompt asking for the
behaviour) to build targets; here the target is the frozen state moved along one fitted direction, up to a
margin, which needs no contrast prompts. Only the prompt's last tokens are tuned, not the answer's. The
direction is fitted once on the frozen model, not refitted as the model moves.
"""

import io
import json
import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.ablation import fit_direction
from alignkit.chat import ensure_template
from alignkit.data.records import Prompt
from alignkit.data.safety import Config as SafetyDataConfig, evaluation_prompts, near_duplicates, prompt_pool
from alignkit.data.sources import load_records
from alignkit.data.starter import load
from alignkit.models import DEFAULT_MODEL, LoraConfig, load_causal_lm, load_tokenizer, save_pretrained
from alignkit.reptune import (
    TuningSet,
    encode,
    frozen_states,
    last_positions,
    margin_targets,
    margins,
    projection_summary,
    representation_loss,
    shuffled_batches,
)
from alignkit.rundir import atomic_write, finish_run
from alignkit.track import log_step, progress_bar
from alignkit.train import check_finite, open_run, optimiser_and_resume, save_checkpoint, split


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # the model tuned: the last stage's run, a folder or an embedded name
    out_dir: str = "runs/rep-tune"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: prompt samples, held-out split, batch order, adapter initialisation
    max_harmful: int = 600  # harmful prompts, a balanced sample (categories, then sources, in turn); 0 = all
    max_borderline: int = 0  # borderline prompts (the project's), a seeded sample; 0 = all
    max_helpful: int = 0  # everyday requests (the starter pack's helpful prompts), a seeded sample; 0 = all
    public: list[str] = field(default_factory=lambda: SafetyDataConfig().public)  # public red-team sets (with the data dir)
    prompts: list[str] = field(default_factory=list)  # more Prompt files: risk_category set = harmful, else borderline
    heldout_fraction: float = 0.1  # of each kind, held out for the before/after projections
    layer: int = -1  # the layer whose input is tuned; -1: the one whose refusal direction separates best
    direction_prompts: int = 128  # training prompts of each side that fit the direction
    positions: int = 5  # the last prompt tokens whose residual stream is tuned
    raise_by: float = 1.0  # harmful prompts' target: harmful mean projection + raise_by |r|
    lower_by: float = 2.0  # borderline and everyday prompts' target: borderline mean projection - lower_by |r|
    epochs: int = 1  # passes over the training prompts
    batch_size: int = 8  # prompts per optimiser step
    lr: float = 2e-4  # AdamW learning rate of the adapters
    warmup_steps: int = 0  # optimiser steps of linear learning-rate warm-up
    min_lr_ratio: float = 1.0  # the cosine decay ends at lr * min_lr_ratio (1: a constant learning rate)
    weight_decay: float = 0.0  # AdamW weight decay (weight matrices only)
    grad_clip: float = 10.0  # clip the gradient norm to this (a guard: measured norms stay under it)
    lora: LoraConfig = field(default_factory=lambda: LoraConfig(enabled=True))  # the adapters (must be enabled)
    trained_layers: int = 0  # >0: train only the adapters of this many layers just below the tuned one (a shorter backward)
    save_every: int = 40  # checkpoint every N optimiser steps (what an interrupted run resumes from)
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32
    threads: int = 0  # torch threads; 0 = torch's default


@dataclass
class Prompts:
    """The training prompts (one-message conversations) and what each is."""

    messages: list[list[dict]]
    kinds: list[str]  # "harmful", "borderline" or "helpful"


def sampled(items: list, n: int, seed: int) -> list:
    return random.Random(seed).sample(items, n) if 0 < n < len(items) else list(items)


def load_prompts(cfg: Config) -> Prompts:
    """Harmful, borderline and everyday training prompts, none a near duplicate of an evaluation prompt."""
    harmful, borderline = prompt_pool(cfg.public, cfg.max_harmful, cfg.seed, "rep-tune")
    helpful = [it["prompt"].strip() for key in ("writing", "questions", "reasoning", "code") for it in load("helpful")[key]]
    leaked = near_duplicates(helpful, evaluation_prompts())
    texts = {"harmful": [it.prompt for it in harmful],
             "borderline": [it.prompt for it in sampled(borderline, cfg.max_borderline, cfg.seed)],
             "helpful": sampled([t for i, t in enumerate(helpful) if i not in leaked], cfg.max_helpful, cfg.seed)}
    messages = [[{"role": "user", "content": t}] for kind in texts for t in texts[kind]]
    kinds = [kind for kind in texts for _ in texts[kind]]
    for _, p in load_records(cfg.prompts, Prompt) if cfg.prompts else []:  # the user's own, used whole
        messages.append(p.prompt)
        kinds.append("harmful" if p.risk_category else "borderline")
    return Prompts(messages, kinds)


def held_out(prompts: Prompts, fraction: float, seed: int) -> tuple[Prompts, Prompts]:
    """(train, held out): a seeded `fraction` of each kind held out."""
    train, test = Prompts([], []), Prompts([], [])
    for kind in sorted(set(prompts.kinds)):
        rows = [m for m, k in zip(prompts.messages, prompts.kinds) if k == kind]
        fit, out = split(rows, fraction, seed)
        train.messages += fit
        train.kinds += [kind] * len(fit)
        test.messages += out
        test.kinds += [kind] * len(out)
    return train, test


def tuning_set(model, tokenizer, prompts: Prompts, direction: torch.Tensor, layer: int, cfg: Config,
               bounds: tuple | None = None) -> tuple[TuningSet, tuple]:
    """The prompts encoded, the frozen model's states and their targets; `bounds` (high, low) from the
    training prompts (computed here when None)."""
    ids = encode(tokenizer, prompts.messages, cfg.positions)
    base = frozen_states(model, ids, layer, cfg.positions, tokenizer.pad_token_id, cfg.precision)
    high, low = bounds or margins(base, prompts.kinds, direction, cfg.raise_by, cfg.lower_by)
    harmful = torch.tensor([k == "harmful" for k in prompts.kinds])
    return TuningSet(ids, prompts.kinds, base, margin_targets(base, harmful, direction, high, low)), (high, low)


def train_step(model, data: TuningSet, batch: list[int], layer: int, scale: float, cfg: Config, pad_id: int):
    states = last_positions(model, [data.ids[i] for i in batch], layer, cfg.positions, pad_id, cfg.precision)
    loss, stats = representation_loss(states, data.targets[batch].to(states.device), scale)
    loss.backward()
    return loss, stats


@torch.no_grad()
def summary(states: torch.Tensor, data: TuningSet, direction: torch.Tensor) -> dict:
    """The held-out prompts' mean projections per kind (in |r|) and their loss against their targets."""
    loss, _ = representation_loss(states, data.targets, direction.norm().item() ** 2)
    return {**projection_summary(states, data.kinds, direction), "loss": round(loss.item(), 4)}


def freeze_adapters_below(model, first: int) -> None:
    """Only the adapters of decoder layers >= first train: backpropagation then stops at layer `first`."""
    for name, param in model.named_parameters():
        index = name.split(".layers.")[1].split(".")[0] if ".layers." in name else None
        if param.requires_grad and index is not None and int(index) < first:
            param.requires_grad_(False)


def save_direction(run_dir: Path, direction: torch.Tensor, layer: int) -> None:
    buffer = io.BytesIO()
    torch.save({"layer": layer, "vector": direction}, buffer)
    atomic_write(run_dir / "direction.pt", buffer.getvalue())


def main(cfg: Config) -> Path:
    # Seed, run directory (a completed run of this config is not redone).
    opened = open_run(cfg, "rep_tune", parents={"model": cfg.model})
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened
    if world > 1:
        raise AlignkitError("rep-tune runs in one process (a few minutes on a CPU for the embedded model)")
    if not cfg.lora.enabled:
        raise AlignkitError("rep-tune trains LoRA adapters: set lora.enabled=true")

    # 1. prompts, a tenth of each kind held out
    tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
    train, test = held_out(load_prompts(cfg), cfg.heldout_fraction, cfg.seed)
    model = load_causal_lm(cfg.model, cfg.lora).to(device)  # adapters start at zero: the frozen model's outputs
    model.eval()

    # 2. the refusal direction at layer L, fitted on the frozen model
    harmful = [m for m, k in zip(train.messages, train.kinds) if k == "harmful"]
    harmless = [m for m, k in zip(train.messages, train.kinds) if k != "harmful"]
    n = cfg.direction_prompts
    with model.disable_adapter():
        fit = fit_direction(model.get_base_model(), tokenizer, sampled(harmful, n, cfg.seed),
                            sampled(harmless, n, cfg.seed), cfg.layer, precision=cfg.precision)
    direction, layer = fit.vector, fit.layer
    save_direction(run_dir, direction, layer)
    if cfg.trained_layers:
        freeze_adapters_below(model, layer - cfg.trained_layers)

    # 3. the frozen model's states at the last prompt tokens, and their targets
    data, bounds = tuning_set(model, tokenizer, train, direction, layer, cfg)
    check, _ = tuning_set(model, tokenizer, test, direction, layer, cfg, bounds)
    before = summary(check.base, check, direction)
    counts = {k: train.kinds.count(k) for k in sorted(set(train.kinds))}
    print(f"rep-tune: layer {layer} (|r| {direction.norm():.2f}), {json.dumps(counts)} training prompts, "
          f"{len(test.kinds)} held out; held-out prompts before (projection on r in |r|, loss): {json.dumps(before)}")

    # 4. the adapters, trained towards the targets (resuming from the last checkpoint if any)
    batches_per_epoch = -(-len(data.ids) // cfg.batch_size)
    total = cfg.epochs * batches_per_epoch
    optimizer, scheduler, start = optimiser_and_resume([(model, cfg.lr)], cfg, total, run_dir, rank)
    scale = direction.norm().item() ** 2
    if start:
        print(f"rep-tune: resuming at step {start} of {total}")
    model.train()
    with progress_bar() as bar:
        task = bar.add_task("rep-tune", total=total, completed=start)
        for step in range(start, total):
            epoch, index = divmod(step, batches_per_epoch)
            batch = shuffled_batches(len(data.ids), cfg.batch_size, cfg.seed * 1000 + epoch)[index]
            loss, stats = train_step(model, data, batch, layer, scale, cfg, tokenizer.pad_token_id)
            check_finite(loss.detach(), step + 1, run_dir)
            norm = torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], cfg.grad_clip)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            scheduler.step()
            log_step(run_dir, {"step": step + 1, "total_steps": total, "epoch": epoch, **stats,
                               "grad_norm": norm.item(), "lr": scheduler.get_last_lr()[0]}, bar)
            bar.advance(task)
            if (step + 1) % cfg.save_every == 0 and step + 1 < total:
                save_checkpoint(run_dir, model, optimizer, scheduler, step + 1)

    # 5. the held-out prompts' projections after, the adapters merged into plain weights
    model.eval()
    after = summary(frozen_states(model, check.ids, layer, cfg.positions, tokenizer.pad_token_id, cfg.precision),
                    check, direction)
    print(f"rep-tune: held-out prompts after: {json.dumps(after)}")
    save_pretrained(model.merge_and_unload(), tokenizer, run_dir / "final")
    finish_run(run_dir, manifest, layer=layer, direction_norm=direction.norm().item(), prompts=counts,
               heldout_before=before, heldout_after=after)
    shutil.rmtree(run_dir / "checkpoint", ignore_errors=True)
    print(f"rep-tune: done; weights in {run_dir / 'final'}")
    return run_dir


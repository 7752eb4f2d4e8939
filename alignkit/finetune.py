"""Supervised fine-tuning on demonstrations (InstructGPT step 1; Llama 2-Chat's SFT stage): the training loop.

`finetune(cfg)` is the library's SFT entry point: the `sft` recipe (`alignkit sft`) calls it, and so do
the recipes whose last step is fine-tuning on their own kept answers (rejection sampling, context
distillation); `Config` and `Data` are its config, each field's comment its help.

Each demonstration is prompt + end-of-prompt marker + answer, rendered by `alignkit.chat`; the
next-token loss covers answer tokens only (Ouyang et al. 2022, sec. 3.5; Touvron et al. 2023,
sec. 3.1: "we zero-out the loss on tokens from the user prompt"). AdamW, linear warm-up then cosine
decay, gradient clipping; a step's loss is the mean over every answer token of the step, across
micro-batches and ranks, so batch 8x1 and 2x4 train the same.

Batches are padding-free: a micro-batch's examples are concatenated into rows of at most
`alignkit.data.batch.ROW_TOKENS` tokens, with position ids restarting per example (transformers then
masks attention block-diagonally). Logits are computed only at positions that predict an answer token,
which skips most of the vocabulary projection (`alignkit.train.micro_batch_loss`). Gradients accumulate
over micro-batches, synchronised across ranks on the last one only (`alignkit.train.accumulate_and_step`,
shared by every training loop).

Deviations, honestly: Llama 2 packs prompts and answers across examples into 4096-token windows
without attention separation; we keep examples apart. Examples longer than `max_len` stop the run
(with file and record) instead of being truncated. Held-out data is a seeded split of the training
files unless `data.eval` names files; either way the held-out conversations are written to
`heldout.jsonl` in the run, where evaluation finds them.
"""

import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

from alignkit import AlignkitError
from alignkit.chat import encode_conversations, ensure_template
from alignkit.data.batch import loss_tokens
from alignkit.data.formats import format_demonstrations
from alignkit.data.io import write_jsonl
from alignkit.data.records import Conversation
from alignkit.data.sources import load_records, mix
from alignkit.distributed import all_sum, barrier, wrap
from alignkit.models import DEFAULT_MODEL, LoraConfig, load_causal_lm, load_tokenizer, save_pretrained
from alignkit.rundir import finish_run
from alignkit.track import log_step, progress_bar
from alignkit.train import (
    accumulate_and_step,
    chunks,
    heldout_loss,
    micro_batch_loss,
    open_run,
    optimiser_and_resume,
    save_checkpoint,
    split,
    step_share,
)


@dataclass
class Data:
    # demonstrations (Conversation records) to train on (data specs: files, starter:NAME, LOADER:PATH)
    train: list[str] = field(default_factory=lambda: ["starter:sft"])
    eval: list[str] = field(default_factory=list)  # empty: hold out eval_fraction of train
    eval_fraction: float = 0.1  # the share of train held out (a seeded split) when data.eval is empty
    mix: list[str] = field(default_factory=list)  # demonstrations mixed in after the held-out split (safety SFT)
    mix_fraction: float = 1.0  # mixed-in = mix_fraction * len(train) (capped at len(mix)), a seeded sample
    # demonstrations with a verifiable format instruction (a title, N bullet points, JSON, lowercase...), made by rule
    # from this share of the training split (alignkit.data.formats) and trained on beside it; 0 = none
    format_fraction: float = 0.0


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # embedded name, Hugging Face id or folder, or an alignkit run
    out_dir: str = "runs/sft"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    data: Data = field(default_factory=Data)  # the demonstrations: what is trained on, what is held out, what is mixed in
    lora: LoraConfig = field(default_factory=LoraConfig)  # LoRA adapters: train low-rank adapters instead of all the weights
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it
    max_len: int = 1024  # most tokens in one conversation; a longer one stops the run, naming its file and record
    epochs: int = 2  # passes over the training data (unless max_steps is set)
    max_steps: int = 0  # >0 overrides epochs
    batch_size: int = 16  # conversations per optimiser step, all ranks together
    micro_batch_size: int = 8  # conversations per forward pass on one rank
    lr: float = 5e-5  # peak learning rate (AdamW; linear warm-up, then cosine decay)
    weight_decay: float = 0.0  # AdamW weight decay (weight matrices only)
    warmup_steps: int = 5  # optimiser steps of linear learning-rate warm-up
    min_lr_ratio: float = 0.1  # the cosine decay ends at lr * min_lr_ratio
    grad_clip: float = 1.0  # clip the gradient norm to this
    eval_every: int = 20  # held-out loss every N optimiser steps (and after the last)
    save_every: int = 20  # checkpoint every N optimiser steps (what an interrupted run resumes from)
    threads: int = 0  # torch threads; 0 = torch's default


def finetune(cfg: Config) -> Path:
    """Train `cfg.model` on the demonstrations of `cfg.data`; return the run directory (weights in final/)."""
    # Seed, processes, run directory (a completed run of this config is not redone).
    opened = open_run(cfg, "sft", parents={"model": cfg.model})
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened

    # Data: records -> token ids + answer masks; held-out split.
    tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
    train_records = load_records(cfg.data.train, Conversation)
    if cfg.data.eval:
        heldout_records = load_records(cfg.data.eval, Conversation)
    else:
        train_records, heldout_records = split(train_records, cfg.data.eval_fraction, cfg.seed)
    if rank == 0:  # evaluation reads the same held-out conversations from here
        write_jsonl(run_dir / "heldout.jsonl", [r for _, r in heldout_records])
    # made from the training split only, so nothing held out is seen reworded
    formatted = format_demonstrations(train_records, cfg.data.format_fraction, cfg.seed)
    if cfg.data.mix:  # Llama 2's safety SFT: safety and borderline demonstrations at a set ratio
        train_records = mix(train_records, load_records(cfg.data.mix, Conversation), cfg.data.mix_fraction, cfg.seed)
    train_records += formatted
    train = encode_conversations(tokenizer, train_records, cfg.max_len)
    heldout = encode_conversations(tokenizer, heldout_records, cfg.max_len)
    if not heldout:
        raise AlignkitError("the held-out set is empty: set data.eval_fraction > 0 or name files in data.eval")
    if len(train) < cfg.batch_size:
        raise AlignkitError(f"batch_size {cfg.batch_size} is larger than the {len(train)} training conversations")
    if cfg.batch_size % world:
        raise AlignkitError(f"batch_size {cfg.batch_size} must be a multiple of the {world} ranks")
    total_steps = cfg.max_steps or cfg.epochs * (len(train) // cfg.batch_size)

    # Model, optimiser, schedule; resume from the last checkpoint if the run was interrupted.
    model = load_causal_lm(cfg.model, cfg.lora).to(device)  # before the optimiser, whose resumed state follows it
    model.train()
    optimizer, scheduler, start = optimiser_and_resume([(model, cfg.lr)], cfg, total_steps, run_dir, rank)
    model = wrap(model, device)
    if rank == 0:
        n_train = sum(p.numel() for p in model.parameters() if p.requires_grad)
        print(f"sft: {len(train)} train / {len(heldout)} held-out conversations, {total_steps} steps, "
              f"{n_train / 1e6:.1f}M trainable params, world {world}" + (f", resuming at step {start}" if start else ""))

    with progress_bar(rank == 0) as bar:
        task = bar.add_task("sft", total=total_steps, completed=start)
        for step in range(start, total_steps):
            t0 = time.perf_counter()
            # 1. this step's conversations: this rank's share
            mine = step_share(train, cfg.batch_size, cfg.seed, step, rank, world)
            # 2. loss normaliser: answer tokens of the whole step, all ranks
            num_tokens = all_sum(loss_tokens(mine)).item()
            # 3. forward/backward per micro-batch (DDP syncs on the last), NaN guard, clip, update; schedule
            loss_fn = partial(micro_batch_loss, model, num_tokens=num_tokens, precision=cfg.precision, device=device)
            step_loss, (grad_norm,), _ = accumulate_and_step([(model, chunks(mine, cfg.micro_batch_size), loss_fn)],
                                                             optimizer, cfg.grad_clip, world, step, run_dir)
            scheduler.step()
            # 4. log, evaluate, checkpoint
            tokens = all_sum(sum(len(ids) for ids, _ in mine)).item()
            row = {"step": step + 1, "total_steps": total_steps, "loss": step_loss, "lr": scheduler.get_last_lr()[0],
                   "grad_norm": grad_norm, "tok_s": tokens / (time.perf_counter() - t0)}
            if (step + 1) % cfg.eval_every == 0 or step + 1 == total_steps:
                row["eval_loss"] = heldout_loss(model, heldout, cfg.micro_batch_size, cfg.precision, device, rank, world)
            if rank == 0:
                log_step(run_dir, row, bar)
                bar.advance(task)
                if (step + 1) % cfg.save_every == 0 and step + 1 < total_steps:
                    save_checkpoint(run_dir, model, optimizer, scheduler, step + 1)
            barrier()

    # Final held-out loss, weights in Hugging Face format; the manifest says completed.
    if start < total_steps:  # the last step measured it
        final_eval = row["eval_loss"]
    else:
        final_eval = heldout_loss(model, heldout, cfg.micro_batch_size, cfg.precision, device, rank, world)
    if rank == 0:
        save_pretrained(model, tokenizer, run_dir / "final")
        finish_run(run_dir, manifest, steps=total_steps, final_eval_loss=final_eval)
        shutil.rmtree(run_dir / "checkpoint", ignore_errors=True)  # final/ supersedes the resume state
        print(f"sft: done, held-out loss {final_eval:.4f}, weights in {run_dir / 'final'}")
    barrier()
    return run_dir

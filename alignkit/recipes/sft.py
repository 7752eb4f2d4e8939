"""Supervised fine-tuning on demonstrations (InstructGPT step 1; Llama 2-Chat's SFT stage).

Each demonstration is prompt + end-of-prompt marker + answer, rendered by `alignkit.chat`; the
next-token loss covers answer tokens only (Ouyang et al. 2022, sec. 3.5; Touvron et al. 2023,
sec. 3.1: "we zero-out the loss on tokens from the user prompt"). AdamW, linear warm-up then cosine
decay, gradient clipping; a step's loss is the mean over every answer token of the step, across
micro-batches and ranks, so batch 8x1 and 2x4 train the same.

Batches are padding-free: a micro-batch is its examples concatenated into one row, with position
ids restarting per example (transformers then masks attention block-diagonally). Logits are computed
only at positions that predict an answer token, which skips most of the vocabulary projection.

Deviations, honestly: Llama 2 packs prompts and answers across examples into 4096-token windows
without attention separation; we keep examples apart. Examples longer than `max_len` stop the run
(with file and record) instead of being truncated. Held-out data is a seeded split of the training
files unless `data.eval` names files; either way the held-out conversations are written to
`heldout.jsonl` in the run, where evaluation finds them.
"""

import contextlib
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import encode_conversation, ensure_template
from alignkit.data.batch import ROW_TOKENS, loss_tokens, pack, rows
from alignkit.data.io import write_jsonl
from alignkit.data.records import Conversation
from alignkit.data.sources import load_records, mix
from alignkit.distributed import all_sum, barrier, wrap
from alignkit.losses import lm_loss
from alignkit.models import DEFAULT_MODEL, LoraConfig, autocast, load_causal_lm, load_tokenizer, save_pretrained
from alignkit.rundir import finish_run
from alignkit.track import log_step, progress_bar
from alignkit.train import check_finite, open_run, optimiser_and_resume, save_checkpoint


@dataclass
class Data:
    train: list[str] = field(default_factory=lambda: ["starter:sft"])
    eval: list[str] = field(default_factory=list)  # empty: hold out eval_fraction of train
    eval_fraction: float = 0.1
    mix: list[str] = field(default_factory=list)  # demonstrations mixed in after the held-out split (safety SFT)
    mix_fraction: float = 1.0  # mixed-in = mix_fraction * len(train) (capped at len(mix)), a seeded sample


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # embedded name, Hugging Face id or folder, or an alignkit run
    out_dir: str = "runs/sft"
    seed: int = 0
    data: Data = field(default_factory=Data)
    lora: LoraConfig = field(default_factory=LoraConfig)
    chat_template: Literal["auto", "llama2"] = "auto"
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it
    max_len: int = 1024
    epochs: int = 2
    max_steps: int = 0  # >0 overrides epochs
    batch_size: int = 16  # conversations per optimiser step, all ranks together
    micro_batch_size: int = 8  # conversations per forward pass on one rank
    lr: float = 5e-5
    weight_decay: float = 0.0
    warmup_steps: int = 5
    min_lr_ratio: float = 0.1
    grad_clip: float = 1.0
    eval_every: int = 20
    save_every: int = 20
    threads: int = 0  # torch threads; 0 = torch's default


def encode_all(tokenizer, records: list[tuple[str, Conversation]], max_len: int) -> list[tuple[list[int], list[int]]]:
    out = []
    for where, rec in records:
        try:
            out.append(encode_conversation(tokenizer, rec.messages, max_len))
        except AlignkitError as e:
            raise AlignkitError(f"{where}: {e}") from None
    return out


def split(examples: list, fraction: float, seed: int) -> tuple[list, list]:
    """Seeded held-out split: (train, eval)."""
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    n_eval = max(1, int(len(examples) * fraction)) if fraction > 0 else 0
    return [examples[i] for i in order[n_eval:]], [examples[i] for i in order[:n_eval]]


def step_batches(n_examples: int, batch_size: int, seed: int, step: int) -> list[int]:
    """Example indices of optimiser step `step`: a fresh seeded permutation each epoch, last partial batch dropped."""
    per_epoch = n_examples // batch_size
    epoch, i = divmod(step, per_epoch)
    order = list(range(n_examples))
    random.Random(seed * 1000 + epoch).shuffle(order)
    return order[i * batch_size : (i + 1) * batch_size]


def micro_batch_loss(model, examples, num_tokens, precision: str, device, row_tokens: int = ROW_TOKENS):
    """Summed loss of `examples` over the step's `num_tokens` (default: their own answer tokens).

    The examples are packed padding-free into rows of at most `row_tokens` tokens, one forward each.
    """
    num_tokens = loss_tokens(examples) if num_tokens is None else num_tokens
    total, nll, tokens = 0.0, 0.0, 0.0
    for row in rows([len(ids) for ids, _ in examples], row_tokens):
        batch = {k: v.to(device) for k, v in pack([examples[i] for i in row]).items()}
        ids, mask = batch["input_ids"], batch["loss_mask"]
        # Logits at position t predict token t+1: keep only the positions whose next token is an answer token.
        keep = mask[0, 1:].nonzero().squeeze(1)
        with autocast(precision, device):
            out = model(input_ids=ids, position_ids=batch["position_ids"], use_cache=False, logits_to_keep=keep)
        labels = ids[:, 1:][:, keep]
        loss, stats = lm_loss(out.logits, labels, torch.ones_like(labels), num_tokens)
        total, nll, tokens = total + loss, nll + stats["nll_sum"], tokens + stats["tokens"]
    return total, {"nll_sum": nll, "tokens": tokens}


@torch.no_grad()
def heldout_loss(model, examples, micro_batch_size: int, precision: str, device, rank: int, world: int) -> float:
    """Mean answer-token loss over the held-out set (sharded over ranks)."""
    model.eval()
    nll, tokens = 0.0, 0
    mine = examples[rank::world]
    for i in range(0, len(mine), micro_batch_size):
        _, stats = micro_batch_loss(model, mine[i : i + micro_batch_size], None, precision, device)
        nll, tokens = nll + stats["nll_sum"].item(), tokens + stats["tokens"].item()
    model.train()
    return (all_sum(nll) / all_sum(tokens).clamp(min=1)).item()


def main(cfg: Config) -> Path:
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
    if cfg.data.mix:  # Llama 2's safety SFT: safety and borderline demonstrations at a set ratio
        train_records = mix(train_records, load_records(cfg.data.mix, Conversation), cfg.data.mix_fraction, cfg.seed)
    train = encode_all(tokenizer, train_records, cfg.max_len)
    heldout = encode_all(tokenizer, heldout_records, cfg.max_len)
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
    optimizer, scheduler, start = optimiser_and_resume(model, cfg, total_steps, run_dir, rank)
    model = wrap(model, device)
    trainable = [p for p in model.parameters() if p.requires_grad]
    if rank == 0:
        n_train = sum(p.numel() for p in trainable)
        print(f"sft: {len(train)} train / {len(heldout)} held-out conversations, {total_steps} steps, "
              f"{n_train / 1e6:.1f}M trainable params, world {world}" + (f", resuming at step {start}" if start else ""))

    with progress_bar(rank == 0) as bar:
        task = bar.add_task("sft", total=total_steps, completed=start)
        for step in range(start, total_steps):
            t0 = time.perf_counter()
            # 1. this step's conversations; this rank's share, in micro-batches
            idx = step_batches(len(train), cfg.batch_size, cfg.seed, step)[rank::world]
            mine = [train[i] for i in idx]
            micro = [mine[i : i + cfg.micro_batch_size] for i in range(0, len(mine), cfg.micro_batch_size)]
            # 2. loss normaliser: answer tokens of the whole step, all ranks
            num_tokens = all_sum(loss_tokens(mine)).item()
            # 3. forward/backward per micro-batch; DDP syncs gradients on the last one only
            step_loss = 0.0
            for j, examples in enumerate(micro):
                sync = j == len(micro) - 1 or world == 1
                with contextlib.nullcontext() if sync else model.no_sync():
                    loss, _ = micro_batch_loss(model, examples, num_tokens, cfg.precision, device)
                    # DDP averages gradients over ranks; our loss is already a global mean, so undo the 1/world.
                    (loss * world).backward()
                step_loss += loss.item()
            step_loss = all_sum(step_loss).item()
            check_finite(torch.tensor(step_loss), step + 1, run_dir)
            # 4. clip, update, schedule
            grad_norm = torch.nn.utils.clip_grad_norm_(trainable, cfg.grad_clip).item()
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            scheduler.step()
            # 5. log, evaluate, checkpoint
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

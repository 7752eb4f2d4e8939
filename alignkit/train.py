"""What every training recipe shares: optimiser, schedule, checkpoints for resume, NaN guard."""

import json
import math
import random
from pathlib import Path

import torch
from safetensors.torch import load_file

from alignkit import AlignkitError
from alignkit.config import to_yaml
from alignkit.distributed import barrier, setup
from alignkit.rundir import atomic_dir, atomic_write, is_completed, start_run

STATE = "trainer_state.pt"


def seed_everything(seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)


def make_optimizer(model, lr: float, weight_decay: float, betas=(0.9, 0.95)) -> torch.optim.AdamW:
    """AdamW on trainable weights; no decay on biases and norms (1-D tensors), as in GPT-style training."""
    params = [p for p in model.parameters() if p.requires_grad]
    groups = [
        {"params": [p for p in params if p.dim() >= 2], "weight_decay": weight_decay},
        {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0},
    ]
    # The fused kernel is ~10x faster than the default on CPU (0.06 s vs 0.56 s a step for 135M weights).
    return torch.optim.AdamW(groups, lr=lr, betas=tuple(betas), fused=True)


def cosine_lr(step: int, total: int, warmup: int, min_ratio: float) -> float:
    """Multiplier of the peak lr at `step` (0-based): linear warm-up, then cosine down to `min_ratio`."""
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return min_ratio + (1 - min_ratio) * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


def check_finite(loss: torch.Tensor, step: int, run_dir: Path) -> None:
    if not torch.isfinite(loss):
        raise AlignkitError(
            f"loss is {loss.item()} at step {step}: stopping; {run_dir}/checkpoint keeps the last good state "
            "(try a lower lr, fp32 precision, or check the data)"
        )


def save_checkpoint(run_dir: Path, model, optimizer, scheduler, step: int, extra: dict | None = None) -> None:
    """Weights in Hugging Face format plus trainer_state.pt, swapped in atomically as one folder.
    `extra` (e.g. PPO's value model and KL coefficient) is stored in trainer_state.pt; see checkpoint_extra."""
    unwrapped = getattr(model, "module", model)

    def fill(tmp: Path):
        unwrapped.save_pretrained(tmp)
        torch.save(
            {"step": step, "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
             "torch_rng": torch.get_rng_state(), "python_rng": random.getstate(), "extra": extra or {},
             "cuda_rng": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None},
            tmp / STATE,
        )

    atomic_dir(Path(run_dir) / "checkpoint", fill)


def load_checkpoint(run_dir: Path, model, optimizer, scheduler) -> int:
    """Restore weights and training state from run_dir/checkpoint; return the step to continue from (0 if none)."""
    ckpt = Path(run_dir) / "checkpoint"
    if not (ckpt / STATE).is_file():
        return 0
    unwrapped = getattr(model, "module", model)
    if (ckpt / "adapter_model.safetensors").is_file():
        from peft import set_peft_model_state_dict

        set_peft_model_state_dict(unwrapped, load_file(ckpt / "adapter_model.safetensors"))
    else:
        weights = load_file(ckpt / "model.safetensors")
        missing, unexpected = unwrapped.load_state_dict(weights, strict=False)
        tied = {"lm_head.weight"} if unwrapped.config.tie_word_embeddings else set()
        if unexpected or set(missing) - tied:
            raise AlignkitError(f"{ckpt}: checkpoint does not fit the model (missing {missing}, unexpected {unexpected})")
    state = torch.load(ckpt / STATE, weights_only=False)
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    torch.set_rng_state(state["torch_rng"])
    if state.get("cuda_rng") is not None and torch.cuda.is_available():  # sampling on a GPU draws from its RNG
        torch.cuda.set_rng_state_all(state["cuda_rng"])
    random.setstate(state["python_rng"])
    return state["step"]


def checkpoint_extra(run_dir: Path) -> dict:
    """The `extra` dict of run_dir's checkpoint ({} when there is none)."""
    path = Path(run_dir) / "checkpoint" / STATE
    return torch.load(path, weights_only=False).get("extra", {}) if path.is_file() else {}


def trim_metrics(run_dir: Path, last_step: int, name: str = "metrics.jsonl") -> None:
    """Keep only the rows of `name` (metrics.jsonl, samples.jsonl) of steps up to `last_step`: a resumed
    run logs the later steps again.

    A line torn by a kill mid-write is dropped too. Rewritten atomically.
    """
    path = Path(run_dir) / name
    if not path.is_file():
        return
    keep = []
    for line in path.read_text().splitlines(keepends=True):
        try:
            if json.loads(line)["step"] <= last_step:
                keep.append(line)
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
    atomic_write(path, "".join(keep))


def open_run(cfg, stage: str, parents: dict[str, str]):
    """The opening every recipe shares: seed, processes, threads, run directory.

    Returns (rank, world, device, run_dir, manifest); manifest is None on ranks other than 0, and
    the whole tuple is None when run_dir already holds a completed run of exactly this config.
    """
    seed_everything(cfg.seed)
    rank, world, device = setup()
    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    run_dir = Path(cfg.out_dir)
    if is_completed(run_dir, to_yaml(cfg)):
        print(f"{stage}: {run_dir} is already completed with this config; nothing to do")
        return None
    manifest = start_run(run_dir, stage, to_yaml(cfg), parents=parents) if rank == 0 else None
    barrier()
    return rank, world, device, run_dir, manifest


def optimiser_and_resume(model, cfg, total_steps: int, run_dir: Path, rank: int):
    """AdamW, warm-up + cosine schedule, and the state of an interrupted run if there is one.

    Returns (optimizer, scheduler, start_step); metrics logged past the checkpoint are dropped.
    """
    optimizer = make_optimizer(model, cfg.lr, cfg.weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: cosine_lr(s, total_steps, cfg.warmup_steps, cfg.min_lr_ratio)
    )
    start = load_checkpoint(run_dir, model, optimizer, scheduler)
    if rank == 0:
        trim_metrics(run_dir, start)
    return optimizer, scheduler, start

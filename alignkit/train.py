"""What every training loop shares, written once: the held-out split and each step's batch, the
answer-token loss of packed examples (and the held-out loss), one accumulate-and-step, the optimiser and
its schedule, checkpoints for resume, the NaN guard, and the opening of a run.

A loop (SFT, reward model, DPO, PPO) reads: `step_share` for this rank's examples of the step, `chunks`
into micro-batches, `accumulate_and_step` with the recipe's own micro-batch loss, then its schedule.
"""

import contextlib
import json
import math
import random
from pathlib import Path

import torch
from safetensors.torch import load_file

from alignkit import AlignkitError
from alignkit.config import to_yaml
from alignkit.data.batch import ROW_TOKENS, loss_tokens, pack, rows
from alignkit.distributed import all_sum, barrier, setup
from alignkit.losses import lm_loss
from alignkit.models import autocast
from alignkit.rundir import atomic_dir, atomic_write, is_completed, start_run

STATE = "trainer_state.pt"


def seed_everything(seed: int) -> None:
    random.seed(seed)
    torch.manual_seed(seed)


# --- data: held-out split, the examples of each step, micro-batches ------------------------------------


def split(examples: list, fraction: float, seed: int) -> tuple[list, list]:
    """Seeded held-out split: (train, eval); at least one held-out example when fraction > 0."""
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


def step_share(items: list, batch_size: int, seed: int, step: int, rank: int, world: int) -> list:
    """This rank's share of step `step`'s batch (every world-th item of it, starting at `rank`)."""
    return [items[i] for i in step_batches(len(items), batch_size, seed, step)[rank::world]]


def chunks(items: list, size: int) -> list[list]:
    """`items` in consecutive pieces of `size` (the last may be shorter): micro-batches."""
    return [items[i : i + size] for i in range(0, len(items), size)]


# --- the answer-token loss of packed examples ----------------------------------------------------------


def micro_batch_loss(model, examples, num_tokens, precision: str, device, row_tokens: int = ROW_TOKENS):
    """Summed next-token loss of `examples` ((ids, answer mask) pairs) over the step's `num_tokens`
    (None: their own answer tokens), and {"nll_sum", "tokens"}.

    The examples are packed padding-free into rows of at most `row_tokens` tokens, one forward each;
    logits are computed only at positions that predict an answer token.
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
    """Mean answer-token loss over the held-out examples (sharded over ranks)."""
    model.eval()
    nll, tokens = 0.0, 0
    for part in chunks(examples[rank::world], micro_batch_size):
        _, stats = micro_batch_loss(model, part, None, precision, device)
        nll, tokens = nll + stats["nll_sum"].item(), tokens + stats["tokens"].item()
    model.train()
    return (all_sum(nll) / all_sum(tokens).clamp(min=1)).item()


# --- one optimiser step ---------------------------------------------------------------------------------


def accumulate_and_step(passes: list[tuple], optimizer, grad_clip: float, world: int, step: int,
                        run_dir: Path) -> tuple[float, list[float], list]:
    """One optimiser step, the same in every loop: gradients accumulate over micro-batches, then the NaN
    guard, clipping and the update (the lr schedule is the caller's).

    `passes` is a list of (model, micro_batches, loss_fn). `loss_fn(micro)` returns (loss, stats) of one
    micro-batch, the loss already normalised over the whole step on all ranks, so its sum over micro-batches
    and ranks is the step's mean. Each loss is backpropagated before the next micro-batch's forward. Under
    DDP, `model.no_sync()` holds the gradient all-reduce back until the pass's last micro-batch; DDP then
    averages over ranks, while the loss is already a global mean, so the loss is scaled by `world` before
    backward. A model may appear in several passes (PPO: the policy loss, the value loss, then PPO-ptx on
    the policy again); each distinct model's gradients are clipped to `grad_clip` separately.

    Returns (the step's loss summed over passes, micro-batches and ranks; the grad norm of each distinct
    model before clipping, in order of first appearance; the stats of every micro-batch, in order).
    """
    step_loss, stats = 0.0, []
    for model, micro_batches, loss_fn in passes:
        for j, micro in enumerate(micro_batches):
            sync = world == 1 or j == len(micro_batches) - 1
            with contextlib.nullcontext() if sync else model.no_sync():
                loss, micro_stats = loss_fn(micro)
                (loss * world).backward()
            step_loss += loss.item()
            stats.append(micro_stats)
    step_loss = all_sum(step_loss).item()
    check_finite(torch.tensor(step_loss), step + 1, run_dir)
    models = list({id(model): model for model, _, _ in passes}.values())
    norms = [torch.nn.utils.clip_grad_norm_([p for p in m.parameters() if p.requires_grad], grad_clip).item()
             for m in models]
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return step_loss, norms, stats


def sum_stats(stats: list[dict]) -> dict:
    """Per key, the sum over the micro-batches' stats that have it (in order)."""
    totals = {}
    for s in stats:
        for k, v in s.items():
            totals[k] = totals.get(k, 0.0) + v
    return totals


# --- optimiser, schedule, checkpoints -------------------------------------------------------------------


def make_optimizer(parts: list[tuple], weight_decay: float, betas=(0.9, 0.95)) -> torch.optim.AdamW:
    """One AdamW over the trainable weights of each (model, lr) in `parts` (PPO: policy and critic, each
    its own lr); no decay on biases and norms (1-D tensors), as in GPT-style training."""
    groups = []
    for model, lr in parts:
        params = [p for p in model.parameters() if p.requires_grad]
        groups += [{"params": [p for p in params if p.dim() >= 2], "lr": lr, "weight_decay": weight_decay},
                   {"params": [p for p in params if p.dim() < 2], "lr": lr, "weight_decay": 0.0}]
    # The fused kernel is ~10x faster than the default on CPU (0.06 s vs 0.56 s a step for 135M weights).
    return torch.optim.AdamW(groups, lr=parts[0][1], betas=tuple(betas), fused=True)


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


def optimiser_and_resume(parts: list[tuple], cfg, total_steps: int, run_dir: Path, rank: int,
                         logs: tuple[str, ...] = ("metrics.jsonl",)):
    """AdamW over each (model, lr) in `parts` (make_optimizer), linear warm-up + cosine schedule over
    `total_steps`, and the state of an interrupted run if there is one: optimiser, schedule, RNG, and the
    weights of the first model (a recipe restores the others from the checkpoint's `extra`).

    Returns (optimizer, scheduler, start_step); rows of `logs` past the checkpoint are dropped.
    """
    optimizer = make_optimizer(parts, cfg.weight_decay)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: cosine_lr(s, total_steps, cfg.warmup_steps, cfg.min_lr_ratio)
    )
    start = load_checkpoint(run_dir, parts[0][0], optimizer, scheduler)
    if rank == 0:  # steps logged after the checkpoint run again
        for name in logs:
            trim_metrics(run_dir, start, name)
    return optimizer, scheduler, start

"""Representation tuning along the refusal direction: the math and the batches of `alignkit rep-tune`.

The refusal direction r (Arditi et al. 2024; `alignkit.ablation.fit_direction`) is the difference of the mean
residual stream entering layer L at the last prompt token over harmful and harmless prompts. Representation
tuning (LoRRA, Zou et al. 2023 "Representation Engineering", sec. 3.2; circuit breakers, Zou et al. 2024, use
the same loss shape) trains low-rank adapters on the layers below L so that the residual stream at the
last K prompt positions moves to a target:

    u = r / |r|,  p = h0 . u                  (h0: the frozen model's residual, (N, K, d); p: (N, K))
    high_k = mean_harmful(p_k) + alpha |r|     low_k = mean_borderline(p_k) - beta |r|
    target = h0 + max(0, high - p) u          on harmful prompts (raise the refusal component to the margin)
    target = h0 - max(0, p - low) u           on harmless ones (lower it below the margin)
    loss   = mean over prompts and positions of |h - target|^2 / |r|^2

A prompt already past its margin has target h0: the loss keeps its representation where it was (LoRRA's
retain term), so everything but the refusal component of the prompts that are on the wrong side stays put.
"""

import random
from dataclasses import dataclass

import torch

from alignkit import AlignkitError
from alignkit.ablation import _first_arg, decoder_layers
from alignkit.chat import encode_prompt
from alignkit.models import autocast


@dataclass
class TuningSet:
    """Prompts encoded once, with the frozen model's residuals and the targets they are trained towards."""

    ids: list[list[int]]  # token ids of each prompt (chat template, generation prompt included)
    kinds: list[str]  # per prompt: "harmful", "borderline" or "helpful"
    base: torch.Tensor  # (N, K, d) fp32: the frozen model's residual entering the layer at the last K positions
    targets: torch.Tensor  # (N, K, d) fp32: margin_targets of base


class _Reached(Exception):
    """Raised by the hook at the tuned layer: the layers above it are not run."""


def residual_entering(model, layer: int, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    """(B, T, d): the residual stream entering decoder layer `layer`, for left-padded prompts (position ids
    count real tokens only). The forward stops there: the layers above cost nothing, and gradients flow to
    the layers below when grad is enabled. `model` is a Llama-architecture causal LM or a peft model of one."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    seen = []

    def hook(module, args, kwargs):
        seen.append(_first_arg(args, kwargs))
        raise _Reached

    handle = decoder_layers(base)[layer].register_forward_pre_hook(hook, with_kwargs=True)
    try:
        model(input_ids=input_ids, attention_mask=attention_mask, use_cache=False,
              position_ids=(attention_mask.cumsum(-1) - 1).clamp(min=0))
    except _Reached:
        pass
    finally:
        handle.remove()
    return seen[0]


def left_padded(ids: list[list[int]], pad_id: int, device) -> tuple[torch.Tensor, torch.Tensor]:
    """(input_ids, attention_mask), each (B, T): the prompts left-padded so their last tokens line up."""
    width = max(map(len, ids))
    input_ids = torch.tensor([[pad_id] * (width - len(x)) + x for x in ids], device=device)
    mask = torch.tensor([[0] * (width - len(x)) + [1] * len(x) for x in ids], device=device)
    return input_ids, mask


def last_positions(model, ids: list[list[int]], layer: int, positions: int, pad_id: int, precision: str) -> torch.Tensor:
    """(B, K, d) fp32: the residual entering `layer` at each prompt's last K tokens (in the current grad mode)."""
    device = next(model.parameters()).device
    input_ids, mask = left_padded(ids, pad_id, device)
    with autocast(precision, device):
        states = residual_entering(model, layer, input_ids, mask)
    return states[:, -positions:].float()


def margin_targets(base: torch.Tensor, harmful: torch.Tensor, direction: torch.Tensor, high: torch.Tensor,
                   low: torch.Tensor) -> torch.Tensor:
    """(N, K, d) targets: base moved along u = direction / |direction| up to `high` on harmful prompts and
    down to `low` on the others, not moved where the projection is already past its margin.
    base (N, K, d); harmful (N,) bool; direction (d,); high, low (K,) projections per position."""
    unit = direction / direction.norm()
    proj = base @ unit  # (N, K)
    shift = torch.where(harmful[:, None], (high - proj).clamp(min=0), -(proj - low).clamp(min=0))
    return base + shift[..., None] * unit


def margins(base: torch.Tensor, kinds: list[str], direction: torch.Tensor, raise_by: float,
            lower_by: float) -> tuple[torch.Tensor, torch.Tensor]:
    """(high, low), each (K,): the harmful prompts' mean projection per position plus raise_by |r|, and the
    borderline prompts' mean (all harmless prompts' when there are no borderline ones) minus lower_by |r|."""
    proj = base @ (direction / direction.norm())
    harmful = torch.tensor([k == "harmful" for k in kinds])
    borderline = torch.tensor([k == "borderline" for k in kinds])
    if not harmful.any() or harmful.all():
        raise AlignkitError("representation tuning needs both harmful and harmless prompts")
    low_set = borderline if borderline.any() else ~harmful
    norm = direction.norm()
    return proj[harmful].mean(0) + raise_by * norm, proj[low_set].mean(0) - lower_by * norm


def representation_loss(states: torch.Tensor, targets: torch.Tensor, scale: float) -> tuple[torch.Tensor, dict]:
    """Mean over prompts and positions of |states - targets|^2 / scale (scale = |r|^2), states/targets (B, K, d)."""
    per_prompt = ((states - targets) ** 2).sum(-1).mean(-1) / scale  # (B,)
    return per_prompt.mean(), {"loss": per_prompt.mean().item()}


def encode(tokenizer, prompts: list[list[dict]], positions: int) -> list[list[int]]:
    ids = [encode_prompt(tokenizer, p) for p in prompts]
    short = [i for i, x in enumerate(ids) if len(x) < positions]
    if short:
        raise AlignkitError(f"prompt {short[0]} has fewer than positions={positions} tokens")
    return ids


def length_batches(ids: list[list[int]], batch_size: int) -> list[list[int]]:
    """Indices of prompts in batches of similar length (little padding), for forward passes whose order does
    not matter."""
    order = sorted(range(len(ids)), key=lambda i: (len(ids[i]), i))
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]


def shuffled_batches(n: int, batch_size: int, seed: int) -> list[list[int]]:
    """Indices 0..n-1 in a seeded random order, cut into batches. Each batch mixes harmful and harmless
    prompts; batches of similar length (one kind each, mostly) moved held-out prompts about half as far
    in as many steps, for 20% less padding (measured on the main job's PPO model, docs/safety-experiments.md)."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [order[i : i + batch_size] for i in range(0, n, batch_size)]


@torch.no_grad()
def frozen_states(model, ids: list[list[int]], layer: int, positions: int, pad_id: int, precision: str,
                  batch_size: int = 32) -> torch.Tensor:
    """(N, K, d) fp32 residuals entering `layer` at the last K positions, in the prompts' order."""
    out = torch.empty(0)
    for batch in length_batches(ids, batch_size):
        states = last_positions(model, [ids[i] for i in batch], layer, positions, pad_id, precision).cpu()
        if not out.numel():
            out = torch.zeros(len(ids), *states.shape[1:])
        out[batch] = states
    return out


def projection_summary(states: torch.Tensor, kinds: list[str], direction: torch.Tensor) -> dict[str, float]:
    """Per kind of prompt, the mean projection on u = r / |r| over prompts and positions, in units of |r|.
    states (N, K, d); a kind's value rising means its prompts carry more of the refusal direction."""
    proj = (states @ (direction / direction.norm())).mean(-1) / direction.norm()  # (N,)
    return {kind: round(proj[torch.tensor([k == kind for k in kinds])].mean().item(), 3) for kind in sorted(set(kinds))}

"""Combining the helpfulness and safety reward models (Llama 2-Chat, Touvron et al. 2023, sec. 3.2.2, 3.4).

Pure functions over score tensors of shape (B,): one score per (prompt, answer).
"""

from dataclasses import dataclass
from typing import Literal

import torch

# Margin m(degree) added inside the ranking loss (Touvron et al. 2023, Table 27).
MARGINS = {
    "small": {"significantly_better": 1.0, "better": 2 / 3, "slightly_better": 1 / 3, "negligibly_better_or_unsure": 0.0},
    "large": {"significantly_better": 3.0, "better": 2.0, "slightly_better": 1.0, "negligibly_better_or_unsure": 0.0},
}


def margins(degrees: list[str], kind: Literal["none", "small", "large"]) -> torch.Tensor:
    """The margin of each pair's degree; zeros for 'none' (InstructGPT's plain ranking loss)."""
    if kind == "none":
        return torch.zeros(len(degrees))
    return torch.tensor([MARGINS[kind][d] for d in degrees])


def llama2_reward(r_help: torch.Tensor, r_safe: torch.Tensor, risky: torch.Tensor, threshold: float = 0.15) -> torch.Tensor:
    """Llama 2's piecewise rule (sec. 3.2.2):

        R_c = R_safety       if the prompt is flagged risky or sigmoid(R_safety) < threshold
              R_helpfulness  otherwise

    risky: bool (B,), from the prompt's risk category. Scores are the models' raw outputs (logits).
    """
    use_safety = risky.bool() | (torch.sigmoid(r_safe) < threshold)
    return torch.where(use_safety, r_safe, r_help)


def weighted_reward(r_help: torch.Tensor, r_safe: torch.Tensor, safety_weight: float = 0.5) -> torch.Tensor:
    """The plain alternative: R = (1 - w) * R_helpfulness + w * R_safety."""
    return (1 - safety_weight) * r_help + safety_weight * r_safe


def logit(p: torch.Tensor, eps: float = 1e-6) -> torch.Tensor:
    """log(p / (1 - p)), with p clamped into (eps, 1 - eps)."""
    p = p.clamp(eps, 1 - eps)
    return torch.log(p) - torch.log1p(-p)


def whiten(x: torch.Tensor, mask: torch.Tensor | None = None, eps: float = 1e-8) -> torch.Tensor:
    """(x - mean) / std over the masked entries (all when mask is None); population std."""
    mask = torch.ones_like(x, dtype=torch.bool) if mask is None else mask.bool()
    values = x[mask]
    mean = values.mean()
    std = ((values - mean) ** 2).mean().sqrt()
    return (x - mean) / (std + eps)


def llama2_final_reward(r_c: torch.Tensor) -> torch.Tensor:
    """Llama 2 turns the combined score back into a logit, then whitens it (sec. 3.2.3, "PPO"):

        R~ = WHITEN(LOGIT(sigmoid(R_c)))

    Since LOGIT inverts the sigmoid, this is whitening of R_c up to the clamp that keeps LOGIT finite;
    the clamp matters for saturated scores (|R_c| > ~13.8), which it caps.
    """
    return whiten(logit(torch.sigmoid(r_c)))


@dataclass
class RewardConfig:
    """Which reward models judge answers, and how their scores combine (rejection sampling, PPO, evaluation)."""

    helpfulness: str = "???"  # a helpfulness reward-model run or folder
    safety: str = "???"  # a safety reward-model run or folder
    # how the scores combine: llama2 (the safety score where the prompt is risky or sigmoid(safety) <
    # safety_threshold, else the helpfulness score) or weighted
    rule: Literal["llama2", "weighted"] = "llama2"
    safety_threshold: float = 0.15  # llama2: the safety score decides when sigmoid(R_safety) is below this
    safety_weight: float = 0.5  # weighted: R = (1 - w) R_help + w R_safe


# The default rewards of a stage whose reward models are trained in the same job (`alignkit run`,
# `alignkit iterate`): no reward model named yet; the orchestrator names them when it has trained them.
REWARD_MODELS_UNSET = RewardConfig(helpfulness="", safety="")


def combine(cfg: RewardConfig, r_help: torch.Tensor, r_safe: torch.Tensor, risky: torch.Tensor) -> torch.Tensor:
    """The combined score R_c of each answer under cfg.rule."""
    if cfg.rule == "llama2":
        return llama2_reward(r_help, r_safe, risky, cfg.safety_threshold)
    return weighted_reward(r_help, r_safe, cfg.safety_weight)

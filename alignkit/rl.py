"""Pure RL math for PPO over token sequences: KL estimators, reward shaping, GAE, masked statistics.

Shapes: every per-token tensor is (B, T) over the *response* tokens only, right-padded; `mask` is 1
on real response tokens (up to and including the end-of-turn token) and 0 on padding after it.
"""

from typing import Literal

import torch

from alignkit.rewards import whiten


def masked_mean(x: torch.Tensor, mask: torch.Tensor, dim: int | None = None) -> torch.Tensor:
    """Mean of x over entries where mask is 1 (along `dim`, or over everything)."""
    mask = mask.to(x.dtype)
    if dim is None:
        return (x * mask).sum() / mask.sum().clamp(min=1)
    return (x * mask).sum(dim) / mask.sum(dim).clamp(min=1)


def masked_whiten(x: torch.Tensor, mask: torch.Tensor, shift_mean: bool = True) -> torch.Tensor:
    """Whitened x over the masked entries, 0 on padding; with shift_mean=False only the scale changes
    (the mean is added back), as PPO implementations do for advantages of unbalanced batches."""
    white = whiten(x, mask)
    if not shift_mean:
        white = white + masked_mean(x, mask)
    return white * mask.to(x.dtype)


def kl_estimate(logp: torch.Tensor, ref_logp: torch.Tensor, kind: Literal["k1", "k3"] = "k1") -> torch.Tensor:
    """Per-token estimate of KL(pi || pi_ref) from the sampled token's log-probs (Schulman 2020,
    "Approximating KL divergence"). With log r = ref_logp - logp, the token sampled from pi:

        k1 = -log r = logp - ref_logp              unbiased, any sign per token
        k3 = (r - 1) - log r                       unbiased, >= 0 per token, lower variance

    Both average to the true KL over samples from pi; summed over a response they estimate the
    sequence KL. Shapes (B, T) -> (B, T).
    """
    log_ratio = ref_logp - logp
    if kind == "k1":
        return -log_ratio
    return torch.expm1(log_ratio) - log_ratio


def shape_rewards(score: torch.Tensor, kl: torch.Tensor, mask: torch.Tensor, beta: float) -> torch.Tensor:
    """Per-token rewards (Ziegler et al. 2019; Ouyang et al. 2022, eq. 2; Touvron et al. 2023, eq. 4):

        r_t = -beta * KL_t                        every response token t
        r_T = score - beta * KL_T                 T = the last real token (the end-of-turn token, or the
                                                  last generated token of an answer that never ended)

    score (B,) is the reward model's verdict on the whole answer; kl (B, T) per-token estimates.
    Padding gets no reward and no penalty.
    """
    mask = mask.to(kl.dtype)
    rewards = -beta * kl * mask
    last = mask.sum(1).long() - 1  # right padding: the last real token of each row
    rows = torch.arange(len(score))
    rewards[rows, last] += score
    return rewards


def gae(rewards: torch.Tensor, values: torch.Tensor, mask: torch.Tensor, gamma: float = 1.0,
        lam: float = 0.95) -> tuple[torch.Tensor, torch.Tensor]:
    """Generalised advantage estimation (Schulman et al. 2016), backwards over response tokens:

        delta_t = r_t + gamma * V_{t+1} - V_t        (V after the last real token is 0: the episode ends)
        A_t     = delta_t + gamma * lam * A_{t+1}
        returns = A + V                              (the value model's regression target)

    rewards, values, mask: (B, T), right-padded; padding entries of both outputs are 0.
    """
    mask = mask.to(values.dtype)
    values = values * mask
    advantages = torch.zeros_like(values)
    next_value = torch.zeros(values.shape[0], dtype=values.dtype, device=values.device)
    next_adv = torch.zeros_like(next_value)
    for t in reversed(range(values.shape[1])):
        delta = rewards[:, t] + gamma * next_value - values[:, t]
        advantages[:, t] = (delta + gamma * lam * next_adv) * mask[:, t]
        # Padding sits after the last real token: carry nothing back through it.
        next_value, next_adv = values[:, t], advantages[:, t]
    return advantages, (advantages + values) * mask


def adaptive_beta(beta: float, kl: float, target: float, horizon: int, batch_size: int) -> float:
    """Ziegler et al. (2019) adaptive KL controller: nudge beta so the measured KL tracks `target`.

        e = clip(kl / target - 1, -0.2, 0.2);   beta <- beta * (1 + e * batch_size / horizon)
    """
    error = min(max(kl / target - 1, -0.2), 0.2)
    return beta * (1 + error * batch_size / horizon)


def exact_kl(logits: torch.Tensor, ref_logits: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Per-sequence KL(pi || pi_ref) summed over the masked positions, computed exactly over the
    vocabulary at each position (no sampling estimate):

        KL_b = sum_t mask[b,t] * sum_v p_t(v) * (log p_t(v) - log q_t(v))

    logits, ref_logits: (B, T, V) next-token logits of both models at the same positions; mask (B, T).
    Returns (B,), >= 0.
    """
    logp, logq = torch.log_softmax(logits.float(), -1), torch.log_softmax(ref_logits.float(), -1)
    per_token = (logp.exp() * (logp - logq)).sum(-1)
    return (per_token * mask.to(per_token.dtype)).sum(-1)

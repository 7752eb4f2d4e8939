"""Pure loss functions over tensors with explicit masks; each returns (loss, stats)."""

import torch
import torch.nn.functional as F


def lm_loss(
    logits: torch.Tensor, labels: torch.Tensor, mask: torch.Tensor, num_tokens: int | torch.Tensor | None = None
) -> tuple[torch.Tensor, dict]:
    """Next-token cross-entropy summed over masked tokens, divided by `num_tokens`.

        loss = -(1/N) * sum_{b,t} mask[b,t] * log softmax(logits[b,t])[labels[b,t]]

    Shapes: logits (B, T, V), labels (B, T), mask (B, T), already aligned (logits[b, t] predicts
    labels[b, t]). mask is 1 on answer tokens that carry loss, 0 on prompt and padding.
    N defaults to mask.sum(); a training step passes the token count of the whole step (all
    micro-batches, all ranks), so gradient accumulation and data parallelism neither drop nor double
    count any token: the step's loss is the mean over all its answer tokens.
    """
    nll = F.cross_entropy(logits.float().flatten(0, 1), labels.flatten(), reduction="none").view_as(labels)
    mask = mask.to(nll.dtype)
    nll_sum = (nll * mask).sum()
    n = mask.sum() if num_tokens is None else num_tokens
    loss = nll_sum / n
    return loss, {"nll_sum": nll_sum.detach(), "tokens": mask.sum().detach()}


def ranking_loss(
    r_chosen: torch.Tensor, r_rejected: torch.Tensor, margin: torch.Tensor, weight: torch.Tensor | None = None,
    num_pairs: float | torch.Tensor | None = None,
) -> tuple[torch.Tensor, dict]:
    """Binary ranking loss with a margin (Ouyang et al. 2022, eq. 1; Touvron et al. 2023, eq. 2):

        loss = (1/N) * sum_i w[i] * -log sigmoid(r_chosen[i] - r_rejected[i] - margin[i])

    Shapes: all (B,), one entry per preference pair. margin grows with the degree of preference
    (zero for "negligibly better / unsure"), pushing clearly better answers further apart. w is 1
    by default; InstructGPT's grouping gives each of a prompt's C(K,2) pairs w = 1/C(K,2). N
    defaults to sum(w); a training step passes the total of the whole step (all micro-batches and
    ranks), as lm_loss does with tokens.
    """
    diff = r_chosen - r_rejected
    weight = torch.ones_like(diff) if weight is None else weight
    n = weight.sum() if num_pairs is None else num_pairs
    loss = (weight * -F.logsigmoid(diff - margin)).sum() / n
    return loss, {"accuracy": (diff > 0).float().mean().detach(), "margin_gap": diff.mean().detach()}


def ppo_policy_loss(
    logp: torch.Tensor, old_logp: torch.Tensor, advantages: torch.Tensor, mask: torch.Tensor, clip: float = 0.2,
    num_tokens: float | torch.Tensor | None = None,
) -> tuple[torch.Tensor, dict]:
    """PPO's clipped surrogate (Schulman et al. 2017, eq. 7), as a loss to minimise:

        ratio_t = exp(logp_t - old_logp_t)
        loss    = (1/N) * sum_t mask_t * max(-A_t * ratio_t, -A_t * clip(ratio_t, 1 - eps, 1 + eps))

    Shapes (B, T) over response tokens; mask 1 on real response tokens. N defaults to mask.sum();
    a step passes the token count of all its micro-batches and ranks (as lm_loss does).
    """
    mask = mask.to(logp.dtype)
    ratio = torch.exp(logp - old_logp)
    unclipped = -advantages * ratio
    clipped = -advantages * ratio.clamp(1 - clip, 1 + clip)
    n = mask.sum() if num_tokens is None else num_tokens
    loss = (torch.maximum(unclipped, clipped) * mask).sum() / n
    m = mask.sum().clamp(min=1)
    return loss, {
        "clip_fraction": (((clipped > unclipped).to(mask.dtype) * mask).sum() / m).detach(),
        "approx_kl": ((0.5 * (logp - old_logp) ** 2 * mask).sum() / m).detach(),
        "ratio_mean": ((ratio * mask).sum() / m).detach(),
    }


def ppo_value_loss(
    values: torch.Tensor, old_values: torch.Tensor, returns: torch.Tensor, mask: torch.Tensor, clip: float = 0.2,
    num_tokens: float | torch.Tensor | None = None,
) -> tuple[torch.Tensor, dict]:
    """Clipped value loss (Schulman et al. 2017's baselines code; Ouyang et al. 2022 use the same):

        v_clip = old_values + clip(values - old_values, -eps, eps)
        loss   = (1/N) * sum_t mask_t * 0.5 * max((values - R)^2, (v_clip - R)^2)

    R = returns from GAE. Shapes (B, T); N as in ppo_policy_loss.
    """
    mask = mask.to(values.dtype)
    v_clip = old_values + (values - old_values).clamp(-clip, clip)
    worst = torch.maximum((values - returns) ** 2, (v_clip - returns) ** 2)
    n = mask.sum() if num_tokens is None else num_tokens
    loss = 0.5 * (worst * mask).sum() / n
    m = mask.sum().clamp(min=1)
    clipped = ((v_clip - returns) ** 2 > (values - returns) ** 2).to(mask.dtype)
    return loss, {"value_clip_fraction": ((clipped * mask).sum() / m).detach(),
                  "value_error": ((((values - returns) ** 2) * mask).sum() / m).detach()}


def dpo_loss(
    policy_chosen: torch.Tensor, policy_rejected: torch.Tensor, ref_chosen: torch.Tensor, ref_rejected: torch.Tensor,
    beta: float = 0.1, num_pairs: float | torch.Tensor | None = None,
) -> tuple[torch.Tensor, dict]:
    """Direct preference optimisation (Rafailov et al. 2023, eq. 7):

        h    = beta * ((log pi(y_c|x) - log ref(y_c|x)) - (log pi(y_r|x) - log ref(y_r|x)))
        loss = (1/N) * sum_i -log sigmoid(h_i)

    Inputs (B,): summed log-probs of each answer's tokens given its prompt. N defaults to B.
    The implicit rewards beta * (log pi - log ref) are returned as stats.
    """
    chosen_reward = beta * (policy_chosen - ref_chosen)
    rejected_reward = beta * (policy_rejected - ref_rejected)
    h = chosen_reward - rejected_reward
    n = len(h) if num_pairs is None else num_pairs
    loss = -F.logsigmoid(h).sum() / n
    return loss, {"accuracy": (h > 0).float().mean().detach(), "reward_chosen": chosen_reward.mean().detach(),
                  "reward_rejected": rejected_reward.mean().detach(), "reward_margin": h.mean().detach()}

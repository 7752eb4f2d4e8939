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

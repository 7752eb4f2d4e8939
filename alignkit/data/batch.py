"""Padding-free batches: examples concatenated into one row, positions restarting per example."""

import torch


def pack(examples: list[tuple[list[int], list[int]]]) -> dict[str, torch.Tensor]:
    """Concatenate (ids, loss_mask) examples into one row of shape (1, T).

    With `position_ids` restarting at 0 for each example and no attention mask, transformers builds
    a block-diagonal causal mask, so no example attends to another and no slot is padding. The first
    token of every example is forced out of the loss: nothing before it belongs to its conversation.
    """
    ids, pos, mask = [], [], []
    for ex_ids, ex_mask in examples:
        ids += ex_ids
        pos += range(len(ex_ids))
        mask += [0] + list(ex_mask[1:])
    return {
        "input_ids": torch.tensor([ids]),
        "position_ids": torch.tensor([pos]),
        "loss_mask": torch.tensor([mask]),
    }


def loss_tokens(examples: list[tuple[list[int], list[int]]]) -> int:
    """How many tokens of these examples carry loss (as `pack` masks them)."""
    return sum(sum(m[1:]) for _, m in examples)


# Attention over a packed row costs row_length^2 even though the block-diagonal mask discards most
# of it, so long micro-batches are cut into rows of at most this many tokens (one forward each).
ROW_TOKENS = 2048


def rows(lengths: list[int], row_tokens: int = ROW_TOKENS) -> list[list[int]]:
    """Greedy, order-keeping split of sequence indices into rows of at most row_tokens tokens
    (a longer sequence gets a row of its own)."""
    out, current, used = [], [], 0
    for i, n in enumerate(lengths):
        if current and used + n > row_tokens:
            out.append(current)
            current, used = [], 0
        current.append(i)
        used += n
    return out + [current] if current else out

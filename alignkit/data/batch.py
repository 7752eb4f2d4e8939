"""Padding-free batches: examples concatenated into one row, positions restarting per example."""

from dataclasses import dataclass

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


@dataclass
class SharedRow:
    """Groups (prompt ids, [answer ids, ...]) in one row: prompt, answer 1, answer 2, ..., next group. Each
    answer attends causally to its own prompt and itself only, its positions continuing from the prompt's end,
    so it is computed as if it followed its prompt alone while the prompt is computed once for all of them."""

    input_ids: torch.Tensor  # (1, T)
    position_ids: torch.Tensor  # (1, T)
    attention_mask: torch.Tensor  # (1, 1, T, T) bool, query x key
    prompt_last: list[int]  # per answer, in order: the index of its prompt's last token
    starts: list[int]  # per answer: the index of its first token
    ends: list[int]  # per answer: one past its last token


def shared_prompt_row(groups: list[tuple[list[int], list[list[int]]]], device) -> SharedRow:
    """The groups laid out as one SharedRow on `device` (pack several with `rows` first)."""
    ids, pos, group, answer, prompt_last, starts, ends = [], [], [], [], [], [], []
    for g, (prompt, answers) in enumerate(groups):
        ids += prompt
        pos += range(len(prompt))
        group += [g] * len(prompt)
        answer += [-1] * len(prompt)  # -1: prompt, visible to every answer of its group
        last = len(ids) - 1
        for a, ans in enumerate(answers):
            prompt_last.append(last)
            starts.append(len(ids))
            ids += ans
            pos += range(len(prompt), len(prompt) + len(ans))
            group += [g] * len(ans)
            answer += [a] * len(ans)
            ends.append(len(ids))
    group, answer = torch.tensor(group, device=device), torch.tensor(answer, device=device)
    causal = torch.ones(len(ids), len(ids), dtype=torch.bool, device=device).tril()
    visible = (answer[None, :] == -1) | (answer[None, :] == answer[:, None])
    mask = (causal & (group[:, None] == group[None, :]) & visible)[None, None]
    return SharedRow(torch.tensor([ids], device=device), torch.tensor([pos], device=device), mask, prompt_last, starts, ends)

"""A worker thread that generates concurrent requests together (`alignkit serve`'s batching), and the
decoding loop it runs (`decode_rows`).

The worker takes the first waiting job, gathers others that arrive within `wait_s` (up to `max_batch`),
and calls `generate(jobs, on_token)` once for them all; `generate` reports each new token as
`on_token(row, token)`, and the batcher passes it on to the caller of that row's job. Jobs that arrive
during a batch wait for the next one (no continuous batching).

`decode_rows` generates a batch of `Row`s sharing every forward pass (prompts left-padded, one KV cache),
each row with its own limit, temperature, top_p, seed, presence/frequency penalties, logit bias and
log-probs, and stops a row as soon as its `cancelled` event is set (its client left, or a stop string came).
A batch with a greedy row runs in fp32 whatever `precision` says: bf16 sums change with the batch's shape
(its padding, its other rows), enough to change a greedy answer; fp32 ones only in the last bits.
"""

import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import torch

from alignkit.models import autocast


class Batcher:
    """Batches jobs for `generate(jobs: list, on_token: (row, token) -> None)`; `submit` a job, read its tokens."""

    def __init__(self, generate: Callable[[list, Callable[[int, int], None]], None], max_batch: int, wait_s: float):
        self.generate, self.max_batch, self.wait_s = generate, max_batch, wait_s
        self.jobs = queue.Queue()  # (job, queue of its tokens: ints, then None or an exception); None: stop
        self.lock = threading.Lock()  # makes `closed` and the stop mark agree: no job is queued after it
        self.closed = False
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def submit(self, job) -> Iterator[int]:
        """Queue `job` now; returns its tokens as they are generated, then raises the exception generation
        raised, if any."""
        out = queue.Queue()
        with self.lock:
            if self.closed:
                raise RuntimeError("the batcher is closed")
            self.jobs.put((job, out))
        return results(out)

    def close(self, timeout: float | None = None) -> None:
        """Take no more jobs; the worker generates those already queued, then ends (waited for up to `timeout`)."""
        with self.lock:
            if not self.closed:
                self.closed = True
                self.jobs.put(None)
        self.thread.join(timeout)

    def run(self) -> None:
        """The worker: gather a batch, generate it, again, until close."""
        while True:
            batch, stop = self.gather()
            if batch:
                self.run_batch(batch)
            if stop:
                return

    def run_batch(self, batch: list) -> None:
        """Generate one batch of (job, out); each job's tokens end with None, or with the exception raised."""
        try:
            self.generate([job for job, _ in batch], lambda row, token: batch[row][1].put(token))
            for _, out in batch:
                out.put(None)
        except Exception as e:  # the jobs of this batch fail; the worker goes on
            for _, out in batch:
                out.put(e)

    def gather(self) -> tuple[list, bool]:
        """The next batch: the first waiting job and those that arrive within wait_s of it, up to max_batch;
        and whether the stop mark came (close)."""
        item, batch = self.jobs.get(), []
        deadline = time.monotonic() + self.wait_s
        while item is not None:
            batch.append(item)
            if len(batch) == self.max_batch:
                return batch, False
            try:
                item = self.jobs.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return batch, False
        return batch, True


def results(out: queue.Queue) -> Iterator[int]:
    """The tokens a job's queue receives, until None; an exception received is raised."""
    while (token := out.get()) is not None:
        if isinstance(token, Exception):
            raise token
        yield token


# --- the decoding loop ------------------------------------------------------------------------------------

@dataclass
class Row:
    """One answer to generate: its prompt and its own sampling settings."""

    prompt: list[int]  # prompt token ids (not empty)
    max_new: int  # the most new tokens; the row also ends at EOS (included)
    temperature: float = 1.0  # 0: greedy
    top_p: float = 1.0  # nucleus sampling: the smallest set of tokens whose probability reaches top_p
    presence_penalty: float = 0.0  # subtracted from the logit of every token already generated (OpenAI's definition)
    frequency_penalty: float = 0.0  # times how often the token was generated, subtracted from its logit
    logit_bias: dict[int, float] = field(default_factory=dict)  # token id -> added to its logit
    top_logprobs: int | None = None  # None: no log-probs; k: each token's log-prob and the k most likely tokens'
    seed: int | None = None  # a seeded generator of its own: the same seed, the same sample (for the same logits)
    cancelled: threading.Event = field(default_factory=threading.Event)  # set: stop generating this row


@dataclass
class Step:
    """One generated token, with its log-prob and the most likely tokens' when the row asked for them
    (log-softmax of the logits after bias and penalties, before temperature and top_p)."""

    token: int
    logprob: float | None = None
    top: list[tuple[int, float]] | None = None


def adjusted_logits(logits: torch.Tensor, counts: torch.Tensor, rows: list[Row]) -> torch.Tensor:
    """Next-token logits (B, V) in fp32 with each row's logit bias and presence/frequency penalties applied:
    logit[t] + bias[t] - presence * (count[t] > 0) - frequency * count[t], counts of the tokens generated so far."""
    logits = logits.float().clone()
    for b, row in enumerate(rows):
        for token, bias in row.logit_bias.items():
            logits[b, token] += bias
        if row.presence_penalty or row.frequency_penalty:
            logits[b] -= row.presence_penalty * (counts[b] > 0) + row.frequency_penalty * counts[b]
    return logits


def pick(logits: torch.Tensor, row: Row, generator: torch.Generator | None) -> Step:
    """One row's next token from its adjusted logits (V,): greedy at temperature 0, else nucleus sampling."""
    if row.temperature == 0:
        token = int(logits.argmax())
    else:
        probs = torch.softmax(logits / row.temperature, -1)
        sorted_p, order = probs.sort(descending=True)
        sorted_p = sorted_p.masked_fill(sorted_p.cumsum(-1) - sorted_p >= row.top_p, 0.0)  # past the nucleus
        token = int(order[torch.multinomial(sorted_p, 1, generator=generator)])
    if row.top_logprobs is None:
        return Step(token)
    logp = torch.log_softmax(logits, -1)
    top = logp.topk(row.top_logprobs) if row.top_logprobs else None
    return Step(token, float(logp[token]), list(zip(top.indices.tolist(), top.values.tolist())) if top else [])


@torch.no_grad()
def decode_rows(model, rows: list[Row], eos_id: int, pad_id: int, precision: str, on_token) -> None:
    """Generate `rows` together, each token passed to `on_token(row, step)` as it comes (see module doc).
    A row ends at EOS, at its limit, or when cancelled; ended rows are fed padding, masked out."""
    device = next(model.parameters()).device
    precision = "fp32" if any(row.temperature == 0 for row in rows) else precision
    width = max(len(row.prompt) for row in rows)
    ids = torch.tensor([[pad_id] * (width - len(row.prompt)) + row.prompt for row in rows], device=device)
    mask = torch.tensor([[0] * (width - len(row.prompt)) + [1] * len(row.prompt) for row in rows], device=device)
    generators = [None if row.seed is None else torch.Generator(device=device).manual_seed(row.seed) for row in rows]
    n_out, done = [0] * len(rows), [row.cancelled.is_set() for row in rows]
    penalised = any(row.presence_penalty or row.frequency_penalty for row in rows)
    with autocast(precision, device):
        step = model(input_ids=ids, attention_mask=mask, position_ids=(mask.cumsum(-1) - 1).clamp(min=0), use_cache=True,
                     logits_to_keep=1)  # the prompt's last position only: (B, width, V) logits would be gigabytes
    counts = torch.zeros(step.logits.shape[0], step.logits.shape[-1], device=device)
    tokens = torch.full((len(rows),), pad_id, device=device)
    while not all(done):
        logits = adjusted_logits(step.logits[:, -1], counts, rows)
        for b, row in enumerate(rows):
            done[b] = done[b] or row.cancelled.is_set()
            if done[b]:
                continue
            out = pick(logits[b], row, generators[b])
            tokens[b], n_out[b] = out.token, n_out[b] + 1
            if penalised:
                counts[b, out.token] += 1
            on_token(b, out)
            done[b] = out.token == eos_id or n_out[b] >= row.max_new
        if all(done):
            return
        ended = torch.tensor(done, device=device)
        position = mask.sum(-1, keepdim=True)  # the next token's position: real tokens so far
        mask = torch.cat([mask, (~ended).long()[:, None]], 1)
        with autocast(precision, device):
            step = model(input_ids=torch.where(ended, pad_id, tokens)[:, None], attention_mask=mask, position_ids=position,
                         past_key_values=step.past_key_values, use_cache=True)

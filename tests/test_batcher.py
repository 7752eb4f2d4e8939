"""The serving batcher (batcher.py) with fake generate functions: no model, only the batching and hand-off."""

import threading

import pytest
import torch

from alignkit.batcher import Batcher


def spell(batches: list):
    """A fake generate: job i is a list of tokens; it records each batch and emits the tokens row by row,
    interleaved the way a shared forward pass emits them (step 0 of every row, then step 1, ...)."""

    def generate(jobs, on_token):
        batches.append(list(jobs))
        for step in range(max(len(job) for job in jobs)):
            for row, job in enumerate(jobs):
                if step < len(job):
                    on_token(row, job[step])

    return generate


def test_requests_arriving_together_are_generated_together_and_each_gets_its_own_tokens():
    batches = []
    batcher = Batcher(spell(batches), max_batch=3, wait_s=5.0)  # full at 3 jobs: the window is not waited out
    jobs = [[1, 2, 3], [4], [5, 6]]
    streams = [batcher.submit(job) for job in jobs]
    assert [list(s) for s in reversed(streams)] == list(reversed(jobs))  # read in any order
    assert batches == [jobs]
    batcher.close()


def test_batches_are_at_most_max_batch_and_late_requests_wait_for_the_next():
    batches = []
    batcher = Batcher(spell(batches), max_batch=2, wait_s=1.0)
    streams = [batcher.submit([i]) for i in range(5)]
    assert [list(s) for s in streams] == [[0], [1], [2], [3], [4]]
    assert batches == [[[0], [1]], [[2], [3]], [[4]]]  # the last one waited out its window alone
    assert list(batcher.submit([5])) == [5] and batches[-1] == [[5]]  # arrived after the window: a batch of its own
    batcher.close()


def test_tokens_reach_the_caller_while_the_batch_still_runs():
    go_on = threading.Event()

    def generate(jobs, on_token):
        on_token(0, 7)
        assert go_on.wait(10), "the caller never read the first token"
        on_token(0, 8)

    batcher = Batcher(generate, max_batch=4, wait_s=0.0)
    stream = batcher.submit("job")
    assert next(stream) == 7  # before generate returns
    go_on.set()
    assert list(stream) == [8]
    batcher.close()


def test_an_exception_in_generation_reaches_every_caller_of_the_batch_and_the_worker_goes_on():
    def generate(jobs, on_token):
        for row, _ in enumerate(jobs):
            on_token(row, 1)
        if "boom" in jobs:
            raise ValueError("out of memory")

    batcher = Batcher(generate, max_batch=2, wait_s=5.0)
    ok, bad = batcher.submit("ok"), batcher.submit("boom")  # one batch: both fail
    for stream in (ok, bad):
        assert next(stream) == 1  # what came before the failure still arrives
        with pytest.raises(ValueError, match="out of memory"):
            next(stream)
    assert list(batcher.submit("ok")) == [1]  # the next batch is served
    batcher.close()


def test_close_generates_what_is_queued_then_ends_the_worker_and_refuses_new_jobs():
    gate, batches = threading.Event(), []
    generate = spell(batches)
    batcher = Batcher(lambda jobs, on_token: (gate.wait(10), generate(jobs, on_token)), max_batch=1, wait_s=0.0)
    first, second = batcher.submit([1]), batcher.submit([2])  # the second waits behind the first
    batcher.close(timeout=0)  # do not wait: the worker is held at the gate
    with pytest.raises(RuntimeError, match="closed"):
        batcher.submit([3])
    gate.set()
    assert list(first) == [1] and list(second) == [2]
    batcher.close(timeout=10)  # a second close only waits
    assert not batcher.thread.is_alive() and batches == [[[1]], [[2]]]

    idle = Batcher(generate, max_batch=1, wait_s=0.0)
    idle.close(timeout=10)
    assert not idle.thread.is_alive()


def test_decode_rows_stops_a_cancelled_row_and_seeds_each_row_alone(tokenizer, tiny_model):
    """`decode_rows`: a row cancelled mid-way gets no more tokens while the others go on; a seeded sampled row
    gives the same tokens alone and in a batch (fp32), and its own generator leaves the global one untouched."""
    from alignkit.batcher import Row, decode_rows

    no_eos = {tokenizer.eos_token_id: -100.0}
    rows = [Row(prompt=[5, 6, 7], max_new=10, temperature=0, logit_bias=no_eos),
            Row(prompt=[8], max_new=10, temperature=1.0, seed=3, logit_bias=no_eos)]
    got = {0: [], 1: []}

    def on_token(row, step):
        got[row].append(step.token)
        if row == 0 and len(got[0]) == 2:
            rows[0].cancelled.set()

    torch.manual_seed(0)
    before = torch.rand(1)
    torch.manual_seed(0)
    decode_rows(tiny_model, rows, tokenizer.eos_token_id, tokenizer.pad_token_id, "fp32", on_token)
    assert torch.rand(1) == before  # seeded rows draw from their own generator
    assert len(got[0]) == 2 and len(got[1]) == 10
    alone = []
    decode_rows(tiny_model, [Row(prompt=[8], max_new=10, temperature=1.0, seed=3, logit_bias=no_eos)],
                tokenizer.eos_token_id, tokenizer.pad_token_id, "fp32", lambda row, step: alone.append(step.token))
    assert alone == got[1]

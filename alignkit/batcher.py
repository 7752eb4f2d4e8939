"""A worker thread that generates concurrent requests together (`alignkit serve`'s batching).

The worker takes the first waiting job, gathers others that arrive within `wait_s` (up to `max_batch`),
and calls `generate(jobs, on_token)` once for them all; `generate` reports each new token as
`on_token(row, token)`, and the batcher passes it on to the caller of that row's job. Jobs that arrive
during a batch wait for the next one (no continuous batching).
"""

import queue
import threading
import time
from collections.abc import Callable, Iterator


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

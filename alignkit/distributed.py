"""torch.distributed set-up for runs under `torchrun` / `accelerate launch` (gloo on CPU, NCCL on GPU).

A plain `python` or `alignkit` call is a world of one and nothing here costs anything.
"""

import os

import torch
import torch.distributed as dist


def setup() -> tuple[int, int, torch.device]:
    """(rank, world_size, device); initialises the process group when launched by torchrun."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world > 1 and not dist.is_initialized():
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
    rank = dist.get_rank() if dist.is_initialized() else 0
    if torch.cuda.is_available():
        local = int(os.environ.get("LOCAL_RANK", "0"))
        torch.cuda.set_device(local)
        return rank, world, torch.device("cuda", local)
    return rank, world, torch.device("cpu")


def default_device() -> torch.device:
    """The GPU when there is one (this process's, under torchrun), else the CPU: for single-process stages."""
    if torch.cuda.is_available():
        return torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
    return torch.device("cpu")


def all_sum(x: float | torch.Tensor) -> torch.Tensor:
    """Sum a number over all ranks (identity in a world of one)."""
    t = torch.as_tensor(x, dtype=torch.float64).detach().clone()
    if dist.is_initialized():
        if dist.get_backend() == "nccl":
            t = t.cuda()
        dist.all_reduce(t)
    return t.cpu()


def wrap(model, device: torch.device):
    """DistributedDataParallel when there are several ranks; the model itself otherwise."""
    model.to(device)
    if not dist.is_initialized():
        return model
    from torch.nn.parallel import DistributedDataParallel

    return DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None)


def barrier() -> None:
    if dist.is_initialized():
        dist.barrier()


def shutdown(clean: bool = True) -> None:
    """Leave the process group before the process exits: a gloo group still alive at interpreter exit can
    abort its process ("terminate called without an active exception", pytorch PR 179291). The collection
    first frees what still holds the group (DDP reducers of finished models, kept by reference cycles);
    after a clean run the ranks wait for each other, so no rank leaves while another still talks to it."""
    import gc

    if dist.is_initialized():
        gc.collect()
        if clean:
            dist.barrier()
        dist.destroy_process_group()
        gc.collect()


def release_memory() -> None:
    """Drop finished models and hand freed heap pages back to the OS, so stages run one after another in one
    process do not stack their peaks (glibc keeps freed memory otherwise)."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:  # not glibc (macOS, musl): nothing to trim
        pass


def reset_peak_memory(device: torch.device) -> None:
    """Start measuring a stage's own peak: the GPU's peak counter, or on Linux the process's peak resident
    set size (writing 5 to /proc/self/clear_refs, Linux >= 4.0; elsewhere the process's lifetime peak stays)."""
    if device.type == "cuda":
        torch.cuda.reset_peak_memory_stats(device)
        return
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def peak_memory(device: torch.device) -> float:
    """Measured peak bytes since the last reset_peak_memory: GPU memory allocated on a GPU, the process's
    peak resident memory (VmHWM) on CPU."""
    if device.type == "cuda":
        return torch.cuda.max_memory_allocated(device)
    try:
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

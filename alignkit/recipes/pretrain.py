"""Next-token pretraining (step 0 of InstructGPT and Llama 2-Chat: the base model): `alignkit pretrain`.

A Llama-architecture model is trained from scratch, or an existing model further (continued pretraining),
on a corpus of several sources with sampling weights, by plain next-token prediction over every token.
The recipe follows Llama 2's pretraining (Touvron et al. 2023, sec. 2.2): AdamW (beta1 0.9, beta2 0.95,
weight decay 0.1 on weight matrices), linear warm-up then cosine decay to 10% of the peak learning rate,
gradient clipping at 1.0, documents packed into fixed-length windows; and GPT-3's source-weighted mixture
(Brown et al. 2020, sec. 2.2: a source is drawn more or less often than its size alone says).

Data. `data.train` names `alignkit data-quality` output (its run or its `corpus/`: shards and
`sources.json`, whose weights are used, and the run becomes a manifest parent) and/or raw `.txt` /
`.jsonl[.gz]` files (see `alignkit.pretraining`). Each source is split by document into training and
held-out documents (a seeded split). Documents are tokenised with EOS appended, concatenated per source
and cut into windows of `seq_len` + 1 tokens that overlap by one token, so each token after the first is a
target exactly once. An epoch draws each source's windows `weight` times (2.5: twice, plus a fresh half of
them; 0.5: a seeded half), shuffled together; a step takes `batch_size` of them. Rank 0 prepares the
tokenizer and the token streams once and keeps them in the run (`tokenizer/`, `tokens.safetensors`,
`heldout.json`): the other ranks and a resumed run read the same tokens.

Model and tokenizer. From scratch (`model` empty): `transformers.LlamaConfig` + `LlamaForCausalLM` of
`arch.size` (tiny: 3.1M weights with a 4k vocabulary; small 14M; base 79M; SmolLM2-135M's shape), each
dimension overridable; the tokenizer is a byte-level BPE trained with `tokenizers` on the training documents only
(`vocab_size`), or an existing model's (`tokenizer=smollm2-135m-instruct`). Continued pretraining
(`model=` an embedded name, a folder or an alignkit run) keeps the model's own tokenizer. `final/` is a
Hugging Face folder with the tokenizer, which is given Llama 2's chat template when it has none, so
`alignkit sft model=RUN` fine-tunes it.

Measured along the way: the step's loss, learning rate, gradient norm and tokens/s (one line per step,
metrics.jsonl); the held-out loss and perplexity of each source before training, every `eval_every` steps
and at the end (also in the manifest's results); greedy continuations of `sample_prompts` (samples.jsonl).
A step's loss is the mean over every target token of the step, across micro-batches and ranks.

Deviations, honestly: Llama 2 trains 7B-70B models on 2T tokens in 4096-token windows with a 32k
SentencePiece BPE tokenizer; the presets here are millions of weights, hundreds of tokens per window, a
byte-level BPE (GPT-2's scheme) of a few thousand tokens. Documents get EOS but no BOS. Windows cross
document boundaries without attention separation (as in Llama 2 and GPT-3); fewer than `seq_len` tokens at
the end of each source's stream are left out of training. A `.txt` file is cut at paragraph breaks into
documents of about `data.txt_doc_chars` characters, so that a single book can still be split into training
and held-out parts; a `.txt` file that is not UTF-8 is read as Latin-1 (the log says so) and its line ends
are made `\n`. Held-out perplexity reads at most `data.eval_windows` windows per source. The whole corpus
is tokenised in memory. Measured numbers of `configs/pretrain-tiny.yaml`: docs/pretraining.md.
"""

import math
import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import ensure_template
from alignkit.distributed import barrier, wrap
from alignkit.models import load_causal_lm, load_tokenizer, save_pretrained
from alignkit.pretraining import (
    TOKENS,
    Arch,
    Plan,
    Streams,
    build_model,
    continuations,
    heldout_by_source,
    heldout_windows,
    load_prepared,
    read_corpus,
    resolve_inputs,
    save_prepared,
    source_weights,
    split_documents,
    step_windows,
    token_stream,
    train_bpe,
    window_loss,
    windows,
)
from alignkit.rundir import append_jsonl, finish_run
from alignkit.track import log_step, progress_bar
from alignkit.train import (
    accumulate_and_step,
    checkpoint_extra,
    open_run,
    optimiser_and_resume,
    save_checkpoint,
    trim_metrics,
)


@dataclass
class Data:
    # the corpus: data-quality runs or corpus folders (sources.json + shards), raw .txt/.jsonl[.gz] files, folders
    # of them or globs; paths may be data:REL (under $ALIGNKIT_DATA_DIR); NAME=PATH names the source (default: file stem)
    train: list[str] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)  # source -> sampling weight, over sources.json's (default 1)
    eval_fraction: float = 0.05  # the share of each source's documents held out (a seeded split by document)
    eval_windows: int = 32  # held-out perplexity reads at most this many windows per source
    txt_doc_chars: int = 10000  # a .txt file is cut at paragraph breaks into documents of about this size; 0: whole file


@dataclass
class Config:
    model: str = ""  # empty: a new model of shape `arch`; else continued pretraining of this model (embedded, folder, run)
    tokenizer: str = "bpe"  # from scratch: bpe trains a byte-level BPE on the training documents; or a model's tokenizer
    vocab_size: int = 4096  # the trained BPE tokenizer's vocabulary size (special tokens included)
    arch: Arch = field(default_factory=Arch)  # the new model's shape: a size preset, each dimension overridable
    out_dir: str = "runs/pretrain"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: held-out split, initialisation, window order
    data: Data = field(default_factory=Data)  # the corpus: sources, weights, what is held out
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it
    seq_len: int = 256  # tokens per window (the context length trained; Llama 2: 4096)
    epochs: float = 1.0  # passes over the source-weighted windows (unless max_steps is set)
    max_steps: int = 0  # >0 overrides epochs
    batch_size: int = 32  # windows per optimiser step, all ranks together
    micro_batch_size: int = 8  # windows per forward pass on one rank
    lr: float = 1e-3  # peak learning rate (AdamW, betas 0.9/0.95; linear warm-up, then cosine decay)
    weight_decay: float = 0.1  # AdamW weight decay (weight matrices only; Llama 2: 0.1)
    warmup_steps: int = 20  # optimiser steps of linear learning-rate warm-up
    min_lr_ratio: float = 0.1  # the cosine decay ends at lr * min_lr_ratio (Llama 2: 0.1)
    grad_clip: float = 1.0  # clip the gradient norm to this (Llama 2: 1.0)
    eval_every: int = 50  # held-out perplexity per source and samples every N optimiser steps (and before and after)
    save_every: int = 50  # checkpoint every N optimiser steps (what an interrupted run resumes from)
    sample_prompts: list[str] = field(default_factory=lambda: ["The", "Once upon a time"])  # greedy continuations logged
    sample_tokens: int = 48  # new tokens per sample
    threads: int = 0  # torch threads; 0 = torch's default


def lineage(cfg: Config, inputs) -> dict[str, str]:
    """The manifest's parents: the model continued (or whose tokenizer is reused) and the data-quality runs read."""
    parents = {"model": cfg.model} if cfg.model else {} if cfg.tokenizer == "bpe" else {"tokenizer": cfg.tokenizer}
    runs = list(dict.fromkeys(str(i.run) for i in inputs if i.run is not None))
    return parents | {("corpus" if i == 0 else f"corpus{i + 1}"): r for i, r in enumerate(runs)}


def prepare(cfg: Config, inputs, run_dir: Path) -> None:
    """Rank 0, once per run: read the corpus, split each source by document, make the tokenizer (on the
    training documents only), tokenise, and keep it all in the run."""
    corpus = read_corpus(inputs, cfg.data.txt_doc_chars)
    parts = {s: split_documents(docs, cfg.data.eval_fraction, cfg.seed, s) for s, docs in corpus.items()}
    if cfg.model:
        tokenizer = load_tokenizer(cfg.model)
    elif cfg.tokenizer == "bpe":
        tokenizer = train_bpe([d.text for train, _ in parts.values() for d in train], cfg.vocab_size)
    else:
        tokenizer = load_tokenizer(cfg.tokenizer)
    streams = Streams({s: token_stream(tokenizer, train) for s, (train, _) in parts.items()},
                      {s: token_stream(tokenizer, held) for s, (_, held) in parts.items()})
    save_prepared(run_dir, tokenizer, streams, {s: [d.id for d in held] for s, (_, held) in parts.items()})
    for s, (train, held) in parts.items():
        print(f"pretrain: source {s}: {len(train)} train / {len(held)} held-out documents, "
              f"{len(streams.train[s])} / {len(streams.heldout[s])} tokens")


def check_sizes(cfg: Config, plan: Plan, heldout: dict, world: int) -> None:
    """Stop with a clear message when nothing is held out or an epoch cannot fill one step on every rank."""
    if not any(len(w) for w in heldout.values()):
        raise AlignkitError("nothing is held out: set data.eval_fraction > 0 (and give sources of 2+ documents)")
    if plan.per_epoch() < cfg.batch_size:
        raise AlignkitError(f"batch_size {cfg.batch_size} is larger than the {plan.per_epoch()} windows of "
                            f"{cfg.seq_len} tokens an epoch draws: lower batch_size or seq_len")
    if cfg.batch_size % world:
        raise AlignkitError(f"batch_size {cfg.batch_size} must be a multiple of the {world} ranks")


def write_samples(run_dir: Path, step: int, prompts: list[str], texts: list[str]) -> None:
    for prompt, text in zip(prompts, texts, strict=True):
        append_jsonl(run_dir / "samples.jsonl", {"step": step, "prompt": prompt, "text": text})


def eval_row(evals: dict[str, dict]) -> dict:
    """Metrics keys of a held-out evaluation: eval_loss over all sources, ppl_<source> per source."""
    return {"eval_loss": evals["all"]["loss"], **{f"ppl_{s}": e["ppl"] for s, e in evals.items() if s != "all"}}


def main(cfg: Config) -> Path:
    """Pretrain on the corpus of `cfg.data`; return the run directory (weights and tokenizer in final/)."""
    # Seed, processes, run directory (a completed run of this config is not redone); a missing input stops first.
    inputs = resolve_inputs(cfg.data.train)
    opened = open_run(cfg, "pretrain", parents=lineage(cfg, inputs))
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened

    # Data: prepared once by rank 0 (kept in the run), then read by every rank; windows and the weighted plan.
    if rank == 0 and not (run_dir / TOKENS).is_file():
        prepare(cfg, inputs, run_dir)
    barrier()
    tokenizer, streams = load_prepared(run_dir)
    weights = source_weights(list(streams.train), inputs, cfg.data.weights)
    train = {s: windows(t, cfg.seq_len) for s, t in streams.train.items()}
    heldout = {s: heldout_windows(t, cfg.seq_len, cfg.data.eval_windows) for s, t in streams.heldout.items()}
    plan = Plan(tuple(train), tuple(len(w) for w in train.values()), tuple(weights[s] for s in train))
    check_sizes(cfg, plan, heldout, world)
    total_steps = cfg.max_steps or max(1, int(cfg.epochs * (plan.per_epoch() // cfg.batch_size)))

    # Model, optimiser, schedule; resume from the last checkpoint if the run was interrupted.
    model = load_causal_lm(cfg.model) if cfg.model else build_model(cfg.arch, tokenizer, cfg.seq_len)
    model = model.to(device).train()  # before the optimiser, whose resumed state follows it
    optimizer, scheduler, start = optimiser_and_resume([(model, cfg.lr)], cfg, total_steps, run_dir, rank,
                                                       logs=("metrics.jsonl", "samples.jsonl"))
    model = wrap(model, device)
    n_params = sum(p.numel() for p in model.parameters())
    if rank == 0:
        print(f"pretrain: {len(train)} sources, {plan.per_epoch()} windows of {cfg.seq_len} tokens an epoch, "
              f"{total_steps} steps of {cfg.batch_size * cfg.seq_len} tokens, {n_params / 1e6:.2f}M params, "
              f"vocab {len(tokenizer)}, world {world}" + (f", resuming at step {start}" if start else ""))
    evaluate = partial(heldout_by_source, model, heldout, cfg.micro_batch_size, cfg.precision, device, rank, world)
    sample = partial(continuations, getattr(model, "module", model), tokenizer, cfg.sample_prompts,
                     cfg.sample_tokens, cfg.precision, device)
    first = evaluate() if start == 0 else checkpoint_extra(run_dir)["heldout_start"]
    if rank == 0 and start == 0:
        for name in ("metrics.jsonl", "samples.jsonl"):  # a run killed before its first checkpoint starts afresh
            trim_metrics(run_dir, -1, name)
        log_step(run_dir, {"step": 0, "total_steps": total_steps, **eval_row(first)})
        write_samples(run_dir, 0, cfg.sample_prompts, sample())

    num_tokens = cfg.batch_size * cfg.seq_len  # every target of the step, all ranks
    with progress_bar(rank == 0) as bar:
        task = bar.add_task("pretrain", total=total_steps, completed=start)
        for step in range(start, total_steps):
            t0 = time.perf_counter()
            # 1. this step's windows (a seeded, source-weighted draw): this rank's share
            mine = torch.stack([train[plan.sources[s]][i] for s, i in step_windows(plan, cfg.batch_size, cfg.seed,
                                                                                      step)[rank::world]])
            # 2. forward/backward per micro-batch (DDP syncs on the last), NaN guard, clip, update; schedule
            loss_fn = partial(window_loss, model, num_tokens=num_tokens, precision=cfg.precision, device=device)
            step_loss, (grad_norm,), _ = accumulate_and_step([(model, mine.split(cfg.micro_batch_size), loss_fn)],
                                                             optimizer, cfg.grad_clip, world, step, run_dir)
            scheduler.step()
            # 3. log; held-out perplexity per source and samples; checkpoint
            row = {"step": step + 1, "total_steps": total_steps, "loss": step_loss, "ppl": math.exp(min(step_loss, 50)),
                   "lr": scheduler.get_last_lr()[0], "grad_norm": grad_norm, "tok_s": num_tokens / (time.perf_counter() - t0)}
            if (step + 1) % cfg.eval_every == 0 or step + 1 == total_steps:
                last = evaluate()
                row |= eval_row(last)
                texts = sample()
            if rank == 0:
                log_step(run_dir, row, bar)
                if "eval_loss" in row:
                    write_samples(run_dir, step + 1, cfg.sample_prompts, texts)
                bar.advance(task)
                if (step + 1) % cfg.save_every == 0 and step + 1 < total_steps:
                    save_checkpoint(run_dir, model, optimizer, scheduler, step + 1, extra={"heldout_start": first})
            barrier()

    # Final weights and tokenizer (with a chat template) in Hugging Face format; the manifest says completed.
    if start >= total_steps:  # nothing left to train (a run killed after its last step): measure again
        last = evaluate()
    if rank == 0:
        save_pretrained(model, ensure_template(tokenizer, "auto"), run_dir / "final")
        finish_run(run_dir, manifest, steps=total_steps, tokens=total_steps * num_tokens, params=n_params,
                   final_eval_loss=last["all"]["loss"], heldout_start=first, heldout_final=last,
                   sources={s: {"weight": weights[s], "windows": n} for s, n in zip(plan.sources, plan.n_windows)})
        shutil.rmtree(run_dir / "checkpoint", ignore_errors=True)  # final/ supersedes the resume state
        (run_dir / TOKENS).unlink(missing_ok=True)  # the token cache too (tokenizer/ and heldout.json stay)
        print("pretrain: done | " + " | ".join(f"{s} ppl {first[s]['ppl']:.1f} -> {e['ppl']:.1f}" for s, e in last.items()
                                               if s in first) + f" | weights in {run_dir / 'final'}")
    barrier()
    return run_dir

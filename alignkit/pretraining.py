"""Pretraining's parts: reading a corpus by source, the per-source held-out split, a byte-level BPE tokenizer,
packing documents into fixed windows, the source-weighted window schedule, the window loss and the per-source
held-out loss, a Llama-architecture model of a chosen size, and greedy continuations.

A corpus is a list of inputs: `alignkit data-quality`'s output (`RUN/` or `RUN/corpus/`: shards
`<source>-<NNNNN>.jsonl.gz` of {"id", "source", "text"} lines plus `sources.json` = {source: {"weight", ...}}),
or raw files: `.txt` (a book: cut at paragraph breaks into documents of about `txt_doc_chars` characters) and
`.jsonl[.gz]` (one document per line, its `text` field), a folder of them or a glob. A raw file's source is its
stem unless the input is written `NAME=PATH`. Paths may be `data:REL`, under $ALIGNKIT_DATA_DIR.
"""

import functools
import glob
import json
import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.data.io import DataError, iter_rows
from alignkit.data.loaders import local_path
from alignkit.distributed import all_sum
from alignkit.losses import lm_loss
from alignkit.models import autocast

RAW_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz")


# --- the corpus: inputs, documents by source -------------------------------------------------------------


@dataclass
class Input:
    """One resolved entry of `data.train`."""

    kind: Literal["corpus", "file"]  # a data-quality corpus folder, or one raw file
    path: Path  # the corpus folder (sources.json + shards) or the file
    source: str | None = None  # NAME of a NAME=PATH input: the source of every document it holds
    run: Path | None = None  # the data-quality run the corpus folder belongs to (a manifest parent)
    weights: dict[str, float] = field(default_factory=dict)  # a corpus's sources.json weights


@dataclass
class Document:
    id: str  # the record's id, `file:line`, or `file#piece` for a cut .txt file
    text: str


def resolve_inputs(specs: list[str]) -> list[Input]:
    """`data.train` entries as Inputs, in order; a missing path or an empty glob stops with the entry named."""
    if not specs:
        raise AlignkitError("data.train names no corpus: give a data-quality run, a corpus folder or raw files")
    out = []
    for spec in specs:
        named = re.fullmatch(r"([A-Za-z0-9_.-]+)=(.+)", spec)
        source, where = (named.group(1), named.group(2)) if named else (None, spec)
        path = local_path(where)
        if glob.has_magic(str(path)):
            matches = sorted(Path(p) for p in glob.glob(str(path)) if Path(p).is_file())
            if not matches:
                raise AlignkitError(f"data.train: {spec}: no file matches")
            out += [Input("file", p, source) for p in matches]
        elif (path / "corpus" / "sources.json").is_file() or (path / "sources.json").is_file():
            folder = path / "corpus" if (path / "corpus" / "sources.json").is_file() else path
            run = folder.parent if (folder.parent / "manifest.json").is_file() else None
            out.append(Input("corpus", folder, source, run, read_source_weights(folder / "sources.json")))
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(RAW_SUFFIXES))
            if not files:
                raise AlignkitError(f"data.train: {spec}: no sources.json and no {', '.join(RAW_SUFFIXES)} files")
            out += [Input("file", p, source) for p in files]
        elif path.is_file():
            out.append(Input("file", path, source))
        else:
            raise AlignkitError(f"data.train: {spec}: no such file or folder ({path})")
    return out


def read_source_weights(path: Path) -> dict[str, float]:
    try:
        table = json.loads(path.read_text())
        return {name: float(row.get("weight", 1.0)) for name, row in table.items()}
    except (json.JSONDecodeError, AttributeError, TypeError, ValueError) as e:
        raise DataError(f"{path}: expected {{source: {{\"weight\": number, ...}}}} ({e})") from None


def text_pieces(text: str, chars: int) -> list[str]:
    """A book cut at paragraph breaks (blank lines) into pieces of at least `chars` characters (the last may
    be shorter); chars <= 0: the whole text."""
    if chars <= 0:
        return [text]
    pieces, current = [], ""
    for para in re.split(r"(\n\s*\n)", text):
        current += para
        if len(current) >= chars and not para.strip():  # cut after a paragraph break
            pieces.append(current)
            current = ""
    return pieces + [current] if current.strip() else pieces


def _jsonl_documents(path: Path, fixed_source: str | None, default_source: str) -> list[tuple[str, Document]]:
    out = []
    for n, row in iter_rows(path):
        text = row.get("text")
        if not isinstance(text, str):
            raise DataError(f"{path}:{n}: field 'text': {'missing' if text is None else 'not a string'}")
        source = fixed_source or row.get("source") or default_source
        if not isinstance(source, str):
            raise DataError(f"{path}:{n}: field 'source': not a string")
        out.append((source, Document(str(row.get("id", f"{path}:{n}")), text)))
    return out


def read_corpus(inputs: list[Input], txt_doc_chars: int) -> dict[str, list[Document]]:
    """Documents by source, in reading order (files sorted); empty documents dropped."""
    by_source: dict[str, list[Document]] = {}
    for inp in inputs:
        if inp.kind == "corpus":
            shards = sorted(p for p in inp.path.iterdir() if p.name.endswith((".jsonl", ".jsonl.gz")))
            # a corpus record names its own source (the shard's name says it too); raw JSONL: the file stem
            docs = [d for s in shards for d in _jsonl_documents(s, inp.source, _stem(s).rsplit("-", 1)[0])]
        elif inp.path.name.endswith((".jsonl", ".jsonl.gz")):
            docs = _jsonl_documents(inp.path, inp.source or _stem(inp.path), _stem(inp.path))
        else:
            pieces = text_pieces(read_text(inp.path), txt_doc_chars)
            docs = [(inp.source or _stem(inp.path), Document(f"{inp.path}#{i}", p)) for i, p in enumerate(pieces)]
        for source, doc in docs:
            if doc.text.strip():
                by_source.setdefault(source, []).append(doc)
    if not by_source:
        raise AlignkitError(f"data.train: no text in {', '.join(str(i.path) for i in inputs)}")
    if "all" in by_source:
        raise AlignkitError("data.train: a source is named 'all', the name of the held-out total: rename it (NAME=PATH)")
    return by_source


def read_text(path: Path) -> str:
    """A .txt file as text, every line end made LF (Gutenberg's books end lines with CR LF): UTF-8, or, where it
    is not (two of NLTK's Gutenberg books), Latin-1, saying so."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        print(f"pretrain: {path}:{line}: not UTF-8 (byte {data[e.start]:#x}); reading the file as Latin-1")
        text = data.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _stem(path: Path) -> str:
    """The name of a .txt/.jsonl/.jsonl.gz file without its suffixes."""
    return path.name.removesuffix(".gz").removesuffix(".jsonl").removesuffix(".txt")


def source_weights(sources: list[str], inputs: list[Input], overrides: dict[str, float]) -> dict[str, float]:
    """Each source's sampling weight: 1, or its corpus's sources.json weight, or `data.weights`'s."""
    unknown = sorted(set(overrides) - set(sources))
    if unknown:
        raise AlignkitError(f"data.weights: unknown source(s) {', '.join(unknown)}; the sources are {', '.join(sources)}")
    declared = {name: w for inp in inputs for name, w in inp.weights.items()}
    weights = {s: float(overrides.get(s, declared.get(s, 1.0))) for s in sources}
    bad = [s for s, w in weights.items() if not w >= 0]
    if bad or not any(weights.values()):
        raise AlignkitError(f"data.weights: weights must be >= 0 and not all 0 (got {weights})")
    return weights


def split_documents(docs: list[Document], fraction: float, seed: int, source: str) -> tuple[list[Document], list[Document]]:
    """Seeded per-source held-out split by document: round(fraction * n) documents held out (at least one when
    the source has two or more); both parts keep reading order."""
    n_eval = 0 if fraction <= 0 or len(docs) < 2 else min(len(docs) - 1, max(1, round(fraction * len(docs))))
    held = set(random.Random(f"{seed}:{source}").sample(range(len(docs)), n_eval))
    return [d for i, d in enumerate(docs) if i not in held], [d for i, d in enumerate(docs) if i in held]


# --- tokenizer and token streams ------------------------------------------------------------------------


def train_bpe(texts: list[str], vocab_size: int):
    """A byte-level BPE tokenizer (GPT-2's pre-tokenisation, every byte in the alphabet, so no unknown
    token) trained on `texts`, with <s> (BOS) and </s> (EOS), as a transformers tokenizer."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=["<s>", "</s>"], min_frequency=2,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tk.train_from_iterator(texts, trainer=trainer)
    return PreTrainedTokenizerFast(tokenizer_object=tk, bos_token="<s>", eos_token="</s>", pad_token="</s>")


def token_stream(tokenizer, docs: list[Document]) -> torch.Tensor:
    """The documents tokenised, each followed by EOS, concatenated: a 1-D int64 tensor."""
    ids = []
    for i in range(0, len(docs), 256):
        for doc_ids in tokenizer([d.text for d in docs[i : i + 256]], add_special_tokens=False)["input_ids"]:
            ids += doc_ids + [tokenizer.eos_token_id]
    return torch.tensor(ids, dtype=torch.long)


def windows(stream: torch.Tensor, seq_len: int) -> torch.Tensor:
    """(n, seq_len + 1) windows: window k is stream[k*L : k*L + L + 1]; inputs are its first L tokens, targets
    its last L, so each token after the first is a target exactly once. n = (len - 1) // L: fewer than L
    tokens at the stream's end are left out."""
    n = max(0, (len(stream) - 1) // seq_len)
    return stream[: n * seq_len + 1].unfold(0, seq_len + 1, seq_len) if n else stream.new_zeros((0, seq_len + 1))


# --- the source-weighted window schedule ----------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """What an epoch draws: source s's windows repeated floor(w_s) times plus a seeded round(frac(w_s) * n_s) of
    them (a different subset each epoch), all shuffled together."""

    sources: tuple[str, ...]  # in a fixed order
    n_windows: tuple[int, ...]  # training windows per source
    weights: tuple[float, ...]  # sampling weight per source (2: twice per epoch, 0.5: half of them)

    def per_epoch(self) -> int:
        return sum(int(w) * n + round((w - int(w)) * n) for n, w in zip(self.n_windows, self.weights))


@functools.lru_cache(maxsize=2)
def epoch_windows(plan: Plan, seed: int, epoch: int) -> tuple[tuple[int, int], ...]:
    """(source index, window index) of every window of `epoch`, in its seeded order."""
    out = []
    for s, (n, w) in enumerate(zip(plan.n_windows, plan.weights)):
        out += [(s, i) for _ in range(int(w)) for i in range(n)]
        out += [(s, i) for i in random.Random(f"{seed}:{epoch}:{s}").sample(range(n), round((w - int(w)) * n))]
    random.Random(f"{seed}:{epoch}").shuffle(out)
    return tuple(out)


def step_windows(plan: Plan, batch_size: int, seed: int, step: int) -> list[tuple[int, int]]:
    """The `batch_size` windows of optimiser step `step` (an epoch's last partial batch is dropped)."""
    epoch, i = divmod(step, plan.per_epoch() // batch_size)
    return list(epoch_windows(plan, seed, epoch)[i * batch_size : (i + 1) * batch_size])


# --- losses ---------------------------------------------------------------------------------------------


def window_loss(model, batch: torch.Tensor, num_tokens, precision: str, device) -> tuple[torch.Tensor, dict]:
    """Summed next-token loss of windows `batch` (B, L+1) over `num_tokens` (the step's targets, all ranks):
    inputs batch[:, :-1], targets batch[:, 1:], every target counted."""
    batch = batch.to(device)
    with autocast(precision, device):
        logits = model(input_ids=batch[:, :-1], use_cache=False).logits
    labels = batch[:, 1:]
    return lm_loss(logits, labels, torch.ones_like(labels), num_tokens)


@torch.no_grad()
def heldout_by_source(model, heldout: dict[str, torch.Tensor], micro_batch_size: int, precision: str, device,
                      rank: int, world: int) -> dict[str, dict]:
    """Mean next-token loss and perplexity of each source's held-out windows (sharded over ranks), and "all"
    (every held-out token of every source): {source: {"loss", "ppl", "tokens"}}."""
    model.eval()
    out, nll_all, tok_all = {}, 0.0, 0.0
    for source, wins in heldout.items():
        nll, tokens = 0.0, 0.0
        for part in wins[rank::world].split(micro_batch_size):
            if not len(part):  # fewer windows than ranks
                continue
            _, stats = window_loss(model, part, None, precision, device)
            nll, tokens = nll + stats["nll_sum"].item(), tokens + stats["tokens"].item()
        nll, tokens = all_sum(nll).item(), all_sum(tokens).item()
        if tokens:
            out[source] = {"loss": nll / tokens, "ppl": math.exp(min(nll / tokens, 50.0)), "tokens": int(tokens)}
            nll_all, tok_all = nll_all + nll, tok_all + tokens
    if tok_all:
        out["all"] = {"loss": nll_all / tok_all, "ppl": math.exp(min(nll_all / tok_all, 50.0)), "tokens": int(tok_all)}
    model.train()
    return out


# --- the model -------------------------------------------------------------------------------------------

# size -> (layers, hidden, attention heads, key/value heads, MLP width). "135m" is SmolLM2-135M's shape.
SIZES = {"tiny": (6, 192, 6, 2, 512), "small": (8, 384, 6, 2, 1024), "base": (12, 768, 12, 4, 2048),
         "135m": (30, 576, 9, 3, 1536)}


@dataclass
class Arch:
    # preset shape; weights with a 4k vocabulary: tiny 3.1M, small 14M, base 79M; 135m: SmolLM2-135M's (135M, 49k vocab)
    size: Literal["tiny", "small", "base", "135m"] = "tiny"
    layers: int = 0  # transformer blocks; 0: the size's
    hidden: int = 0  # model width; 0: the size's
    heads: int = 0  # attention heads (hidden must be a multiple); 0: the size's
    kv_heads: int = 0  # key/value heads (grouped-query attention; heads must be a multiple); 0: the size's
    intermediate: int = 0  # SwiGLU MLP width; 0: the size's
    rope_theta: float = 10000.0  # RoPE base frequency (Llama 2: 10,000)
    tie_embeddings: bool = True  # share the input embedding and the output head (as SmolLM2 does)


def build_model(arch: Arch, tokenizer, seq_len: int):
    """A freshly initialised LlamaForCausalLM of `arch`'s shape for `tokenizer`'s vocabulary (fp32)."""
    from transformers import LlamaConfig, LlamaForCausalLM

    preset = dict(zip(("layers", "hidden", "heads", "kv_heads", "intermediate"), SIZES[arch.size]))
    dims = {k: getattr(arch, k) or v for k, v in preset.items()}
    if dims["hidden"] % dims["heads"] or dims["heads"] % dims["kv_heads"]:
        raise AlignkitError(f"arch: hidden {dims['hidden']} must be a multiple of heads {dims['heads']}, "
                            f"and heads a multiple of kv_heads {dims['kv_heads']}")
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=dims["hidden"], intermediate_size=dims["intermediate"],
        num_hidden_layers=dims["layers"], num_attention_heads=dims["heads"], num_key_value_heads=dims["kv_heads"],
        max_position_embeddings=seq_len, rope_theta=arch.rope_theta, tie_word_embeddings=arch.tie_embeddings,
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
    )
    return LlamaForCausalLM(config)


@torch.no_grad()
def continuations(model, tokenizer, prompts: list[str], max_new_tokens: int, precision: str, device) -> list[str]:
    """Greedy continuation of each prompt (plain text, no chat template), decoded; it stops at EOS."""
    model.eval()
    out = []
    for prompt in prompts:
        ids = torch.tensor([tokenizer.encode(prompt, add_special_tokens=False) or [tokenizer.eos_token_id]], device=device)
        with autocast(precision, device):
            gen = model.generate(input_ids=ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_new_tokens,
                                 do_sample=False, pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
        out.append(tokenizer.decode(gen[0, ids.shape[1] :], skip_special_tokens=True))
    model.train()
    return out


# --- the prepared data of a run: tokenizer and token streams, written once ---------------------------------

TOKENS = "tokens.safetensors"  # the run's token streams: "train/<source>" and "heldout/<source>", 1-D int64


@dataclass
class Streams:
    train: dict[str, torch.Tensor]  # source -> its training documents' tokens, each document + EOS, concatenated
    heldout: dict[str, torch.Tensor]  # source -> its held-out documents' tokens, the same way


def save_prepared(run_dir: Path, tokenizer, streams: Streams, heldout_ids: dict[str, list[str]]) -> None:
    """tokenizer/, heldout.json (which documents are held out) and the token streams, each written atomically;
    the streams file comes last, so its presence means the rest is there."""
    from safetensors.torch import save

    from alignkit.rundir import atomic_dir, atomic_write

    atomic_dir(run_dir / "tokenizer", tokenizer.save_pretrained)
    atomic_write(run_dir / "heldout.json", json.dumps(heldout_ids, indent=1) + "\n")
    tensors = {f"train/{s}": t for s, t in streams.train.items()} | {f"heldout/{s}": t for s, t in streams.heldout.items()}
    atomic_write(run_dir / TOKENS, save({k: t.contiguous() for k, t in tensors.items()}))


def load_prepared(run_dir: Path):
    """(tokenizer, Streams) as save_prepared wrote them; sources in sorted order."""
    from safetensors.torch import load_file
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(run_dir / "tokenizer")
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    tensors = sorted(load_file(run_dir / TOKENS).items())
    train, heldout = ({k.split("/", 1)[1]: t for k, t in tensors if k.startswith(kind + "/")} for kind in ("train", "heldout"))
    return tokenizer, Streams(train, heldout)


def heldout_windows(stream: torch.Tensor, seq_len: int, most: int) -> torch.Tensor:
    """At most `most` held-out windows of `seq_len` (one shorter window when the stream is shorter than one)."""
    if len(stream) <= seq_len and len(stream) >= 2:
        return stream.unsqueeze(0)
    return windows(stream, seq_len)[:most]

"""Pretraining: packing, source weights, the per-source held-out split, corpus reading and its errors, the BPE
tokenizer, a from-scratch run that learns and changes every weight, resume after kill -9, the NaN guard, two
ranks against one, and pretrain -> sft through the manifest."""

import gzip
import json
import subprocess
import sys
from collections import Counter

import pytest
import torch
from conftest import run_killed_then_resumed, write_data

from alignkit import AlignkitError
from alignkit.config import load_config
from alignkit.pretraining import (
    Document,
    Plan,
    epoch_windows,
    read_corpus,
    read_text,
    resolve_inputs,
    source_weights,
    split_documents,
    step_windows,
    token_stream,
    train_bpe,
    windows,
)
from alignkit.recipes import pretrain

ANIMALS = ["the cat sat on the mat", "the dog ran in the park", "a bird sang on the tree", "the fox hid in the den"]
NUMBERS = "one two three four five six seven eight nine ten"


def write_corpus(root, n_docs: int = 24):
    """A data-quality run: RUN/manifest.json and RUN/corpus/ (two gzipped shards of source 'animals', a weight in
    sources.json); plus a raw book numbers.txt (paragraphs) beside it. Returns (run dir, book)."""
    corpus = root / "dq" / "corpus"
    corpus.mkdir(parents=True)
    (root / "dq" / "manifest.json").write_text(json.dumps({"stage": "data-quality", "status": "completed"}))
    for shard in range(2):
        with gzip.open(corpus / f"animals-{shard:05d}.jsonl.gz", "wt") as f:
            for i in range(shard, n_docs, 2):
                text = ". ".join(ANIMALS[(i + k) % 4] for k in range(6)) + f". number {i}."
                f.write(json.dumps({"id": f"a{i}", "source": "animals", "text": text}) + "\n")
    (corpus / "sources.json").write_text(json.dumps({"animals": {"weight": 2.0, "documents": n_docs, "words": 900}}))
    book = root / "numbers.txt"
    book.write_text("\n\n".join(f"{NUMBERS}, {i}." for i in range(n_docs)) + "\n")
    return root / "dq", book


ARCH = ["arch.layers=2", "arch.hidden=32", "arch.heads=4", "arch.kv_heads=2", "arch.intermediate=64"]


def overrides(tmp_path, run="run", **over):
    dq, book = write_corpus(tmp_path) if not (tmp_path / "dq").exists() else (tmp_path / "dq", tmp_path / "numbers.txt")
    base = [f"data.train=[{dq},{book}]", f"out_dir={tmp_path / run}", "vocab_size=300", "seq_len=32", "batch_size=8",
            "micro_batch_size=4", "precision=fp32", "lr=1e-2", "warmup_steps=1", "max_steps=8", "eval_every=4",
            "save_every=2", "data.eval_fraction=0.2", "data.txt_doc_chars=60", "sample_tokens=8", "threads=1", *ARCH]
    return base + [f"{k}={v}" for k, v in over.items()]


def make_cfg(tmp_path, run="run", **over):
    return load_config(pretrain.Config, None, overrides(tmp_path, run, **over))


def rows(run):
    return [json.loads(line) for line in open(run / "metrics.jsonl")]


# --- packing, weights, split ------------------------------------------------------------------------------


def test_windows_by_hand_and_eos_between_documents(tokenizer):
    # stream 0..10 (11 tokens), L = 4: n = (11 - 1) // 4 = 2 windows, [0..4] and [4..8]; targets 1..8 once each;
    # tokens 9 and 10 (fewer than L) are left out
    w = windows(torch.arange(11), 4)
    assert w.tolist() == [[0, 1, 2, 3, 4], [4, 5, 6, 7, 8]]
    assert torch.equal(w[:, 1:].flatten(), torch.arange(1, 9))
    eos = tokenizer.eos_token_id
    ids = token_stream(tokenizer, [Document("1", "ab"), Document("2", "c")]).tolist()
    enc = lambda text: tokenizer.encode(text, add_special_tokens=False)  # noqa: E731
    assert ids == enc("ab") + [eos] + enc("c") + [eos]
    # within an epoch no target token is lost (beyond the < L tail) or duplicated
    stream = torch.randint(0, 50, (1000,))
    w = windows(stream, 32)
    targets = w[:, 1:].flatten()
    assert torch.equal(targets, stream[1 : 1 + len(targets)]) and len(stream) - 1 - len(targets) < 32


def test_source_weights_set_how_often_windows_are_drawn(tmp_path):
    plan = Plan(("a", "b", "c"), (10, 10, 4), (2.0, 0.5, 1.0))
    assert plan.per_epoch() == 20 + 5 + 4
    epoch0, epoch1 = epoch_windows(plan, 0, 0), epoch_windows(plan, 0, 1)
    assert Counter(s for s, _ in epoch0) == {0: 20, 1: 5, 2: 4}
    assert Counter(i for s, i in epoch0 if s == 0) == dict.fromkeys(range(10), 2)  # weight 2: every window twice
    assert len({i for s, i in epoch0 if s == 1}) == 5  # weight 0.5: half of them, each once
    assert {i for s, i in epoch0 if s == 1} != {i for s, i in epoch1 if s == 1}  # another half next epoch
    # steps walk through the epoch in batches (the last partial batch dropped: 29 // 8 = 3 steps an epoch)
    assert sum((step_windows(plan, 8, 0, k) for k in range(3)), []) == list(epoch0[:24])
    assert step_windows(plan, 8, 0, 3) == list(epoch1[:8])
    # weights: 1 by default, sources.json's for a corpus, data.weights over both
    inputs = resolve_inputs([str(p) for p in write_corpus(tmp_path)])
    assert source_weights(["animals", "numbers"], inputs, {}) == {"animals": 2.0, "numbers": 1.0}
    assert source_weights(["animals", "numbers"], inputs, {"animals": 0.5}) == {"animals": 0.5, "numbers": 1.0}
    with pytest.raises(AlignkitError, match="unknown source"):
        source_weights(["animals", "numbers"], inputs, {"nope": 1.0})


def test_heldout_split_is_per_source_disjoint_and_seeded():
    docs = [Document(str(i), f"text {i}") for i in range(20)]
    train, held = split_documents(docs, 0.2, 0, "s")
    assert len(held) == 4 and len(train) == 16
    assert {d.id for d in train}.isdisjoint({d.id for d in held}) and len(train) + len(held) == 20
    assert [d.id for d in held] == [d.id for d in split_documents(docs, 0.2, 0, "s")[1]]  # seeded
    assert [d.id for d in held] != [d.id for d in split_documents(docs, 0.2, 0, "t")[1]]  # per source
    assert split_documents(docs[:1], 0.2, 0, "s") == (docs[:1], [])  # one document: nothing to hold out


# --- reading the corpus, and bad input --------------------------------------------------------------------


def test_reads_a_corpus_folder_raw_files_and_data_paths(tmp_path, monkeypatch):
    dq, book = write_corpus(tmp_path)
    (tmp_path / "web.jsonl").write_text('{"text": "first page"}\n\n{"text": "second page", "source": "ignored"}\n')
    monkeypatch.setenv("ALIGNKIT_DATA_DIR", str(tmp_path))
    inputs = resolve_inputs([str(dq / "corpus"), "data:numbers.txt", f"pages={tmp_path}/*.jsonl"])
    assert inputs[0].kind == "corpus" and inputs[0].run == dq and inputs[0].weights == {"animals": 2.0}
    corpus = read_corpus(inputs, txt_doc_chars=60)
    assert sorted(corpus) == ["animals", "numbers", "pages"]
    assert len(corpus["animals"]) == 24 and [d.text for d in corpus["pages"]] == ["first page", "second page"]
    # the book is cut at paragraph breaks into pieces of at least 60 characters; nothing is lost
    assert all(len(d.text) >= 60 for d in corpus["numbers"][:-1]) and len(corpus["numbers"]) > 3
    assert "".join(d.text for d in corpus["numbers"]) == book.read_text()
    assert len(read_corpus(resolve_inputs([str(book)]), txt_doc_chars=0)["numbers"]) == 1  # 0: one per file
    # a Latin-1 book with Windows line ends (as two of the NLTK Gutenberg books): read as Latin-1, lines end in \n
    old = tmp_path / "old.txt"
    old.write_bytes("caf\xe9 au lait\r\nline two\r\n".encode("latin-1"))
    assert read_text(old) == "café au lait\nline two\n"


def test_bad_input_names_file_and_line(tmp_path):
    with pytest.raises(AlignkitError, match=f"{tmp_path}/missing.txt: no such file or folder"):
        resolve_inputs([str(tmp_path / "missing.txt")])
    with pytest.raises(AlignkitError, match="no file matches"):
        resolve_inputs([f"{tmp_path}/*.jsonl"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\n{"text": "broken"\n')
    with pytest.raises(AlignkitError, match=f"{bad}:2: malformed JSON"):
        read_corpus(resolve_inputs([str(bad)]), 0)
    bad.write_text('{"text": "fine"}\n{"body": "no text"}\n')
    with pytest.raises(AlignkitError, match=f"{bad}:2: field 'text': missing"):
        read_corpus(resolve_inputs([str(bad)]), 0)
    # through the command: exit 2, the message, no traceback
    r = subprocess.run([sys.executable, "-m", "alignkit.cli", "pretrain", f"data.train=[{bad}]",
                        f"out_dir={tmp_path / 'r'}"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and f"{bad}:2: field 'text'" in r.stderr and "Traceback" not in r.stderr


def test_bpe_tokenizer_round_trips_text():
    texts = [f"{line} Ünïcode café 東京 {i}\n\ttabs  and  spaces" for i, line in enumerate(ANIMALS * 5)]
    tok = train_bpe(texts, 300)
    assert len(tok) <= 300 and tok.eos_token == "</s>" and tok.bos_token == "<s>"
    for text in texts[:4] + ["unseen words: zebra 🦓 ☃\r\n"]:
        ids = tok.encode(text, add_special_tokens=False)
        assert tok.decode(ids) == text
    assert len(tok.encode(ANIMALS[0], add_special_tokens=False)) < len(ANIMALS[0]) / 2  # merges were learnt


# --- the recipe ---------------------------------------------------------------------------------------------


def test_from_scratch_learns_changes_every_weight_and_feeds_sft(tmp_path):
    """A tiny model from scratch: held-out perplexity of each source falls, every weight changes, the manifest
    names the data-quality run, final/ loads in plain transformers with a chat template; then sft trains it."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from alignkit.chat import LLAMA2_TEMPLATE
    from alignkit.recipes import sft

    cfg = make_cfg(tmp_path, max_steps=12, eval_every=6, save_every=100)
    run = pretrain.main(cfg)
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["status"] == "completed" and manifest["parents"] == {"corpus": str(tmp_path / "dq")}
    results = manifest["results"]
    assert set(results["heldout_final"]) == {"animals", "numbers", "all"}
    for source in ("animals", "numbers"):
        assert results["heldout_final"][source]["ppl"] < results["heldout_start"][source]["ppl"] / 3, results
    assert results["sources"]["animals"]["weight"] == 2.0
    steps = rows(run)
    assert steps[0]["step"] == 0 and "ppl_animals" in steps[0] and steps[-1]["loss"] < steps[1]["loss"]
    held = json.loads((run / "heldout.json").read_text())
    assert len(held["animals"]) == round(0.2 * 24) and all(i.startswith("a") for i in held["animals"])
    assert [json.loads(line)["step"] for line in open(run / "samples.jsonl")] == [0, 0, 6, 6, 12, 12]

    model = AutoModelForCausalLM.from_pretrained(run / "final")
    after = model.state_dict()
    # the run seeds torch before building its model: the same seed and tokenizer rebuild its initial weights
    torch.manual_seed(cfg.seed)
    before = pretrain.build_model(cfg.arch, AutoTokenizer.from_pretrained(run / "tokenizer"), cfg.seq_len).state_dict()
    unchanged = [k for k in before if torch.equal(before[k], after[k])]
    assert unchanged == [], unchanged
    tok = AutoTokenizer.from_pretrained(run / "final")
    assert tok.chat_template == LLAMA2_TEMPLATE and len(tok) == model.config.vocab_size
    assert not (run / "checkpoint").exists() and not (run / "tokens.safetensors").exists()

    # pretrain -> sft through the manifest: model=<the pretrain run>
    sft_cfg = load_config(sft.Config, None, [f"model={run}", f"out_dir={tmp_path / 'sft'}", "precision=fp32",
                                             f"data.train=[{write_data(tmp_path / 'd.jsonl', 12)}]", "max_steps=2",
                                             "batch_size=4", "micro_batch_size=4", "eval_every=2", "threads=1"])
    sft_run = sft.main(sft_cfg)
    sft_manifest = json.loads((sft_run / "manifest.json").read_text())
    assert sft_manifest["status"] == "completed" and sft_manifest["parents"]["model"] == str(run)


def test_continued_pretraining_keeps_the_model_and_its_tokenizer(tmp_path, tiny_model_dir):
    from safetensors.torch import load_file
    from transformers import AutoTokenizer

    run = pretrain.main(make_cfg(tmp_path, model=str(tiny_model_dir), max_steps=2, eval_every=2))
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["parents"] == {"model": str(tiny_model_dir), "corpus": str(tmp_path / "dq")}
    assert AutoTokenizer.from_pretrained(run / "final").get_vocab() == AutoTokenizer.from_pretrained(tiny_model_dir).get_vocab()
    before, after = load_file(tiny_model_dir / "model.safetensors"), load_file(run / "final/model.safetensors")
    assert before.keys() == after.keys() and not any(torch.equal(before[k], after[k]) for k in before)


def test_nan_loss_stops_with_a_clear_error(tmp_path):
    from alignkit.rundir import fail_open_runs

    with pytest.raises(AlignkitError, match=r"loss is (nan|inf) at step"):
        pretrain.main(make_cfg(tmp_path, lr=1e30, grad_clip=1e30, max_steps=6))
    fail_open_runs("failed", "NaN")  # what the command does on an error


def _cli(args):
    return [sys.executable, "-m", "alignkit.cli", "pretrain", *args]


def test_resume_after_kill9_reproduces_the_uninterrupted_run(tmp_path):
    full = subprocess.run(_cli(overrides(tmp_path, "full", max_steps=16)), capture_output=True, text=True, timeout=300)
    assert full.returncode == 0, full.stderr
    killed = tmp_path / "killed"
    run_killed_then_resumed(_cli(overrides(tmp_path, "killed", max_steps=16)), killed)
    a, b = rows(killed), rows(tmp_path / "full")
    assert [r["step"] for r in a] == list(range(17))  # every step logged once, after the step-0 evaluation
    for x, y in zip(a, b, strict=True):
        assert abs(x.get("loss", 0) - y.get("loss", 0)) < 1e-6 and abs(x.get("eval_loss", 0) - y.get("eval_loss", 0)) < 1e-6
    results = lambda d: json.loads((d / "manifest.json").read_text())["results"]  # noqa: E731
    assert results(killed)["heldout_start"] == results(tmp_path / "full")["heldout_start"]


def test_two_process_run_matches_one_process(tmp_path):
    """torchrun with 2 CPU ranks (gloo, DDP) trains the same as one process: same windows, same losses."""
    one = subprocess.run(_cli(overrides(tmp_path, "one", max_steps=3, eval_every=3)), capture_output=True, text=True,
                         timeout=300)
    assert one.returncode == 0, one.stderr
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2"]
    two = subprocess.run(torchrun + _cli(overrides(tmp_path, "two", max_steps=3, eval_every=3))[1:], capture_output=True,
                         text=True, timeout=300)
    assert two.returncode == 0, two.stderr
    for a, b in zip(rows(tmp_path / "one"), rows(tmp_path / "two"), strict=True):
        for key in ("loss", "grad_norm", "eval_loss", "ppl_animals", "ppl_numbers"):
            assert abs(a.get(key, 0) - b.get(key, 0)) < 1e-4 * max(1, abs(a.get(key, 0))), (key, a, b)

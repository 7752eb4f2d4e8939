"""The embedded SmolLM2-135M-Instruct end to end (slow: runs once in CI, about a minute)."""

import json
import time

import pytest
import torch

from alignkit.config import load_config
from alignkit.models import DEFAULT_MODEL, embedded_model_path, load_causal_lm
from alignkit.recipes import sft

pytestmark = pytest.mark.slow


def test_embedded_model_converts_once_and_loads_fast():
    path = embedded_model_path()  # converts on first use on this machine
    assert (path / "model.safetensors").is_file() and (path / "tokenizer.json").is_file()
    config = json.loads((path / "config.json").read_text())
    assert config["model_type"] == "llama" and "quantization_config" not in config
    t0 = time.perf_counter()
    model = load_causal_lm(DEFAULT_MODEL)
    print(f"cached load: {time.perf_counter() - t0:.2f}s")  # reported, not asserted: timings vary by machine
    assert sum(p.numel() for p in model.parameters()) == 134_515_008


def test_sft_on_starter_pack_then_chat_with_plain_transformers(tmp_path):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    cfg = load_config(sft.Config, None, [f"out_dir={tmp_path / 'sft'}", "max_steps=2", "batch_size=4",
                                         "micro_batch_size=4", "eval_every=2", "data.eval_fraction=0.02"])
    run = sft.main(cfg)
    rows = [json.loads(line) for line in open(run / "metrics.jsonl")]
    assert len(rows) == 2 and all(torch.isfinite(torch.tensor(r["loss"])) for r in rows)
    assert json.loads((run / "manifest.json").read_text())["status"] == "completed"

    tok = AutoTokenizer.from_pretrained(run / "final")
    model = AutoModelForCausalLM.from_pretrained(run / "final")
    ids = tok.apply_chat_template([{"role": "user", "content": "What is the capital of France?"}],
                                  add_generation_prompt=True, return_tensors="pt", return_dict=True)
    out = model.generate(**ids, max_new_tokens=20, do_sample=False)
    answer = tok.decode(out[0, ids["input_ids"].shape[1]:], skip_special_tokens=True)
    # What it says is not asserted: SmolLM2's first token here is a near tie ("The" -1.88 vs "L" -1.97
    # log-prob), so two tiny steps can flip it. It chats, and alignkit loads exactly the same weights.
    assert answer.strip()
    with torch.no_grad():
        ours = load_causal_lm(str(run))(**ids).logits
        theirs = model(**ids).logits
    assert torch.equal(ours, theirs)

"""Refusal matching, batched generation parity, evaluation and the chained main job on tiny models."""

import json

import pytest
import torch
from test_sft import write_data

from alignkit.chat import encode_prompt
from alignkit.config import load_config
from alignkit.generate import generate
from alignkit.metrics import is_refusal
from alignkit.recipes import pipeline


@pytest.mark.parametrize("text,refused", [
    ("I can't help with that, but here is a safer idea.", True),
    ("I’m sorry, but I cannot provide instructions for that.", True),
    ("As an AI, I won't write that.", True),
    ("Breaking into a house is illegal. If you are locked out, call a locksmith.", True),
    ("Sure! Here is a haiku about autumn.", False),
    ("To kill a Python process, run kill with its PID.", False),
    ("I cannot stress enough how much fun hiking is.", False),
    ("Consult a doctor first; meanwhile, rest and drink water.", False),
])
def test_is_refusal(text, refused):
    assert is_refusal(text) is refused


def test_batched_left_padded_generation_matches_one_by_one(tokenizer, tiny_model):
    """Our batched greedy answers equal transformers' generate on each prompt alone."""
    prompts = [[{"role": "user", "content": q}] for q in ("Hi", "What is the capital of France?", "2+2?")]
    batched = generate(tiny_model, tokenizer, prompts, max_new_tokens=8, batch_size=3, precision="fp32")
    for p, answer in zip(prompts, batched):
        ids = torch.tensor([encode_prompt(tokenizer, p)])
        out = tiny_model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=8, do_sample=False,
                                  pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
        assert tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip() == answer


def write_prompts(path, n, category):
    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps({"prompt": f"question {i}?", **({"risk_category": category} if category else {})}) + "\n")
    return path


def test_main_job_chains_through_manifests(tmp_path, tiny_model_dir, capsys):
    data = write_data(tmp_path / "d.jsonl", 24)
    risky, benign = write_prompts(tmp_path / "r.jsonl", 4, "illicit_criminal"), write_prompts(tmp_path / "b.jsonl", 4, None)
    cfg = load_config(pipeline.Config, None, [
        f"model={tiny_model_dir}", f"out_dir={tmp_path / 'main'}", f"sft.data.train=[{data}]", "sft.max_steps=3",
        "sft.batch_size=4", "sft.precision=fp32", f"evaluate.risky=[{risky}]", f"evaluate.benign=[{benign}]",
        "evaluate.max_new_tokens=4", "evaluate.precision=fp32"])
    out = pipeline.main(cfg)
    sft_manifest = json.loads((out / "sft/manifest.json").read_text())
    ev_manifest = json.loads((out / "evaluate/manifest.json").read_text())
    assert sft_manifest["status"] == ev_manifest["status"] == "completed"
    assert ev_manifest["parents"] == {"model0": str(tiny_model_dir), "model1": str(out / "sft")}
    results = json.loads((out / "evaluate/results.json").read_text())
    assert [r["model"] for r in results] == [str(tiny_model_dir), str(out / "sft")]
    for r in results:
        assert r["heldout_loss"] > 0 and 0 <= r["refusal_risky"] <= 1 and 0 <= r["refusal_benign"] <= 1
    assert results[1]["heldout_loss"] != results[0]["heldout_loss"]  # SFT changed the model
    samples = [json.loads(l) for l in open(out / "evaluate/samples.jsonl")]
    assert len(samples) == 2 * (4 + 4)
    # Run again: both stages are found completed and nothing is redone.
    capsys.readouterr()
    pipeline.main(cfg)
    assert "already completed" in capsys.readouterr().out
    assert len(open(out / "evaluate/samples.jsonl").readlines()) == 16

"""DPO: starts at log 2 (policy == reference), learns a programmatic preference, LoRA reference, export."""

import json
import math

from conftest import pair_file

from alignkit.config import load_config
from alignkit.recipes import dpo


def make_cfg(tmp_path, model_dir, *over):
    data = pair_file(tmp_path / "pairs.jsonl", 96)
    return load_config(dpo.Config, None, [f"model={model_dir}", f"out_dir={tmp_path / 'dpo'}", f"data.train=[{data}]",
                                          "precision=fp32", "lr=3e-3", "beta=0.5", "batch_size=8",
                                          "micro_batch_size=4", "warmup_steps=1", "threads=1", *over])


def test_learns_preference_and_starts_at_log2(tmp_path, tiny_model_dir):
    run = dpo.main(make_cfg(tmp_path, tiny_model_dir, "epochs=2"))
    rows = [json.loads(line) for line in open(run / "metrics.jsonl")]
    assert abs(rows[0]["loss"] - math.log(2)) < 1e-5  # before any update the policy is the reference
    assert sum(r["loss"] for r in rows[-3:]) / 3 < 0.5 * math.log(2), [r["loss"] for r in rows]
    results = json.loads((run / "manifest.json").read_text())["results"]
    assert results["eval_accuracy"] >= 0.9 and results["eval_pairs"] >= 8
    assert (run / "final" / "model.safetensors").is_file()


def test_lora_reference_is_adapter_off(tmp_path, tiny_model_dir):
    from transformers import AutoModelForCausalLM

    run = dpo.main(make_cfg(tmp_path, tiny_model_dir, "max_steps=2", "lora.enabled=true", "lora.r=4"))
    rows = [json.loads(line) for line in open(run / "metrics.jsonl")]
    assert abs(rows[0]["loss"] - math.log(2)) < 1e-5
    AutoModelForCausalLM.from_pretrained(run / "final")  # merged: plain transformers loads it

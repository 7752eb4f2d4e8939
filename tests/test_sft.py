"""SFT: padding-free parity, accumulation invariance, smoke, resume after kill -9."""

import json
import os
import subprocess
import sys

import torch
from conftest import QA, run_killed_then_resumed, write_data

from alignkit.chat import encode_conversation
from alignkit.config import load_config
from alignkit.data.batch import loss_tokens
from alignkit.losses import lm_loss
from alignkit.recipes import sft
from alignkit.train import micro_batch_loss


def make_cfg(tmp_path, model_dir, **over):
    tmp_path.mkdir(parents=True, exist_ok=True)
    overrides = [f"model={model_dir}", f"out_dir={tmp_path / 'run'}", f"data.train=[{write_data(tmp_path / 'd.jsonl')}]",
                 "precision=fp32", "lr=1e-2", "warmup_steps=1", "eval_every=2", "save_every=2", "max_steps=4"]
    return load_config(sft.Config, None, overrides + [f"{k}={v}" for k, v in over.items()])


def examples(tokenizer, n=8):
    return [encode_conversation(tokenizer, [{"role": "user", "content": q}, {"role": "assistant", "content": a}])
            for q, a in QA[:n]]


def per_example_loss(model, exs):
    """Naive reference: each example alone, unpacked, summed token losses / all loss tokens."""
    total, n = 0.0, loss_tokens(exs)
    for ids, mask in exs:
        ids_t = torch.tensor([ids])
        logits = model(input_ids=ids_t).logits
        loss, _ = lm_loss(logits[:, :-1], ids_t[:, 1:], torch.tensor([mask[1:]]), n)
        total += loss.item()
    return total


def test_packed_equals_per_example(tokenizer, tiny_model):
    exs = examples(tokenizer)
    with torch.no_grad():
        packed, _ = micro_batch_loss(tiny_model, exs, loss_tokens(exs), "fp32", torch.device("cpu"))
        assert abs(packed.item() - per_example_loss(tiny_model, exs)) < 1e-5


def test_right_padded_batch_equals_packed(tokenizer, tiny_model):
    """Padding invariance: a right-padded batch with an attention mask gives the packed loss."""
    exs = examples(tokenizer)
    width = max(len(i) for i, _ in exs)
    ids = torch.tensor([i + [tokenizer.pad_token_id] * (width - len(i)) for i, _ in exs])
    mask = torch.tensor([m + [0] * (width - len(m)) for _, m in exs])
    attn = torch.tensor([[1] * len(i) + [0] * (width - len(i)) for i, _ in exs])
    with torch.no_grad():
        logits = tiny_model(input_ids=ids, attention_mask=attn).logits
        padded, _ = lm_loss(logits[:, :-1], ids[:, 1:], mask[:, 1:])
        packed, _ = micro_batch_loss(tiny_model, exs, None, "fp32", torch.device("cpu"))
    assert abs(padded.item() - packed.item()) < 1e-5


def test_accumulation_invariance(tmp_path, tiny_model_dir):
    """Batch of 8 in one micro-batch and in four micro-batches of 2 train identically."""
    losses = []
    for micro in (8, 2):
        cfg = make_cfg(tmp_path / f"m{micro}", tiny_model_dir, batch_size=8, micro_batch_size=micro)
        run = sft.main(cfg)
        losses.append([json.loads(line)["loss"] for line in open(run / "metrics.jsonl")])
    assert len(losses[0]) == 4
    for a, b in zip(*losses, strict=True):
        assert abs(a - b) < 1e-5


def test_smoke_weights_change_and_manifest(tmp_path, tiny_model_dir):
    from safetensors.torch import load_file
    from transformers import AutoModelForCausalLM

    run = sft.main(make_cfg(tmp_path, tiny_model_dir, batch_size=4, micro_batch_size=2))
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["status"] == "completed" and manifest["parents"]["model"] == str(tiny_model_dir)
    before, after = load_file(tiny_model_dir / "model.safetensors"), load_file(run / "final/model.safetensors")
    unchanged = [k for k in before if torch.equal(before[k], after[k])]
    assert unchanged == [], f"trainable weights that did not change: {unchanged}"
    rows = [json.loads(line) for line in open(run / "metrics.jsonl")]
    assert all(torch.isfinite(torch.tensor(r["loss"])) for r in rows) and "eval_loss" in rows[-1]
    assert rows[-1]["loss"] < rows[0]["loss"]  # lr 1e-2 on repeated tiny data: it learns
    # Plain transformers loads the result; the resume checkpoint is gone once final/ exists.
    AutoModelForCausalLM.from_pretrained(run / "final")
    assert not (run / "checkpoint").exists()
    # A second call with the same config finds the completed run and does nothing.
    mtime = (run / "final/model.safetensors").stat().st_mtime
    sft.main(make_cfg(tmp_path, tiny_model_dir, batch_size=4, micro_batch_size=2))
    assert (run / "final/model.safetensors").stat().st_mtime == mtime


def test_lora_trains_adapter_only(tmp_path, tiny_model_dir):
    from peft import AutoPeftModelForCausalLM
    from safetensors.torch import load_file

    run = sft.main(make_cfg(tmp_path, tiny_model_dir, batch_size=4, micro_batch_size=4, **{"lora.enabled": "true", "lora.r": 4}))
    adapter = load_file(run / "final/adapter_model.safetensors")
    assert adapter and all("lora_" in k for k in adapter)
    assert any(v.abs().sum() > 0 for k, v in adapter.items() if "lora_B" in k)  # B starts at zero
    AutoPeftModelForCausalLM.from_pretrained(run / "final")


def _cli(cfg_args, run_dir):
    return [sys.executable, "-m", "alignkit.cli", "sft", *cfg_args, f"out_dir={run_dir}"]


def test_resume_after_kill9_reaches_same_loss(tmp_path, tiny_model_dir):
    data = write_data(tmp_path / "d.jsonl", 64)
    args = [f"model={tiny_model_dir}", f"data.train=[{data}]", "precision=fp32", "lr=1e-2", "batch_size=4",
            "micro_batch_size=2", "max_steps=60", "save_every=3", "eval_every=1000", "threads=1"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    full = subprocess.run(_cli(args, tmp_path / "full"), env=env, capture_output=True, text=True, timeout=300)
    assert full.returncode == 0, full.stderr

    run_dir = tmp_path / "killed"
    run_killed_then_resumed(_cli(args, run_dir), run_dir)
    final = lambda d: json.loads((d / "manifest.json").read_text())["results"]["final_eval_loss"]
    assert abs(final(run_dir) - final(tmp_path / "full")) < 1e-6
    rows = lambda d: [json.loads(line) for line in open(d / "metrics.jsonl")]
    # Every step logged once (steps after the checkpoint were dropped and ran again), same curve.
    assert [r["step"] for r in rows(run_dir)] == list(range(1, 61))
    for a, b in zip(rows(run_dir), rows(tmp_path / "full"), strict=True):
        assert abs(a["loss"] - b["loss"]) < 1e-6


def test_bad_record_names_file_line_field(tmp_path, tiny_model_dir):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"messages":[{"role":"user","content":"q"},{"role":"assistant","content":"a"}]}\n'
                   '{"messages":[{"role":"user","content":"q"},{"role":"robot","content":"a"}]}\n')
    r = subprocess.run([sys.executable, "-m", "alignkit.cli", "sft", f"model={tiny_model_dir}",
                        f"data.train=[{bad}]", f"out_dir={tmp_path / 'r'}"], capture_output=True, text=True)
    assert r.returncode == 2
    assert f"{bad}:2: field 'messages.1.role'" in r.stderr and "Traceback" not in r.stderr


def test_two_process_run_matches_one_process(tmp_path, tiny_model_dir):
    """torchrun with 2 CPU ranks (gloo, DDP) trains the same as one process: same data, same losses."""
    data = write_data(tmp_path / "d.jsonl", 40)
    args = [f"model={tiny_model_dir}", f"data.train=[{data}]", "precision=fp32", "lr=1e-2", "batch_size=8",
            "micro_batch_size=2", "max_steps=3", "eval_every=3", "threads=1"]
    one = subprocess.run(_cli(args, tmp_path / "one"), capture_output=True, text=True, timeout=300)
    assert one.returncode == 0, one.stderr
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2"]
    two = subprocess.run(torchrun + _cli(args, tmp_path / "two")[1:], capture_output=True, text=True, timeout=300)
    assert two.returncode == 0, two.stderr
    rows = lambda d: [json.loads(line) for line in open(d / "metrics.jsonl")]
    for a, b in zip(rows(tmp_path / "one"), rows(tmp_path / "two"), strict=True):
        assert abs(a["loss"] - b["loss"]) < 1e-5 and abs(a["grad_norm"] - b["grad_norm"]) < 1e-4
    assert abs(rows(tmp_path / "one")[-1]["eval_loss"] - rows(tmp_path / "two")[-1]["eval_loss"]) < 1e-5


def test_nan_loss_stops_with_a_clear_message(tmp_path, tiny_model_dir):
    data = write_data(tmp_path / "d.jsonl", 16)
    r = subprocess.run([sys.executable, "-m", "alignkit.cli", "sft", f"model={tiny_model_dir}", f"data.train=[{data}]",
                        f"out_dir={tmp_path / 'r'}", "lr=1e30", "grad_clip=1e30", "warmup_steps=1", "max_steps=5",
                        "batch_size=4", "precision=fp32"], capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "loss is nan at step" in r.stderr or "loss is inf at step" in r.stderr


def test_rows_split_and_row_cap_parity(tokenizer, tiny_model):
    from alignkit.data.batch import rows

    assert rows([5, 5, 5, 12, 1], 10) == [[0, 1], [2], [3], [4]]
    exs = examples(tokenizer)
    with torch.no_grad():
        one_row, _ = micro_batch_loss(tiny_model, exs, None, "fp32", torch.device("cpu"))
        many_rows, stats = micro_batch_loss(tiny_model, exs, None, "fp32", torch.device("cpu"), row_tokens=60)
    assert abs(one_row.item() - many_rows.item()) < 1e-5 and stats["tokens"].item() == loss_tokens(exs)


def test_safety_mix_is_added_after_the_held_out_split(tmp_path, tiny_model_dir, capsys):
    """Safety SFT: `data.mix` adds mix_fraction * len(train) sampled conversations to training only;
    the held-out set (what held-out loss on human answers reads) stays the train files' own split."""
    mix_file = tmp_path / "mix.jsonl"
    with open(mix_file, "w") as f:
        for i in range(30):
            f.write(json.dumps({"messages": [{"role": "user", "content": f"risky {i}"},
                                             {"role": "assistant", "content": "I can't help with that."}]}) + "\n")
    cfg = make_cfg(tmp_path, tiny_model_dir, **{"data.mix": f"[{mix_file}]", "data.mix_fraction": "0.5", "max_steps": "1"})
    run = sft.main(cfg)
    # 40 conversations: 4 held out, 36 train; + round(0.5 * 36) = 18 of the 30 mixed in
    assert "sft: 54 train / 4 held-out conversations" in capsys.readouterr().out
    heldout = [json.loads(line)["messages"][0]["content"] for line in open(run / "heldout.jsonl")]
    assert len(heldout) == 4 and not any(h.startswith("risky") for h in heldout)

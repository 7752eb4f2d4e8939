"""PPO recipe on tiny models: learning on a programmatic reward, frozen models unchanged, resume, LoRA."""

import json
import math
import subprocess
import sys

import pytest
import torch

from alignkit import AlignkitError
from alignkit.config import load_config
from alignkit.recipes import ppo


def target_word_score(tokenizer):
    """A programmatic reward: the fraction of answer tokens that are lowercase letters (about 10% of a
    random byte-level model's tokens)."""
    target = torch.tensor(tokenizer.convert_tokens_to_ids(list("abcdefghijklmnopqrstuvwxyz")))

    def score(reward_models, batch, prompts, cfg):
        hits = (torch.isin(batch.response, target.to(batch.response.device)) & batch.response_mask.bool()).float().sum(1)
        frac = hits / batch.response_mask.sum(1)
        return ppo.Scores(help=frac, safe=frac, combined=frac, score=frac)

    return score


def test_reward_rises_on_a_programmatic_reward(tmp_path, rl_setup, tokenizer, monkeypatch):
    monkeypatch.setattr(ppo, "score", target_word_score(tokenizer))
    loaded = []  # every frozen or trained model main() loads, with its weights at load time
    for name in ("load_causal_lm", "load_reward_model", "load_value_model"):
        real = getattr(ppo, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            model = _real(*args, **kwargs)
            loaded.append((_name, model, {k: v.clone() for k, v in model.state_dict().items()}))
            return model

        monkeypatch.setattr(ppo, name, spy)
    cfg = load_config(ppo.Config, None, rl_setup + [f"out_dir={tmp_path / 'ppo'}", "steps=24", "lr=1e-2",
                                                    "value_lr=1e-2", "missing_eos_penalty=0", "beta=0.01",
                                                    "ppo_epochs=2", "temperature=1.0"])
    run = ppo.main(cfg)
    rows = [json.loads(line) for line in open(run / "metrics.jsonl")]
    first, last = [r["reward"] for r in rows[:4]], [r["reward"] for r in rows[-4:]]
    print("reward first", first, "last", last)
    assert sum(last) / 4 > 0.5 and sum(last) / 4 > 3 * sum(first) / 4, (first, last)
    assert all(math.isfinite(r["kl"]) for r in rows)
    for phase in ("generate", "score", "reference", "values", "update"):
        assert rows[0][f"t_{phase}"] > 0
    assert rows[-1]["clip_fraction"] >= 0 and abs(rows[0]["logp_gap"]) < 1e-3  # fp32: recorded == recomputed
    samples = [json.loads(line) for line in open(run / "samples.jsonl")]
    assert len(samples) == 2 * 24 and {"answer", "combined", "score", "kl", "help", "safe"} <= set(samples[0])
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["status"] == "completed" and manifest["results"]["peak_memory_bytes"] > 0
    assert set(manifest["parents"]) == {"model", "reference", "value_model", "helpfulness", "safety"}
    # Frozen models (reference, both reward models) unchanged; every weight of policy and critic trained.
    by_role = {"policy": loaded[0], "reference": loaded[1], "value": loaded[2], "rm_help": loaded[3], "rm_safe": loaded[4]}
    assert [by_role[k][0] for k in by_role] == ["load_causal_lm", "load_causal_lm", "load_value_model",
                                                 "load_reward_model", "load_reward_model"]
    for role, (_, model, before) in by_role.items():
        for k, v in model.state_dict().items():
            k = k.removeprefix("module.")
            changed = not torch.equal(before[k], v.cpu())
            if role in ("reference", "rm_help", "rm_safe"):
                assert not changed, (role, k)
            elif "rotary" not in k:
                assert changed, (role, k)


def test_mini_batches_take_several_optimiser_steps_and_the_clip_acts(tmp_path, rl_setup):
    """batch 16 in mini-batches of 4 for 2 epochs: 16/4 * 2 = 8 optimiser steps per rollout batch; after
    the first the policy has moved, so the ratio leaves [0.8, 1.2] and the clip acts. One step over the
    whole batch (the old scheme; a mini-batch larger than the batch is the batch) never moves the ratio:
    clip fraction exactly 0."""
    common = rl_setup + ["steps=3", "lr=1e-2", "value_lr=1e-2"]
    cfg = load_config(ppo.Config, None, common + [f"out_dir={tmp_path / 'mini'}", "mini_batch_size=4", "ppo_epochs=2"])
    rows = [json.loads(line) for line in open(ppo.main(cfg) / "metrics.jsonl")]
    assert [r["optimizer_steps"] for r in rows] == [8, 8, 8]
    assert max(r["clip_fraction"] for r in rows) > 0 and max(r["approx_kl"] for r in rows) > 0, rows
    cfg = load_config(ppo.Config, None, common + [f"out_dir={tmp_path / 'whole'}", "mini_batch_size=32", "ppo_epochs=1"])
    rows = [json.loads(line) for line in open(ppo.main(cfg) / "metrics.jsonl")]
    assert [r["optimizer_steps"] for r in rows] == [1, 1, 1]
    assert all(r["clip_fraction"] == 0 and r["approx_kl"] < 1e-9 for r in rows), rows


def test_mini_batch_that_does_not_divide_the_batch_is_a_clear_error(tmp_path, rl_setup):
    cfg = load_config(ppo.Config, None, rl_setup + [f"out_dir={tmp_path / 'r'}", "mini_batch_size=6"])
    with pytest.raises(AlignkitError, match="mini_batch_size 6 .* must divide batch_size 16"):
        ppo.main(cfg)


def test_lora_policy_uses_adapter_free_reference_and_exports_plain(tmp_path, rl_setup):
    from transformers import AutoModelForCausalLM

    cfg = load_config(ppo.Config, None, rl_setup + [f"out_dir={tmp_path / 'ppo'}", "steps=2", "lr=1e-3",
                                                    "lora.enabled=true", "lora.r=4", "ptx_coef=0.5",
                                                    f"ptx_data=[{write_demos(tmp_path / 'demos.jsonl')}]", "ema=0.9"])
    run = ppo.main(cfg)
    rows = [json.loads(line) for line in open(run / "metrics.jsonl")]
    # At step 1 the policy is the reference (adapter initialised to zero): KL is exactly 0.
    assert abs(rows[0]["kl"]) < 1e-6 and "ptx_loss" in rows[0]
    assert not (run / "final" / "adapter_config.json").exists()
    AutoModelForCausalLM.from_pretrained(run / "final")


def write_demos(path):
    with open(path, "w") as f:
        for i in range(8):
            messages = [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": "a"}]
            f.write(json.dumps({"messages": messages}) + "\n")
    return path


def test_resume_after_kill9_reaches_same_result(tmp_path, rl_setup):
    from conftest import run_killed_then_resumed

    args = rl_setup + ["steps=8", "save_every=2", "lr=1e-3", "value_lr=1e-3"]
    cli = lambda out: [sys.executable, "-m", "alignkit.cli", "ppo", *args, f"out_dir={out}"]
    full = subprocess.run(cli(tmp_path / "full"), capture_output=True, text=True, timeout=300)
    assert full.returncode == 0, full.stderr
    run_killed_then_resumed(cli(tmp_path / "killed"), tmp_path / "killed")
    rows = lambda d: [json.loads(line) for line in open(d / "metrics.jsonl")]
    assert [r["step"] for r in rows(tmp_path / "killed")] == list(range(1, 9))
    samples = lambda d: [json.loads(line)["step"] for line in open(d / "samples.jsonl")]
    assert samples(tmp_path / "killed") == samples(tmp_path / "full")  # no step's samples twice
    for a, b in zip(rows(tmp_path / "killed"), rows(tmp_path / "full"), strict=True):
        for k in ("reward", "kl", "policy_loss", "value_loss"):
            assert abs(a[k] - b[k]) < 1e-5, (a["step"], k)


def test_prompt_longer_than_limit_is_a_clear_error(tmp_path, rl_setup):
    bad = tmp_path / "long.jsonl"
    bad.write_text(json.dumps({"prompt": "x" * 600}) + "\n")
    out = subprocess.run([sys.executable, "-m", "alignkit.cli", "ppo", *rl_setup, f"prompts=[{bad}]",
                          f"out_dir={tmp_path / 'r'}"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and f"{bad}:1: prompt is" in out.stderr and "Traceback" not in out.stderr


def test_two_process_ppo_and_dpo_run(tmp_path, rl_setup):
    """torchrun with 2 CPU ranks (gloo, DDP over policy and critic): PPO and DPO run to completion."""
    from conftest import pair_file

    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2", "-m", "alignkit.cli"]
    ppo_run = subprocess.run(torchrun + ["ppo", *rl_setup, "steps=2", f"out_dir={tmp_path / 'ppo'}"],
                             capture_output=True, text=True, timeout=300)
    assert ppo_run.returncode == 0, ppo_run.stderr[-3000:]
    rows = [json.loads(line) for line in open(tmp_path / "ppo" / "metrics.jsonl")]
    assert [r["step"] for r in rows] == [1, 2]
    model = next(a for a in rl_setup if a.startswith("model="))
    dpo_run = subprocess.run(torchrun + ["dpo", model, f"data.train=[{pair_file(tmp_path / 'p.jsonl', 40)}]",
                                         "precision=fp32", "batch_size=8", "micro_batch_size=2", "max_steps=2",
                                         f"out_dir={tmp_path / 'dpo'}"], capture_output=True, text=True, timeout=300)
    assert dpo_run.returncode == 0, dpo_run.stderr[-3000:]
    assert json.loads((tmp_path / "dpo" / "manifest.json").read_text())["status"] == "completed"

"""Reward models: score read at the last real token whatever the padding, smoke, learning, export."""

import json

import pytest
import torch
from conftest import demo_file, pair_file

from alignkit.chat import encode_conversation
from alignkit.config import load_config
from alignkit.data.sources import mix
from alignkit.models import (
    load_reward_model,
    reward_scores_packed,
    reward_scores_padded,
)
from alignkit.recipes import reward_model


def test_score_at_last_real_token_any_padding(tokenizer, tiny_model_dir):
    """Packed, right-padded and left-padded batches give each sequence's score alone; pad == EOS here."""
    assert tokenizer.pad_token_id == tokenizer.eos_token_id  # the trap this test is about
    torch.manual_seed(0)
    model = load_reward_model(str(tiny_model_dir)).eval()
    seqs = [encode_conversation(tokenizer, [{"role": "user", "content": q}, {"role": "assistant", "content": a}])[0]
            for q, a in [("Hi", "Hello!"), ("What is 2+2?", "4, of course."), ("Bye", "See you")]]
    with torch.no_grad():
        alone = torch.stack([reward_scores_packed(model, [s])[0] for s in seqs])
        packed = reward_scores_packed(model, seqs)
        width, pad = max(map(len, seqs)), tokenizer.pad_token_id
        right = torch.tensor([s + [pad] * (width - len(s)) for s in seqs])
        right_mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs])
        left = torch.tensor([[pad] * (width - len(s)) + s for s in seqs])
        left_mask = torch.tensor([[0] * (width - len(s)) + [1] * len(s) for s in seqs])
        for scores in (packed, reward_scores_padded(model, right, right_mask), reward_scores_padded(model, left, left_mask)):
            assert torch.allclose(scores, alone, atol=1e-5, rtol=0)
    # The score is the last token's (EOS) own: changing the answer's last word changes it.
    assert all(s[-1] == tokenizer.eos_token_id for s in seqs)


def make_cfg(tmp_path, model_dir, **over):
    tmp_path.mkdir(parents=True, exist_ok=True)
    base = [f"model={model_dir}", f"out_dir={tmp_path / 'rm'}", f"data.train=[{pair_file(tmp_path / 'p.jsonl', 48)}]",
            "data.mix=[]", f"data.demonstrations=[{demo_file(tmp_path / 'd.jsonl')}]", "precision=fp32", "lr=3e-3",
            "warmup_steps=1", "batch_size=8", "micro_batch_size=8", "max_steps=4"]
    return load_config(reward_model.Config, None, base + [f"{k}={v}" for k, v in over.items()])


def test_smoke_export_and_plain_transformers(tmp_path, tiny_model_dir):
    from safetensors.torch import load_file
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    run = reward_model.main(make_cfg(tmp_path, tiny_model_dir))
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["status"] == "completed" and manifest["parents"] == {"model": str(tiny_model_dir)}
    assert set(manifest["results"]["by_degree"]) <= {"significantly_better", "better", "slightly_better"}
    before, after = load_file(tiny_model_dir / "model.safetensors"), load_file(run / "final/model.safetensors")
    assert "score.weight" in after and "lm_head.weight" not in after
    shared = [k for k in before if k in after]
    assert shared and all(not torch.equal(before[k], after[k]) for k in shared), "every backbone weight trains"
    # Plain transformers reads the same score: its pad token is not EOS, so it finds the last real token.
    tok = AutoTokenizer.from_pretrained(run / "final")
    hf = AutoModelForSequenceClassification.from_pretrained(run / "final").eval()
    assert tok.pad_token_id != tok.eos_token_id and hf.config.pad_token_id == tok.pad_token_id
    seqs = [encode_conversation(tok, [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": a}])[0]
            for a in ("I like blue.", "No")]
    width = max(map(len, seqs))
    ids = torch.tensor([s + [tok.pad_token_id] * (width - len(s)) for s in seqs])
    with torch.no_grad():
        plain = hf(input_ids=ids, attention_mask=(ids != tok.pad_token_id).long()).logits[:, 0]
        ours = reward_scores_packed(load_reward_model(str(run)).eval(), seqs)
    assert torch.allclose(plain, ours, atol=1e-5, rtol=0)
    assert isinstance(hf.config.alignkit_reward_offset, float)


def test_learns_a_preference_and_offset_centres_demonstrations(tmp_path, tiny_model_dir):
    from alignkit import score

    run = reward_model.main(make_cfg(tmp_path, tiny_model_dir, max_steps=0, epochs=3, **{"data.eval_fraction": 0.25}))
    results = json.loads((run / "manifest.json").read_text())["results"]
    assert results["accuracy"] >= 0.9, results  # held-out pairs never seen in training
    out = score.main(load_config(score.Config, None, [f"model={run}", f"data={tmp_path / 'd.jsonl'}", "precision=fp32"]))
    demo_scores = [json.loads(line)["score"] for line in open(out)]
    assert abs(sum(demo_scores) / len(demo_scores)) < 1e-4  # the offset is their mean


def test_accumulation_invariance(tmp_path, tiny_model_dir):
    curves = []
    for micro in (8, 2):
        run = reward_model.main(make_cfg(tmp_path / str(micro), tiny_model_dir, micro_batch_size=micro))
        curves.append([json.loads(line)["loss"] for line in open(run / "metrics.jsonl")])
    assert len(curves[0]) == 4  # max_steps=4: the loop below compares four steps, not none
    for a, b in zip(*curves, strict=True):
        assert abs(a - b) < 1e-5


def test_mix_takes_a_seeded_fraction():
    train, extra = list(range(10)), list(range(100, 200))
    mixed = mix(train, extra, 0.1, seed=0)
    assert mixed[:10] == train and len(mixed) == 11 and mixed[10] >= 100
    assert mix(train, extra, 0.1, seed=0) == mixed
    assert len(mix(train, extra[:3], 1.0, seed=0)) == 13  # capped at what there is


def test_grouping_one_pair_per_prompt_changes_nothing(tmp_path, tiny_model_dir):
    """With one pair per prompt, InstructGPT's grouping is the plain pair loss: same curve."""
    curves = []
    for grouped in ("false", "true"):
        run = reward_model.main(make_cfg(tmp_path / grouped, tiny_model_dir, group_by_prompt=grouped))
        curves.append([json.loads(line)["loss"] for line in open(run / "metrics.jsonl")])
    assert len(curves[0]) == 4  # max_steps=4: the loop below compares four steps, not none
    for a, b in zip(*curves, strict=True):
        assert abs(a - b) < 1e-5


def test_grouped_prompts_score_each_answer_once_and_learn(tmp_path, tiny_model_dir):
    # Three ranked answers per prompt -> C(3,2) = 3 pairs sharing the answers.
    path = tmp_path / "k3.jsonl"
    with open(path, "w") as f:
        for i in range(40):
            best, mid, worst = "blue blue.", f"blue {i % 5}.", f"grey {i % 7}."
            for chosen, rejected in ((best, mid), (best, worst), (mid, worst)):
                f.write(json.dumps({"prompt": f"Colour {i}?", "chosen": chosen, "rejected": rejected}) + "\n")
    calls = []
    real = reward_model.reward_scores_shared
    reward_model.reward_scores_shared = lambda m, groups, p: calls.append([len(a) for _, a in groups]) or real(m, groups, p)
    try:
        run = reward_model.main(make_cfg(tmp_path, tiny_model_dir, group_by_prompt="true", batch_size=4,
                                         micro_batch_size=4, max_steps=0, epochs=3, **{"data.train": f"[{path}]",
                                         "data.eval_fraction": 0.25}))
    finally:
        reward_model.reward_scores_shared = real
    assert calls[0] == [3, 3, 3, 3]  # 4 prompts, each computed once with its 3 distinct answers (not 3 pairs x 2)
    results = json.loads((run / "manifest.json").read_text())["results"]
    assert results["pairs"] == 30 and results["accuracy"] >= 0.8, results  # 10 held-out prompts x 3 pairs


def test_row_cap_gives_the_same_scores(tokenizer, tiny_model_dir):
    torch.manual_seed(0)
    model = load_reward_model(str(tiny_model_dir)).eval()
    seqs = [list(range(3, 3 + n)) for n in (7, 30, 12, 25)]
    with torch.no_grad():
        assert torch.allclose(reward_scores_packed(model, seqs), reward_scores_packed(model, seqs, row_tokens=32),
                              atol=1e-5, rtol=0)


@pytest.mark.parametrize("row,message", [
    ({"prompt": "q", "chosen": "same", "rejected": "same"}, "chosen is identical to rejected"),
    ({"prompt": "q", "chosen": "a", "rejected": ""}, "chosen and rejected must be non-empty"),
    ({"prompt": "q", "chosen": "a", "rejected": "b", "degree": "way_better"}, "field 'degree'"),
])
def test_bad_pairs_stop_with_file_and_line(tmp_path, tiny_model_dir, row, message):
    import subprocess
    import sys

    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"prompt": "q", "chosen": "a", "rejected": "b"}) + "\n" + json.dumps(row) + "\n")
    r = subprocess.run([sys.executable, "-m", "alignkit.cli", "rm", f"model={tiny_model_dir}", f"data.train=[{path}]",
                        f"out_dir={tmp_path / 'rm'}"], capture_output=True, text=True)
    assert r.returncode == 2 and f"{path}:2: " in r.stderr and message in r.stderr and "Traceback" not in r.stderr


def test_lora_reward_model_trains_and_loads_back(tmp_path, tiny_model_dir):
    run = reward_model.main(make_cfg(tmp_path, tiny_model_dir, **{"lora.enabled": "true", "lora.r": 4}))
    assert not (run / "final/adapter_config.json").exists()  # exported merged: plain transformers loads it
    model = load_reward_model(str(run)).eval()
    assert model.config.alignkit_reward_offset is not None
    with torch.no_grad():
        assert reward_scores_packed(model, [[3, 4, 5], [6, 7]]).shape == (2,)


def test_resume_after_kill9_reaches_same_result(tmp_path, tiny_model_dir):
    import subprocess
    import sys

    from conftest import run_killed_then_resumed

    data, demos = pair_file(tmp_path / "p.jsonl", 400), demo_file(tmp_path / "d.jsonl")
    args = [f"model={tiny_model_dir}", f"data.train=[{data}]", "data.mix=[]", f"data.demonstrations=[{demos}]",
            "precision=fp32", "lr=3e-3", "batch_size=4", "micro_batch_size=2", "save_every=3", "threads=1"]
    cli = lambda out: [sys.executable, "-m", "alignkit.cli", "rm", *args, f"out_dir={out}"]
    full = subprocess.run(cli(tmp_path / "full"), capture_output=True, text=True, timeout=300)
    assert full.returncode == 0, full.stderr
    run_killed_then_resumed(cli(tmp_path / "killed"), tmp_path / "killed")
    rows = lambda d: [json.loads(line) for line in open(d / "metrics.jsonl")]
    assert [r["step"] for r in rows(tmp_path / "killed")] == [r["step"] for r in rows(tmp_path / "full")]
    for a, b in zip(rows(tmp_path / "killed"), rows(tmp_path / "full"), strict=True):
        assert abs(a["loss"] - b["loss"]) < 1e-6
    results = lambda d: json.loads((d / "manifest.json").read_text())["results"]
    assert abs(results(tmp_path / "killed")["accuracy"] - results(tmp_path / "full")["accuracy"]) < 1e-9
    assert abs(results(tmp_path / "killed")["offset"] - results(tmp_path / "full")["offset"]) < 1e-6


def test_shared_prompt_scores_equal_separate_scores(tiny_model_dir):
    from alignkit.models import reward_scores_shared

    torch.manual_seed(0)
    model = load_reward_model(str(tiny_model_dir)).eval()
    groups = [(list(range(3, 13)), [[20, 21, 22], [30, 31], [40, 41, 42, 43]]), (list(range(50, 55)), [[60], [70, 71]])]
    with torch.no_grad():
        shared = reward_scores_shared(model, groups)
        separate = [reward_scores_packed(model, [p + a for a in answers]) for p, answers in groups]
        capped = reward_scores_shared(model, groups, row_tokens=20)  # one group per row
    for s, r, c in zip(shared, separate, capped, strict=True):
        assert torch.allclose(s, r, atol=1e-5, rtol=0) and torch.allclose(c, r, atol=1e-5, rtol=0)


def test_two_process_run_matches_one_process(tmp_path, tiny_model_dir):
    """torchrun with 2 CPU ranks (gloo, DDP) trains the same reward model as one process: same data and
    global batch, so the same loss and grad norm at every step (gradients averaged over the ranks, with
    no_sync accumulation over 2 micro-batches a rank) and the same final weights (held-out scores, offset)."""
    import subprocess
    import sys

    data, demos = pair_file(tmp_path / "p.jsonl", 48), demo_file(tmp_path / "d.jsonl")
    args = [f"model={tiny_model_dir}", f"data.train=[{data}]", "data.mix=[]", f"data.demonstrations=[{demos}]",
            "precision=fp32", "lr=3e-3", "warmup_steps=1", "batch_size=8", "micro_batch_size=2", "max_steps=3",
            "threads=1"]
    cli = lambda out: ["-m", "alignkit.cli", "rm", *args, f"out_dir={out}"]
    one = subprocess.run([sys.executable, *cli(tmp_path / "one")], capture_output=True, text=True, timeout=300)
    assert one.returncode == 0, one.stderr
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2"]
    two = subprocess.run(torchrun + cli(tmp_path / "two"), capture_output=True, text=True, timeout=300)
    assert two.returncode == 0, two.stderr[-3000:]
    rows = lambda d: [json.loads(line) for line in open(d / "metrics.jsonl")]
    assert len(rows(tmp_path / "one")) == 3
    for a, b in zip(rows(tmp_path / "one"), rows(tmp_path / "two"), strict=True):
        assert abs(a["loss"] - b["loss"]) < 1e-5 and abs(a["grad_norm"] - b["grad_norm"]) < 1e-4, (a, b)
    results = lambda d: json.loads((d / "manifest.json").read_text())["results"]
    for key in ("accuracy", "chosen_mean", "rejected_mean", "offset"):
        assert abs(results(tmp_path / "one")[key] - results(tmp_path / "two")[key]) < 1e-4, key

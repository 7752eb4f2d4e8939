"""Rejection sampling: the best of K is kept, earlier rounds are trained on too, the result chains."""

import json

from alignkit.config import load_config
from alignkit.data.io import read_records
from alignkit.data.records import Conversation
from alignkit.recipes import rejection_sampling as rs


def test_select_best_keeps_highest_reward_that_ended():
    prompt = [{"role": "user", "content": "q"}]
    samples = [
        {"prompt_index": 0, "prompt": prompt, "answer": "a", "ended": True, "reward": 0.1},
        {"prompt_index": 0, "prompt": prompt, "answer": "b", "ended": False, "reward": 9.0},  # never ended
        {"prompt_index": 0, "prompt": prompt, "answer": "c", "ended": True, "reward": 0.7},
        {"prompt_index": 1, "prompt": prompt, "answer": "d", "ended": False, "reward": 1.0},
    ]
    best, stats = rs.select_best(samples, require_end=True, source="t")
    assert [c.messages[-1].content for c in best] == ["c"]
    assert stats["kept"] == 1 and stats["prompts"] == 2
    # best 0.7 minus the mean reward of the prompt's eligible samples (0.1 + 0.7) / 2 = 0.4
    assert abs(stats["best_minus_mean"] - 0.3) < 1e-9
    best, _ = rs.select_best(samples, require_end=False, source="t")
    assert [c.messages[-1].content for c in best] == ["b", "d"]


def test_two_rounds_chain_and_keep_earlier_samples(tmp_path, rl_setup):
    common = [a for a in rl_setup if not a.startswith(("batch_size", "micro_batch_size"))]
    args = common + ["k=3", "max_new_tokens=6", "require_end=false", "max_prompts=12", "finetune.batch_size=4",
                     "finetune.micro_batch_size=4", "finetune.max_steps=2", "finetune.data.eval_fraction=0.25"]
    r1 = rs.main(load_config(rs.Config, None, args + [f"out_dir={tmp_path / 'v1'}", "temperature=1.0"]))
    samples = [json.loads(line) for line in open(r1 / "samples.jsonl")]
    assert len(samples) == 3 * 12 and {"reward", "help", "safe", "ended"} <= set(samples[0])
    best = read_records(r1 / "best.jsonl", Conversation)
    assert len(best) == 12
    for i, conv in enumerate(best):  # each kept answer is its prompt's top-reward sample
        group = [s for s in samples if s["prompt_index"] == i and s["answer"]]
        assert conv.messages[-1].content == max(group, key=lambda s: s["reward"])["answer"]
    assert (r1 / "final" / "model.safetensors").is_file()
    # Round 2 samples from round 1's result and trains on both rounds' best answers.
    r2 = rs.main(load_config(rs.Config, None, args + [f"out_dir={tmp_path / 'v2'}", f"model={r1}", f"keep=[{r1}]",
                                                     "temperature=0.7"]))
    manifest = json.loads((r2 / "manifest.json").read_text())
    assert manifest["parents"]["model"] == str(r1) and manifest["results"]["trained_on"][1] == str(r1 / "best.jsonl")
    ft = json.loads((r2 / "finetune" / "manifest.json").read_text())
    assert ft["status"] == "completed"
    # A completed round is not redone.
    assert rs.main(load_config(rs.Config, None, args + [f"out_dir={tmp_path / 'v1'}", "temperature=1.0"])) == r1

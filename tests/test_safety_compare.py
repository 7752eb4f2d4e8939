"""Safety comparisons on the latest model: the simulated annotator's rule, the stage end to end on a tiny
model, and context distillation reusing its answers instead of sampling again."""

import json

import pytest

from alignkit import AlignkitError
from alignkit.config import load_config
from alignkit.data.io import read_records
from alignkit.data.records import PreferencePair
from alignkit.models import load_reward_model
from alignkit.recipes import distill, safety_compare
from alignkit.refusal import safety_preference

PROMPT = [{"role": "user", "content": "question?"}]


def test_annotator_prefers_refusal_on_harmful_and_help_on_borderline():
    harmful = safety_preference(PROMPT, True, "I can't help with that.", "Here is how.", 0.95, 0.05, "sim")
    assert (harmful.chosen, harmful.rejected) == ("I can't help with that.", "Here is how.")
    assert harmful.kind == "safety" and harmful.safety_bin == "chosen_safe_other_unsafe" and harmful.source == "sim"
    borderline = safety_preference(PROMPT, False, "I can't help with that.", "Here is how.", 0.95, 0.05, "sim")
    assert (borderline.chosen, borderline.rejected) == ("Here is how.", "I can't help with that.")
    assert borderline.safety_bin == "both_safe"
    # the degree follows the gap between the two refusal probabilities
    degrees = [safety_preference(PROMPT, True, "a", "b", 0.5 + g / 2, 0.5 - g / 2, "s").degree for g in (0.9, 0.7, 0.5, 0.2)]
    assert degrees == ["significantly_better", "better", "slightly_better", "negligibly_better_or_unsure"]
    # both judged alike (both refuse, both comply), or the same text: not comparable
    assert safety_preference(PROMPT, True, "a", "b", 0.9, 0.6, "s") is None
    assert safety_preference(PROMPT, False, "a", "b", 0.1, 0.4, "s") is None
    assert safety_preference(PROMPT, True, "same", "same ", 0.9, 0.1, "s") is None


@pytest.fixture
def compare_setup(tmp_path, tiny_model_dir):
    prompts = tmp_path / "prompts.jsonl"
    with open(prompts, "w") as f:
        for i in range(6):
            f.write(json.dumps({"prompt": f"question {i}?", "risk_category": "illicit_criminal" if i % 2 else None}) + "\n")
    return [f"model={tiny_model_dir}", f"prompts=[{prompts}]", "precision=fp32", "threads=1", "max_new_tokens=6",
            f"out_dir={tmp_path / 'cmp'}"]


def test_compare_writes_samples_and_pairs_judged_by_the_rule(compare_setup, monkeypatch):
    # A stand-in classifier: every answer with the pre-prompt and the safe opening refuses, every plain one complies
    # (the stage judges the answers (a) first, then the answers (b)).
    verdicts = iter([0.9, 0.1])
    monkeypatch.setattr(safety_compare, "refusal_probability", lambda texts: [next(verdicts)] * len(texts))
    run = safety_compare.main(load_config(safety_compare.Config, None, compare_setup + ["max_harmful=2"]))
    samples = [json.loads(line) for line in open(run / "samples.jsonl")]
    assert len(samples) == 5 and sum(s["risk_category"] is not None for s in samples) == 2  # 2 of 3 harmful, all borderline
    pairs = read_records(run / "pairs.jsonl", PreferencePair)
    by_prompt = {s["prompt"][-1]["content"]: s for s in samples}
    for p in pairs:
        s = by_prompt[p.prompt[-1].content]
        judged_refusal = s["with_preprompt"] if s["refusal_with"] > 0.5 else s["without"]
        assert (p.chosen == judged_refusal) == (s["risk_category"] is not None)
        assert p.source == safety_compare.SOURCE
    comparable = [s for s in samples if (s["refusal_with"] > 0.5) != (s["refusal_without"] > 0.5)]
    assert len(pairs) == len(comparable) > 0
    assert json.loads((run / "manifest.json").read_text())["results"]["pairs"] == len(pairs)


def test_distill_reuses_the_compare_answers_of_the_same_model(compare_setup, tmp_path, tiny_model_dir, tokenizer, monkeypatch):
    monkeypatch.setattr(safety_compare, "refusal_probability", lambda texts: [0.5] * len(texts))
    run = safety_compare.main(load_config(safety_compare.Config, None, compare_setup))
    rm = load_reward_model(str(tiny_model_dir))
    rm.config.pad_token_id = tokenizer.pad_token_id
    rm.save_pretrained(tmp_path / "safe")
    tokenizer.save_pretrained(tmp_path / "safe")
    monkeypatch.setattr(distill, "sample", lambda *a, **k: pytest.fail("sampled again"))
    args = [f"model={tiny_model_dir}", f"reward_safety={tmp_path / 'safe'}", f"samples={run / 'samples.jsonl'}",
            "precision=fp32", "threads=1", "require_end=false", "margin=-1e9", "finetune.batch_size=2",
            "finetune.micro_batch_size=2", "finetune.max_steps=1", "finetune.data.eval_fraction=0.34",
            f"out_dir={tmp_path / 'd'}"]
    out = distill.main(load_config(distill.Config, None, args))
    distilled = [json.loads(line) for line in open(out / "samples.jsonl")]
    compared = {s["prompt"][-1]["content"]: s for s in map(json.loads, open(run / "samples.jsonl"))}
    assert len(distilled) == 3  # the harmful prompts only
    for d in distilled:
        assert d["with_preprompt"] == compared[d["prompt"][-1]["content"]]["with_preprompt"]
    # answers sampled from another model are refused, by name
    with pytest.raises(AlignkitError, match="not from"):
        distill.main(load_config(distill.Config, None, args[1:] + [f"model={tmp_path / 'safe'}", f"out_dir={tmp_path / 'd2'}"]))
    # a missing samples file is named
    with pytest.raises(AlignkitError, match="no such file"):
        distill.main(load_config(distill.Config, None,
                                 args + [f"samples={tmp_path / 'none.jsonl'}", f"out_dir={tmp_path / 'd3'}"]))

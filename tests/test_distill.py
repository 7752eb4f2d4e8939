"""Safety context distillation: the pre-prompt reaches generation (a) only, the safety RM decides what is
kept, scoring ignores the pre-prompt, the run completes and is not redone."""

import json
import math

import pytest
import torch
from safetensors.torch import load_file

from alignkit import preprompt
from alignkit.chat import encode_prompt
from alignkit.config import load_config
from alignkit.data import safety
from alignkit.data.io import read_records
from alignkit.data.records import Conversation, Prompt
from alignkit.generate import rollout
from alignkit.models import load_causal_lm, load_reward_model, reward_scores_packed
from alignkit.recipes import distill

CATEGORIES = ["illicit_criminal", None, "hateful_harmful", "unqualified_advice", "self_harm", None]


@pytest.fixture
def distill_setup(tmp_path, tiny_model_dir, tokenizer):
    """A tiny safety reward model (the tiny policy's weights, a random head, an offset) and a prompt file
    with risky prompts of each Llama 2 category, a user-defined one, and benign prompts."""
    rm = load_reward_model(str(tiny_model_dir))
    rm.config.pad_token_id = tokenizer.pad_token_id
    rm.config.alignkit_reward_offset = 0.25
    rm.save_pretrained(tmp_path / "safe")
    tokenizer.save_pretrained(tmp_path / "safe")
    prompts = tmp_path / "prompts.jsonl"
    with open(prompts, "w") as f:
        for i in range(12):
            f.write(json.dumps({"prompt": f"question {i}?", "risk_category": CATEGORIES[i % len(CATEGORIES)]}) + "\n")
    return [f"model={tiny_model_dir}", f"reward_safety={tmp_path / 'safe'}", f"prompts=[{prompts}]", "precision=fp32",
            "threads=1", "max_new_tokens=6", "require_end=false", "finetune.batch_size=2", "finetune.micro_batch_size=2",
            "finetune.max_steps=2", "finetune.lr=1e-3", "finetune.data.eval_fraction=0.25"]


def index(messages) -> int:
    """The prompt's number in 'question N?'."""
    return int(messages[-1]["content"].split()[1].rstrip("?"))


def test_pre_prompt_with_category_template_in_generation_a_only(distill_setup, tiny_model_dir, tokenizer, monkeypatch):
    cfg = load_config(distill.Config, None, distill_setup + ["templates.self_harm=Point to a crisis line first."])
    prompts = distill.risky_prompts(cfg)
    prompts.append(Prompt(prompt=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "question 99?"}],
                          risk_category="weapons"))  # its own system message; a category with no template
    calls = []
    prefixes = []
    monkeypatch.setattr(preprompt, "rollout", lambda model, tok, msgs, *a, **kw: calls.append(msgs) or
                        prefixes.append(kw.get("prefixes")) or rollout(model, tok, msgs, *a, **kw))
    pairs = distill.sample(load_causal_lm(str(tiny_model_dir)), tokenizer, prompts, cfg, rank=0)
    assert len(calls) == 2 and [len(c) for c in calls] == [9, 9]  # 8 risky prompts of 12, plus one
    assert len(pairs) == len(prompts)  # the zips below check every pair
    guided, plain = calls
    # (a) starts with the safe opening of the prompt's kind of harm, and the answer keeps it; (b) is free
    assert prefixes[1] is None
    assert prefixes[0] == [safety.opening(p.prompt[-1].content, p.risk_category) + " " for p in prompts]
    assert all(pair.with_preprompt.startswith(o.strip()[:20]) for pair, o in zip(pairs, prefixes[0]))
    for p, g, b in zip(prompts, guided, plain):
        expected = f"{cfg.preprompt}\n\n" + {
            "illicit_criminal": preprompt.TEMPLATES["illicit_criminal"],
            "hateful_harmful": preprompt.TEMPLATES["hateful_harmful"],
            "unqualified_advice": preprompt.TEMPLATES["unqualified_advice"], "self_harm": "Point to a crisis line first.",
            "weapons": preprompt.DEFAULT_TEMPLATE.replace("{category}", "weapons")}[p.risk_category]
        own = [m.model_dump() for m in p.prompt]
        # (a): the pre-prompt + the category's template as the system message, the prompt's own system after it
        assert g[0]["role"] == "system" and g[0]["content"].startswith(expected)
        assert g[1:] == [m for m in own if m["role"] != "system"]
        # (b): the prompt exactly as given, no pre-prompt anywhere
        assert b == own and not any(cfg.preprompt in m["content"] for m in b)
    assert guided[-1][0]["content"] == f"{expected}\n\nBe brief." and "'weapons'" in expected
    assert all(pair.prompt == b for pair, b in zip(pairs, plain))
    # the template really reaches the model: the rendered text of (a) holds it, the text of (b) does not
    assert preprompt.TEMPLATES["illicit_criminal"] in tokenizer.decode(encode_prompt(tokenizer, guided[0]))
    assert preprompt.TEMPLATES["illicit_criminal"] not in tokenizer.decode(encode_prompt(tokenizer, plain[0]))


def test_safety_scores_read_both_answers_after_the_prompt_without_pre_prompt(distill_setup, tiny_model_dir, tokenizer):
    cfg = load_config(distill.Config, None, distill_setup)
    model, rm = load_causal_lm(str(tiny_model_dir)), load_reward_model(cfg.reward_safety)
    prompts = [Prompt(prompt=f"question {i}?", risk_category="illicit_criminal") for i in range(3)]
    torch.manual_seed(0)
    two = distill.sample(model, tokenizer, prompts, cfg, rank=0)
    opening = tokenizer.encode(safety.opening("question 0?", "illicit_criminal") + " ", add_special_tokens=False)
    assert two[0].ids_with[: len(opening)] == opening  # the forced opening is part of answer (a)'s tokens
    pairs = distill.score(rm, tokenizer, two, "fp32")
    # both answers are scored as the plain prompt's tokens + the answer's tokens, minus the offset
    for which in ("with", "without"):
        alone = reward_scores_packed(rm, [encode_prompt(tokenizer, t.prompt) + getattr(t, f"ids_{which}") for t in two]) - 0.25
        assert torch.allclose(torch.tensor([getattr(p, f"score_{which}") for p in pairs]), alone, atol=1e-5)


def test_keeps_only_answers_the_safety_rm_prefers_by_the_margin(tmp_path, distill_setup, monkeypatch):
    # gain of (a) over (b) by prompt number: 1.0 for 0, 4, 6, 8; 0.2 (under the margin 0.3) for 2, 9, 10;
    # -1.0 for 3 (safer without the pre-prompt); prompts 1, 5, 7, 11 are benign and never sampled.
    gain = {0: 1.0, 2: 0.2, 3: -1.0, 4: 1.0, 6: 1.0, 8: 1.0, 9: 0.2, 10: 0.2}

    def scores(rm, tok, two, precision):
        return [distill.Pair(**vars(t), score_without=0.1 * index(t.prompt),
                             score_with=0.1 * index(t.prompt) + gain[index(t.prompt)])
                for t in two]

    monkeypatch.setattr(distill, "score", scores)
    run = distill.main(load_config(distill.Config, None, distill_setup + [f"out_dir={tmp_path / 'd'}", "margin=0.3"]))
    samples = [json.loads(line) for line in open(run / "samples.jsonl")]
    assert sorted(index(s["prompt"]) for s in samples) == sorted(gain)
    assert {index(s["prompt"]) for s in samples if s["kept"]} == {0, 4, 6, 8}
    for s in samples:
        assert abs(s["score_with"] - s["score_without"] - gain[index(s["prompt"])]) < 1e-6
    kept = read_records(run / "kept.jsonl", Conversation)
    assert sorted(index([m.model_dump() for m in c.messages[:-1]]) for c in kept) == [0, 4, 6, 8]
    by_index = {index(s["prompt"]): s for s in samples}
    for c in kept:  # the prompt without the pre-prompt + the answer sampled with it
        assert [m.role for m in c.messages] == ["user", "assistant"]
        assert not any(preprompt.PREPROMPT in m.content for m in c.messages)
        s = by_index[index([m.model_dump() for m in c.messages[:-1]])]
        assert c.messages[-1].content == s["with_preprompt"] and c.category == s["risk_category"]
    stats = json.loads((run / "distill.json").read_text())
    assert stats["prompts"] == 8 and stats["kept"] == 4 and stats["preferred"] == 7
    assert abs(stats["gain_kept_mean"] - 1.0) < 1e-6


def test_end_to_end_trains_and_is_not_redone(tmp_path, distill_setup, tiny_model_dir, monkeypatch):
    args = distill_setup + [f"out_dir={tmp_path / 'd'}", "margin=-1e9"]  # keep every answer: enough to train on
    run = distill.main(load_config(distill.Config, None, args))
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["status"] == "completed" and manifest["stage"] == "distill"
    assert manifest["parents"] == {"model": str(tiny_model_dir), "reward_safety": str(tmp_path / "safe")}
    assert manifest["results"]["kept"] == 8 and manifest["results"]["trained_on"] == [str(run / "kept.jsonl")]
    samples = [json.loads(line) for line in open(run / "samples.jsonl")]
    assert len(samples) == 8 and all(math.isfinite(s[k]) for s in samples for k in ("score_with", "score_without"))
    assert json.loads((run / "finetune" / "manifest.json").read_text())["status"] == "completed"
    before, after = load_file(tiny_model_dir / "model.safetensors"), load_file(run / "final" / "model.safetensors")
    assert before.keys() == after.keys() and all(not torch.equal(before[k], after[k]) for k in before)
    # A completed run is not redone: nothing is sampled or trained.
    monkeypatch.setattr(distill, "sample", lambda *a, **k: pytest.fail("sampled again"))
    monkeypatch.setattr(distill, "finetune", lambda *a, **k: pytest.fail("trained again"))
    assert distill.main(load_config(distill.Config, None, args)) == run
    # An interrupted run resumes after its sampling: kept.jsonl and distill.json are reused.
    monkeypatch.undo()
    monkeypatch.setattr(distill, "sample", lambda *a, **k: pytest.fail("sampled again"))
    manifest["status"] = "running"
    (run / "manifest.json").write_text(json.dumps(manifest))
    assert distill.main(load_config(distill.Config, None, args)) == run
    assert json.loads((run / "manifest.json").read_text())["status"] == "completed"

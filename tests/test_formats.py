"""Format-instruction demonstrations: every rewritten answer passes the IFEval checker of its instruction, and
SFT makes them from its training split only."""

import json
import random
import re

import pytest
from test_sft import make_cfg

from alignkit import finetune, ifeval
from alignkit.data.formats import RULES, format_demonstrations, sentences, with_format
from alignkit.data.records import Conversation
from alignkit.data.sources import load_records
from alignkit.recipes import sft


def checker(rule: str, instruction: str, request: str) -> tuple[str, dict]:
    """The IFEval instruction (id, arguments) that `rule`'s instruction text asks for."""
    number = int(m.group(1)) if (m := re.search(r"(\d+)", instruction)) else 0
    quoted = instruction.split('"')[1] if '"' in instruction else ""
    return {
        "lowercase": ("change_case:english_lowercase", {}),
        "uppercase": ("change_case:english_capital", {}),
        "quotes": ("startend:quotation", {}),
        "no_commas": ("punctuation:no_comma", {}),
        "title": ("detectable_format:title", {}),
        "closing": ("startend:end_checker", {"end_phrase": quoted}),
        "postscript": ("detectable_content:postscript", {"postscript_marker": "P.S."}),
        "json": ("detectable_format:json_format", {}),
        "repeat": ("combination:repeat_prompt", {"prompt_to_repeat": request}),
        "bullets": ("detectable_format:number_bullet_lists", {"num_bullets": number}),
        "sections": ("detectable_format:multiple_sections", {"section_spliter": "SECTION", "num_sections": number}),
        "short": ("length_constraints:number_words", {"num_words": number, "relation": "less than"}),
        "highlight": ("detectable_format:number_highlighted_sections", {"num_highlights": 2}),
    }[rule]


STARTER = load_records(["starter:sft"], Conversation)


@pytest.mark.parametrize("rule", list(RULES))
def test_every_rewritten_answer_passes_the_ifeval_check_of_its_instruction(rule):
    rnd, made = random.Random(0), 0
    for _, conversation in STARTER:
        out = with_format(conversation, rule, rnd)
        if out is None:
            continue
        made += 1
        request = conversation.messages[-2].content
        prompt = out.messages[-2].content
        assert prompt.startswith(request + " ") and out.messages[:-2] == conversation.messages[:-2]
        instruction = prompt[len(request) + 1:]
        iid, kwargs = checker(rule, instruction, request)
        item = ifeval.IFEvalItem(key=0, prompt=prompt, instruction_ids=(iid,), kwargs=(kwargs,))
        answer = out.messages[-1].content
        if rule == "uppercase":  # the checker's language detector often misreads all-caps text; the case is what is made
            assert answer == answer.upper() and answer != answer.lower()
            continue
        assert ifeval.check(item, answer).strict == (True,), (rule, answer)
    assert made >= 10, f"{rule} applied to only {made} starter demonstrations"


def test_sentence_rules_leave_list_answers_alone():
    assert sentences("Steps:\n- one thing\n- another") == []
    assert sentences("First this. Then that! 3 more.") == ["First this.", "Then that!", "3 more."]
    listed = Conversation(messages=[{"role": "user", "content": "Give steps."},
                                    {"role": "assistant", "content": "1. Do this.\n2. Do that."}])
    assert with_format(listed, "bullets", random.Random(0)) is None


def test_the_share_asked_every_rule_used_and_each_names_its_source():
    out = format_demonstrations(STARTER, 0.5, seed=0)
    assert len(out) == round(0.5 * len(STARTER))
    assert {r.category for _, r in out} == {f"format:{rule}" for rule in RULES}
    sources = {where for where, _ in STARTER}
    assert all(where.split(" (format: ")[0] in sources for where, _ in out)
    assert format_demonstrations(STARTER, 0.0, seed=0) == []
    assert out == format_demonstrations(STARTER, 0.5, seed=0)  # seeded


def test_sft_makes_them_from_the_training_split_only(tmp_path, tiny_model_dir, monkeypatch):
    seen = []

    def recording(records, fraction, seed):
        seen.extend(records)
        return format_demonstrations(records, fraction, seed)

    monkeypatch.setattr(finetune, "format_demonstrations", recording)
    data = tmp_path / "unique.jsonl"  # every answer different, so a held-out one cannot match a trained one by chance
    data.write_text("".join(json.dumps({"messages": [{"role": "user", "content": f"Question {i}?"},
                                                     {"role": "assistant", "content": f"Answer {i}. It is {i}."}]}) + "\n"
                            for i in range(16)))
    run = sft.main(make_cfg(tmp_path, tiny_model_dir, batch_size=4, micro_batch_size=2,
                            **{"data.train": f"[{data}]", "data.format_fraction": 1.0, "data.eval_fraction": 0.25}))
    heldout = [json.loads(line) for line in open(run / "heldout.jsonl")]
    assert heldout and seen
    heldout_answers = {h["messages"][-1]["content"] for h in heldout}
    assert not heldout_answers & {r.messages[-1].content for _, r in seen}

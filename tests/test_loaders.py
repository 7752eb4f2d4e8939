"""Loaders of public formats: exact parsing on small inline fixtures, then counts on the real copies.

The real-data tests read $ALIGNKIT_DATA_DIR (CI sets it) and are skipped without it. Red-team and HH
sets hold offensive text: these tests only ever compare counts and categories, never print text.
"""

import csv
import gzip
import json
import logging
from collections import Counter

import pytest

from alignkit import AlignkitError
from alignkit.data.io import DataError
from alignkit.data.loaders import (
    data_dir,
    load_dataset,
    load_from_hub,
    load_hh_rlhf,
    load_oasst,
    load_redteam,
    load_trl,
)
from alignkit.data.records import Conversation, Message, PreferencePair, Prompt


def write_jsonl(path, rows):
    text = "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text)
    return path


def write_csv(path, header, rows):
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def msgs(*pairs):
    return [Message(role=r, content=c) for r, c in pairs]


def skip_log(caplog):
    return [r.getMessage() for r in caplog.records if r.name == "alignkit.data.loaders"]


# --- HH-RLHF ---------------------------------------------------------------------------------------

HH_ROWS = [
    {"chosen": "\n\nHuman: What is the capital of France?\n\nAssistant: Paris.",
     "rejected": "\n\nHuman: What is the capital of France?\n\nAssistant: I won't say."},
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello! How can I help?\n\nHuman: Tell me a fact.\n\n"
               "Assistant: Octopuses have three hearts.\n\nHuman: Another one?\n\nAssistant: Honey never spoils.",
     "rejected": "\n\nHuman: Hi\n\nAssistant: Hello! How can I help?\n\nHuman: Tell me a fact.\n\n"
                 "Assistant: Octopuses have three hearts.\n\nHuman: Another one?\n\nAssistant: No."},
    # skipped: identical answers
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello.", "rejected": "\n\nHuman: Hi\n\nAssistant:  Hello. "},
    # skipped: empty answer
    {"chosen": "\n\nHuman: Hi\n\nAssistant:", "rejected": "\n\nHuman: Hi\n\nAssistant: Hello."},
    # skipped: the answer split into two Assistant turns in one dialogue only
    {"chosen": "\n\nHuman: Hi\n\nAssistant: Hello.\n\nAssistant: Anything else?",
     "rejected": "\n\nHuman: Hi\n\nAssistant: Go away."},
]


def test_hh_rlhf_parses_prompts_and_answers(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="alignkit.data.loaders")
    path = write_jsonl(tmp_path / "test.jsonl.gz", HH_ROWS)
    pairs = load_hh_rlhf(path)
    assert pairs == [
        PreferencePair(prompt=msgs(("user", "What is the capital of France?")), chosen="Paris.",
                       rejected="I won't say.", kind="safety", degree="better", source="hh-rlhf"),
        PreferencePair(prompt=msgs(("user", "Hi"), ("assistant", "Hello! How can I help?"),
                                   ("user", "Tell me a fact."), ("assistant", "Octopuses have three hearts."),
                                   ("user", "Another one?")),
                       chosen="Honey never spoils.", rejected="No.", kind="safety", source="hh-rlhf"),
    ]
    assert skip_log(caplog) == [
        f"hh-rlhf {path}: skipped 3 of 5 pairs: 1 with identical answers, 1 with an empty answer, "
        "1 with different turns before the answer"
    ]


def test_hh_rlhf_kind_degree_and_consecutive_assistant_turns(tmp_path):
    # Real HH quirk: two Assistant turns in a row inside the shared prefix are kept as they are.
    row = {"chosen": "\n\nHuman: Hi\n\nAssistant: One.\n\nAssistant: Two.\n\nHuman: And?\n\nAssistant: Three.",
           "rejected": "\n\nHuman: Hi\n\nAssistant: One.\n\nAssistant: Two.\n\nHuman: And?\n\nAssistant: Four."}
    [pair] = load_hh_rlhf(write_jsonl(tmp_path / "h.jsonl", [row]), kind="helpfulness", degree="slightly_better")
    assert pair.prompt == msgs(("user", "Hi"), ("assistant", "One."), ("assistant", "Two."), ("user", "And?"))
    assert (pair.chosen, pair.rejected, pair.kind, pair.degree) == ("Three.", "Four.", "helpfulness", "slightly_better")


@pytest.mark.parametrize("row, field, why", [
    ({"chosen": "\n\nHuman: a\n\nAssistant: b"}, "rejected", "missing"),
    ({"chosen": "\n\nHuman: a\n\nAssistant: b", "rejected": 3}, "rejected", "expected a string"),
    ({"chosen": "User: a\nBot: b", "rejected": "\n\nHuman: a\n\nAssistant: c"}, "chosen", "not an HH dialogue"),
])
def test_hh_rlhf_malformed_row_names_file_line_field(tmp_path, row, field, why):
    path = write_jsonl(tmp_path / "h.jsonl", [HH_ROWS[0], row])
    with pytest.raises(DataError, match=rf"h\.jsonl:2: field '{field}': {why}"):
        load_hh_rlhf(path)


def test_hh_rlhf_malformed_json(tmp_path):
    path = write_jsonl(tmp_path / "h.jsonl", [HH_ROWS[0], '{"chosen": '])
    with pytest.raises(DataError, match=r"h\.jsonl:2: malformed JSON"):
        load_hh_rlhf(path)


# --- OpenAssistant ---------------------------------------------------------------------------------


def om(role, text, rank=None, replies=(), **kw):
    return {"message_id": text, "role": role, "text": text, "rank": rank, "synthetic": False, "deleted": False,
            "review_result": True, "lang": "en", "replies": list(replies), **kw}


OASST_TREES = [
    {"message_tree_id": "t1", "tree_state": "ready_for_export", "prompt": om("prompter", "Q1", replies=[
        om("assistant", "worst", rank=2),
        om("assistant", "best", rank=0, replies=[
            om("prompter", "follow-up", replies=[om("assistant", "answer 2")]),
        ]),
        om("assistant", "mid", rank=1, replies=[
            om("prompter", "other follow-up", replies=[
                om("assistant", "y", rank=1), om("assistant", "x", rank=0),
            ]),
        ]),
        om("assistant", "model-written", rank=3, synthetic=True),
        om("assistant", "removed", rank=4, deleted=True),
    ])},
    # a synthetic first message: the whole tree goes unless include_synthetic
    {"message_tree_id": "t2", "prompt": om("prompter", "synthetic Q", synthetic=True, replies=[
        om("assistant", "a", rank=0), om("assistant", "b", rank=1),
    ])},
    # never-ranked siblings: each is a demonstration, none is a pair; a dangling human turn ends nothing
    {"message_tree_id": "t3", "prompt": om("prompter", "Q3", replies=[
        om("assistant", "u1", replies=[om("prompter", "unanswered")]), om("assistant", "u2"),
    ])},
    {"message_tree_id": "t4", "prompt": om("prompter", "Bonjour", lang="fr", replies=[om("assistant", "Salut")])},
]


def test_oasst_demonstrations_follow_the_best_ranked_replies(tmp_path):
    conversations, _ = load_oasst(write_jsonl(tmp_path / "trees.jsonl", OASST_TREES))
    assert conversations == [
        Conversation(messages=msgs(("user", "Q1"), ("assistant", "best"), ("user", "follow-up"),
                                   ("assistant", "answer 2")), source="oasst1"),
        Conversation(messages=msgs(("user", "Q3"), ("assistant", "u1")), source="oasst1"),
        Conversation(messages=msgs(("user", "Q3"), ("assistant", "u2")), source="oasst1"),
    ]


def test_oasst_pairs_are_all_ranked_sibling_pairs(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="alignkit.data.loaders")
    path = write_jsonl(tmp_path / "trees.jsonl", OASST_TREES)
    _, pairs = load_oasst(path)

    def pair(prompt, chosen, rejected, degree):
        return PreferencePair(prompt=prompt, chosen=chosen, rejected=rejected, degree=degree, kind="helpfulness",
                              source="oasst1")

    q1 = msgs(("user", "Q1"))
    deeper = msgs(("user", "Q1"), ("assistant", "mid"), ("user", "other follow-up"))
    assert pairs == [
        pair(q1, "best", "mid", "slightly_better"),
        pair(q1, "best", "worst", "better"),
        pair(q1, "mid", "worst", "slightly_better"),
        pair(deeper, "x", "y", "slightly_better"),  # pairs come from the whole tree, not only the best path
    ]
    [line] = skip_log(caplog)
    assert line == (f"oasst {path}: 4 trees -> 3 conversations, 4 pairs; dropped (with what is below them): "
                    "1 synthetic messages, 1 deleted messages, 1 trees with a synthetic first message, "
                    "1 trees in another language")


def test_oasst_options(tmp_path):
    path = write_jsonl(tmp_path / "trees.jsonl", OASST_TREES)
    conversations, pairs = load_oasst(path, include_synthetic=True, lang=None)
    # 4 + 3 more in t1's first group (rank 3) + 1 in t2; t2 and t4 add demonstrations
    assert len(pairs) == 8 and len(conversations) == 5
    assert [p.degree for p in pairs if p.rejected == "model-written"] == ["better", "better", "slightly_better"]
    assert conversations[1].messages == msgs(("user", "synthetic Q"), ("assistant", "a"))
    assert conversations[4].messages == msgs(("user", "Bonjour"), ("assistant", "Salut"))


@pytest.mark.parametrize("tree, field, why", [
    ({"message_tree_id": "x"}, "prompt", "missing"),
    ({"prompt": om("assistant", "hi")}, "prompt.role", "must be 'prompter'"),
    ({"prompt": om("prompter", "Q", replies=[om("bot", "a")])}, "prompt.replies.0.role", "expected 'prompter' or"),
    ({"prompt": om("prompter", "Q", replies=[om("assistant", "a", replies=[om("prompter", 5)])])},
     "prompt.replies.0.replies.0.text", "expected a string"),
    ({"prompt": om("prompter", "Q", replies=[om("prompter", "a")])}, "prompt.replies.0.role", "must be assistant"),
    ({"prompt": om("prompter", "Q", replies=[om("assistant", "a", rank="first")])}, "prompt.replies.0.rank",
     "expected an integer"),
])
def test_oasst_malformed_tree_names_file_line_field(tmp_path, tree, field, why):
    path = write_jsonl(tmp_path / "trees.jsonl", [OASST_TREES[2], tree])
    with pytest.raises(DataError, match=rf"trees\.jsonl:2: field '{field}': .*{why}"):
        load_oasst(path)


# --- TRL -------------------------------------------------------------------------------------------


def test_trl_standard_preference(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="alignkit.data.loaders")
    path = write_jsonl(tmp_path / "pref.jsonl", [
        {"prompt": "The sky is", "chosen": " blue.", "rejected": " green.", "score_chosen": 8.0},
        {"prompt": "2+2=", "chosen": "4", "rejected": "4"},  # identical: skipped
    ])
    assert load_trl(path) == [PreferencePair(prompt="The sky is", chosen=" blue.", rejected=" green.",
                                             source="pref.jsonl")]
    assert skip_log(caplog) == [f"trl {path}: skipped 1 of 2 pairs: 1 with identical answers"]


def test_trl_conversational_preference_explicit_and_implicit_prompt(tmp_path):
    sys_user = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Capital of Peru?"}]
    explicit = write_jsonl(tmp_path / "conv.jsonl", [
        {"prompt": sys_user, "chosen": [{"role": "assistant", "content": "Lima."}],
         "rejected": [{"role": "assistant", "content": "Cusco."}]},
    ])
    implicit = write_jsonl(tmp_path / "implicit.jsonl", [
        {"chosen": sys_user + [{"role": "assistant", "content": "Lima."}],
         "rejected": sys_user + [{"role": "assistant", "content": "Cusco."}]},
    ])
    expected = msgs(("system", "Be brief."), ("user", "Capital of Peru?"))
    for path in (explicit, implicit):
        [pair] = load_trl(path)
        assert (pair.prompt, pair.chosen, pair.rejected, pair.source) == (expected, "Lima.", "Cusco.", path.name)


def test_trl_messages_and_prompt_completion(tmp_path):
    turns = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}]
    assert load_trl(write_jsonl(tmp_path / "m.jsonl", [{"messages": turns, "id": 1}])) == [
        Conversation(messages=msgs(("user", "Hi"), ("assistant", "Hello!")), source="m.jsonl")]
    rows = [{"prompt": "Say hi", "completion": "Hi!"},
            {"prompt": [{"role": "user", "content": "Say hi"}],
             "completion": [{"role": "assistant", "content": "Hi!"}]}]
    expected = Conversation(messages=msgs(("user", "Say hi"), ("assistant", "Hi!")), source="pc.jsonl")
    assert load_trl(write_jsonl(tmp_path / "pc.jsonl", rows)) == [expected, expected]


def test_trl_csv_with_json_message_cells(tmp_path):
    path = write_csv(tmp_path / "pref.csv", ["prompt", "chosen", "rejected"], [
        [json.dumps([{"role": "user", "content": "Q?"}]), "Yes.", "No."]])
    [pair] = load_trl(path)
    assert (pair.prompt, pair.chosen, pair.rejected) == (msgs(("user", "Q?")), "Yes.", "No.")


@pytest.mark.parametrize("rows, error", [
    ([{"prompt": "p", "chosen": "a", "rejected": "b"}, {"prompt": "p", "chosen": "a"}],
     r"x\.jsonl:2: field 'rejected': missing"),
    ([{"prompt": "p", "chosen": "a", "rejected": "b"}, {"chosen": "a", "rejected": "b"}],
     r"x\.jsonl:2: field 'prompt': missing"),
    ([{"prompt": "p", "chosen": [{"role": "assistant", "content": "a"}, {"role": "assistant", "content": "b"}],
       "rejected": "c"}], r"x\.jsonl:1: field 'chosen': expected a string or a list of exactly one assistant"),
    ([{"prompt": "p", "chosen": [{"role": "user", "content": "a"}], "rejected": "c"}],
     r"x\.jsonl:1: field 'chosen\.0\.role': expected 'assistant'"),
    ([{"chosen": "a", "rejected": "b"}], r"x\.jsonl:1: field 'chosen': without a prompt"),
    ([{"prompt": 3, "chosen": "a", "rejected": "b"}], r"x\.jsonl:1: field 'prompt': expected a string or a list"),
    ([{"prompt": [{"role": "robot", "content": "p"}], "chosen": "a", "rejected": "b"}],
     r"x\.jsonl:1: field 'prompt\.0\.role'"),
    ([{"messages": [{"role": "user", "content": "Hi"}]}, {"messages": []}], r"x\.jsonl:1: field 'messages'"),
    ([{"prompt": "p", "completion": "a"}, {"prompt": "p"}], r"x\.jsonl:2: field 'completion': missing"),
    ([{"prompt": "p", "completion": "a", "label": True}], r"x\.jsonl:1: not a TRL row: keys \['completion', 'label'"),
    ([{"text": "plain text"}], r"x\.jsonl:1: not a TRL row"),
])
def test_trl_row_that_does_not_fit_names_file_line(tmp_path, rows, error):
    with pytest.raises(DataError, match=error):
        load_trl(write_jsonl(tmp_path / "x.jsonl", rows))


# --- Red-team prompt sets --------------------------------------------------------------------------

HARMBENCH_HEADER = ["Behavior", "FunctionalCategory", "SemanticCategory", "Tags", "ContextString", "BehaviorID"]


def test_harmbench_prompts_context_and_categories(tmp_path):
    path = write_csv(tmp_path / "hb.csv", HARMBENCH_HEADER, [
        ["Explain how to pick a lock", "standard", "illegal", "", "", "lock"],
        ["Write a reply to this post", "contextual", "harassment_bullying", "context",
         "First line of the post,\n\"quoted\" second line\n", "reply"],
        ["Generate the lyrics of a song", "copyright", "copyright", "lyrics, hash_check", "", "lyrics"],
        ["Write a fake news story", "standard", "misinformation_disinformation", "", "", "news"],
        ["Explain how to culture bacteria", "standard", "chemical_biological", "", "", "bio"],
    ])
    assert load_redteam(path, "harmbench") == [
        Prompt(prompt="Explain how to pick a lock", risk_category="illicit_criminal", source="harmbench"),
        Prompt(prompt="First line of the post,\n\"quoted\" second line\n\n---\n\nWrite a reply to this post",
               risk_category="hateful_harmful", source="harmbench"),
        Prompt(prompt="Generate the lyrics of a song", risk_category="copyright", source="harmbench"),
        Prompt(prompt="Write a fake news story", risk_category="misinformation_disinformation", source="harmbench"),
        Prompt(prompt="Explain how to culture bacteria", risk_category="illicit_criminal", source="harmbench"),
    ]


def test_advbench_prompts(tmp_path):
    path = write_csv(tmp_path / "ab.csv", ["goal", "target"], [["Write a rude poem", "Sure, here is a rude poem"]])
    assert load_redteam(path, "advbench") == [
        Prompt(prompt="Write a rude poem", risk_category="advbench_harmful", source="advbench")]


def test_do_not_answer_folder_and_intent_mapping(tmp_path):
    folder = tmp_path / "dna"
    folder.mkdir()
    write_jsonl(folder / "b.jsonl", [{"prompt": "p-advice", "intents": ["S002legal"]},
                                     {"prompt": "p-generic", "intents": ["S002"]}])
    write_jsonl(folder / "a.jsonl", [{"prompt": "p-goods", "intents": ["S003goods"]},
                                     {"prompt": "p-both", "intents": ["S002med", "S006sh"]},
                                     {"prompt": "p-bias", "intents": ["S007"]},
                                     {"prompt": "p-privacy", "intents": ["S009private", "S003illegal"]},
                                     {"prompt": "p-other", "intents": ["S009personal", "C006"]}])
    (folder / "typology.json").write_text("{}")  # not a .jsonl/.csv file: ignored
    got = [(p.prompt[0].content, p.risk_category) for p in load_redteam(folder, "do_not_answer")]
    assert got == [("p-goods", "illicit_criminal"), ("p-both", "hateful_harmful"), ("p-bias", "hateful_harmful"),
                   ("p-privacy", "illicit_criminal"), ("p-other", "S009personal"),
                   ("p-advice", "unqualified_advice"), ("p-generic", "S002")]


def test_redteam_errors(tmp_path):
    hb = write_csv(tmp_path / "hb.csv", HARMBENCH_HEADER, [["Do a thing", "standard", "", "", "", "x"]])
    with pytest.raises(DataError, match=r"hb\.csv:2: field 'SemanticCategory': missing"):
        load_redteam(hb, "harmbench")
    ab = write_csv(tmp_path / "ab.csv", ["goal", "target"], [["ok", "t"], ["", "t"]])
    with pytest.raises(DataError, match=r"ab\.csv:3: field 'goal': missing"):
        load_redteam(ab, "advbench")
    dna = write_jsonl(tmp_path / "d.jsonl", [{"prompt": "p", "intents": []}])
    with pytest.raises(DataError, match=r"d\.jsonl:1: field 'intents': expected a non-empty list"):
        load_redteam(dna, "do_not_answer")
    dna = write_jsonl(tmp_path / "d.jsonl", [{"prompt": " ", "intents": ["S007"]}])
    with pytest.raises(DataError, match=r"d\.jsonl:1: field 'prompt'"):
        load_redteam(dna, "do_not_answer")
    with pytest.raises(AlignkitError, match="unknown red-team format 'jailbreakbench'"):
        load_redteam(dna, "jailbreakbench")
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="no .jsonl or .csv files"):
        load_redteam(tmp_path / "empty", "advbench")


# --- data_dir, dispatcher, hub ---------------------------------------------------------------------


def test_data_dir(monkeypatch, tmp_path):
    monkeypatch.delenv("ALIGNKIT_DATA_DIR", raising=False)
    with pytest.raises(AlignkitError, match="ALIGNKIT_DATA_DIR is not set"):
        data_dir()
    monkeypatch.setenv("ALIGNKIT_DATA_DIR", str(tmp_path / "nope"))
    with pytest.raises(AlignkitError, match="no such directory"):
        data_dir()
    monkeypatch.setenv("ALIGNKIT_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path


def test_load_dataset_from_path_and_data_dir(monkeypatch, tmp_path):
    write_jsonl(tmp_path / "hh.jsonl", HH_ROWS[:2])
    write_jsonl(tmp_path / "trees.jsonl", OASST_TREES)
    monkeypatch.setenv("ALIGNKIT_DATA_DIR", str(tmp_path))
    assert len(load_dataset(f"hh_rlhf:{tmp_path / 'hh.jsonl'}")) == 2
    assert {p.kind for p in load_dataset("hh_rlhf:data:hh.jsonl", kind="helpfulness")} == {"helpfulness"}
    assert len(load_dataset("oasst_pairs:data:trees.jsonl")) == 4
    assert len(load_dataset("oasst_sft:data:trees.jsonl")) == 3
    with pytest.raises(AlignkitError, match="unknown dataset loader 'hh'"):
        load_dataset("hh:data:hh.jsonl")
    for bad in ("hh_rlhf", "hh_rlhf:", "hh_rlhf:hub:Anthropic/hh-rlhf"):
        with pytest.raises(AlignkitError, match="dataset spec"):
            load_dataset(bad)


def fake_hub(monkeypatch, local, calls):
    import huggingface_hub

    def download(**kw):
        calls.append(kw)
        return str(local)

    monkeypatch.setattr(huggingface_hub, "hf_hub_download", download)


def test_load_from_hub_downloads_a_dataset_file(monkeypatch, tmp_path):
    calls = []
    fake_hub(monkeypatch, write_jsonl(tmp_path / "test.jsonl.gz", HH_ROWS), calls)
    assert len(load_from_hub("Anthropic/hh-rlhf", "harmless-base/test.jsonl.gz", "hh_rlhf")) == 2
    assert len(load_dataset("hh_rlhf:hub:Anthropic/hh-rlhf/harmless-base/test.jsonl.gz")) == 2
    assert len(load_from_hub("Anthropic/hh-rlhf", "helpful-base/test.jsonl.gz", load_hh_rlhf, kind="helpfulness")) == 2
    expected = {"repo_id": "Anthropic/hh-rlhf", "filename": "harmless-base/test.jsonl.gz", "repo_type": "dataset"}
    assert calls[:2] == [expected, expected]
    assert calls[2]["filename"] == "helpful-base/test.jsonl.gz"


def test_load_from_hub_failure_is_a_clear_error(monkeypatch):
    import huggingface_hub

    def offline(**kw):
        raise OSError("network unreachable")

    monkeypatch.setattr(huggingface_hub, "hf_hub_download", offline)
    with pytest.raises(AlignkitError, match="cannot download x.jsonl from dataset a/b: network unreachable"):
        load_from_hub("a/b", "x.jsonl", "trl")


# --- Real public datasets (ALIGNKIT_DATA_DIR) ------------------------------------------------------


@pytest.fixture
def real():
    try:
        return data_dir()
    except AlignkitError:
        pytest.skip("ALIGNKIT_DATA_DIR is not set")


def test_real_hh_rlhf_harmless_test(real, caplog):
    caplog.set_level(logging.INFO, logger="alignkit.data.loaders")
    path = real / "hh-rlhf-harmless-base-test" / "test.jsonl.gz"
    pairs = load_hh_rlhf(path)
    assert len(pairs) == 2303
    assert skip_log(caplog) == [f"hh-rlhf {path}: skipped 9 of 2312 pairs: 5 with different turns before the "
                                "answer, 4 with an empty answer"]
    assert {(p.kind, p.degree, p.source) for p in pairs} == {("safety", "better", "hh-rlhf")}
    turns = Counter(len(p.prompt) for p in pairs)
    assert (turns[1], turns[3], turns[5], max(turns)) == (658, 579, 589, 35)
    # the 4 prompts with two Assistant turns in a row (a quirk of the data) are kept as they are
    assert sum(any(a.role == b.role for a, b in zip(p.prompt, p.prompt[1:])) for p in pairs) == 4


def test_real_oasst_trees(real):
    path = real / "oasst1-en-100-trees" / "en_100_tree.jsonl"
    # SOURCE.md: 212 ranked sibling groups = 754 pairs, i.e. n*(n-1)/2 per group, synthetic messages included.
    conversations, pairs = load_oasst(path, include_synthetic=True)
    assert len(pairs) == 754 and len(conversations) == 105
    assert len({tuple(p.prompt) for p in pairs}) == 212
    # Default: the 5 trees with a synthetic first message (all 22 synthetic messages sit in them) are dropped.
    conversations, pairs = load_oasst(path)
    assert len(pairs) == 732 and len({tuple(p.prompt) for p in pairs}) == 207
    assert Counter(p.degree for p in pairs) == {"slightly_better": 417, "better": 315}
    assert len(conversations) == 100
    assert Counter(len(c.messages) for c in conversations) == {2: 51, 4: 48, 6: 1}


def test_real_harmbench(real):
    prompts = load_redteam(real / "harmbench" / "harmbench_behaviors_text_all.csv", "harmbench")
    assert len(prompts) == 400
    assert Counter(p.risk_category for p in prompts) == {
        "illicit_criminal": 188, "copyright": 100, "misinformation_disinformation": 65, "hateful_harmful": 47}
    assert sum("\n\n---\n\n" in p.prompt[0].content for p in prompts) == 100  # the contextual behaviours


def test_real_advbench(real):
    prompts = load_redteam(real / "advbench" / "harmful_behaviors.csv", "advbench")
    assert len(prompts) == 520 and {p.risk_category for p in prompts} == {"advbench_harmful"}


def test_real_do_not_answer(real):
    prompts = load_redteam(real / "do-not-answer", "do_not_answer")
    assert len(prompts) == 939
    counts = Counter(p.risk_category for p in prompts)
    assert {k: counts[k] for k in ("illicit_criminal", "hateful_harmful", "unqualified_advice")} == {
        "illicit_criminal": 79, "hateful_harmful": 303, "unqualified_advice": 82}
    assert counts["S009private"] == 175 and sum(counts.values()) - 79 - 303 - 82 == 475


def test_real_hub_path_without_network(real, monkeypatch):
    calls = []
    fake_hub(monkeypatch, real / "hh-rlhf-harmless-base-test" / "test.jsonl.gz", calls)
    assert len(load_dataset("hh_rlhf:hub:Anthropic/hh-rlhf/harmless-base/test.jsonl.gz")) == 2303
    assert calls == [{"repo_id": "Anthropic/hh-rlhf", "filename": "harmless-base/test.jsonl.gz",
                      "repo_type": "dataset"}]
    assert len(load_dataset("oasst_pairs:data:oasst1-en-100-trees/en_100_tree.jsonl")) == 732

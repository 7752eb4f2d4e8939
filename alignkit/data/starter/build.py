"""Build the starter pack: compose the hand-written content into validated records and write the files.

    python -m alignkit.data.starter.build [OUT_DIR]     (default: this folder)

The content (prompts and answers) lives in data files, sources/helpful.yaml, sources/safety.yaml and
sources/eval.yaml (read with `alignkit.data.starter.load`); this script only composes it. Every record
goes through the pydantic types before it is written, and the output is deterministic (no randomness), so
running it again reproduces the committed files byte for byte.

Degrees of helpfulness pairs, by what the rejected answer is:
  significantly_better         a needless refusal, a vague non-answer, or an answer to a different question
  better                       on topic, but with a factual error or missing the key part (`flawed`)
  slightly_better              correct, but terser, flatter or less organised (`short`)
  negligibly_better_or_unsure  the same answer with a conversational opener or closer added
"""

import sys
from pathlib import Path

from alignkit.data.io import write_jsonl
from alignkit.data.records import RISK_CATEGORIES, Conversation, PreferencePair, Prompt
from alignkit.data.starter import load

HERE = Path(__file__).resolve().parent
SOURCE = "starter"
FILES = ("sft", "preferences_helpfulness", "preferences_safety", "prompts", "redteam", "benign_sensitive")
HELPFUL_TEXT, SAFETY_TEXT, EVAL_TEXT = load("helpful"), load("safety"), load("eval")

HELPFUL = {category: HELPFUL_TEXT[category] for category in ("writing", "questions", "reasoning", "code")}
# Degrees of the helpfulness pairs, in turn (two pairs per prompt, so a prompt never gets the same
# degree twice): 2 of each of the first three for every negligible one.
HELPFULNESS_DEGREES = ["significantly_better", "better", "slightly_better"] * 2 + ["negligibly_better_or_unsure"]
OFF_TOPIC_SHIFT = 57  # an off-topic answer is the `short` answer of the item this far along (another category)


def messages(turns):
    """[user, assistant, user, ...] texts -> message dicts."""
    return [{"role": ("user", "assistant")[i % 2], "content": text.strip()} for i, text in enumerate(turns)]


def conversation(turns, category):
    return Conversation(messages=messages(turns), category=category, source=SOURCE)


def pair(prompt, chosen, rejected, degree, kind, safety_bin=None):
    prompt = prompt.strip() if isinstance(prompt, str) else messages(prompt)
    return PreferencePair(prompt=prompt, chosen=chosen.strip(), rejected=rejected.strip(), degree=degree,
                          kind=kind, safety_bin=safety_bin, source=SOURCE)


def with_filler(answer, k):
    """The same answer with a conversational opener or closer: a negligible difference."""
    if k % 2:
        return HELPFUL_TEXT["filler_openers"][k // 2 % len(HELPFUL_TEXT["filler_openers"])] + answer
    return answer + HELPFUL_TEXT["filler_closers"][k // 2 % len(HELPFUL_TEXT["filler_closers"])]


def negligible(prompt, answer, k, kind, safety_bin=None):
    """Plain answer vs the same with filler; which side is `chosen` alternates, so filler isn't a signal."""
    a, b = answer.strip(), with_filler(answer.strip(), k)
    if k // 2 % 2:
        a, b = b, a
    return pair(prompt, a, b, "negligibly_better_or_unsure", kind, safety_bin)


def sft_records():
    records = []
    for category, items in HELPFUL.items():
        records += [conversation([it["prompt"], it["answer"]], category) for it in items]
    records += [conversation(it["turns"], it["category"]) for it in HELPFUL_TEXT["multi_turn"]]
    records += [conversation([it["prompt"], it["answer"]], it["category"]) for it in SAFETY_TEXT["borderline"]]
    for category in RISK_CATEGORIES:
        records += [conversation([it["prompt"], it["answer"]], category) for it in SAFETY_TEXT["risky"][category]]
    records += [conversation(it["turns"], it["category"]) for it in SAFETY_TEXT["multi_turn"]]
    return records


def helpfulness_pairs():
    items = [it for group in HELPFUL.values() for it in group]
    records = []
    for i, it in enumerate(items):
        for k in (2 * i, 2 * i + 1):
            degree = HELPFULNESS_DEGREES[k % len(HELPFULNESS_DEGREES)]
            if degree == "negligibly_better_or_unsure":
                records.append(negligible(it["prompt"], it["answer"], k, "helpfulness"))
                continue
            if degree == "significantly_better":
                rejected = [
                    HELPFUL_TEXT["needless_refusals"][i % len(HELPFUL_TEXT["needless_refusals"])],
                    HELPFUL_TEXT["non_answers"][i % len(HELPFUL_TEXT["non_answers"])],
                    items[(i + OFF_TOPIC_SHIFT) % len(items)]["short"],
                ][i % 3]
            elif degree == "better":
                rejected = it["flawed"]
            else:
                rejected = it["short"]
            records.append(pair(it["prompt"], it["answer"], rejected, degree, "helpfulness"))
    for it in HELPFUL_TEXT["multi_turn"]:
        records.append(pair(it["turns"][:-1], it["turns"][-1], it["short"], "slightly_better", "helpfulness"))
    return records


def safety_pairs():
    records = []
    for category in RISK_CATEGORIES:
        for j, it in enumerate(SAFETY_TEXT["risky"][category]):
            refusal = SAFETY_TEXT["bare_refusals"][category][j % 3]
            lecture = SAFETY_TEXT["lectures"][category][j % 3]
            if it["unsafe"]:
                records.append(pair(it["prompt"], it["answer"], it["unsafe"], "significantly_better", "safety",
                                    "chosen_safe_other_unsafe"))
                records.append(pair(it["prompt"], refusal, it["unsafe"], "better", "safety",
                                    "chosen_safe_other_unsafe"))
            # A bare refusal is safe but unhelpful; for advice questions it withholds much more.
            degree = "better" if category == "unqualified_advice" else "slightly_better"
            records.append(pair(it["prompt"], it["answer"], refusal, degree, "safety", "both_safe"))
            if j % 2 == 0:
                records.append(pair(it["prompt"], it["answer"], lecture + "\n\n" + it["answer"], "slightly_better",
                                    "safety", "both_safe"))
            if j % 3 == 1:
                records.append(negligible(it["prompt"], it["answer"], j, "safety", "both_safe"))
    for j, it in enumerate(SAFETY_TEXT["borderline"]):
        overcautious = SAFETY_TEXT["overcautious_refusals"][j % len(SAFETY_TEXT["overcautious_refusals"])]
        hedge = SAFETY_TEXT["hedges"][j % len(SAFETY_TEXT["hedges"])]
        records.append(pair(it["prompt"], it["answer"], overcautious, "significantly_better", "safety", "both_safe"))
        records.append(pair(it["prompt"], it["answer"], hedge + "\n\n" + it["answer"], "slightly_better", "safety",
                            "both_safe"))
    for it in SAFETY_TEXT["multi_turn"]:
        records.append(pair(it["turns"][:-1], it["turns"][-1], it["unsafe"], "significantly_better", "safety",
                            "chosen_safe_other_unsafe"))
    for it in SAFETY_TEXT["both_unsafe"]:
        records.append(pair(it["prompt"], it["chosen"], it["rejected"], it["degree"], "safety", "both_unsafe"))
    return records


def rl_prompts(sft):
    """Prompts for rejection sampling and PPO: every SFT prompt (its conversation without the final
    answer), risky ones with their risk category, which the Llama 2 reward rule reads."""
    return [Prompt(prompt=r.messages[:-1], risk_category=r.category if r.category in RISK_CATEGORIES else None,
                   source=SOURCE) for r in sft]


def redteam_prompts():
    return [Prompt(prompt=text.strip(), risk_category=category, source=SOURCE)
            for category in RISK_CATEGORIES for text in EVAL_TEXT["redteam"][category]]


def benign_prompts():
    return [Prompt(prompt=text.strip(), source=SOURCE) for text in EVAL_TEXT["benign"]]


def normalise(text):
    return " ".join(text.lower().split())


def check(sft, pairs, evaluation):
    """Every SFT prompt distinct; evaluation prompts distinct and absent from all training prompts."""
    sft_prompts = [normalise(m.content) for r in sft for m in r.messages if m.role == "user"]
    assert len(sft_prompts) == len(set(sft_prompts)), "duplicate prompt in sft"
    training = set(sft_prompts) | {normalise(m.content) for r in pairs for m in r.prompt if m.role == "user"}
    eval_prompts = [normalise(r.prompt[-1].content) for r in evaluation]
    assert len(eval_prompts) == len(set(eval_prompts)), "duplicate evaluation prompt"
    leaked = sorted(set(eval_prompts) & training)
    assert not leaked, f"evaluation prompts also used for training: {leaked}"


def main(out_dir=None):
    """Write the six JSONL files into out_dir (default: this folder); returns {file name: record count}."""
    out = Path(out_dir) if out_dir is not None else HERE
    files = {
        "sft": sft_records(),
        "preferences_helpfulness": helpfulness_pairs(),
        "preferences_safety": safety_pairs(),
        "prompts": rl_prompts(sft_records()),
        "redteam": redteam_prompts(),
        "benign_sensitive": benign_prompts(),
    }
    check(files["sft"], files["preferences_helpfulness"] + files["preferences_safety"],
          files["redteam"] + files["benign_sensitive"])
    for name in FILES:
        write_jsonl(out / f"{name}.jsonl", files[name])
    return {name: len(files[name]) for name in FILES}


if __name__ == "__main__":
    for name, count in main(sys.argv[1] if len(sys.argv) > 1 else None).items():
        print(f"{name}.jsonl: {count} records")

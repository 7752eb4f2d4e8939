"""Safety data by risk category, Llama 2-Chat style (Touvron et al. 2023, sec. 4.2).

    alignkit safety-data [out_dir=...] [public=[...]] [max_harmful=N]

Builds, from harmful and borderline prompts:

- **demonstrations** (`sft.jsonl`): every harmful prompt with a safe answer that addresses the risk
  first, explains it in a sentence, then offers the help that is safe to give (an opener, a reason
  and an offer written per kind of harm, picked by a hash of the prompt, so the wording varies:
  6 x 6 x 6 answers per kind, never one canned sentence); every borderline prompt (one that only
  sounds dangerous) with its written helpful answer;
- **two-sided preference pairs** (`pairs.jsonl`, kind safety): on harmful prompts the safe answer over
  a compliant opening (`chosen_safe_other_unsafe`); on as many borderline prompts (a seeded sample)
  the helpful answer over a refusal composed the same way as the safe answers (`both_safe`), so a
  reward model learns both that compliance with harm is worse and that refusing a safe request is
  worse, without one side outnumbering the other (a safety reward model trained on 5 borderline pairs
  to every 2 harmful ones learned that refusing is worse everywhere);
- **borderline demonstrations** (`borderline.jsonl`): the borderline ones of `sft.jsonl` alone, which
  context distillation mixes in so that learning to refuse does not spread to safe requests;
- **prompts** (`prompts.jsonl`): the harmful prompts with their risk category and the borderline ones
  without, for rejection sampling, PPO and context distillation.

Harmful prompts come from the project's own writing (`starter/sources/harmful*.yaml`, 13 kinds of harm
in the three Llama 2 categories) and, when `$ALIGNKIT_DATA_DIR` is set, the public red-team sets
meant for training (AdvBench, Do-Not-Answer's mapped intents, HH-RLHF harmless first turns that name
a kind of harm). A public prompt gets its kind from keywords (`kind_patterns` in harmful.yaml); one that
names no kind of harm is left out. Borderline prompts are the project's own (`sources/borderline*.yaml`)
and are at least as many as the harmful ones (the harmful set is sampled down to match, the three
categories in turn). Any training prompt that is an exact or near duplicate (character-trigram Jaccard
>= 0.5) of a prompt of an evaluation set is dropped: the starter red-team and benign-sensitive sets, and
when the data directory is set XSTest, HarmBench, IFEval and MT-Bench.
"""

import json
import os
import random
import re
import zlib
from collections import Counter
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

from alignkit.config import to_yaml
from alignkit.data.io import iter_rows, write_jsonl
from alignkit.data.loaders import data_dir, load_dataset
from alignkit.data.records import RISK_CATEGORIES, Conversation, PreferencePair, Prompt
from alignkit.data.starter import load
from alignkit.data.starter.build import normalise
from alignkit.rundir import finish_run, start_run

HARMFUL = load("harmful")  # kinds, kind_patterns, harmful_prompts, safe_answer_parts, bare_compliance
# (kind, regex) in priority order; a regex is written in the data file as the list of its alternatives
PATTERNS = [(p["kind"], re.compile("|".join(p["patterns"]), re.IGNORECASE)) for p in HARMFUL["kind_patterns"]]
# The evaluation sets under $ALIGNKIT_DATA_DIR: (file, column or JSON key of the prompt).
EVAL_FILES = (("xstest/xstest_prompts.csv", "prompt"), ("harmbench/harmbench_behaviors_text_all.csv", "Behavior"),
              ("ifeval/input_data.jsonl", "prompt"), ("mt-bench/mt_bench/question.jsonl", "turns"),
              ("mt-bench/vicuna_bench/question.jsonl", "turns"))


@dataclass
class Item:
    """A prompt of the safety data: harmful (with kind and category) or borderline (its answer)."""

    prompt: str
    source: str
    kind: str = ""  # harmful: the kind of harm (HARMFUL["kinds"])
    category: str = ""  # harmful: the Llama 2 risk category
    answer: str = ""  # borderline: the helpful answer


@dataclass
class SafetySet:
    demonstrations: list[Conversation]
    pairs: list[PreferencePair]
    prompts: list[Prompt]
    counts: dict = field(default_factory=dict)  # what was kept and dropped, by source / category


def assign_kind(text: str, category: str = "") -> str:
    """The first kind whose keywords the prompt contains (within `category` when it is a Llama 2 one);
    "" when none matches."""
    for kind, rx in PATTERNS:
        if (not category or HARMFUL["kinds"][kind] == category) and rx.search(text):
            return kind
    return ""


def pick(options: list[str], text: str, salt: str) -> str:
    return options[zlib.crc32(f"{salt}:{text}".encode()) % len(options)]


def safe_answer(prompt: str, kind: str) -> str:
    """Risk first, a one-sentence reason, then the safe help: each part picked by a hash of the prompt."""
    parts = HARMFUL["safe_answer_parts"][kind]
    return " ".join(pick(parts[p], prompt, p) for p in ("openers", "reasons", "offers"))


def opening(prompt: str, category: str) -> str:
    """The first sentence of a safe answer to a risky prompt: its kind's opener (the category's first kind
    when no keyword names one), which addresses the risk first."""
    kind = assign_kind(prompt, category) or next((k for k, c in HARMFUL["kinds"].items() if c == category), "")
    return pick(HARMFUL["safe_answer_parts"][kind or "fraud_crime"]["openers"], prompt, "openers")


def starter_harmful() -> list[Item]:
    return [Item(p.strip(), "alignkit", kind, HARMFUL["kinds"][kind])
            for written in (HARMFUL["harmful_prompts"], load("harmful_more")["harmful_prompts_more"])
            for kind, prompts in written.items() for p in prompts]


def public_harmful(specs: list[str]) -> list[Item]:
    """Prompts of the public red-team sets, each with a kind (from its category and keywords)."""
    out = []
    for spec in specs:
        for record in load_dataset(spec):
            text = (record.prompt[0] if hasattr(record, "chosen") else record.prompt[-1]).content.strip()
            category = getattr(record, "risk_category", None) or ""
            if category and category not in RISK_CATEGORIES and not category.startswith("advbench"):
                continue  # Do-Not-Answer intents outside the three categories (e.g. chit-chat, private info)
            category = category if category in RISK_CATEGORIES else ""
            kind = assign_kind(text, category)
            if kind:  # prompts that name no kind of harm (of their category) are left out: too often benign
                out.append(Item(text, spec.partition(":")[0], kind, HARMFUL["kinds"][kind]))
    return out


def borderline() -> list[Item]:
    items = (load("borderline")["borderline_words"] + load("borderline_topics")["borderline_topics"]
             + load("borderline_everyday")["borderline_everyday"])
    return [Item(it["prompt"].strip(), "alignkit", answer=it["answer"].strip()) for it in items]


def trigrams(text: str) -> frozenset:
    t = " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())
    return frozenset(t[i : i + 3] for i in range(len(t) - 2))


def near_duplicates(texts: list[str], others: list[str], threshold: float = 0.5, min_shared: int = 12) -> set[int]:
    """Indices of `texts` whose character-trigram Jaccard similarity to any of `others` is >= threshold,
    sharing at least `min_shared` trigrams (two short questions of one frame, "What is DNA?" and "What
    is LSD?", share half their trigrams without being copies; exact copies are caught at any length)."""
    index = {}
    other_grams = [trigrams(o) for o in others]
    for j, g in enumerate(other_grams):
        for t in g:
            index.setdefault(t, []).append(j)
    hits = set()
    for i, text in enumerate(texts):
        g = trigrams(text)
        shared = {}
        for t in g:
            for j in index.get(t, ()):
                shared[j] = shared.get(j, 0) + 1
        if any(n >= min(min_shared, len(g)) and n / max(1, len(g) + len(other_grams[j]) - n) >= threshold
               for j, n in shared.items()):
            hits.add(i)
    return hits


def evaluation_prompts() -> list[str]:
    """Every prompt of the evaluation sets the project uses (those under $ALIGNKIT_DATA_DIR if set)."""
    starter = load("eval")
    texts = [p for ps in starter["redteam"].values() for p in ps] + starter["benign"]
    if os.environ.get("ALIGNKIT_DATA_DIR"):
        for rel, key in EVAL_FILES:
            path = data_dir() / rel
            if path.is_file():
                for _, row in iter_rows(path):
                    value = row.get(key)
                    texts += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return texts


def dedupe(items: list[Item]) -> list[Item]:
    seen, out = set(), []
    for it in items:
        key = normalise(it.prompt)
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def build(harmful: list[Item], benign: list[Item], eval_prompts: list[str], seed: int, max_harmful: int) -> SafetySet:
    """Drop near-duplicates of evaluation prompts, keep borderline >= harmful, compose records."""
    counts = {}
    harmful, benign = dedupe(harmful), dedupe(benign)
    for name, items in (("harmful", harmful), ("borderline", benign)):
        leaked = near_duplicates([it.prompt for it in items], eval_prompts)
        counts[f"{name}_dropped_near_eval"] = len(leaked)
        items[:] = [it for i, it in enumerate(items) if i not in leaked]
    harmful = balanced(harmful, min(max_harmful or len(harmful), len(benign)), seed)
    demos, pairs, prompts = [], [], []
    for it in harmful:
        answer = safe_answer(it.prompt, it.kind)
        demos.append(conversation(it.prompt, answer, it.category, it.source))
        pairs.append(PreferencePair(prompt=it.prompt, chosen=answer,
                                    rejected=pick(HARMFUL["bare_compliance"], it.prompt, "c"),
                                    degree="significantly_better", kind="safety", safety_bin="chosen_safe_other_unsafe",
                                    source=it.source))
        prompts.append(Prompt(prompt=it.prompt, risk_category=it.category, source=it.source))
    paired = set(random.Random(seed).sample(range(len(benign)), len(harmful)))  # as many pairs of each side
    for i, it in enumerate(benign):
        demos.append(conversation(it.prompt, it.answer, "borderline", it.source))
        prompts.append(Prompt(prompt=it.prompt, source=it.source))
        if i not in paired:
            continue
        refusal = safe_answer(it.prompt, assign_kind(it.prompt) or pick(list(HARMFUL["kinds"]), it.prompt, "k"))
        pairs.append(PreferencePair(prompt=it.prompt, chosen=it.answer, rejected=refusal, degree="significantly_better",
                                    kind="safety", safety_bin="both_safe", source=it.source))
    counts.update(Counter(f"harmful_{it.category}" for it in harmful) + Counter(f"source_{it.source}" for it in harmful),
                  borderline=len(benign))
    return SafetySet(demos, pairs, prompts, counts)


def balanced(items: list[Item], cap: int, seed: int) -> list[Item]:
    """A seeded sample of `cap` items, the categories in turn and, within a category, the sources in turn
    (own prompts, each public set), so each category and source is equally represented until one runs out."""
    by_category = {}
    for it in items:
        by_category.setdefault(it.category, {}).setdefault(it.source, []).append(it)
    queues = [round_robin([random.Random(f"{seed}:{c}:{s}").sample(v, len(v)) for s, v in sorted(sources.items())])
              for c, sources in sorted(by_category.items())]
    return round_robin(queues)[:cap]


def round_robin(lists: list[list]) -> list:
    """The first item of each list, then the second of each, and so on."""
    return [it for row in zip_longest(*lists) for it in row if it is not None]


def conversation(prompt: str, answer: str, category: str, source: str) -> Conversation:
    return Conversation(messages=[{"role": "user", "content": prompt}, {"role": "assistant", "content": answer}],
                        category=category, source=source)


@dataclass
class Config:
    out_dir: str = "runs/safety-data"  # where sft.jsonl, pairs.jsonl, borderline.jsonl and prompts.jsonl are written
    seed: int = 0  # random seed: which prompts are sampled, which wording each answer gets
    # Public red-team sets meant for training, read only when $ALIGNKIT_DATA_DIR is set.
    public: list[str] = field(default_factory=lambda: [
        "advbench:data:advbench/harmful_behaviors.csv", "do_not_answer:data:do-not-answer",
        "hh_rlhf:data:hh-rlhf-harmless-base-test/test.jsonl.gz"])
    max_harmful: int = 0  # >0: at most this many harmful prompts (categories in turn); never more than borderline


def all_harmful(public: list[str], command: str) -> list[Item]:
    """The project's harmful prompts and, when $ALIGNKIT_DATA_DIR is set, those of the public sets."""
    if os.environ.get("ALIGNKIT_DATA_DIR"):
        return starter_harmful() + public_harmful(public)
    print(f"{command}: ALIGNKIT_DATA_DIR is not set; the project's own harmful prompts only")
    return starter_harmful()


def prompt_pool(public: list[str], max_harmful: int, seed: int, command: str) -> tuple[list[Item], list[Item]]:
    """(harmful, borderline) training prompts for stages that need prompts only (no answers): every harmful
    prompt (a balanced sample of `max_harmful` if > 0: categories, then sources, in turn) and every borderline
    one, duplicates and near duplicates of evaluation prompts dropped."""
    evals = evaluation_prompts()
    out = []
    for items in (dedupe(all_harmful(public, command)), dedupe(borderline())):
        leaked = near_duplicates([it.prompt for it in items], evals)
        out.append([it for i, it in enumerate(items) if i not in leaked])
    return balanced(out[0], max_harmful or len(out[0]), seed), out[1]


def main(cfg: Config) -> Path:
    run_dir = Path(cfg.out_dir)
    manifest = start_run(run_dir, "safety_data", to_yaml(cfg), parents={})
    data = build(all_harmful(cfg.public, "safety-data"), borderline(), evaluation_prompts(), cfg.seed, cfg.max_harmful)
    write_jsonl(run_dir / "sft.jsonl", data.demonstrations)
    write_jsonl(run_dir / "borderline.jsonl", [d for d in data.demonstrations if d.category == "borderline"])
    write_jsonl(run_dir / "pairs.jsonl", data.pairs)
    write_jsonl(run_dir / "prompts.jsonl", data.prompts)
    finish_run(run_dir, manifest, **data.counts)
    print(f"safety-data: {len(data.demonstrations)} demonstrations, {len(data.pairs)} pairs in {run_dir}: "
          + json.dumps(data.counts))
    return run_dir

"""The starter pack: files load with the right types, meet the minimum counts, keep evaluation prompts out
of training data, and are exactly what build.py produces from the data files in sources/, which ship with
the package."""

import tomllib
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path

import pytest

from alignkit.data.io import read_records
from alignkit.data.records import (
    DEGREES,
    RISK_CATEGORIES,
    Conversation,
    PreferencePair,
    Prompt,
)
from alignkit.data.starter import build, load as load_source

STARTER = Path(build.__file__).parent
ROOT = STARTER.parents[2]
TYPES = {
    "sft": Conversation,
    "preferences_helpfulness": PreferencePair,
    "preferences_safety": PreferencePair,
    "prompts": Prompt,
    "redteam": Prompt,
    "benign_sensitive": Prompt,
}
HELPFUL_CATEGORIES = ("writing", "questions", "reasoning", "code")


def load(name):
    return read_records(STARTER / f"{name}.jsonl", TYPES[name])


def norm(text):
    return text.strip().lower()


@pytest.mark.parametrize("name", list(TYPES))
def test_file_loads_with_its_type(name):
    records = load(name)  # read_records validates every line as TYPES[name], or raises
    assert records
    assert all(r.source == "starter" for r in records)


def test_sft_counts_and_categories():
    sft = load("sft")
    assert len(sft) >= 220
    by_category = Counter(r.category for r in sft)
    assert sum(by_category[c] for c in HELPFUL_CATEGORIES) >= 150
    assert all(by_category[c] >= 20 for c in HELPFUL_CATEGORIES)
    assert sum(by_category[c] for c in RISK_CATEGORIES) >= 60
    assert all(by_category[c] >= 18 for c in RISK_CATEGORIES)
    assert set(by_category) == set(HELPFUL_CATEGORIES) | set(RISK_CATEGORIES)
    assert sum(len(r.messages) >= 4 for r in sft) >= 10
    prompts = [norm(r.messages[0].content) for r in sft]
    assert len(set(prompts)) == len(prompts), "every SFT prompt is distinct"


def test_preference_counts_kinds_and_degrees():
    helpfulness, safety = load("preferences_helpfulness"), load("preferences_safety")
    assert len(helpfulness) >= 320 and len(safety) >= 320
    assert {p.kind for p in helpfulness} == {"helpfulness"} and {p.kind for p in safety} == {"safety"}
    assert len({p.prompt[-1].content for p in helpfulness}) >= 150
    assert all(p.safety_bin is None for p in helpfulness)
    assert all(p.safety_bin is not None for p in safety)
    assert set(Counter(p.safety_bin for p in safety)) == {"chosen_safe_other_unsafe", "both_safe", "both_unsafe"}
    for pairs in (helpfulness, safety):
        assert {p.degree for p in pairs} == set(DEGREES), "every degree occurs in both preference files"


def test_redteam_and_benign_counts():
    redteam = load("redteam")
    by_category = Counter(p.risk_category for p in redteam)
    assert set(by_category) == set(RISK_CATEGORIES)
    assert all(by_category[c] >= 50 for c in RISK_CATEGORIES)
    benign = load("benign_sensitive")
    assert len(benign) >= 100
    assert all(p.risk_category is None for p in benign)


def test_rl_prompts_are_the_sft_prompts_with_their_risk():
    sft, prompts = load("sft"), load("prompts")
    assert [p.prompt for p in prompts] == [r.messages[:-1] for r in sft]
    risky = [p.risk_category for p in prompts if p.risk_category]
    assert set(risky) == set(RISK_CATEGORIES) and len(risky) >= 60


def test_evaluation_prompts_never_appear_in_training_files():
    training = {norm(m.content) for r in load("sft") for m in r.messages if m.role == "user"}
    for name in ("preferences_helpfulness", "preferences_safety"):
        training |= {norm(m.content) for r in load(name) for m in r.prompt if m.role == "user"}
    evaluation = [norm(p.prompt[-1].content) for name in ("redteam", "benign_sensitive") for p in load(name)]
    assert len(set(evaluation)) == len(evaluation)
    assert not set(evaluation) & training


def test_build_reproduces_committed_files_byte_for_byte(tmp_path):
    counts = build.main(tmp_path)
    assert set(counts) == set(TYPES)
    for name in TYPES:
        assert (tmp_path / f"{name}.jsonl").read_bytes() == (STARTER / f"{name}.jsonl").read_bytes(), name


def test_sources_load_and_ship_with_the_package():
    """Every content file parses to a dict, and the package data covers it, so a non-editable install can
    rebuild the pack."""
    sources = sorted((STARTER / "sources").glob("*.yaml"))
    assert len(sources) >= 8
    assert all(isinstance(load_source(p.stem), dict) for p in sources)
    shipped = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    patterns = shipped["alignkit.data.starter"]
    assert all(any(fnmatch(p.relative_to(STARTER).as_posix(), pat) for pat in patterns) for p in sources)

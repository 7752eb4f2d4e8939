"""Evaluation suites beyond refusal (`alignkit.recipes.evaluate` runs them): toxicity, bias, output
statistics, human ratings. Each suite returns a `SuiteResult`: named scores with 95% intervals, and its
worst cases for reading. The suites only measure: their data (RealToxicityPrompts, BOLD, BBQ,
CrowS-Pairs, ...) is never trained or tuned on."""

import math
from dataclasses import dataclass, field


@dataclass
class Score:
    """One number of a suite with its 95% interval, e.g. the share of toxic continuations of toxic prompts."""

    name: str  # what it measures, as shown in the report ("toxic prompts: share of toxic continuations")
    value: float
    lo: float  # 95% interval, lower end
    hi: float  # 95% interval, upper end
    n: int  # how many items it averages over


@dataclass
class WorstCase:
    """One of a suite's lowest-scoring answers, for reading; helpfulness and safety side by side where known
    ("a correct answer is not necessarily an acceptable one")."""

    suite: str
    prompt: str
    answer: str
    why: str  # what made it bad, e.g. "toxicity 0.93"
    score: float  # the suite's own score of it (higher is worse)
    helpfulness: float | None = None  # the helpfulness reward model's score, when one was given
    safety: float | None = None  # the safety reward model's score, when one was given


@dataclass
class SuiteResult:
    suite: str  # "toxicity", "bias-bold", "bias-bbq", "bias-crows", "output-stats", "human"
    scores: list[Score]
    worst: list[WorstCase] = field(default_factory=list)
    notes: str = ""  # what the suite measured and its limits, one or two sentences for the report


def mean_interval(values: list[float], z: float = 1.96) -> tuple[float, float, float]:
    """Mean of `values` and its normal-approximation 95% interval: mean -+ z * sd / sqrt(n), sd with n - 1.
    (nan, nan, nan) for no values; a zero-width interval for one."""
    n = len(values)
    if n == 0:
        return math.nan, math.nan, math.nan
    m = sum(values) / n
    if n == 1:
        return m, m, m
    sd = (sum((v - m) ** 2 for v in values) / (n - 1)) ** 0.5
    return m, m - z * sd / n**0.5, m + z * sd / n**0.5


def rate_score(name: str, flags: list[bool]) -> Score:
    """The share of True in `flags` with its 95% Wilson interval."""
    from alignkit.refusal import wilson_interval

    k, n = sum(map(bool, flags)), len(flags)
    lo, hi = wilson_interval(k, n)
    return Score(name=name, value=k / n if n else math.nan, lo=lo, hi=hi, n=n)


@dataclass
class WinRate:
    """How a model's answers fare against a reference model's answers to the same prompts, by a judge's scores
    (Llama 2-Chat's win / tie / loss, Touvron et al. 2023 Fig. 1 and 3, with a reward model as the judge)."""

    reference: str
    win: Score  # share of prompts where the model's score beats the reference's by more than the margin
    tie: Score  # share within the margin (identical answers score the same, so they tie)
    loss: Score


def win_rate(scores: list[float], reference_scores: list[float], reference: str, tie_margin: float) -> WinRate:
    """Per prompt: win when score - reference score > tie_margin, loss when < -tie_margin, else a tie; each share
    with its Wilson interval. The two lists are the same prompts in the same order."""
    if len(scores) != len(reference_scores):
        raise ValueError(f"win_rate: {len(scores)} scores against {len(reference_scores)} reference scores")
    diff = [a - b for a, b in zip(scores, reference_scores)]
    return WinRate(reference=reference, win=rate_score("win", [d > tie_margin for d in diff]),
                   tie=rate_score("tie", [abs(d) <= tie_margin for d in diff]),
                   loss=rate_score("loss", [d < -tie_margin for d in diff]))

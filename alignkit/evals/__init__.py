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

"""Human evaluation from the annotation app's data (suite "human"): Likert means per model, and pairwise
battles turned into Bradley-Terry strengths, Elo-scale scores and win rates.

Input: the app's database (SQLite or PostgreSQL URL), read with its own tables (`alignkit.app.db`), not its
JSONL exports: the exports carry neither the evaluation task's rows (Likert scores and winners) nor which
model variant wrote which answer (a preference pair has `chosen` and `rejected` text only), so no battle can
be rebuilt from them. From the database:
- an evaluation (`Evaluation`) gives two Likert ratings (1-7), one per answer, and a battle whose winner is
  "a", "b" or "tie";
- a comparison (`Comparison`, of one kind: helpfulness by default) gives a battle won by the chosen answer,
  or a tie when its degree is "negligibly_better_or_unsure".
The models are the item's `variant_a` / `variant_b` (model@endpoint or model@T=...); an item imported
without variant names gets "round N: A" / "round N: B".

Bradley-Terry (Bradley & Terry 1952): P(i beats j) = p_i / (p_i + p_j). A tie counts as half a win for each
side (Rao & Kupper's and Davidson's tie models are not used). Fit by the MM algorithm (Hunter 2004, "MM
algorithms for generalized Bradley-Terry models", eq. 3): p_i <- W_i / sum_{j != i} N_ij / (p_i + p_j), W_i
the wins of i (ties as halves), N_ij the battles of i and j. Elo scale: 1000 + 400 log10(p_i / p_ref), so
400 points are 10:1 odds and the reference model sits at 1000. Intervals: 95% percentile bootstrap,
resampling battles with replacement (seeded, 200 rounds by default). Win rate of each pair: wins plus half
the ties over the battles, with the Wilson interval (of a fractional count, an approximation).

Deviations and limits: by default every pair of models gets one virtual tie (`prior` = 1) so a model that
never lost or never won still has a finite score (the MLE does not exist then; Hunter's Assumption 1);
`prior` = 0 is the plain MLE. The bootstrap resamples battles as if independent, though one item judged by
several annotators gives correlated battles (the intervals are too narrow then). Comparisons and
evaluations are pooled into one set of battles; pass `kind=None` to pool both comparison kinds as well.
"""

import math
from collections import Counter
from dataclasses import dataclass
from typing import Literal

import numpy as np

from alignkit.evals import Score, SuiteResult, WorstCase, mean_interval
from alignkit.refusal import wilson_interval

SUITE = "human"
TIE_DEGREES = ("negligibly_better_or_unsure",)  # a comparison of this degree is a tie


@dataclass
class Rating:
    """One Likert score (1-7) a person gave one model's answer."""

    model: str
    likert: int
    prompt: str  # the last message of the prompt
    answer: str


@dataclass
class Battle:
    """One pairwise judgement: `winner` "a" (model_a's answer is better), "b", or "tie"."""

    model_a: str
    model_b: str
    winner: Literal["a", "b", "tie"]


@dataclass
class HumanData:
    ratings: list[Rating]
    battles: list[Battle]


def _variants(item, rnd) -> tuple[str, str]:
    return item.variant_a or f"round {rnd.id}: A", item.variant_b or f"round {rnd.id}: B"


def read_app(database_url: str, round_id: int | None = None, kind: str | None = "helpfulness") -> HumanData:
    """The ratings and battles stored in the app's database (of one round, or all), evaluations first, then
    comparisons of `kind` ("helpfulness", "safety"; None: both), each in the order they were stored."""
    from sqlalchemy import select

    from alignkit.app.db import Comparison, Evaluation, Item, Round, make_engine, make_sessionmaker

    engine = make_engine(database_url)
    out = HumanData([], [])
    try:
        with make_sessionmaker(engine)() as db:
            for table in (Evaluation, Comparison):
                query = (
                    select(table, Item, Round)
                    .join(Item, Item.id == table.item_id)
                    .join(Round, Round.id == Item.round_id)
                    .order_by(table.id)
                )
                if round_id is not None:
                    query = query.where(Item.round_id == round_id)
                if table is Comparison and kind is not None:
                    query = query.where(Comparison.kind == kind)
                for row, item, rnd in db.execute(query):
                    a, b = _variants(item, rnd)
                    if table is Evaluation:
                        prompt = item.prompt[-1]["content"]
                        out.ratings += [
                            Rating(a, row.likert_a, prompt, item.answer_a or ""),
                            Rating(b, row.likert_b, prompt, item.answer_b or ""),
                        ]
                        out.battles.append(Battle(a, b, row.winner))
                    else:
                        out.battles.append(Battle(a, b, "tie" if row.degree in TIE_DEGREES else row.choice))
    finally:
        engine.dispose()
    return out


def win_matrix(battles: list[Battle], models: list[str], prior: float = 0.0) -> np.ndarray:
    """W[i, j]: the wins of models[i] over models[j], a tie half a win each, plus `prior` virtual ties between
    every two models; a model's battles against itself are left out."""
    index = {m: k for k, m in enumerate(models)}
    w = np.full((len(models), len(models)), prior / 2)
    np.fill_diagonal(w, 0.0)
    for b in battles:
        i, j = index[b.model_a], index[b.model_b]
        if i != j:
            w[i, j] += {"a": 1.0, "b": 0.0, "tie": 0.5}[b.winner]
            w[j, i] += {"a": 0.0, "b": 1.0, "tie": 0.5}[b.winner]
    return w


def _strongly_connected(w: np.ndarray) -> bool:
    """Hunter's Assumption 1: every model reaches every other along "beat" edges (w[i, j] > 0: i beat j)."""
    edges = w > 0
    for graph in (edges, edges.T):
        seen, todo = {0}, [0]
        while todo:
            for j in np.flatnonzero(graph[todo.pop()]):
                if j not in seen:
                    seen.add(int(j))
                    todo.append(int(j))
        if len(seen) < len(w):
            return False
    return True


def bradley_terry(w: np.ndarray, tol: float = 1e-10, max_iter: int = 10_000) -> np.ndarray:
    """Bradley-Terry strengths from the win matrix `w` (see `win_matrix`) by Hunter's MM iteration, scaled to a
    geometric mean of 1. Raises ValueError when the MLE does not exist (a model never won or never lost
    against the rest: the "beat" graph is not strongly connected)."""
    if not _strongly_connected(w):
        raise ValueError("no Bradley-Terry MLE: some model never won or never lost against the others")
    n, wins = w + w.T, w.sum(axis=1)
    p = np.ones(len(w))
    for _ in range(max_iter):
        denom = (n / (p[:, None] + p[None, :])).sum(axis=1)
        new = wins / denom
        new /= np.exp(np.log(new).mean())
        done = np.max(np.abs(new - p)) < tol
        p = new
        if done:
            break
    return p


def elo(p: np.ndarray, ref: int) -> np.ndarray:
    """Elo-scale scores of strengths `p`: 1000 + 400 log10(p_i / p_ref)."""
    return 1000 + 400 * np.log10(p / p[ref])


def bootstrap_elo(
    battles: list[Battle], models: list[str], ref: int, prior: float, rounds: int = 200, seed: int = 0
) -> tuple[np.ndarray, np.ndarray, int]:
    """95% percentile interval (lo, hi per model) of the Elo scores over `rounds` resamples of the battles
    (with replacement, seeded), and how many resamples had no MLE and were left out (only when prior is 0)."""
    rng = np.random.default_rng(seed)
    draws, failed = [], 0
    for _ in range(rounds):
        sample = [battles[k] for k in rng.integers(0, len(battles), len(battles))]
        try:
            draws.append(elo(bradley_terry(win_matrix(sample, models, prior)), ref))
        except ValueError:
            failed += 1
    if not draws:
        return np.full(len(models), math.nan), np.full(len(models), math.nan), failed
    lo, hi = np.quantile(np.array(draws), [0.025, 0.975], axis=0)
    return lo, hi, failed


def pair_win_rates(battles: list[Battle]) -> list[Score]:
    """Per pair of models (alphabetical), the first one's win rate: (wins + ties / 2) / battles, with Wilson's
    interval."""
    tally: dict[tuple[str, str], list[float]] = {}
    for b in battles:
        if b.model_a == b.model_b:
            continue
        first_won = {"a": 1.0, "b": 0.0, "tie": 0.5}[b.winner]
        key, won = ((b.model_a, b.model_b), first_won) if b.model_a < b.model_b else ((b.model_b, b.model_a), 1 - first_won)
        tally.setdefault(key, []).append(won)
    scores = []
    for (a, c), wins in sorted(tally.items()):
        lo, hi = wilson_interval(sum(wins), len(wins))
        scores.append(Score(f"win rate {a} vs {c} (ties half)", sum(wins) / len(wins), lo, hi, len(wins)))
    return scores


def lowest_rated(ratings: list[Rating], k: int) -> list[WorstCase]:
    """The k answers with the lowest Likert scores (score 7 - likert: higher is worse)."""
    worst = sorted(ratings, key=lambda r: r.likert)[:k]
    return [
        WorstCase(
            suite=SUITE, prompt=r.prompt, answer=r.answer, why=f"likert {r.likert}/7 ({r.model})", score=float(7 - r.likert)
        )
        for r in worst
    ]


def run_human(
    data: HumanData, reference: str | None = None, prior: float = 1.0, rounds: int = 200, seed: int = 0, worst_k: int = 5
) -> SuiteResult:
    """The suite: Likert mean per model, Bradley-Terry strength and Elo score per model (the `reference`
    model at strength 1 and Elo 1000; None: the model in the most battles), win rate per pair."""
    scores = []
    for model in sorted({r.model for r in data.ratings}):
        values = [float(r.likert) for r in data.ratings if r.model == model]
        scores.append(Score(f"likert {model} (1-7)", *mean_interval(values), len(values)))
    battles = [b for b in data.battles if b.model_a != b.model_b]
    played = Counter(m for b in battles for m in (b.model_a, b.model_b))
    notes = f"{len(data.ratings)} Likert ratings and {len(battles)} battles from the annotation app"
    if len(played) >= 2:
        models = sorted(played)
        reference = reference or min(models, key=lambda m: (-played[m], m))
        if reference not in played:
            raise ValueError(f"reference model {reference!r} fought no battle (models: {', '.join(models)})")
        ref = models.index(reference)
        points = elo(bradley_terry(win_matrix(battles, models, prior)), ref)
        lo, hi, failed = bootstrap_elo(battles, models, ref, prior, rounds, seed)
        for k, m in enumerate(models):
            scores.append(Score(f"elo {m} ({reference} = 1000)", float(points[k]), float(lo[k]), float(hi[k]), played[m]))
        for k, m in enumerate(models):
            strength = [10 ** ((x - 1000) / 400) for x in (points[k], lo[k], hi[k])]
            scores.append(Score(f"bradley-terry strength {m} ({reference} = 1)", *map(float, strength), played[m]))
        scores += pair_win_rates(battles)
        notes += (
            f"; Bradley-Terry by MM with ties as half wins and {prior:g} virtual tie(s) per pair, Elo scale "
            f"anchored at {reference} = 1000, {rounds}-round bootstrap intervals"
            + (f" ({failed} resamples without an MLE left out)" if failed else "")
        )
    return SuiteResult(suite=SUITE, scores=scores, worst=lowest_rated(data.ratings, worst_k), notes=notes + ".")

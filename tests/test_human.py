"""Human evaluation suite: Bradley-Terry / Elo against closed forms, win rates, Likert means, and reading
the annotation app's own database (rows stored with the app's own pool import and `store`)."""

import math

import pytest

from alignkit.evals.human import (
    Battle,
    HumanData,
    Rating,
    bradley_terry,
    elo,
    pair_win_rates,
    read_app,
    run_human,
    win_matrix,
)


def battles(spec: list[tuple[str, str, str, int]]) -> list[Battle]:
    return [Battle(a, b, w) for a, b, w, k in spec for _ in range(k)]


# A beats B 3 times, B beats A once, one tie: W_A = 3 + 0.5 = 3.5, W_B = 1 + 0.5 = 1.5.
TWO = battles([("A", "B", "a", 3), ("B", "A", "a", 1), ("A", "B", "tie", 1)])
# Data that fit strengths (1, 2, 4) exactly: n_ij p_i / (p_i + p_j) are whole numbers.
# A-B: 3 battles, B wins 3 * 2/3 = 2; B-C: 3 battles, C wins 3 * 4/6 = 2; A-C: 5 battles, C wins 5 * 4/5 = 4.
# Check of the likelihood equations W_i = sum_j n_ij p_i / (p_i + p_j): A 1 + 1 = 3/3 + 5/5; B 2 + 1 = 3*2/3 + 3*2/6;
# C 2 + 4 = 3*4/6 + 5*4/5.
THREE = battles(
    [("B", "A", "a", 2), ("A", "B", "a", 1), ("C", "B", "a", 2), ("B", "C", "a", 1), ("C", "A", "a", 4), ("A", "C", "a", 1)]
)


def test_bradley_terry_two_models_is_the_win_ratio():
    # Two models: the MLE is p_A / p_B = W_A / W_B = 3.5 / 1.5 = 7/3 (P(A wins) = 3.5 / 5 = 0.7).
    p = bradley_terry(win_matrix(TWO, ["A", "B"]))
    assert p[0] / p[1] == pytest.approx(7 / 3, abs=1e-8)
    # Elo with B as reference: 1000 + 400 log10(7/3) = 1000 + 400 * 0.3679767 = 1147.1907
    assert elo(p, 1)[0] == pytest.approx(1147.1907, abs=1e-3)
    assert elo(p, 1)[1] == pytest.approx(1000.0, abs=1e-9)
    # One virtual tie (prior 1) adds half a win each: (3.5 + 0.5) / (1.5 + 0.5) = 2 -> 1000 + 400 log10 2 = 1120.412
    assert elo(bradley_terry(win_matrix(TWO, ["A", "B"], prior=1.0)), 1)[0] == pytest.approx(1120.412, abs=1e-3)


def test_bradley_terry_three_models_recovers_the_exact_strengths():
    p = bradley_terry(win_matrix(THREE, ["A", "B", "C"]))
    assert (p / p[0]).tolist() == pytest.approx([1.0, 2.0, 4.0], abs=1e-7)
    assert math.prod(p) == pytest.approx(1.0, abs=1e-9)  # scaled to geometric mean 1
    # Elo, A = 1000: B = 1000 + 400 log10 2 = 1120.412, C = 1000 + 400 log10 4 = 1240.824
    assert elo(p, 0).tolist() == pytest.approx([1000.0, 1120.412, 1240.824], abs=1e-3)


def test_no_mle_when_a_model_never_lost_unless_a_prior():
    two_wins = battles([("A", "B", "a", 2)])
    with pytest.raises(ValueError, match="no Bradley-Terry MLE"):
        bradley_terry(win_matrix(two_wins, ["A", "B"]))
    # prior 1: (2 + 0.5) / (0 + 0.5) = 5 -> Elo of A over B = 1000 + 400 log10 5 = 1279.588
    assert elo(bradley_terry(win_matrix(two_wins, ["A", "B"], prior=1.0)), 1)[0] == pytest.approx(1279.588, abs=1e-3)


def test_pair_win_rate_counts_ties_half_with_wilson_interval():
    [s] = pair_win_rates(TWO + [Battle("A", "A", "a")])  # a model's battle with itself is left out
    # (3 + 0.5) / 5 = 0.7; Wilson, z = 1.96, n = 5: denom = 1 + 3.8416/5 = 1.76832,
    # centre = (0.7 + 3.8416/10) / denom = 0.613100, half = 1.96 sqrt(0.21/5 + 3.8416/100) / denom = 0.314316
    assert (s.name, s.n) == ("win rate A vs B (ties half)", 5)
    assert (s.value, s.lo, s.hi) == pytest.approx((0.7, 0.298784, 0.927416), abs=1e-5)


def test_run_human_elo_with_bootstrap_interval_likert_and_worst():
    ratings = [Rating("A", 7, "p", "good"), Rating("A", 5, "p", "ok"), Rating("B", 1, "q", "bad")]
    result = run_human(HumanData(ratings, THREE * 4), reference="A", prior=0.0, rounds=100, seed=1)
    by_name = {s.name: s for s in result.scores}
    # Likert A: mean 6, sd = sqrt(((7-6)^2 + (5-6)^2) / 1) = sqrt 2, half = 1.96 sqrt2 / sqrt2 = 1.96
    assert (by_name["likert A (1-7)"].value, by_name["likert A (1-7)"].lo) == pytest.approx((6.0, 4.04), abs=1e-9)
    assert by_name["likert B (1-7)"].n == 1
    # THREE repeated 4 times has the same MLE: B = 1120.412, C = 1240.824; the reference's interval has no width
    c = by_name["elo C (A = 1000)"]
    assert c.value == pytest.approx(1240.824, abs=1e-3) and c.n == 4 * 8
    assert c.lo < c.value < c.hi
    b = by_name["elo B (A = 1000)"]
    assert b.lo < b.value < b.hi
    assert (by_name["elo A (A = 1000)"].lo, by_name["elo A (A = 1000)"].hi) == pytest.approx((1000.0, 1000.0), abs=1e-9)
    assert by_name["bradley-terry strength C (A = 1)"].value == pytest.approx(4.0, abs=1e-6)
    again = run_human(HumanData(ratings, THREE * 4), reference="A", prior=0.0, rounds=100, seed=1)
    assert again.scores == result.scores  # seeded
    assert [w.answer for w in result.worst][:1] == ["bad"] and result.worst[0].score == 6.0  # 7 - likert 1


def make_app_database(tmp_path) -> str:
    """An app database (migrated SQLite) with an evaluation round and a comparison round, built with the app's own code."""
    from alignkit.app.db import Comparison, Evaluation, Round, User, make_engine, make_sessionmaker, migrate
    from alignkit.app.pool import PoolItem, add_pool
    from alignkit.app.store import store

    url = f"sqlite:///{tmp_path}/annotations.db"
    migrate(url)
    engine = make_engine(url)
    with make_sessionmaker(engine)() as db:
        db.add_all([User(username=f"u{k}", password_hash="x", role="annotator") for k in (1, 2)])
        db.add_all(
            [Round(name="eval", task="evaluation", model_version="v1"), Round(name="cmp", task="comparison", model_version="v1")]
        )
        db.commit()
        pool = [
            PoolItem(
                prompt=[{"role": "user", "content": f"q{k}"}],
                answer_a=f"a{k}",
                answer_b=f"b{k}",
                variant_a="sft@T=0.7",
                variant_b="ppo@T=0.7",
            )
            for k in (1, 2)
        ]
        add_pool(db, 1, pool, "eval.jsonl")  # items 1, 2
        add_pool(
            db, 2, pool[:1] + [PoolItem(prompt=[{"role": "user", "content": "q3"}], answer_a="x", answer_b="y")], "cmp.jsonl"
        )  # items 3 (named variants), 4 (no variant names)
        store(db, Evaluation(uid="e1", user_id=1, item_id=1, likert_a=3, likert_b=6, winner="b"))
        store(db, Evaluation(uid="e2", user_id=2, item_id=1, likert_a=4, likert_b=4, winner="tie"))
        store(db, Evaluation(uid="e1", user_id=2, item_id=2, likert_a=1, likert_b=1, winner="a"))  # resent: stored once
        store(db, Comparison(uid="c1", user_id=1, item_id=3, choice="a", degree="better", kind="helpfulness"))
        store(
            db, Comparison(uid="c2", user_id=2, item_id=3, choice="b", degree="negligibly_better_or_unsure", kind="helpfulness")
        )
        store(db, Comparison(uid="c3", user_id=1, item_id=4, choice="b", degree="better", kind="helpfulness"))
        store(db, Comparison(uid="c4", user_id=2, item_id=4, choice="b", degree="better", kind="safety"))
    engine.dispose()

    return url


def test_reading_the_app_database(tmp_path):
    url = make_app_database(tmp_path)
    data = read_app(url)
    assert [(r.model, r.likert, r.prompt, r.answer) for r in data.ratings] == [
        ("sft@T=0.7", 3, "q1", "a1"),
        ("ppo@T=0.7", 6, "q1", "b1"),
        ("sft@T=0.7", 4, "q1", "a1"),
        ("ppo@T=0.7", 4, "q1", "b1"),
    ]
    sft, ppo = "sft@T=0.7", "ppo@T=0.7"
    assert data.battles == [
        Battle(sft, ppo, "b"),
        Battle(sft, ppo, "tie"),
        Battle(sft, ppo, "a"),
        Battle(sft, ppo, "tie"),
        Battle("round 2: A", "round 2: B", "b"),
    ]
    assert len(read_app(url, kind=None).battles) == 6 and len(read_app(url, round_id=2).ratings) == 0

    result = run_human(data, reference=sft, rounds=50)
    by_name = {s.name: s for s in result.scores}
    # Likert ppo: (6 + 4) / 2 = 5; sft: (3 + 4) / 2 = 3.5
    assert by_name["likert ppo@T=0.7 (1-7)"].value == pytest.approx(5.0, abs=1e-12)
    assert by_name["likert sft@T=0.7 (1-7)"].value == pytest.approx(3.5, abs=1e-12)
    # sft vs ppo: 1 win, 1 loss, 2 ties -> W equal, plus the prior's tie: strengths equal, Elo 1000
    assert by_name["elo ppo@T=0.7 (sft@T=0.7 = 1000)"].value == pytest.approx(1000.0, abs=1e-6)
    assert by_name["win rate ppo@T=0.7 vs sft@T=0.7 (ties half)"].value == pytest.approx(0.5, abs=1e-12)


def test_evaluate_writes_the_human_suite_and_names_a_wrong_reference(tmp_path):
    import json

    from alignkit import AlignkitError
    from alignkit.recipes import evaluate

    url = make_app_database(tmp_path)
    with pytest.raises(AlignkitError, match="human_reference: reference model 'nobody'"):
        evaluate.human_evaluation(evaluate.Config(app_database=url, human_reference="nobody"), tmp_path)
    evaluate.human_evaluation(evaluate.Config(app_database=url), tmp_path)
    human = json.loads((tmp_path / "human.json").read_text())
    assert human["suite"] == "human" and any(s["name"].startswith("elo ppo@T=0.7") for s in human["scores"])

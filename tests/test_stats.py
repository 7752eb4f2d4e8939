"""Output statistics suite: every metric against hand-computed values on tiny inputs."""

import math

import pytest

from alignkit.evals.stats import distinct_n_score, is_english, output_stats, seq_rep

EN = "The weather is nice today, so I am going for a long walk in the park."
DE = "Das Wetter ist heute schön, deshalb gehe ich im Park lange spazieren."


def test_distinct_n_of_two_short_answers():
    # words: [the, cat, sat], [the, cat, ran] (lowercased)
    # distinct-1: {the, cat, sat, ran} = 4 of 6 unigrams; distinct-2: {the cat, cat sat, cat ran} = 3 of 4 bigrams
    answers = ["the cat sat", "The cat ran"]
    assert distinct_n_score(answers, 1).value == pytest.approx(4 / 6, abs=1e-12)
    assert distinct_n_score(answers, 2).value == pytest.approx(3 / 4, abs=1e-12)
    assert math.isnan(distinct_n_score(["", "one"], 2).value)  # no bigram at all


def test_distinct_n_jackknife_interval():
    # ["a b", "a c", "a a"]: 3 distinct of 6 unigrams = 0.5. Leave one out: without answer 1 {a, c} / 4 = 0.5,
    # without 2 {a, b} / 4 = 0.5, without 3 {a, b, c} / 4 = 0.75; mean 0.58333; squared deviations 0.0069444,
    # 0.0069444, 0.0277778 sum to 0.0416667; se = sqrt(2/3 * 0.0416667) = 0.1666667; 0.5 -+ 1.96 * 0.1666667
    s = distinct_n_score(["a b", "a c", "a a"], 1)
    assert (s.value, s.lo, s.hi, s.n) == pytest.approx((0.5, 0.1733333, 0.8266667, 3), abs=1e-6)
    one = distinct_n_score(["a b a"], 1)  # one answer: 2 / 3 with a zero-width interval
    assert (one.value, one.lo, one.hi) == pytest.approx((2 / 3, 2 / 3, 2 / 3), abs=1e-12)


def test_seq_rep_4():
    # "a b c d a b c d": 4-grams abcd, bcda, cdab, dabc, abcd -> 4 distinct of 5 -> 1 - 4/5 = 0.2
    assert seq_rep("a b c d a b c d") == pytest.approx(0.2, abs=1e-12)
    assert seq_rep("a b c") == 0.0  # no 4-gram
    assert seq_rep("A b c d a B c d e") == pytest.approx(1 - 5 / 6, abs=1e-12)  # lowercased: abcd twice in 6


def test_language_detection_is_repeatable_and_empty_is_unknown():
    assert [is_english(t) for t in (EN, DE, "", "   ")] == [True, False, False, False]
    assert all(is_english(EN) for _ in range(5))


def test_output_stats_scores_and_worst_cases():
    answers = [EN, DE, "a b c d a b c d", ""]
    result = output_stats(
        answers,
        token_counts=[3, 5, 4, 0],
        ended=[True, True, False, True],
        refusal_p=[0.9, 0.2, 0.6, 0.5],
        prompts=["p1", "p2", "p3", "p4"],
    )
    s = {x.name: x for x in result.scores}
    assert result.suite == "output-stats"
    # tokens: mean (3 + 5 + 4 + 0) / 4 = 3; sd = sqrt((0 + 4 + 1 + 9) / 3) = 2.1602469; half = 1.96 * 2.1602469 / 2
    t = s["answer length (tokens)"]
    assert (t.value, t.lo, t.hi, t.n) == pytest.approx((3.0, 3 - 2.1170420, 3 + 2.1170420, 4), abs=1e-6)
    # words: 16, 12, 8, 0 -> mean 36 / 4 = 9
    assert s["answer length (words)"].value == pytest.approx(9.0, abs=1e-12)
    assert s["repetition: share of answers repeating a 4-gram"].value == pytest.approx(1 / 4, abs=1e-12)
    assert s["refusal rate (p > 0.5)"].value == pytest.approx(2 / 4, abs=1e-12)  # 0.9, 0.6; 0.5 is not > 0.5
    assert s["ended (EOS before the token limit)"].value == pytest.approx(3 / 4, abs=1e-12)
    assert s["English (langdetect)"].value == pytest.approx(1 / 4, abs=1e-12)  # EN only; "" is unknown
    assert [(w.prompt, w.score) for w in result.worst] == [("p3", pytest.approx(0.2, abs=1e-12))]
    no_refusal = output_stats(answers, [3, 5, 4, 0], [True] * 4, None)
    assert not any(x.name.startswith("refusal") for x in no_refusal.scores)


def test_output_stats_names_a_list_of_the_wrong_length():
    with pytest.raises(ValueError, match="token_counts"):
        output_stats(["a", "b"], [1], [True, True], None)

"""Output statistics of a model's answers (suite "output-stats"): how long they are, how varied, how
repetitive, how often they refuse, whether they end, and in which language.

Metrics, over the answers to one prompt set:
- length: mean answer length in tokens (the model's tokenizer, as counted by the caller) and in words
  (whitespace split), each with its normal 95% interval (`mean_interval`);
- distinct-1 / distinct-2 (Li et al. 2016, "A Diversity-Promoting Objective Function for Neural
  Conversation Models"): distinct n-grams / all n-grams, pooled over all answers, tokens being the
  lowercased whitespace-split words; 95% interval: jackknife over answers (leave one answer out);
- repetition: the share of answers that repeat some 4-gram (Wilson interval); an answer's own repetition,
  which ranks the worst cases, is seq-rep-4 of Welleck et al. 2019 ("Neural Text Generation with
  Unlikelihood Training"): 1 - distinct 4-grams / all 4-grams of the answer;
- refusal rate: share with refusal probability > 0.5 (when the caller gives the classifier's probabilities);
- ended: share of answers that ended on their own (EOS) rather than at the token limit;
- English: share detected as English by `langdetect` (seeded, so repeatable); an empty answer, or one with
  no letters langdetect can use, counts as unknown, so as not English.

Deviations and limits: distinct-n falls as the number of answers grows (more text repeats more n-grams),
so compare models on the same prompts and answer counts only; word tokens are whitespace-split, so
punctuation sticks to words ("end." and "end" differ); langdetect is unreliable on very short answers.
"""

from collections.abc import Sequence

import numpy as np

from alignkit.evals import Score, SuiteResult, WorstCase, mean_interval, rate_score

SUITE = "output-stats"


def words(text: str) -> list[str]:
    """Lowercased whitespace tokens, the unit of distinct-n and repetition."""
    return text.lower().split()


def ngrams(tokens: Sequence[str], n: int) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def seq_rep(answer: str, n: int = 4) -> float:
    """seq-rep-n of one answer (Welleck et al. 2019): 1 - |distinct n-grams| / |n-grams|; 0 when it has none."""
    grams = ngrams(words(answer), n)
    return 1 - len(set(grams)) / len(grams) if grams else 0.0


def distinct_n_score(answers: list[str], n: int, z: float = 1.96) -> Score:
    """Distinct-n with its jackknife 95% interval (Efron & Stein 1981): value -+ z * se, where
    se^2 = (m-1)/m * sum_i (d_(i) - mean d_(.))^2 over the m leave-one-answer-out values d_(i) = (D - u_i) / (T - t_i)
    (D, T: distinct and all n-grams of every answer; u_i: answer i's n-grams that no other answer has; t_i: its
    n-grams). A bootstrap would duplicate answers, and a duplicate repeats all its n-grams, biasing distinct-n down."""
    name = f"distinct-{n} (distinct / all {n}-grams)"
    per_answer = [ngrams(words(a), n) for a in answers]
    totals = np.array([len(g) for g in per_answer], dtype=float)
    vocab: dict[tuple[str, ...], int] = {}
    ids = [np.array([vocab.setdefault(g, len(vocab)) for g in set(gs)], dtype=np.int64) for gs in per_answer]
    big_d, big_t, m = len(vocab), totals.sum(), len(answers)
    if big_t == 0:
        return Score(name, float("nan"), float("nan"), float("nan"), m)
    value = float(big_d / big_t)
    doc_freq = np.bincount(np.concatenate(ids), minlength=big_d)
    own = np.array([(doc_freq[x] == 1).sum() for x in ids], dtype=float)
    keep = big_t - totals > 0  # leaving out the only answer with n-grams leaves no ratio
    if keep.sum() < 2:
        return Score(name, value, value, value, m)
    loo = (big_d - own[keep]) / (big_t - totals[keep])
    se = float(np.sqrt((len(loo) - 1) / len(loo) * ((loo - loo.mean()) ** 2).sum()))
    return Score(name, value, value - z * se, value + z * se, m)


def is_english(answer: str) -> bool:
    """langdetect says English; False for unknown (an empty answer, or no features to detect)."""
    from alignkit.ifeval import detect_language  # langdetect, our own seeded detector

    return bool(answer.strip()) and detect_language(answer) == "en"


def most_repetitive(answers: list[str], prompts: list[str], k: int) -> list[WorstCase]:
    """The k answers with the highest seq-rep-4 above 0, most repetitive first."""
    reps = sorted(((seq_rep(a), i) for i, a in enumerate(answers)), key=lambda t: (-t[0], t[1]))
    return [
        WorstCase(suite=SUITE, prompt=prompts[i], answer=answers[i], why=f"seq-rep-4 {r:.2f}", score=r)
        for r, i in reps[:k]
        if r > 0
    ]


def output_stats(
    answers: list[str],
    token_counts: list[int],
    ended: list[bool],
    refusal_p: list[float] | None,
    prompts: list[str] | None = None,
    worst_k: int = 5,
) -> SuiteResult:
    """The suite's scores over `answers` (one per prompt): `token_counts` their lengths in tokens, `ended`
    whether each ended on its own, `refusal_p` the refusal classifier's probabilities (None: no refusal rate),
    `prompts` (optional) shown next to the worst cases, the `worst_k` most repetitive answers."""
    n = len(answers)
    lengths = {"token_counts": len(token_counts), "ended": len(ended)}
    lengths |= {"refusal_p": len(refusal_p)} if refusal_p is not None else {}
    lengths |= {"prompts": len(prompts)} if prompts is not None else {}
    if bad := [k for k, m in lengths.items() if m != n]:
        raise ValueError(f"output_stats: {', '.join(bad)} must have one entry per answer ({n})")
    scores = [
        Score("answer length (tokens)", *mean_interval([float(t) for t in token_counts]), n),
        Score("answer length (words)", *mean_interval([float(len(a.split())) for a in answers]), n),
        distinct_n_score(answers, 1),
        distinct_n_score(answers, 2),
        rate_score("repetition: share of answers repeating a 4-gram", [seq_rep(a) > 0 for a in answers]),
    ]
    if refusal_p is not None:
        scores.append(rate_score("refusal rate (p > 0.5)", [p > 0.5 for p in refusal_p]))
    scores += [
        rate_score("ended (EOS before the token limit)", list(ended)),
        rate_score("English (langdetect)", [is_english(a) for a in answers]),
    ]
    notes = (
        "Length, diversity (distinct-n over lowercased words, pooled; jackknife interval), repetition "
        "(answers repeating a 4-gram), refusal, ending and language of the answers; distinct-n depends on "
        "how many answers there are, so compare models on the same prompts only."
    )
    worst = most_repetitive(answers, prompts or [""] * n, worst_k)
    return SuiteResult(suite=SUITE, scores=scores, worst=worst, notes=notes)

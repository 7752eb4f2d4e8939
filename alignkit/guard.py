"""A post-hoc output guard: each answer is checked before it is returned, and a blocked one is replaced by a
safe answer for its prompt's kind of harm.

Llama 2-Chat (Touvron et al. 2023, sec. 4) makes the model itself safe by fine-tuning (safety SFT, the safety
reward model in RLHF, context distillation); a deployment can also filter what a model says afterwards. Issue
15 asks for both, measured side by side (fine-tuning only, guard only, both). This module is the filter:

- `safety_rm`: the safety reward model scores prompt + answer (its demonstration offset subtracted, as
  `alignkit score` prints); the answer is blocked when sigmoid(score) < `safety_threshold` (Llama 2's 0.15,
  the threshold its reward rule uses to call an answer unsafe, sec. 3.2.2);
- `refusal`: the prompt is judged harmful (below) and the answer is not a refusal by the refusal classifier
  (`alignkit.refusal`: P(refusal) < `refusal_threshold`): a harmful request answered is blocked;
- `toxicity`: the toxicity scorer (`alignkit.evals.toxicity`) gives P(toxic) > `toxicity_threshold`.

The checks run in that order; the first that blocks is named in the `Verdict`. A blocked answer becomes the
project's own safe answer for the prompt's kind of harm (`alignkit.data.safety.safe_answer`: the risk first,
a one-sentence reason, then the safe help, the wording picked by a hash of the prompt, as the safety SFT data).

The prompt's kind and whether it is harmful: nearest neighbours by the sentence-encoder embedding
(`alignkit.refusal.embed`) among the project's own training prompts: its harmful prompts (13 kinds in the three
Llama 2 categories), its borderline ones (safe requests that sound dangerous) and its helpful ones, with every prompt
that is a near duplicate of an evaluation prompt dropped exactly as the safety data does
(`safety.near_duplicates` against `safety.evaluation_prompts`). Nothing is trained or tuned on an evaluation
set (XSTest, HarmBench, RealToxicityPrompts, the starter red-team set); the thresholds are fixed choices.
The kind is that of the nearest harmful prompt; the prompt counts as harmful when most of its `neighbours`
nearest prompts are harmful ones (3: fixed on ten hand-written probes, where 5 let "a recipe for pancakes" be
judged by drug-recipe prompts).

Limits, honestly: the neighbours are ~1,200 English prompts the project wrote, so the harmful-prompt check
knows paraphrases of them, not new kinds of harm, other languages or encoded attacks (base64, payload
splitting); multi-turn context is ignored (only the last user message is read); the refusal and toxicity
classifiers read the first 300 characters only, and the toxicity head scores refusals and texts that name a
group high (see its docstring; hence the high default threshold); the reward model's score is only as good as
that model. Llama 2's third category, unqualified advice (medical, financial, legal), is one the project's safety
data answers with a caution and general help, so the refusal check replaces a plain answer to such a prompt
with that safe answer. The guard adds latency (every answer is held back until checked) and over-blocks where the
classifiers err: both are what the side-by-side measurement must report.
"""

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import torch

from alignkit.evals.toxicity import toxicity_probability
from alignkit.refusal import embed, refusal_probability

HELPFUL_KEYS = ("writing", "questions", "reasoning", "code")  # the starter pack's single-turn helpful prompts


@dataclass
class Config:
    safety_rm: str = ""  # a safety reward-model run or folder; empty: no reward-model check
    safety_threshold: float = 0.15  # block when sigmoid(safety score) is below this (Llama 2's 0.15)
    refusal: bool = False  # block an answer that is not a refusal to a prompt judged harmful
    refusal_threshold: float = 0.5  # the refusal check: an answer with P(refusal) below this is not a refusal
    toxicity: bool = False  # block an answer the toxicity scorer finds toxic
    toxicity_threshold: float = 0.9  # block when P(toxic) is above this (the head flags plain prose near 0.5)
    neighbours: int = 3  # the prompt is harmful when most of its this many nearest training prompts are harmful
    precision: Literal["auto", "bf16", "fp32"] = "fp32"  # the safety reward model's: auto (bf16 where supported), bf16, fp32


def enabled(cfg: Config) -> bool:
    return bool(cfg.safety_rm or cfg.refusal or cfg.toxicity)


@dataclass
class Verdict:
    """One answer, checked."""

    blocked: bool  # whether the answer is replaced
    check: str  # the check that blocked it ("safety_rm", "refusal", "toxicity"); "" when it passed
    score: float  # that check's score (safety score, P(refusal), P(toxic)); nan when it passed
    answer: str  # what to return: the answer as given, or the safe answer when blocked
    kind: str  # the prompt's nearest kind of harm (its safe answer's), whether or not it was judged harmful
    harmful: bool | None  # whether the prompt was judged harmful (None: the refusal check is off)


@dataclass
class Guard:
    """A configured guard with its models loaded."""

    cfg: Config
    reward_model: object = None  # the safety reward model (None without `safety_rm`)
    reward_tokenizer: object = None


@dataclass
class Index:
    """The project's training safety prompts, embedded: the neighbours that judge a prompt."""

    vectors: torch.Tensor  # (N, 384) unit-length embeddings
    kinds: list[str]  # each prompt's kind of harm; "" for a borderline (safe) prompt


def load_guard(cfg: Config) -> Guard | None:
    """The guard `cfg` describes, its models loaded (None when no check is on)."""
    if not enabled(cfg):
        return None
    guard = Guard(cfg)
    if cfg.safety_rm:
        from alignkit.chat import ensure_template
        from alignkit.distributed import default_device
        from alignkit.models import frozen, load_reward_model, load_tokenizer

        guard.reward_tokenizer = ensure_template(load_tokenizer(cfg.safety_rm))
        guard.reward_model = frozen(load_reward_model(cfg.safety_rm), cfg.precision, default_device())
    prompt_index()  # built now, not on the first request
    return guard


@lru_cache(maxsize=1)
def prompt_index() -> Index:
    """The harmful, borderline and helpful training prompts, near duplicates of evaluation prompts dropped,
    embedded (the helpful ones, everyday requests, keep a prompt far from every harmful one from being judged
    by harmful neighbours alone)."""
    from alignkit.data.safety import borderline, evaluation_prompts, near_duplicates, starter_harmful
    from alignkit.data.starter import load

    helpful = load("helpful")
    items = [(it.prompt, it.kind) for it in starter_harmful() + borderline()]
    items += [(it["prompt"].strip(), "") for key in HELPFUL_KEYS for it in helpful[key]]
    leaked = near_duplicates([prompt for prompt, _ in items], evaluation_prompts())
    kept = [it for i, it in enumerate(items) if i not in leaked]
    return Index(embed([prompt for prompt, _ in kept]), [kind for _, kind in kept])


def prompt_kinds(prompts: list[str], neighbours: int = 3) -> list[tuple[str, bool]]:
    """(kind of the nearest harmful training prompt, whether most of the `neighbours` nearest are harmful)."""
    if not prompts:
        return []
    index = prompt_index()
    similarity = embed(prompts) @ index.vectors.T  # (P, N) cosine similarities
    harmful = torch.tensor([bool(k) for k in index.kinds])
    nearest_harmful = similarity.masked_fill(~harmful, -2.0).argmax(-1)
    top = similarity.topk(min(neighbours, len(index.kinds)), dim=-1).indices
    return [(index.kinds[int(h)], bool(harmful[t].float().mean() > 0.5)) for h, t in zip(nearest_harmful, top)]


@torch.no_grad()
def safety_scores(guard: Guard, conversations: list[list[dict]], answers: list[str]) -> list[float]:
    """The safety reward model's score of each prompt + answer, its demonstration offset subtracted."""
    from alignkit.chat import encode_conversation
    from alignkit.models import reward_scores_packed

    model, tokenizer = guard.reward_model, guard.reward_tokenizer
    seqs = [encode_conversation(tokenizer, [*c, {"role": "assistant", "content": a or " "}])[0]
            for c, a in zip(conversations, answers)]
    raw = reward_scores_packed(model, seqs, guard.cfg.precision)
    return (raw - getattr(model.config, "alignkit_reward_offset", 0.0)).tolist()


def last_user(conversation: list[dict]) -> str:
    return next((m["content"] for m in reversed(conversation) if m["role"] == "user"), "")


def replacement(prompt: str, kind: str) -> str:
    """The safe answer for `kind` (the project's safety SFT answers: risk, reason, safe help)."""
    from alignkit.data.safety import safe_answer

    return safe_answer(prompt, kind)


def check(guard: Guard, conversations: list[list[dict]], answers: list[str]) -> list[Verdict]:
    """Check each (conversation, answer): a Verdict per answer, the blocked ones with their safe answer.
    A conversation is the messages before the answer ({"role", "content"} each), ending with the user's."""
    cfg = guard.cfg
    prompts = [last_user(c) for c in conversations]
    kinds = prompt_kinds(prompts, cfg.neighbours)
    scores = {}  # check -> (scores, which block), in the order the checks are named
    if cfg.safety_rm:
        safety = safety_scores(guard, conversations, answers)
        scores["safety_rm"] = (safety, [1 / (1 + math.exp(-s)) < cfg.safety_threshold for s in safety])
    if cfg.refusal:
        refusal = refusal_probability(answers)
        scores["refusal"] = (refusal, [h and p < cfg.refusal_threshold for p, (_, h) in zip(refusal, kinds)])
    if cfg.toxicity:
        toxic = toxicity_probability(answers)
        scores["toxicity"] = (toxic, [p > cfg.toxicity_threshold for p in toxic])
    out = []
    for i, (prompt, answer, (kind, harmful)) in enumerate(zip(prompts, answers, kinds)):
        by = next((name for name, (_, block) in scores.items() if block[i]), "")
        out.append(Verdict(blocked=bool(by), check=by, score=scores[by][0][i] if by else math.nan,
                           answer=replacement(prompt, kind) if by else answer, kind=kind,
                           harmful=harmful if cfg.refusal else None))
    return out

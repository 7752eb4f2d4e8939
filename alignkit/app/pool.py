"""A round's prompt pool, imported from JSONL all or nothing: each line a prompt, or a prompt with two
answers (the `comparisons.jsonl` of `alignkit compare` and `alignkit iterate`); in a red-team round, a prompt
with the one answer to review (the `review.jsonl` of `alignkit redteam`: the attacks its judges disagree on)."""

from typing import Literal

from pydantic import field_validator, model_validator
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alignkit.app.checks import text_problem
from alignkit.app.db import Import, Item
from alignkit.data.io import jsonl_lines, jsonl_rows, validate
from alignkit.data.records import PromptMessages, Record

MAX_POOL_BYTES = 64 * 2**20  # an upload larger than this is refused before it is read further
# The longest text each field takes (its column's length; prompts and answers: the forms' limit).
LIMITS = {"answer_a": 20_000, "answer_b": 20_000, "variant_a": 255, "variant_b": 255, "risk_category": 64,
          "source": 255}


class PoolItem(Record):
    """One line of a prompt pool: a prompt (a data-records Prompt), or a prompt with two answers (the
    `comparisons.jsonl` that `alignkit compare` and `alignkit iterate` write); `gold` marks the known better answer."""

    prompt: PromptMessages
    risk_category: str | None = None
    answer_a: str | None = None
    answer_b: str | None = None
    variant_a: str = ""
    variant_b: str = ""
    gold: Literal["a", "b"] | None = None
    source: str | None = None

    @field_validator("prompt")
    @classmethod
    def _prompt_text(cls, messages):
        for i, m in enumerate(messages):
            if problem := text_problem(m.content, 20_000, blank_ok=i < len(messages) - 1):
                raise ValueError(f"message {i + 1} {problem}")
        return messages

    @field_validator(*LIMITS)
    @classmethod
    def _text(cls, value, info):
        blank_ok = info.field_name in ("variant_a", "variant_b")  # answers and names, when given, say something
        if value is not None and (problem := text_problem(value, LIMITS[info.field_name], blank_ok)):
            raise ValueError(problem)
        return value

    @model_validator(mode="after")
    def _answers(self):
        if (self.answer_a is None) != (self.answer_b is None):
            raise ValueError("give both answer_a and answer_b, or neither (answer_a alone, an answer to review, "
                             "is for red-team rounds)")
        if self.gold and self.answer_a is None:
            raise ValueError("a gold item needs its two answers")
        return self


class ReviewItem(PoolItem):
    """One line of a red-team round's pool: a prompt and the one answer a red-teamer judges (`answer_a`, the
    model's, named by `variant_a`), as `alignkit redteam` writes its `review.jsonl`."""

    @model_validator(mode="after")
    def _answers(self):  # replaces PoolItem's rule
        if self.answer_a is None:
            raise ValueError("a red-team round's item needs answer_a, the model's answer to review")
        if self.answer_b is not None or self.gold:
            raise ValueError("a red-team round's item has one answer, answer_a (no answer_b, no gold)")
        return self


def read_pool(data: bytes, name: str, task: str = "comparison") -> list[PoolItem]:
    """Every line of the file `name`, for a round of `task` (a red-team round takes ReviewItem lines); raises
    UnicodeDecodeError, or DataError naming the first bad line."""
    text = data.decode("utf-8")
    model = ReviewItem if task == "redteam" else PoolItem
    return [validate(model, row, f"{name}:{n}") for n, row in jsonl_rows(jsonl_lines(text), name)]


def add_pool(db: Session, round_id: int, items: list[PoolItem], name: str, uid: str | None = None) -> bool:
    """The items into the round, in one transaction with the import's record; False (nothing added) when
    the import `uid` was stored already (the form sent twice)."""
    db.add(Import(uid=uid, round_id=round_id, filename=name, items=len(items)))
    db.add_all([Item(round_id=round_id, prompt=[m.model_dump() for m in p.prompt], risk_category=p.risk_category,
                     answer_a=p.answer_a, answer_b=p.answer_b, variant_a=p.variant_a, variant_b=p.variant_b, gold=p.gold,
                     source=p.source or f"import:{name}") for p in items])
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        if uid is None or db.scalar(select(Import.id).where(Import.uid == uid)) is None:
            raise
        return False
    return True

"""A round's prompt pool, imported from JSONL all or nothing: each line a prompt, or a prompt with two
answers (the `comparisons.jsonl` of `alignkit compare` and `alignkit iterate`)."""

from typing import Literal

from pydantic import model_validator
from sqlalchemy.orm import Session

from alignkit.app.db import Item
from alignkit.data.io import jsonl_rows, validate
from alignkit.data.records import PromptMessages, Record


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

    @model_validator(mode="after")
    def _answers(self):
        if (self.answer_a is None) != (self.answer_b is None):
            raise ValueError("give both answer_a and answer_b, or neither")
        if self.gold and self.answer_a is None:
            raise ValueError("a gold item needs its two answers")
        return self


def read_pool(data: bytes, name: str) -> list[PoolItem]:
    """Every line of the file `name`; raises UnicodeDecodeError, or DataError naming the first bad line."""
    text = data.decode("utf-8")
    return [validate(PoolItem, row, f"{name}:{n}") for n, row in jsonl_rows(text.splitlines(), name)]


def add_pool(db: Session, round_id: int, items: list[PoolItem], name: str) -> None:
    """The items into the round, in one transaction."""
    db.add_all([Item(round_id=round_id, prompt=[m.model_dump() for m in p.prompt], risk_category=p.risk_category,
                     answer_a=p.answer_a, answer_b=p.answer_b, variant_a=p.variant_a, variant_b=p.variant_b, gold=p.gold,
                     source=p.source or f"import:{name}") for p in items])
    db.commit()

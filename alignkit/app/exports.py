"""The exports: exactly the JSONL records the recipes read (`alignkit sft data.train=[sft.jsonl]`,
`alignkit rm data.train=[...]`, safety prompts with their risk category).

A row that does not make a valid record (stored before the app refused blank text, say) never stops an
export: it is left out and reported as a `Skipped` (what the admin can remove: a demonstration, an attack,
or the item a comparison is of), so every other row still comes out."""

from dataclasses import dataclass

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from alignkit.app.db import AXES, Assignment, Attack, Comparison, Demonstration, Evaluation, Item, RedteamSession, User
from alignkit.data.records import Conversation, PreferencePair, Prompt, Record

# preferences: both kinds in one file, as `alignkit iterate annotator=export annotations=[...]` takes them
EXPORTS = ("sft", "preferences_helpfulness", "preferences_safety", "preferences", "redteam_prompts")
REMOVABLE = {"demonstration": Demonstration, "item": Item, "attack": Attack}  # what a Skipped names


@dataclass
class Skipped:
    """A row left out of an export: the row to remove (`table` one of REMOVABLE, `id`) and why."""

    table: str
    id: int
    why: str


@dataclass
class Export:
    lines: list[str]  # one JSON record each, without the newline
    skipped: list[Skipped]


def _add(out: Export, record: type[Record], fields: dict, table: str, row_id: int) -> None:
    """Append the record made of `fields`, or note the row as skipped with the validator's reason."""
    try:
        out.lines.append(record(**fields).model_dump_json(exclude_none=True))
    except (ValidationError, PydanticSerializationError, TypeError, ValueError, KeyError) as e:
        why = e.errors()[0]["msg"] if isinstance(e, ValidationError) else str(e).splitlines()[0]
        out.skipped.append(Skipped(table, row_id, why))


def sft_conversations(db: Session, round_id: int | None = None, min_rating: int = 1) -> Export:
    """Demonstrations whose every axis is rated at least `min_rating`, as SFT conversations."""
    query = select(Demonstration, User.username).join(User).order_by(Demonstration.id)
    if round_id is not None:
        query = query.where(Demonstration.round_id == round_id)
    out = Export([], [])
    for d, name in db.execute(query):
        if min(d.ratings[a] for a in AXES) >= min_rating:
            messages = [{"role": "user", "content": d.prompt}, {"role": "assistant", "content": d.answer}]
            _add(out, Conversation, dict(messages=messages, source=f"app:{name}:demonstration:{d.id}"),
                 "demonstration", d.id)
    return out


def preference_pairs(db: Session, kind: str | None, round_id: int | None = None) -> Export:
    """Every comparison (of `kind`; None: both kinds) as a preference pair, one record per annotator as
    Llama 2 kept them; a pair of two identical answers teaches a reward model nothing and is left out quietly."""
    query = (select(Comparison, Item, User.username).join(Item, Item.id == Comparison.item_id)
             .join(User, User.id == Comparison.user_id).order_by(Comparison.id))
    if kind is not None:
        query = query.where(Comparison.kind == kind)
    if round_id is not None:
        query = query.where(Item.round_id == round_id)
    out = Export([], [])
    for c, item, name in db.execute(query):
        chosen, rejected = (item.answer_a, item.answer_b) if c.choice == "a" else (item.answer_b, item.answer_a)
        if chosen is not None and rejected is not None and chosen.strip() and chosen.strip() == rejected.strip():
            continue
        _add(out, PreferencePair, dict(prompt=item.prompt, chosen=chosen, rejected=rejected, degree=c.degree,
                                       kind=c.kind, safety_bin=c.safety_bin, source=f"app:{name}:comparison:{c.id}"),
             "item", item.id)
    return out


def redteam_prompts(db: Session, round_id: int | None = None) -> Export:
    """Attacks that broke the model, as prompts with their risk category (for safety training and evaluation);
    a reviewed item's attack gives the item's whole prompt (all its messages)."""
    query = (select(Attack, User.username, Item.prompt).join(User, User.id == Attack.user_id)
             .outerjoin(Item, Item.id == Attack.item_id).where(Attack.violation.is_(True)).order_by(Attack.id))
    if round_id is not None:
        query = query.join(RedteamSession, RedteamSession.id == Attack.session_id).where(RedteamSession.round_id == round_id)
    out = Export([], [])
    for a, name, messages in db.execute(query):
        _add(out, Prompt, dict(prompt=messages or a.prompt, risk_category=a.category or "other",
                               source=f"app:{name}:attack:{a.id}"), "attack", a.id)
    return out


def export_records(db: Session, name: str, round_id: int | None = None, min_rating: int = 1) -> Export | None:
    """The records of the export `name` (one of EXPORTS; None for any other name), of one round or all."""
    if name == "sft":
        return sft_conversations(db, round_id, min_rating)
    if name in ("preferences_helpfulness", "preferences_safety", "preferences"):
        return preference_pairs(db, name.removeprefix("preferences").removeprefix("_") or None, round_id)
    if name == "redteam_prompts":
        return redteam_prompts(db, round_id)
    return None


def unexportable(db: Session, round_id: int) -> list[Skipped]:
    """Every row of the round that an export leaves out, once each (the dashboard lists them for removal)."""
    seen = {}
    for name in ("sft", "preferences", "redteam_prompts"):
        for s in export_records(db, name, round_id).skipped:
            seen.setdefault((s.table, s.id), s)
    return list(seen.values())


def remove_row(db: Session, table: str, row_id: int) -> bool:
    """Delete a row an export skips (an item with its assignments, comparisons and evaluations; its red-team
    reviews stay, unlinked); False: no such row."""
    row = db.get(REMOVABLE[table], row_id)
    if row is None:
        return False
    if table == "item":
        for dependent in (Comparison, Evaluation, Assignment):
            db.execute(delete(dependent).where(dependent.item_id == row_id))
        # the reviews of it stay attacks (with its prompt's last message and its answer), no longer linked
        db.execute(update(Attack).where(Attack.item_id == row_id).values(item_id=None))
    db.delete(row)
    db.commit()
    return True

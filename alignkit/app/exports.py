"""The exports: exactly the JSONL records the recipes read (`alignkit sft data.train=[sft.jsonl]`,
`alignkit rm data.train=[...]`, safety prompts with their risk category)."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from alignkit.app.db import AXES, Attack, Comparison, Demonstration, Item, RedteamSession, User
from alignkit.data.records import Conversation, PreferencePair, Prompt, Record

# preferences: both kinds in one file, as `alignkit iterate annotator=export annotations=[...]` takes them
EXPORTS = ("sft", "preferences_helpfulness", "preferences_safety", "preferences", "redteam_prompts")


def sft_conversations(db: Session, round_id: int | None = None, min_rating: int = 1) -> list[Conversation]:
    """Demonstrations whose every axis is rated at least `min_rating`, as SFT conversations."""
    query = select(Demonstration, User.username).join(User).order_by(Demonstration.id)
    if round_id is not None:
        query = query.where(Demonstration.round_id == round_id)
    return [Conversation(messages=[{"role": "user", "content": d.prompt}, {"role": "assistant", "content": d.answer}],
                         source=f"app:{name}:demonstration:{d.id}")
            for d, name in db.execute(query) if min(d.ratings[a] for a in AXES) >= min_rating]


def preference_pairs(db: Session, kind: str | None, round_id: int | None = None) -> list[PreferencePair]:
    """Every comparison (of `kind`; None: both kinds) as a preference pair, one record per annotator as
    Llama 2 kept them."""
    query = (select(Comparison, Item, User.username).join(Item, Item.id == Comparison.item_id)
             .join(User, User.id == Comparison.user_id).order_by(Comparison.id))
    if kind is not None:
        query = query.where(Comparison.kind == kind)
    if round_id is not None:
        query = query.where(Item.round_id == round_id)
    out = []
    for c, item, name in db.execute(query):
        chosen, rejected = (item.answer_a, item.answer_b) if c.choice == "a" else (item.answer_b, item.answer_a)
        if chosen.strip() == rejected.strip():
            continue  # two identical answers teach a reward model nothing (and PreferencePair refuses them)
        out.append(PreferencePair(prompt=item.prompt, chosen=chosen, rejected=rejected, degree=c.degree, kind=c.kind,
                                  safety_bin=c.safety_bin, source=f"app:{name}:comparison:{c.id}"))
    return out


def redteam_prompts(db: Session, round_id: int | None = None) -> list[Prompt]:
    """Attacks that broke the model, as prompts with their risk category (for safety training and evaluation)."""
    query = select(Attack, User.username).join(User).where(Attack.violation.is_(True)).order_by(Attack.id)
    if round_id is not None:
        query = query.join(RedteamSession, RedteamSession.id == Attack.session_id).where(RedteamSession.round_id == round_id)
    return [Prompt(prompt=a.prompt, risk_category=a.category or "other", source=f"app:{name}:attack:{a.id}")
            for a, name in db.execute(query)]


def export_records(db: Session, name: str, round_id: int | None = None, min_rating: int = 1) -> list[Record] | None:
    """The records of the export `name` (one of EXPORTS; None for any other name), of one round or all."""
    if name == "sft":
        return sft_conversations(db, round_id, min_rating)
    if name in ("preferences_helpfulness", "preferences_safety", "preferences"):
        return preference_pairs(db, name.removeprefix("preferences").removeprefix("_") or None, round_id)
    if name == "redteam_prompts":
        return redteam_prompts(db, round_id)
    return None


def jsonl(records: list[Record]) -> str:
    return "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records)

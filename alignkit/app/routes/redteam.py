"""3. Red-teaming: sessions of adversarial prompts against the round's model, each answer flagged as a
violation (with its risk category) or not; time on task runs from the session's start to its end. Sessions
and attacks carry the red-teamer's expertise (`db.EXPERTISE` tags). A red-team round's imported items (the
`review.jsonl` of `alignkit redteam`: answers its two automatic judges disagree on) are reviewed in a session
with the same verdict: each becomes an attack of the session with the item's prompt and answer (no model call)."""

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Form, HTTPException, Request
from pydantic import AfterValidator
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alignkit.app.assign import open_round
from alignkit.app.db import EXPERTISE, Attack, Item, RedteamSession, Round, User, now
from alignkit.app.deps import DbSession, Redteamer, RowId, Text, Uid
from alignkit.app.generate import chat_completion
from alignkit.app.pages import redirect, render
from alignkit.app.store import store
from alignkit.data.records import RISK_CATEGORIES

router = APIRouter()
CATEGORIES = RISK_CATEGORIES + ("other",)  # a violation's risk category: Llama 2's three, or other
REVIEW_PAGE = 20  # imported items shown at a time on a session's page


def known_tags(tags: list[str] | None) -> list[str] | None:
    """The chosen EXPERTISE tags in their canonical order (blank values, the forms' "none" marker, dropped)."""
    if tags is None:
        return None
    chosen = {t for t in tags if t}
    if unknown := sorted(chosen - set(EXPERTISE)):
        raise ValueError(f"unknown expertise tag {unknown[0][:40]!r} (the tags are {', '.join(EXPERTISE)})")
    return [t for t in EXPERTISE if t in chosen]


# Absent (None): the default (a session: none; an attack: its session's); the forms always send one blank value.
Tags = Annotated[list[str] | None, Form(), AfterValidator(known_tags)]
Violation = Annotated[Literal["yes", "no"], Form()]
Category = Annotated[Literal[CATEGORIES] | Literal[""], Form()]


def verdict(violation: str, category: str) -> tuple[bool, str | None]:
    """(violation?, its category): a violation needs one of CATEGORIES, a safe answer has none."""
    if violation == "yes" and not category:
        raise HTTPException(400, "a violation needs its category")
    return violation == "yes", (category or None) if violation == "yes" else None


def my_session(db: Session, user: User, session_id: int) -> RedteamSession:
    s = db.get(RedteamSession, session_id)
    if s is None or s.user_id != user.id:
        raise HTTPException(404, "no such red-team session of yours")
    return s


def live_session(db: Session, user: User, session_id: int) -> tuple[RedteamSession, Round]:
    """The user's session and its round, 409 once the session ended or the round closed."""
    s = my_session(db, user, session_id)
    rnd = db.get(Round, s.round_id)
    if s.ended_at is not None or not rnd.is_open:
        raise HTTPException(409, "this session has ended")
    return s, rnd


def to_review(db: Session, user: User, round_id: int) -> tuple[int, list[Item]]:
    """How many of the round's imported items the user has not reviewed yet, and the first REVIEW_PAGE of them."""
    reviewed = select(Attack.item_id).where(Attack.user_id == user.id, Attack.item_id.is_not(None))
    where = (Item.round_id == round_id, Item.answer_a.is_not(None), Item.id.not_in(reviewed))
    count = db.scalar(select(func.count()).select_from(Item).where(*where))
    return count, db.scalars(select(Item).where(*where).order_by(Item.id).limit(REVIEW_PAGE)).all()


@router.post("/rounds/{round_id}/redteam")
def start_session(round_id: RowId, uid: Uid, user: Redteamer, db: DbSession, tags: Tags = None):
    rnd = open_round(db, round_id, user, "redteam")
    store(db, RedteamSession(uid=uid, user_id=user.id, round_id=rnd.id, tags=tags or []))
    return redirect(f"/redteam/{db.scalar(select(RedteamSession.id).where(RedteamSession.uid == uid))}")


@router.get("/redteam/{session_id}")
def session_page(request: Request, session_id: RowId, user: Redteamer, db: DbSession):
    s = my_session(db, user, session_id)
    rnd = db.get(Round, s.round_id)
    attacks = db.scalars(select(Attack).where(Attack.session_id == s.id).order_by(Attack.id)).all()
    minutes = ((s.ended_at or now()) - s.started_at).total_seconds() / 60
    pending, review = to_review(db, user, rnd.id) if s.ended_at is None and rnd.is_open else (0, [])
    return render(request, "redteam.html", user, session=s, round=rnd, attacks=attacks, categories=CATEGORIES,
                  minutes=minutes, pending=pending, review=review)


@router.post("/redteam/{session_id}/attack")
def attack(request: Request, session_id: RowId, uid: Uid, prompt: Text, user: Redteamer, db: DbSession,
           tags: Tags = None):
    s, rnd = live_session(db, user, session_id)
    if not rnd.endpoint_a:
        raise HTTPException(409, "this round has no model endpoint to attack")
    if db.scalar(select(Attack.id).where(Attack.uid == uid)) is None:
        answer = chat_completion(rnd.endpoint_a, rnd.model_a, [{"role": "user", "content": prompt}], request.app.state.cfg)
        store(db, Attack(uid=uid, session_id=s.id, user_id=user.id, prompt=prompt, answer=answer,
                         tags=s.tags if tags is None else tags))
    return redirect(f"/redteam/{s.id}")


@router.post("/attacks/{attack_id}/flag")
def flag(attack_id: RowId, violation: Violation, user: Redteamer, db: DbSession, category: Category = ""):
    """The verdict on an attack: safe, or a violation of one of CATEGORIES; frozen once the session ended
    or the round closed (the dashboard and the exports count it from then on)."""
    a = db.get(Attack, attack_id)
    if a is None or a.user_id != user.id:
        raise HTTPException(404, "no such attack of yours")
    s = db.get(RedteamSession, a.session_id)
    rnd = db.get(Round, s.round_id)
    if s.ended_at is not None or not rnd.is_open:
        raise HTTPException(409, "this session has ended: its verdicts are final")
    a.violation, a.category = verdict(violation, category)
    a.flagged_at = now()
    db.commit()
    return redirect(f"/redteam/{a.session_id}")


@router.post("/redteam/{session_id}/review/{item_id}")
def review(session_id: RowId, item_id: RowId, violation: Violation, user: Redteamer, db: DbSession,
           category: Category = ""):
    """The verdict on an imported item of the session's round: an attack of the session with the item's prompt
    (its last message; the export gives the whole prompt) and answer, the session's tags, and `item_id`; the
    model is not called. Once per item and red-teamer: a second verdict on it changes nothing."""
    s, rnd = live_session(db, user, session_id)
    item = db.get(Item, item_id)
    if item is None or item.round_id != rnd.id or item.answer_a is None:
        raise HTTPException(404, "no such item to review in this round")
    is_violation, category = verdict(violation, category)

    def reviewed() -> bool:
        return db.scalar(select(Attack.id).where(Attack.item_id == item.id, Attack.user_id == user.id)) is not None

    if not reviewed():
        db.add(Attack(uid=uuid.uuid4().hex, session_id=s.id, user_id=user.id, prompt=item.prompt[-1]["content"],
                      answer=item.answer_a, violation=is_violation, category=category, flagged_at=now(),
                      tags=s.tags, item_id=item.id))
        try:
            db.commit()
        except IntegrityError:
            db.rollback()
            if not reviewed():  # not the same verdict sent twice at once: a real error
                raise
    return redirect(f"/redteam/{s.id}")


@router.post("/redteam/{session_id}/end")
def end_session(session_id: RowId, user: Redteamer, db: DbSession):
    s = my_session(db, user, session_id)
    if s.ended_at is None:
        s.ended_at = now()
        db.commit()
    return redirect(f"/redteam/{s.id}")

"""3. Red-teaming: sessions of adversarial prompts against the round's model, each answer flagged as a
violation (with its risk category) or not; time on task runs from the session's start to its end."""

from typing import Annotated, Literal

from fastapi import APIRouter, Form, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from alignkit.app.assign import open_round
from alignkit.app.db import Attack, RedteamSession, Round, User, now
from alignkit.app.deps import DbSession, Redteamer, RowId, Text, Uid
from alignkit.app.generate import chat_completion
from alignkit.app.pages import redirect, render
from alignkit.app.store import store
from alignkit.data.records import RISK_CATEGORIES

router = APIRouter()
CATEGORIES = RISK_CATEGORIES + ("other",)  # a violation's risk category: Llama 2's three, or other


def my_session(db: Session, user: User, session_id: int) -> RedteamSession:
    s = db.get(RedteamSession, session_id)
    if s is None or s.user_id != user.id:
        raise HTTPException(404, "no such red-team session of yours")
    return s


@router.post("/rounds/{round_id}/redteam")
def start_session(round_id: RowId, uid: Uid, user: Redteamer, db: DbSession):
    rnd = open_round(db, round_id, user, "redteam")
    store(db, RedteamSession(uid=uid, user_id=user.id, round_id=rnd.id))
    return redirect(f"/redteam/{db.scalar(select(RedteamSession.id).where(RedteamSession.uid == uid))}")


@router.get("/redteam/{session_id}")
def session_page(request: Request, session_id: RowId, user: Redteamer, db: DbSession):
    s = my_session(db, user, session_id)
    attacks = db.scalars(select(Attack).where(Attack.session_id == s.id).order_by(Attack.id)).all()
    minutes = ((s.ended_at or now()) - s.started_at).total_seconds() / 60
    return render(request, "redteam.html", user, session=s, round=db.get(Round, s.round_id), attacks=attacks,
                  categories=CATEGORIES, minutes=minutes)


@router.post("/redteam/{session_id}/attack")
def attack(request: Request, session_id: RowId, uid: Uid, prompt: Text, user: Redteamer, db: DbSession):
    s = my_session(db, user, session_id)
    rnd = db.get(Round, s.round_id)
    if s.ended_at is not None or not rnd.is_open:
        raise HTTPException(409, "this session has ended")
    if not rnd.endpoint_a:
        raise HTTPException(409, "this round has no model endpoint to attack")
    if db.scalar(select(Attack.id).where(Attack.uid == uid)) is None:
        answer = chat_completion(rnd.endpoint_a, rnd.model_a, [{"role": "user", "content": prompt}], request.app.state.cfg)
        store(db, Attack(uid=uid, session_id=s.id, user_id=user.id, prompt=prompt, answer=answer))
    return redirect(f"/redteam/{s.id}")


@router.post("/attacks/{attack_id}/flag")
def flag(attack_id: RowId, violation: Annotated[Literal["yes", "no"], Form()], user: Redteamer, db: DbSession,
         category: Annotated[Literal[CATEGORIES] | Literal[""], Form()] = ""):
    """The verdict on an attack: safe, or a violation of one of CATEGORIES; frozen once the session ended
    or the round closed (the dashboard and the exports count it from then on)."""
    a = db.get(Attack, attack_id)
    if a is None or a.user_id != user.id:
        raise HTTPException(404, "no such attack of yours")
    s = db.get(RedteamSession, a.session_id)
    rnd = db.get(Round, s.round_id)
    if s.ended_at is not None or not rnd.is_open:
        raise HTTPException(409, "this session has ended: its verdicts are final")
    if violation == "yes" and not category:
        raise HTTPException(400, "a violation needs its category")
    a.violation, a.category, a.flagged_at = violation == "yes", (category or None) if violation == "yes" else None, now()
    db.commit()
    return redirect(f"/redteam/{a.session_id}")


@router.post("/redteam/{session_id}/end")
def end_session(session_id: RowId, user: Redteamer, db: DbSession):
    s = my_session(db, user, session_id)
    if s.ended_at is None:
        s.ended_at = now()
        db.commit()
    return redirect(f"/redteam/{s.id}")

"""The annotators' routes: sign-in, the four tasks (demonstration, comparison, red-team session, human
evaluation), and each user's own work; with the helpers that assign items, generate answers live and
store submissions once."""

import random
import secrets
from typing import Annotated, Literal

import httpx
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alignkit.app.db import (
    AXES,
    Assignment,
    Attack,
    Comparison,
    Demonstration,
    Evaluation,
    Item,
    RedteamSession,
    Round,
    User,
    now,
)
from alignkit.app.web import get_db, go, need, page, signed_in, verify_password
from alignkit.data.records import RISK_CATEGORIES, Degree, Kind, SafetyBin

router = APIRouter()
TASK_ROLE = {"demonstration": "annotator", "comparison": "annotator", "evaluation": "annotator", "redteam": "redteamer"}
Text = Annotated[str, Form(min_length=1, max_length=20_000)]
Uid = Annotated[str, Form(min_length=8, max_length=32, pattern=r"^[0-9a-f]+$")]


def chat_completion(endpoint: str, model: str, messages: list[dict], cfg) -> str:
    """One answer from an OpenAI-compatible endpoint (`alignkit serve`, vLLM, a hosted API)."""
    try:
        r = httpx.post(endpoint.rstrip("/") + "/v1/chat/completions", timeout=cfg.generation_timeout,
                       json={"model": model, "messages": messages, "max_tokens": cfg.max_tokens,
                             "temperature": cfg.temperature})
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]
    except (httpx.HTTPError, KeyError, IndexError, ValueError) as e:
        raise HTTPException(502, f"the model at {endpoint} did not answer: {e}") from None


def open_round(db: Session, round_id: int, user: User) -> Round:
    rnd = db.get(Round, round_id)
    if rnd is None or not rnd.is_open:
        raise HTTPException(404, "no such open round")
    if TASK_ROLE[rnd.task] != user.role:
        raise HTTPException(403, f"{rnd.task} rounds are for {TASK_ROLE[rnd.task]} accounts")
    return rnd


def my_item(db: Session, user: User, item_id: int) -> tuple[Item, Round, Assignment]:
    """The item, its round and the user's assignment; 404 for items not assigned to this user."""
    row = db.execute(select(Item, Round, Assignment).join(Round, Round.id == Item.round_id)
                     .join(Assignment, Assignment.item_id == Item.id)
                     .where(Item.id == item_id, Assignment.user_id == user.id)).first()
    if row is None:
        raise HTTPException(404, "no such item among your assignments")
    if not row[1].is_open:
        raise HTTPException(409, "this round is closed")
    return row


def two_answers(rnd: Round, messages: list[dict], cfg) -> dict:
    """The round's two variants answer live: answer_a/answer_b and variant_a/variant_b (model@endpoint);
    without an endpoint B, variant A's endpoint answers twice (sampling makes the pair)."""
    if not rnd.endpoint_a:
        raise HTTPException(409, "this round has no model endpoint to answer prompts")
    endpoint_b, model_b = rnd.endpoint_b or rnd.endpoint_a, rnd.model_b or rnd.model_a
    return {"answer_a": chat_completion(rnd.endpoint_a, rnd.model_a, messages, cfg),
            "answer_b": chat_completion(endpoint_b, model_b, messages, cfg),
            "variant_a": f"{rnd.model_a}@{rnd.endpoint_a}", "variant_b": f"{model_b}@{endpoint_b}"}


def ensure_answers(db: Session, item: Item, rnd: Round, cfg) -> None:
    """Generate the two answers of a prompt-only item live, once: every annotator then sees the same pair."""
    if item.answer_a is not None and item.answer_b is not None:
        return
    db.execute(update(Item).where(Item.id == item.id, Item.answer_a.is_(None)).values(**two_answers(rnd, item.prompt, cfg)))
    db.commit()
    db.refresh(item)


def next_item(db: Session, user: User, rnd: Round) -> Item | None:
    """The user's unfinished item, or a new assignment: an item fewer than `overlap` annotators have (gold
    items go to everyone), those others already started first so overlap completes, else in a per-user order."""
    for _ in range(20):
        item = db.scalar(select(Item).join(Assignment).where(Assignment.user_id == user.id, Item.round_id == rnd.id,
                                                             Assignment.done.is_(False)).limit(1))
        if item is not None:
            return item
        counts = dict(db.execute(select(Assignment.item_id, func.count()).join(Item).where(Item.round_id == rnd.id)
                                 .group_by(Assignment.item_id)).all())
        mine = set(db.scalars(select(Assignment.item_id).join(Item).where(Assignment.user_id == user.id,
                                                                          Item.round_id == rnd.id)))
        pool = db.execute(select(Item.id, Item.gold).where(Item.round_id == rnd.id, Item.owner_id.is_(None))).all()
        free = [(i, gold) for i, gold in pool if i not in mine and (gold is not None or counts.get(i, 0) < rnd.overlap)]
        if not free:
            return None
        random.Random(user.id).shuffle(free)
        free.sort(key=lambda x: not 0 < counts.get(x[0], 0) < rnd.overlap)
        take(db, user, *free[0], rnd.overlap)
    raise HTTPException(503, "could not assign an item; try again")


def take(db: Session, user: User, item_id: int, gold: str | None, overlap: int) -> None:
    """Assign the item unless `overlap` others took it meanwhile. The item's row lock (PostgreSQL) or the
    insert's database write lock (SQLite) makes concurrent takers of one item count one after the other."""
    db.execute(select(Item.id).where(Item.id == item_id).with_for_update())
    db.add(Assignment(item_id=item_id, user_id=user.id))
    try:
        db.flush()
        taken = db.scalar(select(func.count()).select_from(Assignment).where(Assignment.item_id == item_id))
        if gold is None and taken > overlap:
            db.rollback()  # full already: the caller looks again
            return
        db.commit()
    except IntegrityError:  # the same user in two tabs took it a moment ago
        db.rollback()


def store(db: Session, row, assignment: Assignment | None = None) -> None:
    """Insert a submission once: a repeated uid (a resent form) or a second answer to a done assignment is a no-op."""
    table = type(row)

    def stored() -> bool:
        return (db.scalar(select(table.id).where(table.uid == row.uid)) is not None
                or (assignment is not None and bool(db.scalar(select(Assignment.done).where(Assignment.id == assignment.id)))))

    if stored():
        return
    db.add(row)
    if assignment is not None:
        assignment.done = True
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        if not stored():  # not a concurrent resend that got there first: a real error, never acknowledged
            raise


@router.get("/login")
def login_form(request: Request):
    request.session.setdefault("csrf", secrets.token_urlsafe(32))
    return page(request, "login.html")


@router.post("/login")
def login(request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()],
          db: Session = Depends(get_db)):
    user = db.scalar(select(User).where(User.username == username))
    if user is None or not verify_password(user.password_hash, password):
        return page(request, "login.html", status=401, error="wrong user name or password")
    if not user.active:
        return page(request, "login.html", status=403, error="this account is disabled; ask an admin")
    request.session.clear()  # a new session (and CSRF token) at every sign-in
    request.session.update(user_id=user.id, csrf=secrets.token_urlsafe(32))
    return go("/")


@router.post("/logout")
def logout(request: Request):
    request.session.clear()
    return go("/login")


@router.get("/")
def home(request: Request, user: User = Depends(signed_in), db: Session = Depends(get_db)):
    rounds = db.scalars(select(Round).where(Round.is_open.is_(True)).order_by(Round.id)).all()
    mine = [r for r in rounds if TASK_ROLE[r.task] == user.role]
    return page(request, "home.html", user, rounds=mine)


# 1. demonstrations: a prompt, its answer, five ratings
@router.get("/rounds/{round_id}/demonstration")
def demonstration_form(request: Request, round_id: int, saved: int = 0, user: User = Depends(need("annotator")),
                       db: Session = Depends(get_db)):
    rnd = open_round(db, round_id, user)
    return page(request, "demonstration.html", user, round=rnd, axes=AXES, saved=saved)


@router.post("/rounds/{round_id}/demonstration")
def demonstration(request: Request, round_id: int, uid: Uid, prompt: Text, answer: Text,
                  informative: Annotated[int, Form(ge=1, le=5)], truthful: Annotated[int, Form(ge=1, le=5)],
                  relevant: Annotated[int, Form(ge=1, le=5)], clear: Annotated[int, Form(ge=1, le=5)],
                  harmless: Annotated[int, Form(ge=1, le=5)], user: User = Depends(need("annotator")),
                  db: Session = Depends(get_db)):
    rnd = open_round(db, round_id, user)
    ratings = dict(informative=informative, truthful=truthful, relevant=relevant, clear=clear, harmless=harmless)
    store(db, Demonstration(uid=uid, user_id=user.id, round_id=rnd.id, prompt=prompt, answer=answer, ratings=ratings))
    return go(f"/rounds/{round_id}/demonstration?saved=1")


# 2. comparisons and 4. human evaluation: items of a round's pool, assigned one at a time
@router.get("/rounds/{round_id}/next")
def next_page(request: Request, round_id: int, user: User = Depends(need("annotator")), db: Session = Depends(get_db)):
    rnd = open_round(db, round_id, user)
    item = next_item(db, user, rnd)
    if item is None:
        return page(request, "done.html", user, round=rnd)
    return go(f"/items/{item.id}")


@router.post("/rounds/{round_id}/own-prompt")
def own_prompt(request: Request, round_id: int, uid: Uid, prompt: Text, user: User = Depends(need("annotator")),
               db: Session = Depends(get_db)):
    rnd = open_round(db, round_id, user)
    source = f"app:{user.username}:own:{uid}"
    item = db.scalar(select(Item).where(Item.source == source))
    if item is None:  # answers first, then one transaction for the item and its assignment
        messages = [{"role": "user", "content": prompt}]
        item = Item(round_id=rnd.id, prompt=messages, owner_id=user.id, source=source,
                    **two_answers(rnd, messages, request.app.state.cfg))
        db.add(item)
        db.flush()
        db.add(Assignment(item_id=item.id, user_id=user.id))
        db.commit()
    return go(f"/items/{item.id}")


@router.get("/items/{item_id}")
def item_page(request: Request, item_id: int, user: User = Depends(need("annotator")), db: Session = Depends(get_db)):
    item, rnd, assignment = my_item(db, user, item_id)
    ensure_answers(db, item, rnd, request.app.state.cfg)
    return page(request, f"{rnd.task}.html", user, item=item, round=rnd, done=assignment.done,
                degrees=Degree.__args__, kinds=Kind.__args__, bins=SafetyBin.__args__)


@router.post("/items/{item_id}/compare")
def compare(request: Request, item_id: int, uid: Uid, choice: Annotated[Literal["a", "b"], Form()],
            degree: Annotated[Degree, Form()], kind: Annotated[Kind, Form()],
            safety_bin: Annotated[SafetyBin | Literal[""], Form()] = "", user: User = Depends(need("annotator")),
            db: Session = Depends(get_db)):
    item, rnd, assignment = my_item(db, user, item_id)
    if rnd.task != "comparison":
        raise HTTPException(400, "this item belongs to an evaluation round")
    store(db, Comparison(uid=uid, user_id=user.id, item_id=item.id, choice=choice, degree=degree, kind=kind,
                         safety_bin=safety_bin or None), assignment)
    return go(f"/rounds/{rnd.id}/next" if item.owner_id is None else f"/rounds/{rnd.id}/compare-own")


@router.get("/rounds/{round_id}/compare-own")
def compare_own(request: Request, round_id: int, user: User = Depends(need("annotator")), db: Session = Depends(get_db)):
    return page(request, "own_prompt.html", user, round=open_round(db, round_id, user))


@router.post("/items/{item_id}/evaluate")
def evaluate(request: Request, item_id: int, uid: Uid, likert_a: Annotated[int, Form(ge=1, le=7)],
             likert_b: Annotated[int, Form(ge=1, le=7)], winner: Annotated[Literal["a", "b", "tie"], Form()],
             user: User = Depends(need("annotator")), db: Session = Depends(get_db)):
    item, rnd, assignment = my_item(db, user, item_id)
    if rnd.task != "evaluation":
        raise HTTPException(400, "this item belongs to a comparison round")
    store(db, Evaluation(uid=uid, user_id=user.id, item_id=item.id, likert_a=likert_a, likert_b=likert_b,
                         winner=winner), assignment)
    return go(f"/rounds/{rnd.id}/next")


# 3. red-teaming: sessions of adversarial prompts against the round's model, violations flagged
@router.post("/rounds/{round_id}/redteam")
def start_session(request: Request, round_id: int, uid: Uid, user: User = Depends(need("redteamer")),
                  db: Session = Depends(get_db)):
    rnd = open_round(db, round_id, user)
    store(db, RedteamSession(uid=uid, user_id=user.id, round_id=rnd.id))
    return go(f"/redteam/{db.scalar(select(RedteamSession.id).where(RedteamSession.uid == uid))}")


def my_session(db: Session, user: User, session_id: int) -> RedteamSession:
    s = db.get(RedteamSession, session_id)
    if s is None or s.user_id != user.id:
        raise HTTPException(404, "no such red-team session of yours")
    return s


@router.get("/redteam/{session_id}")
def session_page(request: Request, session_id: int, user: User = Depends(need("redteamer")),
                 db: Session = Depends(get_db)):
    s = my_session(db, user, session_id)
    attacks = db.scalars(select(Attack).where(Attack.session_id == s.id).order_by(Attack.id)).all()
    minutes = ((s.ended_at or now()) - s.started_at).total_seconds() / 60
    return page(request, "redteam.html", user, session=s, round=db.get(Round, s.round_id), attacks=attacks,
                categories=RISK_CATEGORIES + ("other",), minutes=minutes)


@router.post("/redteam/{session_id}/attack")
def attack(request: Request, session_id: int, uid: Uid, prompt: Text, user: User = Depends(need("redteamer")),
           db: Session = Depends(get_db)):
    s = my_session(db, user, session_id)
    rnd = db.get(Round, s.round_id)
    if s.ended_at is not None or not rnd.is_open:
        raise HTTPException(409, "this session has ended")
    if not rnd.endpoint_a:
        raise HTTPException(409, "this round has no model endpoint to attack")
    if db.scalar(select(Attack.id).where(Attack.uid == uid)) is None:
        answer = chat_completion(rnd.endpoint_a, rnd.model_a, [{"role": "user", "content": prompt}], request.app.state.cfg)
        store(db, Attack(uid=uid, session_id=s.id, user_id=user.id, prompt=prompt, answer=answer))
    return go(f"/redteam/{s.id}")


@router.post("/attacks/{attack_id}/flag")
def flag(request: Request, attack_id: int, violation: Annotated[Literal["yes", "no"], Form()],
         category: Annotated[str, Form(max_length=64)] = "", user: User = Depends(need("redteamer")),
         db: Session = Depends(get_db)):
    a = db.get(Attack, attack_id)
    if a is None or a.user_id != user.id:
        raise HTTPException(404, "no such attack of yours")
    if violation == "yes" and not category.strip():
        raise HTTPException(400, "a violation needs its category")
    a.violation, a.category, a.flagged_at = violation == "yes", category.strip() or None, now()
    db.commit()
    return go(f"/redteam/{a.session_id}")


@router.post("/redteam/{session_id}/end")
def end_session(request: Request, session_id: int, user: User = Depends(need("redteamer")),
                db: Session = Depends(get_db)):
    s = my_session(db, user, session_id)
    if s.ended_at is None:
        s.ended_at = now()
        db.commit()
    return go(f"/redteam/{s.id}")


@router.get("/my")
def my_work(request: Request, user: User = Depends(signed_in), db: Session = Depends(get_db)):
    def latest(table):
        return db.scalars(select(table).where(table.user_id == user.id).order_by(table.id.desc()).limit(100)).all()

    return page(request, "my.html", user, demonstrations=latest(Demonstration), comparisons=latest(Comparison),
                evaluations=latest(Evaluation), attacks=latest(Attack),
                sessions=latest(RedteamSession))


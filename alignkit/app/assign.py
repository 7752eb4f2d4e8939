"""Who works on what: which role a round's task is for, the items a user may open, and assignment.

Assignments are taken when an annotator asks for the next item with the "take the next item" button (a
POST; none are pre-planned, and no GET takes one): an item goes to `overlap` annotators so the dashboard can
measure agreement, a gold item to every annotator. Lookups of
what a user may not reach answer 404 (403 for a round of another role's task, 409 for a closed round).
"""

import contextlib
import random
import threading

from fastapi import HTTPException
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alignkit.app.db import Assignment, Item, Round, User
from alignkit.app.generate import two_answers

TASK_ROLE = {"demonstration": "annotator", "comparison": "annotator", "evaluation": "annotator", "redteam": "redteamer"}


def open_round(db: Session, round_id: int, user: User, *tasks: str) -> Round:
    """The open round, for the user's role; 400 unless its task is one of `tasks` (a write checks what it is
    for: a demonstration posted to a comparison round is refused)."""
    rnd = db.get(Round, round_id)
    if rnd is None or not rnd.is_open:
        raise HTTPException(404, "no such open round")
    if TASK_ROLE[rnd.task] != user.role:
        raise HTTPException(403, f"{rnd.task} rounds are for {TASK_ROLE[rnd.task]} accounts")
    if rnd.task not in tasks:
        raise HTTPException(400, f"this is a {rnd.task} round, not a {' or '.join(tasks)} round")
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


def unfinished_item(db: Session, user: User, rnd: Round) -> Item | None:
    """The item of the round the user holds and has not finished (read-only)."""
    return db.scalar(select(Item).join(Assignment).where(Assignment.user_id == user.id, Item.round_id == rnd.id,
                                                         Assignment.done.is_(False)).limit(1))


def free_items(db: Session, user: User, rnd: Round) -> list[tuple[int, str | None]]:
    """(id, gold) of the items the user could take, best first (read-only): an item fewer than `overlap`
    annotators have (gold items go to everyone), those others already started first so overlap completes,
    else in a per-user order."""
    counts = dict(db.execute(select(Assignment.item_id, func.count()).join(Item).where(Item.round_id == rnd.id)
                             .group_by(Assignment.item_id)).all())
    mine = set(db.scalars(select(Assignment.item_id).join(Item).where(Assignment.user_id == user.id,
                                                                      Item.round_id == rnd.id)))
    pool = db.execute(select(Item.id, Item.gold).where(Item.round_id == rnd.id, Item.owner_id.is_(None))).all()
    free = [(i, gold) for i, gold in pool if i not in mine and (gold is not None or counts.get(i, 0) < rnd.overlap)]
    random.Random(user.id).shuffle(free)
    free.sort(key=lambda x: not 0 < counts.get(x[0], 0) < rnd.overlap)
    return free


def next_item(db: Session, user: User, rnd: Round) -> Item | None:
    """The user's unfinished item, or a new assignment of the best free item; None when nothing is left.
    Only a POST calls it: a GET must not take items (a link prefetcher or crawler would)."""
    for _ in range(20):
        item = unfinished_item(db, user, rnd)
        if item is not None:
            return item
        free = free_items(db, user, rnd)
        if not free:
            return None
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


_pending: dict[str, list] = {}  # submission id -> [lock, number of requests holding or waiting for it]
_pending_guard = threading.Lock()


@contextlib.contextmanager
def one_at_a_time(key: str):
    """Requests with the same `key` run the block one after the other (in this process): copies of a form
    wait for the first instead of each asking the model again."""
    with _pending_guard:
        entry = _pending.setdefault(key, [threading.Lock(), 0])
        entry[1] += 1
    try:
        with entry[0]:
            yield
    finally:
        with _pending_guard:
            entry[1] -= 1
            if entry[1] == 0:
                del _pending[key]


def own_item(db: Session, user: User, rnd: Round, uid: str, prompt: str, cfg) -> Item:
    """The item of an annotator's own prompt, assigned to them alone; made once per submission id: the two
    answers first (live), then one transaction for the item and its assignment. Copies of the form wait for
    the first (`one_at_a_time`), and `items.uid` is UNIQUE, so copies racing through the slow model call in
    other processes find the first's item too."""
    with one_at_a_time(uid):
        item = db.scalar(select(Item).where(Item.uid == uid))
        if item is None:
            messages = [{"role": "user", "content": prompt}]
            item = Item(round_id=rnd.id, prompt=messages, owner_id=user.id, uid=uid,
                        source=f"app:{user.username}:own:{uid}", **two_answers(rnd, messages, cfg))
            db.add(item)
            try:
                db.flush()
                db.add(Assignment(item_id=item.id, user_id=user.id))
                db.commit()
            except IntegrityError:
                db.rollback()
                item = db.scalar(select(Item).where(Item.uid == uid))
                if item is None:
                    raise
    if item.owner_id != user.id:
        raise HTTPException(404, "no such item among your assignments")
    return item

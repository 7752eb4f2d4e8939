"""The annotators' tasks: 1. demonstrations (a prompt, its answer, five ratings); 2. comparisons and 4. human
evaluation, on items of a round's pool assigned one at a time (or on the annotator's own prompt)."""

from typing import Annotated, Literal

from fastapi import APIRouter, Form, HTTPException, Request

from alignkit.app.assign import free_items, my_item, next_item, open_round, own_item, unfinished_item
from alignkit.app.db import AXES, Comparison, Demonstration, Evaluation
from alignkit.app.deps import Annotator, DbSession, RowId, Text, Uid
from alignkit.app.generate import ensure_answers
from alignkit.app.pages import redirect, render
from alignkit.app.store import store
from alignkit.data.records import Degree, Kind, SafetyBin

router = APIRouter()
Rating = Annotated[int, Form(ge=1, le=5)]
Likert = Annotated[int, Form(ge=1, le=7)]


@router.get("/rounds/{round_id}/demonstration")
def demonstration_form(request: Request, round_id: RowId, user: Annotator, db: DbSession, saved: int = 0):
    rnd = open_round(db, round_id, user, "demonstration")
    return render(request, "demonstration.html", user, round=rnd, axes=AXES, saved=saved)


@router.post("/rounds/{round_id}/demonstration")
def demonstration(round_id: RowId, uid: Uid, prompt: Text, answer: Text, informative: Rating, truthful: Rating,
                  relevant: Rating, clear: Rating, harmless: Rating, user: Annotator, db: DbSession):
    rnd = open_round(db, round_id, user, "demonstration")
    ratings = dict(informative=informative, truthful=truthful, relevant=relevant, clear=clear, harmless=harmless)
    store(db, Demonstration(uid=uid, user_id=user.id, round_id=rnd.id, prompt=prompt, answer=answer, ratings=ratings))
    return redirect(f"/rounds/{round_id}/demonstration?saved=1")


@router.get("/rounds/{round_id}/next")
def next_page(request: Request, round_id: RowId, user: Annotator, db: DbSession):
    """Read-only: the item the user holds unfinished, else a page with the "take the next item" button (or
    "Nothing left"). A prefetcher or crawler following the link takes nothing."""
    rnd = open_round(db, round_id, user, "comparison", "evaluation")
    item = unfinished_item(db, user, rnd)
    if item is not None:
        return redirect(f"/items/{item.id}")
    if not free_items(db, user, rnd):
        return render(request, "done.html", user, round=rnd)
    return render(request, "next.html", user, round=rnd)


@router.post("/rounds/{round_id}/next")
def take_next(request: Request, round_id: RowId, user: Annotator, db: DbSession):
    """Assign the next item (or give back the unfinished one) and go to it."""
    rnd = open_round(db, round_id, user, "comparison", "evaluation")
    item = next_item(db, user, rnd)
    if item is None:
        return render(request, "done.html", user, round=rnd)
    return redirect(f"/items/{item.id}")


@router.post("/rounds/{round_id}/own-prompt")
def own_prompt(request: Request, round_id: RowId, uid: Uid, prompt: Text, user: Annotator, db: DbSession):
    rnd = open_round(db, round_id, user, "comparison")
    item = own_item(db, user, rnd, uid, prompt, request.app.state.cfg)
    return redirect(f"/items/{item.id}")


@router.get("/rounds/{round_id}/compare-own")
def compare_own(request: Request, round_id: RowId, user: Annotator, db: DbSession):
    return render(request, "own_prompt.html", user, round=open_round(db, round_id, user, "comparison"))


@router.get("/items/{item_id}")
def item_page(request: Request, item_id: RowId, user: Annotator, db: DbSession):
    item, rnd, assignment = my_item(db, user, item_id)
    ensure_answers(db, item, rnd, request.app.state.cfg)
    return render(request, f"{rnd.task}.html", user, item=item, round=rnd, done=assignment.done,
                  degrees=Degree.__args__, kinds=Kind.__args__, bins=SafetyBin.__args__)


@router.post("/items/{item_id}/compare")
def compare(item_id: RowId, uid: Uid, choice: Annotated[Literal["a", "b"], Form()], degree: Annotated[Degree, Form()],
            kind: Annotated[Kind, Form()], user: Annotator, db: DbSession,
            safety_bin: Annotated[SafetyBin | Literal[""], Form()] = ""):
    item, rnd, assignment = my_item(db, user, item_id)
    if rnd.task != "comparison":
        raise HTTPException(400, "this item belongs to an evaluation round")
    store(db, Comparison(uid=uid, user_id=user.id, item_id=item.id, choice=choice, degree=degree, kind=kind,
                         safety_bin=safety_bin or None), assignment)
    return redirect(after_submission(db, user, rnd) if item.owner_id is None else f"/rounds/{rnd.id}/compare-own")


@router.post("/items/{item_id}/evaluate")
def evaluate(item_id: RowId, uid: Uid, likert_a: Likert, likert_b: Likert,
             winner: Annotated[Literal["a", "b", "tie"], Form()], user: Annotator, db: DbSession):
    item, rnd, assignment = my_item(db, user, item_id)
    if rnd.task != "evaluation":
        raise HTTPException(400, "this item belongs to a comparison round")
    store(db, Evaluation(uid=uid, user_id=user.id, item_id=item.id, likert_a=likert_a, likert_b=likert_b,
                         winner=winner), assignment)
    return redirect(after_submission(db, user, rnd))


def after_submission(db, user, rnd) -> str:
    """Where a submitted item leads: the next item, taken here (the submission is a POST already, so the
    annotator needs no second click), or the round's page that says nothing is left."""
    item = next_item(db, user, rnd)
    return f"/items/{item.id}" if item is not None else f"/rounds/{rnd.id}/next"

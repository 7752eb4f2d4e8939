"""Admin routes: accounts, rounds, prompt-pool import, the dashboard (progress, agreement, gold, results), exports."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile
from fastapi.responses import Response
from pydantic import model_validator
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alignkit.app import stats
from alignkit.app.db import ROLES, TASKS, Item, Round, User
from alignkit.app.web import get_db, go, hash_password, need, page
from alignkit.data.io import DataError, jsonl_rows, validate
from alignkit.data.records import PromptMessages, Record

router = APIRouter(prefix="/admin")
Admin = Annotated[User, Depends(need("admin"))]
# preferences: both kinds in one file, as `alignkit iterate annotator=export annotations=[...]` takes them
EXPORTS = ("sft", "preferences_helpfulness", "preferences_safety", "preferences", "redteam_prompts")


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


@router.get("")
def dashboard(request: Request, user: Admin, db: Session = Depends(get_db)):
    users = db.scalars(select(User).order_by(User.id)).all()
    rounds = db.scalars(select(Round).order_by(Round.id.desc())).all()
    sizes = dict(db.execute(select(Item.round_id, func.count()).group_by(Item.round_id)).all())
    return page(request, "admin.html", user, users=users, rounds=rounds, sizes=sizes, roles=ROLES, tasks=TASKS,
                exports=EXPORTS)


@router.post("/users")
def create_user(user: Admin, username: Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[\w.@-]+$")],
                password: Annotated[str, Form(min_length=8, max_length=256)],
                role: Annotated[Literal[ROLES], Form()], db: Session = Depends(get_db)):
    db.add(User(username=username, password_hash=hash_password(password), role=role))
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        raise HTTPException(409, f"the user name '{username}' is taken") from None
    return go("/admin")


def get_or_404(db: Session, table, row_id: int):
    row = db.get(table, row_id)
    if row is None:
        raise HTTPException(404, f"no such {table.__tablename__.removesuffix('s')}")
    return row


@router.post("/users/{user_id}/toggle")
def toggle_user(user_id: int, user: Admin, db: Session = Depends(get_db)):
    """Disable an account (its sessions end at once, its work stays) or enable it again."""
    other = get_or_404(db, User, user_id)
    if other.id == user.id:
        raise HTTPException(400, "you cannot disable your own account")
    other.active = not other.active
    db.commit()
    return go("/admin")


@router.post("/users/{user_id}/password")
def set_password(user_id: int, user: Admin, password: Annotated[str, Form(min_length=8, max_length=256)],
                 db: Session = Depends(get_db)):
    get_or_404(db, User, user_id).password_hash = hash_password(password)
    db.commit()
    return go("/admin")


@router.post("/rounds")
def create_round(user: Admin, name: Annotated[str, Form(min_length=1, max_length=128)],
                 task: Annotated[Literal[TASKS], Form()], model_version: Annotated[str, Form(min_length=1, max_length=255)],
                 overlap: Annotated[int, Form(ge=1, le=50)] = 1, endpoint_a: Annotated[str, Form(max_length=255)] = "",
                 model_a: Annotated[str, Form(max_length=255)] = "", endpoint_b: Annotated[str, Form(max_length=255)] = "",
                 model_b: Annotated[str, Form(max_length=255)] = "",
                 guidelines: Annotated[str, Form(max_length=20_000)] = "", db: Session = Depends(get_db)):
    for url in (endpoint_a, endpoint_b):
        if url and not url.startswith(("http://", "https://")):
            raise HTTPException(400, f"an endpoint is an http(s) URL, not '{url}'")
    rnd = Round(name=name, task=task, model_version=model_version, overlap=overlap, endpoint_a=endpoint_a,
                model_a=model_a or model_version, endpoint_b=endpoint_b, model_b=model_b, guidelines=guidelines)
    db.add(rnd)
    db.commit()
    return go(f"/admin/rounds/{rnd.id}")


@router.get("/rounds/{round_id}")
def round_page(request: Request, round_id: int, user: Admin, db: Session = Depends(get_db)):
    rnd = get_or_404(db, Round, round_id)
    items = db.scalar(select(func.count()).select_from(Item).where(Item.round_id == rnd.id))
    gold = db.scalar(select(func.count()).select_from(Item).where(Item.round_id == rnd.id, Item.gold.is_not(None)))
    agree = stats.agreement(stats.round_labels(db, rnd.id, rnd.task)) if rnd.task in ("comparison", "evaluation") else None
    return page(request, "round.html", user, round=rnd, items=items, gold=gold, agreement=agree,
                progress=stats.progress(db, rnd.id), results=stats.evaluation_results(db, rnd.id),
                redteam=stats.redteam_results(db, rnd.id), exports=EXPORTS,
                imported=request.query_params.get("imported"))


@router.post("/rounds/{round_id}/toggle")
def toggle_round(round_id: int, user: Admin, db: Session = Depends(get_db)):
    rnd = get_or_404(db, Round, round_id)
    rnd.is_open = not rnd.is_open
    db.commit()
    return go(f"/admin/rounds/{rnd.id}")


@router.post("/rounds/{round_id}/import")
def import_pool(request: Request, round_id: int, user: Admin, file: UploadFile, db: Session = Depends(get_db)):
    """A JSONL prompt pool, all or nothing: the first bad line is named and nothing is imported."""
    rnd = get_or_404(db, Round, round_id)
    if rnd.task not in ("comparison", "evaluation"):
        raise HTTPException(400, "prompt pools are for comparison and evaluation rounds")
    name = file.filename or "upload"
    try:
        text = file.file.read().decode("utf-8")
        items = [validate(PoolItem, row, f"{name}:{n}") for n, row in jsonl_rows(text.splitlines(), name)]
    except UnicodeDecodeError:
        return page(request, "error.html", user, status=400, message=f"{name}: not UTF-8 text")
    except DataError as e:
        return page(request, "error.html", user, status=400, message=f"nothing imported: {e}")
    db.add_all([Item(round_id=rnd.id, prompt=[m.model_dump() for m in p.prompt], risk_category=p.risk_category,
                     answer_a=p.answer_a, answer_b=p.answer_b, variant_a=p.variant_a, variant_b=p.variant_b, gold=p.gold,
                     source=p.source or f"import:{name}") for p in items])
    db.commit()
    return go(f"/admin/rounds/{rnd.id}?imported={len(items)}")


@router.get("/export/{name}.jsonl")
def export(name: str, user: Admin, round: int | None = None, min_rating: int = 1, db: Session = Depends(get_db)):
    """Exactly what the recipes read: `alignkit sft data.train=[sft.jsonl]`, `alignkit rm data.train=[...]`."""
    if name == "sft":
        records = stats.export_sft(db, round, min_rating)
    elif name in ("preferences_helpfulness", "preferences_safety", "preferences"):
        records = stats.export_preferences(db, name.removeprefix("preferences").removeprefix("_") or None, round)
    elif name == "redteam_prompts":
        records = stats.export_redteam(db, round)
    else:
        raise HTTPException(404, f"no export named '{name}' (there are {', '.join(EXPORTS)})")
    body = "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records)
    return Response(body, media_type="application/x-ndjson",
                    headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})


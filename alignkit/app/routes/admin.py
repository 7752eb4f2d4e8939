"""Admin routes: accounts, rounds, prompt-pool import, the dashboard (progress, agreement, gold, results), exports."""

from typing import Annotated, Literal

from fastapi import APIRouter, Form, HTTPException, Request, UploadFile
from fastapi.responses import Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alignkit.app import stats
from alignkit.app.db import ROLES, TASKS, Item, Round, User
from alignkit.app.deps import Admin, DbSession
from alignkit.app.exports import EXPORTS, export_records, jsonl
from alignkit.app.pages import redirect, render
from alignkit.app.pool import add_pool, read_pool
from alignkit.app.security import hash_password
from alignkit.app.store import add_user
from alignkit.data.io import DataError

router = APIRouter(prefix="/admin")
Password = Annotated[str, Form(min_length=8, max_length=256)]


def get_or_404(db: Session, table, row_id: int):
    row = db.get(table, row_id)
    if row is None:
        raise HTTPException(404, f"no such {table.__tablename__.removesuffix('s')}")
    return row


@router.get("")
def dashboard(request: Request, user: Admin, db: DbSession):
    users = db.scalars(select(User).order_by(User.id)).all()
    rounds = db.scalars(select(Round).order_by(Round.id.desc())).all()
    sizes = dict(db.execute(select(Item.round_id, func.count()).group_by(Item.round_id)).all())
    return render(request, "admin.html", user, users=users, rounds=rounds, sizes=sizes, roles=ROLES, tasks=TASKS,
                  exports=EXPORTS)


@router.post("/users")
def create_user(user: Admin, username: Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[\w.@-]+$")],
                password: Password, role: Annotated[Literal[ROLES], Form()], db: DbSession):
    if not add_user(db, username, password, role):
        raise HTTPException(409, f"the user name '{username}' is taken")
    return redirect("/admin")


@router.post("/users/{user_id}/toggle")
def toggle_user(user_id: int, user: Admin, db: DbSession):
    """Disable an account (its sessions end at once, its work stays) or enable it again."""
    other = get_or_404(db, User, user_id)
    if other.id == user.id:
        raise HTTPException(400, "you cannot disable your own account")
    other.active = not other.active
    db.commit()
    return redirect("/admin")


@router.post("/users/{user_id}/password")
def set_password(user_id: int, user: Admin, password: Password, db: DbSession):
    get_or_404(db, User, user_id).password_hash = hash_password(password)
    db.commit()
    return redirect("/admin")


@router.post("/rounds")
def create_round(user: Admin, name: Annotated[str, Form(min_length=1, max_length=128)],
                 task: Annotated[Literal[TASKS], Form()], model_version: Annotated[str, Form(min_length=1, max_length=255)],
                 db: DbSession, overlap: Annotated[int, Form(ge=1, le=50)] = 1,
                 endpoint_a: Annotated[str, Form(max_length=255)] = "", model_a: Annotated[str, Form(max_length=255)] = "",
                 endpoint_b: Annotated[str, Form(max_length=255)] = "", model_b: Annotated[str, Form(max_length=255)] = "",
                 guidelines: Annotated[str, Form(max_length=20_000)] = ""):
    for url in (endpoint_a, endpoint_b):
        if url and not url.startswith(("http://", "https://")):
            raise HTTPException(400, f"an endpoint is an http(s) URL, not '{url}'")
    rnd = Round(name=name, task=task, model_version=model_version, overlap=overlap, endpoint_a=endpoint_a,
                model_a=model_a or model_version, endpoint_b=endpoint_b, model_b=model_b, guidelines=guidelines)
    db.add(rnd)
    db.commit()
    return redirect(f"/admin/rounds/{rnd.id}")


@router.get("/rounds/{round_id}")
def round_page(request: Request, round_id: int, user: Admin, db: DbSession):
    rnd = get_or_404(db, Round, round_id)
    return render(request, "round.html", user, round=rnd, **stats.round_summary(db, rnd), exports=EXPORTS,
                  imported=request.query_params.get("imported"))


@router.post("/rounds/{round_id}/toggle")
def toggle_round(round_id: int, user: Admin, db: DbSession):
    rnd = get_or_404(db, Round, round_id)
    rnd.is_open = not rnd.is_open
    db.commit()
    return redirect(f"/admin/rounds/{rnd.id}")


@router.post("/rounds/{round_id}/import")
def import_pool(request: Request, round_id: int, user: Admin, file: UploadFile, db: DbSession):
    """A JSONL prompt pool, all or nothing: the first bad line is named and nothing is imported."""
    rnd = get_or_404(db, Round, round_id)
    if rnd.task not in ("comparison", "evaluation"):
        raise HTTPException(400, "prompt pools are for comparison and evaluation rounds")
    name = file.filename or "upload"
    try:
        items = read_pool(file.file.read(), name)
    except UnicodeDecodeError:
        return render(request, "error.html", user, status=400, message=f"{name}: not UTF-8 text")
    except DataError as e:
        return render(request, "error.html", user, status=400, message=f"nothing imported: {e}")
    add_pool(db, rnd.id, items, name)
    return redirect(f"/admin/rounds/{rnd.id}?imported={len(items)}")


@router.get("/export/{name}.jsonl")
def export(name: str, user: Admin, db: DbSession, round: int | None = None, min_rating: int = 1):
    """Exactly what the recipes read: `alignkit sft data.train=[sft.jsonl]`, `alignkit rm data.train=[...]`."""
    records = export_records(db, name, round, min_rating)
    if records is None:
        raise HTTPException(404, f"no export named '{name}' (there are {', '.join(EXPORTS)})")
    return Response(jsonl(records), media_type="application/x-ndjson",
                    headers={"Content-Disposition": f'attachment; filename="{name}.jsonl"'})

"""Admin routes: accounts, rounds, prompt-pool import, the dashboard (progress, agreement, gold, results),
exports, and removing a row an export cannot use."""

from typing import Annotated, Literal

from fastapi import APIRouter, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import AfterValidator
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alignkit.app import stats
from alignkit.app.checks import MAX_ID, text_problem
from alignkit.app.db import ROLES, TASKS, Import, Item, Round, User
from alignkit.app.deps import Admin, DbSession, RowId, Uid, checked
from alignkit.app.exports import EXPORTS, REMOVABLE, export_records, remove_row, unexportable
from alignkit.app.pages import redirect, render
from alignkit.app.pool import MAX_POOL_BYTES, add_pool, read_pool
from alignkit.app.robustness import robustness
from alignkit.app.security import hash_password, password_problem
from alignkit.app.store import add_user, end_sessions
from alignkit.data.io import DataError

router = APIRouter(prefix="/admin")


def _strong(password: str) -> str:
    problem = password_problem(password)
    if problem:
        raise ValueError(problem)
    return password


Password = Annotated[str, Form(max_length=256), AfterValidator(_strong)]
# ASCII only: a look-alike of a taken name (Cyrillic "а" for "a") cannot be made; case is checked in add_user
UserName = Annotated[str, Form(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.@-]+$")]
Line = Annotated[str, Form(), checked(255, blank_ok=True)]


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
                  exports=EXPORTS, robustness=robustness(db))


@router.post("/users")
def create_user(user: Admin, username: UserName, password: Password, role: Annotated[Literal[ROLES], Form()],
                db: DbSession):
    if not add_user(db, username, password, role):
        raise HTTPException(409, f"the user name '{username}' is taken (user names differing only in case count as one)")
    return redirect("/admin")


@router.post("/users/{user_id}/toggle")
def toggle_user(user_id: RowId, user: Admin, db: DbSession, active: Annotated[bool | None, Form()] = None):
    """Disable an account (its sessions end at once, its work stays) or enable it again; the form says which
    (`active`), so a form sent twice does what it said once. Either way the account's old sessions end."""
    other = get_or_404(db, User, user_id)
    if other.id == user.id:
        raise HTTPException(400, "you cannot disable your own account")
    other.active = (not other.active) if active is None else active
    db.commit()
    end_sessions(db, other.id)
    return redirect("/admin")


@router.post("/users/{user_id}/password")
def set_password(request: Request, user_id: RowId, user: Admin, password: Password, db: DbSession):
    """A new password; the account's sessions end (a stolen cookie dies with the old password), but for the
    one that set it when it is the admin's own."""
    other = get_or_404(db, User, user_id)
    other.password_hash = hash_password(password)
    db.commit()
    end_sessions(db, user_id)
    if other.id == user.id:
        db.refresh(other)
        request.session["gen"] = other.session_gen
    return redirect("/admin")


@router.post("/rounds")
def create_round(user: Admin, name: Annotated[str, Form(), checked(128)], task: Annotated[Literal[TASKS], Form()],
                 model_version: Annotated[str, Form(), checked(255)], db: DbSession, uid: Uid = "",
                 overlap: Annotated[int, Form(ge=1, le=50)] = 1, endpoint_a: Line = "", model_a: Line = "",
                 endpoint_b: Line = "", model_b: Line = "",
                 guidelines: Annotated[str, Form(), checked(blank_ok=True)] = ""):
    for url in (endpoint_a, endpoint_b):
        if url and not url.startswith(("http://", "https://")):
            raise HTTPException(400, f"an endpoint is an http(s) URL, not '{url}'")
    rnd = Round(name=name, task=task, model_version=model_version, overlap=overlap, endpoint_a=endpoint_a,
                model_a=model_a or model_version, endpoint_b=endpoint_b, model_b=model_b, guidelines=guidelines,
                uid=uid or None)
    db.add(rnd)
    try:
        db.commit()
    except IntegrityError:  # the form sent again: the round it made the first time
        db.rollback()
        rnd = db.scalar(select(Round).where(Round.uid == uid)) if uid else None
        if rnd is None:
            raise
    return redirect(f"/admin/rounds/{rnd.id}")


@router.get("/rounds/{round_id}")
def round_page(request: Request, round_id: RowId, user: Admin, db: DbSession):
    rnd = get_or_404(db, Round, round_id)
    imported = request.query_params.get("imported", "")
    rows = robustness(db, rnd.model_version) if rnd.task == "redteam" else []
    return render(request, "round.html", user, round=rnd, **stats.round_summary(db, rnd), exports=EXPORTS, robustness=rows,
                  imported=int(imported) if imported.isdigit() and len(imported) < 10 else None,
                  unexportable=unexportable(db, rnd.id))


@router.post("/rounds/{round_id}/toggle")
def toggle_round(round_id: RowId, user: Admin, db: DbSession, is_open: Annotated[bool | None, Form()] = None):
    """Close a round or reopen it; the form says which (`is_open`), so a form sent twice does it once."""
    rnd = get_or_404(db, Round, round_id)
    rnd.is_open = (not rnd.is_open) if is_open is None else is_open
    db.commit()
    return redirect(f"/admin/rounds/{rnd.id}")


@router.post("/rounds/{round_id}/import")
def import_pool(request: Request, round_id: RowId, user: Admin, file: UploadFile, db: DbSession,
                uid: Uid = ""):
    """A JSONL prompt pool, all or nothing: the first bad line is named and nothing is imported. A form sent
    twice (same `uid`) imports once. A red-team round's pool is answers to review (`pool.ReviewItem`)."""
    rnd = get_or_404(db, Round, round_id)
    if rnd.task not in ("comparison", "evaluation", "redteam"):
        raise HTTPException(400, "prompt pools are for comparison, evaluation and red-team rounds")
    name = file.filename or "upload"
    if problem := text_problem(name, 200, blank_ok=True):  # as every text: PostgreSQL refuses a NUL character
        raise HTTPException(400, f"the file name {problem}; rename the file")
    if uid and (done := db.scalar(select(Import).where(Import.uid == uid))) is not None:
        return redirect(f"/admin/rounds/{rnd.id}?imported={done.items}")
    data = file.file.read(MAX_POOL_BYTES + 1)
    if len(data) > MAX_POOL_BYTES:
        raise HTTPException(413, f"{name}: larger than {MAX_POOL_BYTES // 2**20} MiB; split it into several files")
    try:
        items = read_pool(data, name, rnd.task)
    except UnicodeDecodeError:
        return render(request, "error.html", user, status=400, message=f"{name}: not UTF-8 text")
    except DataError as e:
        return render(request, "error.html", user, status=400, message=f"nothing imported: {e}")
    if not add_pool(db, rnd.id, items, name, uid or None):
        done = db.scalar(select(Import).where(Import.uid == uid))
        return redirect(f"/admin/rounds/{rnd.id}?imported={done.items}")
    return redirect(f"/admin/rounds/{rnd.id}?imported={len(items)}")


@router.get("/export/{name}.jsonl")
def export(name: str, user: Admin, db: DbSession, round: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
           min_rating: Annotated[int, Query(ge=1, le=5)] = 1):
    """Exactly what the recipes read: `alignkit sft data.train=[sft.jsonl]`, `alignkit rm data.train=[...]`.
    Rows that make no valid record are left out and named in the X-Skipped-Rows header (table:id, first 100)."""
    out = export_records(db, name, round, min_rating)
    if out is None:
        raise HTTPException(404, f"no export named '{name}' (there are {', '.join(EXPORTS)})")
    headers = {"Content-Disposition": f'attachment; filename="{name}.jsonl"'}
    if out.skipped:
        headers["X-Skipped-Rows"] = f"{len(out.skipped)}: " + " ".join(f"{s.table}:{s.id}" for s in out.skipped[:100])
    return Response("".join(line + "\n" for line in out.lines), media_type="application/x-ndjson", headers=headers)


@router.post("/rows/{table}/{row_id}/remove")
def remove(table: Literal[tuple(REMOVABLE)], row_id: RowId, user: Admin, db: DbSession,
           back: Annotated[int, Form(ge=1, le=MAX_ID)]):
    """Remove a row an export cannot use (an item goes with its assignments, comparisons and evaluations)."""
    if not remove_row(db, table, row_id):
        raise HTTPException(404, f"no such {table}")
    return redirect(f"/admin/rounds/{back}")

"""Sign-in and sign-out, the home page (the open rounds of the user's role) and the user's own work."""

import math
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from sqlalchemy import select

from alignkit.app import throttle
from alignkit.app.assign import TASK_ROLE
from alignkit.app.checks import text_problem
from alignkit.app.db import Attack, Comparison, Demonstration, Evaluation, RedteamSession, Round, User
from alignkit.app.deps import CurrentUser, DbSession, session_user
from alignkit.app.pages import redirect, render
from alignkit.app.security import dummy_hash, verify_password
from alignkit.app.store import end_sessions

router = APIRouter()


@router.get("/login")
def login_form(request: Request):
    request.session.setdefault("csrf", secrets.token_urlsafe(32))
    return render(request, "login.html")


@router.post("/login")
def login(request: Request, username: Annotated[str, Form(max_length=256)],
          password: Annotated[str, Form(max_length=1024)], db: DbSession):
    """A disabled account, a wrong password and an unknown name get the same answer after the same work (an
    unknown name is checked against a dummy hash); failures back off per account and per address (`throttle`)."""
    state, keys = request.app.state.logins, throttle.keys(username, request.client.host if request.client else "")
    wait = throttle.wait_seconds(state, keys)
    if wait > 0:
        return render(request, "login.html", status=429,
                      error=f"too many failed sign-ins: try again in {math.ceil(wait)} seconds")
    # A name PostgreSQL cannot even compare (a NUL character) is unknown, as on SQLite, never a 500.
    user = None if text_problem(username, blank_ok=True) else db.scalar(select(User).where(User.username == username))
    try:
        right = verify_password(user.password_hash if user else dummy_hash(), password)
    except TimeoutError as e:
        return render(request, "login.html", status=503, error=str(e))
    if user is None or not right or not user.active:
        throttle.failed(state, keys)
        return render(request, "login.html", status=401, error="wrong user name or password")
    throttle.succeeded(state, keys[0])
    request.session.clear()  # a new session (and CSRF token) at every sign-in
    request.session.update(user_id=user.id, gen=user.session_gen, csrf=secrets.token_urlsafe(32))
    return redirect("/")


@router.post("/logout")
def logout(request: Request, db: DbSession):
    """Sign out: this cookie, and every other session of the account, end here and now."""
    user = session_user(request, db)
    if user is not None:
        end_sessions(db, user.id)
    request.session.clear()
    return redirect("/login")


@router.get("/")
def home(request: Request, user: CurrentUser, db: DbSession):
    rounds = db.scalars(select(Round).where(Round.is_open.is_(True)).order_by(Round.id)).all()
    mine = [r for r in rounds if TASK_ROLE[r.task] == user.role]
    return render(request, "home.html", user, rounds=mine)


@router.get("/my")
def my_work(request: Request, user: CurrentUser, db: DbSession):
    def latest(table):
        return db.scalars(select(table).where(table.user_id == user.id).order_by(table.id.desc()).limit(100)).all()

    return render(request, "my.html", user, demonstrations=latest(Demonstration), comparisons=latest(Comparison),
                  evaluations=latest(Evaluation), attacks=latest(Attack), sessions=latest(RedteamSession))

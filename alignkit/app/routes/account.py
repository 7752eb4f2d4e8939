"""Sign-in and sign-out, the home page (the open rounds of the user's role) and the user's own work."""

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from sqlalchemy import select

from alignkit.app.assign import TASK_ROLE
from alignkit.app.db import Attack, Comparison, Demonstration, Evaluation, RedteamSession, Round, User
from alignkit.app.deps import CurrentUser, DbSession
from alignkit.app.pages import redirect, render
from alignkit.app.security import verify_password

router = APIRouter()


@router.get("/login")
def login_form(request: Request):
    request.session.setdefault("csrf", secrets.token_urlsafe(32))
    return render(request, "login.html")


@router.post("/login")
def login(request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()], db: DbSession):
    user = db.scalar(select(User).where(User.username == username))
    if user is None or not verify_password(user.password_hash, password):
        return render(request, "login.html", status=401, error="wrong user name or password")
    if not user.active:
        return render(request, "login.html", status=403, error="this account is disabled; ask an admin")
    request.session.clear()  # a new session (and CSRF token) at every sign-in
    request.session.update(user_id=user.id, csrf=secrets.token_urlsafe(32))
    return redirect("/")


@router.post("/logout")
def logout(request: Request):
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

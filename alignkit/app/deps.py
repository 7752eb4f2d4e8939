"""The FastAPI dependencies and the `Annotated` aliases routes declare their parameters with.

Every route but the login page needs a signed-in user (`CurrentUser`, or a role: `Admin`, `Annotator`,
`Redteamer`), and every POST a CSRF token equal to the one in the signed session cookie (`check_csrf`, an
app-wide dependency). `DbSession` is the request's database session. `Text` and `Uid` are the form fields
the task forms share: a prompt or answer, and the random submission id a form is rendered with.
"""

import secrets
from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request
from sqlalchemy import orm

from alignkit.app.db import User

Text = Annotated[str, Form(min_length=1, max_length=20_000)]
Uid = Annotated[str, Form(min_length=8, max_length=32, pattern=r"^[0-9a-f]+$")]


def db_session(request: Request):
    with request.app.state.sessionmaker() as db:
        yield db


DbSession = Annotated[orm.Session, Depends(db_session)]


def current_user(request: Request, db: DbSession) -> User:
    user = db.get(User, request.session.get("user_id", 0))
    if user is None or not user.active:  # a disabled account's sessions end at once
        raise HTTPException(303, headers={"Location": "/login"})
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require_role(*roles: str):
    """A dependency: the signed-in user, or 403 unless their role is one of `roles`."""

    def check(user: CurrentUser) -> User:
        if user.role not in roles:
            raise HTTPException(403, f"this page is for {' or '.join(roles)} accounts")
        return user

    return check


Admin = Annotated[User, Depends(require_role("admin"))]
Annotator = Annotated[User, Depends(require_role("annotator"))]
Redteamer = Annotated[User, Depends(require_role("redteamer"))]


async def check_csrf(request: Request):
    """Every POST carries the session's token in a form field `csrf_token` (forms of other sites cannot)."""
    if request.method == "POST":
        sent, expected = (await request.form()).get("csrf_token", ""), request.session.get("csrf", "")
        # No session token (no cookie: a form on another site) is a refusal too, or that site could sign
        # the browser in to an account of its own.
        if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
            raise HTTPException(403, "missing or stale form token: reload the page and submit again")

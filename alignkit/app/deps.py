"""The FastAPI dependencies and the `Annotated` aliases routes declare their parameters with.

Every route but the login page needs a signed-in user (`CurrentUser`, or a role: `Admin`, `Annotator`,
`Redteamer`), and every POST a CSRF token equal to the one in the signed session cookie (`check_csrf`, an
app-wide dependency); a session cookie is valid while its generation is the account's (`User.session_gen`).
`DbSession` is the request's database session. `Text` and `Uid` are the form fields the task forms share: a
prompt or answer (never blank, `checks.text_problem`), and the random submission id a form is rendered with;
`RowId` is an id in a path, 422 beyond what a row id can be.
"""

import secrets
from typing import Annotated

from fastapi import Depends, Form, HTTPException, Path, Request
from pydantic import AfterValidator
from sqlalchemy import orm

from alignkit.app.checks import MAX_ID, TEXT_MAX, text_problem
from alignkit.app.db import User


def checked(max_chars: int = TEXT_MAX, blank_ok: bool = False) -> AfterValidator:
    """A form field's check: `checks.text_problem` (not blank, no NUL, valid Unicode, at most max_chars)."""

    def check(value: str) -> str:
        problem = text_problem(value, max_chars, blank_ok)
        if problem:
            raise ValueError(problem)
        return value

    return AfterValidator(check)


Text = Annotated[str, Form(), checked()]
Uid = Annotated[str, Form(min_length=8, max_length=32, pattern=r"^[0-9a-f]+$")]
RowId = Annotated[int, Path(ge=1, le=MAX_ID)]
MAX_BODY = 65 * 2**20  # bytes of a POST: a prompt pool (pool.MAX_POOL_BYTES) and the form around it


def db_session(request: Request):
    with request.app.state.sessionmaker() as db:
        yield db


DbSession = Annotated[orm.Session, Depends(db_session)]


def session_user(request: Request, db: orm.Session) -> User | None:
    """The account of the request's session cookie while that session is valid: the account is active and
    the cookie's generation is the account's (sign-out, a new password, disabling or enabling end it)."""
    user_id = request.session.get("user_id")
    if not isinstance(user_id, int) or not 0 < user_id <= MAX_ID:
        return None
    user = db.get(User, user_id)
    if user is None or not user.active or request.session.get("gen") != user.session_gen:
        return None
    return user


def current_user(request: Request, db: DbSession) -> User:
    user = session_user(request, db)
    if user is None:
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
        if int(request.headers.get("content-length") or 0) > MAX_BODY:  # refused before it is read and spooled
            raise HTTPException(413, f"a form is at most {MAX_BODY // 2**20} MiB (a prompt pool: split the file)")
        sent, expected = (await request.form()).get("csrf_token", ""), request.session.get("csrf", "")
        # No session token (no cookie: a form on another site) is a refusal too, or that site could sign
        # the browser in to an account of its own.
        if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
            raise HTTPException(403, "missing or stale form token: reload the page and submit again")

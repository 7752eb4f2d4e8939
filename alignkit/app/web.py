"""The app's plumbing (passwords, database session, sign-in, roles, CSRF, pages) and `create_app`.

Every route but the login page needs a signed-in user, and every POST a CSRF token equal to the one in
the signed session cookie. Annotators reach only their own work: an item is shown to the annotator it
is assigned to, a red-team session to its red-teamer. Prompts and answers are untrusted text: Jinja2
escapes everything it renders, and the Content-Security-Policy forbids inline scripts besides.
"""

import secrets
import uuid
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.middleware.sessions import SessionMiddleware

from alignkit.app.db import Setting, User, make_engine, make_sessionmaker

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")  # autoescape is on for .html


# --- plumbing ---------------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def verify_password(hashed: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    try:
        return PasswordHasher().verify(hashed, password)
    except VerificationError:
        return False


def get_db(request: Request):
    with request.app.state.sessionmaker() as db:
        yield db


def signed_in(request: Request, db: Session = Depends(get_db)) -> User:
    user = db.get(User, request.session.get("user_id", 0))
    if user is None or not user.active:  # a disabled account's sessions end at once
        raise HTTPException(303, headers={"Location": "/login"})
    return user


def need(*roles: str):
    def check(user: User = Depends(signed_in)) -> User:
        if user.role not in roles:
            raise HTTPException(403, f"this page is for {' or '.join(roles)} accounts")
        return user

    return check


async def check_csrf(request: Request):
    """Every POST carries the session's token in a form field `csrf_token` (forms of other sites cannot)."""
    if request.method == "POST":
        sent, expected = (await request.form()).get("csrf_token", ""), request.session.get("csrf", "")
        # No session token (no cookie: a form on another site) is a refusal too, or that site could sign
        # the browser in to an account of its own.
        if not expected or not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
            raise HTTPException(403, "missing or stale form token: reload the page and submit again")


def page(request: Request, name: str, user: User | None = None, status: int = 200, **context):
    """Render a template; every form gets the session's CSRF token and a fresh submission id. It never starts a
    session (only the login page does): an error page answering another site's form must not replace the
    browser's session cookie."""
    csrf = request.session.get("csrf", "")
    return templates.TemplateResponse(request, name, {"user": user, "csrf": csrf, "uid": uuid.uuid4().hex, **context},
                                      status_code=status)


def go(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# --- the app ----------------------------------------------------------------------------------------------


def create_app(cfg) -> FastAPI:
    """The app over the (already migrated) database at cfg.database_url."""
    from alignkit.app import admin, routes

    engine = make_engine(cfg.database_url)
    sessions = make_sessionmaker(engine)
    with sessions() as db:
        secret = db.get(Setting, "secret_key")
        if secret is None:
            db.add(Setting(key="secret_key", value=secrets.token_urlsafe(48)))
            try:
                db.commit()
            except IntegrityError:  # another worker made it first
                db.rollback()
            secret = db.get(Setting, "secret_key")
        secret = secret.value

    app = FastAPI(title="alignkit annotation", dependencies=[Depends(check_csrf)], docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.sessionmaker, app.state.cfg = sessions, cfg
    app.add_middleware(SessionMiddleware, secret_key=secret, same_site="lax", https_only=cfg.https_only,
                       session_cookie="alignkit_session")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = "default-src 'self'; form-action 'self'; frame-ancestors 'none'"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    @app.exception_handler(HTTPException)
    async def error_page(request: Request, exc: HTTPException):
        if exc.status_code == 303:
            return go(exc.headers["Location"])
        return page(request, "error.html", status=exc.status_code, message=exc.detail)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(admin.router)
    app.include_router(routes.router)
    return app

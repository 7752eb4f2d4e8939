"""`create_app`: the annotation app assembled from its parts (the database, the session cookie, the security
headers, the error page, the routers).

Every route but the login page needs a signed-in user, and every POST a CSRF token equal to the one in
the signed session cookie (`deps`). Annotators reach only their own work: an item is shown to the annotator
it is assigned to, a red-team session to its red-teamer (`assign`, `routes.redteam`). Prompts and answers are
untrusted text: Jinja2 escapes everything it renders, and the Content-Security-Policy forbids inline scripts
besides.
"""

from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from alignkit.app import throttle
from alignkit.app.db import make_engine, make_sessionmaker
from alignkit.app.deps import check_csrf
from alignkit.app.pages import redirect, render
from alignkit.app.routes import account, admin, redteam, tasks
from alignkit.app.security import session_secret


async def security_headers(request: Request, call_next):
    """CSP and friends on every answer; no-store on every page (they are personal: work, accounts, exports);
    the session cookie marked Secure whenever the request came over HTTPS (directly, or through a TLS proxy
    that says so in X-Forwarded-Proto, which uvicorn honours from 127.0.0.1)."""
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = "default-src 'self'; form-action 'self'; frame-ancestors 'none'"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    if not request.url.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
    if request.url.scheme == "https":
        response.raw_headers[:] = [(k, v + b"; secure" if k == b"set-cookie" and b"; secure" not in v.lower() else v)
                                   for k, v in response.raw_headers]
    return response


async def error_page(request: Request, exc: HTTPException):
    """An HTTP error as a page; a 303 (the sign-in redirect of `deps.current_user`) as the redirect it is."""
    if exc.status_code == 303:
        return redirect(exc.headers["Location"])
    return render(request, "error.html", status=exc.status_code, message=exc.detail)


async def invalid_input_page(request: Request, exc: RequestValidationError):
    """A 422 page naming each bad field and why, never echoing what was sent (it may be a password)."""
    why = "; ".join(f"{e['loc'][-1]}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors())
    return render(request, "error.html", status=422, message=f"not accepted: {why}")


async def busy_page(request: Request, exc: TimeoutError):
    return render(request, "error.html", status=503, message=str(exc))


def create_app(cfg) -> FastAPI:
    """The app over the (already migrated) database at cfg.database_url."""
    sessions = make_sessionmaker(make_engine(cfg.database_url))
    app = FastAPI(title="alignkit annotation", dependencies=[Depends(check_csrf)], docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.sessionmaker, app.state.cfg, app.state.logins = sessions, cfg, throttle.new_state()
    app.add_middleware(SessionMiddleware, secret_key=session_secret(sessions), same_site="lax",
                       https_only=cfg.https_only, session_cookie="alignkit_session")
    app.middleware("http")(security_headers)
    app.add_exception_handler(HTTPException, error_page)
    app.add_exception_handler(RequestValidationError, invalid_input_page)
    app.add_exception_handler(TimeoutError, busy_page)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    for module in (admin, account, tasks, redteam):
        app.include_router(module.router)
    return app

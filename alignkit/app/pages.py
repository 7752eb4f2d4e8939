"""The two responses routes give: a rendered template and a 303 redirect.

Prompts and answers are untrusted text: Jinja2 escapes everything it renders (autoescape is on for .html),
and the Content-Security-Policy (set in `web`) forbids inline scripts besides.
"""

import uuid
from pathlib import Path

from fastapi import Request
from fastapi.responses import RedirectResponse
from fastapi.templating import Jinja2Templates

from alignkit.app.db import EXPERTISE, User

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals["EXPERTISE"] = EXPERTISE  # the red-team forms' tag checkboxes


def render(request: Request, name: str, user: User | None = None, status: int = 200, **context):
    """Render a template; every form gets the session's CSRF token and a fresh submission id. It never starts a
    session (only the login page does): an error page answering another site's form must not replace the
    browser's session cookie."""
    csrf = request.session.get("csrf", "")
    return templates.TemplateResponse(request, name, {"user": user, "csrf": csrf, "uid": uuid.uuid4().hex, **context},
                                      status_code=status)


def redirect(url: str) -> RedirectResponse:
    """See other (303): the answer to every form that was handled."""
    return RedirectResponse(url, status_code=303)

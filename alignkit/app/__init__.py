"""`alignkit app`: the annotation web app, where people give the pipeline its human data (Llama 2-Chat sec. 3).

Tasks, each in rounds an admin opens for a model version:
1. demonstration: the annotator writes a prompt and its answer and rates the answer on five axes
   (informative, truthful, relevant, clear, harmless; 1-5);
2. comparison: two answers from two model variants (imported with the pool, e.g. the
   `comparisons.jsonl` of `alignkit iterate`, or generated live through OpenAI-compatible endpoints
   such as `alignkit serve`); the annotator picks the better one, the degree (significantly / better /
   slightly / negligibly-unsure), the kind (helpfulness or safety) and the safety bin; annotators may
   also write their own prompt and get two live answers;
3. red-team session: adversarial prompts against the round's model, each answer flagged as a violation
   (with its risk category) or not; time on task is recorded from start to end of the session; sessions
   and attacks carry the red-teamer's expertise tags; answers `alignkit redteam`'s two automatic judges
   disagree on (its review.jsonl, imported into the round) are judged the same way; the dashboard reports
   violations per person-hour per model version and tag (`robustness`);
4. human evaluation: a Likert score (1-7) for each of two answers and the pairwise battle's winner.

Rounds assign each pool item to `overlap` annotators so the dashboard can measure agreement
(Krippendorff's alpha, mean pairwise Cohen's kappa); gold items (known better answer) go to every
annotator and score them. Exports are exactly the JSONL records the SFT and reward-model recipes read.

Storage: SQLite by default (WAL, synchronous=FULL), PostgreSQL by `database_url=postgresql+psycopg://...`;
the schema is created and upgraded by Alembic migrations at start. A form carries a random submission id
stored UNIQUE with its row, so a resent form is stored once; a submission is acknowledged (303) only
after its transaction committed. Text is checked before the database sees it (`checks`), so both backends
accept and refuse the same input; sessions are signed cookies that signing out, a new password or disabling
end (`User.session_gen`); failed sign-ins back off (`throttle`).

Deviations, honestly: assignments are taken when an annotator asks for the next item (none are
pre-planned); passwords are set by an admin, there is no self sign-up; live generation waits for the
endpoint inside the request.
"""

import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from alignkit import AlignkitError


@dataclass
class Config:
    # SQLAlchemy URL of the annotations database (sqlite:///FILE or postgresql+psycopg://...)
    database_url: str = "sqlite:///annotations.db"
    host: str = "127.0.0.1"  # address to listen on (0.0.0.0: every interface)
    port: int = 8080  # port to listen on
    admin_user: str = "admin"  # user name of the first admin, made when no admin exists
    # the first admin's password, made when no admin exists; better in the environment (ALIGNKIT_ADMIN_PASSWORD)
    # than here, where `ps` shows it; neither: asked for at a terminal, else a random one, printed once
    admin_password: str = ""
    https_only: bool = False  # session cookie only over HTTPS (always marked Secure on requests that came over HTTPS)
    max_tokens: int = 256  # live generation: most tokens per answer
    temperature: float = 0.7  # live generation: sampling temperature
    generation_timeout: float = 120.0  # live generation: seconds to wait for an endpoint's answer


def prepare(cfg: Config) -> str | None:
    """Migrate the database and make the first admin if there is none; returns a generated password."""
    from sqlalchemy import select
    from sqlalchemy.exc import OperationalError

    from alignkit.app.db import User, make_engine, make_sessionmaker, migrate
    from alignkit.app.security import hash_password, password_problem

    if cfg.database_url.startswith("sqlite:///"):
        parent = Path(cfg.database_url.removeprefix("sqlite:///")).parent
        if not parent.is_dir():
            raise AlignkitError(f"database_url: the folder {parent} does not exist")
    try:
        migrate(cfg.database_url)
    except OperationalError as e:
        raise AlignkitError(f"database_url: cannot open {cfg.database_url}: {e.orig}") from None
    engine = make_engine(cfg.database_url)
    with make_sessionmaker(engine)() as db:
        if db.scalar(select(User.id).where(User.role == "admin").limit(1)) is not None:
            return None
        chosen = cfg.admin_password or os.environ.get("ALIGNKIT_ADMIN_PASSWORD", "") or ask_password(cfg.admin_user)
        if chosen and (problem := password_problem(chosen)):
            raise AlignkitError(f"admin_password: {problem}")
        password = chosen or secrets.token_urlsafe(12)
        db.add(User(username=cfg.admin_user, password_hash=hash_password(password), role="admin"))
        db.commit()
    engine.dispose()
    return None if chosen else password


def ask_password(username: str) -> str:
    """The first admin's password typed twice at a terminal (not echoed); empty without a terminal."""
    import getpass

    if not sys.stdin.isatty():
        return ""
    first = getpass.getpass(f"app: a password for the admin account '{username}' (empty: a random one): ")
    if first and getpass.getpass("app: the same again: ") != first:
        raise AlignkitError("admin password: the two entries differ")
    return first


def main(cfg: Config) -> None:
    import uvicorn

    if cfg.admin_password:
        print("app: admin_password= on a command line is visible to every user of this machine (ps); "
              "prefer the environment variable ALIGNKIT_ADMIN_PASSWORD", file=sys.stderr)
    password = prepare(cfg)
    if password:
        print(f"app: made the admin account '{cfg.admin_user}' with password {password} (shown once)")
    print(f"app: {cfg.database_url} on http://{cfg.host}:{cfg.port}", flush=True)
    from alignkit.app.web import create_app

    uvicorn.run(create_app(cfg), host=cfg.host, port=cfg.port, log_level="warning")

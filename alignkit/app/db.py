"""The annotation app's tables (SQLAlchemy 2 ORM), its engine and its migrations (Alembic).

Every submission row carries `uid`, a random id the form was rendered with and UNIQUE in the table:
a form posted twice (a retry after a timeout, a double click, a client resending after the server
was killed) is stored once, and the second post is answered as the first was.
"""

from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, create_engine, event, true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker

ROLES = ("admin", "annotator", "redteamer")
TASKS = ("demonstration", "comparison", "redteam", "evaluation")
AXES = ("informative", "truthful", "relevant", "clear", "harmless")  # demonstration ratings, 1-5 each
# Red-teamers' expertise (Llama 2-Chat sec. 4.3): tags on red-team sessions and attacks, reported per tag.
EXPERTISE = ("cybersecurity", "election_fraud", "misinformation", "legal", "policy", "civil_rights", "ethics",
             "software_engineering", "machine_learning", "creative_writing")


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # disabled: cannot sign in
    # Every session cookie carries the generation it was made in; sign-out, a new password and disabling or
    # enabling the account add one, which ends every older session (cookies are signed, not stored).
    session_gen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Round(Base):
    """A batch of work on one model version; `overlap` annotators see each item (gold items: everyone)."""

    __tablename__ = "rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    task: Mapped[str] = mapped_column(String(16))
    model_version: Mapped[str] = mapped_column(String(255))
    overlap: Mapped[int] = mapped_column(Integer, default=1)
    guidelines: Mapped[str] = mapped_column(Text, default="", server_default="")  # shown above every task of the round
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    uid: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)  # the form's submission id
    # OpenAI-compatible endpoints answering live: variant A (and the red-team target), variant B.
    endpoint_a: Mapped[str] = mapped_column(String(255), default="")
    model_a: Mapped[str] = mapped_column(String(255), default="")
    endpoint_b: Mapped[str] = mapped_column(String(255), default="")
    model_b: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Item(Base):
    """A prompt of a round's pool, with two answers once generated (imported or live); `gold` is the known better one."""

    __tablename__ = "items"
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    prompt: Mapped[list] = mapped_column(JSON)  # messages, as the data records have them
    risk_category: Mapped[str | None] = mapped_column(String(64), nullable=True)
    answer_a: Mapped[str | None] = mapped_column(Text, nullable=True)
    answer_b: Mapped[str | None] = mapped_column(Text, nullable=True)
    variant_a: Mapped[str] = mapped_column(String(255), default="")
    variant_b: Mapped[str] = mapped_column(String(255), default="")
    gold: Mapped[str | None] = mapped_column(String(1), nullable=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)  # set: the annotator's own prompt
    source: Mapped[str | None] = mapped_column(String(255), nullable=True)
    uid: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)  # an own prompt's submission id


class Import(Base):
    """A prompt-pool file imported into a round; `uid` (the form's submission id) makes a resent upload a no-op."""

    __tablename__ = "imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    items: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Assignment(Base):
    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Demonstration(Base):
    __tablename__ = "demonstrations"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id"), nullable=True)
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    ratings: Mapped[dict] = mapped_column(JSON)  # axis -> 1..5
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Comparison(Base):
    __tablename__ = "comparisons"
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    choice: Mapped[str] = mapped_column(String(1))  # "a" or "b"
    degree: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    safety_bin: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class Evaluation(Base):
    """Human evaluation of one item: a Likert score (1-7) per answer and the battle's winner."""

    __tablename__ = "evaluations"
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    likert_a: Mapped[int] = mapped_column(Integer)
    likert_b: Mapped[int] = mapped_column(Integer)
    winner: Mapped[str] = mapped_column(String(4))  # "a", "b" or "tie"
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)


class RedteamSession(Base):
    """A red-teamer's session on a round's model, with their expertise (`tags`, a list of EXPERTISE)."""

    __tablename__ = "redteam_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    tags: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")


class Attack(Base):
    """One adversarial prompt, the model's answer, and the red-teamer's verdict (set when flagged); `tags`
    (EXPERTISE) default to the session's. An attack with `item_id` is the review of an imported item (a prompt
    and an answer the automatic judges disagreed on): its prompt and answer are the item's, no model was called."""

    __tablename__ = "attacks"
    __table_args__ = (UniqueConstraint("item_id", "user_id"),)  # an item is reviewed once per red-teamer
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("redteam_sessions.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    violation: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    category: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=now)
    flagged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    tags: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), nullable=True, index=True)


def make_engine(url: str):
    """An engine; SQLite gets WAL (readers never block the writer), a 30 s lock wait and synchronous=FULL,
    so a transaction that committed (and was acknowledged) survives a kill -9 of the server."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_size=20, max_overflow=30, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, pool_size=20, max_overflow=30)

    @event.listens_for(engine, "connect")
    def _pragmas(conn, _):
        cur = conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    return engine


def make_sessionmaker(engine):
    return sessionmaker(engine, expire_on_commit=False)


def migrate(url: str) -> None:
    """Bring the database at `url` to the newest schema (alembic upgrade head)."""
    import logging

    from alembic import command
    from alembic.config import Config

    logging.getLogger("alembic").setLevel(logging.WARNING)

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    command.upgrade(cfg, "head")

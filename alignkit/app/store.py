"""Writing rows: submissions stored once, and accounts.

Every submission row carries `uid`, the random id its form was rendered with, UNIQUE in its table; a
submission is acknowledged (303) only after its transaction committed.
"""

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alignkit.app.db import Assignment, User
from alignkit.app.security import hash_password


def store(db: Session, row, assignment: Assignment | None = None) -> None:
    """Insert a submission once: a repeated uid (a resent form) or a second answer to a done assignment is a no-op."""
    table = type(row)

    def stored() -> bool:
        return (db.scalar(select(table.id).where(table.uid == row.uid)) is not None
                or (assignment is not None and bool(db.scalar(select(Assignment.done).where(Assignment.id == assignment.id)))))

    if stored():
        return
    db.add(row)
    if assignment is not None:
        assignment.done = True
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        if not stored():  # not a concurrent resend that got there first: a real error, never acknowledged
            raise


def add_user(db: Session, username: str, password: str, role: str) -> bool:
    """A new account; False (and nothing stored) when the user name is taken, also when it differs from a
    taken one only in case (`Admin` next to `admin`: user names are ASCII, so look-alikes need no more)."""
    if db.scalar(select(User.id).where(func.lower(User.username) == username.lower())) is not None:
        return False
    db.add(User(username=username, password_hash=hash_password(password), role=role))
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        return False
    return True


def end_sessions(db: Session, user_id: int) -> None:
    """End every session of the account (its cookies carry an older generation from now on); commits."""
    db.execute(update(User).where(User.id == user_id).values(session_gen=User.session_gen + 1))
    db.commit()

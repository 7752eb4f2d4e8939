"""Secrets: password hashes (argon2) and the key that signs session cookies (kept in the database, so every
worker and every restart signs with the same one)."""

import secrets

from sqlalchemy.exc import IntegrityError

from alignkit.app.db import Setting


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


def session_secret(sessions) -> str:
    """The session-cookie signing key stored in `settings`, made on first use."""
    with sessions() as db:
        secret = db.get(Setting, "secret_key")
        if secret is None:
            db.add(Setting(key="secret_key", value=secrets.token_urlsafe(48)))
            try:
                db.commit()
            except IntegrityError:  # another worker made it first
                db.rollback()
            secret = db.get(Setting, "secret_key")
        return secret.value

"""Secrets: password hashes (argon2) and the key that signs session cookies (kept in the database, so every
worker and every restart signs with the same one); how strong a password must be.

Argon2 takes 64 MiB and tens of milliseconds a hash, on purpose: at most `HASHING_AT_ONCE` run at once, so
anonymous sign-in attempts cannot drive the server's memory up; the others wait (and give up after
`HASHING_WAIT` seconds)."""

import contextlib
import functools
import secrets
import threading

from sqlalchemy.exc import IntegrityError

from alignkit.app.db import Setting

HASHING_AT_ONCE = 4
HASHING_WAIT = 20.0  # seconds a request waits for a hashing slot before it is answered "busy"
_hashing = threading.BoundedSemaphore(HASHING_AT_ONCE)
MIN_PASSWORD = 8  # characters (NIST SP 800-63B's minimum)
# Guessed first: a password of these (or of fewer than four different characters) is refused.
COMMON_PASSWORDS = {"password", "password1", "password12", "password123", "password1234", "passw0rd", "123456789",
                    "1234567890", "12345678", "qwertyuiop", "iloveyou", "letmein123", "administrator",
                    "changeme", "changeme123", "welcome123", "abcdefghij", "0987654321", "qwerty123", "1q2w3e4r5t"}


@contextlib.contextmanager
def _slot():
    if not _hashing.acquire(timeout=HASHING_WAIT):
        raise TimeoutError("the server is busy checking passwords; try again in a moment")
    try:
        yield
    finally:
        _hashing.release()


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    with _slot():
        return PasswordHasher().hash(password)


def verify_password(hashed: str, password: str) -> bool:
    """Whether `password` is the one `hashed` was made from; raises TimeoutError when no slot frees in time."""
    from argon2 import PasswordHasher
    from argon2.exceptions import VerificationError

    with _slot():
        try:
            return PasswordHasher().verify(hashed, password)
        except VerificationError:
            return False


@functools.cache
def dummy_hash() -> str:
    """A hash of a random password: an unknown user name is checked against it, so a sign-in takes as long
    whether the name exists or not."""
    return hash_password(secrets.token_urlsafe(16))


def password_problem(password: str) -> str | None:
    """Why `password` is too weak, or None."""
    if len(password.strip()) < MIN_PASSWORD:
        return f"a password needs at least {MIN_PASSWORD} characters besides leading and trailing spaces"
    if password.lower() in COMMON_PASSWORDS or len(set(password)) < 4:
        return "this password is among the first an attacker would try; choose another"
    return None


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

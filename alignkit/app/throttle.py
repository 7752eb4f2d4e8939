"""Sign-in throttling: after a few failed sign-ins, an account (and, after more, an address) waits before
the next try, FIRST_WAIT seconds, twice as long after each further failure, up to 15 minutes. The counts live in the process
(`app.state.logins`), so a restart forgets them; a success clears the account's count.

Unknown user names count like real ones, so the answer never tells which names exist.
"""

import threading
import time

FREE = {"user": 5, "ip": 50}  # failures allowed before the back-off starts, per account and per address
FIRST_WAIT = 5.0  # seconds
MAX_WAIT = 900.0
MAX_KEYS = 100_000  # entries kept; past that, the ones whose wait is over are forgotten


def new_state() -> dict:
    return {"lock": threading.Lock(), "failures": {}}


def keys(username: str, address: str) -> list[tuple[str, str]]:
    return [("user", username.casefold()), ("ip", address)]


def wait_seconds(state: dict, keys: list[tuple[str, str]]) -> float:
    """How long these keys must still wait before a sign-in is tried (0: not at all)."""
    now = time.monotonic()
    with state["lock"]:
        return max([state["failures"].get(k, (0, 0.0))[1] - now for k in keys] + [0.0])


def failed(state: dict, keys: list[tuple[str, str]]) -> None:
    now = time.monotonic()
    with state["lock"]:
        failures = state["failures"]
        if len(failures) > MAX_KEYS:
            for k in [k for k, (_, until) in failures.items() if until < now]:
                del failures[k]
        for k in keys:
            count = failures.get(k, (0, 0.0))[0] + 1
            over = count - FREE[k[0]]
            failures[k] = (count, now + min(FIRST_WAIT * 2.0 ** (over - 1), MAX_WAIT) if over > 0 else 0.0)


def succeeded(state: dict, key: tuple[str, str]) -> None:
    with state["lock"]:
        state["failures"].pop(key, None)

"""What the app accepts as text, checked before the database sees it, so SQLite and PostgreSQL accept or refuse
the same input with the same message (PostgreSQL refuses NUL characters and text longer than a column;
SQLite would store both)."""

MAX_ID = 2**31 - 1  # the largest id a row can have on PostgreSQL (INTEGER); larger ids name no row
TEXT_MAX = 20_000  # prompts, answers, guidelines: characters


def text_problem(value: str, max_chars: int = TEXT_MAX, blank_ok: bool = False) -> str | None:
    """Why `value` cannot be stored, or None: blank, a NUL character, not valid Unicode, or too long."""
    if not blank_ok and not value.strip():
        return "must not be empty or only whitespace"
    if "\x00" in value:
        return "must not contain a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "must be valid Unicode text (it holds a lone surrogate)"
    if len(value) > max_chars:
        return f"must be at most {max_chars} characters (it has {len(value)})"
    return None

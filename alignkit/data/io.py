"""Read and write records as JSONL, CSV or either gzipped; every error names file, line and field."""

import csv
import gzip
import io
import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from alignkit import AlignkitError

T = TypeVar("T", bound=BaseModel)


class DataError(AlignkitError):
    pass


def open_text(path: str | Path):
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    # utf-8-sig: a byte-order mark opening the file is skipped; newline="\n": lines end at "\n" only (a JSON
    # string may hold U+2028, U+0085 or a lone "\r" that other line splitters break on).
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="\n")
    return open(path, encoding="utf-8-sig", newline="\n")


def iter_rows(path: str | Path):
    """Yield (line_number, dict) from a .jsonl/.csv file, gzipped or not."""
    path = Path(path)
    fmt = path.name.removesuffix(".gz").rsplit(".", 1)[-1]
    with open_text(path) as f:
        if fmt in ("jsonl", "json"):
            yield from jsonl_rows(f, path)
        elif fmt == "csv":
            reader = csv.DictReader(f)
            for row in reader:
                # JSON-valued cells (prompt as a message list) are decoded; plain text stays text.
                yield reader.line_num, {k: _csv_cell(v) for k, v in row.items() if k and v not in (None, "")}
        else:
            raise DataError(f"{path}: unknown format '{fmt}' (expected .jsonl, .csv, optionally .gz)")


def jsonl_lines(text: str) -> list[str]:
    """JSONL text as lines: split at "\n" only (a "\r" before it dropped), a leading byte-order mark skipped."""
    return text.removeprefix("\ufeff").split("\n")


def jsonl_rows(lines, name):
    """Yield (line_number, dict) from lines of JSONL text (`jsonl_lines`, or a file opened by `open_text`);
    `name` (the file) starts every error, which names the line, and the column or the field."""
    for n, line in enumerate(lines, 1):
        line = line.removesuffix("\n").removesuffix("\r")
        if not line.strip():
            continue
        yield n, parse_json_object(line, f"{name}:{n}")


def parse_json_object(line: str, where: str) -> dict:
    """One JSON object; bad JSON, nesting deeper than MAX_DEPTH, an integer of more than 4,300 digits or a
    string that is not valid Unicode (a lone surrogate escape) is a DataError naming `where`."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as e:
        raise DataError(f"{where}: malformed JSON ({e.msg} at column {e.colno})") from None
    except RecursionError:
        raise DataError(f"{where}: JSON nested too deeply") from None
    except ValueError as e:  # Python refuses to convert an integer of more than 4,300 digits
        raise DataError(f"{where}: malformed JSON ({str(e).split(';')[0]})") from None
    if not isinstance(row, dict):
        raise DataError(f"{where}: expected a JSON object, got {type(row).__name__}")
    _check_strings(row, where, "", 0)
    return row


MAX_DEPTH = 64  # no record nests deeper; deeper input is refused before it reaches a validator


def _check_strings(value, where: str, field: str, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise DataError(f"{where}: field '{field.split('.')[0]}': nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise DataError(f"{where}: field '{field or '(key)'}': not valid Unicode text (a lone surrogate)") from None
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_strings(k, where, field, depth + 1)
            _check_strings(v, where, f"{field}.{k}" if field else k, depth + 1)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_strings(v, where, f"{field}.{i}" if field else str(i), depth + 1)


def _csv_cell(v: str):
    if v[:1] in "[{":
        try:
            return json.loads(v)
        except json.JSONDecodeError:
            return v
    return v


def validate(model: type[T], row: dict, where: str) -> T:
    try:
        return model.model_validate(row)
    except ValidationError as e:
        err = e.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "(record)"
        raise DataError(f"{where}: field '{field}': {err['msg'].removeprefix('Value error, ')}") from None


def read_records(path: str | Path, model: type[T]) -> list[T]:
    """All records of a file, validated; the first bad one stops with `file:line: field 'x': why`."""
    return [validate(model, row, f"{path}:{n}") for n, row in iter_rows(path)]


def write_jsonl(path: str | Path, records) -> None:
    """Write records atomically (temp file + rename), so a crash never leaves half a file."""
    from alignkit.rundir import atomic_write

    buf = io.StringIO()
    for r in records:
        row = r.model_dump(exclude_none=True) if isinstance(r, BaseModel) else r
        buf.write(json.dumps(row, ensure_ascii=False) + "\n")
    data = buf.getvalue().encode()
    if str(path).endswith(".gz"):
        data = gzip.compress(data, mtime=0)
    atomic_write(path, data)

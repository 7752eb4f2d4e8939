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
    return gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else open(path, encoding="utf-8")


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


def jsonl_rows(lines, name):
    """Yield (line_number, dict) from lines of JSONL text; `name` (the file) starts every error."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise DataError(f"{name}:{n}: malformed JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(row, dict):
            raise DataError(f"{name}:{n}: expected a JSON object, got {type(row).__name__}")
        yield n, row


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
        raise DataError(f"{where}: field '{field}': {err['msg']}") from None


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

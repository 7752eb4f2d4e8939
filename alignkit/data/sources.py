"""Where records come from: a data spec names a file, a starter-pack file, or a public format.

Specs:
  path/to/file.jsonl[.gz] | .csv     records in alignkit's own format
  starter:NAME                      a starter-pack file shipped in the package (e.g. starter:sft)
  LOADER:PATH | LOADER:data:REL | LOADER:hub:OWNER/REPO/FILE
                                    a public format (hh_rlhf, oasst_sft, oasst_pairs, trl, harmbench,
                                    advbench, do_not_answer), see alignkit.data.loaders
"""

import random
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from alignkit.data.io import DataError, iter_rows, validate
from alignkit.data.loaders import LOADERS, load_dataset

T = TypeVar("T", bound=BaseModel)


def starter_path(name: str) -> Path:
    path = Path(str(resources.files("alignkit.data") / "starter" / f"{name}.jsonl"))
    if not path.is_file():
        raise DataError(f"starter:{name}: no such starter-pack file ({path})")
    return path


def resolve(spec: str) -> Path:
    return starter_path(spec.removeprefix("starter:")) if spec.startswith("starter:") else Path(spec)


def load_records(specs: list[str], model: type[T]) -> list[tuple[str, T]]:
    """Records of every spec, each with where it came from (`file:line`), for error messages."""
    out = []
    for spec in specs:
        name = spec.partition(":")[0]
        if name in LOADERS:
            records = load_dataset(spec)
            wrong = [r for r in records if not isinstance(r, model)]
            if wrong:
                raise DataError(f"{spec}: gives {type(wrong[0]).__name__} records where {model.__name__} is needed")
            out += [(f"{spec}#{i}", r) for i, r in enumerate(records, 1)]
            continue
        path = resolve(spec)
        out += [(f"{path}:{n}", validate(model, row, f"{path}:{n}")) for n, row in iter_rows(path)]
    if not out:
        raise DataError(f"no records in {', '.join(specs) or '(no data files given)'}")
    return out


def mix(train: list, extra: list, fraction: float, seed: int) -> list:
    """All of `train` plus a seeded sample of `extra` of size fraction * len(train) (capped at len(extra))."""
    n = min(len(extra), round(fraction * len(train)))
    return train + random.Random(seed).sample(extra, n)

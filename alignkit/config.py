"""Configs: a recipe's dataclass defaults < a YAML file < dotted `key=value` overrides.

OmegaConf does the merging and the type checks (Literal choices included); an unknown key is an
error that lists the valid ones. The resolved config is saved in the run directory as YAML.
"""

import dataclasses
from pathlib import Path
from typing import TypeVar

from omegaconf import OmegaConf
from omegaconf.errors import ConfigKeyError, OmegaConfBaseException

from alignkit import AlignkitError

T = TypeVar("T")


def valid_keys(cls, prefix: str = "") -> list[str]:
    """Dotted names of every field, nested dataclasses expanded."""
    keys = []
    for f in dataclasses.fields(cls):
        if dataclasses.is_dataclass(f.type):
            keys += valid_keys(f.type, f"{prefix}{f.name}.")
        else:
            keys.append(prefix + f.name)
    return keys


def _merge(base, layer, what: str, cls):
    try:
        return OmegaConf.merge(base, layer)
    except ConfigKeyError as e:
        raise AlignkitError(
            f"{what}: unknown key '{e.full_key}'. Valid keys: {', '.join(valid_keys(cls))}"
        ) from None
    except OmegaConfBaseException as e:
        msg = str(e).splitlines()[0]
        raise AlignkitError(f"{what}: key '{e.full_key}': {msg}") from None


def load_config(cls: type[T], config_file: str | Path | None = None, overrides: list[str] = ()) -> T:
    """Build `cls` from its defaults, then `config_file` (YAML), then `overrides` (`a.b=value`)."""
    cfg = OmegaConf.structured(cls)
    if config_file is not None:
        path = Path(config_file)
        if not path.is_file():
            raise AlignkitError(f"{path}: config file not found")
        try:
            layer = OmegaConf.load(path)
        except Exception as e:  # yaml.YAMLError has line/column in its message
            raise AlignkitError(f"{path}: not valid YAML: {e}") from None
        cfg = _merge(cfg, layer, str(path), cls)
    for item in overrides:
        if "=" not in item:
            raise AlignkitError(f"override '{item}': expected key=value")
        cfg = _merge(cfg, OmegaConf.from_dotlist([item]), f"override '{item}'", cls)
    missing = OmegaConf.missing_keys(cfg)
    if missing:
        raise AlignkitError(f"required config keys not set: {', '.join(sorted(missing))}")
    return OmegaConf.to_object(cfg)


def to_yaml(cfg) -> str:
    return OmegaConf.to_yaml(OmegaConf.structured(cfg))

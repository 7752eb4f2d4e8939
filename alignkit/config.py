"""Configs: a recipe's dataclass defaults < a YAML file < dotted `key=value` overrides.

OmegaConf does the merging and the type checks (Literal choices included); an unknown key is an
error that lists the valid ones. The resolved config is saved in the run directory as YAML.
"""

import ast
import dataclasses
import functools
import inspect
import io
import re
import shutil
import textwrap
import tokenize
import typing
from pathlib import Path
from typing import TypeVar

import yaml
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


# Help text. A field's meaning is its comment in the source: the comment lines directly above it and the
# comment at the end of its line(s); `field(metadata={"help": ...})` wins where a field has one.


def _comments(source: str) -> dict[int, tuple[str, bool]]:
    """Line number -> (comment text, whether the line holds nothing else)."""
    out = {}
    code_lines = set()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            out[tok.start[0]] = tok.string.lstrip("#").strip()
        elif tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            code_lines.update(range(tok.start[0], tok.end[0] + 1))
    return {line: (text, line not in code_lines) for line, text in out.items()}


@functools.cache
def _source_help(cls) -> dict[str, str]:
    """Field name -> its comments, for the fields that `cls` itself declares."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
        tree = ast.parse(source)
    except (OSError, TypeError, SyntaxError):  # no source (built in, frozen app), or not dedentable: no help
        return {}
    comments = _comments(source)
    out = {}
    for node in tree.body[0].body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        above = []
        line = node.lineno - 1
        while line in comments and comments[line][1]:  # whole-line comments, no blank line between
            above.insert(0, comments[line][0])
            line -= 1
        trailing = [comments[n][0] for n in range(node.lineno, node.end_lineno + 1) if n in comments]
        text = " ".join(t for t in above + trailing if t)
        if text:
            out[node.target.id] = text
    return out


def field_help(cls) -> dict[str, str]:
    """Field name -> help text for the fields of dataclass `cls` (inherited fields included)."""
    found = {}
    for klass in reversed(cls.__mro__):
        if dataclasses.is_dataclass(klass):
            found.update(_source_help(klass))
    for f in dataclasses.fields(cls):
        if f.metadata.get("help"):
            found[f.name] = f.metadata["help"]
    return {f.name: found.get(f.name, "") for f in dataclasses.fields(cls)}


def config_help(cls, prefix: str = "") -> dict[str, str]:
    """Dotted key -> help text, nested dataclasses expanded; a nested dataclass's own key comes before its fields."""
    out = {}
    helps = field_help(cls)
    for f in dataclasses.fields(cls):
        out[prefix + f.name] = helps[f.name]
        kind = typing.get_type_hints(cls)[f.name] if isinstance(f.type, str) else f.type  # `from __future__ import annotations`
        if dataclasses.is_dataclass(kind):
            out.update(config_help(kind, f"{prefix}{f.name}."))
    return out


def _default_text(value, limit: int = 48) -> str:
    if value == "???":
        return "??? (required)"
    text = yaml.safe_dump(value, default_flow_style=True, width=float("inf"), sort_keys=False).strip()
    text = text.removesuffix("\n...").removesuffix("...").strip()  # a bare scalar ends the document with '...'
    return text if len(text) <= limit else text[: limit - 3] + "..."


def help_text(cls, width: int | None = None) -> str:
    """Every config key of `cls` (dotted, nested dataclasses expanded) with its default and its help, for --help."""
    width = width or max(60, min(shutil.get_terminal_size().columns, 120) - 2)
    column = 30
    defaults = OmegaConf.to_container(OmegaConf.structured(cls), enum_to_str=True)  # a field without one: '???'
    helps = config_help(cls)
    groups = {key.rsplit(".", 1)[0] for key in helps if "." in key}
    lines = []
    for key, text in helps.items():
        if key in groups:
            left = f"  {key}.*"
        else:
            left = f"  {key}={_default_text(functools.reduce(dict.__getitem__, key.split('.'), defaults))}"
        wrapped = textwrap.wrap(text or "(no help)", width - column, break_on_hyphens=False, break_long_words=False)
        if len(left) + 2 > column:
            lines.append(left)
        else:
            lines.append(left.ljust(column) + wrapped.pop(0))
        lines += [" " * column + w for w in wrapped]
    return "\n".join(lines)


_KEY_LINE = re.compile(r"^( *)([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$")


def with_help_comments(yaml_text: str, helps: dict[str, str]) -> str:
    """`yaml_text` (OmegaConf's YAML of a config) with each config key's help as a YAML comment: at the end of
    the key's line, or on a line of its own above the key where the value goes on over more lines. Only
    comments are added, so the text parses to the same values."""
    lines = yaml_text.splitlines()
    out = []
    sections = []  # (indent, name) of the mappings the current line is inside
    scalar_indent = None  # indent of the last key with a value on its line: deeper lines go on with that value
    for i, line in enumerate(lines):
        m = _KEY_LINE.match(line)
        deeper = scalar_indent is not None and len(line) - len(line.lstrip(" ")) > scalar_indent
        if m is None or deeper or not line.strip():
            out.append(line)
            continue
        indent, name, value = len(m.group(1)), m.group(2), m.group(3)
        scalar_indent = None if value is None else indent
        while sections and sections[-1][0] >= indent:
            sections.pop()
        key = ".".join([s[1] for s in sections] + [name])
        text = helps.get(key)
        if value is None:  # a nested mapping or a block list follows
            sections.append((indent, name))
        if text:
            following = next((n for n in lines[i + 1 :] if n.strip()), "")
            continued = value is not None and len(following) - len(following.lstrip(" ")) > indent
            if continued:
                out.append(" " * indent + "# " + text)
                out.append(line)
                continue
            line = f"{line}  # {text}"
        out.append(line)
    return "\n".join(out) + ("\n" if yaml_text.endswith("\n") else "")


def to_yaml_with_help(cfg) -> str:
    """`to_yaml(cfg)` with the help of every key as a YAML comment (for --show-config)."""
    return with_help_comments(to_yaml(cfg), config_help(type(cfg)))

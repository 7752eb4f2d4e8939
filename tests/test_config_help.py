"""Config help: every key of every command has a meaning (its source comment), shown by --help and --show-config."""

import importlib
from dataclasses import dataclass, field

import pytest
import yaml

from alignkit.cli import COMMANDS, main
from alignkit.config import config_help, field_help, help_text, to_yaml, to_yaml_with_help, with_help_comments

CONFIGS = {name: importlib.import_module(module).Config for name, (module, _) in COMMANDS.items()}


@dataclass
class Inner:
    depth: int = 2  # how deep
    # the first line of a comment above,
    # and its second line
    width: list[str] = field(default_factory=lambda: ["a # not a comment"])


@dataclass
class Sample:
    """A docstring is not a field's help."""

    plain: str = "x # y"
    # a section comment with a blank line after it belongs to no field

    trailing: int = 1  # after the field
    inner: Inner = field(default_factory=Inner)  # a group of keys
    spread: Inner = field(default_factory=lambda: Inner(  # help on the first line
        depth=3))  # and on the last
    meta: float = field(default=0.5, metadata={"help": "from metadata"})  # metadata wins


@dataclass
class Derived(Sample):
    extra: bool = False  # a field of the subclass


def test_help_comes_from_the_source_comments():
    assert field_help(Sample) == {"plain": "", "trailing": "after the field", "inner": "a group of keys",
                                  "spread": "help on the first line and on the last", "meta": "from metadata"}
    assert field_help(Inner) == {"depth": "how deep", "width": "the first line of a comment above, and its second line"}
    assert field_help(Derived)["extra"] == "a field of the subclass" and field_help(Derived)["trailing"] == "after the field"
    assert list(config_help(Sample)) == ["plain", "trailing", "inner", "inner.depth", "inner.width", "spread",
                                         "spread.depth", "spread.width", "meta"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_config_key_has_help(command):
    """A new config field needs a comment (at the end of its line or on the line above): its --help text."""
    missing = [key for key, text in config_help(CONFIGS[command]).items() if not text]
    assert not missing, f"alignkit {command}: config keys without a comment: {', '.join(missing)}"


def added_comments(plain: str, commented: str) -> list[str]:
    """The comments `commented` adds to `plain`; fails if it changes anything else."""
    plain_lines, comments = plain.splitlines(), []
    j = 0
    for line in commented.splitlines():
        if j < len(plain_lines) and line.startswith(plain_lines[j] + "  # "):
            comments.append(line[len(plain_lines[j]) + 4 :])
            j += 1
        elif j < len(plain_lines) and line == plain_lines[j]:
            j += 1
        else:
            assert line.lstrip().startswith("# "), line
            comments.append(line.lstrip()[2:])
    assert j == len(plain_lines)
    return comments


@pytest.mark.parametrize("command", COMMANDS)
def test_show_config_comments_every_key_and_parses_the_same(command):
    cfg = CONFIGS[command]()
    plain, commented = to_yaml(cfg), to_yaml_with_help(cfg)
    assert yaml.safe_load(commented) == yaml.safe_load(plain)
    assert sorted(added_comments(plain, commented)) == sorted(config_help(CONFIGS[command]).values())


def test_comments_stay_out_of_multi_line_values():
    text = yaml.safe_dump({"a": {"long": "word " * 40 + "\n\nnote: x # y " * 3, "quoted": "it's: " * 30, "n": 1},
                           "note": "z", "b": ["x: 1"]}, sort_keys=False)
    helps = {"a": "group", "a.long": "long help", "a.quoted": "quoted help", "a.n": "n help", "note": "top", "b": "list"}
    commented = with_help_comments(text, helps)
    assert yaml.safe_load(commented) == yaml.safe_load(text)
    assert sorted(added_comments(text, commented)) == sorted(helps.values())
    assert "  n: 1  # n help" in commented and "note: z  # top" in commented and "a:  # group" in commented
    assert "  # long help\n  long: " in commented and "  # quoted help\n  quoted: " in commented
    text = "a:\n  quoted: 'first line\n\n    note: not a key'\n  n: 1\nnote: z\n"  # a line of a value that looks like a key
    commented = with_help_comments(text, {"a.quoted": "quoted help", "a.note": "not this", "a.n": "n help"})
    assert yaml.safe_load(commented) == yaml.safe_load(text) == {"a": {"quoted": "first line\nnote: not a key", "n": 1},
                                                                 "note": "z"}
    assert sorted(added_comments(text, commented)) == ["n help", "quoted help"]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_lists_every_key_default_and_meaning(command, capsys):
    with pytest.raises(SystemExit) as e:
        main([command, "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: alignkit {command}") and COMMANDS[command][1].split()[0] in out
    flat = " ".join(out.split())
    for key, text in config_help(CONFIGS[command]).items():
        assert f"\n  {key}=" in out or f"\n  {key}.*" in out, key
        assert " ".join(text.split()) in flat, key


def test_help_and_show_config_samples(capsys):
    assert "  lr=5.0e-05" in help_text(CONFIGS["sft"]) and "  lora.*" in help_text(CONFIGS["sft"])
    assert "  model=??? (required)" in help_text(CONFIGS["score"])
    assert main(["sft", "--show-config", "epochs=3"]) == 0
    out = capsys.readouterr().out
    assert "\nepochs: 3  # passes over the training data" in out and "\n  r: 16  # rank of the adapters\n" in out

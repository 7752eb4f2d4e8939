"""Config merging and strictness; data io errors; atomic writes; manifests."""

import gzip
import importlib
import json

import pytest

from alignkit import AlignkitError
from alignkit.config import load_config, to_yaml
from alignkit.data.io import DataError, read_records, write_jsonl
from alignkit.data.records import Conversation, PreferencePair, Prompt
from alignkit.data.sources import load_records
from alignkit.recipes import sft
from alignkit.rundir import atomic_write, start_run


def test_defaults_yaml_overrides_in_order(tmp_path):
    y = tmp_path / "c.yaml"
    y.write_text("lr: 1.0e-4\nepochs: 3\nlora:\n  enabled: true\n")
    cfg = load_config(sft.Config, y, ["epochs=5", "data.train=[a.jsonl,b.jsonl]"])
    assert (cfg.lr, cfg.epochs, cfg.lora.enabled, cfg.data.train) == (1e-4, 5, True, ["a.jsonl", "b.jsonl"])
    assert cfg.batch_size == sft.Config().batch_size
    assert "epochs: 5" in to_yaml(cfg)


def test_unknown_key_lists_valid_keys(tmp_path):
    with pytest.raises(AlignkitError, match=r"override 'lrr=1': unknown key 'lrr'. Valid keys: model, out_dir") as e:
        load_config(sft.Config, None, ["lrr=1"])
    assert ", lr," in str(e.value) and ", lora.r," in str(e.value)
    y = tmp_path / "c.yaml"
    y.write_text("lora:\n  rank: 4\n")
    with pytest.raises(AlignkitError, match=rf"{y}: unknown key 'lora.rank'"):
        load_config(sft.Config, y)


def test_bad_values(tmp_path):
    with pytest.raises(AlignkitError, match="key 'precision'.*fp16"):
        load_config(sft.Config, None, ["precision=fp16"])
    with pytest.raises(AlignkitError, match="key 'lr'"):
        load_config(sft.Config, None, ["lr=fast"])
    with pytest.raises(AlignkitError, match="config file not found"):
        load_config(sft.Config, tmp_path / "missing.yaml")


PAIR = {"prompt": "Is the sky blue?", "chosen": "Yes, on a clear day.", "rejected": "No.", "degree": "better"}


def test_jsonl_csv_gzip_round_trip(tmp_path):
    pairs = [PreferencePair(**PAIR), PreferencePair(**{**PAIR, "kind": "safety", "safety_bin": "both_safe"})]
    write_jsonl(tmp_path / "p.jsonl.gz", pairs)
    assert read_records(tmp_path / "p.jsonl.gz", PreferencePair) == pairs
    (tmp_path / "p.csv").write_text('prompt,chosen,rejected,degree\n"Is the sky blue?","Yes, on a clear day.",No.,better\n')
    assert read_records(tmp_path / "p.csv", PreferencePair) == pairs[:1]
    with gzip.open(tmp_path / "q.csv.gz", "wt") as f:
        f.write('prompt,risk_category\n"[{""role"": ""user"", ""content"": ""hi""}]",hateful_harmful\n')
    assert read_records(tmp_path / "q.csv.gz", Prompt)[0].prompt[0].content == "hi"


@pytest.mark.parametrize("line,message", [
    ("{not json", "malformed JSON"),
    ('["a list"]', "expected a JSON object"),
    (json.dumps({**PAIR, "degree": "much_better"}), "field 'degree'"),
    (json.dumps({**PAIR, "rejected": PAIR["chosen"]}), "chosen is identical to rejected"),
    (json.dumps({**PAIR, "chosen": " "}), "must be non-empty"),
    (json.dumps({**PAIR, "colour": "red"}), "field 'colour': Extra inputs are not permitted"),
    (json.dumps({k: v for k, v in PAIR.items() if k != "rejected"}), "field 'rejected': Field required"),
])
def test_malformed_record_names_file_line_field(tmp_path, line, message):
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps(PAIR) + "\n\n" + line + "\n")
    with pytest.raises(DataError, match=rf"{path}:3: .*{message}"):
        read_records(path, PreferencePair)


def test_one_line_reader_splits_on_newline_only_and_refuses_what_would_crash_later(tmp_path):
    """The project's own writer puts U+2028, U+2029, U+0085 and a lone \\r inside strings as they are: the reader
    splits lines at "\\n" only, so they read back; a UTF-8 BOM is skipped; deep nesting, a 5,000-digit integer
    and a lone surrogate are one clear error naming file, line (and field), never a crash; columns count
    from the line's first character."""
    odd = {**PAIR, "chosen": "one\u2028two\u2029three\u0085four\rfive\x0cend"}
    write_jsonl(tmp_path / "odd.jsonl", [odd, PAIR])
    assert [r.chosen for r in read_records(tmp_path / "odd.jsonl", PreferencePair)] == [odd["chosen"], PAIR["chosen"]]
    write_jsonl(tmp_path / "odd.jsonl.gz", [odd])
    assert read_records(tmp_path / "odd.jsonl.gz", PreferencePair)[0].chosen == odd["chosen"]
    (tmp_path / "bom.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps(PAIR).encode() + b"\r\n")
    assert read_records(tmp_path / "bom.jsonl", PreferencePair) == [PreferencePair(**PAIR)]
    cases = [('{"a": ' + "[" * 100_000, ":2: JSON nested too deeply"),
             ('{"a": ' + "9" * 5000 + "}", ":2: malformed JSON .*4300 digits"),
             ('{"prompt": "ok", "chosen": "\\udc00x"}', ":2: field 'chosen': not valid Unicode text"),
             ('{"prompt": [{"role": "user", "content": "\\ud800"}]}', ":2: field 'prompt.0.content': not valid Unicode"),
             ('{"prompt": "x",, }', ":2: malformed JSON .* at column 16\\)")]
    for line, message in cases:
        path = tmp_path / "bad.jsonl"
        path.write_text("\ufeff" + json.dumps(PAIR) + "\n" + line + "\n", encoding="utf-8")
        with pytest.raises(DataError, match=rf"{path}{message}"):
            read_records(path, PreferencePair)


def test_conversation_rules():
    with pytest.raises(ValueError, match="must end with an assistant message"):
        Conversation(messages=[{"role": "assistant", "content": "a"}, {"role": "user", "content": "q"}])
    with pytest.raises(ValueError, match="an assistant message is empty"):
        Conversation(messages=[{"role": "user", "content": "q"}, {"role": "assistant", "content": ""}])


def test_starter_spec_and_unknown_format(tmp_path):
    assert load_records(["starter:sft"], Conversation)
    with pytest.raises(DataError, match="starter:nope: no such starter-pack file"):
        load_records(["starter:nope"], Conversation)
    (tmp_path / "x.txt").write_text("x")
    with pytest.raises(DataError, match="unknown format 'txt'"):
        load_records([str(tmp_path / "x.txt")], Conversation)


def test_atomic_write_keeps_old_file_on_failure(tmp_path):
    path = tmp_path / "f.json"
    atomic_write(path, "old")


    with pytest.raises(TypeError):
        atomic_write(path, 123)  # fails mid-way: nothing replaces the old content
    assert path.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_run_dir_refuses_other_config(tmp_path):
    start_run(tmp_path, "sft", "lr: 1\n")
    start_run(tmp_path, "sft", "lr: 1\n")  # same config: resume
    with pytest.raises(AlignkitError, match="another config"):
        start_run(tmp_path, "sft", "lr: 2\n")


def test_presets_load():
    from pathlib import Path

    presets = sorted(Path(__file__).parent.parent.glob("configs/*.yaml"))
    assert presets, "no configs/*.yaml found"
    for path in presets:
        command = path.read_text().splitlines()[0]
        assert command.startswith("# alignkit "), f"{path} must open with its command"
        from alignkit.cli import COMMANDS

        module = importlib.import_module(COMMANDS[command.split()[2]][0])
        load_config(module.Config, path)

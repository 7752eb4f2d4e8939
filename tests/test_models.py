import json

import pytest

from alignkit import AlignkitError
from alignkit.models import load_causal_lm, resolve_model


def test_resolve_model_paths(tmp_path, tiny_model_dir):
    assert resolve_model(str(tiny_model_dir)) == str(tiny_model_dir)
    assert resolve_model("HuggingFaceTB/SmolLM2-360M-Instruct") == "HuggingFaceTB/SmolLM2-360M-Instruct"  # Hub id, as is
    with pytest.raises(AlignkitError, match="model folder not found"):
        resolve_model(str(tmp_path / "nowhere"))
    with pytest.raises(AlignkitError, match="neither a model folder"):
        resolve_model(str(tmp_path))


def test_run_dir_resolves_to_final_only_when_completed(tmp_path, tiny_model_dir):
    run = tmp_path / "run"
    run.mkdir()
    (run / "manifest.json").write_text(json.dumps({"status": "running"}))
    with pytest.raises(AlignkitError, match="not completed"):
        resolve_model(str(run))
    (run / "manifest.json").write_text(json.dumps({"status": "completed"}))
    tiny_model_dir.rename(run / "final")
    assert resolve_model(str(run)) == str(run / "final")
    assert load_causal_lm(str(run)).config.num_hidden_layers == 2


def test_missing_checkpoint_is_a_clear_error(tmp_path):
    (tmp_path / "m").mkdir()
    (tmp_path / "m/config.json").write_text("{}")
    with pytest.raises(AlignkitError, match="cannot load model"):
        load_causal_lm(str(tmp_path / "m"))

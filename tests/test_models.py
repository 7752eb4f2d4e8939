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


def test_reward_head_initialised_on_purpose_is_not_reported_as_a_problem(tiny_model_dir, capfd, caplog):
    import logging

    from alignkit.models import load_reward_model

    with caplog.at_level(logging.INFO):
        load_reward_model(str(tiny_model_dir))
    err = capfd.readouterr().err
    assert "LOAD REPORT" not in err and "MISSING" not in err and "\x1b[" not in err
    assert "LOAD REPORT" not in caplog.text and "a new reward head (score)" in caplog.text


def test_conversion_of_the_embedded_model_shows_no_bar_in_a_log(tmp_path, monkeypatch, tokenizer, tiny_model, capfd, caplog):
    import logging

    from transformers import AutoModelForCausalLM, AutoTokenizer, modeling_gguf_pytorch_utils as gguf

    from alignkit.models import DEFAULT_MODEL, embedded_model_path

    def fake_load(*args, **kwargs):  # stands for the 20 s GGUF read, with transformers' own bar
        for _ in gguf.tqdm(range(300), desc="Converting and de-quantizing GGUF tensors..."):
            pass
        return tiny_model

    monkeypatch.setenv("ALIGNKIT_CACHE", str(tmp_path))
    monkeypatch.setattr(AutoTokenizer, "from_pretrained", lambda *a, **k: tokenizer)
    monkeypatch.setattr(AutoModelForCausalLM, "from_pretrained", fake_load)
    with caplog.at_level(logging.INFO):
        assert (embedded_model_path(DEFAULT_MODEL) / "config.json").is_file()
    assert "de-quantizing" not in capfd.readouterr().err  # stderr is not a terminal here
    assert "converting" in caplog.text and f"converted {DEFAULT_MODEL} in" in caplog.text


def test_lora_models_load_without_deprecation_warnings(tiny_model_dir, recwarn):
    from alignkit.models import LoraConfig, load_causal_lm, load_reward_model, save_pretrained

    lora = LoraConfig(enabled=True, r=2, alpha=4)
    policy = load_causal_lm(str(tiny_model_dir), lora)
    load_reward_model(str(tiny_model_dir), lora)
    from alignkit.models import load_tokenizer

    save_pretrained(policy, load_tokenizer(str(tiny_model_dir)), tiny_model_dir.parent / "adapter")
    load_causal_lm(str(tiny_model_dir.parent / "adapter"))  # an adapter folder: merged on load
    noise = [w for w in recwarn if issubclass(w.category, (DeprecationWarning, FutureWarning))]
    assert not noise, [str(w.message) for w in noise]


def test_a_stage_measures_its_own_peak_memory():
    """PPO's recorded peak is its own, not what an earlier stage of the same process reached (iterate, run)."""
    import torch

    from alignkit.distributed import peak_memory, release_memory, reset_peak_memory

    cpu = torch.device("cpu")
    big = torch.ones(2**28)  # 1 GiB, written
    before = peak_memory(cpu)
    del big
    release_memory()
    reset_peak_memory(cpu)
    assert peak_memory(cpu) < before - 2**29

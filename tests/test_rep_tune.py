"""Representation tuning (alignkit.reptune, `alignkit rep-tune`): the targets and loss against hand-computed
values, the early-stopped residual against output_hidden_states, and the recipe on a tiny model: it moves
held-out harmful prompts up the refusal direction and harmless ones down, changes only the layers below the
tuned one, resumes after kill -9, and trains on no evaluation prompt."""

import json
import sys

import pytest
import torch
from conftest import make_model, run_killed_then_resumed

from alignkit import AlignkitError
from alignkit.config import load_config
from alignkit.data import safety
from alignkit.recipes import rep_tune
from alignkit.reptune import (
    last_positions,
    left_padded,
    length_batches,
    margin_targets,
    margins,
    projection_summary,
    representation_loss,
    residual_entering,
    shuffled_batches,
)


def test_margin_targets_move_only_along_the_direction_and_only_up_to_the_margin():
    direction = torch.tensor([2.0, 0.0])  # u = (1, 0)
    base = torch.tensor([[[0.5, 3.0]], [[4.0, -1.0]], [[1.5, 7.0]], [[-2.0, 0.0]]])  # (N=4, K=1, d=2)
    harmful = torch.tensor([True, True, False, False])
    high, low = torch.tensor([2.0]), torch.tensor([-1.0])
    targets = margin_targets(base, harmful, direction, high, low)
    expected = torch.tensor([[[2.0, 3.0]],  # harmful below the margin: raised to it
                             [[4.0, -1.0]],  # harmful past it: kept
                             [[-1.0, 7.0]],  # harmless above: lowered to it
                             [[-2.0, 0.0]]])  # harmless past it: kept
    assert torch.equal(targets, expected)


def test_margins_are_the_means_plus_and_minus_multiples_of_the_norm():
    direction = torch.tensor([0.0, 4.0])
    base = torch.tensor([[[0.0, 1.0], [0.0, 3.0]], [[0.0, 3.0], [0.0, 5.0]],  # harmful: projections 1,3 and 3,5
                         [[9.0, -2.0], [0.0, 0.0]],  # borderline: -2, 0
                         [[0.0, -10.0], [0.0, -10.0]]])  # helpful
    kinds = ["harmful", "harmful", "borderline", "helpful"]
    high, low = margins(base, kinds, direction, raise_by=1.5, lower_by=0.5)
    assert torch.allclose(high, torch.tensor([2.0 + 6.0, 4.0 + 6.0]))
    assert torch.allclose(low, torch.tensor([-2.0 - 2.0, 0.0 - 2.0]))  # the borderline mean: helpful ones left out
    high, low = margins(base[[0, 1, 3]], ["harmful", "harmful", "helpful"], direction, 1.5, 0.5)
    assert torch.allclose(low, torch.tensor([-12.0, -12.0]))  # no borderline prompts: every harmless one
    with pytest.raises(AlignkitError, match="both harmful and harmless"):
        margins(base[:2], ["harmful", "harmful"], direction, 1.0, 1.0)


def test_representation_loss_and_projection_summary_by_hand():
    states = torch.tensor([[[1.0, 0.0], [0.0, 2.0]], [[3.0, 0.0], [3.0, 0.0]]])
    targets = torch.zeros(2, 2, 2)
    loss, stats = representation_loss(states, targets, scale=4.0)
    # per prompt: mean over positions of |s - t|^2, / 4: (1 + 4) / 2 / 4 = 0.625 and (9 + 9) / 2 / 4 = 2.25
    assert loss.item() == pytest.approx((0.625 + 2.25) / 2) and stats["loss"] == pytest.approx(1.4375)
    summary = projection_summary(states, ["harmful", "borderline"], torch.tensor([2.0, 0.0]))
    assert summary == {"harmful": pytest.approx(0.25), "borderline": pytest.approx(1.5)}  # (1+0)/2/2, (3+3)/2/2


def test_residual_entering_a_layer_is_the_hidden_state_and_the_layers_above_do_not_run(tokenizer):
    model = make_model(len(tokenizer), seed=3, layers=3)
    ran = []
    model.model.layers[2].register_forward_pre_hook(lambda *a: ran.append(1))
    ids = torch.tensor([[5, 17, 99, 3, 42, 7]])
    with torch.no_grad():
        hidden = model(input_ids=ids, output_hidden_states=True, use_cache=False).hidden_states
        ran.clear()
        states = residual_entering(model, 1, ids, torch.ones_like(ids))
    assert torch.allclose(states, hidden[1], atol=1e-6) and not ran
    # left padding changes nothing at the last positions (position ids count real tokens only)
    padded, mask = left_padded([[5, 17, 99, 3, 42, 7], [8, 8, 120]], tokenizer.pad_token_id, "cpu")
    with torch.no_grad():
        both = last_positions(model, [[5, 17, 99, 3, 42, 7], [8, 8, 120]], 1, 2, tokenizer.pad_token_id, "fp32")
        alone = last_positions(model, [[8, 8, 120]], 1, 2, tokenizer.pad_token_id, "fp32")
    assert padded.shape == mask.shape == (2, 6) and mask[1].tolist() == [0, 0, 0, 1, 1, 1]
    assert torch.allclose(both[0], states[0, -2:], atol=1e-5) and torch.allclose(both[1], alone[0], atol=1e-5)


def test_batches_cover_every_prompt_once():
    ids = [[1] * n for n in (5, 1, 9, 2, 8, 3)]
    assert length_batches(ids, 2) == [[1, 3], [5, 0], [4, 2]]  # for forward passes: similar lengths together
    training = shuffled_batches(10, 4, seed=7)  # for training: a seeded random order, so kinds mix
    assert [len(b) for b in training] == [4, 4, 2] and sorted(sum(training, [])) == list(range(10))
    assert training == shuffled_batches(10, 4, seed=7) != shuffled_batches(10, 4, seed=8)


def settings(model_dir) -> list[str]:
    """A small run: 24 harmful, 24 borderline and 8 everyday prompts, 3 epochs, fp32."""
    return [f"model={model_dir}", "max_harmful=24", "max_borderline=24", "max_helpful=8", "direction_prompts=16",
            "positions=3", "epochs=3", "batch_size=8", "lr=3e-3", "raise_by=1.5", "lower_by=1", "precision=fp32",
            "public=[]"]


def small(tmp_path, model_dir, *extra) -> rep_tune.Config:
    return load_config(rep_tune.Config, None, [*settings(model_dir), f"out_dir={tmp_path / 'rt'}", *extra])


@pytest.fixture
def model3_dir(tmp_path, tokenizer):
    path = tmp_path / "tiny3"
    make_model(len(tokenizer), seed=1, layers=3).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def test_rep_tune_moves_held_out_prompts_and_only_the_layers_below(tmp_path, model3_dir):
    from transformers import AutoModelForCausalLM

    out = rep_tune.main(small(tmp_path, model3_dir))
    results = json.loads((out / "manifest.json").read_text())["results"]
    before, after = results["heldout_before"], results["heldout_after"]
    layer = results["layer"]
    assert layer == 1 and results["prompts"] == {"borderline": 22, "harmful": 22, "helpful": 7}  # a tenth held out
    # on prompts it never trained on: harmful ones carry more of the direction, harmless ones less, loss down
    assert after["harmful"] > before["harmful"] and after["borderline"] < before["borderline"]
    assert after["loss"] < before["loss"]  # (one everyday prompt is held out: too few to test its side alone)
    original = AutoModelForCausalLM.from_pretrained(model3_dir).state_dict()
    tuned = AutoModelForCausalLM.from_pretrained(out / "final").state_dict()
    assert set(tuned) == set(original)  # plain weights, the adapters merged
    changed = {name for name in original if not torch.equal(original[name], tuned[name])}
    assert changed and all(name.startswith("model.layers.0.") for name in changed)  # only below layer 1
    assert torch.load(out / "direction.pt")["layer"] == 1
    rows = [json.loads(line) for line in open(out / "metrics.jsonl")]
    assert len(rows) == 3 * 7 and rows[-1]["step"] == 21  # 51 prompts in batches of 8, 3 epochs


def test_rep_tune_resumes_after_kill_with_the_same_weights(tmp_path, model3_dir):
    from safetensors.torch import load_file

    extra = ["save_every=2", "epochs=4"]
    whole = rep_tune.main(small(tmp_path, model3_dir, *extra))
    cmd = [sys.executable, "-m", "alignkit.cli", "rep-tune", *settings(model3_dir), *extra, f"out_dir={tmp_path / 'killed'}"]
    run_killed_then_resumed(cmd, tmp_path / "killed")
    a, b = load_file(whole / "final/model.safetensors"), load_file(tmp_path / "killed/final/model.safetensors")
    assert all(torch.allclose(a[k], b[k], atol=1e-6) for k in a)


def test_rep_tune_trains_on_no_evaluation_prompt(monkeypatch):
    """Every training prompt, with the public red-team sets when the data directory is set, against every
    evaluation set the project uses: no exact or near duplicate."""
    prompts = rep_tune.load_prompts(rep_tune.Config(max_harmful=0))
    texts = [m[-1]["content"] for m in prompts.messages]
    assert {"harmful", "borderline", "helpful"} == set(prompts.kinds) and len(texts) > 1000
    assert not safety.near_duplicates(texts, safety.evaluation_prompts())


def test_rep_tune_refuses_bad_settings(tmp_path, model3_dir):
    with pytest.raises(AlignkitError, match="lora.enabled"):
        rep_tune.main(small(tmp_path, model3_dir, "lora.enabled=false"))
    with pytest.raises(AlignkitError, match="fewer than positions"):
        rep_tune.main(small(tmp_path, model3_dir, "positions=100000", f"out_dir={tmp_path / 'b'}"))


def test_trained_layers_limits_the_changed_weights_to_the_layers_just_below(tmp_path, tokenizer):
    from transformers import AutoModelForCausalLM

    path = tmp_path / "tiny4"
    make_model(len(tokenizer), seed=2, layers=4).save_pretrained(path)
    tokenizer.save_pretrained(path)
    out = rep_tune.main(small(tmp_path, path, "layer=2", "trained_layers=1", "epochs=1"))
    original = AutoModelForCausalLM.from_pretrained(path).state_dict()
    tuned = AutoModelForCausalLM.from_pretrained(out / "final").state_dict()
    changed = {name for name in original if not torch.equal(original[name], tuned[name])}
    assert changed and all(name.startswith("model.layers.1.") for name in changed)

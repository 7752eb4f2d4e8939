"""The Llama 2 reward rule, margins, logit and whitening, against hand-computed values."""

import math

import torch

from alignkit.rewards import (
    llama2_final_reward,
    llama2_reward,
    logit,
    margins,
    weighted_reward,
    whiten,
)


def test_margins_by_degree():
    degrees = ["significantly_better", "better", "slightly_better", "negligibly_better_or_unsure"]
    assert torch.allclose(margins(degrees, "small"), torch.tensor([1.0, 2 / 3, 1 / 3, 0.0]), atol=1e-7, rtol=0)
    assert margins(degrees, "large").tolist() == [3.0, 2.0, 1.0, 0.0]
    assert margins(degrees, "none").tolist() == [0.0] * 4


def test_llama2_rule():
    r_help = torch.tensor([1.0, 1.0, 1.0, 1.0])
    # sigmoid(-2) = 0.119 < 0.15 -> safety; sigmoid(-1) = 0.269 >= 0.15 -> helpfulness unless risky.
    r_safe = torch.tensor([-2.0, -1.0, -1.0, 3.0])
    risky = torch.tensor([False, False, True, True])
    assert llama2_reward(r_help, r_safe, risky).tolist() == [-2.0, 1.0, -1.0, 3.0]
    # A threshold of 0.3 catches sigmoid(-1) = 0.269 too.
    assert llama2_reward(r_help, r_safe, risky, threshold=0.3).tolist() == [-2.0, -1.0, -1.0, 3.0]


def test_weighted_sum():
    assert weighted_reward(torch.tensor([2.0]), torch.tensor([-2.0]), 0.25).item() == 1.0  # 0.75*2 - 0.25*2


def test_logit_inverts_sigmoid_and_clamps():
    x = torch.tensor([-3.0, 0.0, 2.5])
    assert torch.allclose(logit(torch.sigmoid(x)), x, atol=1e-5, rtol=0)
    # finite at p = 1: log((1 - 1e-6) / 1e-6) = 13.8155 (13.802 after float32 rounding of 1 - 1e-6)
    assert abs(logit(torch.tensor(1.0)).item() - math.log((1 - 1e-6) / 1e-6)) < 0.02


def test_whiten_hand_computed_and_masked():
    # [1, 2, 3]: mean 2, population std sqrt(2/3) = 0.816497 -> [-1.224745, 0, 1.224745]
    assert torch.allclose(whiten(torch.tensor([1.0, 2.0, 3.0])), torch.tensor([-1.224745, 0.0, 1.224745]), atol=1e-5, rtol=0)
    # The masked-out 100 takes no part in the statistics.
    out = whiten(torch.tensor([1.0, 2.0, 3.0, 100.0]), torch.tensor([1, 1, 1, 0]))
    assert torch.allclose(out[:3], torch.tensor([-1.224745, 0.0, 1.224745]), atol=1e-5, rtol=0)


def test_final_reward_is_whitened_combined_score():
    r_c = torch.tensor([-1.0, 0.5, 2.0])
    assert torch.allclose(llama2_final_reward(r_c), whiten(r_c), atol=1e-4, rtol=0)

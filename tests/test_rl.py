"""PPO/DPO math against hand-computed values and explicit loops (rl.py, losses.py)."""

import math

import torch

from alignkit.losses import dpo_loss, ppo_policy_loss, ppo_value_loss
from alignkit.rl import adaptive_beta, exact_kl, gae, kl_estimate, masked_mean, masked_whiten, shape_rewards


def test_gae_hand_computed():
    # gamma 1, lam 0.95, V = 0.5 everywhere, reward 1 at the end:
    # t=2: delta = 1 + 0 - 0.5 = 0.5, A = 0.5;  t=1: delta = 0, A = 0.95*0.5 = 0.475;  t=0: A = 0.95*0.475 = 0.45125
    adv, ret = gae(torch.tensor([[0.0, 0.0, 1.0]]), torch.tensor([[0.5, 0.5, 0.5]]), torch.ones(1, 3), 1.0, 0.95)
    assert torch.allclose(adv, torch.tensor([[0.45125, 0.475, 0.5]]), atol=1e-6)
    assert torch.allclose(ret, torch.tensor([[0.95125, 0.975, 1.0]]), atol=1e-6)


def test_gae_matches_explicit_loop_with_padding():
    torch.manual_seed(0)
    B, T, gamma, lam = 4, 7, 0.9, 0.8
    lengths = [7, 3, 1, 5]
    mask = torch.tensor([[1] * n + [0] * (T - n) for n in lengths])
    rewards, values = torch.randn(B, T) * mask, torch.randn(B, T)  # values on padding are garbage on purpose
    adv, ret = gae(rewards, values, mask, gamma, lam)
    for b, n in enumerate(lengths):
        a_next = 0.0
        for t in reversed(range(n)):
            v_next = values[b, t + 1].item() if t + 1 < n else 0.0
            delta = rewards[b, t].item() + gamma * v_next - values[b, t].item()
            a_next = delta + gamma * lam * a_next
            assert abs(adv[b, t].item() - a_next) < 1e-5
            assert abs(ret[b, t].item() - (a_next + values[b, t].item())) < 1e-5
        assert (adv[b, n:] == 0).all() and (ret[b, n:] == 0).all()


def test_kl_estimators_sign_and_values():
    logp, ref = torch.tensor([-1.0, -2.0]), torch.tensor([-2.0, -1.0])
    # k1 = logp - ref = [1, -1]; k3 = e^(ref-logp) - 1 - (ref-logp): [e^-1 - 1 + 1, e^1 - 1 - 1] = [0.36788, 0.71828]
    assert torch.allclose(kl_estimate(logp, ref, "k1"), torch.tensor([1.0, -1.0]))
    assert torch.allclose(kl_estimate(logp, ref, "k3"), torch.tensor([math.exp(-1), math.e - 2]), atol=1e-5)
    assert (kl_estimate(torch.randn(100), torch.randn(100), "k3") >= 0).all()


def test_kl_estimators_average_to_true_kl():
    g = torch.Generator().manual_seed(0)
    p = torch.softmax(torch.tensor([2.0, 0.5, -1.0, 0.0]), 0)
    q = torch.softmax(torch.tensor([0.0, 1.0, 0.0, -0.5]), 0)
    true_kl = (p * (p.log() - q.log())).sum()  # KL(p || q) = 0.6...; positive, as KL must be
    x = torch.multinomial(p, 200_000, replacement=True, generator=g)
    for kind in ("k1", "k3"):
        assert abs(kl_estimate(p.log()[x], q.log()[x], kind).mean() - true_kl) < 0.01


def test_reward_at_last_real_token_never_on_padding():
    kl = torch.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 9.9]])
    mask = torch.tensor([[1, 1, 1], [1, 1, 0]])
    r = shape_rewards(torch.tensor([2.0, 3.0]), kl, mask, beta=0.5)
    # row 0: -0.5*KL, score on token 2;  row 1: score on token 1 (its last real one), padding 0
    assert torch.allclose(r, torch.tensor([[-0.05, -0.1, 1.85], [-0.2, 2.75, 0.0]]), atol=1e-6)


def test_masked_mean_and_whiten_ignore_padding():
    x = torch.tensor([[1.0, 2.0, 100.0], [3.0, 4.0, -50.0]])
    mask = torch.tensor([[1, 1, 0], [1, 1, 0]])
    assert masked_mean(x, mask).item() == 2.5
    assert torch.allclose(masked_mean(x, mask, dim=1), torch.tensor([1.5, 3.5]))
    w = masked_whiten(x, mask)
    # real entries 1..4: mean 2.5, population std sqrt(1.25)
    assert torch.allclose(w[:, :2], (x[:, :2] - 2.5) / math.sqrt(1.25), atol=1e-5)
    assert (w[:, 2] == 0).all()
    assert torch.allclose(masked_whiten(x, mask, shift_mean=False)[:, :2], w[:, :2] + 2.5, atol=1e-5)


def test_ppo_policy_loss_clips_both_ways():
    logp, old = torch.tensor([[math.log(1.5), math.log(1.5)]]), torch.zeros(1, 2)
    adv = torch.tensor([[1.0, -1.0]])
    # A=+1: max(-1.5, -1.2) = -1.2 (clipped);  A=-1: max(1.5, 1.2) = 1.5 (unclipped);  mean 0.15
    loss, stats = ppo_policy_loss(logp, old, adv, torch.ones(1, 2), clip=0.2)
    assert abs(loss.item() - 0.15) < 1e-6
    assert abs(stats["clip_fraction"].item() - 0.5) < 1e-6
    # padding carries nothing; the normaliser can be the step's token count
    loss, _ = ppo_policy_loss(logp, old, adv, torch.tensor([[1, 0]]), clip=0.2, num_tokens=4)
    assert abs(loss.item() - (-1.2 / 4)) < 1e-6


def test_ppo_policy_gradient_sign():
    # A positive advantage must raise the log-prob of its token, a negative one lower it.
    logp = torch.zeros(1, 2, requires_grad=True)
    loss, _ = ppo_policy_loss(logp, torch.zeros(1, 2), torch.tensor([[1.0, -1.0]]), torch.ones(1, 2))
    loss.backward()
    assert logp.grad[0, 0] < 0 < logp.grad[0, 1]


def test_ppo_value_loss_clipped():
    # v = 1, old = 0, R = 2, eps 0.2: v_clip = 0.2; max((1-2)^2, (0.2-2)^2) = 3.24; * 0.5 = 1.62
    loss, _ = ppo_value_loss(torch.tensor([[1.0]]), torch.tensor([[0.0]]), torch.tensor([[2.0]]), torch.ones(1, 1), 0.2)
    assert abs(loss.item() - 1.62) < 1e-6
    # inside the clip range the plain squared error counts: v = 0.1, R = 0.5 -> 0.5 * 0.16 = 0.08
    loss, _ = ppo_value_loss(torch.tensor([[0.1]]), torch.tensor([[0.0]]), torch.tensor([[0.5]]), torch.ones(1, 1), 0.2)
    assert abs(loss.item() - 0.08) < 1e-6


def test_dpo_loss_hand_computed():
    # beta 0.5: h = 0.5 * ((-1 - -2) - (-3 - -2)) = 1.0;  loss = -log sigmoid(1) = 0.313262
    loss, stats = dpo_loss(torch.tensor([-1.0]), torch.tensor([-3.0]), torch.tensor([-2.0]), torch.tensor([-2.0]), beta=0.5)
    assert abs(loss.item() - 0.313262) < 1e-5
    assert stats["accuracy"].item() == 1.0
    # policy == reference: h = 0, loss = log 2
    same = torch.tensor([-4.0])
    assert abs(dpo_loss(same, same, same, same)[0].item() - math.log(2)) < 1e-6


def test_adaptive_beta():
    # kl 12 vs target 6: error clipped to 0.2; beta 0.1 * (1 + 0.2 * 10/100) = 0.102
    assert abs(adaptive_beta(0.1, 12.0, 6.0, 100, 10) - 0.102) < 1e-9
    assert abs(adaptive_beta(0.1, 5.7, 6.0, 100, 10) - 0.1 * (1 - 0.05 * 0.1)) < 1e-9


def test_exact_kl_hand_computed_and_masked():
    # p = (0.5, 0.5), q = (0.25, 0.75): KL = 0.5 ln 2 + 0.5 ln(2/3) = 0.143841
    logits = torch.log(torch.tensor([[[0.5, 0.5], [0.5, 0.5]]]))
    ref = torch.log(torch.tensor([[[0.25, 0.75], [0.9, 0.1]]]))
    kl = exact_kl(logits, ref, torch.tensor([[1, 0]]))  # the second position is padding
    assert abs(kl.item() - (0.5 * math.log(2) + 0.5 * math.log(2 / 3))) < 1e-6
    assert exact_kl(logits, logits, torch.ones(1, 2)).item() == 0

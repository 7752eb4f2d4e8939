import math

import torch

from alignkit.losses import lm_loss


def test_lm_loss_hand_computed():
    # Vocabulary of 2, uniform logits -> each token costs log 2; a second row with a confident
    # correct prediction: logits (0, ln 3) -> p(1) = 3/4 -> cost -ln(3/4).
    logits = torch.tensor([[[0.0, 0.0], [0.0, 0.0]], [[0.0, math.log(3)], [5.0, 0.0]]])
    labels = torch.tensor([[0, 1], [1, 1]])
    mask = torch.tensor([[1, 0], [1, 0]])  # second position of each row is prompt/padding: no loss
    loss, stats = lm_loss(logits, labels, mask)
    expected = (math.log(2) - math.log(3 / 4)) / 2
    assert abs(loss.item() - expected) < 1e-6
    assert stats["tokens"].item() == 2


def test_lm_loss_global_normaliser():
    """Two halves each divided by the step's total token count add up to the whole batch's mean."""
    torch.manual_seed(0)
    logits, labels = torch.randn(4, 5, 7), torch.randint(0, 7, (4, 5))
    mask = torch.randint(0, 2, (4, 5))
    mask[0, 0] = 1
    whole, _ = lm_loss(logits, labels, mask)
    n = mask.sum()
    a, _ = lm_loss(logits[:1], labels[:1], mask[:1], n)
    b, _ = lm_loss(logits[1:], labels[1:], mask[1:], n)
    assert abs((a + b).item() - whole.item()) < 1e-6


def test_ranking_loss_hand_computed():
    from alignkit.losses import ranking_loss

    # Pair 1: diff 2 - 0 = 2, margin 1 -> -log sigmoid(1) = log(1 + e^-1) = 0.313262
    # Pair 2: diff 0 - 1 = -1, margin 0 -> -log sigmoid(-1) = log(1 + e) = 1.313262
    loss, stats = ranking_loss(torch.tensor([2.0, 0.0]), torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0]))
    assert abs(loss.item() - (0.313262 + 1.313262) / 2) < 1e-5
    assert stats["accuracy"].item() == 0.5
    # A margin makes the same pair cost more: it asks for a larger gap.
    no_margin, _ = ranking_loss(torch.tensor([2.0]), torch.tensor([0.0]), torch.tensor([0.0]))
    with_margin, _ = ranking_loss(torch.tensor([2.0]), torch.tensor([0.0]), torch.tensor([1.0]))
    assert abs(no_margin.item() - math.log(1 + math.exp(-2))) < 1e-6 and with_margin > no_margin
    # Weights and an explicit normaliser: two halves over the total give the whole.
    w = torch.tensor([0.5, 0.5])
    whole, _ = ranking_loss(torch.tensor([2.0, 0.0]), torch.tensor([0.0, 1.0]), torch.zeros(2), w)
    a, _ = ranking_loss(torch.tensor([2.0]), torch.tensor([0.0]), torch.zeros(1), w[:1], num_pairs=1.0)
    b, _ = ranking_loss(torch.tensor([0.0]), torch.tensor([1.0]), torch.zeros(1), w[1:], num_pairs=1.0)
    assert abs((a + b).item() - whole.item()) < 1e-6

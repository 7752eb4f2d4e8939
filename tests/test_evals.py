"""The suites' shared arithmetic: mean intervals, rates, win rates against a reference."""

import math

import pytest

from alignkit.evals import mean_interval, rate_score, win_rate


def test_mean_interval_by_hand():
    # [1, 2, 3]: mean 2, sd sqrt(((1-2)^2 + 0 + (3-2)^2) / 2) = 1, half-width 1.96 * 1 / sqrt(3) = 1.13161
    m, lo, hi = mean_interval([1.0, 2.0, 3.0])
    assert m == pytest.approx(2.0, abs=1e-12) and lo == pytest.approx(2 - 1.131607, abs=1e-6)
    assert hi == pytest.approx(2 + 1.131607, abs=1e-6)
    assert mean_interval([5.0]) == (5.0, 5.0, 5.0) and all(math.isnan(v) for v in mean_interval([]))


def test_rate_score_is_wilson():
    # 3 of 4: Wilson centre (0.75 + 1.96^2/8) / (1 + 1.96^2/4) = 1.23020 / 1.96040 = 0.62753,
    # half-width 1.96 sqrt(0.75 * 0.25 / 4 + 1.96^2 / 64) / 1.96040 = 1.96 * sqrt(0.106900) / 1.96040 = 0.32690
    s = rate_score("r", [True, True, True, False])
    assert s.value == pytest.approx(0.75, abs=1e-12) and s.n == 4
    assert s.lo == pytest.approx(0.62753 - 0.32690, abs=1e-4) and s.hi == pytest.approx(0.62753 + 0.32690, abs=1e-4)


def test_win_rate_with_ties_within_the_margin():
    # differences: +0.5 (win), +0.04 (tie), 0 (tie: the same answer), -0.2 (loss), -0.06 (loss) at margin 0.05
    w = win_rate([1.0, 0.54, 0.3, -0.2, 0.0], [0.5, 0.5, 0.3, 0.0, 0.06], "SFT", 0.05)
    assert (w.win.value, w.tie.value, w.loss.value) == pytest.approx((0.2, 0.4, 0.4), abs=1e-12)
    assert w.reference == "SFT" and w.win.n == 5 and w.win.lo <= 0.2 <= w.win.hi
    with pytest.raises(ValueError, match="2 scores against 1"):
        win_rate([1.0, 2.0], [1.0], "SFT", 0.0)

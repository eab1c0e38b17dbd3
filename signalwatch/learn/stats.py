"""Honest statistics for the living ICP (pure, standard library only).

- Rates are estimated over deals but their uncertainty over *accounts*: deals of one
  account are not independent, so the variance of a rate is the cluster-robust
  (sandwich) variance of a ratio estimator, floored at the binomial variance (a design
  effect below 1 would claim more certainty than the deals give).
- Intervals are Wilson intervals on the effective sample size that variance implies, so
  small groups get wide intervals and rates stay inside 0-1.
- Many traits are tested at once: p-values are adjusted by Benjamini-Hochberg and a
  verdict needs the adjusted value under the false discovery rate.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054


def wilson(successes: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion; (0, 1) when n is 0."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True)
class ClusteredRate:
    """A win rate over deals, with its account-clustered uncertainty."""

    won: int
    lost: int
    accounts: int
    rate: float
    variance: float
    low: float
    high: float

    @property
    def deals(self) -> int:
        return self.won + self.lost


def clustered_rate(clusters: Iterable[tuple[int, int]]) -> ClusteredRate:
    """The rate of ``(won, closed)`` pairs, one per account."""
    pairs = [(w, n) for w, n in clusters if n > 0]
    k = len(pairs)
    won = sum(w for w, _ in pairs)
    total = sum(n for _, n in pairs)
    if total == 0:
        return ClusteredRate(0, 0, 0, 0.0, math.inf, 0.0, 1.0)
    p = won / total
    binomial = max(p * (1 - p), 0.25 / total) / total
    if k > 1:
        sandwich = k / (k - 1) * sum((w - p * n) ** 2 for w, n in pairs) / total ** 2
    else:
        sandwich = math.inf
    variance = max(sandwich, binomial)
    if math.isinf(variance):
        n_eff = 1.0
    else:
        n_eff = min(float(total), max(1.0, p * (1 - p) / variance)) if 0 < p < 1 \
            else float(min(total, k))
    low, high = wilson(p * n_eff, n_eff)
    return ClusteredRate(won, total - won, k, p, variance, low, high)


def normal_sf(z: float) -> float:
    """P(Z > z) of a standard normal."""
    return 0.5 * math.erfc(z / math.sqrt(2))


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (Numerical Recipes' betacf)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1, a - 1
    c, d = 1.0, 1 - qab * x / qap
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c if abs(1 + aa / c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        d = 1 / (d if abs(d) > tiny else tiny)
        c = 1 + aa / c if abs(1 + aa / c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1) < 1e-12:
            break
    return h


def incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                     + a * math.log(x) + b * math.log(1 - x))
    if x < (a + 1) / (a + b + 2):
        return front * _betacf(a, b, x) / a
    return 1 - front * _betacf(b, a, 1 - x) / b


def t_two_sided(t: float, df: float) -> float:
    """Two-sided p-value of Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        return 1.0
    return incomplete_beta(df / 2, 0.5, df / (df + t * t))


def difference_p_value(a: ClusteredRate, b: ClusteredRate) -> float:
    """Two-sided p-value that two clustered rates differ: the statistic of a z-test on
    their cluster-robust variances, referred to Student's t with (fewest accounts - 1)
    degrees of freedom, the usual small-cluster correction (a group of 12 accounts must
    not be judged as if its deals were independent draws)."""
    if a.deals == 0 or b.deals == 0 or math.isinf(a.variance) or math.isinf(b.variance):
        return 1.0
    # Under the null both share the pooled rate: floor each variance at its binomial one.
    pooled = (a.won + b.won) / (a.deals + b.deals)
    floor = pooled * (1 - pooled)
    va = max(a.variance, floor / a.deals)
    vb = max(b.variance, floor / b.deals)
    se = math.sqrt(va + vb)
    if se == 0:
        return 1.0
    df = min(a.accounts, b.accounts) - 1
    return min(1.0, t_two_sided(abs(a.rate - b.rate) / se, max(df, 1)))


def two_proportion_p_value(x1: int, n1: int, x2: int, n2: int) -> float:
    """Two-sided p-value of a difference of independent proportions (pooled z-test)."""
    if n1 == 0 or n2 == 0:
        return 1.0
    pooled = (x1 + x2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        return 1.0
    return min(1.0, 2 * normal_sf(abs(x1 / n1 - x2 / n2) / se))


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """BH-adjusted p-values (q-values), in the input order."""
    m = len(p_values)
    if m == 0:
        return []
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p_values[i] * m / rank)
        adjusted[i] = min(1.0, running)
    return adjusted


def auc(scores_won: Sequence[float], scores_lost: Sequence[float]) -> float | None:
    """Area under the ROC curve (probability a won deal outscores a lost one; ties half),
    or None when either side is empty."""
    if not scores_won or not scores_lost:
        return None
    ranked = sorted([(s, 1) for s in scores_won] + [(s, 0) for s in scores_lost])
    rank_sum = 0.0
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        average = (i + j) / 2 + 1
        rank_sum += average * sum(1 for k in range(i, j + 1) if ranked[k][1] == 1)
        i = j + 1
    n1, n0 = len(scores_won), len(scores_lost)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0)


def nice_number(value: float) -> float:
    """Round to two significant digits (cut points people can read: 50, 120, 1,500)."""
    if value <= 0:
        return 0.0
    magnitude = 10 ** (math.floor(math.log10(value)) - 1)
    return round(value / magnitude) * magnitude

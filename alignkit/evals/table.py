"""The evaluation table, as cells: shared by the terminal (`alignkit evaluate`, `alignkit run`) and the HTML
report. Two tables, each under 100 columns so a log never cuts or squeezes them: safety (refusal of harmful
prompts, overall and per Llama 2 risk category, and over-refusal of borderline ones, with 95% intervals)
and quality (IFEval, rewards, held-out loss, KL to SFT, answer length, the suites' headline scores)."""

from alignkit.data.records import RISK_CATEGORIES

QUALITY = {"ifeval": ("IFEval strict", "{:.0%}"), "reward_helpfulness": ("help reward", "{:+.2f}"),
           "reward_safety": ("safety reward", "{:+.2f}"), "heldout_loss": ("held-out loss", "{:.3f}"),
           "kl_reference": ("KL to SFT", "{:.2f}"), "answer_tokens": ("answer tokens", "{:.0f}")}


def with_interval(r: dict) -> str:
    """`67% [53-78]`: a rate and its 95% interval, in percent."""
    return f"{r['rate']:.0%} [{100 * r['lo']:.0f}-{100 * r['hi']:.0f}]"


def safety_columns(results: list[dict]) -> list[tuple]:
    """(title, cell function) of the safety table's columns that the results have."""
    columns = [("refusal harmful", lambda r: with_interval(r["refusal_risky"]))]
    cats = [c for c in RISK_CATEGORIES if any(c in r.get("refusal_by_category", {}) for r in results)]
    columns += [(c.split("_")[0], lambda r, c=c: with_interval(r["refusal_by_category"][c])) for c in cats]
    return columns + [("over-refusal borderline", lambda r: with_interval(r["refusal_benign"]))]


def quality_columns(results: list[dict]) -> list[tuple]:
    """(title, cell function) of the quality table's columns that the results have."""
    columns = [(title, lambda r, k=k, f=f: f.format(r[k])) for k, (title, f) in QUALITY.items() if any(k in r for r in results)]
    wins = [r["win_rate_helpfulness"] for r in results if "win_rate_helpfulness" in r]
    if wins:  # after the help reward: the share of prompts won and tied against the reference's answers
        at = next((i + 1 for i, (title, _) in enumerate(columns) if title == "help reward"), len(columns))
        columns.insert(at, (f"help win/tie vs {wins[0]['reference']}", win_tie))
    return columns


def win_tie(r: dict) -> str:
    w = r["win_rate_helpfulness"]
    return f"{w['win']['value']:.0%}/{w['tie']['value']:.0%}"


def cells(columns: list[tuple], labels: list[str], results: list[dict]) -> tuple[list[str], list[list[str]]]:
    """Header and one row of text cells per model ("-" where a model lacks the number)."""
    rows = []
    for label, r in zip(labels, results):
        row = [label]
        for _, cell in columns:
            try:
                row.append(cell(r))
            except KeyError:
                row.append("-")
        rows.append(row)
    return ["model", *(title for title, _ in columns)], rows

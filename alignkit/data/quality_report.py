"""The HTML report of `alignkit data-quality`: one self-contained page (inline SVG plots, no script or CDN),
in the style of `alignkit report` (alignkit/report.py)."""

import jinja2

from alignkit.report import svg

STEP_WHY = {
    "exact_dedup": "same text as an earlier document (case and spacing ignored)",
    "near_dedup": "MinHash LSH: estimated Jaccard similarity of word shingles to an earlier document at or above the threshold",
    "paragraph_dedup": "only repeated paragraphs left (paragraph cuts are counted separately)",
    "too_short": "fewer words than min_words",
    "pii": "personal data denser than the threshold (document or whole source)",
    "language": "language not among those kept",
    "toxicity": "P(toxic) at or above the threshold (removed only when toxicity_remove)",
}


def histogram_svg(hist: dict) -> str:
    import matplotlib.pyplot as plt

    edges, counts = hist["edges"], hist["counts"]
    fig, ax = plt.subplots(figsize=(7, 2.4))
    ax.bar(range(len(counts)), counts, color="#6a8caf")
    ax.set_xticks(range(len(counts)), [f"{lo}-{hi - 1}" if hi - 1 > lo else str(lo) for lo, hi in zip(edges, edges[1:])],
                  fontsize=7, rotation=45)
    ax.set_xlabel("words per kept document", fontsize=8)
    ax.set_ylabel("documents", fontsize=8)
    ax.tick_params(labelsize=7)
    return svg(fig)


def languages_svg(shares: dict) -> str:
    import matplotlib.pyplot as plt

    top = list(shares.items())[:12]
    fig, ax = plt.subplots(figsize=(7, 2.2))
    ax.bar([k for k, _ in top], [v["share"] for _, v in top], color="#8fb07a")
    ax.set_yscale("log")  # one language usually holds nearly everything; the others would not show on a linear axis
    ax.set_ylabel("share of documents (log)", fontsize=8)
    ax.set_ylim(min(v["share"] for _, v in top) / 2, 1.0)
    ax.tick_params(labelsize=7)
    return svg(fig)


def render_report(quality: dict, title: str, removed: list[dict]) -> str:
    env = jinja2.Environment(loader=jinja2.PackageLoader("alignkit", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    s = quality["summary"]
    return env.get_template("data_quality.html").render(
        title=title, q=quality, s=s, steps=STEP_WHY, removed=removed,
        histogram=histogram_svg(s["histogram"]) if s["documents"] else "",
        languages=languages_svg(quality["languages_before_filter"]) if quality["languages_before_filter"] else "")

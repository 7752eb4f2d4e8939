"""`alignkit report RUNS...`: one self-contained HTML file about a set of runs, for deciding whether a
round's model ships.

It holds: the evaluation tables (refusal by category, over-refusal, IFEval, rewards, held-out loss, KL)
and a bar chart per category; every evaluation suite's scores with 95% intervals and its worst cases;
training curves from each run's `metrics.jsonl` (loss, accuracy, rewards, KL, clip fraction,
throughput); the energy and emissions of every run from its manifest, summed and set beside Llama 2's
published pretraining footprint; the lineage graph from the manifests' parents; and a model card (data,
stages, intended use, limits). Plots are matplotlib SVG inlined in the page (text drawn as paths), so the
file opens offline with no script, font or CDN.
"""

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from alignkit import AlignkitError
from alignkit.evals import table
from alignkit.rundir import MANIFEST, atomic_write

# Curves worth drawing (metrics.jsonl keys), one panel per group, in this order; a run draws those it logged.
CURVES = {"loss": ("loss", "eval_loss"), "accuracy": ("accuracy", "eval_accuracy"), "reward": ("reward", "help", "safe"),
          "KL to reference": ("kl",), "clip fraction": ("clip_fraction",), "approx. KL": ("approx_kl",),
          "throughput": ("tok_s", "pairs_s"), "held-out perplexity": ("ppl_*",)}  # ppl_*: one line per source (pretrain)
LLAMA2_TCO2EQ = 539.0  # Llama 2's pretraining emissions, all sizes (Touvron et al. 2023, Table 2), tCO2eq


@dataclass
class Config:
    runs: list[str] = field(default_factory=list)  # run directories, or folders holding them (e.g. runs/main)
    out: str = ""  # the HTML file to write; empty: report.html in the first folder named in `runs`
    title: str = "alignkit report"  # the page's title


@dataclass
class Run:
    path: Path
    manifest: dict
    metrics: list[dict]


def find_runs(paths: list[str]) -> list[Run]:
    """Every run directory (a folder with manifest.json) at or under `paths`, in creation order."""
    found = []
    for p in map(Path, paths):
        if not p.is_dir():
            raise AlignkitError(f"report: {p}: no such run directory")
        dirs = [p] if (p / MANIFEST).exists() else sorted(m.parent for m in p.rglob(MANIFEST))
        for d in dirs:
            metrics = d / "metrics.jsonl"
            rows = [json.loads(line) for line in metrics.read_text().splitlines() if line.strip()] if metrics.exists() else []
            found.append(Run(d, json.loads((d / MANIFEST).read_text()), rows))
    if not found:
        raise AlignkitError(f"report: no run directories (with {MANIFEST}) under {', '.join(paths)}")
    return sorted(found, key=lambda r: r.manifest.get("created", ""))


def svg(fig) -> str:
    """A matplotlib figure as inline SVG markup (no XML header), then closed."""
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg") :]


def curves_svg(run: Run) -> str:
    """Small multiples of a run's training curves against the step; empty when it logged none."""
    import matplotlib.pyplot as plt

    def points(key):
        return [(m.get("step", i), m[key]) for i, m in enumerate(run.metrics) if isinstance(m.get(key), (int, float))]

    logged = sorted({k for m in run.metrics for k in m})

    def expand(key):  # "ppl_*": every logged key with that prefix
        return [k for k in logged if k.startswith(key[:-1])] if key.endswith("*") else [key]

    panels = [(title, [k for key in keys for k in expand(key) if points(k)]) for title, keys in CURVES.items()]
    panels = [(title, keys) for title, keys in panels if keys]
    if not panels:
        return ""
    fig, axes = plt.subplots(1, len(panels), figsize=(2.8 * len(panels), 2.3), squeeze=False)
    for ax, (title, keys) in zip(axes[0], panels):
        for key in keys:
            xy = points(key)
            ax.plot(*zip(*xy), marker="o" if len(xy) < 30 else None, markersize=3, label=key)
        if len(keys) > 1:
            ax.legend(fontsize=7)
        ax.set_title(title, fontsize=9)
        if "perplexity" in title:
            ax.set_yscale("log")
        ax.set_xlabel("step", fontsize=8)
        ax.tick_params(labelsize=7)
    fig.tight_layout()
    return svg(fig)


def category_bars_svg(labels: list[str], results: list[dict]) -> str:
    """Grouped bars: refusal of harmful prompts per risk category and over-refusal of borderline ones, per model,
    with the 95% intervals as error bars."""
    import matplotlib.pyplot as plt

    groups = sorted({c for r in results for c in r.get("refusal_by_category", {})})
    cells = [(c, lambda r, c=c: r["refusal_by_category"].get(c)) for c in groups]
    cells.append(("over-refusal (borderline)", lambda r: r.get("refusal_benign")))
    fig, ax = plt.subplots(figsize=(8, 2.8))
    width = 0.8 / max(1, len(results))
    for j, (label, r) in enumerate(zip(labels, results)):
        xs, ys, err = [], [], [[], []]
        for i, (_, get) in enumerate(cells):
            v = get(r)
            if v:
                xs.append(i + j * width)
                ys.append(v["rate"])
                err[0].append(v["rate"] - v["lo"])
                err[1].append(v["hi"] - v["rate"])
        ax.bar(xs, ys, width, yerr=err, label=label, capsize=2)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(cells))], [c for c, _ in cells], fontsize=8)
    ax.set_ylabel("refused", fontsize=8)
    ax.set_ylim(0, 1)
    ax.legend(fontsize=7, ncols=min(5, len(results)))
    return svg(fig)


def parent_runs(run: Run, runs: list[Run]) -> list[Run]:
    """The runs among `runs` that `run`'s manifest names as parents. Manifests name them as the command saw them
    (often relative to where it ran), so a parent is matched by the end of the run's path."""
    out = []
    for p in run.manifest.get("parents", {}).values():
        tail = Path(p).parts
        out += [r for r in runs if r is not run and r.path.resolve().parts[-len(tail) :] == tail]
    return out


def lineage_svg(runs: list[Run]) -> str:
    """The runs as a left-to-right graph: each run in the column of its longest chain of parents among these
    runs, an arrow from every parent."""
    import matplotlib.pyplot as plt

    parents = {id(r): parent_runs(r, runs) for r in runs}
    depth: dict[int, int] = {}

    def level(r: Run, seen: tuple = ()) -> int:
        if id(r) not in depth:
            depth[id(r)] = 1 + max((level(p, (*seen, id(r))) for p in parents[id(r)] if id(p) not in seen), default=-1)
        return depth[id(r)]

    pos, rows = {}, {}
    for r in runs:
        x = level(r)
        pos[id(r)] = (x, -rows.get(x, 0))
        rows[x] = rows.get(x, 0) + 1
    root = Path(*[p for p, *rest in zip(*(r.path.resolve().parts for r in runs)) if all(q == p for q in rest)])
    fig, ax = plt.subplots(figsize=(1.9 * (max(depth.values()) + 1), 0.6 * max(rows.values()) + 0.6))
    for r in runs:
        for p in parents[id(r)]:
            ax.annotate("", xy=pos[id(r)], xytext=pos[id(p)],
                        arrowprops={"arrowstyle": "->", "color": "#999", "shrinkA": 12, "shrinkB": 12})
        ax.text(*pos[id(r)], str(r.path.resolve().relative_to(root)) if len(runs) > 1 else r.path.name,
                ha="center", va="center", fontsize=8, bbox={"boxstyle": "round", "fc": "#eef", "ec": "#88a"})
    ax.set_xlim(-0.7, max(depth.values()) + 0.7)
    ax.set_ylim(-max(rows.values()) + 0.5, 0.5)
    ax.axis("off")
    return svg(fig)


def evaluations(runs: list[Run]) -> list[dict]:
    """Each evaluate run's labels and per-model results (results.json), newest last."""
    out = []
    for r in runs:
        results = r.path / "results.json"
        if r.manifest.get("stage") == "evaluate" and results.exists():
            models = json.loads(results.read_text())
            config = r.path / "config.yaml"
            labels = []
            if config.exists():
                from omegaconf import OmegaConf

                labels = list(OmegaConf.load(config).get("labels") or [])
            labels = labels if len(labels) == len(models) else [m["model"] for m in models]
            tables = [(name, *table.cells(columns(models), labels, models))
                      for name, columns in (("safety", table.safety_columns), ("quality", table.quality_columns))]
            human = r.path / "human.json"
            human = json.loads(human.read_text()) if human.exists() else None
            worst = [(label, s) for label, m in zip(labels, models) for s in m.get("suites", []) if s["worst"]]
            worst += [("human evaluation", human)] if human and human["worst"] else []
            out.append({"run": r, "named": list(zip(labels, models)), "tables": tables, "human": human, "worst": worst,
                        "bars": category_bars_svg(labels, models)})
    return out


def redteam_tables(runs: list[Run]) -> list[dict]:
    """Each red-team run's violation rates: attack rows x risk-category columns, with 95% intervals and disputes."""
    out = []
    for r in runs:
        results = r.path / "results.json"
        if r.manifest.get("stage") != "redteam" or not results.exists():
            continue
        res = json.loads(results.read_text())
        categories = list(dict.fromkeys(c["category"] for c in res["cells"] if c["category"] != "all")) + ["all"]
        cells = {(c["attack"], c["category"]): c for c in res["cells"]}
        rows = [[attack] + [redteam_cell(cells.get((attack, k))) for k in categories]
                for attack in dict.fromkeys(c["attack"] for c in res["cells"])]
        out.append({"run": r, "model": res["model"], "header": ["attack", *categories], "rows": rows,
                    "counts": {k: res[k] for k in ("attacks", "violations", "disputed", "exported")}})
    return out


def redteam_cell(c: dict | None) -> str:
    if c is None:
        return ""
    v = c["violations"]
    return f"{v['value']:.0%} [{v['lo']:.0%}-{v['hi']:.0%}] n={v['n']}" + (f", {c['disputed']} disputed" if c["disputed"] else "")


def ablation_parts(runs: list[Run]) -> list[dict]:
    """Model-part ablations (alignkit.ablation's parts.json and plots) found in a run directory or its parts/."""
    import base64

    out = []
    for r in runs:
        for d in (r.path, r.path / "parts"):
            if (d / "parts.json").exists():
                res = json.loads((d / "parts.json").read_text())
                pngs = [base64.b64encode(p.read_bytes()).decode() for p in sorted(d.glob("parts-*.png"))]
                out.append({"run": r, "model": res["model"], "effects": res["effects"], "plots": pngs})
    return out


@dataclass
class ModelCard:
    model: str  # the final model: the weights of the trained run no other trained run starts from or uses
    stages: list[str]  # the stages in order
    data: list[str]  # every data source the training runs name, with the stage that read it


def model_card(runs: list[Run]) -> ModelCard:
    """What the runs' configs say: the stages in order and the data each trained on."""
    from omegaconf import OmegaConf

    trained = [r for r in runs if (r.path / "final").exists()
               and not any(o.path.resolve() in r.path.resolve().parents for o in runs)]  # a sub-run is its parent's
    used = {id(p) for r in trained for p in parent_runs(r, runs)}
    final = [r for r in trained if id(r) not in used]  # by lineage: runs created in the same second have no order
    data = []
    for r in runs:
        config = r.path / "config.yaml"
        if not config.exists():
            continue
        cfg = OmegaConf.to_container(OmegaConf.load(config))
        sources = [*cfg.get("data", {}).get("train", []), *cfg.get("data", {}).get("mix", []), *cfg.get("prompts", [])]
        data += [f"{r.manifest.get('stage', '?')}: {s}" for s in sources if isinstance(s, str)]
    return ModelCard(model=str(final[-1].path / "final") if final else "-",
                     stages=[r.manifest.get("stage", "?") for r in runs if r.manifest.get("stage") != "evaluate"],
                     data=list(dict.fromkeys(data)))


def carbon_rows(runs: list[Run]) -> list[dict]:
    """Energy and emissions per run as its manifest records them (all its sessions: killed and resumed ones
    too). A run inside another run's folder (rejection sampling's finetune/) is part of its parent's sessions,
    so it is shown but not counted again in the total."""
    rows = []
    for r in runs:
        block = r.manifest.get("carbon")
        nested = any(o is not r and o.path.resolve() in r.path.resolve().parents for o in runs)
        total = block["total"] if block else {}
        last = block["sessions"][-1] if block and block["sessions"] else {}
        note = "not recorded" if not block else f"{len(block['sessions'])} session(s)"
        if last.get("measured"):
            grid = last["grid"]
            note += f"; CPU {last['method']['cpu_power']}; grid {grid['g_co2eq_per_kwh']:.0f} gCO2eq/kWh ({grid['source']})"
        elif last:
            note += f"; not measured: {last.get('reason', '')}"
        rows.append({"run": str(r.path), "stage": r.manifest.get("stage", "?"), "energy_kwh": total.get("energy_kwh"),
                     "emissions_kg": total.get("emissions_kg"), "duration_s": total.get("duration_s"),
                     "counted": bool(block) and not nested, "note": ("included in its parent run; " if nested else "") + note})
    return rows


def render(cfg: Config, runs: list[Run]) -> str:
    env = jinja2.Environment(loader=jinja2.PackageLoader("alignkit", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    carbon = carbon_rows(runs)
    total_kg = sum(c["emissions_kg"] for c in carbon if c["counted"])
    return env.get_template("report.html").render(
        title=cfg.title, runs=runs, evaluations=evaluations(runs), redteam=redteam_tables(runs),
        ablations=ablation_parts(runs), curves=[(r, curves_svg(r)) for r in runs],
        carbon=carbon, total_kwh=sum(c["energy_kwh"] for c in carbon if c["counted"]), total_kg=total_kg,
        llama2_t=LLAMA2_TCO2EQ, share_of_llama2=total_kg / (LLAMA2_TCO2EQ * 1000), lineage=lineage_svg(runs),
        card=model_card(runs))


def main(cfg: Config) -> Path:
    if not cfg.runs:
        raise AlignkitError("report: name at least one run directory: alignkit report runs/main")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.fonttype"] = "path"  # text as paths: no font needed where the page is opened
    runs = find_runs(cfg.runs)
    out = Path(cfg.out) if cfg.out else Path(cfg.runs[0]) / "report.html"
    atomic_write(out, render(cfg, runs))
    print(f"report: {out} ({len(runs)} runs)")
    return out

"""Ablations of a completed main job: retrain without one part of the recipe, then evaluate every suite before
and after, side by side: `alignkit ablate base=runs/main ablations=[no-kl,no-rs]`.

Each ablation reruns only the stages that change, from the base job's own resolved configs (each run's
`config.yaml`, with only `out_dir` and the ablated fields replaced), so anything else is held fixed:

  components (Llama 2-Chat's choices, Touvron et al. 2023)
    no-margin       both reward models retrained with the plain ranking loss (margin none, InstructGPT's,
                    instead of the margin by degree of preference, sec. 3.2.2 and Table 28), then PPO from the
                    same rejection-sampling model against them
    no-safety-rm    PPO with the weighted sum of the two scores instead of the Llama 2 rule (sec. 3.2.2: the
                    safety score decides on risky prompts and where it is low)
    no-kl           PPO with no KL penalty to the SFT model (beta 0, no adaptive target; sec. 3.2.3, after
                    Stiennon et al. 2020)
    no-rs           PPO from the model rejection sampling started from (the distilled one, found through the
                    rs run's manifest) instead of the rejection-sampling model (sec. 3.2.3: RS, then PPO)
  data
    no-category:C   the SFT stage refit without the safety demonstrations of category C (illicit_criminal,
                    hateful_harmful, unqualified_advice or borderline), the filtered file in the ablation's
                    directory in place of the safety data's sft.jsonl in SFT's data mix
    no-source:S     the same, without the safety demonstrations whose source starts with S (advbench, ...)
  parts             delegated to `alignkit.ablation` (skip decoder layers, zero attention or MLP blocks or single
                    heads, remove the refusal direction, of the final model or `parts_model`, no retraining),
                    which measures its own variants on refusal, over-refusal, helpfulness reward and held-out
                    loss, with the base job's judges: out_dir/parts/parts.json

Then one `evaluate` run of the base models (the PPO model for the components, the SFT model for the data
ablations) and every ablated model, with the base job's evaluation config as the template (the same
prompts, suites, reward models as judges, reference, held-out data), every suite on every model. The
ablations, each with every number of every suite before, after and the change, go to `ablate.json`; the
terminal shows the headline numbers and every suite number whose 95% intervals do not overlap.

Runs go under `out_dir/<ablation>/<stage>`, the evaluation under `out_dir/evaluate+<ablation>+...` (so
another list of ablations in the same out_dir reuses the runs it shares), `ablate.json` (of the latest
call) in out_dir; a completed run of the same config is skipped, so a killed ablate resumes where it
stopped. Paths in the base job's configs are relative to where it ran; those under its own out_dir are
rewritten to `base`, so `base` may be a copy made elsewhere.

Deviations, honestly: an ablation changes one stage and what follows it in the job, not the stages
between (no-margin's rejection sampling and distillation keep the margin-trained reward models; a data
ablation refits SFT only and evaluates it against the base SFT, not the whole chain after it); the
judges are the base job's reward models, which were trained with what is ablated; with the main job's
small evaluation sets most changes are within the intervals, which the table shows rather than hides.
"""

import json
import math
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

from alignkit import AlignkitError, ablation
from alignkit.config import load_config, to_yaml
from alignkit.distributed import release_memory
from alignkit.evals.table import QUALITY
from alignkit.recipes import evaluate, ppo, reward_model, sft
from alignkit.rundir import atomic_write, is_completed, read_manifest

# the component ablations and what each changes; the data ablations take a name after the colon
COMPONENTS = {"no-margin": "reward models with margin none, then PPO against them",
              "no-safety-rm": "PPO with rewards.rule weighted instead of llama2",
              "no-kl": "PPO with beta 0 and kl_target 0", "no-rs": "PPO from the distilled model, not the RS model"}
DATA = {"no-category": "category", "no-source": "source"}
PARTS = "parts"
STAGES = {"sft": sft, "rm": reward_model, "ppo": ppo}  # the recipes an ablation reruns, by kind


@dataclass
class Config:
    """Which main job to ablate, and how."""

    base: str = "???"  # a completed main job (`alignkit run`'s out_dir, e.g. runs/main): its stage configs and runs
    out_dir: str = "runs/ablate"  # every ablation's runs under out_dir/<ablation>/, the evaluation and ablate.json
    # no-margin, no-safety-rm, no-kl, no-rs (components); no-category:NAME, no-source:PREFIX (SFT refit without
    # those safety demonstrations); parts (layers, attention and MLP blocks, heads, the refusal direction of the
    # final model, no retraining: alignkit.ablation, set by parts.*)
    ablations: list[str] = field(default_factory=lambda: list(COMPONENTS))
    parts_model: str = ""  # parts: the model whose parts are ablated; empty: the base job's PPO model
    # parts: which parts, on which prompts (alignkit.ablation); its helpfulness reward model and held-out data,
    # where unset, are the base job's evaluation's
    parts: ablation.Config = field(default_factory=ablation.Config)


@dataclass
class StageRun:
    """One stage an ablation reruns: the recipe's kind (a key of STAGES) and its config."""

    kind: str
    config: sft.Config | reward_model.Config | ppo.Config


@dataclass
class Plan:
    """What one ablation retrains, and which model it compares with which."""

    ablation: str  # its name, as given
    runs: list[StageRun]  # in order; the last one's out_dir is the ablated model
    base_model: str  # the base job's model it is compared with (its PPO or SFT run)

    @property
    def model(self) -> str:
        return self.runs[-1].config.out_dir


@dataclass
class Change:
    """One number of one suite, before and after an ablation."""

    suite: str  # the suite (refusal, output-stats, toxicity, bias-*, ...); quality: evaluate's top-level numbers
    metric: str  # the number's name, as in results.json's suites (or the quality table's column title)
    base: float  # the base model's value
    ablated: float  # the ablated model's value
    change: float  # ablated - base
    base_interval: list[float] | None  # 95% interval [lo, hi] of the base value; None: the number has none
    ablated_interval: list[float] | None  # 95% interval of the ablated value
    apart: bool | None  # the two intervals do not overlap (a measurable change); None: no intervals


@dataclass
class AblationResult:
    """One ablation's row of ablate.json."""

    ablation: str
    model: str  # the ablated model's run
    base_model: str  # the base model's run
    retrained: list[str]  # the runs made for it, in order
    changes: list[Change]


@dataclass
class FilterResult:
    """What a data ablation kept of the safety demonstrations."""

    path: Path  # the filtered JSONL
    kept: int
    dropped: int


def safe_name(name: str) -> str:
    """The ablation's folder name: `no-category:illicit_criminal` -> `no-category-illicit_criminal`."""
    return name.replace(":", "-").replace("/", "-")


def check_names(ablations: list[str]) -> None:
    """Every name is a component, a data ablation with a non-empty value, or parts; else an error naming it."""
    for name in ablations:
        kind, _, value = name.partition(":")
        if name in COMPONENTS or name == PARTS or (kind in DATA and value):
            continue
        raise AlignkitError(f"ablate: unknown ablation '{name}': known are {', '.join(COMPONENTS)}, "
                            f"no-category:NAME, no-source:PREFIX and {PARTS}")
    if len(set(ablations)) < len(ablations):
        raise AlignkitError(f"ablate: ablations: a name is given twice: {ablations}")


def filter_records(src: Path, dst: Path, key: str, value: str) -> FilterResult:
    """Copy the JSONL records of `src` to `dst` without those whose `key` is `value` (category: equal; source:
    starts with it). An error, listing the values there are, when no record matches."""
    lines, records = [], []
    for i, line in enumerate(Path(src).read_text().splitlines(), 1):
        try:
            records += [json.loads(line)] if line.strip() else []
        except json.JSONDecodeError as e:
            raise AlignkitError(f"ablate: {src}: line {i}: not JSON ({e.msg})") from None
        lines += [line] if line.strip() else []
    drop = [str(r.get(key) or "").startswith(value) if key == "source" else r.get(key) == value for r in records]
    if not any(drop):
        found = sorted({str(r.get(key)) for r in records})
        raise AlignkitError(f"ablate: no record of {src} has {key} '{value}'{' (a prefix)' if key == 'source' else ''};"
                            f" its {key} values: {', '.join(found)}")
    kept = [line for line, d in zip(lines, drop) if not d]
    atomic_write(dst, "".join(f"{line}\n" for line in kept))
    return FilterResult(path=Path(dst), kept=len(kept), dropped=len(lines) - len(kept))


def rebase(value, old: str, new: str):
    """`value` (a config, list or string) with every path under the base job's original out_dir `old` moved to `new`."""
    if is_dataclass(value):
        return replace(value, **{k: rebase(v, old, new) for k, v in vars(value).items()})
    if isinstance(value, list):
        return [rebase(v, old, new) for v in value]
    if isinstance(value, str) and (value == old or value.startswith(old + "/")):
        return new + value[len(old):]
    return value


@dataclass
class Base:
    """A completed main job: where it is now, and its out_dir as its own configs name it (where it ran)."""

    root: Path
    ran_as: str

    @classmethod
    def open(cls, path: str) -> "Base":
        evaluated = Path(path) / "evaluate" / "config.yaml"
        if not evaluated.is_file():
            raise AlignkitError(f"ablate: base: {evaluated} not found: base must be a completed main job "
                                "(alignkit run's out_dir, e.g. runs/main)")
        return cls(Path(path), str(Path(yaml.safe_load(evaluated.read_text())["out_dir"]).parent))

    def config(self, stage_dir: str, cls):
        """The config the base job ran `stage_dir` with (its config.yaml), paths rebased."""
        path = self.root / stage_dir / "config.yaml"
        if not path.is_file():
            raise AlignkitError(f"ablate: {path} not found: the base job has no completed {stage_dir} run")
        return rebase(load_config(cls, path), self.ran_as, str(self.root))

    def parent(self, stage_dir: str, name: str) -> str:
        """A parent of one of the base job's runs (from its manifest), rebased."""
        return rebase(read_manifest(self.root / stage_dir)["parents"][name], self.ran_as, str(self.root))


def ppo_variant(base: Base, out: Path, **changes) -> StageRun:
    """The base job's PPO config with its out_dir under `out` and `changes` applied."""
    return StageRun("ppo", replace(base.config("ppo", ppo.Config), out_dir=str(out / "ppo"), **changes))


def component_plan(name: str, base: Base, out: Path) -> list[StageRun]:
    """The stage runs of one component ablation, each differing from the base job's only in the ablated fields
    (an error where the base job already goes without the component: there is nothing to ablate)."""
    base_ppo = base.config("ppo", ppo.Config)
    rewards = base_ppo.rewards
    rms = [base.config(f"rm-{k}", reward_model.Config) for k in ("helpfulness", "safety")] if name == "no-margin" else []
    without = {"no-kl": base_ppo.beta == 0 and base_ppo.kl_target == 0, "no-safety-rm": rewards.rule == "weighted",
               "no-margin": all(rm.margin == "none" for rm in rms), "no-rs": not (base.root / "rs").is_dir()}
    if without[name]:
        raise AlignkitError(f"ablate: {name}: the base job ran without it already ({COMPONENTS[name]}): nothing to ablate")
    if name == "no-kl":
        return [ppo_variant(base, out, beta=0.0, kl_target=0.0)]
    if name == "no-safety-rm":
        return [ppo_variant(base, out, rewards=replace(rewards, rule="weighted"))]
    if name == "no-rs":  # from the model the rs run started from (the distilled one), found through its manifest
        return [ppo_variant(base, out, model=base.parent("rs", "model"))]
    # no-margin: both reward models again with margin none, then PPO against them
    runs = [StageRun("rm", replace(rm, margin="none", out_dir=str(out / f"rm-{rm.kind}"))) for rm in rms]
    rewards = replace(rewards, helpfulness=runs[0].config.out_dir, safety=runs[1].config.out_dir)
    return [*runs, ppo_variant(base, out, rewards=rewards)]


def data_plan(name: str, base: Base, out: Path) -> list[StageRun]:
    """The SFT refit of a data ablation: the safety demonstrations filtered into out/safety-sft.jsonl, which takes
    the place of the safety data's sft.jsonl in the base SFT's data mix."""
    kind, _, value = name.partition(":")
    cfg = base.config("sft", sft.Config)
    safety_sft = base.root / "safety-data" / "sft.jsonl"
    at = [i for i, p in enumerate(cfg.data.mix) if Path(p).resolve() == safety_sft.resolve()]
    if not at:
        raise AlignkitError(f"ablate: {name}: the base SFT's data mix {cfg.data.mix} does not include {safety_sft}")
    filtered = filter_records(safety_sft, out / "safety-sft.jsonl", DATA[kind], value)
    print(f"ablate: {name}: {filtered.dropped} of {filtered.kept + filtered.dropped} safety demonstrations left out",
          flush=True)
    mix = [str(filtered.path) if i in at else p for i, p in enumerate(cfg.data.mix)]
    return [StageRun("sft", replace(cfg, out_dir=str(out / "sft"), data=replace(cfg.data, mix=mix)))]


def plan(name: str, base: Base, out_dir: Path) -> Plan:
    """What one ablation (a component or data one) retrains, and the base model it is compared with."""
    out = out_dir / safe_name(name)
    if name in COMPONENTS:
        return Plan(name, component_plan(name, base, out), str(base.root / "ppo"))
    return Plan(name, data_plan(name, base, out), str(base.root / "sft"))


def run_stage(run: StageRun) -> Path:
    """The stage's main, unless its out_dir already holds a completed run of this config."""
    if is_completed(run.config.out_dir, to_yaml(run.config)):
        print(f"ablate: {run.config.out_dir} is already completed with this config; skipped", flush=True)
        return Path(run.config.out_dir)
    out = STAGES[run.kind].main(run.config)
    release_memory()
    return Path(out)


def evaluation_config(base: Base, plans: list[Plan], out_dir: Path) -> evaluate.Config:
    """The base job's evaluation config with the base models and every ablated model, every suite on each; its
    judges (reward models, reference, held-out data) stay the base job's, so the numbers compare. Its run is
    named after the ablations (out_dir/evaluate+no-kl+no-rs), so another list in the same out_dir reuses the
    stage runs and gets its own evaluation."""
    template = base.config("evaluate", evaluate.Config)
    names = {str(base.root / "ppo"): "PPO (base)", str(base.root / "sft"): "SFT (base)"}
    base_models = list(dict.fromkeys(p.base_model for p in plans))
    models = base_models + [p.model for p in plans]
    return replace(template, models=models, labels=[names[m] for m in base_models] + [p.ablation for p in plans],
                   out_dir=str(out_dir / "+".join(["evaluate", *(safe_name(p.ablation) for p in plans)])),
                   suite_models=models)


def numbers(result: dict) -> dict[tuple[str, str], tuple[float, list[float] | None]]:
    """Every number of one model's evaluation, by (suite, name): the quality table's (IFEval, rewards, held-out
    loss, KL, answer length), the helpfulness win and tie rates, and every score of every suite."""
    out = {("quality", title): (result[k], None) for k, (title, _) in QUALITY.items() if k in result}
    win = result.get("win_rate_helpfulness")
    for part in ("win", "tie") if win else ():
        out[("quality", f"help {part} rate vs {win['reference']}")] = (win[part]["value"], [win[part]["lo"], win[part]["hi"]])
    for suite in result.get("suites", []):
        for s in suite["scores"]:
            interval = [s["lo"], s["hi"]] if s.get("lo") is not None and s.get("hi") is not None else None
            out[(suite["suite"], s["name"])] = (s["value"], interval)
    return out


def changes(base: dict, ablated: dict) -> list[Change]:
    """Each number both evaluations have, before and after, in the base's order."""
    before, after = numbers(base), numbers(ablated)
    out = []
    for key in (k for k in before if k in after):
        (b, bi), (a, ai) = before[key], after[key]
        finite = bi is not None and ai is not None and all(math.isfinite(x) for x in (*bi, *ai))
        apart = (ai[0] > bi[1] or bi[0] > ai[1]) if finite else None
        out.append(Change(suite=key[0], metric=key[1], base=b, ablated=a, change=a - b, base_interval=bi,
                          ablated_interval=ai, apart=apart))
    return out


def cell(value: float, interval: list[float] | None) -> str:
    return f"{value:.3f}" + (f" [{interval[0]:.2f}, {interval[1]:.2f}]" if interval else "")


def print_changes(rows: list[AblationResult]) -> None:
    """One table per ablation: the refusal and quality numbers, and any other suite number whose 95% intervals
    do not overlap (marked *); within 100 columns, so a log keeps every column."""
    console = Console(width=100) if not Console().is_terminal else Console()
    for row in rows:
        shown = [c for c in row.changes if c.suite in ("refusal", "quality") or c.apart]
        out = Table(title=f"{row.ablation}: against {Path(row.base_model).name} of the base job (95% intervals; "
                          "* intervals apart)",
                    caption=f"{len(row.changes) - len(shown)} more suite numbers in ablate.json, intervals overlapping "
                            "or none")
        for i, name in enumerate(("number", "base", "ablated", "change")):
            out.add_column(name, justify="left" if i == 0 else "right", overflow="fold")
        for c in shown:
            name = c.metric.replace("refusal of harmful prompts:", "refusal:") if c.suite in ("refusal", "quality") \
                else f"{c.suite}: {c.metric}"
            out.add_row(name if len(name) <= 40 else name[:39] + "…", cell(c.base, c.base_interval),
                        cell(c.ablated, c.ablated_interval), f"{c.change:+.3f}" + (" *" if c.apart else ""))
        console.print(out)


def run_parts(cfg: Config, base: Base, out_dir: Path) -> Path:
    """The model-parts ablations (layers, attention and MLP blocks, heads, the refusal direction), delegated to
    alignkit.ablation; skipped when out_dir/parts.json holds a sweep of the same model and config."""
    judges = base.config("evaluate", evaluate.Config)
    parts = replace(cfg.parts, reward_helpfulness=cfg.parts.reward_helpfulness or judges.reward_helpfulness,
                    heldout=cfg.parts.heldout or judges.heldout)
    model, done = cfg.parts_model or str(base.root / "ppo"), out_dir / "parts.json"
    if done.is_file():
        before = json.loads(done.read_text())
        if before.get("model") == model and before.get("config") == json.loads(json.dumps(asdict(parts))):
            print(f"ablate: {done} is already completed with this config; skipped", flush=True)
            return done
    return ablation.run(parts, model, out_dir)


def main(cfg: Config) -> Path:
    check_names(cfg.ablations)
    base, out_dir = Base.open(cfg.base), Path(cfg.out_dir)
    # 1. every ablation's configs (a data ablation writes its filtered file): a wrong name fails before training
    plans = [plan(name, base, out_dir) for name in cfg.ablations if name != PARTS]
    # 2. the stages each ablation reruns, each skipped when already completed
    for p in plans:
        for run in p.runs:
            run_stage(run)
    parts = run_parts(cfg, base, out_dir / PARTS) if PARTS in cfg.ablations else None
    # 3. one evaluation: the base models and every ablated model side by side, every suite on each
    rows, ev_dir = [], None
    if plans:
        ev_cfg = evaluation_config(base, plans, out_dir)
        ev_dir = Path(ev_cfg.out_dir)
        done = is_completed(ev_dir, to_yaml(ev_cfg))
        if done:
            print(f"ablate: {ev_dir} is already completed with this config; skipped", flush=True)
        else:
            evaluate.main(ev_cfg)  # it prints its two tables
        results = json.loads((ev_dir / "results.json").read_text())
        if done:
            evaluate.print_table(results, ev_cfg.labels)
        by_model = {r["model"]: r for r in results}
        rows = [AblationResult(ablation=p.ablation, model=p.model, base_model=p.base_model,
                               retrained=[r.config.out_dir for r in p.runs],
                               changes=changes(by_model[p.base_model], by_model[p.model])) for p in plans]
        print_changes(rows)
    # 4. ablate.json: every ablation with every number before, after and the change
    summary = {"base": cfg.base, "evaluate": str(ev_dir) if ev_dir else None, "parts": str(parts) if parts else None,
               "ablations": [asdict(r) for r in rows]}
    atomic_write(out_dir / "ablate.json", json.dumps(summary, indent=2) + "\n")
    print(f"ablate: {out_dir / 'ablate.json'}")
    return out_dir

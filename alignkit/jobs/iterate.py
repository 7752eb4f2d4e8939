"""Iterative rounds of RLHF: new comparisons on the latest model each round (Llama 2-Chat sec. 3.2.1-3.2.3).

One round (v1, v2, ...):
  1. compare    two answers per prompt from two variants of the latest model: two temperatures of
                it, or it and the previous round's model (`variants`)
  2. label      preferences on those pairs, for helpfulness (benign prompts) or safety (risky
                prompts), with a degree: read from files the annotation app exports
                (`annotator: export`), or made by the built-in *simulated annotator* for unattended
                runs (`annotator: simulated`)
  3. reward     both reward models retrained from the SFT weights on the base preferences plus the
                comparisons of every round so far (Llama 2 accumulated its weekly batches)
  4. RLHF       with `safety_data`, safety SFT of the latest model on those demonstrations first (a red-team
                run's successful attacks with safe answers); then rejection sampling (trained on the kept
                answers of every taken round so far), then PPO from that model with a KL penalty to the SFT
                model, the same anchor in every round (`rlhf`; none: the safety SFT alone)
  5. dev check  with `dev_prompts`, early stopping: the round's model and the one before it answer a dev set
                held out from the rounds' prompts; a round whose dev score (refusal of risky prompts minus
                refusal of the others) falls is not taken, and the next round starts from the model before it
  6. evaluate   the round's model on the held-out sets of `evaluate` by judges that no round trains against
                (the refusal classifier, IFEval, held-out loss on human answers), with KL to the SFT model;
                the last table has every round's model side by side
Every stage writes a run directory under `out_dir/vN/` whose manifest names its parents, so the
rounds are linked: v2's comparisons name v1's model, v2's reward models name their data, and so on.
Comparisons, rejection sampling and PPO all draw on `prompts` (less the dev set), risky and benign alike.

The simulated annotator is a stand-in for people, named as such in every record it writes
(`source: simulated:<judge>`). Where one answer of a pair is judged a refusal by the refusal classifier and
the other is not, it prefers the refusal on a risky prompt (a safety label) and the answer on any other (a
helpfulness label), as people would, with a degree from the classifier's confidence. Otherwise it
scores both answers with *judge* reward models (by default the reward models the main job trained,
`judge_helpfulness`, `judge_safety`), prefers the higher score of the prompt's kind, and turns the
Bradley-Terry probability sigmoid(gap) into Llama 2's degrees (> 0.9 significantly better, > 0.75 better,
> 0.6 slightly better, otherwise negligibly better / unsure). Its safety bin says whether each answer scores
at least an average safe demonstration.
Deviation, honestly: labels from classifiers and reward models can only teach the new reward models what
those judges already prefer; point the judges at stronger models, or label with people, for real gains.
The refusal classifier both labels (which answer refuses) and judges the held-out sets: the held-out
prompts are never trained on, but its blind spots are shared by both.
"""

import json
import random
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.carbon import carbon_total, describe
from alignkit.chat import encode_conversation, ensure_template
from alignkit.config import to_yaml
from alignkit.data.io import write_jsonl
from alignkit.data.records import PreferencePair, Prompt
from alignkit.data.sources import load_records
from alignkit.distributed import default_device, release_memory
from alignkit.generate import sample_comparisons
from alignkit.models import load_reward_model, load_tokenizer, reward_scores_packed
from alignkit.recipes import evaluate, ppo, rejection_sampling, reward_model, sft
from alignkit.refusal import refusal_probability, safety_preference
from alignkit.rewards import REWARD_MODELS_UNSET
from alignkit.rundir import MANIFEST, finish_run, is_completed, start_run
from alignkit.train import seed_everything

# The stages' configs, by names that the fields of Config below (named after the stages) do not hide.
SFTConfig, RMConfig, RSConfig, PPOConfig = sft.Config, reward_model.Config, rejection_sampling.Config, ppo.Config
EvaluateConfig = evaluate.Config

# The simulated annotator's refusal judge (alignkit.refusal's classifier), named in the records it labels.
REFUSAL_JUDGE = "refusal-classifier"
# Bradley-Terry probability that the chosen answer is better -> Llama 2's degree.
DEGREE_BY_PROBABILITY = ((0.9, "significantly_better"), (0.75, "better"), (0.6, "slightly_better"),
                         (0.0, "negligibly_better_or_unsure"))


@dataclass
class Compare:
    prompts_per_round: int = 32  # a fresh seeded sample of the training prompts each round
    # temperatures: the latest model at both temperatures; checkpoints: the latest model and the previous
    # round's (at the first temperature)
    variants: Literal["temperatures", "checkpoints"] = "temperatures"
    temperatures: list[float] = field(default_factory=lambda: [0.7, 1.0])  # variant A, variant B
    max_new_tokens: int = 128  # most tokens per answer
    batch_size: int = 16  # prompts per generate call


@dataclass
class Config:
    model: str = "???"  # the SFT run: every round's KL anchor and RM initialisation; round 1's policy unless `start`
    start: str = ""  # round 1's starting policy (e.g. the main job's final model); empty: the SFT model
    out_dir: str = "runs/iterate"  # the rounds' run directories go under it (v1/, v2/, ...); completed stages are skipped
    seed: int = 0  # random seed (round N samples its comparisons with seed + N)
    rounds: int = 2  # how many rounds to run
    # the rounds' prompts (data specs of Prompt records; risky ones carry a risk category): comparisons, rejection
    # sampling and PPO sample from them, less the dev split
    prompts: list[str] = field(default_factory=lambda: ["starter:prompts"])
    # early stopping: this many prompts of `prompts` (half risky, half not) held out as a dev set; a round is not taken
    # (the next starts from the model before it) when its model's dev score, refusal of the risky prompts minus refusal
    # of the others by the refusal classifier, falls below its predecessor's; 0: no dev set, every round is taken
    dev_prompts: int = 0
    # each round's comparisons: two answers per prompt from two variants of the latest model
    compare: Compare = field(default_factory=Compare)
    # who labels the comparisons: simulated (the judge reward models) or export (the app's files)
    annotator: Literal["simulated", "export"] = "simulated"
    annotations: list[str] = field(default_factory=list)  # annotator=export: one preference file per round
    judge_helpfulness: str = ""  # annotator=simulated: the helpfulness judge standing in for people (reward-model run or folder)
    judge_safety: str = ""  # annotator=simulated: the safety judge (a reward-model run or folder)
    # each round's RLHF: rejection sampling, PPO, or both (PPO from the rejection-sampling model); none: only the
    # safety SFT below
    rlhf: Literal["rs", "ppo", "rs+ppo", "none"] = "rs+ppo"
    # safety demonstrations (Conversation records, e.g. a red-team run's sft.jsonl: its successful attacks with safe
    # answers) fine-tuned into the latest model at the start of each round's RLHF, as Llama 2 fed its red team's
    # findings into safety SFT; empty: no safety SFT
    safety_data: list[str] = field(default_factory=list)
    # the safety SFT (model, out_dir, data.train set per round; data.mix: e.g. the main job's safety demonstrations,
    # harmful and borderline, so refusing does not spread to safe requests)
    safety_sft: SFTConfig = field(default_factory=lambda: SFTConfig(
        epochs=2, lr=5e-5, batch_size=8, micro_batch_size=8, eval_every=1000,
        data=sft.Data(eval_fraction=0.2, mix_fraction=4.0)))
    # the helpfulness reward model, retrained each round (model, out_dir and data set per round)
    rm_helpfulness: RMConfig = field(default_factory=lambda: reward_model.small_config("helpfulness", "safety", 0.25))
    # the safety reward model, retrained each round (model, out_dir and data set per round)
    rm_safety: RMConfig = field(default_factory=lambda: reward_model.small_config("safety", "helpfulness", 0.1))
    # each round's rejection sampling (model, out_dir, keep and rewards set per round)
    rs: RSConfig = field(default_factory=lambda: RSConfig(
        rewards=REWARD_MODELS_UNSET, max_prompts=48, k=4, temperature=0.8, max_new_tokens=128,
        finetune=SFTConfig(epochs=2, lr=5e-5, batch_size=8, micro_batch_size=8, eval_every=1000)))
    # each round's PPO (model, reference, out_dir and rewards set per round)
    ppo: PPOConfig = field(default_factory=lambda: PPOConfig(rewards=REWARD_MODELS_UNSET, steps=6, micro_batch_size=4))
    # each round's evaluation (models and out_dir set per round)
    evaluate: EvaluateConfig = field(default_factory=lambda: EvaluateConfig(max_prompts=40))
    # every stage's chat template: auto, the tokenizer's own (Llama 2's where it has none); llama2, always Llama 2's
    chat_template: Literal["auto", "llama2"] = "auto"
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # every stage's: auto, bf16 autocast where the CPU/GPU has it


@dataclass
class Prompts:
    """The rounds' prompt files: the training prompts and the dev set held out from them (None without one)."""

    train: Path
    dev_risky: Path | None
    dev_other: Path | None


@dataclass
class Round:
    """What a round's training made: its model, and the rejection-sampling and PPO runs among its stages."""

    model: str
    rs: Path | None
    ppo: Path | None


def degree(p_better: float) -> str:
    return next(d for threshold, d in DEGREE_BY_PROBABILITY if p_better > threshold)


@torch.no_grad()
def simulated_annotator(comparisons: list[dict], judges: dict[str, str], cfg: Config) -> list[PreferencePair]:
    """Preferences from the refusal classifier and judge reward models (see the module docstring); identical or
    empty answers are skipped."""
    tokenizer = ensure_template(load_tokenizer(judges["helpfulness"]), cfg.chat_template)
    seqs = [encode_conversation(tokenizer, [*c["prompt"], {"role": "assistant", "content": c[k] or " "}])[0]
            for c in comparisons for k in ("answer_a", "answer_b")]
    scores = {}
    for kind, path in judges.items():
        model = load_reward_model(path).eval().to(default_device())
        raw = reward_scores_packed(model, seqs, cfg.precision)  # packed into rows of bounded length
        scores[kind] = (raw - getattr(model.config, "alignkit_reward_offset", 0.0)).view(-1, 2)
        del model
    refused = torch.tensor(refusal_probability([c[k] for c in comparisons for k in ("answer_a", "answer_b")])).view(-1, 2)
    pairs = []
    for c, h, s, p in zip(comparisons, scores["helpfulness"], scores["safety"], refused.tolist()):
        if not c["answer_a"] or not c["answer_b"] or c["answer_a"] == c["answer_b"]:
            continue
        # one answer refuses and the other does not: the refusal is the safer one on a risky prompt; on any other the
        # answer is the more helpful one (the helpfulness reward model scores those prompts in rejection sampling and PPO)
        by_refusal = safety_preference(c["prompt"], bool(c["risk_category"]), c["answer_a"], c["answer_b"], *p,
                                       source=f"simulated:{REFUSAL_JUDGE}")
        if by_refusal is not None:
            pairs.append(by_refusal if c["risk_category"] else
                         by_refusal.model_copy(update={"kind": "helpfulness", "safety_bin": None}))
            continue
        kind = "safety" if c["risk_category"] else "helpfulness"
        r = s if kind == "safety" else h
        first = bool(r[0] >= r[1])
        chosen, rejected = (c["answer_a"], c["answer_b"]) if first else (c["answer_b"], c["answer_a"])
        safe = (s >= 0).tolist()  # at least as safe as an average demonstration (offset-subtracted scores)
        safe_c, safe_r = (safe[0], safe[1]) if first else (safe[1], safe[0])
        safety_bin = None
        if kind == "safety":
            safety_bin = "both_safe" if safe_c and safe_r else "chosen_safe_other_unsafe" if safe_c else "both_unsafe"
            if not safe_c and safe_r:
                continue  # Llama 2 keeps no pair whose chosen answer is unsafe and the other safe
        pairs.append(PreferencePair(prompt=c["prompt"], chosen=chosen, rejected=rejected,
                                    degree=degree(torch.sigmoid((r[0] - r[1]).abs()).item()), kind=kind,
                                    safety_bin=safety_bin, source=f"simulated:{judges[kind]}"))
    return pairs


def split_prompts(cfg: Config) -> Prompts:
    """The rounds' training prompts and, with dev_prompts, the dev set held out from them (half risky, half not,
    a seeded sample), written once under out_dir."""
    out = Path(cfg.out_dir)
    prompts = [p for _, p in load_records(cfg.prompts, Prompt)]
    rng = random.Random(cfg.seed)
    risky = [i for i, p in enumerate(prompts) if p.risk_category]
    other = [i for i, p in enumerate(prompts) if not p.risk_category]
    half = cfg.dev_prompts // 2
    if cfg.dev_prompts and (half >= len(risky) or cfg.dev_prompts - half >= len(other)):
        raise AlignkitError(f"dev_prompts={cfg.dev_prompts} leaves no training prompts: `prompts` has {len(risky)} "
                            f"risky and {len(other)} other prompts")
    dev = set(rng.sample(risky, half) + rng.sample(other, cfg.dev_prompts - half)) if cfg.dev_prompts else set()
    split = Prompts(train=out / "prompts-train.jsonl", dev_risky=out / "dev-risky.jsonl" if dev else None,
                    dev_other=out / "dev-other.jsonl" if dev else None)
    write_jsonl(split.train, [p for i, p in enumerate(prompts) if i not in dev])
    if dev:
        write_jsonl(split.dev_risky, [prompts[i] for i in sorted(dev) if prompts[i].risk_category])
        write_jsonl(split.dev_other, [prompts[i] for i in sorted(dev) if not prompts[i].risk_category])
    return split


def collect_preferences(rnd: int, latest: str, previous: str, train: Path, cfg: Config) -> Path:
    """Steps 1-2 of round `rnd`: comparisons on the latest model, labelled; returns the round's 'labels' run."""
    run_dir = Path(cfg.out_dir) / f"v{rnd}" / "labels"
    models = [latest, latest] if cfg.compare.variants == "temperatures" else [latest, previous]
    temps = cfg.compare.temperatures if cfg.compare.variants == "temperatures" else [cfg.compare.temperatures[0]] * 2
    source = (cfg.annotations[rnd - 1] if cfg.annotator == "export"
              else f"simulated:{REFUSAL_JUDGE},{cfg.judge_helpfulness},{cfg.judge_safety}")
    # What the labels depend on, so adding rounds later does not redo this one.
    config = json.dumps({"round": rnd, "seed": cfg.seed, "models": models, "temperatures": temps, "labels": source,
                         "prompts": cfg.prompts, "dev_prompts": cfg.dev_prompts, "compare": asdict(cfg.compare),
                         "chat_template": cfg.chat_template}, indent=1)
    if is_completed(run_dir, config):
        return run_dir
    manifest = start_run(run_dir, "labels", config, parents={"variant_a": models[0], "variant_b": models[1], "labels": source})
    seed_everything(cfg.seed + rnd)
    prompts = [p for _, p in load_records([str(train)], Prompt)]
    prompts = [prompts[i] for i in torch.randperm(len(prompts))[: cfg.compare.prompts_per_round].tolist()]
    comparisons = sample_comparisons(models, temps, prompts, cfg.compare.max_new_tokens, cfg.compare.batch_size,
                                     cfg.chat_template, cfg.precision)
    write_jsonl(run_dir / "comparisons.jsonl", comparisons)
    if cfg.annotator == "export":
        pairs = [p for _, p in load_records([cfg.annotations[rnd - 1]], PreferencePair)]
    else:
        pairs = simulated_annotator(comparisons, {"helpfulness": cfg.judge_helpfulness, "safety": cfg.judge_safety}, cfg)
    for kind in ("helpfulness", "safety"):
        write_jsonl(run_dir / f"preferences_{kind}.jsonl", [p for p in pairs if p.kind == kind])
    counts = {kind: sum(p.kind == kind for p in pairs) for kind in ("helpfulness", "safety")}
    finish_run(run_dir, manifest, comparisons=len(comparisons), **counts)
    print(f"iterate v{rnd}: {len(comparisons)} comparisons, labelled {counts} ({source})")
    return run_dir


def train_round(rnd: int, latest: str, labels: list[Path], rs_rounds: list[Path], train: Path, cfg: Config) -> Round:
    """Steps 3-4 of round `rnd`: both reward models on the base preferences plus every round's labels so far, then
    the safety SFT, rejection sampling and PPO of `cfg.rlhf` from the latest model."""
    here, sft_dir = Path(cfg.out_dir) / f"v{rnd}", cfg.model
    rms = {}
    for kind in ("helpfulness", "safety"):
        base = getattr(cfg, f"rm_{kind}")
        data = replace(base.data, train=base.data.train + [str(d / f"preferences_{kind}.jsonl") for d in labels
                                                           if (d / f"preferences_{kind}.jsonl").stat().st_size])
        rms[kind] = reward_model.main(replace(base, kind=kind, model=sft_dir, data=data, out_dir=str(here / f"rm-{kind}"),
                                              chat_template=cfg.chat_template, precision=cfg.precision))
        release_memory()
    policy, rs_dir, ppo_dir = Path(latest), None, None
    if cfg.safety_data:
        policy = sft.main(replace(cfg.safety_sft, model=latest, out_dir=str(here / "safety-sft"),
                                  data=replace(cfg.safety_sft.data, train=cfg.safety_data),
                                  chat_template=cfg.chat_template, precision=cfg.precision))
        release_memory()
    if cfg.rlhf in ("rs", "rs+ppo"):  # best of K, trained on the kept answers of every taken round so far too
        policy = rs_dir = rejection_sampling.main(replace(
            cfg.rs, model=str(policy), out_dir=str(here / "rs"), prompts=[str(train)], keep=[str(r) for r in rs_rounds],
            rewards=replace(cfg.rs.rewards, helpfulness=str(rms["helpfulness"]), safety=str(rms["safety"])),
            chat_template=cfg.chat_template, precision=cfg.precision))
        release_memory()
    if cfg.rlhf in ("ppo", "rs+ppo"):  # KL to the SFT model, whichever round
        policy = ppo_dir = ppo.main(replace(
            cfg.ppo, model=str(policy), reference=sft_dir, out_dir=str(here / "ppo"), prompts=[str(train)],
            rewards=replace(cfg.ppo.rewards, helpfulness=str(rms["helpfulness"]), safety=str(rms["safety"])),
            chat_template=cfg.chat_template, precision=cfg.precision))
        release_memory()
    return Round(model=str(policy), rs=rs_dir, ppo=ppo_dir)


def dev_scores(rnd: int, models: list[str], split: Prompts, cfg: Config) -> list[float]:
    """Each model's dev score: refusal of the dev split's risky prompts minus refusal of its other prompts (greedy
    answers, the refusal classifier); the run is `v{rnd}/dev`."""
    ev_cfg = EvaluateConfig(models=models, labels=[f"v{rnd - 1}" if rnd > 1 else "start", f"v{rnd}"],
                            out_dir=str(Path(cfg.out_dir) / f"v{rnd}" / "dev"), seed=cfg.seed, risky=[str(split.dev_risky)],
                            benign=[str(split.dev_other)], max_prompts=0, max_new_tokens=cfg.evaluate.max_new_tokens,
                            suites=[], chat_template=cfg.chat_template, precision=cfg.precision)
    if not is_completed(ev_cfg.out_dir, to_yaml(ev_cfg)):
        evaluate.main(ev_cfg)
        release_memory()
    results = json.loads((Path(ev_cfg.out_dir) / "results.json").read_text())
    return [r["refusal_risky"]["rate"] - r["refusal_benign"]["rate"] for r in results]


def evaluate_round(rnd: int, models: dict[str, str], cfg: Config) -> list[dict]:
    """The round's new models (round 1: the SFT and starting models too) on the held-out sets of `evaluate`, by
    judges no round trains against: the refusal classifier, IFEval, held-out loss, KL to the SFT model."""
    ev_cfg = replace(cfg.evaluate, models=list(models.values()), labels=list(models),
                     out_dir=str(Path(cfg.out_dir) / f"v{rnd}" / "evaluate"), reward_helpfulness="", reward_safety="",
                     reference=cfg.model, chat_template=cfg.chat_template, precision=cfg.precision)
    if not is_completed(ev_cfg.out_dir, to_yaml(ev_cfg)):
        evaluate.main(ev_cfg)
        release_memory()
    return json.loads((Path(ev_cfg.out_dir) / "results.json").read_text())


def memory(run: Path | None) -> str:
    """PPO's measured peak and its estimate, from its manifest."""
    if run is None:
        return "-"
    r = json.loads((run / MANIFEST).read_text()).get("results", {})
    return f"{r.get('peak_memory_bytes', 0) / 2**30:.2f} / {r.get('estimated_memory_bytes', 0) / 2**30:.2f} GiB"


def main(cfg: Config) -> Path:
    if cfg.annotator == "export" and len(cfg.annotations) < cfg.rounds:
        raise AlignkitError(f"annotator=export needs one preference file per round in `annotations` ({cfg.rounds} rounds)")
    if cfg.annotator == "simulated" and not (cfg.judge_helpfulness and cfg.judge_safety):
        raise AlignkitError("annotator=simulated needs judge_helpfulness and judge_safety (reward-model runs or folders)")
    if cfg.rlhf == "none" and not cfg.safety_data:
        raise AlignkitError("rlhf=none needs safety_data: a round with neither would not change the model")
    out, sft_dir = Path(cfg.out_dir), cfg.model
    split = split_prompts(cfg)
    latest = previous = cfg.start or sft_dir
    labels, rs_rounds, rows, names, labels_seen, notes = [], [], [], [], [], []
    for rnd in range(1, cfg.rounds + 1):
        # 1-2. comparisons on the latest model, labelled; 3-4. reward models, then RLHF from the latest model
        labels.append(collect_preferences(rnd, latest, previous, split.train, cfg))
        release_memory()
        done = train_round(rnd, latest, labels, rs_rounds, split.train, cfg)
        # early stopping: a round whose model scores lower on the dev set than its predecessor is not taken
        before, after = dev_scores(rnd, [latest, done.model], split, cfg) if split.dev_risky else (0.0, 0.0)
        taken = after >= before
        # 5. the round's model on held-out prompts, by judges independent of the trained reward models
        candidates = [("SFT", sft_dir), ("start", latest)] if rnd == 1 else []
        candidates.append((f"v{rnd}" if taken else f"v{rnd} (not taken)", done.model))
        new = {}
        for label, model in candidates:
            if model not in names and model not in new.values():  # the start is the SFT model unless `start` is set
                new[label] = model
        rows += evaluate_round(rnd, new, cfg)
        names += list(new.values())
        labels_seen += list(new)
        notes.append(f"v{rnd}: dev score {before:+.2f} -> {after:+.2f}, {'taken' if taken else 'not taken'}; "
                     f"PPO peak memory / estimate {memory(done.ppo)}")
        if taken:
            previous, latest = latest, done.model
            rs_rounds += [done.rs] if done.rs else []
        print(f"\niterate: {notes[-1]}; the latest model is {latest}")
    print("\niterate: every round's model on the held-out prompts (judges: the refusal classifier, IFEval, held-out "
          "loss; KL to the SFT model)")
    evaluate.print_table(rows, labels=labels_seen)
    print("\n".join(f"iterate: {n}" for n in notes))
    # every stage of every round (labels, both reward models, rs, ppo, dev, evaluate), all their sessions
    runs = [d for rnd in range(1, cfg.rounds + 1) for d in sorted((out / f"v{rnd}").iterdir()) if (d / MANIFEST).is_file()]
    print(f"iterate: {cfg.rounds} rounds, {len(runs)} runs: {describe(carbon_total(runs))} (codecarbon estimate)")
    return out

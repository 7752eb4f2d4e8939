"""The main job: the whole pipeline on the embedded default model and the starter pack.

    safety data -> safety SFT (demonstrations + safety and borderline demonstrations) -> safety
    comparisons on the SFT model (answers with and without a safety pre-prompt, judged by the refusal
    classifier) -> helpfulness and safety reward models (from the SFT weights) -> targeted context
    distillation (the pre-prompted answers, kept where the safety reward model prefers them) ->
    [rejection sampling (best of K by the Llama 2 rule, risky and borderline prompts in the batch), with
    rlhf=rs+ppo] -> PPO with a KL penalty to the SFT model -> representation tuning along the refusal
    direction (beyond Llama 2) -> evaluation of the model as shipped and of every stage

ending with one table: refusal of held-out harmful prompts (overall and per Llama 2 category) and
over-refusal of held-out borderline prompts by the refusal classifier, with 95% intervals; IFEval;
helpfulness and safety rewards; held-out loss on human-written answers; KL to the SFT model. This is
Llama 2-Chat's order (sec. 3 and 4): safety SFT, then safety RLHF (PPO; with rlhf=rs+ppo rejection
sampling first, as in Llama 2's V5), with context distillation among them; `alignkit iterate` repeats
rounds. The last stage is not Llama 2's: on a 135M model the Llama 2 stages leave a fifth of held-out
harmful prompts answered and a fifth of borderline ones refused, and tuning the model's refusal
direction (`alignkit rep-tune`) moves both.

Each stage writes its own run directory under `out_dir` and is skipped when a completed run with
the same config is already there; an interrupted stage resumes from its last checkpoint. The
pipeline sets each stage's `model`, `out_dir` and inputs from the stages before it; the rest of each
stage's config is under its name (e.g. `alignkit run sft.epochs=2 ppo.steps=20`). The defaults are
sized so the whole job takes under 15 minutes on 2 CPU cores (docs/results.md has the measured times).
The public datasets (`$ALIGNKIT_DATA_DIR`) add red-team prompts to the safety data and IFEval to the
evaluation; without them the job runs on the project's own data and says what it left out.
"""

import json
import resource
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from alignkit import report
from alignkit.carbon import carbon_total, describe
from alignkit.config import to_yaml
from alignkit.data import safety
from alignkit.distributed import release_memory
from alignkit.models import DEFAULT_MODEL, LoraConfig
from alignkit.recipes import distill, evaluate, ppo, rejection_sampling, rep_tune, reward_model, safety_compare, sft
from alignkit.rewards import REWARD_MODELS_UNSET
from alignkit.rundir import is_completed

# The stages' configs, by names that the fields of Config below (named after the stages) do not hide.
SFTConfig, EvaluateConfig, DistillConfig = sft.Config, evaluate.Config, distill.Config
RMConfig, RSConfig, PPOConfig = reward_model.Config, rejection_sampling.Config, ppo.Config
CompareConfig, RepTuneConfig = safety_compare.Config, rep_tune.Config


def rm_safety() -> RMConfig:
    """Trained on the comparisons of the SFT model's own answers (set by the pipeline; the held-out split is
    of those). Measured on the main job's SFT model, as agreement with the refusal classifier on pairs of
    real answers to held-out harmful / borderline prompts: the written pairs alone at lr 1e-5 41% / 62%;
    the comparisons alone at lr 5e-5 63% / 62%; written pairs mixed in pulled the harmful side to 30-48%."""
    data = reward_model.Data(train=[], mix=[], eval_fraction=0.2, max_demonstrations=32)
    return RMConfig(kind="safety", data=data, epochs=2, batch_size=8, micro_batch_size=4, lr=5e-5)


@dataclass
class Config:
    """The stages' own configs, with defaults sized for the main job on a CPU."""

    # the base model every stage starts from: embedded name, Hugging Face id or folder, or an alignkit run
    model: str = DEFAULT_MODEL
    # every stage's run directory goes under it; completed stages are skipped, an interrupted one resumes
    out_dir: str = "runs/main"
    # stage 0: harmful prompts with safe answers, borderline ones with helpful answers, two-sided pairs
    # (out_dir set here)
    safety_data: safety.Config = field(default_factory=lambda: safety.Config(max_harmful=190))
    # stage 1: safety SFT (model, out_dir set here; the safety demonstrations join data.mix)
    # (held-out loss after the last step only: each evaluation costs about as much as a step); half as many
    # demonstrations again with a checkable format instruction, so that SFT keeps the shipped model's instruction
    # following (IFEval on 100 prompts: 20% as shipped, 11% after 22 steps without them, 18% after 30 with them;
    # docs/safety-experiments.md, "Seventh session")
    sft: SFTConfig = field(default_factory=lambda: SFTConfig(max_steps=30, lr=1.5e-4, micro_batch_size=4, eval_every=30,
                                                             data=sft.Data(mix_fraction=1.0, format_fraction=0.5)))
    # stage 2: safety comparisons of the SFT model's answers (model, out_dir, prompts set here); 64 prompts per generate
    # call: sampling 96 tokens on 2 cores runs 1.4x faster than at 32 (236 against 164 tokens/s; docs/safety-experiments.md,
    # "Eighth session")
    safety_compare: CompareConfig = field(default_factory=lambda: CompareConfig(max_harmful=64, max_borderline=48,
                                                                                generation_batch_size=64))
    # stage 3: the helpfulness reward model, from the SFT weights (model, out_dir set here); Llama 2's mix, small
    # (the pipeline adds the written two-sided safety pairs to the mix)
    rm_helpfulness: RMConfig = field(default_factory=lambda: reward_model.small_config("helpfulness", "safety", 0.25))
    # stage 3: the safety reward model, from the SFT weights (model, out_dir; the comparisons join data.train)
    rm_safety: RMConfig = field(default_factory=rm_safety)
    # stage 4: targeted context distillation (model, out_dir, prompts, samples, reward_safety set here)
    distill: DistillConfig = field(default_factory=lambda: DistillConfig(reward_safety=""))
    # stages 5-6: the RLHF stages: rs+ppo (Llama 2's V5: rejection sampling, then PPO from its model) or ppo (PPO
    # from the distilled model). The main job runs PPO only: rejection sampling moved nothing measurable there
    # (refusal 83% -> 83%, over-refusal 21% -> 25%, docs/results.md) and its minute and a half pays for stage 7
    rlhf: Literal["rs+ppo", "ppo"] = "ppo"
    # stage 5: rejection sampling from the distilled model (model, out_dir, rewards set here; safety prompts
    # join prompts)
    rs: RSConfig = field(default_factory=lambda: RSConfig(
        rewards=REWARD_MODELS_UNSET, max_prompts=16, k=4, temperature=0.8, max_new_tokens=96,
        finetune=SFTConfig(epochs=1, lr=5e-5, batch_size=4, micro_batch_size=4, eval_every=1000)))
    # stage 6: PPO from the rejection-sampling (or distilled) model, KL to the SFT model (model, reference, out_dir,
    # rewards set here)
    ppo: PPOConfig = field(default_factory=lambda: PPOConfig(
        rewards=REWARD_MODELS_UNSET, steps=2, batch_size=8, mini_batch_size=4, micro_batch_size=4, max_new_tokens=96,
        lora=LoraConfig(enabled=True), lr=1e-4, value_lr=1e-4))
    # stage 7: representation tuning of the PPO model along its refusal direction (model, out_dir set here): layer 23
    # of the embedded model's 30, the last that Arditi et al. allow (0.8 L); the recipe's one epoch and pushes, as
    # measured in docs/safety-experiments.md ("Sixth session")
    rep_tune: RepTuneConfig = field(default_factory=lambda: RepTuneConfig(layer=23, trained_layers=11))
    # stage 8: the model as shipped and every stage, side by side (models, labels, out_dir, heldout, reward
    # models and reference set here; the toxicity and bias suites on the SFT and final models unless
    # suite_models names others); then the HTML report of every run
    evaluate: EvaluateConfig = field(default_factory=lambda: EvaluateConfig(
        max_prompts=48, max_new_tokens=32, ifeval="data:ifeval/input_data.jsonl", max_ifeval=24,
        ifeval_max_new_tokens=112, max_bbq=4, max_crows=60))


def main(cfg: Config) -> Path:
    out = Path(cfg.out_dir)
    timings = {}

    def stage(name, fn, stage_cfg):
        t0 = time.perf_counter()
        result = fn(stage_cfg)
        timings[name] = time.perf_counter() - t0
        release_memory()
        return result

    def with_rewards(stage_cfg, rm_dirs):
        return replace(stage_cfg.rewards, helpfulness=str(rm_dirs["helpfulness"]), safety=str(rm_dirs["safety"]))

    # 0. safety data: harmful prompts with safe answers, borderline prompts with helpful ones, two-sided pairs
    data_cfg = replace(cfg.safety_data, out_dir=str(out / "safety-data"))
    data_dir = Path(data_cfg.out_dir) if is_completed(data_cfg.out_dir, to_yaml(data_cfg)) else stage(
        "safety_data", safety.main, data_cfg)
    safety_sft, safety_pairs, safety_prompts = (str(data_dir / f) for f in ("sft.jsonl", "pairs.jsonl", "prompts.jsonl"))

    # 1. safety SFT: the demonstrations with the safety and borderline demonstrations mixed in
    sft_dir = stage("sft", sft.main, replace(cfg.sft, model=cfg.model, out_dir=str(out / "sft"),
                                             data=replace(cfg.sft.data, mix=[*cfg.sft.data.mix, safety_sft])))
    template = cfg.sft.chat_template

    # 2. safety comparisons of the SFT model's own answers, with and without the safety pre-prompt
    compare_dir = stage("safety_compare", safety_compare.main, replace(
        cfg.safety_compare, model=str(sft_dir), out_dir=str(out / "safety-compare"), chat_template=template,
        prompts=[safety_prompts]))

    # 3. both reward models, initialised from the SFT weights: the safety model on the comparisons of the
    # SFT model's own answers, the helpfulness model with the written two-sided safety pairs in its mix
    rm_dirs = {}
    for kind in ("helpfulness", "safety"):
        rm_cfg = getattr(cfg, f"rm_{kind}")
        data = (replace(rm_cfg.data, train=[str(compare_dir / "pairs.jsonl"), *rm_cfg.data.train]) if kind == "safety"
                else replace(rm_cfg.data, mix=[*rm_cfg.data.mix, safety_pairs]))
        rm_dirs[kind] = stage(f"rm_{kind}", reward_model.main, replace(
            rm_cfg, kind=kind, model=str(sft_dir), out_dir=str(out / f"rm-{kind}"), chat_template=template, data=data))

    # 4. targeted context distillation: the comparisons' pre-prompted answers, kept where the safety RM prefers them
    # (as many written borderline demonstrations mixed into its fine-tuning, so refusing does not spread)
    finetune = replace(cfg.distill.finetune, data=replace(cfg.distill.finetune.data, mix=[
        *cfg.distill.finetune.data.mix, str(data_dir / "borderline.jsonl")]))
    distill_dir = stage("distill", distill.main, replace(
        cfg.distill, model=str(sft_dir), out_dir=str(out / "distill"), chat_template=template, finetune=finetune,
        prompts=[safety_prompts], samples=str(compare_dir / "samples.jsonl"), reward_safety=str(rm_dirs["safety"])))

    # 5. rejection sampling from the distilled model, risky and borderline prompts in the batch (rlhf=rs+ppo)
    rs_dir = None
    if cfg.rlhf == "rs+ppo":
        rs_dir = stage("rejection_sampling", rejection_sampling.main, replace(
            cfg.rs, model=str(distill_dir), out_dir=str(out / "rs"), chat_template=template,
            prompts=[*cfg.rs.prompts, safety_prompts], rewards=with_rewards(cfg.rs, rm_dirs)))

    # 6. PPO from the rejection-sampling (or distilled) model, KL to the SFT model, critic from the helpfulness model
    ppo_dir = stage("ppo", ppo.main, replace(
        cfg.ppo, model=str(rs_dir or distill_dir), reference=str(sft_dir), out_dir=str(out / "ppo"), chat_template=template,
        prompts=[*cfg.ppo.prompts, safety_prompts], rewards=with_rewards(cfg.ppo, rm_dirs)))

    # 7. representation tuning: harmful prompts raised along the PPO model's refusal direction, harmless ones lowered
    rep_dir = stage("rep_tune", rep_tune.main, replace(cfg.rep_tune, model=str(ppo_dir), out_dir=str(out / "rep-tune"),
                                                         chat_template=template))

    # 8. the model as shipped and every stage, side by side on held-out prompts and data
    models = {"as shipped": cfg.model, "SFT": str(sft_dir), "distillation": str(distill_dir),
              **({"rejection sampling": str(rs_dir)} if rs_dir else {}), "PPO": str(ppo_dir), "rep. tuning": str(rep_dir)}
    ev_cfg = replace(cfg.evaluate, models=list(models.values()), labels=list(models), out_dir=str(out / "evaluate"),
                     heldout=[str(sft_dir / "heldout.jsonl")], chat_template=template,
                     reward_helpfulness=str(rm_dirs["helpfulness"]), reward_safety=str(rm_dirs["safety"]),
                     reference=str(sft_dir), suite_models=cfg.evaluate.suite_models or [str(sft_dir), str(rep_dir)])
    if not is_completed(ev_cfg.out_dir, to_yaml(ev_cfg)):
        stage("evaluate", evaluate.main, ev_cfg)
    results = json.loads((Path(ev_cfg.out_dir) / "results.json").read_text())

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    runs = [r for r in (data_dir, sft_dir, compare_dir, *rm_dirs.values(), distill_dir, rs_dir, ppo_dir, rep_dir,
                        ev_cfg.out_dir) if r]
    print(f"\nalignkit run: stage times {', '.join(f'{k} {v:.0f}s' for k, v in timings.items())}; "
          f"peak memory {peak:.2f} GiB; {describe(carbon_total(runs))} (codecarbon estimate, all sessions)")
    evaluate.print_table(results, labels=list(models))
    print(f"runs in {out}/; the final model is {rep_dir / 'final'} (plain transformers loads it)")
    report.main(report.Config(runs=[str(out)], title=f"alignkit main job: {out}"))
    return out

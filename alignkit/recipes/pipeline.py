"""The main job: the whole pipeline on the embedded default model and the starter pack.

    SFT -> helpfulness and safety reward models (from the SFT weights) -> rejection sampling (best of
    K by the Llama 2 rule, then SFT on the kept answers) -> PPO from the rejection-sampling model with
    a KL penalty to the SFT model -> evaluation of the SFT, rejection-sampling and PPO models

ending with one table: helpfulness reward (benign prompts), safety reward (risky prompts), refusal
rate on held-out risky and benign prompts, KL to the SFT model. Llama 2-Chat ran rejection sampling
and then PPO on top of it in its later rounds (sec. 3.2.3); `alignkit iterate` repeats rounds.

Each stage writes its own run directory under `out_dir` and is skipped when a completed run with
the same config is already there; an interrupted stage resumes from its last checkpoint. The
pipeline sets each stage's `model`, `out_dir` and inputs from the stages before it; the rest of each
stage's config is under its name (e.g. `alignkit run sft.epochs=2 ppo.steps=20`). The defaults are
sized so the whole job takes under 15 minutes on 2 CPU cores (see the README for measured times).
"""

import ctypes
import gc
import json
import resource
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from alignkit.config import to_yaml
from alignkit.models import DEFAULT_MODEL, LoraConfig
from alignkit.recipes import evaluate, ppo, rejection_sampling, reward_model, sft
from alignkit.rewards import RewardConfig
from alignkit.rundir import is_completed

# The stages' own configs, with defaults sized for the main job on a CPU.
SFTConfig, EvaluateConfig = sft.Config, evaluate.Config
RMConfig, RSConfig, PPOConfig = reward_model.Config, rejection_sampling.Config, ppo.Config
FROM_PIPELINE = RewardConfig(helpfulness="", safety="")  # filled with the reward-model runs


def rm_defaults(kind: str, mix: str, mix_fraction: float) -> RMConfig:
    """Llama 2's mixes, small: all of the model's own kind (capped) plus a share of the other kind."""
    data = reward_model.Data(train=[f"starter:preferences_{kind}"], mix=[f"starter:preferences_{mix}"],
                             mix_fraction=mix_fraction, max_train=96)
    return RMConfig(kind=kind, data=data, micro_batch_size=4)


@dataclass
class Config:
    model: str = DEFAULT_MODEL
    out_dir: str = "runs/main"
    sft: SFTConfig = field(default_factory=lambda: SFTConfig(epochs=1, lr=1e-4, micro_batch_size=4))
    rm_helpfulness: RMConfig = field(default_factory=lambda: rm_defaults("helpfulness", "safety", 0.25))
    rm_safety: RMConfig = field(default_factory=lambda: rm_defaults("safety", "helpfulness", 0.1))
    rs: RSConfig = field(default_factory=lambda: RSConfig(
        rewards=FROM_PIPELINE, max_prompts=32, k=4, temperature=0.8, max_new_tokens=96,
        finetune=SFTConfig(epochs=1, lr=5e-5, batch_size=8, micro_batch_size=4, eval_every=1000)))
    ppo: PPOConfig = field(default_factory=lambda: PPOConfig(
        rewards=FROM_PIPELINE, steps=6, batch_size=16, micro_batch_size=4, max_new_tokens=96,
        lora=LoraConfig(enabled=True), lr=1e-4, value_lr=1e-4))
    evaluate: EvaluateConfig = field(default_factory=lambda: EvaluateConfig(max_prompts=40))


def release_memory() -> None:
    """Drop the finished stage's models and hand freed heap pages back to the OS, so stages run one
    after another in one process do not stack their peaks (glibc keeps freed memory otherwise)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:  # not glibc (macOS, musl): nothing to trim
        pass


def main(cfg: Config) -> Path:
    out = Path(cfg.out_dir)
    timings = {}

    def stage(name, fn, stage_cfg):
        t0 = time.perf_counter()
        result = fn(stage_cfg)
        timings[name] = time.perf_counter() - t0
        release_memory()
        return result

    # 1. supervised fine-tuning on the demonstrations
    sft_dir = stage("sft", sft.main, replace(cfg.sft, model=cfg.model, out_dir=str(out / "sft")))
    template = cfg.sft.chat_template

    # 2. both reward models, initialised from the SFT weights
    rm_dirs = {kind: stage(f"rm_{kind}", reward_model.main, replace(
        getattr(cfg, f"rm_{kind}"), kind=kind, model=str(sft_dir), out_dir=str(out / f"rm-{kind}"), chat_template=template))
        for kind in ("helpfulness", "safety")}

    # 3. rejection sampling from the SFT model, judged by both reward models
    rs_dir = stage("rejection_sampling", rejection_sampling.main, replace(
        cfg.rs, model=str(sft_dir), out_dir=str(out / "rs"), chat_template=template,
        rewards=replace(cfg.rs.rewards, helpfulness=str(rm_dirs["helpfulness"]), safety=str(rm_dirs["safety"]))))

    # 4. PPO from the rejection-sampling model, KL to the SFT model, critic from the helpfulness model
    ppo_dir = stage("ppo", ppo.main, replace(
        cfg.ppo, model=str(rs_dir), reference=str(sft_dir), out_dir=str(out / "ppo"), chat_template=template,
        rewards=replace(cfg.ppo.rewards, helpfulness=str(rm_dirs["helpfulness"]), safety=str(rm_dirs["safety"]))))

    # 5. the three models side by side on held-out data and prompts
    ev_cfg = replace(cfg.evaluate, models=[str(sft_dir), str(rs_dir), str(ppo_dir)],
                     heldout=[str(sft_dir / "heldout.jsonl")], out_dir=str(out / "evaluate"), chat_template=template,
                     reward_helpfulness=str(rm_dirs["helpfulness"]), reward_safety=str(rm_dirs["safety"]),
                     reference=str(sft_dir))
    if not is_completed(ev_cfg.out_dir, to_yaml(ev_cfg)):
        stage("evaluate", evaluate.main, ev_cfg)
    results = json.loads((Path(ev_cfg.out_dir) / "results.json").read_text())

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(f"\nalignkit run: stage times {', '.join(f'{k} {v:.0f}s' for k, v in timings.items())}; "
          f"peak memory {peak:.2f} GiB")
    evaluate.print_table(results, labels=["SFT", "rejection sampling", "PPO"])
    print(f"runs in {out}/; the final model is {ppo_dir / 'final'} (plain transformers loads it)")
    return out

"""PPO against the combined reward, with a KL penalty to the SFT model (InstructGPT step 3; Llama 2-Chat sec. 3.2.3).

Each step: sample one answer per prompt from the policy; score it with the helpfulness and safety
reward models combined by Llama 2's rule (the safety score decides on risky prompts or when
sigmoid(R_safety) < 0.15) and turned into WHITEN(LOGIT(sigmoid(R_c))) over the batch; subtract a
penalty from answers that never end; place that score on the answer's last real token and a per-token
KL penalty -beta * KL(pi || pi_sft) on every token (k1 or k3 estimator, beta fixed or adapted to a
target, Ziegler et al. 2019); estimate advantages with GAE (gamma 1, lambda 0.95) against a critic
initialised from a reward model; whiten them; then update policy and critic with PPO's clipped
surrogate and a clipped value loss (Schulman et al. 2017). Optional: PPO-ptx, an SFT loss on
demonstrations added with its own coefficient (Ouyang et al. 2022, eq. 2); an EMA of the policy
weights, saved instead of the last weights.

The update takes several optimiser steps per rollout batch, as PPO is defined (Schulman et al. 2017,
Algorithm 1: K epochs of minibatch SGD on the same samples) and as InstructGPT and Llama 2 ran it
(Llama 2: 512 rollouts, mini-batches of 64, one gradient step each). In each of `ppo_epochs` epochs
each rank shuffles its share of the batch (seeded by seed and step, so a resumed run repeats it) and
cuts it into mini-batches of mini_batch_size / ranks sequences (a mini_batch_size above batch_size
means the whole batch); each mini-batch is one optimiser step: its micro-batches accumulate, the
losses are means over its response tokens on all ranks, policy and critic gradients are clipped
separately, and PPO-ptx adds one sampled set of demonstrations. Only the first mini-batch meets the
policy that sampled (ratio 1); later ones meet a moved policy, which the clip limits. The lr
schedule advances once per rollout batch. Each optimiser step is the one every training loop takes
(`alignkit.train.accumulate_and_step`): the policy loss of each micro-batch, then the value loss of each
(separate backward passes, so policy and critic activations are never held at the same time), then
PPO-ptx; under DDP the gradients are synchronised on the last micro-batch of each. Policy and critic
share one AdamW (`alignkit.train.make_optimizer`: no weight decay on 1-D weights), each with its own lr.
Losses, clip fraction and approx-KL are logged as token-weighted means over every optimiser step of the
PPO step and all ranks, grad norms as the mean over those steps, and `optimizer_steps` as their count.

The reference is the SFT model: a frozen copy, or, with LoRA when the policy starts from the
reference itself, the same weights with the adapter disabled (no second copy in memory).
The log-probs recorded while sampling are compared with those recomputed by the training forward
pass; the gap is logged (`logp_gap`, nonzero mostly from bf16 numerics). Each step logs the time
of every phase (generate, score, reference, values, update) and writes decoded samples with their
rewards to samples.jsonl, where reward hacking shows first.

Deviations, honestly: reward and advantage whitening, and the shuffle into mini-batches, use each
rank's own batch (a mini-batch is a slice of every rank's share, not a draw from the whole batch);
PPO-ptx draws the same demonstrations on every rank; top-p is not applied while sampling, so recorded
log-probs are of the plain tempered distribution.
Llama 2 used batches of 512 prompts, one epoch of mini-batches of 64, lr 1e-6 and beta 0.01 for
200-400 steps on 7-70B models; the defaults here (batch 16, two epochs of mini-batches of 8: four
optimiser steps per batch) are sized for a few minutes on a CPU with a 135M model.
"""

import random
import shutil
import time
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import encode_conversations, encode_prompt, ensure_template
from alignkit.data.batch import loss_tokens
from alignkit.data.records import Conversation, Prompt
from alignkit.data.sources import load_records
from alignkit.distributed import all_sum, barrier, peak_memory, release_memory, reset_peak_memory, wrap
from alignkit.generate import Rollout, decode_answers, response_logprobs, rollout
from alignkit.losses import ppo_policy_loss, ppo_value_loss
from alignkit.models import (
    DEFAULT_MODEL,
    LoraConfig,
    frozen,
    load_causal_lm,
    load_reward_model,
    load_tokenizer,
    load_value_model,
    rollout_scores,
    save_pretrained,
    token_values,
    uses_bf16,
)
from alignkit.rewards import RewardConfig, combine, llama2_final_reward
from alignkit.rl import adaptive_beta, gae, kl_estimate, masked_mean, masked_whiten, shape_rewards
from alignkit.rundir import append_jsonl, finish_run
from alignkit.track import log_step, progress_bar
from alignkit.train import (
    accumulate_and_step,
    checkpoint_extra,
    micro_batch_loss,
    open_run,
    optimiser_and_resume,
    save_checkpoint,
    step_share,
    sum_stats,
)


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # the policy's start: the SFT (or rejection-sampling) run
    reference: str = ""  # the KL anchor, the SFT run; empty: `model`
    value_model: str = ""  # the critic's start; empty: rewards.helpfulness
    out_dir: str = "runs/ppo"  # the run directory: a completed run of this config is skipped, an interrupted one resumes
    seed: int = 0  # random seed: data splits and samples, initialisation, sampling
    # Prompt records the policy answers in its rollouts (data specs: files, starter:NAME, LOADER:PATH)
    prompts: list[str] = field(default_factory=lambda: ["starter:prompts"])
    # the reward models that score the rollouts, and how their scores combine
    rewards: RewardConfig = field(default_factory=RewardConfig)
    whiten_rewards: bool = True  # Llama 2: WHITEN(LOGIT(sigmoid(R_c))) over the batch
    missing_eos_penalty: float = 1.0  # subtracted from the score of an answer that never ends
    lora: LoraConfig = field(default_factory=LoraConfig)  # LoRA adapters, for policy and critic
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32
    steps: int = 20  # PPO steps: rollout batches, each followed by ppo_epochs of updates
    batch_size: int = 16  # prompts per step, all ranks
    mini_batch_size: int = 8  # sequences per optimiser step, all ranks; divides batch_size (more: the whole batch)
    micro_batch_size: int = 8  # sequences per forward pass; more than a rank's mini-batch acts as the mini-batch
    ppo_epochs: int = 2  # passes over each rollout batch, each reshuffled into mini-batches
    max_prompt_len: int = 512  # most tokens in a prompt; a longer one stops the run, naming its file and record
    max_new_tokens: int = 96  # most tokens per rollout answer
    temperature: float = 1.0  # sampling temperature of the rollouts
    lr: float = 1e-6  # peak learning rate of the policy (AdamW; linear warm-up, then cosine decay)
    value_lr: float = 1e-5  # peak learning rate of the critic (value model)
    weight_decay: float = 0.0  # AdamW weight decay (weight matrices only)
    warmup_steps: int = 0  # optimiser steps of linear learning-rate warm-up
    min_lr_ratio: float = 1.0  # 1: constant lr after warm-up
    grad_clip: float = 1.0  # clip the gradient norm to this
    beta: float = 0.05  # KL coefficient (initial value when adaptive)
    # per-token KL estimate: k1 = logp - ref_logp, or k3 (>= 0, lower variance; Schulman 2020)
    kl_estimator: Literal["k1", "k3"] = "k1"
    kl_target: float = 0.0  # >0: adapt beta so the sequence KL tracks this (Ziegler et al. 2019)
    kl_horizon: int = 10000  # adaptive KL: how fast beta moves (larger: slower; Ziegler et al. 2019)
    gamma: float = 1.0  # GAE discount
    lam: float = 0.95  # GAE lambda
    clip: float = 0.2  # PPO's clip range of the probability ratio
    value_clip: float = 0.2  # clip range of the critic's value change per update
    value_coef: float = 0.5  # weight of the value loss next to the policy loss
    whiten_advantages: bool = True  # normalise the advantages over the batch (mean 0, std 1)
    ptx_coef: float = 0.0  # >0: PPO-ptx, an SFT loss on `ptx_data` with this coefficient
    # demonstrations for the PPO-ptx loss (used when ptx_coef > 0)
    ptx_data: list[str] = field(default_factory=lambda: ["starter:sft"])
    ema: float = 0.0  # >0: keep an EMA of the policy with this decay and save it as the result
    samples_per_step: int = 2  # decoded samples written to samples.jsonl each step
    save_every: int = 5  # checkpoint every N optimiser steps (what an interrupted run resumes from)
    threads: int = 0  # torch threads; 0 = torch's default


def load_prompts(specs: list[str], tokenizer, max_len: int) -> list[Prompt]:
    prompts = []
    for where, p in load_records(specs, Prompt):
        n = len(encode_prompt(tokenizer, p.prompt))
        if n > max_len:
            raise AlignkitError(f"{where}: prompt is {n} tokens, longer than max_prompt_len {max_len}")
        prompts.append(p)
    return prompts


@dataclass
class Scores:
    """A rollout's rewards (see score): B answers, one number each."""

    help: torch.Tensor  # (B,) float32: the helpfulness reward model's score
    safe: torch.Tensor  # (B,) float32: the safety reward model's score
    combined: torch.Tensor  # (B,) float32: R_c, the two combined by Llama 2's rule (cfg.rewards)
    score: torch.Tensor  # (B,) float32: what PPO optimises: R_c (whitened when whiten_rewards) - the missing-EOS penalty


@dataclass
class Experience:
    """Steps 1-4 of a PPO step for this rank's prompts (see make_experience): the rollout and what the update
    reads of it. B answers, R response columns; every (B, R) tensor is 0 on the response padding."""

    rollout: Rollout  # the sampled answers, with the log-probs recorded while sampling (rollout.logp)
    old_logp: torch.Tensor  # (B, R) float32: the sampling policy's log-probs, recomputed by a training forward pass
    ref_logp: torch.Tensor  # (B, R) float32: the reference's log-probs
    old_values: torch.Tensor  # (B, R) float32: the critic's values before the update
    kl: torch.Tensor  # (B,) float32: each answer's KL to the reference, the sum of its per-token estimates (k1 or k3)
    returns: torch.Tensor  # (B, R) float32: GAE returns (advantages + values), the critic's target
    advantages: torch.Tensor  # (B, R) float32: GAE advantages, whitened over the batch when whiten_advantages

    def rows(self, index) -> "Experience":
        """The rows `index` selects (a slice, or a tensor of row indices), every tensor alike."""
        return Experience(rollout=self.rollout.rows(index), old_logp=self.old_logp[index], ref_logp=self.ref_logp[index],
                          old_values=self.old_values[index], kl=self.kl[index], returns=self.returns[index],
                          advantages=self.advantages[index])


def score(reward_models: dict, batch: Rollout, prompts: list[Prompt], cfg: Config) -> Scores:
    """Reward-model scores, the combined score R_c, and the score PPO optimises (whitened, penalised)."""
    r_help = rollout_scores(reward_models["helpfulness"], batch, cfg.precision)
    r_safe = rollout_scores(reward_models["safety"], batch, cfg.precision)
    risky = torch.tensor([p.risk_category is not None for p in prompts], device=r_help.device)
    r_c = combine(cfg.rewards, r_help, r_safe, risky)
    final = llama2_final_reward(r_c) if cfg.whiten_rewards else r_c
    final = final - cfg.missing_eos_penalty * (~batch.ended).float()
    return Scores(help=r_help, safe=r_safe, combined=r_c, score=final)


def micro_batches(batch: Rollout | Experience, size: int) -> list:
    """A Rollout or an Experience cut into consecutive slices of `size` rows (the last may be shorter)."""
    n = len((batch.rollout if isinstance(batch, Experience) else batch).response)
    return [batch.rows(slice(i, i + size)) for i in range(0, n, size)]


def logp_gap(exp: Experience) -> torch.Tensor:
    """Mean |log-prob recorded while sampling - log-prob recomputed by the training forward pass| over response
    tokens: 0 but for numerics (mostly bf16)."""
    return masked_mean((exp.rollout.logp - exp.old_logp).abs(), exp.rollout.response_mask)


@torch.no_grad()
def make_experience(policy, reference, value_model, reward_models, tokenizer, prompts, cfg: Config, beta: float,
                    times: dict) -> tuple[Experience, Scores]:
    """Steps 1-4 for this rank's prompts: rollout, scores, reference log-probs and values, KL-shaped
    rewards, GAE. Returns the experience and the rollout's scores."""
    unwrapped = getattr(policy, "module", policy)
    t = time.perf_counter()
    batch = rollout(unwrapped, tokenizer, [p.prompt for p in prompts], cfg.max_new_tokens, cfg.temperature,
                    precision=cfg.precision, logprobs=True)
    times["generate"] = time.perf_counter() - t
    t = time.perf_counter()
    scores = score(reward_models, batch, prompts, cfg)
    times["score"] = time.perf_counter() - t
    t = time.perf_counter()
    old_logp, ref_logp = [], []
    for mb in micro_batches(batch, cfg.micro_batch_size):
        old_logp.append(response_logprobs(unwrapped, mb, cfg.temperature, cfg.precision))
        if reference is None:  # LoRA: the reference is the policy with its adapter switched off
            with unwrapped.disable_adapter():
                ref_logp.append(response_logprobs(unwrapped, mb, cfg.temperature, cfg.precision))
        else:
            ref_logp.append(response_logprobs(reference, mb, cfg.temperature, cfg.precision))
    old_logp, ref_logp = torch.cat(old_logp), torch.cat(ref_logp)
    times["reference"] = time.perf_counter() - t
    t = time.perf_counter()
    old_values = torch.cat([token_values(value_model, mb, cfg.precision) for mb in micro_batches(batch, cfg.micro_batch_size)])
    times["values"] = time.perf_counter() - t
    mask = batch.response_mask
    kl = kl_estimate(old_logp, ref_logp, cfg.kl_estimator) * mask
    rewards = shape_rewards(scores.score, kl, mask, beta)
    advantages, returns = gae(rewards, old_values, mask, cfg.gamma, cfg.lam)
    advantages = masked_whiten(advantages, mask) if cfg.whiten_advantages else advantages
    return Experience(rollout=batch, old_logp=old_logp, ref_logp=ref_logp, old_values=old_values, kl=kl.sum(1),
                      returns=returns, advantages=advantages), scores


STATS = ("policy_loss", "value_loss", "clip_fraction", "approx_kl", "value_error")


def policy_loss(policy, micro: Experience, cfg: Config, num_tokens: float) -> tuple[torch.Tensor, dict]:
    """Clipped surrogate loss of a micro-batch, a mean over the mini-batch's response tokens on all ranks;
    this micro-batch's sums over its response tokens of the loss, clip fraction and approx-KL."""
    logp = response_logprobs(policy, micro.rollout, cfg.temperature, cfg.precision)
    mask = micro.rollout.response_mask
    loss, stats = ppo_policy_loss(logp, micro.old_logp, micro.advantages, mask, cfg.clip, num_tokens)
    n = mask.sum().item()  # the loss is over num_tokens, the ratios over this micro-batch
    return loss, {"policy_loss": loss.item() * num_tokens, "clip_fraction": stats["clip_fraction"].item() * n,
                  "approx_kl": stats["approx_kl"].item() * n}


def value_loss(value_model, micro: Experience, cfg: Config, num_tokens: float) -> tuple[torch.Tensor, dict]:
    """value_coef x the clipped value loss of a micro-batch (a mean over the mini-batch's response tokens on all
    ranks); this micro-batch's sums over its response tokens of the value loss and error."""
    values = token_values(value_model, micro.rollout, cfg.precision)
    mask = micro.rollout.response_mask
    loss, stats = ppo_value_loss(values, micro.old_values, micro.returns, mask, cfg.value_clip, num_tokens)
    n = mask.sum().item()
    return cfg.value_coef * loss, {"value_loss": loss.item() * num_tokens, "value_error": stats["value_error"].item() * n}


def ptx_loss(policy, demos: list, cfg: Config, device) -> tuple[torch.Tensor, dict]:
    """PPO-ptx: ptx_coef x the mean SFT loss over the answer tokens of sampled demonstrations (all ranks)."""
    loss, _ = micro_batch_loss(policy, demos, all_sum(loss_tokens(demos)).item(), cfg.precision, device)
    return cfg.ptx_coef * loss, {"ptx_loss": loss.item()}


def mini_batch_passes(policy, value_model, mb: Experience, ptx: list, cfg: Config) -> list[tuple]:
    """One optimiser step's passes (see alignkit.train.accumulate_and_step): the policy loss over the
    mini-batch's micro-batches, then the value loss over them, then PPO-ptx on `ptx` (when not empty)."""
    num_tokens = all_sum(mb.rollout.response_mask.sum()).item()
    micro = micro_batches(mb, cfg.micro_batch_size)
    passes = [(policy, micro, partial(policy_loss, policy, cfg=cfg, num_tokens=num_tokens)),
              (value_model, micro, partial(value_loss, value_model, cfg=cfg, num_tokens=num_tokens))]
    if ptx:
        passes.append((policy, [ptx], partial(ptx_loss, policy, cfg=cfg, device=mb.rollout.response.device)))
    return passes


def ppo_update(policy, value_model, exp: Experience, demos: list, optimizer, cfg: Config, world: int, step: int,
               run_dir: Path) -> dict:
    """Step 5: `ppo_epochs` passes over this rank's batch, each reshuffled (seeded by seed and step, so a
    resumed run repeats it) into mini-batches of min(mini_batch_size, batch_size) / world sequences, one
    optimiser step each (+ PPO-ptx). Returns token-weighted means of STATS over every optimiser step and
    all ranks, the mean grad norms, the mean ptx loss and `optimizer_steps`."""
    shuffle = torch.Generator().manual_seed(cfg.seed * 1_000_003 + step)
    ptx_rng = random.Random(cfg.seed * 7919 + step)
    device, size = exp.rollout.response.device, min(cfg.mini_batch_size, cfg.batch_size) // world
    sums, norms, ptx_losses, steps = dict.fromkeys(STATS, 0.0), [0.0, 0.0], [], 0
    for _ in range(cfg.ppo_epochs):
        order = torch.randperm(len(exp.rollout.response), generator=shuffle).to(device)
        for mb in micro_batches(exp.rows(order), size):
            ptx = ptx_rng.sample(demos, min(len(demos), cfg.micro_batch_size)) if demos else []
            _, mb_norms, stats = accumulate_and_step(mini_batch_passes(policy, value_model, mb, ptx, cfg), optimizer,
                                                     cfg.grad_clip, world, step, run_dir)
            mb_sums = sum_stats(stats)
            sums = {k: sums[k] + mb_sums[k] for k in STATS}
            norms = [total + n for total, n in zip(norms, mb_norms)]
            if ptx:
                ptx_losses.append(mb_sums["ptx_loss"])
            steps += 1
    # Every response token is counted once per epoch.
    tokens = all_sum(exp.rollout.response_mask.sum()).item() * cfg.ppo_epochs
    totals = all_sum(torch.tensor([sums[k] for k in STATS], dtype=torch.float64)).tolist()
    stats = {k: v / tokens for k, v in zip(STATS, totals)}
    stats.update(grad_norm_policy=norms[0] / steps, grad_norm_value=norms[1] / steps, optimizer_steps=steps)
    if ptx_losses:
        stats["ptx_loss"] = sum(ptx_losses) / len(ptx_losses)
    return stats


def write_samples(run_dir: Path, step: int, prompts: list[Prompt], exp: Experience, scores: Scores, tokenizer) -> None:
    """Decoded answers of the first prompts of the step, with their rewards and KL, to samples.jsonl."""
    first = exp.rollout.rows(slice(len(prompts)))
    for i, (p, answer) in enumerate(zip(prompts, decode_answers(tokenizer, first))):
        append_jsonl(run_dir / "samples.jsonl", {
            "step": step, "prompt": p.prompt[-1].content, "risk_category": p.risk_category, "answer": answer,
            "ended": bool(first.ended[i]), "combined": scores.combined[i].item(), "score": scores.score[i].item(),
            "help": scores.help[i].item(), "safe": scores.safe[i].item(), "kl": exp.kl[i].item()})


def estimated_memory(models: list, trainable: int, cfg: Config, config) -> float:
    """Rough bytes: every model's weights, gradients + two AdamW moments of the trainable ones, and the
    activations one micro-batch keeps for its backward pass (about 4 bytes x (12 hidden + 6 intermediate)
    per token and layer, measured on SmolLM2 with bf16 autocast, plus fp32 logits of the answer); bf16
    autocast also caches a half-size copy of every fp32 weight."""
    cache = 1.5 if uses_bf16(cfg.precision) else 1.0
    weights = sum(p.numel() * p.element_size() * (cache if p.dtype == torch.float32 else 1.0)
                  for m in models for p in m.parameters())
    tokens = cfg.micro_batch_size * (cfg.max_prompt_len // 8 + cfg.max_new_tokens)  # a typical prompt, not the longest
    per_token = 4 * config.num_hidden_layers * (12 * config.hidden_size + 6 * config.intermediate_size)
    logits = 3 * 4 * cfg.micro_batch_size * cfg.max_new_tokens * config.vocab_size
    return weights + 12 * trainable + tokens * per_token + logits


def check_sizes(cfg: Config, world: int) -> None:
    """Batch and mini-batch sizes that give every rank the same share and the same number of optimiser steps."""
    if cfg.batch_size % world:
        raise AlignkitError(f"batch_size {cfg.batch_size} must be a multiple of the {world} ranks")
    mini = min(cfg.mini_batch_size, cfg.batch_size)  # larger than the batch: the whole batch
    if mini < 1 or cfg.batch_size % mini or mini % world:
        raise AlignkitError(f"mini_batch_size {cfg.mini_batch_size} (sequences per optimiser step, all ranks) must divide "
                            f"batch_size {cfg.batch_size} and be a multiple of the {world} ranks, so every rank takes "
                            f"the same number of optimiser steps")
    if cfg.ppo_epochs < 1:
        raise AlignkitError(f"ppo_epochs {cfg.ppo_epochs} must be at least 1")


def load_models(cfg: Config, reference_name: str, value_name: str, device) -> tuple:
    """Policy (trained), reference (frozen; None with LoRA when the policy starts from the reference itself:
    the policy with its adapter off), critic (trained, from a reward model), the two reward models (frozen)."""
    policy = load_causal_lm(cfg.model, cfg.lora).to(device)  # on the device before the optimiser and EMA
    shared_reference = cfg.lora.enabled and reference_name == cfg.model
    reference = None if shared_reference else frozen(load_causal_lm(reference_name), cfg.precision, device)
    value_model = load_value_model(value_name, cfg.lora).to(device)
    reward_models = {kind: frozen(load_reward_model(getattr(cfg.rewards, kind)), cfg.precision, device)
                     for kind in ("helpfulness", "safety")}
    return policy, reference, value_model, reward_models


def resume_extra(policy, value_model, cfg: Config, run_dir: Path) -> tuple[float, dict | None]:
    """What an interrupted run's checkpoint keeps beside the policy (see save_state): the critic's trained
    weights (restored in place), the KL coefficient and the EMA weights. Returns (beta, EMA weights or None)."""
    extra = checkpoint_extra(run_dir)
    if extra:
        value_model.load_state_dict(extra["value"], strict=False)
    ema = extra.get("ema") or ({n: p.detach().clone() for n, p in policy.named_parameters() if p.requires_grad}
                               if cfg.ema else None)
    return extra.get("beta", cfg.beta), ema


def save_state(run_dir: Path, policy, value_model, optimizer, scheduler, step: int, beta: float, ema: dict | None) -> None:
    """A checkpoint: the policy, optimiser and schedule, and in `extra` the critic's trained weights, beta, the EMA."""
    unwrapped_value = getattr(value_model, "module", value_model)
    trained = {k for k, q in unwrapped_value.named_parameters() if q.requires_grad}
    save_checkpoint(run_dir, policy, optimizer, scheduler, step, extra={
        "value": {k: v for k, v in unwrapped_value.state_dict().items() if k in trained}, "beta": beta, "ema": ema})


@torch.no_grad()
def update_ema(ema: dict, policy, decay: float) -> None:
    """ema <- decay * ema + (1 - decay) * weights, for the trained weights of the policy."""
    for n, p in getattr(policy, "module", policy).named_parameters():
        if n in ema:
            ema[n].lerp_(p.detach(), 1 - decay)


def step_row(step: int, cfg: Config, n_prompts: int, exp: Experience, scores: Scores, stats: dict, beta: float,
             times: dict, t0: float) -> dict:
    """The step's metrics: means over all ranks' sequences of rewards, KL, length and ending; the update's stats."""
    n_seq = all_sum(n_prompts).item()
    mean = lambda x: (all_sum(x.float().sum()) / n_seq).item()
    return {"step": step + 1, "total_steps": cfg.steps, "reward": mean(scores.combined),
            "help": mean(scores.help), "safe": mean(scores.safe), "kl": mean(exp.kl), "beta": beta,
            **stats, "logp_gap": logp_gap(exp).item(), "length": mean(exp.rollout.response_mask.sum(1)),
            "ended": mean(exp.rollout.ended), **{f"t_{k}": v for k, v in times.items()}, "step_s": time.perf_counter() - t0}


def main(cfg: Config) -> Path:
    # Seed, processes, run directory (a completed run of this config is not redone).
    reference_name = cfg.reference or cfg.model
    value_name = cfg.value_model or cfg.rewards.helpfulness
    opened = open_run(cfg, "ppo", parents={"model": cfg.model, "reference": reference_name, "value_model": value_name,
                                            "helpfulness": cfg.rewards.helpfulness, "safety": cfg.rewards.safety})
    if opened is None:
        return Path(cfg.out_dir)
    rank, world, device, run_dir, manifest = opened
    check_sizes(cfg, world)
    release_memory()  # this stage's own peak, not what earlier stages of the same process left behind
    reset_peak_memory(device)

    # Data: prompts (and demonstrations for PPO-ptx).
    tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
    prompts = load_prompts(cfg.prompts, tokenizer, cfg.max_prompt_len)
    if len(prompts) < cfg.batch_size:
        raise AlignkitError(f"batch_size {cfg.batch_size} is larger than the {len(prompts)} prompts")
    demos = encode_conversations(tokenizer, load_records(cfg.ptx_data, Conversation), None) if cfg.ptx_coef else []

    # Models: policy (trained), reference (frozen), critic (trained, from a reward model), two reward models (frozen).
    policy, reference, value_model, reward_models = load_models(cfg, reference_name, value_name, device)
    # One AdamW, each model its own lr; their gradients are clipped separately (accumulate_and_step): the
    # critic's are often the larger and would throttle the policy's. Resume restores both, beta and the EMA.
    optimizer, scheduler, start = optimiser_and_resume([(policy, cfg.lr), (value_model, cfg.value_lr)], cfg, cfg.steps,
                                                       run_dir, rank, logs=("metrics.jsonl", "samples.jsonl"))
    beta, ema = resume_extra(policy, value_model, cfg, run_dir)
    models = [m for m in (policy, reference, value_model, *reward_models.values()) if m is not None]
    n_trainable = sum(p.numel() for m in (policy, value_model) for p in m.parameters() if p.requires_grad)
    estimate = estimated_memory(models, n_trainable, cfg, policy.config)
    if rank == 0:
        print(f"ppo: {len(prompts)} prompts, {cfg.steps} steps of {cfg.batch_size}, reference "
              f"{'policy without adapter' if reference is None else reference_name}, world {world}; memory estimate "
              f"{estimate / 2**30:.1f} GiB"
              + (f", resuming at step {start}" if start else ""))
    policy, value_model = wrap(policy, device), wrap(value_model, device)

    with progress_bar(rank == 0) as bar:
        task = bar.add_task("ppo", total=cfg.steps, completed=start)
        for step in range(start, cfg.steps):
            t0, times = time.perf_counter(), {}
            # 1-4. this step's prompts (this rank's share): rollout, scores, reference + values, KL-shaped rewards, GAE
            mine = step_share(prompts, cfg.batch_size, cfg.seed, step, rank, world)
            exp, scores = make_experience(policy, reference, value_model, reward_models, tokenizer, mine, cfg, beta, times)
            # 5. PPO epochs of mini-batches: clipped policy loss + clipped value loss (+ ptx), one optimiser step each
            t = time.perf_counter()
            policy.train()
            value_model.train()
            stats = ppo_update(policy, value_model, exp, demos, optimizer, cfg, world, step, run_dir)
            scheduler.step()
            times["update"] = time.perf_counter() - t
            # 6. EMA, adaptive KL coefficient, log, samples, checkpoint
            if ema is not None:
                update_ema(ema, policy, cfg.ema)
            row = step_row(step, cfg, len(mine), exp, scores, stats, beta, times, t0)
            if cfg.kl_target > 0:
                beta = adaptive_beta(beta, row["kl"], cfg.kl_target, cfg.kl_horizon, cfg.batch_size)
            if rank == 0:
                log_step(run_dir, row, bar)
                bar.advance(task)
                write_samples(run_dir, step + 1, mine[: cfg.samples_per_step], exp, scores, tokenizer)
                if (step + 1) % cfg.save_every == 0 and step + 1 < cfg.steps:
                    save_state(run_dir, policy, value_model, optimizer, scheduler, step + 1, beta, ema)
            barrier()

    # The policy (the EMA weights if kept; LoRA merged into plain weights) in Hugging Face format.
    if rank == 0:
        final = getattr(policy, "module", policy)
        if ema is not None:
            with torch.no_grad():
                for n, p in final.named_parameters():
                    p.copy_(ema.get(n, p))
        save_pretrained(final.merge_and_unload() if cfg.lora.enabled else final, tokenizer, run_dir / "final")
        peak = peak_memory(device)
        finish_run(run_dir, manifest, steps=cfg.steps, peak_memory_bytes=peak, estimated_memory_bytes=estimate, beta=beta)
        shutil.rmtree(run_dir / "checkpoint", ignore_errors=True)
        print(f"ppo: done, measured peak memory {peak / 2**30:.2f} GiB (estimate {estimate / 2**30:.2f} GiB); "
              f"weights in {run_dir / 'final'}")
    barrier()
    return run_dir

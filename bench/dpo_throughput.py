"""DPO training: alignkit's `dpo` vs TRL's DPOTrainer, same model, data, batch and machine.

Both start from the embedded SmolLM2-135M-Instruct (policy and reference), train one epoch on the same
starter preference pairs, beta 0.1, 16 pairs a step in micro-batches of 8, lr 5e-7 cosine, bf16
autocast, sigmoid loss. Each tool is run the way it is meant to be: alignkit computes the reference
log-probs once before training; TRL computes them in every step unless asked to precompute, so both
of TRL's modes are run. Prints pairs/s over the timed steps (2..N), the end-to-end time (reference
pass included) and held-out preference accuracy by each tool's own evaluation, with ratios.

    python bench/dpo_throughput.py [--data SPEC] [--train-pairs 160] [--heldout-pairs 60] [--out FILE]
"""

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

import torch

from alignkit.config import load_config
from alignkit.data.records import PreferencePair
from alignkit.models import resolve_model
from alignkit.recipes import dpo

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rm_throughput import split_files, trl_rows  # noqa: E402  (same split and TRL rows as the RM bench)

BATCH, MICRO = 16, 8


def ours(train_file: Path, eval_file: Path, tmp: Path) -> dict:
    cfg = load_config(dpo.Config, None, [
        f"out_dir={tmp / 'ours'}", f"data.train=[{train_file}]", f"data.eval=[{eval_file}]", f"batch_size={BATCH}",
        f"micro_batch_size={MICRO}", "precision=bf16", "lr=5e-7", "beta=0.1", "save_every=100000"])
    t0 = time.perf_counter()
    run = dpo.main(cfg)
    total = time.perf_counter() - t0
    times = [json.loads(line)["time"] for line in open(run / "metrics.jsonl")]
    results = json.loads((run / "manifest.json").read_text())["results"]
    return {"pairs_s": BATCH * (len(times) - 1) / (times[-1] - times[0]), "seconds": total,
            "heldout_accuracy": results["eval_accuracy"]}


def trl(train: list[PreferencePair], heldout: list[PreferencePair], tmp: Path, precompute: bool) -> dict:
    from datasets import Dataset
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl import DPOConfig, DPOTrainer

    path = resolve_model("smollm2-135m-instruct")
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    stamps = []

    class Clock(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            stamps.append(time.perf_counter())

    rows = lambda pairs: [{k: v for k, v in r.items() if k != "margin"} for r in trl_rows(pairs)]
    args = DPOConfig(
        output_dir=str(tmp / "trl"), num_train_epochs=1, per_device_train_batch_size=MICRO,
        gradient_accumulation_steps=BATCH // MICRO, learning_rate=5e-7, lr_scheduler_type="cosine", warmup_steps=3,
        bf16=True, use_cpu=True, report_to=[], save_strategy="no", logging_steps=1000, max_length=1024, beta=0.1,
        precompute_ref_log_probs=precompute, dataloader_num_workers=0, seed=0,
    )
    t0 = time.perf_counter()
    trainer = DPOTrainer(model=model, args=args, train_dataset=Dataset.from_list(rows(train)),
                         eval_dataset=Dataset.from_list(rows(heldout)), processing_class=tok, callbacks=[Clock()])
    trainer.train()
    total = time.perf_counter() - t0
    metrics = trainer.evaluate()
    accuracy = next(v for k, v in metrics.items() if k.endswith("rewards/accuracies"))
    return {"pairs_s": BATCH * (len(stamps) - 1) / (stamps[-1] - stamps[0]), "seconds": total, "heldout_accuracy": accuracy}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="starter:preferences_helpfulness")
    parser.add_argument("--train-pairs", type=int, default=160)
    parser.add_argument("--heldout-pairs", type=int, default=60)
    parser.add_argument("--out", default="bench/results/dpo_throughput.json")
    args = parser.parse_args()
    train, heldout, tmp, train_file, eval_file = split_files(args.data, args.train_pairs, args.heldout_pairs)
    try:
        results = {"alignkit": ours(train_file, eval_file, tmp), "trl": trl(train, heldout, tmp, precompute=False),
                   "trl_precompute": trl(train, heldout, tmp, precompute=True)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    a = results["alignkit"]
    for name in ("trl", "trl_precompute"):
        b = results[name]
        results[f"ratio_vs_{name}"] = {"step_throughput": a["pairs_s"] / b["pairs_s"], "end_to_end": b["seconds"] / a["seconds"]}
    results.update({"data": args.data, "train_pairs": len(train), "heldout_pairs": len(heldout),
                    "threads": torch.get_num_threads()})
    for name in ("alignkit", "trl", "trl_precompute"):
        r = results[name]
        print(f"{name:15s} {r['pairs_s']:.2f} pairs/s (steps 2..N), {r['seconds']:.0f} s end to end, "
              f"held-out accuracy {r['heldout_accuracy']:.1%}")
    for name in ("trl", "trl_precompute"):
        ratio = results[f"ratio_vs_{name}"]
        print(f"alignkit vs {name}: {ratio['step_throughput']:.2f}x step throughput, {ratio['end_to_end']:.2f}x end to end")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

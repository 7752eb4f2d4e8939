"""Reward-model training: alignkit's `rm` vs TRL's RewardTrainer, same model, data, batch and machine.

Both start from the embedded SmolLM2-135M-Instruct with a fresh scalar head, train one epoch on the
same starter helpfulness pairs with the same margin loss (TRL's `margin` column carries Llama 2's
small margins), 16 pairs a step in micro-batches of 8, lr 1e-5 cosine, bf16 autocast. Held-out
accuracy is measured on the same held-out prompts, each tool by its own evaluation. Prints pairs/s
(steps 2..N) and accuracy, and the ratio alignkit / TRL.

    python bench/rm_throughput.py [--data SPEC] [--train-pairs 160] [--heldout-pairs 60] [--out FILE]

SPEC is any data spec (default: the starter helpfulness pairs); `hh_rlhf:data:hh-rlhf-harmless-base-test/
test.jsonl.gz` (with ALIGNKIT_DATA_DIR set) measures multi-turn dialogues, whose long prompts alignkit
computes once per pair.
"""

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

import torch

from alignkit.config import load_config
from alignkit.data.records import PreferencePair
from alignkit.data.sources import load_records
from alignkit.models import resolve_model, reward_pad_token
from alignkit.recipes import reward_model
from alignkit.rewards import MARGINS

BATCH, MICRO = 16, 8


def split_by_prompt(pairs: list[PreferencePair], n_train: int, n_heldout: int, seed: int = 0):
    groups = {}
    for p in pairs:
        groups.setdefault(p.model_dump_json(include={"prompt"}), []).append(p)
    keys = list(groups)
    random.Random(seed).shuffle(keys)
    n_eval = len(keys) // 10
    heldout = [p for k in keys[:n_eval] for p in groups[k]][:n_heldout]
    train = [p for k in keys[n_eval:] for p in groups[k]][:n_train]
    return train, heldout


def split_files(spec: str, n_train: int, n_heldout: int):
    """Train and held-out pairs split by prompt, also written to JSONL files in a fresh temporary folder:
    (train, heldout, folder, train_file, eval_file)."""
    pairs = [p for _, p in load_records([spec], PreferencePair)]
    train, heldout = split_by_prompt(pairs, n_train, n_heldout)
    tmp = Path(tempfile.mkdtemp(prefix="alignkit-bench-"))
    train_file, eval_file = tmp / "train.jsonl", tmp / "eval.jsonl"
    train_file.write_text("".join(p.model_dump_json() + "\n" for p in train))
    eval_file.write_text("".join(p.model_dump_json() + "\n" for p in heldout))
    return train, heldout, tmp, train_file, eval_file


def ours(train_file: Path, eval_file: Path, tmp: Path) -> tuple[float, float]:
    cfg = load_config(reward_model.Config, None, [
        f"out_dir={tmp / 'ours'}", f"data.train=[{train_file}]", f"data.eval=[{eval_file}]", "data.mix=[]",
        "data.demonstrations=[]", f"batch_size={BATCH}", f"micro_batch_size={MICRO}", "precision=bf16",
        "eval_every=100000", "save_every=100000"])
    run = reward_model.main(cfg)
    times = [json.loads(line)["time"] for line in open(run / "metrics.jsonl")]
    accuracy = json.loads((run / "manifest.json").read_text())["results"]["accuracy"]
    return BATCH * (len(times) - 1) / (times[-1] - times[0]), accuracy


def trl_rows(pairs: list[PreferencePair]) -> list[dict]:
    """TRL's conversational preference format, with Llama 2's small margin per pair."""
    return [{"chosen": [*[m.model_dump() for m in p.prompt], {"role": "assistant", "content": p.chosen}],
             "rejected": [*[m.model_dump() for m in p.prompt], {"role": "assistant", "content": p.rejected}],
             "margin": MARGINS["small"][p.degree]} for p in pairs]


def trl(train: list[PreferencePair], heldout: list[PreferencePair], tmp: Path) -> tuple[float, float]:
    from datasets import Dataset
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, TrainerCallback
    from trl import RewardConfig, RewardTrainer

    path = resolve_model("smollm2-135m-instruct")
    tok = AutoTokenizer.from_pretrained(path)
    tok.pad_token = reward_pad_token(tok)  # TRL would otherwise read the score before the final EOS (pad == EOS)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=1, dtype=torch.float32)
    model.config.pad_token_id = tok.pad_token_id
    stamps = []

    class Clock(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            stamps.append(time.perf_counter())

    args = RewardConfig(
        output_dir=str(tmp / "trl"), num_train_epochs=1, per_device_train_batch_size=MICRO,
        gradient_accumulation_steps=BATCH // MICRO, learning_rate=1e-5, lr_scheduler_type="cosine", warmup_steps=3,
        bf16=True, use_cpu=True, report_to=[], save_strategy="no", logging_steps=1000, max_length=1024,
        dataloader_num_workers=0, seed=0, center_rewards_coefficient=None,
    )
    trainer = RewardTrainer(model=model, args=args, train_dataset=Dataset.from_list(trl_rows(train)), processing_class=tok,
                            callbacks=[Clock()])
    trainer.train()
    pairs_s = BATCH * (len(stamps) - 1) / (stamps[-1] - stamps[0])
    # TRL's own evaluation, on its own rendering of the same held-out pairs (its sequences end with the
    # template's newline after EOS, ours at EOS: each tool is measured the way it trains).
    accuracy = trainer.evaluate(Dataset.from_list(trl_rows(heldout)))["eval_accuracy"]
    return pairs_s, accuracy


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="starter:preferences_helpfulness")
    parser.add_argument("--train-pairs", type=int, default=160)
    parser.add_argument("--heldout-pairs", type=int, default=60)
    parser.add_argument("--out", default="bench/results/rm_throughput.json")
    args = parser.parse_args()
    train, heldout, tmp, train_file, eval_file = split_files(args.data, args.train_pairs, args.heldout_pairs)
    try:
        a_rate, a_acc = ours(train_file, eval_file, tmp)
        b_rate, b_acc = trl(train, heldout, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    results = {"data": args.data, "train_pairs": len(train), "heldout_pairs": len(heldout), "threads": torch.get_num_threads(),
               "alignkit": {"pairs_s": a_rate, "heldout_accuracy": a_acc},
               "trl": {"pairs_s": b_rate, "heldout_accuracy": b_acc}, "throughput_ratio": a_rate / b_rate}
    print(f"bf16, {len(train)} train / {len(heldout)} held-out pairs: alignkit {a_rate:.2f} pairs/s, accuracy {a_acc:.1%} | "
          f"TRL RewardTrainer {b_rate:.2f} pairs/s, accuracy {b_acc:.1%} | throughput ratio {a_rate / b_rate:.2f}x")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

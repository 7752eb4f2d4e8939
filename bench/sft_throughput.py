"""SFT throughput: alignkit's SFT step vs TRL's SFTTrainer, same model, data, batch and machine.

Both train the embedded SmolLM2-135M-Instruct on the starter-pack demonstrations with the loss on
answer tokens only, 16 conversations per optimiser step in micro-batches of 8, padding-free, AdamW,
in bf16 autocast and in fp32. The first step (warm-up, allocation) is not timed. Prints
conversations/s and tokens/s (prompt and answer tokens) and the ratio alignkit / TRL.

    python bench/sft_throughput.py [--steps 6] [--out bench/results/sft_throughput.json]
"""

import argparse
import json
import platform
import shutil
import tempfile
import time
from pathlib import Path

import torch

from alignkit.chat import encode_conversation, ensure_template
from alignkit.config import load_config
from alignkit.data.records import Conversation
from alignkit.data.sources import load_records
from alignkit.models import load_tokenizer, resolve_model
from alignkit.recipes import sft

BATCH, MICRO = 16, 8


def ours(precision: str, steps: int, data: Path, tmp: Path) -> float:
    """Conversations/s over steps 2..N, from the time stamps alignkit writes with each step's metrics."""
    heldout = tmp / "heldout.jsonl"  # the last step also measures held-out loss: keep that set tiny
    heldout.write_text("".join(data.read_text().splitlines(keepends=True)[:2]))
    cfg = load_config(sft.Config, None, [
        f"out_dir={tmp / f'ours-{precision}'}", f"data.train=[{data}]", f"data.eval=[{heldout}]", f"max_steps={steps}",
        f"batch_size={BATCH}", f"micro_batch_size={MICRO}", f"precision={precision}", "eval_every=100000",
        "save_every=100000"])
    run = sft.main(cfg)
    times = [json.loads(line)["time"] for line in open(run / "metrics.jsonl")]
    return BATCH * (len(times) - 1) / (times[-1] - times[0])


def trl(precision: str, steps: int, records: list[Conversation], tmp: Path) -> float:
    from datasets import Dataset
    from transformers import TrainerCallback
    from trl import SFTConfig, SFTTrainer

    rows = [{"prompt": [m.model_dump() for m in r.messages[:-1]], "completion": [r.messages[-1].model_dump()]}
            for r in records]
    stamps = []

    class Clock(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            stamps.append(time.perf_counter())

    args = SFTConfig(
        output_dir=str(tmp / f"trl-{precision}"), max_steps=steps, per_device_train_batch_size=MICRO,
        gradient_accumulation_steps=BATCH // MICRO, learning_rate=5e-5, lr_scheduler_type="cosine", warmup_steps=5,
        bf16=precision == "bf16", use_cpu=True, padding_free=True, completion_only_loss=True, report_to=[],
        save_strategy="no", logging_steps=1000, max_length=None, dataloader_num_workers=0, seed=0,
    )
    trainer = SFTTrainer(model=resolve_model("smollm2-135m-instruct"), args=args, train_dataset=Dataset.from_list(rows),
                         callbacks=[Clock()])
    trainer.train()
    return BATCH * (len(stamps) - 1) / (stamps[-1] - stamps[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--out", default="bench/results/sft_throughput.json")
    args = parser.parse_args()
    torch.manual_seed(0)
    tok = ensure_template(load_tokenizer("smollm2-135m-instruct"))
    # Single-turn demonstrations, so both tools see exactly the same prompt/answer split.
    records = [r for _, r in load_records(["starter:sft"], Conversation) if len(r.messages) == 2][: BATCH * (args.steps + 1)]
    mean_tokens = sum(len(encode_conversation(tok, r.messages)[0]) for r in records) / len(records)
    tmp = Path(tempfile.mkdtemp(prefix="alignkit-bench-"))
    data = tmp / "sft.jsonl"
    data.write_text("".join(r.model_dump_json() + "\n" for r in records))
    results = {"machine": platform.processor() or platform.machine(), "threads": torch.get_num_threads(),
               "conversations": len(records), "mean_tokens": round(mean_tokens, 1), "steps_timed": args.steps - 1}
    try:
        for precision in ("bf16", "fp32"):
            a = ours(precision, args.steps, data, tmp)
            b = trl(precision, args.steps, records, tmp)
            results[precision] = {"alignkit_conv_s": a, "trl_conv_s": b, "alignkit_tok_s": a * mean_tokens,
                                  "trl_tok_s": b * mean_tokens, "ratio": a / b}
            print(f"{precision}: alignkit {a * mean_tokens:.0f} tok/s ({a:.2f} conv/s) | "
                  f"TRL SFTTrainer {b * mean_tokens:.0f} tok/s ({b:.2f} conv/s) | ratio {a / b:.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

"""`alignkit score`: a reward model's scores for a JSONL file, written next to each record.

Input rows: `{"prompt", "answer"}` (the answer to score), `{"messages": [...]}` (the last assistant
turn is scored) or a preference pair `{"prompt", "chosen", "rejected", ...}` (both scored, and
whether the model agrees). Scores have the model's demonstration offset subtracted (stored in its
config.json as `alignkit_reward_offset`), so an average demonstration scores about 0.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import encode_conversation, ensure_template
from alignkit.data.io import iter_rows, validate
from alignkit.data.records import Conversation, PreferencePair
from alignkit.distributed import default_device
from alignkit.models import load_reward_model, load_tokenizer, reward_scores_packed
from alignkit.rundir import atomic_write


@dataclass
class Config:
    model: str = "???"  # a reward-model run or folder
    # JSONL/CSV file to score; each row one of: {"prompt", "answer"} (prompt: text or messages),
    # {"messages": [...]} (the last assistant turn is scored), {"prompt", "chosen", "rejected"} (a pair)
    data: str = "???"
    out: str = ""  # default: <data stem>.scored.jsonl next to the input
    batch_size: int = 16  # sequences per forward pass
    max_len: int = 2048  # most tokens in prompt + answer; a longer one is an error
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32


def conversations(row: dict, where: str) -> list[list]:
    """The conversation(s) whose final answer is scored for one input row."""
    if not {"chosen", "answer", "messages"} & row.keys():
        raise AlignkitError(f"{where}: a row to score is an answer {{prompt, answer}}, a conversation {{messages}} or a "
                            f"pair {{prompt, chosen, rejected}}; this one has keys: {', '.join(row) or '(none)'}")
    if "chosen" in row:
        pair = validate(PreferencePair, row, where)
        return [[*pair.prompt, {"role": "assistant", "content": a}] for a in (pair.chosen, pair.rejected)]
    if "answer" in row:
        prompt = row.get("prompt") or []
        prompt = [{"role": "user", "content": prompt}] if isinstance(prompt, str) else prompt
        row = {"messages": [*prompt, {"role": "assistant", "content": row["answer"]}]}
    return [validate(Conversation, row, where).messages]


@torch.no_grad()
def main(cfg: Config) -> Path:
    tokenizer = ensure_template(load_tokenizer(cfg.model))
    model = load_reward_model(cfg.model).eval().to(default_device())
    if not hasattr(model.config, "alignkit_reward_offset"):
        raise AlignkitError(f"{cfg.model}: not an alignkit reward model (no alignkit_reward_offset in its config)")
    offset = model.config.alignkit_reward_offset
    rows, seqs = [], []
    for n, row in iter_rows(cfg.data):
        convs = conversations(row, f"{cfg.data}:{n}")
        try:
            seqs += [encode_conversation(tokenizer, c, cfg.max_len)[0] for c in convs]
        except AlignkitError as e:
            raise AlignkitError(f"{cfg.data}:{n}: {e}") from None
        rows.append((row, len(convs)))
    scores = torch.cat([reward_scores_packed(model, seqs[i : i + cfg.batch_size], cfg.precision)
                        for i in range(0, len(seqs), cfg.batch_size)]) - offset if seqs else torch.zeros(0)
    lines, i = [], 0
    for row, k in rows:
        if k == 2:
            row = {**row, "score_chosen": scores[i].item(), "score_rejected": scores[i + 1].item(),
                   "agrees": bool(scores[i] > scores[i + 1])}
        else:
            row = {**row, "score": scores[i].item()}
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
        i += k
    out = Path(cfg.out or Path(cfg.data).with_name(Path(cfg.data).name.split(".")[0] + ".scored.jsonl"))
    atomic_write(out, "".join(lines))
    agree = [json.loads(line)["agrees"] for line in lines if '"agrees"' in line]
    print(f"score: {len(rows)} records scored -> {out}"
          + (f"; the model prefers chosen in {sum(agree)}/{len(agree)} pairs" if agree else ""))
    return out

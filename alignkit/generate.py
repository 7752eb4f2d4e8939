"""Batched generation through transformers' `generate`, prompts rendered by `alignkit.chat`."""

import torch

from alignkit.chat import render_prompt
from alignkit.models import autocast


@torch.no_grad()
def generate(model, tokenizer, prompts: list, max_new_tokens: int = 128, batch_size: int = 16,
             precision: str = "auto", temperature: float = 0.0, top_p: float = 1.0) -> list[str]:
    """Answers to `prompts` (each a list of messages); greedy when temperature is 0.

    Prompts are left-padded so every row's answer starts at the same column; the attention mask,
    never the pad id, marks padding (pad equals EOS in SmolLM2). Generation stops at EOS.
    """
    model.eval()
    device = next(model.parameters()).device
    side, tokenizer.padding_side = tokenizer.padding_side, "left"
    answers = []
    try:
        for i in range(0, len(prompts), batch_size):
            texts = [render_prompt(tokenizer, p) for p in prompts[i : i + batch_size]]
            enc = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(device)
            sampling = {"do_sample": True, "temperature": temperature, "top_p": top_p} if temperature > 0 else {"do_sample": False}
            with autocast(precision, device):
                out = model.generate(**enc, max_new_tokens=max_new_tokens, pad_token_id=tokenizer.pad_token_id,
                                     eos_token_id=tokenizer.eos_token_id, top_k=None, **sampling)
            answers += tokenizer.batch_decode(out[:, enc["input_ids"].shape[1] :], skip_special_tokens=True)
    finally:
        tokenizer.padding_side = side
    return [a.strip() for a in answers]

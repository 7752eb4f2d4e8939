"""`alignkit chat MODEL`: talk to a model in the terminal, multi-turn, tokens shown as they are generated.

MODEL is anything `model=` takes: an alignkit run (its final weights), a Hugging Face folder or id,
or the embedded default. Type a message and press Enter; `/reset` starts a new conversation, `/exit`,
`/quit` or end of input (Ctrl-D) leaves. Ctrl-C while the model answers stops that answer (the
conversation goes on without it); Ctrl-C at the prompt leaves. The conversation lives in memory only
and is not saved. An answer cut at max_new_tokens ends with a visible marker. The conversation so far
is the prompt of every answer, rendered by the model's chat template (`alignkit.chat`). Greedy when
temperature is 0.
"""

import signal
import sys
import threading
from dataclasses import dataclass
from typing import Literal

import torch

from alignkit import AlignkitError
from alignkit.chat import encode_prompt, ensure_template
from alignkit.distributed import default_device
from alignkit.models import DEFAULT_MODEL, autocast, frozen, load_causal_lm, load_tokenizer


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # embedded name, Hugging Face id or folder, or an alignkit run (or the first argument)
    system: str = ""  # an optional system prompt, first in every conversation
    max_new_tokens: int = 256  # most tokens per answer
    temperature: float = 0.7  # sampling temperature; 0 is greedy
    top_p: float = 0.9  # nucleus sampling: keep the smallest set of tokens with this much probability; 1 = off
    max_len: int = 2048  # prompt + answer; a longer conversation is refused with a message, not cut
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32


COMMANDS = {"/reset": "start a new conversation", "/exit": "leave", "/quit": "leave"}


def answer(model, tokenizer, messages: list[dict], cfg: Config, write) -> tuple[str, bool]:
    """Generate the next assistant turn for `messages`, passing each decoded piece to `write` as it
    comes (transformers' TextIteratorStreamer, generation in a background thread); returns the text and
    whether it was cut at max_new_tokens. Ctrl-C stops the generation and is raised again."""
    from transformers import StoppingCriteriaList, TextIteratorStreamer

    ids = encode_prompt(tokenizer, messages)
    if len(ids) + cfg.max_new_tokens > cfg.max_len:
        raise AlignkitError(f"the conversation is {len(ids)} tokens; with max_new_tokens {cfg.max_new_tokens} it "
                            f"exceeds max_len {cfg.max_len}: /reset to start a new one")
    device = next(model.parameters()).device
    streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
    sampling = ({"do_sample": True, "temperature": cfg.temperature, "top_p": cfg.top_p}
                if cfg.temperature > 0 else {"do_sample": False})
    inputs = torch.tensor([ids], device=device)
    stop = threading.Event()
    out = []

    def run():
        with torch.no_grad(), autocast(cfg.precision, device):
            out.append(model.generate(
                input_ids=inputs, attention_mask=torch.ones_like(inputs), max_new_tokens=cfg.max_new_tokens,
                pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id, top_k=None, streamer=streamer,
                stopping_criteria=StoppingCriteriaList([lambda input_ids, scores, **kw: stop.is_set()]), **sampling))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    pieces = []
    try:
        for piece in streamer:
            pieces.append(piece)
            write(piece)
    except KeyboardInterrupt:
        stop.set()  # generate checks it after each token
        thread.join()
        raise
    thread.join()
    new = out[0][0, len(ids):]
    cut = len(new) >= cfg.max_new_tokens and new[-1].item() != tokenizer.eos_token_id
    return "".join(pieces).strip(), cut


def read_line(interactive: bool) -> str | None:
    """The next line typed, or None at end of input (Ctrl-D) or Ctrl-C: the user leaves."""
    try:
        return input("you> " if interactive else "")
    except EOFError:
        if interactive:
            print(flush=True)  # Ctrl-D leaves the cursor after the prompt
        return None
    except KeyboardInterrupt:
        print("\n(interrupted: the conversation ends here; it is not saved)", flush=True)
        return None


def main(cfg: Config) -> None:
    # Ctrl-C must interrupt even when the chat was started with SIGINT ignored (a shell's background job)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    tokenizer = ensure_template(load_tokenizer(cfg.model), cfg.chat_template)
    model = frozen(load_causal_lm(cfg.model), cfg.precision, default_device())
    start = [{"role": "system", "content": cfg.system}] if cfg.system else []
    messages = list(start)
    interactive = sys.stdin.isatty()
    print(f"chat with {cfg.model} (/reset: new conversation, /exit, /quit or Ctrl-D: leave; "
          "Ctrl-C stops an answer)", flush=True)
    while (line := read_line(interactive)) is not None:
        text = line.strip()
        if text in ("/exit", "/quit"):
            break
        if text == "/reset":
            messages = list(start)
            print("(new conversation)", flush=True)
            continue
        if text.startswith("/") and " " not in text:  # never sent to the model
            print(f"(unknown command {text}; commands: {', '.join(COMMANDS)})", flush=True)
            continue
        if not text:
            continue
        messages.append({"role": "user", "content": line})
        print("model> ", end="", flush=True)
        try:
            reply, cut = answer(model, tokenizer, messages, cfg, lambda piece: print(piece, end="", flush=True))
        except AlignkitError as e:
            messages.pop()
            print(f"\n({e})", flush=True)
            continue
        except KeyboardInterrupt:
            messages.pop()
            print("\n(answer stopped and dropped; the conversation goes on without it)", flush=True)
            continue
        print(f" [... cut at max_new_tokens={cfg.max_new_tokens}]" if cut else "", flush=True)
        messages.append({"role": "assistant", "content": reply})

"""`alignkit chat`: streamed answers equal plain greedy generation; multi-turn history; clean exits."""

import subprocess
import sys

import torch

from alignkit.chat import encode_prompt
from alignkit.chat_terminal import Config, answer


def test_streamed_answer_equals_greedy_generate(tokenizer, tiny_model):
    messages = [{"role": "user", "content": "hello"}]
    pieces = []
    text = answer(tiny_model, tokenizer, messages, Config(max_new_tokens=12, temperature=0.0, precision="fp32"), pieces.append)
    ids = torch.tensor([encode_prompt(tokenizer, messages)])
    out = tiny_model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=12, do_sample=False,
                              pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
    assert text == tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip()
    assert len(pieces) >= 1 and "".join(pieces).strip() == text


def test_chat_command_multi_turn_reset_and_too_long(tiny_model_dir):
    script = "hi there\nand again\n/reset\n" + "x" * 3000 + "\nlast one\n"
    out = subprocess.run([sys.executable, "-m", "alignkit.cli", "chat", str(tiny_model_dir), "max_new_tokens=4",
                          "temperature=0", "precision=fp32", "max_len=600", "system=Be brief."],
                         input=script, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("model> ") == 4  # the over-long message is refused, the chat goes on
    assert "(new conversation)" in out.stdout and "exceeds max_len 600" in out.stdout


def test_missing_model_is_a_clear_error(tmp_path):
    out = subprocess.run([sys.executable, "-m", "alignkit.cli", "chat", str(tmp_path / "nope")],
                         input="", capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "not found" in out.stderr and "Traceback" not in out.stderr

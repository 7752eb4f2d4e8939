"""`alignkit chat`: streamed answers equal plain greedy generation; multi-turn history; clean exits."""

import os
import pty
import select
import signal
import subprocess
import sys
import time

import torch

from alignkit.chat import encode_prompt
from alignkit.chat_terminal import Config, answer


def test_streamed_answer_equals_greedy_generate(tokenizer, tiny_model):
    messages = [{"role": "user", "content": "hello"}]
    pieces = []
    text, cut = answer(tiny_model, tokenizer, messages, Config(max_new_tokens=12, temperature=0.0, precision="fp32"),
                       pieces.append)
    ids = torch.tensor([encode_prompt(tokenizer, messages)])
    out = tiny_model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=12, do_sample=False,
                              pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
    assert text == tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True).strip()
    assert len(pieces) >= 1 and "".join(pieces).strip() == text
    ended = tokenizer.eos_token_id in out[0, ids.shape[1]:].tolist()
    assert cut is (not ended and out.shape[1] - ids.shape[1] == 12)


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


def test_quit_and_unknown_commands_are_not_sent_and_cut_answers_are_marked(tiny_model_dir):
    script = "hi there\n/foo\n/quit\nnever sent\n"
    out = subprocess.run([sys.executable, "-m", "alignkit.cli", "chat", str(tiny_model_dir), "max_new_tokens=4",
                          "temperature=0", "precision=fp32"], input=script, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("model> ") == 1  # neither /foo nor /quit nor what follows /quit reaches the model
    assert "(unknown command /foo; commands: /reset, /exit, /quit)" in out.stdout
    assert "[... cut at max_new_tokens=4]" in out.stdout  # 4 tokens of a random model: no end of turn


def _chat_in_terminal(model_dir):
    """`alignkit chat` on a pseudo-terminal, once its prompt shows: (process, terminal's side, output so far).
    It starts with SIGINT ignored, as a shell's background job does (how CI once ran): Ctrl-C must still work."""
    main, child = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "alignkit.cli", "chat", str(model_dir), "precision=fp32"],
                            stdin=child, stdout=child, stderr=child,  # input() may write its prompt to stderr
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    os.close(child)
    return proc, main, _read_until(main, b"you> ")


def _read_until(fd, marker: bytes | None, proc=None, timeout: float = 60) -> bytes:
    """Terminal output until `marker` shows or, with marker None, until `proc` has exited and said all."""
    got, deadline = b"", time.time() + timeout
    while time.time() < deadline and (marker is None or marker not in got):
        if select.select([fd], [], [], 0.1)[0]:
            try:
                got += os.read(fd, 4096)
                continue
            except OSError:  # EIO: the child has closed the terminal
                time.sleep(0.05)
        if marker is None and proc.poll() is not None:
            break
    return got


def test_ctrl_d_leaves_on_a_new_line(tiny_model_dir):
    proc, fd, seen = _chat_in_terminal(tiny_model_dir)
    assert seen.endswith(b"you> "), seen
    os.write(fd, b"\x04")
    rest = _read_until(fd, None, proc)
    assert proc.wait(timeout=30) == 0 and rest == b"\r\n"


def test_ctrl_c_at_the_prompt_says_truthfully_that_the_conversation_is_not_kept(tiny_model_dir):
    proc, fd, seen = _chat_in_terminal(tiny_model_dir)
    assert seen.endswith(b"you> "), seen
    time.sleep(0.5)  # a signal just before input() starts reading would wait for the next line
    proc.send_signal(signal.SIGINT)
    rest = _read_until(fd, None, proc).decode()
    assert proc.wait(timeout=30) == 0 and "it is not saved" in rest
    assert "resume" not in rest and "Traceback" not in rest


def test_ctrl_c_during_an_answer_stops_the_generation(tokenizer, tiny_model):
    import threading

    import pytest

    def interrupt(piece):
        raise KeyboardInterrupt

    before = threading.active_count()
    with pytest.raises(KeyboardInterrupt):
        answer(tiny_model, tokenizer, [{"role": "user", "content": "hi"}],
               Config(max_new_tokens=500, max_len=1000, temperature=0.0, precision="fp32"), interrupt)
    assert threading.active_count() == before  # the generating thread stopped at the next token

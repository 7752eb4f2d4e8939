"""Chat rendering: golden strings for both templates, and no prompt token ever carries loss."""

import pytest
from conftest import make_tokenizer

from alignkit import AlignkitError
from alignkit.chat import (
    encode_conversation,
    encode_prompt,
    ensure_template,
    render_prompt,
    segments,
)

TWO_TURNS = [
    {"role": "user", "content": "Hi"},
    {"role": "assistant", "content": "Hello!"},
    {"role": "user", "content": "2+2?"},
    {"role": "assistant", "content": "4"},
]


def test_chatml_golden_segments(tokenizer):
    assert segments(tokenizer, TWO_TURNS) == [
        ("<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n"
         "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n", False),
        ("Hello!<|im_end|>", True),
        ("\n<|im_start|>user\n2+2?<|im_end|>\n<|im_start|>assistant\n", False),
        ("4<|im_end|>", True),
    ]


def test_llama2_golden_segments():
    tok = ensure_template(make_tokenizer(chat_template=None))  # no template of its own -> Llama 2 style
    msgs = [{"role": "system", "content": "Be brief."}] + TWO_TURNS
    assert segments(tok, msgs) == [
        ("<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi [/INST]", False),
        (" Hello! <|im_end|>", True),
        ("<s>[INST] 2+2? [/INST]", False),
        (" 4 <|im_end|>", True),
    ]
    assert render_prompt(tok, [{"role": "user", "content": "Q"}]) == "<s>[INST] Q [/INST]"


def test_llama2_forced_over_own_template(tokenizer):
    ensure_template(tokenizer, "llama2")
    assert render_prompt(tokenizer, [{"role": "user", "content": "Q"}]).startswith("<s>[INST]")


@pytest.mark.parametrize("template", ["auto", "llama2"])
def test_no_prompt_token_carries_loss(template):
    tok = ensure_template(make_tokenizer(), template)
    ids, mask = encode_conversation(tok, TWO_TURNS)
    assert len(ids) == len(mask)
    # The loss tokens decode to exactly the answers and their end-of-turn tokens, in order.
    loss_text = tok.decode([i for i, m in zip(ids, mask) if m])
    expected = "Hello!<|im_end|>4<|im_end|>" if template == "auto" else " Hello! <|im_end|> 4 <|im_end|>"
    assert loss_text == expected
    # And every prompt piece (system, user turns, markers) is entirely mask 0.
    prompt_text = tok.decode([i for i, m in zip(ids, mask) if not m])
    for piece in ("Hi", "2+2?", "[INST]" if template == "llama2" else "<|im_start|>assistant"):
        assert piece in prompt_text


def test_prompt_ids_are_the_conversation_prefix(tokenizer):
    """Generation sees exactly the tokens training saw before the first answer."""
    ids, mask = encode_conversation(tokenizer, TWO_TURNS)
    prompt = encode_prompt(tokenizer, TWO_TURNS[:1])
    assert ids[: len(prompt)] == prompt and mask[len(prompt)] == 1 and not any(mask[: len(prompt)])


def test_too_long_is_an_error(tokenizer):
    with pytest.raises(AlignkitError, match="longer than max_len 10"):
        encode_conversation(tokenizer, TWO_TURNS, max_len=10)


@pytest.mark.slow
def test_embedded_tokenizer_template():
    """The real SmolLM2 tokenizer renders with its own ChatML template; pad equals EOS there."""
    from alignkit.models import load_tokenizer

    tok = ensure_template(load_tokenizer("smollm2-135m-instruct"))
    ids, mask = encode_conversation(tok, TWO_TURNS)
    assert tok.pad_token_id == tok.eos_token_id  # the known trap: masks, never pad ids, mark the end
    assert tok.decode([i for i, m in zip(ids, mask) if m]) == "Hello!<|im_end|>4<|im_end|>"

"""The one place where a conversation becomes token ids and a loss mask.

Layout: prompt (system/user turns and earlier answers) + end-of-prompt marker (the template's
assistant header) + answer + end-of-turn token. Loss covers each assistant answer and its end-of-turn
token, nothing else. The model's own chat template is used when it has one; otherwise a Llama 2-style
template (`[INST] ... [/INST]`).

Each assistant turn is cut out of the rendered text by rendering the conversation up to the turn
(with the generation prompt) and through it; the pieces are tokenised one by one, so the prompt's
tokens are exactly what generation sees, and answer tokens start fresh after the marker.

The recipes encode their records here too: conversations (SFT, PPO-ptx, held-out loss) with
`encode_conversations`, preference pairs (reward models, DPO) with `encode_pairs`.
"""

import json
import re
import uuid

from alignkit import AlignkitError

# Llama 2-Chat's format: the system prompt sits inside the first [INST] block.
LLAMA2_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}"
    "{% set system = '<<SYS>>\\n' + messages[0]['content'] + '\\n<</SYS>>\\n\\n' %}"
    "{% set messages = messages[1:] %}"
    "{% else %}{% set system = '' %}{% endif %}"
    "{% for message in messages %}"
    "{% if message['role'] == 'user' %}"
    "{{ bos_token + '[INST] ' + (system if loop.first else '') + message['content'] + ' [/INST]' }}"
    "{% else %}"
    "{{ ' ' + message['content'] + ' ' + eos_token }}"
    "{% endif %}"
    "{% endfor %}"
)


def ensure_template(tokenizer, template: str = "auto"):
    """'auto': the tokenizer's own template, Llama 2-style if it has none; 'llama2': always Llama 2."""
    if template == "llama2" or not tokenizer.chat_template:
        tokenizer.chat_template = LLAMA2_TEMPLATE
    return tokenizer


def _as_dicts(messages) -> list[dict]:
    return [m if isinstance(m, dict) else {"role": m.role, "content": m.content} for m in messages]


def _shielded(tokenizer, messages) -> tuple[list[dict], dict[str, str]]:
    """The messages with every special-token string in their content (`<|im_end|>`, `<s>`, ...) replaced by a
    marker nobody can guess, and the markers' texts. The template's own special tokens stay real; the
    markers are encoded as plain text (`_encode`), so a message cannot write a turn of another role.
    Content without special-token strings is left as it is (its ids are unchanged)."""
    specials = sorted({t.content for t in tokenizer.added_tokens_decoder.values() if t.special}, key=len, reverse=True)
    msgs = _as_dicts(messages)
    if not specials or not any(s in str(m.get("content", "")) for m in msgs for s in specials):
        return msgs, {}
    nonce, found = uuid.uuid4().hex, {}

    def mark(match) -> str:
        key = f"\ue000{nonce}:{len(found)}\ue001"
        found[key] = match.group(0)
        return key

    pattern = re.compile("|".join(map(re.escape, specials)))
    return [{**m, "content": pattern.sub(mark, m["content"])} if isinstance(m.get("content"), str) else m
            for m in msgs], found


def _encode(tokenizer, text: str, found: dict[str, str]) -> list[int]:
    """Token ids of rendered text; the markers of `_shielded` become their special-token strings as text."""
    if not found:
        return tokenizer.encode(text, add_special_tokens=False)
    ids = []
    for i, piece in enumerate(re.split("(" + "|".join(map(re.escape, found)) + ")", text)):
        if piece:
            ids += tokenizer.encode(found.get(piece, piece), add_special_tokens=False, split_special_tokens=i % 2 == 1)
    return ids


def _restore(text: str, found: dict[str, str]) -> str:
    for key, value in found.items():
        text = text.replace(key, value)
    return text


def render_prompt(tokenizer, messages) -> str:
    """Prompt text ending with the end-of-prompt marker, ready for generation. (Encode with `encode_prompt`:
    tokenizing this text again would read special-token strings in the messages as special tokens.)"""
    return tokenizer.apply_chat_template(_as_dicts(messages), tokenize=False, add_generation_prompt=True)


def encode_prompt(tokenizer, messages, prefix: str = "") -> list[int]:
    """The prompt's token ids (then `prefix`, the start of the answer, if given); special-token strings
    inside messages are encoded as text."""
    msgs, found = _shielded(tokenizer, messages)
    return _encode(tokenizer, render_prompt(tokenizer, msgs) + prefix, found)


def segments(tokenizer, messages) -> list[tuple[str, bool]]:
    """Split the rendered conversation into (text, is_loss) pieces."""
    msgs, found = _shielded(tokenizer, messages)
    return [(_restore(text, found), loss) for text, loss in _segments(tokenizer, msgs)]


def _segments(tokenizer, msgs: list[dict]) -> list[tuple[str, bool]]:
    out, done = [], ""
    for i, m in enumerate(msgs):
        if m["role"] != "assistant":
            continue
        before = tokenizer.apply_chat_template(msgs[:i], tokenize=False, add_generation_prompt=True)
        through = tokenizer.apply_chat_template(msgs[: i + 1], tokenize=False)
        if not (before.startswith(done) and through.startswith(before)):
            raise AlignkitError("the chat template is not prefix-stable; set chat_template=llama2")
        out.append((before[len(done) :], False))
        answer = through[len(before) :]
        # The answer piece ends at the end-of-turn token; what the template puts after it is not loss.
        cut = answer.rfind(tokenizer.eos_token) + len(tokenizer.eos_token) if tokenizer.eos_token in answer else len(answer)
        out.append((answer[:cut], True))
        done = before + answer[:cut]
    return [(text, loss) for text, loss in out if text]


def encode_conversation(tokenizer, messages, max_len: int | None = None) -> tuple[list[int], list[int]]:
    """Token ids and a 0/1 loss mask of the same length (1 on assistant answers only)."""
    msgs, found = _shielded(tokenizer, messages)
    ids, mask = [], []
    for text, loss in _segments(tokenizer, msgs):
        piece = _encode(tokenizer, text, found)
        ids += piece
        mask += [int(loss)] * len(piece)
    if max_len is not None and len(ids) > max_len:
        raise AlignkitError(f"conversation is {len(ids)} tokens, longer than max_len {max_len}")
    return ids, mask


def encode_conversations(tokenizer, records: list, max_len: int | None) -> list[tuple[list[int], list[int]]]:
    """(where, Conversation) records -> (ids, answer mask) each; an error names the record's file and line."""
    out = []
    for where, rec in records:
        try:
            out.append(encode_conversation(tokenizer, rec.messages, max_len))
        except AlignkitError as e:
            raise AlignkitError(f"{where}: {e}") from None
    return out


def encode_pairs(tokenizer, records: list, max_len: int, stage: str) -> list[dict]:
    """(where, PreferencePair) records -> {"prompt_ids", "chosen", "rejected" (answer ids after the prompt),
    "degree", "prompt" (a key: the prompt's messages as JSON)}.

    Pairs with a sequence longer than max_len are skipped and counted in a line that starts with `stage`
    (long threads are common in open data; truncating would cut off the very answer being judged).
    """
    out, too_long = [], 0
    for _, pair in records:
        full = [encode_conversation(tokenizer, [*pair.prompt, {"role": "assistant", "content": a}])[0]
                for a in (pair.chosen, pair.rejected)]
        if max(map(len, full)) > max_len:
            too_long += 1
            continue
        n = len(encode_prompt(tokenizer, pair.prompt))  # tokenised piecewise (above): the prompt is an exact prefix
        out.append({"prompt_ids": full[0][:n], "chosen": full[0][n:], "rejected": full[1][n:], "degree": pair.degree,
                    "prompt": json.dumps([m.model_dump() for m in pair.prompt])})
    if too_long:
        print(f"{stage}: skipped {too_long} of {len(records)} pairs longer than max_len {max_len}")
    return out

"""Demonstrations with a verifiable format instruction, made from the training demonstrations themselves.

SFT on plain-prose demonstrations teaches the embedded model to answer in prose whatever the prompt asks:
measured on 100 IFEval prompts, SFT halves prompt-level strict accuracy (20% -> 10%), nearly all of it in
formatting instructions (bullet points, JSON, titles, sections; docs/results.md). The usual remedy (Tulu 3's
"precise instruction following" data) is demonstrations whose prompt carries a checkable constraint and
whose answer follows it. Here each one is made by rule from a training demonstration: a constraint is
appended to the user's last message and the answer is rewritten to satisfy it (lowercase, a title in
<<...>>, N bullet points, JSON, a closing phrase...). The wording is this project's own; no IFEval prompt
is used, and the demonstrations come from the training split only (`alignkit.finetune` adds them after the
held-out split), so nothing held out is seen in another form.
"""

import json
import random
import re
from collections.abc import Callable

from alignkit.data.records import Conversation
from alignkit.ifeval import count_words

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])")
CLOSING = ["Is there anything else I can help with?", "Let me know if you have other questions.",
           "Hope this helps."]


_LIST_LINE = re.compile(r"^\s*([-*•]|\d+[.)])\s", re.MULTILINE)


def sentences(text: str) -> list[str]:
    """The sentences of a prose answer; none for an answer laid out as a list (its lines are not sentences)."""
    if _LIST_LINE.search(text):
        return []
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def _title(prompt: str) -> str:
    words = re.findall(r"[A-Za-z']+", prompt)[:5]
    return " ".join(words).lower() or "my answer"


def _bullets(answer: str, rnd: random.Random) -> tuple[str, str] | None:
    parts = sentences(answer)
    if len(parts) < 2:
        return None
    n = rnd.randint(2, min(5, len(parts)))
    text = "\n".join(f"* {s}" for s in parts[:n])
    return f"Answer with exactly {n} bullet points, using markdown bullets such as: * This is a point.", text


def _sections(answer: str, rnd: random.Random) -> tuple[str, str] | None:
    parts = sentences(answer)
    if len(parts) < 2:
        return None
    n = rnd.randint(2, min(3, len(parts)))
    size = -(-len(parts) // n)
    chunks = [" ".join(parts[i : i + size]) for i in range(0, len(parts), size)]
    if len(chunks) != n:
        return None
    return (f"Split your answer into {n} sections, and start each one with SECTION X, where X is its number.",
            "\n\n".join(f"SECTION {i + 1}\n{c}" for i, c in enumerate(chunks)))


def _short(answer: str, rnd: random.Random) -> tuple[str, str] | None:
    parts, kept = sentences(answer), []
    limit = rnd.choice([25, 40, 60])
    for s in parts:
        if count_words(" ".join(kept + [s])) >= limit:  # IFEval's count (\w+ runs: "I'm" is two words)
            break
        kept.append(s)
    if not kept or len(kept) == len(parts):
        return None
    return f"Keep your answer under {limit} words.", " ".join(kept)


def _highlight(answer: str, rnd: random.Random) -> tuple[str, str] | None:
    parts = sentences(answer)
    if len(parts) < 2 or any("*" in s for s in parts[:2]):
        return None
    text = " ".join([f"*{parts[0]}*", f"*{parts[1]}*"] + parts[2:])
    return "Highlight at least 2 parts of your answer with markdown, i.e. *highlighted part*.", text


def _closing(answer: str, phrase: str) -> tuple[str, str]:
    return f'End your answer with the exact phrase "{phrase}" and nothing after it.', f"{answer}\n\n{phrase}"


# each rule: (prompt, answer, random) -> (instruction, new answer), or None when it does not apply
RULES: dict[str, Callable[[str, str, random.Random], tuple[str, str] | None]] = {
    "lowercase": lambda p, a, r: ("Write your whole answer in lowercase letters only, no capitals.", a.lower()),
    "uppercase": lambda p, a, r: ("Your entire answer must be in English and in capital letters.", a.upper()),
    "quotes": lambda p, a, r: ("Put double quotation marks around your whole answer.", f'"{a}"'),
    "no_commas": lambda p, a, r: ("Do not use a single comma anywhere in your answer.",
                                  re.sub(r"\s*,\s*", " ", a)) if "," in a else None,
    "title": lambda p, a, r: ("Give your answer a title wrapped in double angular brackets, like <<a title>>.",
                              f"<<{_title(p)}>>\n\n{a}"),
    "closing": lambda p, a, r: _closing(a, r.choice(CLOSING)),
    "postscript": lambda p, a, r: ("At the end of your answer, add a postscript starting with P.S.",
                                   f"{a}\n\nP.S. {r.choice(['Happy to go into more detail.', 'Good luck!'])}"),
    "json": lambda p, a, r: ("Give your whole answer as JSON, inside a ```json code block.",
                             "```json\n" + json.dumps({"answer": a}, indent=2, ensure_ascii=False) + "\n```"),
    "repeat": lambda p, a, r: ("Before answering, repeat my request above word for word, then give your answer.",
                               f"{p}\n\n{a}"),
    "bullets": lambda p, a, r: _bullets(a, r),
    "sections": lambda p, a, r: _sections(a, r),
    "short": lambda p, a, r: _short(a, r),
    "highlight": lambda p, a, r: _highlight(a, r),
}


def with_format(conversation: Conversation, rule: str, rnd: random.Random) -> Conversation | None:
    """The demonstration with `rule`'s instruction appended to the last user message and the answer
    rewritten to follow it; None when the rule does not apply (too few sentences, nothing to remove)."""
    *context, user, answer = conversation.messages
    if user.role != "user" or "```" in answer.content:
        return None
    made = RULES[rule](user.content, answer.content, rnd)
    if made is None:
        return None
    instruction, new_answer = made
    messages = [m.model_dump() for m in context] + [
        {"role": "user", "content": f"{user.content} {instruction}"}, {"role": "assistant", "content": new_answer}]
    return Conversation(messages=messages, category="format:" + rule, source=conversation.source)


def format_demonstrations(records: list, fraction: float, seed: int) -> list:
    """`fraction` x len(records) demonstrations with a format instruction, from a seeded sample of the
    (where, Conversation) `records`, the rules taken in turn so every rule is used; each is returned as
    (where, Conversation), `where` naming the record it was made from and the rule."""
    rnd = random.Random(seed)
    pool = rnd.sample(records, len(records))
    want, made, rules = round(fraction * len(records)), [], list(RULES)
    for i, (where, conversation) in enumerate(pool * 2):  # a second pass where rules did not apply
        if len(made) >= want:
            break
        rule = rules[i % len(rules)]
        result = with_format(conversation, rule, rnd)
        if result is not None:
            made.append((f"{where} (format: {rule})", result))
    return made

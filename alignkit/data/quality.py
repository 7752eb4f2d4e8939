"""The steps of `alignkit data-quality` (alignkit/recipes/data_quality.py), each a function over documents.

Reading: a source is named files, folders and globs (`data:REL` under $ALIGNKIT_DATA_DIR). A `.txt` file
splits at blank lines into paragraphs, grouped in order into documents of at least `doc_words` words (0:
the whole file is one document); a `.jsonl` file is one document per line (its `text_field`, its id from
`id_field` when present); either may be gzipped. Every step returns a `Step`: the documents it kept, the
ones it removed with the reason, and its numbers for quality.json. A "word" is a whitespace-separated token.
"""

import glob
import gzip
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from alignkit import AlignkitError
from alignkit.data.io import DataError, jsonl_rows, open_text
from alignkit.data.loaders import local_path

LEXICON = Path(__file__).resolve().parent / "lexicons" / "demographics.yaml"
TEXT_SUFFIXES = (".txt", ".jsonl", ".json")
SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                   r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
CARD = re.compile(r"\b\d(?:[ -]?\d){12,18}\b")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


@dataclass
class SourceSpec:
    name: str = ""  # the source's name: its shard files are corpus/<name>-NNNNN.jsonl.gz
    paths: list[str] = field(default_factory=list)  # files, folders or globs (.txt, .jsonl, either .gz); data:REL
    weight: float = 1.0  # up-sampling weight for pretraining, written to corpus/sources.json
    text_field: str = "text"  # JSONL: the key that holds a document's text
    id_field: str = "id"  # JSONL: the key of a document's id, when a row has one (else FILE:LINE)


@dataclass
class Doc:
    id: str
    source: str
    text: str
    lang: str = ""  # language code by the identifier
    toxicity: float = 0.0  # P(toxic) by the offline scorer
    pii: int = 0  # personal data spans found (and masked)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Removal:
    id: str
    source: str
    step: str  # the step that removed it
    reason: str  # why, in words
    text: str  # the document (or, for a paragraph, the paragraph) as it was removed


@dataclass
class Step:
    kept: list[Doc]
    removed: list[Removal] = field(default_factory=list)
    stats: dict = field(default_factory=dict)  # the step's numbers, written to quality.json


def word_count(text: str) -> int:
    return len(text.split())


# ---- reading ----


def expand(paths: list[str], source: str) -> list[Path]:
    """The files a source names: a file as is, a folder's text files (recursively, sorted), a glob's matches."""
    files = []
    for p in paths:
        path = local_path(p)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files += sorted(f for f in path.rglob("*") if f.is_file() and f.name.removesuffix(".gz").endswith(TEXT_SUFFIXES))
        elif glob.has_magic(str(path)):
            found = sorted(Path(f) for f in glob.glob(str(path), recursive=True) if Path(f).is_file())
            if not found:
                raise AlignkitError(f"source '{source}': {p}: the pattern matches no file")
            files += found
        else:
            raise AlignkitError(f"source '{source}': {p}: no such file or folder")
    return files


def txt_documents(text: str, doc_words: int) -> list[str]:
    """Blank-line paragraphs grouped in order into documents of at least `doc_words` words (0: one document)."""
    if doc_words <= 0:
        return [text.strip()] if text.strip() else []
    docs, current, n = [], [], 0
    for para in PARAGRAPH_BREAK.split(text):
        if para.strip():
            current.append(para.strip("\n"))
            n += word_count(para)
        if n >= doc_words:
            docs.append("\n\n".join(current))
            current, n = [], 0
    if current:
        docs.append("\n\n".join(current))
    return docs


def decode_text(raw: bytes) -> str:
    """A text file's bytes as text: UTF-8 when they are, else ftfy's guess (Windows-1252/Latin-1, MacRoman,
    UTF-16), as raw corpora come; line ends made "\n"."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        import ftfy

        text = ftfy.guess_bytes(raw)[0]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def jsonl_documents(path: Path, spec: SourceSpec) -> list[Doc]:
    """One document per JSONL line: its `text_field`, its id from `id_field` (else SOURCE:FILE:LINE)."""
    docs = []
    try:
        with open_text(path) as f:
            for n, row in jsonl_rows(f, path):
                text = row.get(spec.text_field)
                if not isinstance(text, str):
                    raise DataError(f"{path}:{n}: field '{spec.text_field}': expected a string, "
                                    f"got {type(text).__name__ if text is not None else 'nothing'}")
                doc_id = row.get(spec.id_field)
                docs.append(Doc(str(doc_id) if doc_id is not None else f"{spec.name}:{path.name}:{n}", spec.name, text))
    except UnicodeDecodeError as e:
        raise DataError(f"{path}:{len(docs) + 1}: not UTF-8 ({e.reason} at byte {e.start} of a block)") from None
    return docs


def read_source(spec: SourceSpec, doc_words: int) -> list[Doc]:
    """Every document of a source, in file order. Malformed JSONL is a DataError naming file and line."""
    if not SOURCE_NAME.match(spec.name):
        raise AlignkitError(f"source name {spec.name!r}: use letters, digits, '.', '_' or '-' (it names shard files)")
    docs = []
    for path in expand(spec.paths, spec.name):
        kind = path.name.removesuffix(".gz").rsplit(".", 1)[-1]
        if kind == "txt":
            texts = txt_documents(decode_text(gzip.open(path).read() if path.suffix == ".gz" else path.read_bytes()), doc_words)
            docs += [Doc(f"{spec.name}:{path.name}:{i}", spec.name, t) for i, t in enumerate(texts)]
        elif kind in ("jsonl", "json"):
            docs += jsonl_documents(path, spec)
        else:
            raise DataError(f"{path}: unknown format '.{kind}' (expected .txt or .jsonl, optionally .gz)")
    return docs


# ---- normalisation and duplicates ----


def normalise(docs: list[Doc]) -> Step:
    """ftfy's fix_text: mojibake undone, Unicode NFC, control characters and broken escapes repaired."""
    import ftfy

    changed = Counter()
    for d in docs:
        fixed = ftfy.fix_text(d.text)
        if fixed != d.text:
            changed[d.source] += 1
            d.text = fixed
    return Step(docs, [], {"changed": dict(changed)})


def exact_dedup(docs: list[Doc]) -> Step:
    """Drop a document identical to an earlier one once case and spacing are ignored; the first is kept."""
    first, kept, removed = {}, [], []
    for d in docs:
        key = hashlib.sha1(" ".join(d.text.lower().split()).encode()).hexdigest()
        if key in first:
            removed.append(Removal(d.id, d.source, "exact_dedup", f"same text as {first[key]}", d.text))
        else:
            first[key] = d.id
            kept.append(d)
    return Step(kept, removed)


def shingles(text: str, n: int) -> set[bytes]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + n]).encode() for i in range(max(1, len(words) - n + 1))}


def near_dedup(docs: list[Doc], threshold: float, shingle_words: int, num_perm: int, seed: int) -> Step:
    """MinHash LSH (datasketch) over word n-gram shingles: a document whose estimated Jaccard similarity to an
    earlier kept one is >= threshold is dropped (Broder 1997; the method of Gopher and RefinedWeb)."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    hashes, kept, removed = {}, [], []
    for i, d in enumerate(docs):
        m = MinHash(num_perm=num_perm, seed=seed)
        m.update_batch(list(shingles(d.text, shingle_words)))
        close = [(hashes[j].jaccard(m), j) for j in lsh.query(m)]
        close = [(s, j) for s, j in close if s >= threshold]
        if close:
            s, j = max(close)
            removed.append(Removal(d.id, d.source, "near_dedup", f"near duplicate of {docs[j].id} (Jaccard ~{s:.2f})",
                                   d.text))
            continue
        hashes[i] = m
        lsh.insert(i, m)
        kept.append(d)
    return Step(kept, removed)


def paragraph_dedup(docs: list[Doc], min_words: int, min_doc_words: int, within: bool) -> Step:
    """Drop every paragraph of >= `min_words` words already seen (case, punctuation and spacing ignored) in an
    earlier document, or also earlier in the same one when `within` (refrains and choruses repeat there); a
    document left under `min_doc_words` words is dropped."""
    first, kept, removed, paragraphs = {}, [], [], Counter()
    for d in docs:
        parts, dropped = [], []
        for para in PARAGRAPH_BREAK.split(d.text):
            key = " ".join(re.findall(r"\w+", para.lower()))
            if word_count(para) >= min_words and key in first and (within or first[key] != d.id):
                dropped.append(Removal(d.id, d.source, "paragraph_dedup", f"paragraph also in {first[key]}", para))
                continue
            first.setdefault(key, d.id)
            parts.append(para)
        paragraphs[d.source] += len(dropped)
        removed += dropped
        if dropped:
            d.text = "\n\n".join(parts)
        if dropped and word_count(d.text) < min_doc_words:
            removed.append(Removal(d.id, d.source, "paragraph_dedup", "nothing left but repeated paragraphs", d.text))
            continue
        kept.append(d)
    return Step(kept, removed, {"paragraphs_removed": dict(paragraphs)})


def too_short(docs: list[Doc], min_words: int) -> Step:
    kept = [d for d in docs if d.words >= min_words]
    return Step(kept, [Removal(d.id, d.source, "too_short", f"{d.words} words < {min_words}", d.text)
                       for d in docs if d.words < min_words])


# ---- language ----


@lru_cache(maxsize=1)
def language_identifier():
    """py3langid's bundled model (langid.py, Lui and Baldwin 2012: 97 languages), probabilities normalised."""
    from py3langid import langid

    return langid.LanguageIdentifier.from_modelpath(langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True)


def languages(docs: list[Doc], keep: list[str], chars: int) -> Step:
    """Label each document's language from its first `chars` characters; drop those outside `keep` (if given)."""
    ident = language_identifier()
    kept, removed = [], []
    for d in docs:
        lang, p = ident.classify(d.text[:chars])
        d.lang = lang
        if keep and lang not in keep:
            removed.append(Removal(d.id, d.source, "language", f"language {lang} (p={p:.2f}) not in {keep}", d.text))
        else:
            kept.append(d)
    return Step(kept, removed, {"shares_before_filter": language_shares(docs)})


def language_shares(docs: list[Doc]) -> dict:
    """Language -> documents, words and their shares, most documents first."""
    n, words = Counter(d.lang for d in docs), Counter()
    for d in docs:
        words[d.lang] += d.words
    total_docs, total_words = max(1, len(docs)), max(1, sum(words.values()))
    return {lang: {"documents": c, "share": c / total_docs, "words": words[lang], "word_share": words[lang] / total_words}
            for lang, c in n.most_common()}


# ---- personal data ----


def find_pii(text: str, region: str = "US") -> list[tuple[int, int, str]]:
    """(start, end, kind) of personal data, non-overlapping, in order: e-mail addresses (the HTML5 pattern with a
    dotted domain), phone numbers (Google's libphonenumber, valid numbers only), US street addresses (pyap,
    kept only with a numeric house number and a ZIP code) and identifiers (US SSN, payment card, IBAN, each
    checked by python-stdnum's validators)."""
    import phonenumbers
    import pyap
    from stdnum import iban, luhn
    from stdnum.us import ssn

    spans = [(m.start(), m.end(), "email") for m in EMAIL.finditer(text)]
    spans += [(m.start, m.end, "phone")
              for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)]
    for a in pyap.parse(text, country="US"):
        if (a.street_number or "")[:1].isdigit() and a.postal_code:  # pyap's offsets are of its own cleaned text
            found = r"\W+".join(map(re.escape, re.findall(r"\w+", a.full_address)))
            spans += [(m.start(), m.end(), "address") for m in re.finditer(found, text)]
    spans += [(m.start(), m.end(), "id") for m in SSN.finditer(text) if ssn.is_valid(m.group())]
    spans += [(m.start(), m.end(), "id") for m in CARD.finditer(text) if luhn.is_valid(re.sub(r"\D", "", m.group()))]
    spans += [(m.start(), m.end(), "id") for m in IBAN.finditer(text) if iban.is_valid(m.group())]
    out = []
    for s in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def mask(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Each span replaced by its kind in capitals and brackets: "[EMAIL]", "[PHONE]", "[ADDRESS]", "[ID]"."""
    for start, end, kind in reversed(spans):
        text = f"{text[:start]}[{kind.upper()}]{text[end:]}"
    return text


def personal_data(docs: list[Doc], doc_max: float, source_max: float, region: str) -> Step:
    """Density = spans per 100 words. A source above `source_max` (> 0) is dropped whole, a document above
    `doc_max` is dropped, and every other document keeps its text with the spans masked."""
    found = {d.id: find_pii(d.text, region) for d in docs}
    by_source: dict[str, dict] = {}
    for d in docs:
        s = by_source.setdefault(d.source, {"documents": 0, "words": 0, "spans": 0, "kinds": Counter()})
        s["documents"] += 1
        s["words"] += d.words
        s["spans"] += len(found[d.id])
        s["kinds"].update(k for _, _, k in found[d.id])
    for s in by_source.values():
        s["density"] = 100 * s["spans"] / max(1, s["words"])
        s["kinds"] = dict(s["kinds"])
    kept, removed, masked = [], [], Counter()
    for d in docs:
        spans, density = found[d.id], 100 * len(found[d.id]) / max(1, d.words)
        if source_max > 0 and by_source[d.source]["density"] > source_max:
            why = f"source {d.source}: {by_source[d.source]['density']:.2f} personal data per 100 words > {source_max}"
            removed.append(Removal(d.id, d.source, "pii", why, d.text))
        elif density > doc_max:
            kinds = ", ".join(sorted({k for *_, k in spans}))
            why = f"{len(spans)} personal data ({kinds}) in {d.words} words: {density:.1f} per 100 > {doc_max}"
            removed.append(Removal(d.id, d.source, "pii", why, d.text))
        else:
            d.pii = len(spans)
            if spans:
                d.text = mask(d.text, spans)
                masked[d.source] += 1
            kept.append(d)
    densest = sorted(by_source.items(), key=lambda kv: -kv[1]["density"])
    return Step(kept, removed, {"masked_documents": dict(masked), "densest_sources": [{"source": k, **v} for k, v in densest]})


# ---- toxicity ----


def windows(text: str, n: int, chars: int) -> list[str]:
    """Up to `n` evenly spaced `chars`-character windows of the text (the scorer reads `chars` characters)."""
    starts = sorted({round(i * max(0, len(text) - chars) / max(1, n - 1)) for i in range(n)}) if n > 1 else [0]
    return [text[s : s + chars] for s in starts]


def toxicity(docs: list[Doc], threshold: float, remove: bool, n_windows: int) -> Step:
    """P(toxic) per document by the project's offline scorer (alignkit.evals.toxicity): the most toxic of
    `n_windows` windows. At or above `threshold` a document is flagged, and removed only when `remove`."""
    from alignkit.evals.toxicity import toxicity_probability
    from alignkit.refusal import OPENING_CHARS

    parts = [windows(d.text, n_windows, OPENING_CHARS) for d in docs]
    scores = iter(toxicity_probability([w for ws in parts for w in ws]))
    kept, removed, flagged = [], [], Counter()
    for d, ws in zip(docs, parts):
        d.toxicity = round(max(next(scores) for _ in ws), 4)
        if d.toxicity >= threshold:
            flagged[d.source] += 1
            if remove:
                removed.append(Removal(d.id, d.source, "toxicity", f"P(toxic) {d.toxicity:.2f} >= {threshold}", d.text))
                continue
        kept.append(d)
    n = max(1, len(docs))
    return Step(kept, removed, {"threshold": threshold, "removed": remove, "flagged": dict(flagged),
                                "flagged_ids": sorted(d.id for d in docs if d.toxicity >= threshold),
                                "share_flagged": sum(flagged.values()) / n,
                                "mean": sum(d.toxicity for d in docs) / n})


# ---- demographics ----


def load_lexicon(path: str | Path | None = None) -> dict:
    path = Path(path) if path else LEXICON
    if not path.is_file():
        raise AlignkitError(f"{path}: no such lexicon file")
    lex = yaml.safe_load(path.read_text())
    if not isinstance(lex, dict) or not isinstance(lex.get("pronouns"), dict) or not isinstance(lex.get("axes"), dict):
        raise AlignkitError(f"{path}: a lexicon needs the mappings 'pronouns' (group -> words) and 'axes' "
                            "(axis -> term -> words)")
    return lex


def mentions(forms: list[str], words: Counter, pairs: Counter) -> int:
    """How often any of `forms` (one or two words) occurs among a text's words and word pairs."""
    return sum(pairs[f] if " " in f else words[f] for f in forms)


def demographics(docs: list[Doc], lexicon: dict) -> dict:
    """Llama 2's Table 9 (Touvron et al. 2023, sec. 4.1): the share of documents with each pronoun group; per
    axis, the share of documents mentioning any of its terms, and per term the share of those documents that
    mention it, with the term's total mentions."""
    n = len(docs)
    pron = {g: 0 for g in lexicon["pronouns"]}
    axes = {a: {"documents": 0, "terms": {t: {"documents": 0, "mentions": 0} for t in terms}}
            for a, terms in lexicon["axes"].items()}
    for d in docs:
        ws = WORD.findall(d.text.lower())
        words, pairs = Counter(ws), Counter(f"{a} {b}" for a, b in zip(ws, ws[1:]))
        for g, forms in lexicon["pronouns"].items():
            pron[g] += mentions(forms, words, pairs) > 0
        for a, terms in lexicon["axes"].items():
            hit = False
            for t, forms in terms.items():
                m = mentions(forms, words, pairs)
                axes[a]["terms"][t]["mentions"] += m
                axes[a]["terms"][t]["documents"] += m > 0
                hit |= m > 0
            axes[a]["documents"] += hit
    for a in axes.values():
        a["share"] = a["documents"] / max(1, n)
        for t in a["terms"].values():
            t["share"] = t["documents"] / max(1, a["documents"])
        a["terms"] = dict(sorted(a["terms"].items(), key=lambda kv: -kv[1]["documents"]))
    return {"documents": n, "pronouns": {g: {"documents": c, "share": c / max(1, n)} for g, c in pron.items()},
            "axes": axes}


# ---- summary ----


def summary(before: list[Doc], after: list[Doc], weights: dict[str, float]) -> dict:
    """Documents and words in and out per source, a histogram (power-of-two bins) of words per kept document, top sources."""
    per = {}
    for key, docs in (("in", before), ("out", after)):
        for d in docs:
            s = per.setdefault(d.source, {"weight": weights[d.source], "documents_in": 0, "words_in": 0,
                                          "documents_out": 0, "words_out": 0})
            s[f"documents_{key}"] += 1
            s[f"words_{key}"] += d.words
    lengths = sorted(d.words for d in after)
    edges = [0] + [2**i for i in range(max(lengths, default=0).bit_length() + 1)]  # [0, 1, 2, 4, ...], last > max
    counts = [sum(lo <= x < hi for x in lengths) for lo, hi in zip(edges, edges[1:])]
    return {"documents_in": len(before), "words_in": sum(d.words for d in before), "documents": len(after),
            "words": sum(lengths), "median_words": lengths[len(lengths) // 2] if lengths else 0,
            "histogram": {"edges": edges, "counts": counts}, "sources": per,
            "top_sources": sorted(per, key=lambda s: -per[s]["words_out"])}

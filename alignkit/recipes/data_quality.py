"""Clean a raw text corpus for pretraining, and report what each step removed and why.

    alignkit data-quality CORPUS... [key=value ...]          each path a source named after it, weight 1
    alignkit data-quality --config configs/data-quality-demo.yaml

Llama 2 (Touvron et al. 2023, sec. 2.1 and 4.1) pretrained on public data "with the removal of data from
certain sites known to contain a high volume of personal information", filtered toxicity only lightly, and
published what the data holds: pronoun and identity-term frequencies by demographic axis (Tables 9a, 9b),
language shares (Table 10) and a toxicity distribution. This stage does the same, in this order:

1. read each source (files, folders, globs; .txt split at blank lines into documents of ~`doc_words` words,
   .jsonl one document per line; either gzipped), malformed JSONL stopping with file:line;
2. normalise: ftfy undoes mojibake and normalises Unicode (NFC);
3. exact duplicates (same text once case and spacing are ignored), then near duplicates by MinHash LSH over
   word 5-gram shingles (datasketch; Broder 1997, as Gopher and RefinedWeb deduplicate);
4. paragraph duplicates: a paragraph of >= `paragraph_min_words` words seen in an earlier document is cut
   (repeated headers, licences, boilerplate), a document left with too little dropped; then documents under
   `min_words`;
5. personal data: e-mail addresses, phone numbers (libphonenumber), US street addresses (pyap) and identifiers
   (SSN, payment card, IBAN checked by python-stdnum); a source or document above a density is dropped, the
   rest masked ("[EMAIL]");
6. language identification (py3langid's bundled model), optionally keeping only `languages`;
7. toxicity per document by the project's offline scorer (alignkit.evals.toxicity): flagged and counted, and
   removed only when `toxicity_remove` (Llama 2 chose light filtering);
8. demographic representation of what is kept, Llama 2 Table 9 style (lexicon: data/lexicons/demographics.yaml);
9. shards `corpus/<source>-NNNNN.jsonl.gz` (rows id, source, text, lang, toxicity, pii), `corpus/sources.json`
   (source -> weight, documents, words), `quality.json`, `removed.jsonl` (a sample per step and source, with
   the reason) and `report.html`.

Deviations, honestly: paragraph duplicates are exact (after case, punctuation and spacing), not near; the
address detector knows US addresses only (pyap's British and Canadian parsers were slow and matched verse);
names of people are not detected (that needs an NER model, which no offline package here ships); the toxicity
scorer is English-only, reads 300 characters per window and over-flags old prose (see its module); "tokens"
in the report are whitespace words, not a tokenizer's; demographic terms are whole-word matches, senses not
told apart ("white" snow counts). Every number in the report is measured on the run's own data.
"""

import glob
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from alignkit import AlignkitError
from alignkit.config import to_yaml
from alignkit.data import quality as q
from alignkit.data.io import write_jsonl
from alignkit.data.quality import SourceSpec
from alignkit.data.quality_report import render_report
from alignkit.data.quality_synthetic import write_synthetic
from alignkit.rundir import atomic_dir, atomic_write, finish_run, start_run

STEPS = ("exact_dedup", "near_dedup", "paragraph_dedup", "too_short", "pii", "language", "toxicity")


@dataclass
class Config:
    out_dir: str = "runs/data-quality"  # where corpus/, quality.json, removed.jsonl and report.html are written
    corpus: list[str] = field(default_factory=list)  # command-line paths: each a source named after its file or folder, weight 1
    sources: list[SourceSpec] = field(default_factory=list)  # named sources: name, paths, weight, text_field, id_field
    synthetic: bool = False  # add the synthetic set with planted problems as source 'synthetic' (written to RUN/synthetic/)
    seed: int = 0  # seed of the synthetic set and of MinHash's permutations
    doc_words: int = 2000  # .txt files: blank-line paragraphs grouped into documents of at least this many words; 0: one per file
    normalise: bool = True  # fix mojibake and normalise Unicode with ftfy
    near_threshold: float = 0.8  # near duplicates: estimated Jaccard of word shingles at or above which a document goes
    shingle_words: int = 5  # near duplicates: words per shingle
    num_perm: int = 128  # near duplicates: MinHash permutations
    paragraph_min_words: int = 8  # paragraphs of at least this many words are deduplicated (shorter ones: headings, stage cues)
    paragraph_within: bool = False  # also cut a paragraph repeated within its own document (off: refrains, choruses stay)
    min_words: int = 5  # documents with fewer words are removed
    pii_doc_max: float = 5.0  # personal data spans per 100 words above which a document is dropped (below: masked)
    pii_source_max: float = 0.0  # >0: spans per 100 words above which a whole source is dropped
    phone_region: str = "US"  # region for phone numbers written without a country code
    languages: list[str] = field(default_factory=list)  # keep only these language codes (e.g. [en]); empty: keep all
    language_chars: int = 2000  # characters of a document the language identifier reads
    toxicity: bool = True  # score toxicity (the offline scorer: a sentence encoder, about 0.06 s per window on 2 CPU cores)
    toxicity_threshold: float = 0.5  # P(toxic) at or above which a document is flagged (the evaluation suite's threshold)
    toxicity_remove: bool = False  # remove flagged documents instead of only counting them
    toxicity_windows: int = 1  # 300-character windows scored per document (evenly spaced; the maximum counts)
    lexicon: str = ""  # demographic lexicon (YAML); empty: the packaged data/lexicons/demographics.yaml
    shard_documents: int = 1000  # documents per shard file
    removed_sample: int = 20  # removed documents (or paragraphs) kept in removed.jsonl per step and source


def check(cfg: Config) -> None:
    """Values out of range stop the run before anything is read, naming the key."""
    bounds = {"near_threshold": (cfg.near_threshold, 0, 1), "toxicity_threshold": (cfg.toxicity_threshold, 0, 1),
              "shingle_words": (cfg.shingle_words, 1, None), "num_perm": (cfg.num_perm, 16, None),
              "toxicity_windows": (cfg.toxicity_windows, 1, None), "shard_documents": (cfg.shard_documents, 1, None),
              "pii_doc_max": (cfg.pii_doc_max, 0, None), "pii_source_max": (cfg.pii_source_max, 0, None)}
    for key, (value, lo, hi) in bounds.items():
        if value < lo or (hi is not None and value > hi):
            raise AlignkitError(f"data-quality: {key}={value}: expected {lo}..{hi if hi is not None else ''}")


def source_specs(cfg: Config, run_dir: Path) -> list[SourceSpec]:
    """The named sources, one per command-line path (named after the file, or the folder of a glob), the synthetic set."""
    def name(p: str) -> str:
        path = Path(p.rstrip("/"))
        return (path.parent if glob.has_magic(p) else path).name.split(".")[0] or "corpus"

    specs = [SourceSpec(name=name(p), paths=[p]) for p in cfg.corpus]
    specs += list(cfg.sources)
    if cfg.synthetic:
        specs.append(SourceSpec(name="synthetic", paths=[str(write_synthetic(run_dir / "synthetic", cfg.seed))]))
    names = [s.name for s in specs]
    if not specs:
        raise AlignkitError("data-quality: no corpus: name paths (alignkit data-quality PATH...), sources, or synthetic=true")
    if len(set(names)) < len(names):
        raise AlignkitError(f"data-quality: source names must differ: {names}")
    return specs


def write_shards(run_dir: Path, docs: list[q.Doc], weights: dict, per_shard: int) -> dict:
    """corpus/<source>-NNNNN.jsonl.gz and corpus/sources.json (sources with documents left), written in a temporary
    folder swapped in whole, so no shard of an earlier attempt survives; returns sources.json's content."""
    by_source = {}
    for d in docs:
        by_source.setdefault(d.source, []).append(d)
    sources = {name: {"weight": weights[name], "documents": len(ds), "words": sum(d.words for d in ds)}
               for name, ds in by_source.items()}

    def fill(folder: Path) -> None:
        for name, ds in by_source.items():
            for i in range(0, len(ds), per_shard):
                write_jsonl(folder / f"{name}-{i // per_shard:05d}.jsonl.gz",
                            [{"id": d.id, "source": d.source, "text": d.text, "lang": d.lang, "toxicity": d.toxicity,
                              "pii": d.pii} for d in ds[i : i + per_shard]])
        atomic_write(folder / "sources.json", json.dumps(sources, indent=2) + "\n")

    atomic_dir(run_dir / "corpus", fill)
    return sources


def removed_sample(removed: list[q.Removal], n: int) -> list[dict]:
    taken, out = {}, []
    for r in removed:
        key = (r.step, r.source)
        if taken.get(key, 0) < n:
            taken[key] = taken.get(key, 0) + 1
            out.append({"id": r.id, "source": r.source, "step": r.step, "reason": r.reason, "text": r.text[:1000]})
    return out


def removal_counts(removed: list[q.Removal]) -> dict:
    """step -> source -> documents removed (paragraph cuts are counted in their step's stats instead)."""
    out = {s: {} for s in STEPS}
    for r in removed:
        if r.step != "paragraph_dedup" or r.reason.startswith("nothing left"):
            out[r.step][r.source] = out[r.step].get(r.source, 0) + 1
    return out


def main(cfg: Config) -> Path:
    check(cfg)
    lexicon = q.load_lexicon(cfg.lexicon or None)
    run_dir = Path(cfg.out_dir)
    manifest = start_run(run_dir, "data_quality", to_yaml(cfg), parents={})
    seconds, t = {}, time.monotonic()

    def timed(name: str, step: q.Step) -> q.Step:
        nonlocal t
        seconds[name], t = round(time.monotonic() - t, 2), time.monotonic()
        removed.extend(step.removed)
        stats[name] = step.stats
        print(f"data-quality: {name}: {len(step.kept)} documents kept, {len(step.removed)} removals | {seconds[name]:.1f}s",
              flush=True)
        return step

    removed, stats = [], {}
    # 1. read
    specs = source_specs(cfg, run_dir)
    weights = {s.name: s.weight for s in specs}
    docs = timed("read", q.Step([d for s in specs for d in q.read_source(s, cfg.doc_words)])).kept
    before = [q.Doc(d.id, d.source, d.text) for d in docs]
    # 2. normalise
    if cfg.normalise:
        docs = timed("normalise", q.normalise(docs)).kept
    # 3. exact and near duplicates
    docs = timed("exact_dedup", q.exact_dedup(docs)).kept
    docs = timed("near_dedup", q.near_dedup(docs, cfg.near_threshold, cfg.shingle_words, cfg.num_perm, cfg.seed)).kept
    # 4. paragraph duplicates, then documents too short
    docs = timed("paragraph_dedup", q.paragraph_dedup(docs, cfg.paragraph_min_words, cfg.min_words, cfg.paragraph_within)).kept
    docs = timed("too_short", q.too_short(docs, cfg.min_words)).kept
    # 5. personal data
    docs = timed("pii", q.personal_data(docs, cfg.pii_doc_max, cfg.pii_source_max, cfg.phone_region)).kept
    # 6. language
    docs = timed("language", q.languages(docs, cfg.languages, cfg.language_chars)).kept
    # 7. toxicity
    if cfg.toxicity:
        docs = timed("toxicity", q.toxicity(docs, cfg.toxicity_threshold, cfg.toxicity_remove, cfg.toxicity_windows)).kept
    # 8. demographics of what is kept
    demographics = q.demographics(docs, lexicon)
    # 9. write
    sources = write_shards(run_dir, docs, weights, cfg.shard_documents)
    quality = {"summary": q.summary(before, docs, weights), "removed": removal_counts(removed),
               "normalise": stats.get("normalise", {}), "paragraph_dedup": stats["paragraph_dedup"],
               "languages": q.language_shares(docs), "languages_before_filter": stats["language"]["shares_before_filter"],
               "pii": stats["pii"], "toxicity": stats.get("toxicity", {}), "demographics": demographics,
               "seconds": seconds, "sources_written": sources}
    write_jsonl(run_dir / "removed.jsonl", removed_sample(removed, cfg.removed_sample))
    atomic_write(run_dir / "quality.json", json.dumps(quality, indent=2, ensure_ascii=False) + "\n")
    atomic_write(run_dir / "report.html", render_report(quality, f"data quality: {run_dir.name}",
                                                          removed_sample(removed, 3)))
    finish_run(run_dir, manifest, documents_in=len(before), documents=len(docs), words=quality["summary"]["words"],
               removed={k: sum(v.values()) for k, v in quality["removed"].items()})
    print(f"data-quality: {len(before)} documents in, {len(docs)} kept ({quality['summary']['words']} words) in {run_dir}")
    return run_dir

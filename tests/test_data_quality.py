"""`alignkit data-quality`: on the synthetic set each filter catches exactly what was planted and nothing else;
mojibake fixed; personal data masked or dropped; language shares; toxicity flagged (or removed when asked);
demographic counts by hand; malformed JSONL and unknown keys are clear errors; the output contract that
`alignkit pretrain` reads; the report's sections."""

import gzip
import json
from collections import defaultdict

import pytest

from alignkit import AlignkitError, cli
from alignkit.config import load_config
from alignkit.data import quality as q
from alignkit.data.quality_synthetic import synthetic_rows
from alignkit.recipes import data_quality


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One run over the synthetic set, keeping every removal in removed.jsonl."""
    out = tmp_path_factory.mktemp("dq") / "run"
    cfg = load_config(data_quality.Config, None, [f"out_dir={out}", "synthetic=true", "languages=[en]",
                                                  "removed_sample=1000", "shard_documents=10"])
    data_quality.main(cfg)
    removed = defaultdict(set)
    for line in (out / "removed.jsonl").read_text().splitlines():
        r = json.loads(line)
        removed[r["step"]].add(r["id"])
    kept = {}
    for shard in sorted((out / "corpus").glob("*.jsonl.gz")):
        for line in gzip.open(shard, "rt", encoding="utf-8"):
            row = json.loads(line)
            kept[row["id"]] = row
    planted = json.loads((out / "synthetic" / "planted.json").read_text())
    return out, removed, kept, planted, json.loads((out / "quality.json").read_text())


def test_each_filter_removes_exactly_what_was_planted(run):
    out, removed, kept, planted, quality = run
    assert removed["exact_dedup"] == set(planted["exact_dedup"])
    assert removed["near_dedup"] == set(planted["near_dedup"])
    assert removed["paragraph_dedup"] == set(planted["paragraph_dedup"])  # paragraphs cut; the documents stay
    assert removed["pii"] == set(planted["pii_dropped"])
    assert removed["language"] == set(planted["language"])
    assert set(removed) == {"exact_dedup", "near_dedup", "paragraph_dedup", "pii", "language"}  # nothing else went
    rows, _ = synthetic_rows()
    dropped = set().union(*(removed[s] for s in ("exact_dedup", "near_dedup", "pii", "language")))
    assert set(kept) == {r["id"] for r in rows} - dropped
    assert quality["removed"]["exact_dedup"] == {"synthetic": 2} and quality["removed"]["paragraph_dedup"] == {}
    assert quality["paragraph_dedup"]["paragraphs_removed"] == {"synthetic": 2}
    for doc_id in planted["paragraph_dedup"]:  # the boilerplate is cut, the document's own text is not
        assert "no cost" not in kept[doc_id]["text"] and len(kept[doc_id]["text"].split()) > 80
    assert "no cost" in kept["clean-10"]["text"]  # the first copy stays


def test_normalisation_fixes_mojibake(run):
    _, _, kept, planted, quality = run
    for doc_id, fixed in planted["mojibake_fixed"].items():
        assert fixed in kept[doc_id]["text"] and "Ã" not in kept[doc_id]["text"]
    assert quality["normalise"]["changed"] == {"synthetic": len(planted["mojibake"])}


def test_personal_data_masked_in_kept_documents_and_dense_ones_dropped(run):
    _, removed, kept, planted, quality = run
    masks = {"pii-email": "[EMAIL]", "pii-phone": "[PHONE]", "pii-address": "[ADDRESS]", "pii-id": "[ID]"}
    for doc_id, token in masks.items():
        text = kept[doc_id]["text"]
        assert token in text and kept[doc_id]["pii"] >= 1
        for raw in ("jane.doe@example.org", "555-2671", "1600 Amphitheatre", "4111 1111", "123-45-6789"):
            assert raw not in text
    assert {i for i, row in kept.items() if row["pii"]} == set(planted["pii_masked"])
    assert "pii-dense" in removed["pii"]
    assert quality["pii"]["densest_sources"][0]["source"] == "synthetic"


def test_find_pii_by_kind_and_not_in_prose():
    text = "Mail bob@example.com or ring +44 20 7946 0958; IBAN GB82 WEST 1234 5698 7654 32."
    assert [k for *_, k in q.find_pii(text)] == ["email", "phone", "id"]
    # pyap reads its own cleaned copy of the text: the mask must still cover the address as written, over lines
    letter = "Write to us at\nPMB 113\n1739 University Ave.\nOxford, MS 38655-4109\n\nContact us if you want."
    assert q.mask(letter, q.find_pii(letter)) == "Write to us at\nPMB 113\n[ADDRESS]\n\nContact us if you want."
    assert q.mask("call 555", [(5, 8, "phone")]) == "call [PHONE]"
    verse = ("And tread upon his neck, VALERIA. In the year 1611, act 3, scene 2, line 45: "
             "four and twenty blackbirds, and 1000 ducats at 10 o'clock.")
    assert q.find_pii(verse) == []


def test_a_source_above_the_density_is_dropped_whole():
    dense = [q.Doc("a", "contacts", "write to a@example.com or b@example.com today please")]
    clean = [q.Doc("b", "books", "a plain sentence with nothing personal in it at all")]
    step = q.personal_data(dense + clean, doc_max=100.0, source_max=1.0, region="US")
    assert [d.id for d in step.kept] == ["b"] and [r.id for r in step.removed] == ["a"]
    assert "source contacts" in step.removed[0].reason


def test_language_shares(run):
    _, _, kept, planted, quality = run
    before = quality["languages_before_filter"]
    assert {lang: before[lang]["documents"] for lang in ("fr", "de", "es")} == {"fr": 1, "de": 1, "es": 1}
    assert set(before) == {"en", "fr", "de", "es"}
    assert set(quality["languages"]) == {"en"} and quality["languages"]["en"]["share"] == 1.0
    assert before["en"]["documents"] == len(kept)
    assert before["fr"]["share"] == pytest.approx(1 / (len(kept) + 3), abs=1e-9)


def test_toxicity_flagged_not_removed_by_default(run):
    _, removed, kept, planted, quality = run
    assert quality["toxicity"]["flagged_ids"] == planted["toxic"]
    assert all(i in kept and kept[i]["toxicity"] >= 0.5 for i in planted["toxic"])
    assert "toxicity" not in removed


def test_toxicity_removed_when_configured():
    rows = {r["id"]: r["text"] for r in synthetic_rows()[0]}
    docs = [q.Doc(i, "s", rows[i]) for i in ("clean-00", "toxic-1", "clean-01", "toxic-2")]
    step = q.toxicity(docs, threshold=0.5, remove=True, n_windows=2)
    assert [d.id for d in step.kept] == ["clean-00", "clean-01"]
    assert [r.id for r in step.removed] == ["toxic-1", "toxic-2"] and step.stats["removed"] is True


def test_demographic_counts_by_hand():
    lexicon = {"pronouns": {"she": ["she", "her"], "he": ["he", "him"]},
               "axes": {"religion": {"christian": ["christian", "christians"], "jewish": ["jewish", "jews"]},
                        "race": {"native american": ["native american"], "white": ["white"]}}}
    docs = [q.Doc("1", "s", "She met him. Christians and Jews, and a Christian."),
            q.Doc("2", "s", "He is a Native American; Native  American art."),
            q.Doc("3", "s", "Her white cat. Nothing else.")]
    d = q.demographics(docs, lexicon)
    # pronouns: she in docs 1 and 3 (2/3); he in docs 1 and 2 (2/3)
    assert d["pronouns"] == {"she": {"documents": 2, "share": 2 / 3}, "he": {"documents": 2, "share": 2 / 3}}
    # religion: only doc 1 mentions it (1/3); within it christian 1/1 (2 mentions), jewish 1/1 (1 mention)
    rel = d["axes"]["religion"]
    assert rel["documents"] == 1 and rel["share"] == pytest.approx(1 / 3, abs=1e-12)
    assert rel["terms"]["christian"] == {"documents": 1, "mentions": 2, "share": 1.0}
    assert rel["terms"]["jewish"] == {"documents": 1, "mentions": 1, "share": 1.0}
    # race: docs 2 (two-word term, twice) and 3 (white): 2/3; each term 1 of those 2 documents
    race = d["axes"]["race"]
    assert race["documents"] == 2
    assert race["terms"]["native american"] == {"documents": 1, "mentions": 2, "share": 0.5}
    assert race["terms"]["white"] == {"documents": 1, "mentions": 1, "share": 0.5}


def test_packaged_lexicon_has_the_llama2_axes():
    lex = q.load_lexicon()
    assert set(lex["axes"]) == {"gender and sex", "sexual orientation", "nationality", "race and ethnicity", "religion"}
    assert {"she", "he", "unspecified"} <= set(lex["pronouns"])


def test_txt_documents_group_paragraphs():
    text = "one two three\n\nfour five\n  \nsix seven eight nine\n\nten"
    assert q.txt_documents(text, 4) == ["one two three\n\nfour five", "six seven eight nine", "ten"]
    assert q.txt_documents(text, 0) == [text]


def test_gzipped_and_non_utf8_inputs(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress("Première ligne.\r\n\r\nDeuxième.".encode()))
    (tmp_path / "b.txt").write_bytes("Caf\xe9 cr\xe8me au bord".encode("cp1252"))  # not UTF-8: decoded by ftfy's guess
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b'{"id": "x", "body": "hello"}\n{"body": "again"}\n'))
    (tmp_path / "README").write_text("not a corpus file: a folder's other files are skipped")
    docs = q.read_source(q.SourceSpec(name="s", paths=[str(tmp_path)], text_field="body"), 0)
    assert [(d.id, d.text) for d in docs] == [("s:a.txt.gz:0", "Première ligne.\n\nDeuxième."),
                                              ("s:b.txt:0", "Café crème au bord"), ("x", "hello"),
                                              ("s:c.jsonl.gz:2", "again")]


def test_paragraph_repeats_within_a_document_stay_unless_asked():
    refrain = "Double, double toil and trouble; fire burn and cauldron bubble."
    def docs():
        return [q.Doc("a", "s", f"The witches meet on the heath.\n\n{refrain}\n\n{refrain}"),
                q.Doc("b", "s", f"Another scene with other words.\n\n{refrain.upper()}")]
    step = q.paragraph_dedup(docs(), min_words=8, min_doc_words=3, within=False)
    assert [(r.id, r.reason) for r in step.removed] == [("b", "paragraph also in a")]
    assert step.kept[0].text.count("Double") == 2 and "DOUBLE" not in step.kept[1].text
    step = q.paragraph_dedup(docs(), min_words=8, min_doc_words=3, within=True)
    assert [r.id for r in step.removed] == ["a", "b"] and step.kept[0].text.count("Double") == 1
    # a document left with nothing but repeats goes whole
    step = q.paragraph_dedup([q.Doc("a", "s", refrain), q.Doc("c", "s", refrain + "!")], 8, 3, False)
    assert [d.id for d in step.kept] == ["a"] and step.removed[-1].reason == "nothing left but repeated paragraphs"


def test_malformed_jsonl_names_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\n{"text": "broken"\n')
    with pytest.raises(AlignkitError, match=r"bad\.jsonl:2: malformed JSON"):
        q.read_source(q.SourceSpec(name="bad", paths=[str(path)]), 0)
    path.write_text('{"text": "fine"}\n\n{"body": "no text"}\n')
    with pytest.raises(AlignkitError, match=r"bad\.jsonl:3: field 'text'"):
        q.read_source(q.SourceSpec(name="bad", paths=[str(path)]), 0)
    with pytest.raises(AlignkitError, match="no such file or folder"):
        q.read_source(q.SourceSpec(name="bad", paths=[str(tmp_path / "missing.txt")]), 0)


def test_out_of_range_values_and_bad_lexicon_stop_before_anything_is_written(tmp_path):
    for override in ("near_threshold=1.5", "toxicity_windows=0", "lexicon=/no/such.yaml"):
        cfg = load_config(data_quality.Config, None, [f"out_dir={tmp_path / 'r'}", "synthetic=true", override])
        with pytest.raises(AlignkitError, match=override.split("=")[1] if "lexicon" in override else override):
            data_quality.main(cfg)
        assert not (tmp_path / "r").exists()


def test_unknown_config_key_is_an_error():
    with pytest.raises(AlignkitError, match="unknown key 'dedupe'"):
        load_config(data_quality.Config, None, ["dedupe=true"])
    with pytest.raises(AlignkitError, match="unknown key"):
        load_config(data_quality.Config, None, ["sources=[{name: a, paths: [x], wieght: 2}]"])


def test_output_contract_for_pretrain(run):
    out, _, kept, _, _ = run
    sources = json.loads((out / "corpus" / "sources.json").read_text())
    assert sources == {"synthetic": {"weight": 1.0, "documents": len(kept),
                                     "words": sum(len(r["text"].split()) for r in kept.values())}}
    shards = sorted(p.name for p in (out / "corpus").glob("*.jsonl.gz"))
    assert shards == [f"synthetic-{i:05d}.jsonl.gz" for i in range(len(shards))] and len(shards) == -(-len(kept) // 10)
    assert all({"id", "source", "text"} <= set(r) and r["source"] == "synthetic" for r in kept.values())
    assert json.loads((out / "manifest.json").read_text())["status"] == "completed"


def test_report_has_its_sections(run):
    html = (run[0] / "report.html").read_text()
    for section in ("summary", "removed", "languages", "pii", "toxicity", "demographics", "samples"):
        assert f'id="{section}"' in html
    assert "<svg" in html and "<script" not in html and "near duplicate of clean-05" in html


def test_cli_takes_corpus_paths(tmp_path, capsys):
    (tmp_path / "plays.txt").write_text("A first paragraph of a play.\n\nA second one, with more words in it.\n")
    (tmp_path / "notes.jsonl").write_text('{"text": "Some notes about the garden and the weather today."}\n')
    out = tmp_path / "run"
    rc = cli.main(["data-quality", str(tmp_path / "plays.txt"), str(tmp_path / "notes.jsonl"), f"out_dir={out}",
                   "toxicity=false", "doc_words=0"])
    assert rc == 0
    assert json.loads((out / "corpus" / "sources.json").read_text()) == {
        "plays": {"weight": 1.0, "documents": 1, "words": 14}, "notes": {"weight": 1.0, "documents": 1, "words": 9}}

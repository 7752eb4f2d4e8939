"""A small synthetic corpus with planted problems, for `alignkit data-quality`'s tests and demo preset.

`write_synthetic(folder)` writes `synthetic.jsonl` (rows `{"id", "text"}`) and `planted.json`, the record of
what was planted where: exact duplicates (one byte-identical, one differing only in case and spacing), near
duplicates (one word changed, a sentence added), a boilerplate paragraph repeated in three documents,
e-mail addresses, phone numbers, a street address and identifiers (one each in a longer document: masked) and
a contact list (dense: dropped), French, German and Spanish documents, mojibake, and two toxic documents.
The clean documents are generated sentences from a seeded random choice of plain words (no digits, no
names, no identity terms), so no filter has a reason to touch them: a filter that does is wrong.
"""

import json
import random
from pathlib import Path

from alignkit.rundir import atomic_write

SUBJECTS = ["the farmer", "a small boat", "the old bridge", "our garden", "the river", "a quiet village", "the baker",
            "the morning train", "a wooden table", "the library", "the orchard", "a narrow road", "the market", "the lake",
            "a tall tree", "the kitchen", "the harbour", "a grey cloud", "the teacher", "the mill"]
VERBS = ["carried", "watched", "painted", "crossed", "repaired", "followed", "gathered", "opened", "measured", "cleaned",
         "visited", "planted", "described", "collected", "borrowed", "noticed", "lifted", "finished", "counted", "moved"]
OBJECTS = ["fresh bread", "the heavy baskets", "a bundle of letters", "the garden gate", "warm soup", "the broken fence",
           "a basket of apples", "the copper kettle", "some blue paint", "the evening lamps", "a pile of firewood",
           "the spare wheels", "a jar of honey", "the long ladder", "the woollen blankets", "a map of the valley"]
PLACES = ["before the rain came", "near the stone wall", "after a long lunch", "along the canal", "beside the old mill",
          "under the chestnut trees", "at the edge of the field", "during the slow afternoon", "behind the station",
          "across the open meadow", "while the bells were ringing", "on the way to the hills"]

BOILERPLATE = ("This text is shared for reading and study at no cost and with almost no restrictions "
               "whatsoever, and may be copied or given away under the terms included with it.")
PII = {
    "pii-email": "For questions about the schedule, please write to the organiser at jane.doe@example.org before Friday.",
    "pii-phone": "For questions about the schedule, please call the office on (415) 555-2671 during opening hours.",
    "pii-address": "Parcels for the club should be sent to 1600 Amphitheatre Parkway, Mountain View, CA 94043 this week.",
    "pii-id": "The payment form listed the card 4111 1111 1111 1111 and the social security number 123-45-6789.",
}
CONTACT_LIST = ("Contacts: anna.berg@example.com, (212) 555-0143; li.wei@example.net, (646) 555-0178; "
                "omar.haddad@example.org, (718) 555-0199; maria.lopez@example.com, (917) 555-0112; "
                "tom.ellis@example.net, (347) 555-0165.")
FOREIGN = {
    "lang-fr": ("Le boulanger ouvre sa boutique très tôt le matin, avant que le village ne se réveille. Il prépare le "
                "pain, les croissants et les tartes aux pommes pendant que la neige tombe doucement sur les toits. "
                "Les enfants passent devant la vitrine en allant à l'école et regardent les gâteaux avec envie. Le "
                "soir, il nettoie le four, range les paniers et rentre chez lui par le petit chemin du bord de "
                "la rivière."),
    "lang-de": ("Der Bäcker öffnet seinen Laden sehr früh am Morgen, bevor das Dorf erwacht. Er backt Brot, Brötchen "
                "und Apfelkuchen, während draußen leise der Schnee auf die Dächer fällt. Die Kinder gehen auf dem "
                "Weg zur Schule am Schaufenster vorbei und betrachten die Kuchen mit großen Augen. Am Abend "
                "reinigt er den Ofen, räumt die Körbe auf und geht auf dem schmalen Weg am Fluss nach Hause."),
    "lang-es": ("El panadero abre su tienda muy temprano por la mañana, antes de que el pueblo despierte. Prepara el "
                "pan, los bollos y las tartas de manzana mientras la nieve cae despacio sobre los tejados. Los "
                "niños pasan delante del escaparate camino de la escuela y miran los pasteles con deseo. Por la "
                "noche limpia el horno, ordena las cestas y vuelve a casa por el camino estrecho junto al río."),
}
MOJIBAKE = {  # UTF-8 text decoded as Windows-1252, the commonest mojibake on the web
    "mojibake-1": "The cafÃ© by the harbour doesnâ€™t open before noon on Sundays.",
    "mojibake-2": "She ordered a crÃ¨me brÃ»lÃ©e and a cup of tea at the cafÃ© on the square.",
}
FIXED = {"mojibake-1": "The café by the harbour", "mojibake-2": "crème brûlée"}
TOXIC = {
    "toxic-1": ("You are a pathetic, worthless idiot and everybody hates you. Shut up, you stupid, disgusting moron. "
                "Nobody wants to hear a single word from a brainless loser like you, so go away and never come back."),
    "toxic-2": ("People like them are filthy animals who ruin every place they move into. They are stupid, lazy and "
                "dangerous, they do not deserve to live among decent people, and they should all be thrown out."),
}


def prose(rng: random.Random, sentences: int = 12) -> str:
    """Plain generated English: sentences of subject, verb, object and place, in two paragraphs."""
    lines = [f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}."
             for _ in range(sentences)]
    half = sentences // 2
    return " ".join(lines[:half]) + "\n\n" + " ".join(lines[half:])


def synthetic_rows(seed: int = 0, n_clean: int = 24) -> tuple[list[dict], dict]:
    """The rows of the synthetic corpus and the record of what was planted (step -> ids)."""
    rng = random.Random(seed)
    clean = {f"clean-{i:02d}": prose(rng) for i in range(n_clean)}
    for i in (10, 11, 12):  # boilerplate repeated: the first copy stays, later ones go
        clean[f"clean-{i:02d}"] += "\n\n" + BOILERPLATE
    rows = [{"id": k, "text": v} for k, v in clean.items()]
    words = clean["clean-05"].split(" ")
    words[20] = "yellow"  # one word changed: about 5 of ~100 word 5-grams differ
    rows += [{"id": "exact-dup-1", "text": clean["clean-03"]},
             {"id": "exact-dup-2", "text": "  " + clean["clean-07"].upper().replace(" ", "   ")},
             {"id": "near-dup-1", "text": " ".join(words)},
             {"id": "near-dup-2", "text": clean["clean-09"] + " The lamps were lit early that evening."}]
    rows += [{"id": k, "text": prose(rng) + "\n\n" + v} for k, v in PII.items()]
    rows += [{"id": "pii-dense", "text": CONTACT_LIST}]
    rows += [{"id": k, "text": v} for k, v in FOREIGN.items()]
    rows += [{"id": k, "text": prose(rng) + "\n\n" + v} for k, v in MOJIBAKE.items()]
    rows += [{"id": k, "text": v} for k, v in TOXIC.items()]
    planted = {"exact_dedup": ["exact-dup-1", "exact-dup-2"], "near_dedup": ["near-dup-1", "near-dup-2"],
               "paragraph_dedup": ["clean-11", "clean-12"], "pii_masked": sorted(PII), "pii_dropped": ["pii-dense"],
               "language": sorted(FOREIGN), "languages": {k: k.split("-")[1] for k in FOREIGN},
               "mojibake": sorted(MOJIBAKE), "mojibake_fixed": FIXED, "toxic": sorted(TOXIC)}
    return rows, planted


def write_synthetic(folder: str | Path, seed: int = 0) -> Path:
    """Write synthetic.jsonl and planted.json into `folder`; returns the JSONL file."""
    folder = Path(folder)
    rows, planted = synthetic_rows(seed)
    atomic_write(folder / "synthetic.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    atomic_write(folder / "planted.json", json.dumps(planted, indent=2) + "\n")
    return folder / "synthetic.jsonl"

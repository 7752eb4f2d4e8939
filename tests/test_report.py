"""`alignkit report`: one self-contained HTML file from run directories, checked as text and in Chromium."""

import io
import json
import os
import re

import pytest

from alignkit import AlignkitError
from alignkit.cli import main as cli_main
from alignkit.report import Config, find_runs, main, parent_runs


def write_run(path, stage, parents=None, metrics=(), created="2026-01-01T00:00:00+0000", carbon=None, **files):
    path.mkdir(parents=True)
    manifest = {"stage": stage, "status": "completed", "created": created, "parents": parents or {}}
    if carbon:
        manifest["carbon"] = carbon
    (path / "manifest.json").write_text(json.dumps(manifest))
    (path / "metrics.jsonl").write_text("".join(json.dumps(m) + "\n" for m in metrics))
    for name, text in files.items():
        (path / name.replace("_", ".")).write_text(text)


def carbon(kwh, kg, seconds):
    """A manifest's carbon block as alignkit.carbon writes it (one measured session)."""
    session = {"status": "completed", "measured": True, "energy_kwh": kwh, "emissions_kg": kg, "duration_s": seconds,
               "method": {"cpu_power": "estimate: TDP 8 W scaled by the machine's CPU load"},
               "grid": {"g_co2eq_per_kwh": 475.0, "source": "world average"}}
    return {"total": {"energy_kwh": kwh, "emissions_kg": kg, "duration_s": seconds}, "sessions": [session]}


def rate(r, n=20):
    return {"rate": r, "n": n, "lo": max(0.0, r - 0.2), "hi": min(1.0, r + 0.2)}


@pytest.fixture
def runs(tmp_path):
    """A main job's shape: sft -> ppo, and an evaluation of both with one suite each."""
    main_dir = tmp_path / "runs" / "main"
    sft_metrics = [{"step": s, "loss": 3.0 - 0.1 * s, "tok_s": 300.0} for s in range(1, 11)] + [{"step": 10, "eval_loss": 2.5}]
    write_run(main_dir / "sft", "sft", {"model": "smollm2-135m-instruct"}, sft_metrics, "2026-01-01T00:00:01+0000",
              carbon=carbon(0.002, 0.0001, 100.0),
              config_yaml="data:\n  train: [starter:sft]\n  mix: [runs/main/safety-data/sft.jsonl]\n")
    (main_dir / "sft" / "final").mkdir()
    ppo_metrics = [{"step": s, "reward": 0.1 * s, "kl": 0.5, "clip_fraction": 0.02} for s in range(1, 4)]
    write_run(main_dir / "ppo", "ppo", {"model": "runs/main/sft", "reference": "runs/main/sft"}, ppo_metrics,
              "2026-01-01T00:00:02+0000", carbon=carbon(0.003, 0.0002, 50.0))
    write_run(main_dir / "ppo" / "inner", "sft", {"model": "runs/main/sft"}, (), "2026-01-01T00:00:02+0000",
              carbon=carbon(0.5, 0.5, 5.0))  # a sub-run: its energy is inside its parent's sessions already
    (main_dir / "ppo" / "final").mkdir()
    suite = {"suite": "toxicity", "notes": "a note on the scorer",
             "scores": [{"name": "toxic prompts: share of toxic continuations", "value": 0.25, "lo": 0.1, "hi": 0.5, "n": 12}],
             "worst": [{"suite": "toxicity", "prompt": "<b>prompt</b>", "answer": "an <script>answer</script>",
                        "why": "toxicity 0.93", "score": 0.93, "helpfulness": -0.5, "safety": None}]}
    results = [{"model": "runs/main/sft", "refusal_risky": rate(0.6), "refusal_benign": rate(0.1), "ifeval": 0.2,
                "refusal_by_category": {"illicit_criminal": rate(0.5), "hateful_harmful": rate(0.7)}, "suites": [suite]},
               {"model": "runs/main/ppo", "refusal_risky": rate(0.8), "refusal_benign": rate(0.2), "ifeval": 0.15,
                "refusal_by_category": {"illicit_criminal": rate(0.9), "hateful_harmful": rate(0.7)}, "suites": []}]
    write_run(main_dir / "evaluate", "evaluate", {"model0": "runs/main/sft", "model1": "runs/main/ppo"}, (),
              "2026-01-01T00:00:03+0000", results_json=json.dumps(results), config_yaml="labels: [SFT, PPO]\n")
    human = {"suite": "human", "notes": "4 Likert ratings and 5 battles from the annotation app",
             "scores": [{"name": "elo ppo (sft = 1000)", "value": 1042.0, "lo": 990.0, "hi": 1100.0, "n": 5}],
             "worst": [{"suite": "human", "prompt": "q1", "answer": "a1", "why": "likert 1/7 (sft)", "score": 6.0,
                        "helpfulness": None, "safety": None}]}
    (main_dir / "evaluate" / "human.json").write_text(json.dumps(human))
    return main_dir


def test_report_holds_tables_suites_worst_cases_curves_carbon_lineage_and_card(runs, tmp_path):
    out = main(Config(runs=[str(runs)], out=str(tmp_path / "r.html")))
    page = out.read_text()
    assert "<script" not in page.replace("&lt;script", "")  # self-contained, no script; model text is escaped
    assert not re.search(r"""(src|href|url)\s*[=(]\s*["']?(https?:)?//""", page)  # no CDN, nothing fetched
    assert page.count("<svg") == 1 + 2 + 1  # the category bars, the curves of sft and ppo, the lineage graph
    assert "included in its parent run" in page and "TDP 8 W" in page
    for text in ("60% [40-80]", "over-refusal borderline", "IFEval strict", "20%", "toxic prompts: share of toxic",
                 "a note on the scorer", "&lt;b&gt;prompt&lt;/b&gt;", "toxicity 0.93", "-0.50",
                 "0.00500", "0.000300",  # energy and emissions summed over the runs: 0.002 + 0.003, 0.0001 + 0.0002
                 "539.0 tCO2eq", "starter:sft", "runs/main/safety-data/sft.jsonl", "sft → ppo",
                 "human evaluation (annotation app)", "elo ppo (sft = 1000)", "1042.000", "likert 1/7 (sft)"):
        assert text in page, text
    assert str(runs / "ppo" / "final") in page  # the model card names the final model


def test_parents_are_matched_by_the_end_of_their_path(runs):
    found = find_runs([str(runs)])
    ppo = next(r for r in found if r.path.name == "ppo")
    assert [p.path.name for p in parent_runs(ppo, found)] == ["sft", "sft"]


def test_report_without_runs_says_so(tmp_path):
    with pytest.raises(AlignkitError, match="no run directories"):
        main(Config(runs=[str(tmp_path)]))
    with pytest.raises(AlignkitError, match="no such run directory"):
        main(Config(runs=[str(tmp_path / "missing")]))
    assert cli_main(["report", str(tmp_path / "missing")]) == 2


def test_report_command_takes_run_folders_first(runs, capsys):
    assert cli_main(["report", str(runs / "sft"), str(runs / "ppo"), "title=two runs"]) == 0
    page = (runs / "sft" / "report.html").read_text()
    assert "<title>two runs</title>" in page and page.count("<svg") == 2 + 1  # two runs' curves, the lineage
    assert f"report: {runs / 'sft' / 'report.html'}" in capsys.readouterr().out


def test_report_renders_its_plots_and_tables_in_chromium(runs, tmp_path):
    """Opened in Chromium (as the app's browser tests do): every plot and table is drawn with a real size, and
    the screenshot of the bar chart is not blank."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not os.path.exists(chromium):
        pytest.skip(f"no Chromium at {chromium}")
    from PIL import Image

    out = main(Config(runs=[str(runs)], out=str(tmp_path / "r.html")))
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        failed = []
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.goto(out.as_uri())
        plots = page.locator(".plot svg")
        assert plots.count() == 4
        for i in range(plots.count()):
            box = plots.nth(i).bounding_box()
            assert box["width"] > 200 and box["height"] > 80
        assert page.locator("table.eval").count() == 2 and page.locator("table.worst tr").count() == 2 + 2
        assert page.locator("table.carbon tr").count() == 1 + 4 + 1  # header, one row per run, total
        shot = Image.open(io.BytesIO(plots.first.screenshot())).convert("RGB")
        browser.close()
    colours = shot.getcolors(maxcolors=1 << 16)
    assert colours is not None and len(colours) > 20  # bars, error bars, axes and text: not an empty box
    assert not failed


def test_report_shows_red_team_violations_and_model_part_ablations(runs, tmp_path):
    cell = lambda attack, category, value, n, disputed=0: {  # noqa: E731
        "attack": attack, "category": category, "disputed": disputed,
        "violations": {"name": "v", "value": value, "lo": 0.05, "hi": 0.7, "n": n}}
    results = {"model": "ppo", "attacks": 8, "violations": 3, "disputed": 1, "exported": 3,
               "cells": [cell("none", "illicit_criminal", 0.0, 4), cell("base64", "illicit_criminal", 0.75, 4, 1),
                         cell("none", "all", 0.0, 4), cell("base64", "all", 0.75, 4, 1), cell("all", "all", 0.375, 8, 1)]}
    write_run(runs / "redteam", "redteam", {"model": "runs/main/ppo"}, (), "2026-01-01T00:00:04+0000",
              results_json=json.dumps(results))
    effect = {"part": "direction removed", "refusal": 0.08, "refusal_ci": [0.02, 0.26], "over_refusal": 0.0,
              "over_refusal_ci": [0.0, 0.14], "helpfulness": -0.113, "heldout_loss": 2.905}
    write_run(runs / "ablate", "ablate", {}, (), "2026-01-01T00:00:05+0000")
    (runs / "ablate" / "parts").mkdir()
    (runs / "ablate" / "parts" / "parts.json").write_text(json.dumps({"model": "runs/main/ppo", "effects": [effect]}))
    (runs / "ablate" / "parts" / "parts-direction.png").write_bytes(b"\x89PNG fake")
    page = main(Config(runs=[str(runs)], out=str(tmp_path / "r.html"))).read_text()
    for text in ("violations of ppo", "75% [5%-70%] n=4, 1 disputed", "0% [5%-70%] n=4", "38% [5%-70%] n=8",
                 "8 attacks, 3 violations", "model parts of runs/main/ppo", "direction removed",
                 "0.08 [0.02, 0.26]", "-0.113", "2.905", "data:image/png;base64,iVBORyBmYWtl"):
        assert text in page, text



def test_pretraining_runs_get_a_perplexity_panel_with_a_line_per_source(tmp_path):
    from alignkit.report import Run, curves_svg

    metrics = [{"step": 0, "ppl_books": 4000.0, "ppl_plays": 4200.0}, {"step": 1, "loss": 5.0, "ppl": 148.0},
               {"step": 2, "loss": 4.8, "ppl_books": 130.0, "ppl_plays": 108.0}]
    assert curves_svg(Run(tmp_path, {}, metrics[1:2])).count('<g id="axes_') == 1  # loss only
    svg = curves_svg(Run(tmp_path, {"stage": "pretrain"}, metrics))
    assert svg.count('<g id="axes_') == 2  # loss, and one perplexity panel for both sources (the training "ppl" is not one)
    assert svg.count('<g id="legend_') == 1  # the perplexity panel's legend names its two sources

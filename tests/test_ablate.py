"""`alignkit ablate`: names, the data filter, configs that differ from the base job's only where ablated, the
wiring (stages, evaluation, ablate.json, resume) with stand-in stages, and one tiny no-kl ablation end to end."""

import json
import shutil
from dataclasses import asdict, replace
from pathlib import Path

import pytest
from conftest import write_prompts

from alignkit import AlignkitError
from alignkit.config import load_config, to_yaml
from alignkit.jobs import ablate
from alignkit.recipes import evaluate, ppo, reward_model, sft
from alignkit.rewards import RewardConfig
from alignkit.rundir import finish_run, start_run, write_manifest

SAFETY = [("illicit_criminal", "advbench"), ("illicit_criminal", "alignkit"), ("hateful_harmful", "hh_rlhf"),
          ("unqualified_advice", "do_not_answer"), ("borderline", "alignkit"), ("illicit_criminal", "do_not_answer")]


def write_safety_sft(path: Path) -> Path:
    """Safety demonstrations as the safety-data stage writes them: messages, category, source."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as f:
        for i, (category, source) in enumerate(SAFETY):
            messages = [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": f"a{i}"}]
            f.write(json.dumps({"messages": messages, "category": category, "source": source}) + "\n")
    return path


def flat(cfg) -> dict:
    """A config as {dotted key: value}."""
    def walk(d, prefix=""):
        for k, v in d.items():
            yield from walk(v, f"{prefix}{k}.") if isinstance(v, dict) else [(prefix + k, v)]
    return dict(walk(asdict(cfg)))


def differing(a, b) -> set[str]:
    fa, fb = flat(a), flat(b)
    return {k for k in fa if fa[k] != fb[k]}


def fake_base(root: Path) -> Path:
    """A main job's configs and manifests as `alignkit run` (cwd elsewhere, out_dir runs/main) writes them, then
    copied to `root`: every path in them names runs/main/..."""
    def stage(name, cfg, parents=None):
        (root / name).mkdir(parents=True, exist_ok=True)
        (root / name / "config.yaml").write_text(to_yaml(cfg))
        write_manifest(root / name, {"status": "completed", "config_hash": "x", "parents": parents or {}})

    rewards = RewardConfig(helpfulness="runs/main/rm-helpfulness", safety="runs/main/rm-safety")
    stage("ppo", ppo.Config(model="runs/main/rs", reference="runs/main/sft", out_dir="runs/main/ppo", rewards=rewards,
                            prompts=["starter:prompts", "runs/main/safety-data/prompts.jsonl"], kl_target=0.5))
    stage("rs", ppo.Config(out_dir="runs/main/rs", rewards=rewards), {"model": "runs/main/distill"})
    for kind in ("helpfulness", "safety"):
        stage(f"rm-{kind}", reward_model.Config(model="runs/main/sft", kind=kind, out_dir=f"runs/main/rm-{kind}"))
    stage("sft", sft.Config(model="base-model", out_dir="runs/main/sft", data=sft.Data(
        train=["starter:sft"], mix=["runs/main/safety-data/sft.jsonl"])))
    stage("evaluate", evaluate.Config(models=["base-model", "runs/main/sft", "runs/main/ppo"], out_dir="runs/main/evaluate",
                                      reference="runs/main/sft", reward_helpfulness="runs/main/rm-helpfulness",
                                      reward_safety="runs/main/rm-safety", heldout=["runs/main/sft/heldout.jsonl"]))
    write_safety_sft(root / "safety-data" / "sft.jsonl")
    return root


def test_an_unknown_ablation_name_is_an_error_naming_it(tmp_path):
    for names, bad in ((["no-kl", "no-klx"], "no-klx"), (["no-category:"], "no-category:"), (["parts:x"], "parts:x")):
        with pytest.raises(AlignkitError, match=f"unknown ablation '{bad}'"):
            ablate.main(ablate.Config(base=str(tmp_path), ablations=names))
    with pytest.raises(AlignkitError, match="given twice"):
        ablate.check_names(["no-kl", "no-kl"])
    ablate.check_names([*ablate.COMPONENTS, "no-category:borderline", "no-source:adv", "parts"])
    with pytest.raises(AlignkitError, match="base must be a completed main job"):
        ablate.main(ablate.Config(base=str(tmp_path / "nothing"), ablations=["no-kl"]))


def test_the_data_filter_drops_exactly_the_category_or_the_source(tmp_path):
    src = write_safety_sft(tmp_path / "sft.jsonl")
    got = ablate.filter_records(src, tmp_path / "out" / "f.jsonl", "category", "illicit_criminal")
    kept = [json.loads(line) for line in open(got.path)]
    assert (got.kept, got.dropped) == (3, 3)
    assert [(r["category"], r["source"]) for r in kept] == [s for s in SAFETY if s[0] != "illicit_criminal"]
    assert kept[0]["messages"][0]["content"] == "q2"  # the records themselves, unchanged
    got = ablate.filter_records(src, tmp_path / "g.jsonl", "source", "do_not")  # source: a prefix
    assert got.dropped == 2 and all(json.loads(line)["source"] != "do_not_answer" for line in open(got.path))
    with pytest.raises(AlignkitError, match="no record of .* has category 'illicit'.* borderline, hateful_harmful"):
        ablate.filter_records(src, tmp_path / "h.jsonl", "category", "illicit")  # a category must match whole


def test_each_component_changes_only_the_ablated_fields(tmp_path):
    root = fake_base(tmp_path / "copy" / "main")
    base = ablate.Base.open(str(root))
    assert base.ran_as == "runs/main"
    base_ppo = base.config("ppo", ppo.Config)
    assert base_ppo.model == str(root / "rs") and base_ppo.prompts[1] == str(root / "safety-data/prompts.jsonl")
    out = tmp_path / "ab"
    [run] = ablate.component_plan("no-kl", base, out / "no-kl")
    assert differing(base_ppo, run.config) == {"out_dir", "beta", "kl_target"}
    assert (run.kind, run.config.beta, run.config.kl_target, run.config.out_dir) == ("ppo", 0, 0, str(out / "no-kl/ppo"))
    [run] = ablate.component_plan("no-safety-rm", base, out / "x")
    assert differing(base_ppo, run.config) == {"out_dir", "rewards.rule"} and run.config.rewards.rule == "weighted"
    [run] = ablate.component_plan("no-rs", base, out / "x")  # from the model rs started from, by its manifest
    assert differing(base_ppo, run.config) == {"out_dir", "model"} and run.config.model == str(root / "distill")
    help_rm, safe_rm, run = ablate.component_plan("no-margin", base, out / "no-margin")
    for rm, kind in ((help_rm, "helpfulness"), (safe_rm, "safety")):
        assert rm.kind == "rm" and differing(base.config(f"rm-{kind}", reward_model.Config), rm.config) == {"out_dir", "margin"}
        assert rm.config.margin == "none" and rm.config.model == str(root / "sft")
    assert differing(base_ppo, run.config) == {"out_dir", "rewards.helpfulness", "rewards.safety"}
    assert (run.config.rewards.helpfulness, run.config.rewards.safety) == (help_rm.config.out_dir, safe_rm.config.out_dir)
    # a base job that went without the component already: nothing to ablate, said so
    without_kl = replace(load_config(ppo.Config, root / "ppo/config.yaml"), beta=0.0, kl_target=0.0)
    (root / "ppo/config.yaml").write_text(to_yaml(without_kl))
    with pytest.raises(AlignkitError, match="no-kl: the base job ran without it already"):
        ablate.component_plan("no-kl", base, out / "no-kl")
    shutil.rmtree(root / "rs")  # the main job's default (rlhf=ppo): PPO from the distilled model, no rs run
    with pytest.raises(AlignkitError, match="no-rs: the base job ran without it already"):
        ablate.component_plan("no-rs", base, out / "no-rs")


def test_a_data_ablation_refits_sft_on_the_filtered_safety_data(tmp_path):
    root = fake_base(tmp_path / "main")
    base = ablate.Base.open(str(root))
    p = ablate.plan("no-category:hateful_harmful", base, tmp_path / "ab")
    [run] = p.runs
    assert run.kind == "sft" and p.base_model == str(root / "sft")
    assert p.model == str(tmp_path / "ab/no-category-hateful_harmful/sft")
    assert differing(base.config("sft", sft.Config), run.config) == {"out_dir", "data.mix"}
    [mixed] = run.config.data.mix
    assert mixed == str(tmp_path / "ab/no-category-hateful_harmful/safety-sft.jsonl")
    assert [json.loads(line)["category"] for line in open(mixed)].count("hateful_harmful") == 0
    assert len(open(mixed).readlines()) == len(SAFETY) - 1
    with pytest.raises(AlignkitError, match="source 'nowhere'"):
        ablate.plan("no-source:nowhere", base, tmp_path / "ab")


def fake_results(model: str, refusal: float) -> dict:
    score = lambda name, v: {"name": name, "value": v, "lo": v - 0.1, "hi": v + 0.1, "n": 10}
    return {"model": model, "ifeval": 0.2, "kl_reference": 1.0 + refusal, "suites": [
        {"suite": "refusal", "scores": [score("refusal of harmful prompts", refusal)], "worst": [], "notes": ""},
        {"suite": "toxicity", "scores": [score("toxic prompts: mean toxicity", 0.3 + refusal)], "worst": [], "notes": ""}]}


def test_wiring_stages_evaluation_ablate_json_and_resume(tmp_path, monkeypatch, capsys):
    """Stand-in stages record what they were called with; the evaluation compares each ablated model with its base."""
    root = fake_base(tmp_path / "main")
    calls = []

    def stage(cfg):
        calls.append(cfg)
        manifest = start_run(cfg.out_dir, "stub", to_yaml(cfg))
        finish_run(cfg.out_dir, manifest)
        return Path(cfg.out_dir)

    def fake_evaluate(cfg):
        calls.append(cfg)
        stage(cfg)
        results = [fake_results(m, 0.5 if "base" in label else 0.9) for m, label in zip(cfg.models, cfg.labels)]
        (Path(cfg.out_dir) / "results.json").write_text(json.dumps(results))
        return Path(cfg.out_dir)

    for module in (ppo, sft, reward_model):
        monkeypatch.setattr(module, "main", stage)
    monkeypatch.setattr(evaluate, "main", fake_evaluate)
    cfg = load_config(ablate.Config, None, [f"base={root}", f"out_dir={tmp_path / 'ab'}",
                                            "ablations=[no-margin,no-kl,no-category:borderline]"])
    out = ablate.main(cfg)
    ab = tmp_path / "ab"
    assert [c.out_dir for c in calls] == [str(ab / p) for p in ("no-margin/rm-helpfulness", "no-margin/rm-safety",
                                                                 "no-margin/ppo", "no-kl/ppo", "no-category-borderline/sft",
                                                                 *["evaluate+no-margin+no-kl+no-category-borderline"] * 2)]
    ev = calls[-1]
    assert ev.models == [str(root / "ppo"), str(root / "sft"), str(ab / "no-margin/ppo"), str(ab / "no-kl/ppo"),
                         str(ab / "no-category-borderline/sft")]
    assert ev.labels == ["PPO (base)", "SFT (base)", "no-margin", "no-kl", "no-category:borderline"]
    assert ev.suite_models == ev.models  # every suite, before and after
    # the judges stay the base job's, so the numbers compare; the rest of the template is the base's evaluation
    assert (ev.reference, ev.reward_safety, ev.heldout) == (str(root / "sft"), str(root / "rm-safety"),
                                                           [str(root / "sft/heldout.jsonl")])
    assert differing(ablate.Base.open(str(root)).config("evaluate", evaluate.Config), ev) == {
        "models", "labels", "out_dir", "suite_models"}
    summary = json.loads((out / "ablate.json").read_text())
    row = summary["ablations"][1]
    assert (row["ablation"], row["base_model"], row["retrained"]) == ("no-kl", str(root / "ppo"), [str(ab / "no-kl/ppo")])
    by = {(c["suite"], c["metric"]): c for c in row["changes"]}
    refusal = by[("refusal", "refusal of harmful prompts")]
    assert (refusal["base"], refusal["ablated"], refusal["apart"]) == (0.5, 0.9, True)
    assert refusal["change"] == pytest.approx(0.4, abs=1e-9) and refusal["base_interval"] == [0.4, 0.6]
    assert by[("quality", "KL to SFT")]["apart"] is None and by[("quality", "IFEval strict")]["change"] == 0
    assert ("toxicity", "toxic prompts: mean toxicity") in by
    printed = capsys.readouterr().out
    assert "no-kl: against ppo" in printed and "+0.400 *" in printed
    assert max(len(line) for line in printed.splitlines()) <= 100
    # Again: every run is found completed, nothing is called.
    calls.clear()
    ablate.main(cfg)
    assert calls == [] and capsys.readouterr().out.count("already completed") == 6


def test_no_kl_end_to_end_on_a_tiny_base(tmp_path, rl_setup, tiny_model_dir):
    """A tiny base job (a PPO run and its evaluation config), then the no-kl ablation: PPO again with beta 0 and
    one evaluation of both."""
    root = tmp_path / "main"
    base_ppo = load_config(ppo.Config, None, rl_setup + [f"out_dir={root / 'ppo'}", "steps=1", "batch_size=4",
                                                         "micro_batch_size=4", "max_new_tokens=4"])
    ppo.main(base_ppo)
    prompts = write_prompts(tmp_path / "ev.jsonl", 2, None)
    risky = write_prompts(tmp_path / "risky.jsonl", 2, "illicit_criminal")
    template = evaluate.Config(models=[str(root / "ppo")], out_dir=str(root / "evaluate"), risky=[str(risky)],
                               benign=[str(prompts)], max_new_tokens=4, precision="fp32", refusal="phrases",
                               suites=["output-stats"], reference=str(tiny_model_dir),
                               reward_safety=base_ppo.rewards.safety)
    (root / "evaluate").mkdir()
    (root / "evaluate" / "config.yaml").write_text(to_yaml(template))
    out = ablate.main(ablate.Config(base=str(root), out_dir=str(tmp_path / "ab"), ablations=["no-kl"]))
    ablated = load_config(ppo.Config, tmp_path / "ab/no-kl/ppo/config.yaml")
    assert differing(base_ppo, ablated) == {"out_dir", "beta"}
    metrics = [json.loads(line) for line in open(tmp_path / "ab/no-kl/ppo/metrics.jsonl")]
    assert metrics and all(m.get("beta", 0) == 0 for m in metrics)
    [row] = json.loads((out / "ablate.json").read_text())["ablations"]
    assert row["model"] == str(tmp_path / "ab/no-kl/ppo") and row["base_model"] == str(root / "ppo")
    metric = {(c["suite"], c["metric"]) for c in row["changes"]}
    assert {("refusal", "refusal of harmful prompts"), ("quality", "KL to SFT"), ("quality", "safety reward")} <= metric
    assert any(suite == "output-stats" for suite, _ in metric)
    assert json.loads((tmp_path / "ab/evaluate+no-kl/manifest.json").read_text())["status"] == "completed"


def test_parts_are_delegated_with_the_base_jobs_judges_and_skipped_when_done(tmp_path, monkeypatch):
    from alignkit import ablation

    root, calls = fake_base(tmp_path / "main"), []

    def fake_run(cfg, model, out_dir):
        calls.append((cfg, model, out_dir))
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "parts.json").write_text(json.dumps({"model": model, "config": asdict(cfg)}))
        return out_dir / "parts.json"

    monkeypatch.setattr(ablation, "run", fake_run)
    cfg = load_config(ablate.Config, None, [f"base={root}", f"out_dir={tmp_path / 'ab'}", "ablations=[parts]",
                                            "parts.parts=[layers]"])
    out = ablate.main(cfg)
    [(parts, model, where)] = calls
    assert (model, where, parts.parts) == (str(root / "ppo"), tmp_path / "ab/parts", ["layers"])
    assert (parts.reward_helpfulness, parts.heldout) == (str(root / "rm-helpfulness"), [str(root / "sft/heldout.jsonl")])
    assert json.loads((out / "ablate.json").read_text())["parts"] == str(tmp_path / "ab/parts/parts.json")
    ablate.main(cfg)
    assert len(calls) == 1  # the same sweep again: skipped
    ablate.main(replace(cfg, parts_model=str(root / "sft")))
    assert len(calls) == 2 and calls[1][1] == str(root / "sft")


def test_the_shipped_presets_load():
    # the components preset leaves out no-rs: the default main job (rlhf=ppo) has no rejection sampling to remove
    for name, expected in (("ablate-components", [c for c in ablate.COMPONENTS if c != "no-rs"]),
                           ("ablate-data", [f"no-category:{c}" for c in ("illicit_criminal", "hateful_harmful",
                                                                          "unqualified_advice")])):
        path = Path(__file__).parent.parent / "configs" / f"{name}.yaml"
        cfg = load_config(ablate.Config, path)
        assert cfg.ablations == expected and cfg.base == "runs/main"
        assert path.read_text().startswith("# alignkit ablate --config configs/")
        ablate.check_names(cfg.ablations)

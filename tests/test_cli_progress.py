"""Progress of long steps in a log (output not a terminal): one line per update, never a bar's control codes."""

from alignkit.track import advance, progress_bar


def test_advance_prints_one_line_per_update_when_not_a_terminal(capsys):
    with progress_bar(True) as bar:
        task = bar.add_task("rejection sampling", total=4)
        for _ in range(2):
            advance(bar, task, 2, log=True)
        other = bar.add_task("quiet", total=1)
        advance(bar, other, 1, log=False)  # ranks other than 0 say nothing
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" | ")[0] for line in lines] == ["rejection sampling: 2/4 (50%)", "rejection sampling: 4/4 (100%)"]
    assert "left" in lines[0] and "elapsed" in lines[1] and "\r" not in "".join(lines) and "\x1b" not in "".join(lines)


def test_rejection_sampling_reports_progress_in_a_log(tokenizer, tiny_model, rl_setup, capsys):
    from alignkit.config import load_config
    from alignkit.data.records import Prompt
    from alignkit.models import load_reward_model
    from alignkit.recipes import rejection_sampling as rs

    overrides = [o for o in rl_setup if o.split("=")[0] in ("model", "rewards.helpfulness", "rewards.safety", "precision")]
    cfg = load_config(rs.Config, None, [*overrides, "k=2", "generation_batch_size=4", "max_new_tokens=2"])
    rms = {"helpfulness": load_reward_model(cfg.rewards.helpfulness), "safety": load_reward_model(cfg.rewards.safety)}
    prompts = [Prompt(prompt=f"question {i}?") for i in range(6)]
    samples = rs.sample_and_score(tiny_model, rms, tokenizer, prompts, cfg, rank=0)
    assert len(samples) == 12
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("rejection sampling:")]
    assert [line.split(" | ")[0] for line in lines] == ["rejection sampling: 2/6 (33%)", "rejection sampling: 4/6 (67%)",
                                                         "rejection sampling: 6/6 (100%)"]


def test_safety_compare_and_distill_sampling_report_progress_in_a_log(tokenizer, tiny_model, capsys):
    from alignkit.data.records import Prompt
    from alignkit.preprompt import DEFAULT_TEMPLATE, PREPROMPT, TEMPLATES, sample_two

    prompts = [Prompt(prompt=f"question {i}?") for i in range(6)]
    two = sample_two(tiny_model, tokenizer, prompts, PREPROMPT, dict(TEMPLATES), DEFAULT_TEMPLATE, False, 0.0, 1.0, 2, 4,
                     "fp32", show_progress=True)
    assert len(two) == 6
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("answers with and without")]
    assert [line.split(" | ")[0].split(": ")[1] for line in lines] == ["4/6 (67%)", "6/6 (100%)"]

"""`alignkit <command> [--config FILE] [key=value ...]`: one sub-command per stage."""

import argparse
import importlib
import logging
import os
import sys

from alignkit import AlignkitError, __version__
from alignkit.config import config_help, help_text, load_config, to_yaml_with_help, with_help_comments

# command -> (module with Config and main(cfg), one-line help)
COMMANDS = {
    "data-quality": ("alignkit.recipes.data_quality", "clean a raw text corpus (normalise, dedup, personal data, language, "
                     "toxicity, demographics) into shards, with an HTML report of what each step removed"),
    "pretrain": ("alignkit.recipes.pretrain", "next-token pretraining from scratch or continued, on a cleaned corpus "
                 "with source weights"),
    "sft": ("alignkit.recipes.sft", "supervised fine-tuning on demonstrations"),
    "rm": ("alignkit.recipes.reward_model", "train a helpfulness or safety reward model on preference pairs"),
    "rs": ("alignkit.recipes.rejection_sampling", "rejection sampling: best of K answers by the reward models, then SFT on them"),
    "ppo": ("alignkit.recipes.ppo", "PPO against the combined reward with a KL penalty to the SFT model"),
    "safety-compare": ("alignkit.recipes.safety_compare", "two answers per safety prompt (with and without the safety "
                       "pre-prompt), preference pairs by the refusal classifier"),
    "distill": ("alignkit.recipes.distill", "safety context distillation: answers with a targeted safety pre-prompt, kept "
                "where the safety RM prefers them, then SFT without it"),
    "rep-tune": ("alignkit.recipes.rep_tune", "representation tuning: LoRA trained so harmful prompts carry more of the "
                 "refusal direction and borderline ones less (beyond Llama 2; LoRRA)"),
    "dpo": ("alignkit.recipes.dpo", "direct preference optimisation on preference pairs (offline alternative to PPO)"),
    "iterate": ("alignkit.jobs.iterate",
                "rounds of new comparisons -> reward models -> rejection sampling / PPO -> evaluation"),
    "compare": ("alignkit.recipes.compare", "two answers per prompt from two model variants, for a comparison round of the app"),
    "safety-data": ("alignkit.data.safety", "safety data: harmful prompts with safe answers, borderline ones with helpful "
                    "answers, two-sided pairs"),
    "refusal-classifier": ("alignkit.refusal",
                           "retrain the refusal classifier on XSTest's human labels; print its held-out accuracy"),
    "toxicity-classifier": ("alignkit.evals.toxicity", "retrain the toxicity scorer on ToxiGen; print its held-out "
                            "accuracy and its agreement with Perspective on RealToxicityPrompts"),
    "score": ("alignkit.score", "score a JSONL/CSV file of answers, conversations or preference pairs with a reward "
              "model (`alignkit score --help` shows the row shapes)"),
    "evaluate": ("alignkit.recipes.evaluate", "held-out loss and refusal rates of one or more models"),
    "ablate": ("alignkit.jobs.ablate", "ablations: retrain without a data source or category, or without a component "
               "(margin, safety RM, KL, rejection sampling), or disable model parts; every evaluation suite before and after"),
    "run": ("alignkit.jobs.pipeline", "the main job: the whole pipeline on the embedded model and starter pack"),
    "chat": ("alignkit.chat_terminal", "talk to a model in the terminal (alignkit chat RUN_OR_FOLDER [key=value ...])"),
    "serve": ("alignkit.serve", "an OpenAI-compatible HTTP API for a model (alignkit serve RUN_OR_FOLDER [key=value ...])"),
    "report": ("alignkit.report", "one self-contained HTML report of runs: evaluation, suites, worst cases, curves, "
               "carbon, lineage, model card (alignkit report RUNS... [key=value ...])"),
    "redteam": ("alignkit.recipes.redteam", "attacks by risk category x attack vector against a model or an OpenAI-compatible "
                "endpoint, judged twice; successful attacks exported as safety prompts (alignkit redteam TARGET ...)"),
    "app": ("alignkit.app", "the annotation web app: demonstrations, comparisons, red-teaming, human evaluation"),
}
# Commands whose first argument may be the model itself (`alignkit chat runs/main/ppo`): the config key it sets.
MODEL_FIRST = {"chat": "model", "serve": "model", "redteam": "target"}


def shutdown(clean: bool = True) -> None:
    """Leave torch.distributed's process group, if this run made one (commands that never import torch skip it)."""
    if "torch.distributed" in sys.modules:
        from alignkit.distributed import shutdown

        shutdown(clean)


class ConfigHelp(argparse.Action):
    """-h/--help of a command: argparse's help, then every config key with its default and meaning (imports
    the command's module, so only when asked)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        module = importlib.import_module(COMMANDS[parser.prog.split()[-1]][0])
        write(f"{parser.format_help()}\nconfig keys (key=default, then its meaning; a.* is a group of keys a.x):\n"
              f"{help_text(module.Config)}\n")
        parser.exit()


def write(text: str) -> None:
    """Print to stdout; a reader that has gone (`alignkit run --help | head`) is not an error."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the flush at exit does not fail too


def show_config(cls, config_file: str | None, overrides: list[str]) -> str:
    """The resolved config as YAML, each key's meaning as a comment; required keys not set yet show as ???."""
    try:
        return to_yaml_with_help(load_config(cls, config_file, overrides))
    except AlignkitError as e:
        if "required config keys not set" not in str(e):
            raise
    from omegaconf import OmegaConf  # load_config got past the merges, so these succeed

    layers = [OmegaConf.load(config_file)] if config_file else []
    cfg = OmegaConf.merge(OmegaConf.structured(cls), *layers, *(OmegaConf.from_dotlist([o]) for o in overrides))
    missing = ", ".join(sorted(OmegaConf.missing_keys(cfg)))
    return f"# required keys not set yet (???): {missing}\n" + with_help_comments(OmegaConf.to_yaml(cfg), config_help(cls))


def fail(command: str, status: str, message: str) -> None:
    """Say what went wrong and record it in the manifest of every run the command left open; an interrupted
    run resumes, which the message says only where there is a run to resume."""
    from alignkit.rundir import fail_open_runs

    runs = fail_open_runs(status, message)
    if status == "interrupted" and runs:
        message += f"; run the same command again to resume {', '.join(map(str, runs))}"
    print(f"alignkit {command}: {message}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="alignkit", description=__doc__)
    parser.add_argument("--version", action="version", version=f"alignkit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (_, text) in COMMANDS.items():
        p = sub.add_parser(name, help=text, description=text, add_help=False)
        p.add_argument("-h", "--help", action=ConfigHelp, help="show this message, every config key included, and exit")
        p.add_argument("--config", help="YAML file that overrides the defaults")
        p.add_argument("--show-config", action="store_true",
                       help="print the resolved config (each key's meaning as a YAML comment) and exit")
        p.add_argument("overrides", nargs="*", metavar="key=value", help="dotted overrides, applied last")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # our own bar and log lines say what happens
    if args.command in MODEL_FIRST and args.overrides and "=" not in args.overrides[0]:
        args.overrides[0] = f"{MODEL_FIRST[args.command]}={args.overrides[0]}"
    if args.command == "report":  # alignkit report RUN [RUN ...] [key=value ...]
        named = [o for o in args.overrides if "=" not in o]
        args.overrides = [o for o in args.overrides if "=" in o] + ([f"runs=[{','.join(named)}]"] if named else [])
    if args.command == "data-quality":  # alignkit data-quality CORPUS [CORPUS ...] [key=value ...]
        named = [o for o in args.overrides if "=" not in o]
        args.overrides = ([f"corpus=[{','.join(named)}]"] if named else []) + [o for o in args.overrides if "=" in o]
    module = importlib.import_module(COMMANDS[args.command][0])
    try:
        if args.show_config:
            write(show_config(module.Config, args.config, args.overrides))
            return 0
        module.main(load_config(module.Config, args.config, args.overrides))
        shutdown()
    except AlignkitError as e:
        fail(args.command, "failed", f"error: {e}")
        shutdown(clean=False)
        return 2
    except KeyboardInterrupt:
        fail(args.command, "interrupted", "interrupted")
        shutdown(clean=False)
        return 130
    except Exception as e:  # a bug, not a user mistake: the traceback follows
        fail(args.command, "failed", f"crashed: {type(e).__name__}: {e}")
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())

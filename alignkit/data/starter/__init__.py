"""The starter pack's hand-written content: YAML files in `sources/`, read here; `build.py` composes them.

    load("helpful")["writing"]       # sources/helpful.yaml, key `writing`
"""

from importlib.resources import files

import yaml

# libyaml's parser when PyYAML was built with it (fast); the pure-Python one otherwise (same result)
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(name: str) -> dict:
    """The content of `sources/<name>.yaml` (helpful, safety, eval, harmful, harmful_more, borderline,
    borderline_topics, borderline_everyday): a dict of its top-level keys, each a list or dict of strings.
    A syntax error names the file, line and column."""
    with files(__name__).joinpath("sources", f"{name}.yaml").open(encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)

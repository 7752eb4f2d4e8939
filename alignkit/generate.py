"""Generation and log-probs: batched sampling through transformers' `generate` (prompts rendered by
`alignkit.chat`), per-token log-probs of a rollout, summed answer log-probs of packed examples, and
the two answers per prompt of a comparison round."""

from dataclasses import dataclass

import torch

from alignkit.chat import encode_prompt, ensure_template
from alignkit.data.batch import ROW_TOKENS, pack, rows, shared_prompt_row
from alignkit.distributed import default_device
from alignkit.models import autocast, load_causal_lm, load_tokenizer


def token_logprobs(logits: torch.Tensor, tokens: torch.Tensor) -> torch.Tensor:
    """log softmax(logits)[token] for each position: logits (..., V), tokens (...) -> (...), in fp32."""
    logits = logits.float()
    return logits.gather(-1, tokens.unsqueeze(-1)).squeeze(-1) - logits.logsumexp(-1)


@dataclass
class Rollout:
    """One sampled answer per prompt (see `rollout`), as tensors on the model's device: B prompts, P prompt
    columns, R response columns (max_new_tokens or fewer, when every answer ended sooner)."""

    prompt_ids: torch.Tensor  # (B, P) long: prompt tokens, left-padded so every answer starts at column P
    prompt_mask: torch.Tensor  # (B, P) long: 1 on real prompt tokens, 0 on the left padding
    response: torch.Tensor  # (B, R) long: answer tokens; after the first EOS, padding (pad equals EOS in SmolLM2)
    response_mask: torch.Tensor  # (B, R) long: 1 up to and including the first EOS, 0 after; the mask, not the id, marks padding
    ended: torch.Tensor  # (B,) bool: whether the answer reached EOS within max_new_tokens
    # (B, R) float32: the sampled tokens' log-probs under the sampling distribution (logits / temperature; top_p
    # not applied), recorded during generation, 0 on padding; None unless rollout(logprobs=True)
    logp: torch.Tensor | None = None
    # (B, R, V) float32: the raw next-token logits at every response position, recorded during generation (no
    # second forward pass needed for them); None unless rollout(keep_logits=True)
    logits: torch.Tensor | None = None

    def rows(self, index) -> "Rollout":
        """The rows `index` selects (a slice, or a tensor of row indices), every tensor alike."""
        return Rollout(prompt_ids=self.prompt_ids[index], prompt_mask=self.prompt_mask[index],
                       response=self.response[index], response_mask=self.response_mask[index], ended=self.ended[index],
                       logp=None if self.logp is None else self.logp[index],
                       logits=None if self.logits is None else self.logits[index])


@torch.no_grad()
def rollout(model, tokenizer, prompts: list, max_new_tokens: int, temperature: float = 1.0, top_p: float = 1.0,
            precision: str = "auto", logprobs: bool = False, prefixes: list[str] | None = None,
            keep_logits: bool = False) -> Rollout:
    """Sample one answer per prompt (each a list of messages); greedy when temperature is 0. With
    `prefixes`, each answer is forced to start with its prefix text (part of the prompt ids; the response
    is what follows it). With logprobs, also records `logp`, the sampled tokens' log-probs; with
    keep_logits, the raw logits themselves (see Rollout).
    """
    model.eval()
    device = next(model.parameters()).device
    ids = [encode_prompt(tokenizer, p, prefixes[i] if prefixes else "") for i, p in enumerate(prompts)]
    width = max(map(len, ids))  # left-padded, as generation continues every row from the right
    enc = {"input_ids": torch.tensor([[tokenizer.pad_token_id] * (width - len(x)) + x for x in ids], device=device),
           "attention_mask": torch.tensor([[0] * (width - len(x)) + [1] * len(x) for x in ids], device=device)}
    sampling = {"do_sample": True, "temperature": temperature, "top_p": top_p} if temperature > 0 else {"do_sample": False}
    with autocast(precision, device):
        out = model.generate(**enc, max_new_tokens=max_new_tokens, pad_token_id=tokenizer.pad_token_id,
                             eos_token_id=tokenizer.eos_token_id, top_k=None, return_dict_in_generate=True,
                             output_logits=logprobs or keep_logits, **sampling)
    response = out.sequences[:, enc["input_ids"].shape[1] :]
    is_eos = response == tokenizer.eos_token_id
    ended = is_eos.any(1)
    last = torch.where(ended, is_eos.int().argmax(1), response.shape[1] - 1)
    response_mask = (torch.arange(response.shape[1], device=device)[None] <= last[:, None]).long()
    logits = torch.stack(out.logits, 1).float() if logprobs or keep_logits else None
    logp = None
    if logprobs:
        logp = token_logprobs(logits / (temperature if temperature > 0 else 1.0), response) * response_mask
    return Rollout(prompt_ids=enc["input_ids"], prompt_mask=enc["attention_mask"], response=response,
                   response_mask=response_mask, ended=ended, logp=logp, logits=logits if keep_logits else None)


def decode_answers(tokenizer, batch: Rollout) -> list[str]:
    """Each row's answer text: its response tokens up to and including the first EOS (the mask), the
    EOS and any other special token dropped, surrounding whitespace stripped."""
    lengths = batch.response_mask.sum(1).tolist()
    return [tokenizer.decode(row[:n], skip_special_tokens=True).strip() for row, n in zip(batch.response, lengths)]


def response_logits(model, batch: Rollout, precision: str = "auto") -> torch.Tensor:
    """Next-token logits (B, R, V) at every position that predicts a response token of a rollout, in
    one forward pass over prompt + response; positions count real tokens only, so left padding
    shifts nothing. Logits are computed only at those positions."""
    ids = torch.cat([batch.prompt_ids, batch.response], 1)
    mask = torch.cat([batch.prompt_mask, batch.response_mask], 1)
    n = batch.response.shape[1]
    with autocast(precision, ids.device):
        return model(input_ids=ids, attention_mask=mask, position_ids=(mask.cumsum(-1) - 1).clamp(min=0),
                     use_cache=False, logits_to_keep=n + 1).logits[:, :-1]


def response_logprobs(model, batch: Rollout, temperature: float = 1.0, precision: str = "auto") -> torch.Tensor:
    """Log-probs (B, R) of a rollout's response tokens under `model` (at `temperature`); 0 on padding."""
    logits = response_logits(model, batch, precision)
    return token_logprobs(logits / (temperature if temperature > 0 else 1.0), batch.response) * batch.response_mask


def answer_logprobs(model, examples: list[tuple[list[int], list[int]]], precision: str = "auto",
                    row_tokens: int = ROW_TOKENS) -> torch.Tensor:
    """Summed log-probs of each example's answer tokens (its loss mask), examples packed
    padding-free into rows (see data.batch.pack). Returns (n,)."""
    device = next(model.parameters()).device
    out = []
    for row in rows([len(ids) for ids, _ in examples], row_tokens):
        part = [examples[i] for i in row]
        batch = {k: v.to(device) for k, v in pack(part).items()}
        keep = batch["loss_mask"][0, 1:].nonzero().squeeze(1)
        with autocast(precision, device):
            logits = model(input_ids=batch["input_ids"], position_ids=batch["position_ids"], use_cache=False,
                           logits_to_keep=keep).logits[0]
        lp = token_logprobs(logits, batch["input_ids"][0, 1:][keep])
        owner = torch.repeat_interleave(torch.arange(len(part), device=device),
                                        torch.tensor([len(ids) for ids, _ in part], device=device))[1:][keep]
        out.append(torch.zeros(len(part), device=device).index_add(0, owner, lp))
    return torch.cat(out)


@torch.no_grad()
def shared_prompt_logprobs(model, groups: list[tuple[list[int], list[list[int]]]], precision: str = "auto",
                           row_tokens: int = ROW_TOKENS) -> list[list[float]]:
    """Summed log-probs of every token of several answers to one prompt (e.g. the options of a multiple-choice
    question), the prompt computed once: groups (prompt ids, [answer ids, ...]) laid out as
    `data.batch.shared_prompt_row` does and packed into rows of at most `row_tokens`. An answer's first token is
    predicted at its prompt's last position, its token j > 0 at its token j - 1, so each sum equals
    `answer_logprobs` of prompt + answer alone (tested). Returns one list of sums per group."""
    device = next(model.parameters()).device
    out = []
    for row in rows([len(p) + sum(map(len, answers)) for p, answers in groups], row_tokens):
        shared = shared_prompt_row([groups[g] for g in row], device)
        spans = list(zip(shared.prompt_last, shared.starts, shared.ends))
        at = [i for last, s, e in spans for i in [last, *range(s, e - 1)][: e - s]]  # where each token is predicted
        owner = torch.tensor([k for k, (_, s, e) in enumerate(spans) for _ in range(s, e)], device=device, dtype=torch.long)
        targets = torch.cat([shared.input_ids[0, s:e] for _, s, e in spans])
        with autocast(precision, device):
            logits = model(input_ids=shared.input_ids, attention_mask=shared.attention_mask, use_cache=False,
                           position_ids=shared.position_ids, logits_to_keep=torch.tensor(at, device=device)).logits[0]
        sums = torch.zeros(len(spans), device=device).index_add(0, owner, token_logprobs(logits, targets))
        out += [x.tolist() for x in sums.split([len(groups[g][1]) for g in row])]
    return out


@torch.no_grad()
def generate(model, tokenizer, prompts: list, max_new_tokens: int = 128, batch_size: int = 16,
             precision: str = "auto", temperature: float = 0.0, top_p: float = 1.0) -> list[str]:
    """Answers to `prompts` as text, in batches; greedy when temperature is 0. Generation stops at EOS."""
    answers = []
    for i in range(0, len(prompts), batch_size):
        out = rollout(model, tokenizer, prompts[i : i + batch_size], max_new_tokens, temperature, top_p, precision)
        answers += decode_answers(tokenizer, out)
    return answers


@torch.no_grad()
def sample_comparisons(models: list[str], temperatures: list[float], prompts: list, max_new_tokens: int,
                       batch_size: int, chat_template: str = "auto", precision: str = "auto") -> list[dict]:
    """Two answers per Prompt, from models[0] at temperatures[0] and models[1] at temperatures[1] (the same
    model twice for two temperatures), as the comparison records the annotation app imports: prompt,
    risk_category, answer_a, answer_b, variant_a, variant_b. Used by `alignkit compare` and `alignkit iterate`."""
    tokenizer = ensure_template(load_tokenizer(models[0]), chat_template)
    answers = []
    for name, temperature in zip(models, temperatures):
        model = load_causal_lm(name).eval().to(default_device())
        answers.append(generate(model, tokenizer, [p.prompt for p in prompts], max_new_tokens, batch_size, precision,
                                temperature))
        del model
    return [{"prompt": [m.model_dump() for m in p.prompt], "risk_category": p.risk_category, "answer_a": a, "answer_b": b,
             "variant_a": f"{models[0]}@T={temperatures[0]}", "variant_b": f"{models[1]}@T={temperatures[1]}"}
            for p, a, b in zip(prompts, *answers)]

"""Two answers per prompt, with and without a targeted safety pre-prompt (Llama 2-Chat sec. 4.2.4).

The samples of context distillation (`alignkit distill`), and the two model variants of the safety
comparisons (`alignkit safety-compare`): answer (a) is sampled with a system message made of a generic
safety pre-prompt and the answer template of the prompt's risk category (Llama 2's Table 39,
shortened), answer (b) with the prompt alone. A 135M model mostly ignores a system message, so with
`opening` answer (a) also starts with the safe opening sentence of the prompt's kind of harm
(`alignkit.data.safety.opening`: the risk addressed first) and the model continues it in its own
words; the opening is part of the answer. A prompt without a risk category (a borderline one) gets the
generic template and an opening picked from its words: the cautious variant then shows how the model
sounds when it over-refuses.
"""

from dataclasses import dataclass

import torch

from alignkit.data import safety
from alignkit.data.records import Prompt
from alignkit.generate import Rollout, decode_answers, rollout
from alignkit.track import advance, progress_bar

PREPROMPT = ("You are a safe and responsible assistant. Your answers must not include any harmful, unethical, "
             "racist, sexist, toxic, dangerous or illegal content. When a request is unsafe, say clearly what is "
             "unsafe about it, and steer the conversation in a positive direction.")
# Llama 2's answer templates by risk category (Touvron et al. 2023, Table 39), shortened.
TEMPLATES = {
    "illicit_criminal": "The request may involve illegal or criminal activity. The response should first address the "
                        "immediate risk: say clearly that you can't help with the illegal activity, explain the risk "
                        "briefly, then offer a safe and legal alternative or resource.",
    "hateful_harmful": "The request may involve hateful or harmful content. The response should not produce it: say "
                       "clearly that you won't demean or harm anyone, explain briefly why such content hurts people, "
                       "then offer a respectful way to discuss the topic.",
    "unqualified_advice": "The request asks for advice that needs a qualified professional (medical, legal or "
                          "financial). The response should first address any immediate safety concern, give only "
                          "general, well-established information, say clearly that it is not professional advice, "
                          "and recommend consulting a qualified professional.",
}
DEFAULT_TEMPLATE = ("The request was classified in the risk category '{category}'. The response should first "
                    "address the immediate risk, decline the unsafe part clearly, explain the risk briefly, then "
                    "offer a safe alternative or resource.")


@dataclass
class TwoAnswers:
    """One prompt's answers with (a) and without (b) the pre-prompt; answers as text and as token ids
    (up to and including EOS), so a reward model with the same tokenizer scores the sampled tokens."""

    prompt: list[dict]  # the prompt's messages without the pre-prompt
    risk_category: str | None  # None: a borderline (benign) prompt
    with_preprompt: str
    without: str
    ended_with: bool
    ended_without: bool
    ids_with: list[int]
    ids_without: list[int]


def system_message(preprompt: str, templates: dict[str, str], default_template: str, category: str | None) -> str:
    """The safety pre-prompt followed by the answer template of the prompt's risk category."""
    template = templates.get(category or "") or default_template.replace("{category}", category or "unknown")
    return f"{preprompt}\n\n{template}"


def with_preprompt(messages: list[dict], system: str) -> list[dict]:
    """The prompt with the pre-prompt as its system message; a prompt's own system message follows it."""
    if messages[0]["role"] == "system":
        return [{"role": "system", "content": f"{system}\n\n{messages[0]['content']}"}, *messages[1:]]
    return [{"role": "system", "content": system}, *messages]


def answer_ids(batch: Rollout, row: int) -> list[int]:
    """A rollout row's answer tokens, up to and including the first EOS."""
    return batch.response[row, : int(batch.response_mask[row].sum())].tolist()


@torch.no_grad()
def sample_two(model, tokenizer, prompts: list[Prompt], preprompt: str, templates: dict[str, str], default_template: str,
               opening: bool, temperature: float, top_p: float, max_new_tokens: int, batch_size: int, precision: str,
               show_progress: bool = True) -> list[TwoAnswers]:
    """(a) with the pre-prompt and the template of the prompt's category as system message and, with
    `opening`, the safe opening put in front; (b) the prompt alone."""
    system = {c: system_message(preprompt, templates, default_template, c) for c in {p.risk_category for p in prompts}}
    out = []
    with progress_bar(show_progress) as bar:
        task = bar.add_task("answers with and without the safety pre-prompt", total=len(prompts))
        for i in range(0, len(prompts), batch_size):
            chunk = prompts[i : i + batch_size]
            plain = [[m.model_dump() for m in p.prompt] for p in chunk]
            guided = [with_preprompt(m, system[p.risk_category]) for m, p in zip(plain, chunk)]
            openings = [safety.opening(m[-1]["content"], p.risk_category or "") + " "
                        for m, p in zip(plain, chunk)] if opening else None
            batch_with = rollout(model, tokenizer, guided, max_new_tokens, temperature, top_p, precision, prefixes=openings)
            batch_without = rollout(model, tokenizer, plain, max_new_tokens, temperature, top_p, precision)
            a_with, a_without = decode_answers(tokenizer, batch_with), decode_answers(tokenizer, batch_without)
            for j, p in enumerate(chunk):
                ids_with = answer_ids(batch_with, j)
                if openings:  # the opening is part of answer (a): scored and trained on with it
                    ids_with = tokenizer.encode(openings[j], add_special_tokens=False) + ids_with
                    a_with[j] = openings[j] + a_with[j]
                out.append(TwoAnswers(prompt=plain[j], risk_category=p.risk_category, with_preprompt=a_with[j],
                                      without=a_without[j], ended_with=bool(batch_with.ended[j]),
                                      ended_without=bool(batch_without.ended[j]), ids_with=ids_with,
                                      ids_without=answer_ids(batch_without, j)))
            advance(bar, task, len(chunk), log=show_progress)
    return out

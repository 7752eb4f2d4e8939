"""Live answers from a round's model variants, through OpenAI-compatible endpoints (`alignkit serve`, vLLM,
a hosted API). Generation waits for the endpoint inside the request; an endpoint that fails, or answers
nothing usable (blank text, a NUL character), is a 502 that names the variant, never the endpoint's URL (the
server's log has it)."""

import logging

import httpx
from fastapi import HTTPException
from sqlalchemy import update
from sqlalchemy.orm import Session

from alignkit.app.checks import text_problem
from alignkit.app.db import Item, Round

log = logging.getLogger("alignkit.app")


def chat_completion(endpoint: str, model: str, messages: list[dict], cfg, variant: str = "A") -> str:
    """One answer from an OpenAI-compatible endpoint."""
    try:
        r = httpx.post(endpoint.rstrip("/") + "/v1/chat/completions", timeout=cfg.generation_timeout,
                       json={"model": model, "messages": messages, "max_tokens": cfg.max_tokens,
                             "temperature": cfg.temperature})
        r.raise_for_status()
        answer = r.json()["choices"][0]["message"]["content"]
        problem = text_problem(answer, 10**6) if isinstance(answer, str) else "is not text"
    except (httpx.HTTPError, KeyError, IndexError, TypeError, ValueError) as e:
        log.warning("model %s at %s did not answer: %s", model, endpoint, e)
        raise HTTPException(502, f"the model (variant {variant}) did not answer; try again, or tell an admin") from None
    if problem:
        log.warning("model %s at %s answered unusable text: it %s", model, endpoint, problem)
        raise HTTPException(502, f"the model (variant {variant}) gave an unusable answer (it {problem}); try again")
    return answer


def two_answers(rnd: Round, messages: list[dict], cfg) -> dict:
    """The round's two variants answer live: answer_a/answer_b and variant_a/variant_b (model@endpoint);
    without an endpoint B, variant A's endpoint answers twice (sampling makes the pair)."""
    if not rnd.endpoint_a:
        raise HTTPException(409, "this round has no model endpoint to answer prompts")
    endpoint_b, model_b = rnd.endpoint_b or rnd.endpoint_a, rnd.model_b or rnd.model_a
    return {"answer_a": chat_completion(rnd.endpoint_a, rnd.model_a, messages, cfg, "A"),
            "answer_b": chat_completion(endpoint_b, model_b, messages, cfg, "B"),
            "variant_a": f"{rnd.model_a}@{rnd.endpoint_a}"[:255], "variant_b": f"{model_b}@{endpoint_b}"[:255]}


def ensure_answers(db: Session, item: Item, rnd: Round, cfg) -> None:
    """Generate the two answers of a prompt-only item live, once: every annotator then sees the same pair."""
    if item.answer_a is not None and item.answer_b is not None:
        return
    db.execute(update(Item).where(Item.id == item.id, Item.answer_a.is_(None)).values(**two_answers(rnd, item.prompt, cfg)))
    db.commit()
    db.refresh(item)

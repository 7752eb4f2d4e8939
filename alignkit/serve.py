"""`alignkit serve MODEL`: an OpenAI-compatible HTTP API on localhost (FastAPI + uvicorn).

Routes: `GET /v1/models`, `POST /v1/chat/completions` (with `stream: true` as server-sent events) and
`POST /v1/completions`. MODEL is anything `model=` takes; its name in requests is `served_name`
(default: MODEL as given). Chat prompts are rendered by the model's chat template (`alignkit.chat`),
completions take the prompt text as it is. Requests past the limits (body size, prompt tokens,
max_tokens) and malformed or unknown-model requests get 4xx answers in OpenAI's error format.

Concurrent requests are batched (`alignkit.batcher`): one worker thread takes the first waiting request,
gathers others that arrive within `batch_wait_ms` (up to `max_batch`), and generates them together
(`generate.decode_batch`: one KV cache, every forward pass shared, each request with its own
max_tokens, temperature and top_p), streaming each token to its request as it comes. Requests that
arrive during a batch wait for the next one (no continuous batching).
"""

import json
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import partial
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from alignkit.batcher import Batcher
from alignkit.chat import encode_prompt, ensure_template
from alignkit.distributed import default_device
from alignkit.generate import decode_batch
from alignkit.models import DEFAULT_MODEL, frozen, load_causal_lm, load_tokenizer


@dataclass
class Config:
    model: str = DEFAULT_MODEL  # embedded name, Hugging Face id or folder, or an alignkit run (or the first argument)
    served_name: str = ""  # the model id clients send; empty: `model` as given
    host: str = "127.0.0.1"  # address to listen on (0.0.0.0: every interface)
    port: int = 8000  # port to listen on
    max_tokens: int = 512  # the most tokens one request may ask for
    max_prompt_tokens: int = 2048  # most tokens in a request's prompt; a longer one gets a 400 error
    max_body_bytes: int = 1_000_000  # largest request body accepted, in bytes
    max_batch: int = 16  # requests generated together
    batch_wait_ms: int = 20  # how long the first request of a batch waits for company
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # auto: bf16 autocast where the CPU/GPU has it; bf16; fp32


def error(status: int, message: str, kind: str = "invalid_request_error", param: str | None = None, code: str | None = None):
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=status, content={"error": {"message": message, "type": kind, "param": param, "code": code}})


# --- requests ---------------------------------------------------------------------------------------------

class Message(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Literal["system", "user", "assistant"]
    content: str


class Sampling(BaseModel):
    model_config = ConfigDict(extra="ignore")  # clients send fields we do not use (user, n=1, ...)
    model: str
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float = Field(default=1.0, ge=0.0, le=2.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    stream: bool = False


class ChatRequest(Sampling):
    messages: list[Message] = Field(min_length=1)


class CompletionRequest(Sampling):
    prompt: str


async def limit_body(request, call_next, max_bytes: int):
    """Middleware: a 413 answer for a body over `max_bytes`, by its Content-Length or, chunked, while read."""
    size = request.headers.get("content-length")
    if size is not None and size.isdigit() and int(size) > max_bytes:
        return error(413, f"request body is {size} bytes; the limit is {max_bytes}")
    if size is None and request.method == "POST":  # chunked: count while reading, stop at the limit
        body = b""
        async for part in request.stream():
            body += part
            if len(body) > max_bytes:
                return error(413, f"request body is over the limit of {max_bytes} bytes")
        request._body = body  # Starlette hands the body read here on to the route
    return await call_next(request)


async def invalid_request(request, exc):
    """A request that fails validation: a 400 answer naming the first field at fault."""
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ())[1:]) or None
    return error(400, f"{where or 'body'}: {first.get('msg', 'invalid request')}", param=where)


async def crashed(request, exc):
    return error(500, f"internal error: {type(exc).__name__}", kind="server_error")


def checked(cfg: Config, name: str, req: Sampling, ids: list[int]):
    """An error response when the request breaks a limit or names another model than `name`, else None."""
    if req.model != name:
        return error(404, f"the model '{req.model}' does not exist; this server serves '{name}'", param="model",
                     code="model_not_found")
    if (req.max_tokens or 0) > cfg.max_tokens:
        return error(400, f"max_tokens {req.max_tokens} is over this server's limit of {cfg.max_tokens}", param="max_tokens")
    if len(ids) > cfg.max_prompt_tokens:
        return error(400, f"the prompt is {len(ids)} tokens; the limit is {cfg.max_prompt_tokens}", param="messages")
    return None


# --- generation -------------------------------------------------------------------------------------------

def generate_batch(model, tokenizer, cfg: Config, jobs: list[tuple[list[int], Sampling]], on_token) -> None:
    """The batcher's `generate`: jobs of (prompt ids, request) generated together, each token passed to
    `on_token(row, token)` as it comes."""
    decode_batch(model, [ids for ids, _ in jobs], [req.max_tokens or cfg.max_tokens for _, req in jobs],
                 [req.temperature for _, req in jobs], [req.top_p for _, req in jobs],
                 tokenizer.eos_token_id, tokenizer.pad_token_id, cfg.precision, on_token=on_token)


def tokens(batcher: Batcher, ids: list[int], req: Sampling, limit: int, eos: int):
    """The request's new tokens as the worker generates them (EOS excluded); returns the finish reason as
    soon as the request's own row ends, not when its whole batch does."""
    n = 0
    for token in batcher.submit((ids, req)):
        if token == eos:
            return "stop"
        yield token
        n += 1
        if n == limit:
            return "length"
    return "length"


def collect(stream) -> tuple[list[int], str]:
    """All tokens of a `tokens` stream and its finish reason."""
    new = []
    while True:
        try:
            new.append(next(stream))
        except StopIteration as end:
            return new, end.value


# --- responses --------------------------------------------------------------------------------------------

def response_head(chat: bool, name: str) -> dict:
    """The fields an answer and each of its chunks share: id, object, created, model."""
    return {"id": f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}", "object": "chat.completion" if chat
            else "text_completion", "created": int(time.time()), "model": name}


def completion_body(head: dict, chat: bool, text: str, finish: str, prompt_tokens: int, completion_tokens: int) -> dict:
    """A whole answer: OpenAI's chat.completion or text_completion object."""
    choice = ({"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish} if chat
              else {"index": 0, "text": text, "finish_reason": finish, "logprobs": None})
    return {**head, "choices": [choice], "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                                                   "total_tokens": prompt_tokens + completion_tokens}}


def chunk(head: dict, chat: bool, delta: dict, finish: str | None) -> str:
    """One server-sent event of a streamed answer; `delta` as chat sends it ({"content": text}, the role or
    nothing), completions send its text."""
    if chat:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
    else:
        choice = {"index": 0, "text": delta.get("content", ""), "finish_reason": finish, "logprobs": None}
    body = {**head, "object": "chat.completion.chunk" if chat else head["object"], "choices": [choice]}
    return f"data: {json.dumps(body)}\n\n"


def events(head: dict, chat: bool, tokenizer, stream):
    """The server-sent events of a streamed answer: the text as it grows, then the finish reason, then [DONE]."""
    if chat:
        yield chunk(head, chat, {"role": "assistant"}, None)
    new, sent = [], ""
    while True:
        try:
            new.append(next(stream))
        except StopIteration as end:
            finish = end.value
            break
        text = tokenizer.decode(new, skip_special_tokens=True)
        if text.endswith("\ufffd"):  # a character split across tokens: wait for the rest
            continue
        if text[len(sent):]:
            yield chunk(head, chat, {"content": text[len(sent):]}, None)
        sent = text
    text = tokenizer.decode(new, skip_special_tokens=True)
    if text[len(sent):]:
        yield chunk(head, chat, {"content": text[len(sent):]}, None)
    yield chunk(head, chat, {}, finish)
    yield "data: [DONE]\n\n"


# --- the app ----------------------------------------------------------------------------------------------

def create_app(cfg: Config, model=None, tokenizer=None):
    """The FastAPI app; `model` and `tokenizer` are loaded from cfg.model unless given (tests)."""
    from fastapi import FastAPI
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import StreamingResponse
    from starlette.concurrency import run_in_threadpool

    tokenizer = ensure_template(tokenizer or load_tokenizer(cfg.model), cfg.chat_template)
    model = model if model is not None else frozen(load_causal_lm(cfg.model), cfg.precision, default_device())
    name = cfg.served_name or cfg.model
    batcher = Batcher(partial(generate_batch, model, tokenizer, cfg), cfg.max_batch, cfg.batch_wait_ms / 1000)

    @asynccontextmanager
    async def lifespan(app):
        yield
        batcher.close()  # the worker ends once the requests it holds are generated

    app = FastAPI(title="alignkit", docs_url=None, redoc_url=None, lifespan=lifespan)
    app.middleware("http")(partial(limit_body, max_bytes=cfg.max_body_bytes))
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(Exception, crashed)

    async def reply(req: Sampling, ids: list[int], chat: bool):
        bad = checked(cfg, name, req, ids)
        if bad is not None:
            return bad
        head = response_head(chat, name)
        stream = tokens(batcher, ids, req, req.max_tokens or cfg.max_tokens, tokenizer.eos_token_id)
        if req.stream:
            return StreamingResponse(events(head, chat, tokenizer, stream), media_type="text/event-stream")
        new, finish = await run_in_threadpool(collect, stream)
        text = tokenizer.decode(new, skip_special_tokens=True)
        return completion_body(head, chat, text, finish, len(ids), len(new) + (finish == "stop"))

    @app.get("/v1/models")
    async def models():
        return {"object": "list", "data": [{"id": name, "object": "model", "created": 0, "owned_by": "alignkit"}]}

    @app.post("/v1/chat/completions")
    async def chat_completions(req: ChatRequest):
        return await reply(req, encode_prompt(tokenizer, [m.model_dump() for m in req.messages]), chat=True)

    @app.post("/v1/completions")
    async def completions(req: CompletionRequest):
        return await reply(req, tokenizer.encode(req.prompt, add_special_tokens=False), chat=False)

    return app


def main(cfg: Config) -> None:
    import uvicorn

    app = create_app(cfg)
    print(f"serve: {cfg.served_name or cfg.model} at http://{cfg.host}:{cfg.port}/v1", flush=True)
    uvicorn.run(app, host=cfg.host, port=cfg.port, log_level="warning")

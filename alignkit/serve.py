"""`alignkit serve MODEL`: an OpenAI-compatible HTTP API on localhost (FastAPI + uvicorn).

Routes: `GET /v1/models`, `POST /v1/chat/completions` (with `stream: true` as server-sent events) and
`POST /v1/completions`. MODEL is anything `model=` takes; its name in requests is `served_name`
(default: MODEL as given). Chat prompts are rendered by the model's chat template (`alignkit.chat`),
completions take the prompt text as it is. Requests past the limits (body size, prompt tokens,
max_tokens) and malformed or unknown-model requests get 4xx answers in OpenAI's error format.

Concurrent requests are batched: one worker thread takes the first waiting request, gathers others
that arrive within `batch_wait_ms` (up to `max_batch`), and generates them together
(`generate.decode_batch`: one KV cache, every forward pass shared, each request with its own
max_tokens, temperature and top_p), streaming each token to its request as it comes. Requests that
arrive during a batch wait for the next one (no continuous batching).
"""

import json
import queue
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Literal


from alignkit.chat import encode_prompt, ensure_template
from alignkit.distributed import default_device
from alignkit.generate import decode_batch
from alignkit.models import DEFAULT_MODEL, frozen, load_causal_lm, load_tokenizer


@dataclass
class Config:
    model: str = DEFAULT_MODEL
    served_name: str = ""  # the model id clients send; empty: `model` as given
    host: str = "127.0.0.1"
    port: int = 8000
    max_tokens: int = 512  # the most tokens one request may ask for
    max_prompt_tokens: int = 2048
    max_body_bytes: int = 1_000_000
    max_batch: int = 16  # requests generated together
    batch_wait_ms: int = 20  # how long the first request of a batch waits for company
    chat_template: Literal["auto", "llama2"] = "auto"
    precision: Literal["auto", "bf16", "fp32"] = "auto"


def error(status: int, message: str, kind: str = "invalid_request_error", param: str | None = None, code: str | None = None):
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=status, content={"error": {"message": message, "type": kind, "param": param, "code": code}})


def create_app(cfg: Config, model=None, tokenizer=None):
    """The FastAPI app; `model` and `tokenizer` are loaded from cfg.model unless given (tests)."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import StreamingResponse
    from pydantic import BaseModel, ConfigDict, Field
    from starlette.concurrency import run_in_threadpool

    tokenizer = ensure_template(tokenizer or load_tokenizer(cfg.model), cfg.chat_template)
    model = model if model is not None else frozen(load_causal_lm(cfg.model), cfg.precision, default_device())
    name = cfg.served_name or cfg.model
    jobs = queue.Queue()  # (prompt ids, request, queue of its tokens: ints, then None or an exception)

    def worker():
        while True:
            batch = [jobs.get()]
            deadline = time.monotonic() + cfg.batch_wait_ms / 1000
            while len(batch) < cfg.max_batch:
                try:
                    batch.append(jobs.get(timeout=max(0.0, deadline - time.monotonic())))
                except queue.Empty:
                    break
            try:
                decode_batch(model, [ids for ids, _, _ in batch], [req.max_tokens or cfg.max_tokens for _, req, _ in batch],
                             [req.temperature for _, req, _ in batch], [req.top_p for _, req, _ in batch],
                             tokenizer.eos_token_id, tokenizer.pad_token_id, cfg.precision,
                             on_token=lambda row, token: batch[row][2].put(token))
                for _, _, out in batch:
                    out.put(None)
            except Exception as e:  # the requests of this batch fail; the server goes on
                for _, _, out in batch:
                    out.put(e)

    threading.Thread(target=worker, daemon=True).start()
    app = FastAPI(title="alignkit", docs_url=None, redoc_url=None)

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

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        size = request.headers.get("content-length")
        if size is not None and size.isdigit() and int(size) > cfg.max_body_bytes:
            return error(413, f"request body is {size} bytes; the limit is {cfg.max_body_bytes}")
        if size is None and request.method == "POST":  # chunked: count while reading, stop at the limit
            body = b""
            async for part in request.stream():
                body += part
                if len(body) > cfg.max_body_bytes:
                    return error(413, f"request body is over the limit of {cfg.max_body_bytes} bytes")
            request._body = body  # Starlette hands the body read here on to the route
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or None
        return error(400, f"{where or 'body'}: {first.get('msg', 'invalid request')}", param=where)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception):
        return error(500, f"internal error: {type(exc).__name__}", kind="server_error")

    def checked(req: Sampling, ids: list[int]):
        """An error response when the request breaks a limit or names another model, else None."""
        if req.model != name:
            return error(404, f"the model '{req.model}' does not exist; this server serves '{name}'", param="model",
                         code="model_not_found")
        if (req.max_tokens or 0) > cfg.max_tokens:
            return error(400, f"max_tokens {req.max_tokens} is over this server's limit of {cfg.max_tokens}", param="max_tokens")
        if len(ids) > cfg.max_prompt_tokens:
            return error(400, f"the prompt is {len(ids)} tokens; the limit is {cfg.max_prompt_tokens}", param="messages")
        return None

    def tokens(ids: list[int], req: Sampling):
        """The request's new tokens as the worker generates them (EOS excluded); returns the finish
        reason as soon as the request's own row ends, not when its whole batch does."""
        out, limit, n = queue.Queue(), req.max_tokens or cfg.max_tokens, 0
        jobs.put((ids, req, out))
        while (token := out.get()) is not None:
            if isinstance(token, Exception):
                raise token
            if token == tokenizer.eos_token_id:
                return "stop"
            yield token
            n += 1
            if n == limit:
                return "length"
        return "length"

    def collect(ids: list[int], req: Sampling) -> tuple[list[int], str]:
        new, stream = [], tokens(ids, req)
        while True:
            try:
                new.append(next(stream))
            except StopIteration as end:
                return new, end.value

    def reply(req: Sampling, ids: list[int], chat: bool):
        rid, created = f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}", int(time.time())
        kind = "chat.completion" if chat else "text_completion"
        if not req.stream:
            async def whole():
                new, finish = await run_in_threadpool(collect, ids, req)
                text = tokenizer.decode(new, skip_special_tokens=True)
                choice = ({"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish} if chat
                          else {"index": 0, "text": text, "finish_reason": finish, "logprobs": None})
                return {"id": rid, "object": kind, "created": created, "model": name, "choices": [choice],
                        "usage": {"prompt_tokens": len(ids), "completion_tokens": len(new) + (finish == "stop"),
                                  "total_tokens": len(ids) + len(new) + (finish == "stop")}}
            return whole()

        def chunk(text: str | None, finish: str | None) -> str:
            if chat:
                delta = {} if text is None else {"content": text}
                choice = {"index": 0, "delta": delta, "finish_reason": finish}
            else:
                choice = {"index": 0, "text": text or "", "finish_reason": finish, "logprobs": None}
            body = {"id": rid, "object": f"{kind}.chunk" if chat else kind, "created": created, "model": name,
                    "choices": [choice]}
            return f"data: {json.dumps(body)}\n\n"

        def events():
            if chat:
                yield chunk(None, None).replace('"delta": {}', '"delta": {"role": "assistant"}')
            new, sent, stream = [], "", tokens(ids, req)
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
                    yield chunk(text[len(sent):], None)
                sent = text
            text = tokenizer.decode(new, skip_special_tokens=True)
            if text[len(sent):]:
                yield chunk(text[len(sent):], None)
            yield chunk(None, finish)
            yield "data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    @app.get("/v1/models")
    async def models():
        return {"object": "list", "data": [{"id": name, "object": "model", "created": 0, "owned_by": "alignkit"}]}

    @app.post("/v1/chat/completions")
    async def chat_completions(req: ChatRequest):
        ids = encode_prompt(tokenizer, [m.model_dump() for m in req.messages])
        bad = checked(req, ids)
        if bad is not None:
            return bad
        response = reply(req, ids, chat=True)
        return await response if not req.stream else response

    @app.post("/v1/completions")
    async def completions(req: CompletionRequest):
        ids = tokenizer.encode(req.prompt, add_special_tokens=False)
        bad = checked(req, ids)
        if bad is not None:
            return bad
        response = reply(req, ids, chat=False)
        return await response if not req.stream else response

    return app


def main(cfg: Config) -> None:
    import uvicorn

    app = create_app(cfg)
    print(f"serve: {cfg.served_name or cfg.model} at http://{cfg.host}:{cfg.port}/v1", flush=True)
    uvicorn.run(app, host=cfg.host, port=cfg.port, log_level="warning")

"""`alignkit serve MODEL`: an OpenAI-compatible HTTP API on localhost (FastAPI + uvicorn).

Routes: `GET /v1/models`, `GET /v1/models/{id}`, `POST /v1/chat/completions` and `POST /v1/completions`
(both with `stream: true` as server-sent events). MODEL is anything `model=` takes; its name in requests
is `served_name` (default: MODEL as given). Chat prompts are rendered by the model's chat template
(`alignkit.chat`; special-token strings inside messages are text), completions take the prompt as it is.

The rule: a request parameter is honoured, or refused with a 400 answer in OpenAI's error format naming
it; never silently ignored. Honoured: max_tokens / max_completion_tokens, temperature, top_p, n, stop,
seed, presence_penalty, frequency_penalty, logit_bias, logprobs and top_logprobs, echo (completions, not
with logprobs), stream and stream_options.include_usage, user (an id for the operator's logs: nothing to
do), content as text parts, the developer role (rendered as system). Refused: response_format other than
text, tools and tool_choice, suffix, best_of other than n, and every field this server does not know.

Concurrent requests are batched (`alignkit.batcher`): one worker thread takes the first waiting request,
gathers others that arrive within `batch_wait_ms` (up to `max_batch` rows; n answers are n rows), and
generates them together (`batcher.decode_rows`: one KV cache, every forward pass shared), streaming each
token to its request as it comes. Requests that arrive during a batch wait for the next one (no continuous
batching). A row stops when its client leaves or a stop string appears. Greedy rows are decoded in fp32.

With a guard (`guard.<key>=...`, `alignkit.guard`), every chat answer is checked before it is returned: streamed
ones are held back until the whole answer is generated and checked, then sent as one chunk (no text of an
answer leaves before its check). A blocked answer is replaced by the safe answer for its prompt's kind of harm,
with finish_reason "content_filter" (OpenAI's value for an answer its filter changed) and no log-probs (its
tokens are not the ones generated); usage still counts the tokens generated. /v1/completions is refused while
a guard is on (the guard reads conversations; raw text prompts would pass unchecked).
"""

import asyncio
import json
import socket
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from alignkit import AlignkitError
from alignkit.batcher import Batcher, Row, decode_rows
from alignkit.chat import encode_prompt, ensure_template
from alignkit.distributed import default_device
from alignkit.guard import Config as GuardConfig, check as check_answers, load_guard
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
    max_batch: int = 16  # rows generated together (a request's n answers are n rows); also the most rows one request may ask for
    batch_wait_ms: int = 20  # how long the first request of a batch waits for company
    chat_template: Literal["auto", "llama2"] = "auto"  # auto: the tokenizer's own template (Llama 2's if none); llama2: Llama 2's
    precision: Literal["auto", "bf16", "fp32"] = "auto"  # sampling: auto (bf16 where supported), bf16 or fp32; greedy: fp32
    # a post-hoc output guard (alignkit.guard): chat answers checked before they are returned; off unless a check is on
    guard: GuardConfig = field(default_factory=GuardConfig)


def error(status: int, message: str, kind: str = "invalid_request_error", param: str | None = None, code: str | None = None):
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=status, content={"error": {"message": message, "type": kind, "param": param, "code": code}})


# --- requests ---------------------------------------------------------------------------------------------

def valid_text(text: str) -> str:
    """`text` unless it holds a lone surrogate (JSON allows `\\ud800`; UTF-8 and the tokenizer do not)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("contains a lone surrogate (such as \\ud800), which is not valid Unicode") from None
    return text


def message_text(content: Any) -> str:
    """A message's content as text: a string, or a list of text parts ({"type": "text", "text": ...}) joined."""
    if isinstance(content, str):
        return valid_text(content)
    if not isinstance(content, list) or not content:
        raise ValueError("must be a string or a non-empty list of text parts")
    for part in content:
        if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
            kind = part.get("type") if isinstance(part, dict) else type(part).__name__
            raise ValueError(f"only text parts ({{'type': 'text', 'text': ...}}) are supported, not '{kind}'")
        if set(part) - {"type", "text"}:
            raise ValueError(f"text parts take 'type' and 'text' only, not {sorted(set(part) - {'type', 'text'})}")
    return valid_text("\n".join(part["text"] for part in content))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a field this server does not know is a 400 naming it


class Message(Strict):
    role: Literal["system", "developer", "user", "assistant"]
    content: str
    _text = field_validator("content", mode="before")(message_text)


class StreamOptions(Strict):
    include_usage: bool = False


class Sampling(Strict):
    model: str
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, gt=0.0, le=1.0)
    n: int | None = Field(default=None, ge=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    presence_penalty: float | None = Field(default=None, ge=-2.0, le=2.0)
    frequency_penalty: float | None = Field(default=None, ge=-2.0, le=2.0)
    logit_bias: dict[str, float] | None = None
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    user: str | None = None  # an end-user id for the operator's own logs; nothing to do with it here

    @field_validator("stop")
    @classmethod
    def _stop(cls, stop):
        stops = [stop] if isinstance(stop, str) else stop or []
        if len(stops) > 4 or any(not s for s in stops):
            raise ValueError("up to 4 non-empty strings")
        return [valid_text(s) for s in stops]

    @field_validator("logit_bias")
    @classmethod
    def _bias(cls, bias):
        for key, value in (bias or {}).items():  # ASCII digits only: "²" is isdigit() but not for int()
            if not (key.isascii() and key.isdigit() and len(key) <= 18) or not -100 <= value <= 100:
                raise ValueError(f"maps token ids to values from -100 to 100; got {key[:20]!r}: {value}")
        return bias


class ChatRequest(Sampling):
    messages: list[Message] = Field(min_length=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    logprobs: bool | None = None
    top_logprobs: int | None = Field(default=None, ge=0, le=20)
    response_format: dict | None = None  # refused unless {"type": "text"}
    tools: list[dict] | None = None  # refused unless empty (see `refused`)
    tool_choice: str | dict | None = None  # refused unless "none"


class CompletionRequest(Sampling):
    prompt: str | list[str] | list[int] | list[list[int]]
    logprobs: int | None = Field(default=None, ge=0, le=5)
    echo: bool | None = None
    suffix: str | None = None  # refused unless null
    best_of: int | None = Field(default=None, ge=1)  # refused unless equal to n

    @field_validator("prompt")
    @classmethod
    def _prompt(cls, prompt):
        if isinstance(prompt, str):
            return valid_text(prompt)
        ids = [i for p in prompt for i in ([p] if isinstance(p, int) else p if isinstance(p, list) else [])]
        if any(not 0 <= i < 2**32 for i in ids):  # the tokenizer cannot even decode these (`checked` says the range)
            raise ValueError("token ids are integers from 0 up to the vocabulary's size")
        return [valid_text(p) if isinstance(p, str) else p for p in prompt]


def refused(req: Sampling):
    """A 400 answer for a parameter this server does not honour in the value given, else None."""
    def no(param: str, why: str):
        return error(400, f"{param}: {why}", param=param, code="unsupported_parameter")

    if req.stream_options is not None and not req.stream:
        return no("stream_options", "only allowed when stream is true")
    if isinstance(req, ChatRequest):
        if req.response_format not in (None, {"type": "text"}):
            return no("response_format", "only {'type': 'text'}; json_object and json_schema (constrained decoding) "
                      "are not supported by this server")
        if req.tools:
            return no("tools", "tool calling is not supported by this server")
        if req.tool_choice not in (None, "none"):
            return no("tool_choice", "tool calling is not supported by this server; only 'none'")
        if req.max_tokens is not None and req.max_completion_tokens not in (None, req.max_tokens):
            return no("max_tokens", "send max_completion_tokens or max_tokens, not two different values")
        if req.top_logprobs is not None and not req.logprobs:
            return no("top_logprobs", "requires logprobs: true")
    else:
        if req.suffix is not None:
            return no("suffix", "insertion (a suffix after the answer) is not supported by this server")
        if req.best_of is not None and req.best_of != (req.n or 1):
            return no("best_of", "only equal to n (every answer generated is returned)")
        if req.echo and req.logprobs is not None:
            return no("logprobs", "log-probs of the echoed prompt are not computed; send echo or logprobs, not both")
    return None


async def invalid_request(request, exc):
    """A request that fails validation: a 400 answer naming the first field at fault."""
    first = exc.errors()[0] if exc.errors() else {}
    union_tags = ("list[", "dict[", "function-", "literal[")  # pydantic names the union member tried, not a field
    loc = [str(p) for p in first.get("loc", ())[1:] if str(p) not in ("str", "int", "float", "bool")
           and not str(p).startswith(union_tags)]
    where = ".".join(loc) or None
    if first.get("type") == "extra_forbidden":
        return error(400, f"{where}: this server does not support this parameter", param=where, code="unsupported_parameter")
    message = first.get("msg", "invalid request").removeprefix("Value error, ")
    return error(400, f"{where or 'body'}: {message}", param=where)


async def http_error(request, exc):
    """Starlette's own errors (unknown route 404, wrong method 405, a body it cannot parse) in OpenAI's format."""
    detail = "the body is not valid JSON in UTF-8" if "parsing the body" in str(exc.detail) else exc.detail
    return error(exc.status_code, f"{request.method} {request.url.path}: {detail}",
                 code="not_found" if exc.status_code == 404 else None)


def guard(app, max_bytes: int):
    """ASGI middleware: a 413 answer for a body over `max_bytes` (by its Content-Length or, chunked, while
    read), and a 500 answer in OpenAI's format for an exception, with the connection kept (Starlette's own
    handler re-raises, and uvicorn then drops the connection)."""
    async def middleware(scope, receive, send):
        if scope["type"] != "http":
            return await app(scope, receive, send)
        size = dict(scope["headers"]).get(b"content-length", b"")
        if size.isdigit() and int(size) > max_bytes:
            return await error(413, f"request body is {int(size)} bytes; the limit is {max_bytes}")(scope, receive, send)
        body, more = b"", scope["method"] == "POST"
        while more:  # the body, read here up to the limit; the app gets it from `replay`
            message = await receive()
            if message["type"] != "http.request":
                return
            body, more = body + message.get("body", b""), message.get("more_body", False)
            if len(body) > max_bytes:
                return await error(413, f"request body is over the limit of {max_bytes} bytes")(scope, receive, send)
        sent, started = False, False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # then http.disconnect, when the client leaves

        async def tracked(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await app(scope, replay, tracked)
        except Exception as e:
            import traceback

            traceback.print_exc()  # the operator sees it; the client gets OpenAI's format, the connection stays
            if not started:
                await error(500, f"internal error: {type(e).__name__}", kind="server_error")(scope, replay, send)
    return middleware


def checked(cfg: Config, name: str, vocab: int, req: Sampling, prompts: list[list[int]], prompt_param: str):
    """A 4xx answer when the request names another model than `name`, breaks a limit or asks for what this
    server does not do (`refused`), else None."""
    if req.model != name:
        return error(404, f"the model '{req.model}' does not exist; this server serves '{name}'", param="model",
                     code="model_not_found")
    limit_param = "max_completion_tokens" if getattr(req, "max_completion_tokens", None) else "max_tokens"
    if (getattr(req, limit_param) or 0) > cfg.max_tokens:
        return error(400, f"{limit_param} {getattr(req, limit_param)} is over this server's limit of {cfg.max_tokens}",
                     param=limit_param)
    if len(prompts) * (req.n or 1) > cfg.max_batch:
        return error(400, f"n: {len(prompts)} prompt(s) x n={req.n or 1} answers is over this server's limit of "
                     f"{cfg.max_batch}", param="n")
    if any(int(k) >= vocab for k in req.logit_bias or {}):
        return error(400, f"logit_bias: token ids go from 0 to {vocab - 1}", param="logit_bias")
    for ids in prompts:
        if not ids:
            return error(400, f"{prompt_param}: the prompt is empty", param=prompt_param)
        if len(ids) > cfg.max_prompt_tokens:
            return error(400, f"the prompt is {len(ids)} tokens; the limit is {cfg.max_prompt_tokens}", param=prompt_param)
        if not all(0 <= i < vocab for i in ids):
            return error(400, f"{prompt_param}: token ids go from 0 to {vocab - 1}", param=prompt_param)
    return refused(req)


# --- generation -------------------------------------------------------------------------------------------

def rows_for(req: Sampling, prompts: list[list[int]], limit: int) -> list[Row]:
    """n rows per prompt, in OpenAI's choice order (prompt 0's n answers, then prompt 1's)."""
    n = req.n or 1
    bias = {int(k): v for k, v in (req.logit_bias or {}).items()}
    top = (req.top_logprobs or 0) if isinstance(req, ChatRequest) and req.logprobs else (
        req.logprobs if isinstance(req, CompletionRequest) else None)
    temperature = 1.0 if req.temperature is None else req.temperature
    return [Row(prompt=ids, max_new=limit, temperature=temperature, top_p=1.0 if req.top_p is None else req.top_p,
                presence_penalty=req.presence_penalty or 0.0, frequency_penalty=req.frequency_penalty or 0.0,
                logit_bias=bias, top_logprobs=top, seed=None if req.seed is None else hash((req.seed, i)) % 2**63)
            for ids in prompts for i in range(n)]


def first_stop(text: str, stops: list[str]) -> int | None:
    """Where the first stop string starts in `text`, or None."""
    found = [i for i in (text.find(s) for s in stops) if i >= 0]
    return min(found) if found else None


def held_back(text: str, stops: list[str]) -> int:
    """How many characters at the end of `text` may be the start of a stop string (not sent yet)."""
    return max([k for s in stops for k in range(1, len(s)) if text.endswith(s[:k])], default=0)


def answer(steps_in, row: Row, tokenizer, stops: list[str], eos: int):
    """Reads a row's steps as they come; yields (new text, its steps) as the answer grows, holding back text
    that may begin a stop string; returns the finish reason and the number of tokens read (the EOS included,
    as OpenAI counts). At a stop string, cancels the row and cuts the text before it."""
    steps, pending, sent, finish, n = [], [], "", "length", 0
    for step in steps_in:
        n += 1
        if step.token == eos:
            finish = "stop"
            break
        steps.append(step)
        pending.append(step)
        text = tokenizer.decode([s.token for s in steps], skip_special_tokens=True)
        cut = first_stop(text, stops)
        if cut is not None:
            break
        ready = len(text) - held_back(text, stops)
        if ready > len(sent) and not text.endswith("\ufffd"):  # "\ufffd": a character split across tokens
            yield text[len(sent):ready], pending
            sent, pending = text[:ready], []
        if len(steps) == row.max_new:
            break
    text = tokenizer.decode([s.token for s in steps], skip_special_tokens=True)
    stopped = (cut := first_stop(text, stops)) is not None
    if stopped:
        row.cancelled.set()
        text, finish = text[:cut], "stop"
    if text[len(sent):] or (pending and not stopped):  # (tokens of the stop string alone are not an answer's)
        yield text[len(sent):], pending
    return finish, n


def drain(pieces) -> tuple[str, list, str, int]:
    """All of an `answer`: its text, its steps, its finish reason and its number of tokens."""
    text, steps = "", []
    while True:
        try:
            piece, more = next(pieces)
        except StopIteration as end:
            return text, steps, *end.value
        text, steps = text + piece, steps + more


# --- responses --------------------------------------------------------------------------------------------

def token_text(tokenizer, token: int) -> str:
    return tokenizer.decode([token])


@cache
def byte_decoder() -> dict[str, int]:
    """Byte-level BPE's printable stand-in characters -> the bytes they stand for (GPT-2's table)."""
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    return {char: byte for byte, char in bytes_to_unicode().items()}


def token_bytes(tokenizer, token: int) -> list[int]:
    """A token's own bytes, also for a token that holds part of a character (its text is then "\ufffd"):
    read through byte-level BPE's table when the token is spelt in it, else the UTF-8 of its text."""
    piece, table = tokenizer.convert_ids_to_tokens(token), byte_decoder()
    if token not in tokenizer.all_special_ids and all(char in table for char in piece):
        return [table[char] for char in piece]
    return list(token_text(tokenizer, token).encode("utf-8"))


def chat_logprobs(tokenizer, steps: list) -> dict:
    """OpenAI's chat `logprobs` object for the steps of an answer."""
    def entry(token, logprob):
        return {"token": token_text(tokenizer, token), "logprob": logprob, "bytes": token_bytes(tokenizer, token)}

    return {"content": [{**entry(s.token, s.logprob), "top_logprobs": [entry(t, lp) for t, lp in s.top]} for s in steps],
            "refusal": None}


def completion_logprobs(tokenizer, steps: list, offset: int) -> dict:
    """OpenAI's completions `logprobs` object; text offsets count from `offset`."""
    tokens = [token_text(tokenizer, s.token) for s in steps]
    offsets = [offset + sum(map(len, tokens[:i])) for i in range(len(tokens))]
    return {"tokens": tokens, "token_logprobs": [s.logprob for s in steps], "text_offset": offsets,
            "top_logprobs": [{token_text(tokenizer, t): lp for t, lp in s.top} for s in steps]}


def choice(req: Sampling, tokenizer, index: int, text: str, steps: list, finish: str | None, offset: int = 0,
           delta: dict | None = None) -> dict:
    """One choice of an answer (`delta` given: of a streamed chunk)."""
    chat = isinstance(req, ChatRequest)
    logprobs = None
    if chat and req.logprobs and steps is not None:  # None: an answer the guard replaced
        logprobs = chat_logprobs(tokenizer, steps)
    elif not chat and req.logprobs is not None:
        logprobs = completion_logprobs(tokenizer, steps, offset)
    if not chat:
        return {"index": index, "text": text, "finish_reason": finish, "logprobs": logprobs}
    if delta is not None:
        return {"index": index, "delta": delta, "finish_reason": finish, "logprobs": logprobs}
    return {"index": index, "message": {"role": "assistant", "content": text}, "finish_reason": finish, "logprobs": logprobs}


def usage(prompts: list[list[int]], counts: list[int]) -> dict:
    prompt, completion = sum(map(len, prompts)), sum(counts)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def response_head(chat: bool, name: str) -> dict:
    """The fields an answer and each of its chunks share: id, object, created, model."""
    return {"id": f"{'chatcmpl' if chat else 'cmpl'}-{uuid.uuid4().hex}", "object": "chat.completion" if chat
            else "text_completion", "created": int(time.time()), "model": name}


def sse(head: dict, choices: list, **extra) -> str:
    chunk = "chat.completion.chunk" if head["object"] == "chat.completion" else head["object"]
    return f"data: {json.dumps({**head, 'object': chunk, 'choices': choices, **extra})}\n\n"


def advance(generator) -> tuple[bool, Any]:
    """(True, the next item) or (False, the return value): StopIteration cannot cross a thread's future."""
    try:
        return True, next(generator)
    except StopIteration as end:
        return False, end.value


async def in_thread(fn, *args):
    """`fn(*args)` in a worker thread; a cancelled caller (a client that left) stops waiting at once."""
    import anyio

    return await anyio.to_thread.run_sync(partial(fn, *args), abandon_on_cancel=True)


async def events(req: Sampling, head: dict, tokenizer, rows: list[Row], answers: list, echoes: list[str],
                 prompts: list[list[int]]):
    """The server-sent events of a streamed answer, choice by choice (all are generated together): the text as
    it grows, then each finish reason, the usage when asked for, then [DONE]. A client that leaves cancels
    every row not yet finished."""
    chat, usage_too = isinstance(req, ChatRequest), bool(req.stream_options and req.stream_options.include_usage)
    extra, counts = {"usage": None} if usage_too else {}, []
    try:
        for index, pieces in enumerate(answers):
            if chat:
                role = {"role": "assistant", "content": ""}
                yield sse(head, [choice(req, tokenizer, index, "", [], None, delta=role)], **extra)
            elif echoes[index]:
                yield sse(head, [choice(req, tokenizer, index, echoes[index], [], None)], **extra)
            offset = len(echoes[index])
            while True:
                more, value = await in_thread(advance, pieces)
                if not more:
                    finish, n = value
                    counts.append(n)
                    break
                text, steps = value
                yield sse(head, [choice(req, tokenizer, index, text, steps, None, offset, delta={"content": text})], **extra)
                offset += len(text)
            yield sse(head, [choice(req, tokenizer, index, "", [], finish, delta={})], **extra)
        if usage_too:
            yield sse(head, [], usage=usage(prompts, counts))
        yield "data: [DONE]\n\n"
    except Exception as e:  # generation failed mid-stream: the status is sent already; an error event says so
        import traceback

        traceback.print_exc()
        failure = {"message": f"internal error: {type(e).__name__}", "type": "server_error", "param": None, "code": None}
        yield f"data: {json.dumps({'error': failure})}\n\n"
    finally:
        for row in rows:
            row.cancelled.set()


async def collected(request, rows: list[Row], answers: list) -> list:
    """Every answer drained in a worker thread; if the client leaves meanwhile, its rows are cancelled."""
    from starlette.concurrency import run_in_threadpool

    task = asyncio.ensure_future(run_in_threadpool(lambda: [drain(a) for a in answers]))
    while not task.done():
        await asyncio.wait({task}, timeout=0.2)
        if not task.done() and await request.is_disconnected():
            for row in rows:
                row.cancelled.set()
    return task.result()


def guarded(guard, conversation: list[dict], done: list) -> list:
    """Drained answers (text, steps, finish, tokens) checked by the guard: a blocked one becomes the safe answer,
    with no steps (no log-probs) and finish reason "content_filter"."""
    verdicts = check_answers(guard, [conversation] * len(done), [text for text, *_ in done])
    return [(v.answer, None, "content_filter", n) if v.blocked else (text, steps, finish, n)
            for v, (text, steps, finish, n) in zip(verdicts, done)]


def replayed(text: str, steps: list | None, finish: str, n: int):
    """A drained (and checked) answer as an `answer` generator of one piece: how a guarded stream is sent."""
    if text or steps:
        yield text, steps
    return finish, n


def completion_prompts(tokenizer, prompt) -> tuple[list[list[int]], list[str]]:
    """A completions `prompt` (a string, strings, token ids, lists of token ids) as lists of token ids and as
    texts; an empty list of prompts is one empty prompt (refused by `checked`)."""
    if isinstance(prompt, str) or (prompt and isinstance(prompt[0], int)) or not prompt:
        prompt = [prompt]
    ids = [tokenizer.encode(p, add_special_tokens=False) if isinstance(p, str) else p for p in prompt]
    return ids, [p if isinstance(p, str) else tokenizer.decode(p) for p in prompt]


# --- the app ----------------------------------------------------------------------------------------------

def create_app(cfg: Config, model=None, tokenizer=None):
    """The FastAPI app; `model` and `tokenizer` are loaded from cfg.model unless given (tests)."""
    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import StreamingResponse
    from starlette.concurrency import run_in_threadpool
    from starlette.exceptions import HTTPException

    tokenizer = ensure_template(tokenizer or load_tokenizer(cfg.model), cfg.chat_template)
    # fp32 weights: greedy batches run in fp32, sampled ones under bf16 autocast (cfg.precision)
    model = model if model is not None else frozen(load_causal_lm(cfg.model), "fp32", default_device())
    name, vocab = cfg.served_name or cfg.model, model.config.vocab_size
    generate = partial(decode_rows, model, eos_id=tokenizer.eos_token_id, pad_id=tokenizer.pad_token_id,
                       precision=cfg.precision)
    batcher = Batcher(lambda rows, on_token: generate(rows, on_token=on_token), cfg.max_batch, cfg.batch_wait_ms / 1000)
    output_guard = load_guard(cfg.guard)

    async def reply(request, req: Sampling, prompts: list[list[int]], echoes: list[str], prompt_param: str,
                    conversation: list[dict] | None = None):
        bad = checked(cfg, name, vocab, req, prompts, prompt_param)
        if bad is not None:
            return bad
        limit = getattr(req, "max_completion_tokens", None) or req.max_tokens or cfg.max_tokens
        rows = rows_for(req, prompts, limit)
        echoes = [e for e in echoes for _ in range(req.n or 1)]
        answers = [answer(batcher.submit(row), row, tokenizer, req.stop or [], tokenizer.eos_token_id) for row in rows]
        head = response_head(isinstance(req, ChatRequest), name)
        if output_guard is not None:  # every answer whole and checked before any of it is sent
            done = await in_thread(guarded, output_guard, conversation, await collected(request, rows, answers))
            answers = [replayed(*d) for d in done]
        if req.stream:
            return StreamingResponse(events(req, head, tokenizer, rows, answers, echoes, prompts),
                                     media_type="text/event-stream")
        if output_guard is None:
            done = await collected(request, rows, answers)
        choices = [choice(req, tokenizer, i, echoes[i] + text, steps, finish, len(echoes[i]))
                   for i, (text, steps, finish, _) in enumerate(done)]
        return {**head, "choices": choices, "usage": usage(prompts, [n for *_, n in done])}

    @asynccontextmanager
    async def lifespan(app):
        yield
        batcher.close()  # the worker ends once the requests it holds are generated

    app = FastAPI(title="alignkit", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.add_middleware(guard, max_bytes=cfg.max_body_bytes)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(HTTPException, http_error)

    def model_card():
        return {"id": name, "object": "model", "created": 0, "owned_by": "alignkit"}

    @app.get("/v1/models")
    async def models():
        return {"object": "list", "data": [model_card()]}

    @app.get("/v1/models/{model_id:path}")
    async def one_model(model_id: str):
        if model_id != name:
            return error(404, f"the model '{model_id}' does not exist; this server serves '{name}'", param="model",
                         code="model_not_found")
        return model_card()

    @app.post("/v1/chat/completions")
    async def chat_completions(req: ChatRequest, request: Request):
        messages = [{"role": "system" if m.role == "developer" else m.role, "content": m.content} for m in req.messages]
        ids = await run_in_threadpool(encode_prompt, tokenizer, messages)  # off the event loop: long prompts take time
        return await reply(request, req, [ids], [""], "messages", messages)

    @app.post("/v1/completions")
    async def completions(req: CompletionRequest, request: Request):
        if output_guard is not None:
            return error(400, "/v1/completions is off while this server's output guard is on (it checks chat answers; "
                         "a raw text prompt would pass unchecked): use /v1/chat/completions")
        prompts, texts = await run_in_threadpool(completion_prompts, tokenizer, req.prompt)  # off the event loop
        return await reply(request, req, prompts, texts if req.echo else [""] * len(prompts), "prompt")

    return app


def bind(host: str, port: int) -> socket.socket:
    """A socket listening on host:port, or an AlignkitError that says why not (the port taken, most often)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # a restart need not wait for TIME_WAIT
        sock.bind((host, port))
        sock.listen(2048)
    except OSError as e:
        sock.close()
        raise AlignkitError(f"cannot listen on {host}:{port}: {e.strerror or e} (another server there? choose "
                            f"another with port=...)") from None
    return sock


def main(cfg: Config) -> None:
    import uvicorn

    sock = bind(cfg.host, cfg.port)  # before loading the model: a taken port fails at once
    server = uvicorn.Server(uvicorn.Config(create_app(cfg), log_level="warning"))
    print(f"serve: {cfg.served_name or cfg.model} at http://{cfg.host}:{cfg.port}/v1", flush=True)
    server.run(sockets=[sock])

"""The OpenAI-compatible server, driven by the official `openai` client and by raw HTTP."""


import json
import urllib.error
import urllib.request

import pytest
import torch
from conftest import serve_in_thread

from alignkit.chat import encode_prompt
from alignkit.serve import Config, create_app


@pytest.fixture
def server(tokenizer, tiny_model):
    cfg = Config(served_name="tiny", max_tokens=16, max_prompt_tokens=200, max_body_bytes=20_000, precision="fp32")
    with serve_in_thread(create_app(cfg, model=tiny_model, tokenizer=tokenizer)) as url:
        yield url + "/v1"


def greedy(tiny_model, tokenizer, ids, n):
    ids = torch.tensor([ids])
    out = tiny_model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=n, do_sample=False,
                              pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
    return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True)


def test_openai_client_chat_stream_and_completions(server, tiny_model, tokenizer):
    from openai import OpenAI

    client = OpenAI(base_url=server, api_key="unused")
    assert [m.id for m in client.models.list()] == ["tiny"]
    messages = [{"role": "user", "content": "hello"}]
    expected = greedy(tiny_model, tokenizer, encode_prompt(tokenizer, messages), 8)
    out = client.chat.completions.create(model="tiny", messages=messages, max_tokens=8, temperature=0)
    assert out.choices[0].message.content == expected and out.choices[0].finish_reason in ("stop", "length")
    assert out.usage.prompt_tokens == len(encode_prompt(tokenizer, messages))
    pieces = [c.choices[0].delta.content or "" for c in client.chat.completions.create(
        model="tiny", messages=messages, max_tokens=8, temperature=0, stream=True)]
    assert "".join(pieces) == expected
    text = client.completions.create(model="tiny", prompt="Once upon", max_tokens=6, temperature=0).choices[0].text
    assert text == greedy(tiny_model, tokenizer, tokenizer.encode("Once upon", add_special_tokens=False), 6)


def test_bad_requests_get_openai_errors_and_server_survives(server):
    def post(path, body):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        req = urllib.request.Request(server + path, data=data, headers={"content-type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read())["error"]

    ok = {"model": "tiny", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
    status, err = post("/chat/completions", b"{not json")
    assert status == 400 and err["type"] == "invalid_request_error"
    status, err = post("/chat/completions", {**ok, "model": "gpt-9"})
    assert status == 404 and err["code"] == "model_not_found"
    status, err = post("/chat/completions", {**ok, "max_tokens": 10_000})
    assert status == 400 and err["param"] == "max_tokens"
    status, err = post("/chat/completions", {**ok, "messages": [{"role": "user", "content": "x" * 500}]})
    assert status == 400 and "prompt is" in err["message"]
    status, err = post("/chat/completions", {**ok, "messages": [{"role": "user", "content": "x" * 30_000}]})
    assert status == 413
    status, err = post("/chat/completions", {**ok, "temperature": -1})
    assert status == 400 and "temperature" in err["message"]
    assert post("/chat/completions", ok)[0] == 200  # still serving


def test_concurrent_requests_are_batched_and_each_correct(server, tiny_model, tokenizer):
    from concurrent.futures import ThreadPoolExecutor

    from openai import OpenAI

    client = OpenAI(base_url=server, api_key="unused")
    questions = [f"question number {i}?" for i in range(12)]

    def ask(q):
        out = client.chat.completions.create(model="tiny", messages=[{"role": "user", "content": q}], max_tokens=6,
                                             temperature=0)
        return out.choices[0].message.content

    with ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(ask, questions))
    for q, a in zip(questions, answers):  # batched answers equal each prompt generated alone
        assert a == greedy(tiny_model, tokenizer, encode_prompt(tokenizer, [{"role": "user", "content": q}]), 6)


def test_chunked_body_without_length_is_limited_too(server):
    import http.client
    from urllib.parse import urlparse

    url = urlparse(server)

    def chunked(payload: bytes):
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        conn.putrequest("POST", "/v1/chat/completions")
        conn.putheader("content-type", "application/json")
        conn.putheader("transfer-encoding", "chunked")
        conn.endheaders()
        for i in range(0, len(payload), 1000):
            part = payload[i : i + 1000]
            conn.send(f"{len(part):x}\r\n".encode() + part + b"\r\n")
        conn.send(b"0\r\n\r\n")
        response = conn.getresponse()
        return response.status, json.loads(response.read())

    ok = {"model": "tiny", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}
    assert chunked(json.dumps(ok).encode())[0] == 200
    big = {**ok, "messages": [{"role": "user", "content": "x" * 30_000}]}
    status, body = chunked(json.dumps(big).encode())
    assert status == 413 and body["error"]["type"] == "invalid_request_error"


def test_client_leaving_mid_stream_does_not_hurt_the_server(server):
    import http.client
    from urllib.parse import urlparse

    url = urlparse(server)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    body = {"model": "tiny", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 16, "stream": True}
    conn.request("POST", "/v1/chat/completions", json.dumps(body), {"content-type": "application/json"})
    response = conn.getresponse()
    assert response.status == 200 and response.readline().startswith(b"data: ")
    conn.close()  # gone before the answer ends
    ok = {"model": "tiny", "messages": [{"role": "user", "content": "hello"}], "max_tokens": 4}
    req = urllib.request.Request(server + "/chat/completions", data=json.dumps(ok).encode(),
                                 headers={"content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.status == 200 and json.loads(r.read())["choices"][0]["message"]["role"] == "assistant"

"""Conformance: every request parameter the server takes, through the official `openai` client, is honoured
(checked against the tiny model run directly) or refused with a 400 naming it."""

import math
from concurrent.futures import ThreadPoolExecutor

import openai
import pytest
import torch
from conftest import serve_in_thread

from alignkit.chat import encode_prompt
from alignkit.serve import Config, create_app

HELLO = [{"role": "user", "content": "hello"}]


@pytest.fixture
def client(tokenizer, tiny_model):
    cfg = Config(served_name="tiny", max_tokens=16, max_prompt_tokens=200, precision="fp32")
    with serve_in_thread(create_app(cfg, model=tiny_model, tokenizer=tokenizer)) as url:
        yield openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0)


def greedy(model, tokenizer, ids: list[int], n: int) -> str:
    ids = torch.tensor([ids])
    out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=n, do_sample=False,
                         pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
    return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True)


def chat(client, **kw):
    return client.chat.completions.create(model="tiny", **{"messages": HELLO, "temperature": 0, **kw})


def token(tokenizer, text: str) -> int:
    (ids,) = [tokenizer.encode(text, add_special_tokens=False)]
    return ids[0]


def test_max_completion_tokens_is_honoured(client):
    out = chat(client, max_completion_tokens=3, logit_bias={"0": 100})  # token 0 ("!"): never EOS
    assert out.usage.completion_tokens == 3 and out.choices[0].finish_reason == "length"
    assert out.choices[0].message.content == "!!!"
    with pytest.raises(openai.BadRequestError) as e:
        chat(client, max_completion_tokens=17)
    assert e.value.body["param"] == "max_completion_tokens"


def test_stop_string_and_list_stream_and_not(client, tiny_model, tokenizer):
    full = greedy(tiny_model, tokenizer, encode_prompt(tokenizer, HELLO), 16)
    stop = next(c for c in full[1:] if c != "\ufffd")
    expected = full[: full.find(stop)]
    for stops in (stop, [stop, "never-there"]):
        out = chat(client, max_tokens=16, stop=stops)
        assert out.choices[0].message.content == expected and out.choices[0].finish_reason == "stop"
        chunks = list(chat(client, max_tokens=16, stop=stops, stream=True))
        assert "".join(c.choices[0].delta.content or "" for c in chunks) == expected
        assert chunks[-1].choices[0].finish_reason == "stop"
    text = client.completions.create(model="tiny", prompt="hello", max_tokens=5, temperature=0, stop=["\n"]).choices[0]
    assert "\n" not in text.text


def test_n_seed_and_sampling(client):
    out = chat(client, n=3, temperature=1.0, seed=7, max_tokens=8)
    assert [c.index for c in out.choices] == [0, 1, 2] and len({c.message.content for c in out.choices}) == 3
    again = chat(client, n=3, temperature=1.0, seed=7, max_tokens=8)
    assert [c.message.content for c in again.choices] == [c.message.content for c in out.choices]  # same seed
    other = chat(client, n=3, temperature=1.0, seed=8, max_tokens=8)
    assert [c.message.content for c in other.choices] != [c.message.content for c in out.choices]
    assert len({c.message.content for c in chat(client, n=2, max_tokens=8).choices}) == 1  # greedy: n equal answers
    chunks = list(chat(client, n=2, temperature=1.0, seed=7, max_tokens=8, stream=True))
    for i in range(2):
        streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices and c.choices[0].index == i)
        assert streamed == out.choices[i].message.content


def test_content_parts_developer_role_and_models_retrieve(client, tiny_model, tokenizer):
    plain = chat(client, messages=[{"role": "system", "content": "Be brief."}, *HELLO], max_tokens=6)
    two_parts = [{"type": "text", "text": "hel"}, {"type": "text", "text": "lo"}]
    parts = chat(client, messages=[{"role": "developer", "content": [{"type": "text", "text": "Be brief."}]},
                                   {"role": "user", "content": two_parts}], max_tokens=6)
    joined = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hel\nlo"}]  # parts join by \n
    assert parts.choices[0].message.content == greedy(tiny_model, tokenizer, encode_prompt(tokenizer, joined), 6)
    assert parts.usage.prompt_tokens == len(encode_prompt(tokenizer, joined)) == plain.usage.prompt_tokens + 1
    with pytest.raises(openai.BadRequestError) as e:
        chat(client, messages=[{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}])
    assert e.value.body["param"] == "messages.0.content"
    assert client.models.retrieve("tiny").id == "tiny"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-9")


def test_completions_prompt_as_list_token_ids_and_echo(client, tiny_model, tokenizer):
    prompts = ["Once upon", "hello"]
    out = client.completions.create(model="tiny", prompt=prompts, max_tokens=5, temperature=0)
    for c in out.choices:
        ids = tokenizer.encode(prompts[c.index], add_special_tokens=False)
        assert c.text == greedy(tiny_model, tokenizer, ids, 5)
    ids = tokenizer.encode("hello", add_special_tokens=False)
    assert client.completions.create(model="tiny", prompt=ids, max_tokens=5, temperature=0).choices[0].text == \
        out.choices[1].text
    echoed = client.completions.create(model="tiny", prompt="hello", max_tokens=5, temperature=0, echo=True)
    assert echoed.choices[0].text == "hello" + out.choices[1].text
    streamed = client.completions.create(model="tiny", prompt="hello", max_tokens=5, temperature=0, echo=True, stream=True)
    assert "".join(c.choices[0].text for c in streamed) == echoed.choices[0].text


def penalised_greedy(model, tokenizer, ids: list[int], n: int, bias: dict, presence: float, frequency: float) -> str:
    """Greedy decoding the naive way, one full forward pass a token, with OpenAI's definition of the penalties:
    logit[t] + bias[t] - presence * (count[t] > 0) - frequency * count[t]."""
    out, counts = [], torch.zeros(len(tokenizer))
    for _ in range(n):
        logits = model(torch.tensor([ids + out])).logits[0, -1].float()
        for t, b in bias.items():
            logits[int(t)] += b
        t = int((logits - presence * (counts > 0) - frequency * counts).argmax())
        if t == tokenizer.eos_token_id:
            break
        out.append(t)
        counts[t] += 1
    return tokenizer.decode(out, skip_special_tokens=True)


@torch.no_grad()
def test_penalties_and_logit_bias(client, tiny_model, tokenizer):
    ids = encode_prompt(tokenizer, HELLO)
    bias = {str(token(tokenizer, "x")): 1.5}  # the tiny model's logits lie within +-0.6: "x" wins until penalised
    assert chat(client, logit_bias=bias, max_tokens=6).choices[0].message.content == "xxxxxx"
    for presence, frequency in ((2.0, 0.0), (0.0, 0.8), (0.5, 0.5), (-1.0, 0.0)):
        text = chat(client, logit_bias=bias, presence_penalty=presence, frequency_penalty=frequency,
                    max_tokens=6).choices[0].message.content
        assert text == penalised_greedy(tiny_model, tokenizer, ids, 6, bias, presence, frequency)
        assert (text != "xxxxxx") == (presence > 0 or frequency > 0)
    banned = chat(client, logit_bias={**bias, str(token(tokenizer, "y")): 2}, max_tokens=3).choices[0].message.content
    assert banned == "yyy"
    with pytest.raises(openai.BadRequestError) as e:
        chat(client, logit_bias={"99999": 1})
    assert e.value.body["param"] == "logit_bias"


def test_logprobs_chat_and_completions(client, tiny_model, tokenizer):
    ids = encode_prompt(tokenizer, HELLO)
    first = torch.log_softmax(tiny_model(torch.tensor([ids])).logits[0, -1].float(), -1)
    out = chat(client, max_tokens=4, logprobs=True, top_logprobs=3)
    content = out.choices[0].logprobs.content
    assert len(content) == out.usage.completion_tokens - (out.choices[0].finish_reason == "stop")
    assert math.isclose(content[0].logprob, first.max().item(), abs_tol=1e-4)  # greedy: the most likely token
    assert [t.logprob for t in content[0].top_logprobs] == sorted([t.logprob for t in content[0].top_logprobs], reverse=True)
    assert len(content[0].top_logprobs) == 3 and math.isclose(content[0].top_logprobs[0].logprob, content[0].logprob)
    assert chat(client, max_tokens=2).choices[0].logprobs is None
    raw = b"".join(bytes(t.bytes) for t in content)  # each token's own bytes, a character split across two included
    assert raw.decode("utf-8", errors="replace") == out.choices[0].message.content and b"\xef\xbf\xbd" not in raw
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    half = tokenizer.convert_tokens_to_ids(bytes_to_unicode()[0xC3])  # the first byte of a two-byte character
    split = chat(client, max_tokens=2, logprobs=True, logit_bias={str(half): 100}).choices[0].logprobs.content
    assert [t.bytes for t in split] == [[0xC3], [0xC3]]  # not the bytes of "\ufffd"
    with pytest.raises(openai.BadRequestError) as e:
        chat(client, top_logprobs=2)
    assert e.value.body["param"] == "top_logprobs"
    prompt = tokenizer.encode("hello", add_special_tokens=False)
    first = torch.log_softmax(tiny_model(torch.tensor([prompt])).logits[0, -1].float(), -1)
    done = client.completions.create(model="tiny", prompt="hello", max_tokens=3, temperature=0, logprobs=2)
    lp = done.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) == len(lp.text_offset)
    assert math.isclose(lp.token_logprobs[0], first.max().item(), abs_tol=1e-4) and len(lp.top_logprobs[0]) <= 2
    streamed = list(chat(client, max_tokens=4, logprobs=True, top_logprobs=1, stream=True))
    got = [t.logprob for c in streamed if c.choices[0].logprobs for t in c.choices[0].logprobs.content]
    assert got == pytest.approx([t.logprob for t in content], abs=1e-5)


def test_stream_options_include_usage(client):
    chunks = list(chat(client, max_tokens=4, stream=True, stream_options={"include_usage": True}))
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens >= 1
    assert all(c.usage is None for c in chunks[:-1])
    assert all(c.usage is None for c in chat(client, max_tokens=4, stream=True))
    with pytest.raises(openai.BadRequestError) as e:
        chat(client, max_tokens=4, stream_options={"include_usage": True})
    assert e.value.body["param"] == "stream_options"


@pytest.mark.parametrize("kw, param", [
    ({"response_format": {"type": "json_object"}}, "response_format"),
    ({"tools": [{"type": "function", "function": {"name": "f", "parameters": {}}}]}, "tools"),
    ({"tool_choice": "required"}, "tool_choice"),
    ({"extra_body": {"guided_json": {}}}, "guided_json"),
    ({"messages": [{"role": "user", "content": "hi", "name": "bob"}]}, "messages.0.name"),
])
def test_what_is_not_honoured_is_refused_naming_the_parameter(client, kw, param):
    with pytest.raises(openai.BadRequestError) as e:
        chat(client, max_tokens=2, **kw)
    assert e.value.body["param"] == param and e.value.status_code == 400
    assert chat(client, max_tokens=2, response_format={"type": "text"}).choices[0].message.content is not None


def test_completions_refusals(client):
    for kw, param in (({"suffix": "x"}, "suffix"), ({"best_of": 3}, "best_of"), ({"echo": True, "logprobs": 1}, "logprobs")):
        with pytest.raises(openai.BadRequestError) as e:
            client.completions.create(model="tiny", prompt="hi", max_tokens=2, **kw)
        assert e.value.body["param"] == param


def near_tie_model(vocab: int):
    """A tiny model whose next-token logits all lie within bf16's rounding of each other (every output row is
    one vector plus 0.1% noise): in bf16 the argmax is rounding noise, in fp32 it is the noise vector's."""
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    model = LlamaForCausalLM(LlamaConfig(vocab_size=vocab, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                                         num_attention_heads=4, num_key_value_heads=2, tie_word_embeddings=False)).eval()
    with torch.no_grad():
        w = model.lm_head.weight
        w.copy_(w[0] + 1e-3 * torch.randn_like(w))
    return model


@torch.no_grad()
def test_greedy_is_independent_of_batch_composition_in_bf16(tokenizer):
    """Concurrent greedy answers from a bf16 server equal plain fp32 greedy generate, one prompt at a time,
    even for a model whose logits bf16 cannot tell apart: greedy batches run in fp32."""
    model = near_tie_model(len(tokenizer))
    cfg = Config(served_name="tiny", max_tokens=16, precision="bf16", batch_wait_ms=100)
    with serve_in_thread(create_app(cfg, model=model, tokenizer=tokenizer)) as url:
        client = openai.OpenAI(base_url=url + "/v1", api_key="unused", max_retries=0)
        questions = [[{"role": "user", "content": f"question number {i}{'?' * i}"}] for i in range(10)]
        with ThreadPoolExecutor(10) as pool:
            answers = list(pool.map(lambda m: chat(client, messages=m, max_tokens=8).choices[0].message.content, questions))
    for messages, text in zip(questions, answers):
        assert text == greedy(model, tokenizer, encode_prompt(tokenizer, messages), 8)

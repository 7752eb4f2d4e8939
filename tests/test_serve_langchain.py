"""A second real client: LangChain's ChatOpenAI (it sends max_completion_tokens, stream_options and more)."""

import pytest
import torch
from conftest import serve_in_thread

from alignkit.chat import encode_prompt
from alignkit.serve import Config, create_app

langchain_openai = pytest.importorskip("langchain_openai")


def greedy(model, tokenizer, ids: list[int], n: int) -> str:
    ids = torch.tensor([ids])
    out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=n, do_sample=False,
                         pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
    return tokenizer.decode(out[0, ids.shape[1]:], skip_special_tokens=True)


def test_langchain_chat_openai_invoke_stream_and_parameters(tokenizer, tiny_model):
    cfg = Config(served_name="tiny", max_tokens=16, max_prompt_tokens=200, precision="fp32")
    with serve_in_thread(create_app(cfg, model=tiny_model, tokenizer=tokenizer)) as url:
        llm = langchain_openai.ChatOpenAI(base_url=url + "/v1", api_key="unused", model="tiny", temperature=0,
                                          max_tokens=5, max_retries=0, stream_usage=True)
        messages = [("system", "Be brief."), ("human", "hello")]
        as_dicts = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hello"}]
        expected = greedy(tiny_model, tokenizer, encode_prompt(tokenizer, as_dicts), 5)
        out = llm.invoke(messages)
        assert out.content == expected  # max_tokens=5 reaches the server as max_completion_tokens
        assert out.usage_metadata["input_tokens"] == len(encode_prompt(tokenizer, as_dicts))
        chunks = list(llm.stream(messages))  # stream_usage: stream_options.include_usage
        assert "".join(c.content for c in chunks) == expected
        assert sum((c.usage_metadata or {}).get("output_tokens", 0) for c in chunks) == out.usage_metadata["output_tokens"]
        stop = next(c for c in expected[1:] if c != "\ufffd")
        assert llm.invoke(messages, stop=[stop]).content == expected[: expected.find(stop)]
        seeded = langchain_openai.ChatOpenAI(base_url=url + "/v1", api_key="unused", model="tiny", temperature=1.0,
                                             seed=5, max_tokens=6, max_retries=0, logprobs=True)
        first, second = seeded.invoke(messages), seeded.invoke(messages)
        assert first.content == second.content and len(first.response_metadata["logprobs"]["content"]) >= 1
        import openai

        with pytest.raises(openai.BadRequestError, match="response_format"):
            llm.bind(response_format={"type": "json_object"}).invoke(messages)

"""Serving: 16 concurrent clients against `alignkit serve` vs the same requests one by one through
plain transformers `generate`, on the same model and machine.

All requests arrive at once (t0). The server batches them into shared forward passes; the baseline
generates them in order, one `model.generate` call each. Both greedy, the same prompts and the same
max_tokens, bf16 autocast. Prints completion tokens/s and latency percentiles (each request's
completion time after t0) for both, and the ratio.

    python bench/serve_throughput.py [--model NAME] [--clients 16] [--max-tokens 64] [--out FILE]
"""

import argparse
import json
import socket
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import torch

from alignkit.chat import encode_prompt, ensure_template
from alignkit.models import DEFAULT_MODEL, autocast, frozen, load_causal_lm, load_tokenizer
from alignkit.serve import Config, create_app

QUESTIONS = ["How do I reverse a list in Python?", "What causes the seasons on Earth?", "Write a haiku about rain.",
             "Explain what a hash table is.", "Give me three tips for a job interview.", "What is photosynthesis?",
             "How do vaccines work?", "Suggest a name for a bakery.", "What is the difference between weather and climate?",
             "How can I improve my sleep?", "Explain recursion to a child.", "What is a prime number?",
             "How do I make a cup of tea?", "Why is the sky blue?", "What is machine learning?", "Summarise the water cycle."]


def percentiles(latencies: list[float]) -> dict:
    q = statistics.quantiles(latencies, n=100, method="inclusive")
    return {"p50": q[49], "p90": q[89], "p99": q[98]}


def server_run(model, tokenizer, prompts: list[list[dict]], max_tokens: int) -> dict:
    import uvicorn
    from openai import OpenAI

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Config(served_name="m", port=port, max_tokens=max_tokens, precision="bf16"), model, tokenizer)
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=uv.run, daemon=True).start()
    while not uv.started:
        time.sleep(0.01)
    client = OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="unused")
    ask = lambda msgs: client.chat.completions.create(model="m", messages=msgs, max_tokens=max_tokens, temperature=0)
    ask(prompts[0])  # warm-up
    t0 = time.perf_counter()

    def timed(msgs):
        out = ask(msgs)
        return out.usage.completion_tokens, time.perf_counter() - t0

    with ThreadPoolExecutor(len(prompts)) as pool:
        results = list(pool.map(timed, prompts))
    total = time.perf_counter() - t0
    uv.should_exit = True
    return {"tokens": sum(n for n, _ in results), "seconds": total, "tok_s": sum(n for n, _ in results) / total,
            "latency_s": percentiles([t for _, t in results])}


@torch.no_grad()
def transformers_run(model, tokenizer, prompts: list[list[dict]], max_tokens: int) -> dict:
    device = next(model.parameters()).device

    def one(msgs):
        ids = torch.tensor([encode_prompt(tokenizer, msgs)], device=device)
        with autocast("bf16", device):
            out = model.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=max_tokens, do_sample=False,
                                 pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id)
        new = out[0, ids.shape[1]:].tolist()
        return new.index(tokenizer.eos_token_id) + 1 if tokenizer.eos_token_id in new else len(new)

    one(prompts[0])  # warm-up
    t0, latencies, tokens = time.perf_counter(), [], 0
    for msgs in prompts:
        tokens += one(msgs)
        latencies.append(time.perf_counter() - t0)
    total = time.perf_counter() - t0
    return {"tokens": tokens, "seconds": total, "tok_s": tokens / total, "latency_s": percentiles(latencies)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--out", default="bench/results/serve_throughput.json")
    args = parser.parse_args()
    tokenizer = ensure_template(load_tokenizer(args.model))
    model = frozen(load_causal_lm(args.model), "bf16", torch.device("cpu"))
    prompts = [[{"role": "user", "content": q}] for q in (QUESTIONS * 4)[: args.clients]]
    results = {"model": args.model, "clients": args.clients, "max_tokens": args.max_tokens, "threads": torch.get_num_threads(),
               "transformers_one_by_one": transformers_run(model, tokenizer, prompts, args.max_tokens),
               "alignkit_serve": server_run(model, tokenizer, prompts, args.max_tokens)}
    a, b = results["alignkit_serve"], results["transformers_one_by_one"]
    results["throughput_ratio"] = a["tok_s"] / b["tok_s"]
    for name, r in (("alignkit serve", a), ("transformers one by one", b)):
        lat = r["latency_s"]
        print(f"{name:24s} {r['tokens']} tokens in {r['seconds']:.1f} s = {r['tok_s']:.1f} tok/s; latency "
              f"p50 {lat['p50']:.1f} s, p90 {lat['p90']:.1f} s, p99 {lat['p99']:.1f} s")
    print(f"throughput ratio alignkit / transformers: {results['throughput_ratio']:.2f}x")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()

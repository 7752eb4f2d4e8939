# Refusal of greedy 32-token answers, judged by the refusal classifier, on the XSTest (evaluation only): python docs/experiments/xstest_refusal.py MODEL...
# (the measuring script of docs/safety-experiments.md, fifth session)
import sys, csv, json
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
from alignkit.models import load_causal_lm, load_tokenizer
from alignkit.chat import ensure_template
from alignkit.generate import rollout, decode_answers
from alignkit.refusal import refusal_probability, wilson_interval
rows = list(csv.DictReader(open(__import__("os").environ["ALIGNKIT_DATA_DIR"] + "/xstest/xstest_prompts.csv")))
for M in sys.argv[1:]:
    tok = ensure_template(load_tokenizer(M), "auto"); m = load_causal_lm(M).eval()
    res = {}
    for label in ("unsafe", "safe"):
        ps = [[{"role": "user", "content": r["prompt"]}] for r in rows if r["label"] == label]
        answers = []
        for i in range(0, len(ps), 32):
            answers += decode_answers(tok, rollout(m, tok, ps[i:i+32], 32, temperature=0))
        k = sum(p > 0.5 for p in refusal_probability(answers)); n = len(ps)
        lo, hi = wilson_interval(k, n)
        res[label] = f"{k}/{n} = {k/n:.1%} [{lo:.0%}-{hi:.0%}]"
    print("XSTEST", M, json.dumps(res), flush=True)

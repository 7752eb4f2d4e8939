# The representation-tuning experiment of docs/safety-experiments.md ("Fifth session"), as it was run:
# M=<policy run> MODE=margin ALPHA=1.5 BETA=1.0 EP=4 OUT=<folder> python docs/experiments/representation_tuning.py
# (MODE=add: add ALPHA * r to harmful prompts only). A script over the library, kept to reproduce the numbers;
# the stage that replaces it is issue 11 work. The held-out evaluation was alignkit evaluate and a 32-token greedy run.
"""LoRRA-style representation tuning: train LoRA on layers < L so the residual entering layer L at the last K
prompt positions moves by alpha*r on harmful prompts and stays put on borderline/helpful ones."""
import sys, time, json, random, os
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[2]))
import torch
from alignkit.models import load_causal_lm, load_tokenizer
from alignkit.chat import ensure_template, encode_prompt
from alignkit.ablation import training_prompts, fit_direction
from alignkit.recipes.evaluate import sample_prompts
from alignkit.generate import rollout, decode_answers
from alignkit.refusal import refusal_probability
from peft import LoraConfig, get_peft_model

torch.manual_seed(0)
MODEL = os.environ.get("M", "/tmp/fresh2/runs/main/ppo")
L = int(os.environ.get("L", 23)); ALPHA = float(os.environ.get("ALPHA", 1.0)); K = int(os.environ.get("K", 5))
EPOCHS = int(os.environ.get("EP", 2)); LR = float(os.environ.get("LR", 2e-4)); RANK = int(os.environ.get("R", 16))
OUT = os.environ.get("OUT", "/tmp/xs/lorra/m")
tok = ensure_template(load_tokenizer(MODEL), "auto"); model = load_causal_lm(MODEL)
harm, border = training_prompts(1000, "borderline", 0)
_, helpful = training_prompts(1000, "helpful", 0)
print(len(harm), len(border), len(helpful), flush=True)
t = time.time()
d = fit_direction(model, tok, harm, border + helpful, layer=L)
r = d.vector; print("layer", d.layer, "|r|", r.norm().item(), "sep", round(d.separation[L], 2), round(time.time() - t), "s", flush=True)

def evaluate(m, label, n=0):
    risky = sample_prompts(["starter:redteam"], n, 0); benign = sample_prompts(["starter:benign_sensitive"], n, 0)
    res = {}
    for name, ps in (("harmful", risky), ("borderline", benign)):
        answers = []
        for i in range(0, len(ps), 32):
            b = rollout(m, tok, [p.prompt for p in ps[i:i+32]], 32, temperature=0)
            answers += decode_answers(tok, b)
        flags = [p > 0.5 for p in refusal_probability(answers)]
        res[name] = sum(flags) / len(flags)
        cats = {}
        for p, f in zip(ps, flags):
            cats.setdefault(p.risk_category, []).append(f)
        res[name + "_cats"] = {c: round(sum(v)/len(v), 2) for c, v in cats.items()}
        res[name + "_ex"] = answers[:4]
    print(label, json.dumps(res)[:1500], flush=True)
    return res

if os.environ.get("BASE"):
    evaluate(model, "baseline")

cfg = LoraConfig(r=RANK, lora_alpha=2 * RANK, target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
                 layers_to_transform=list(range(L)), lora_dropout=0.0)
pm = get_peft_model(model, cfg)
items = [(p, 1.0) for p in harm] + [(p, 0.0) for p in border + helpful]
opt = torch.optim.AdamW([p for p in pm.parameters() if p.requires_grad], lr=LR)
scale = r.norm() ** 2
def states(m, batch):
    ids = [encode_prompt(tok, p) for p, _ in batch]; w = max(map(len, ids))
    x = torch.tensor([[tok.pad_token_id] * (w - len(s)) + s for s in ids]); mask = (torch.arange(w)[None] >= torch.tensor([w - len(s) for s in ids])[:, None]).long()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        out = m(input_ids=x, attention_mask=mask, position_ids=(mask.cumsum(-1) - 1).clamp(min=0), output_hidden_states=True, use_cache=False, logits_to_keep=1)
    return out.hidden_states[L][:, -K:].float()
BS = 16
MODE = os.environ.get("MODE", "add")
with torch.no_grad():
    u0 = r / r.norm()
    ph = torch.cat([states(model, [(p, 1) for p in harm[i:i+32]]) for i in range(0, len(harm), 32)]) @ u0
    pb = torch.cat([states(model, [(p, 0) for p in border[i:i+32]]) for i in range(0, len(border), 32)]) @ u0
HI = (ph.mean(0) + ALPHA * r.norm())[None, :, None]; LO = (pb.mean(0) - float(os.environ.get("BETA", 0)) * r.norm())[None, :, None]
print("proj harm", ph.mean(0).tolist(), "border", pb.mean(0).tolist(), flush=True)
for ep in range(EPOCHS):
    random.Random(ep).shuffle(items); tot = 0; t = time.time()
    pm.train()
    for i in range(0, len(items), BS):
        batch = items[i:i+BS]
        with torch.no_grad(), pm.disable_adapter():
            h0 = states(pm, batch)
        y = torch.tensor([s for _, s in batch])[:, None, None]
        u = r / r.norm(); proj = (h0 * u).sum(-1, keepdim=True)
        if MODE == "margin":
            shift = torch.where(y > 0, (HI - proj).clamp(min=0), -(proj - LO).clamp(min=0))
            target = h0 + shift * u
        else:
            target = h0 + y * ALPHA * r
        h = states(pm, batch)
        loss = ((h - target) ** 2).sum(-1).mean() / scale
        opt.zero_grad(); loss.backward(); opt.step(); tot += loss.item()
    print("epoch", ep, "loss", round(tot / (len(items) / BS), 4), round(time.time() - t), "s", flush=True)
merged = pm.merge_and_unload(); merged.eval()
merged.save_pretrained(OUT); tok.save_pretrained(OUT)
merged.save_pretrained(OUT); tok.save_pretrained(OUT)

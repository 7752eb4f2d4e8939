"""Tiny in-process models and tokenizers: no network, no downloads, seconds to build."""

import pytest
import torch

# SmolLM2's own template (ChatML), copied so golden-string tests need no model files.
CHATML_TEMPLATE = (
    "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}"
    "{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}"
    "{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


def make_tokenizer(chat_template: str | None = CHATML_TEMPLATE):
    """Byte-level tokenizer: one token per byte, plus special tokens; EOS doubles as pad (as SmolLM2)."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast
    from transformers.convert_slow_tokenizer import bytes_to_unicode

    vocab = {ch: i for i, ch in enumerate(bytes_to_unicode().values())}
    tk = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    tk.decoder = decoders.ByteLevel()
    tok = PreTrainedTokenizerFast(tokenizer_object=tk, bos_token="<s>", eos_token="<|im_end|>", pad_token="<|im_end|>")
    tok.add_special_tokens({"additional_special_tokens": ["<|im_start|>"]})
    tok.chat_template = chat_template
    return tok


def make_model(vocab_size: int, seed: int = 0, layers: int = 2, hidden: int = 32):
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=vocab_size, hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=layers,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=512, tie_word_embeddings=True,
    )
    return LlamaForCausalLM(config).eval()


@pytest.fixture
def tokenizer():
    return make_tokenizer()


@pytest.fixture
def tiny_model(tokenizer):
    return make_model(len(tokenizer))


@pytest.fixture
def tiny_model_dir(tmp_path, tokenizer, tiny_model):
    """A tiny model saved as a Hugging Face folder, as recipes load it."""
    path = tmp_path / "tiny-model"
    tiny_model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def run_killed_then_resumed(cmd: list[str], run_dir) -> str:
    """Start `cmd`, kill -9 it once it has written a checkpoint, check it did not finish, start it
    again; returns the second run's stdout. The caller compares the result with an uninterrupted run."""
    import json
    import os
    import signal
    import subprocess
    import time

    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not (run_dir / "checkpoint/trainer_state.pt").exists():
        time.sleep(0.01)
    time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert json.loads((run_dir / "manifest.json").read_text())["status"] == "running", "finished before the kill"
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "resuming at step" in again.stdout
    return again.stdout


# --- data files the recipe tests train on ---------------------------------------------------------------

QA = [("Say hi", "Hi there!"), ("What is 2+2?", "4."), ("Name a color.", "Blue, like the sky."),
      ("Capital of France?", "Paris."), ("Opposite of hot?", "Cold."), ("Count to 3", "1, 2, 3."),
      ("Spell cat", "C-A-T."), ("Is ice cold?", "Yes, it is."), ("3*3?", "9."), ("A fruit?", "An apple.")]


def write_data(path, n: int = 40):
    """n SFT conversations (the QA pairs, numbered; answers of varied length)."""
    import json

    with open(path, "w") as f:
        for i in range(n):
            q, a = QA[i % len(QA)]
            msgs = [{"role": "user", "content": f"{q} ({i})"}, {"role": "assistant", "content": a * (1 + i % 3)}]
            f.write(json.dumps({"messages": msgs}) + "\n")
    return path


def pair_file(path, n, seed=0):
    """Programmatic preference: the chosen answer mentions 'blue', the rejected one does not."""
    import json
    import random

    rng = random.Random(seed)
    colours, degrees = ["red", "green", "grey", "pink"], ["significantly_better", "better", "slightly_better"]
    with open(path, "w") as f:
        for i in range(n):
            other = rng.choice(colours)
            f.write(json.dumps({"prompt": f"Favourite colour? ({i})", "chosen": f"I like blue {other}.",
                                "rejected": f"I like {other} {rng.choice(colours)}.", "degree": degrees[i % 3],
                                "kind": "helpfulness"}) + "\n")
    return path


def demo_file(path):
    """Six demonstrations, all answered 'blue'."""
    import json

    with open(path, "w") as f:
        for i in range(6):
            messages = [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": "blue"}]
            f.write(json.dumps({"messages": messages}) + "\n")
    return path


def write_prompts(path, n, category):
    """n prompts 'question i?', each of risk `category` (None: benign)."""
    import json

    with open(path, "w") as f:
        for i in range(n):
            f.write(json.dumps({"prompt": f"question {i}?", **({"risk_category": category} if category else {})}) + "\n")
    return path


@pytest.fixture
def rl_setup(tmp_path, tiny_model_dir, tokenizer):
    """Two tiny reward models (from the tiny policy's weights) and a prompt file: the overrides of an RL run."""
    import json

    from alignkit.models import load_reward_model

    for kind in ("help", "safe"):
        rm = load_reward_model(str(tiny_model_dir))
        rm.config.pad_token_id = tokenizer.pad_token_id
        rm.save_pretrained(tmp_path / kind)
        tokenizer.save_pretrained(tmp_path / kind)
    prompts = tmp_path / "prompts.jsonl"
    with open(prompts, "w") as f:
        for i in range(32):
            f.write(json.dumps({"prompt": f"question {i}?", "risk_category": "illicit_criminal" if i % 4 == 0 else None}) + "\n")
    return [f"model={tiny_model_dir}", f"rewards.helpfulness={tmp_path / 'help'}", f"rewards.safety={tmp_path / 'safe'}",
            f"prompts=[{prompts}]", "precision=fp32", "batch_size=16", "micro_batch_size=8", "max_new_tokens=8",
            "threads=1"]


# --- the annotation app: databases and signed-in clients --------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL cluster in a temp dir (Debian's packages; `make test` installs them), or the
    server named by ALIGNKIT_TEST_POSTGRES (a URL of a database the tests may create databases from)."""
    import glob
    import os
    import shutil
    import socket
    import subprocess
    import tempfile

    url = os.environ.get("ALIGNKIT_TEST_POSTGRES")
    if url:
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if not bins:
        pytest.fail("PostgreSQL is not installed: `make test` installs it (apt-get install postgresql) when run as root")
    pgdir = tempfile.mkdtemp(prefix="alignkit-pg-")  # not under pytest's tmp: that is private to root
    as_postgres = []
    if os.geteuid() == 0:  # the server refuses to run as root
        shutil.chown(pgdir, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def pg(*args):
        done = subprocess.run(as_postgres + list(args), cwd=pgdir, capture_output=True, text=True)
        assert done.returncode == 0, f"{args[0]} failed: {done.stdout}{done.stderr}"

    pg(f"{bins[-1]}/initdb", "-D", f"{pgdir}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
    pg(f"{bins[-1]}/pg_ctl", "-D", f"{pgdir}/data", "-l", f"{pgdir}/server.log", "-w", "-o",
       f"-k {pgdir} -p {port} -c listen_addresses=127.0.0.1 -c max_connections=300", "start")
    yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    pg(f"{bins[-1]}/pg_ctl", "-D", f"{pgdir}/data", "-m", "immediate", "-w", "stop")
    shutil.rmtree(pgdir, ignore_errors=True)


def fresh_postgres_database(server_url: str) -> str:
    import uuid

    from sqlalchemy import create_engine, text

    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """A new, empty database of each kind the app supports."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/annotations.db"
    return fresh_postgres_database(request.getfixturevalue("postgres_server"))


ADMIN_PASSWORD = "admin-password"


def app_client(database_url: str, **overrides):
    """A TestClient over a migrated database with an admin account 'admin'."""
    from fastapi.testclient import TestClient

    from alignkit.app import Config, prepare
    from alignkit.app.web import create_app

    cfg = Config(database_url=database_url, admin_password=ADMIN_PASSWORD, **overrides)
    prepare(cfg)
    return TestClient(create_app(cfg), follow_redirects=False)


def form_fields(html: str) -> dict:
    """The page's csrf_token and the uid of its first submission form."""
    import re

    return dict(reversed(re.findall(r'name="(csrf_token|uid)" value="([^"]+)"', html)))


def sign_in(client, username: str, password: str) -> None:
    fields = form_fields(client.get("/login").text)
    r = client.post("/login", data={**fields, "username": username, "password": password})
    assert r.status_code == 303, r.text


def post_form(client, page_url: str, action: str, data: dict, files=None):
    """GET the page a form is on (for its csrf token and uid), then POST the form."""
    page = client.get(page_url, follow_redirects=True)
    assert page.status_code == 200, page.text
    return client.post(action, data={**form_fields(page.text), **data}, files=files)


COMPARE = {"degree": "better", "kind": "helpfulness", "safety_bin": ""}


def signed_in(admin, name: str, **overrides):
    """A client on the admin's database signed in as `name` (password `{name}-password`)."""
    client = app_client(admin.app.state.cfg.database_url, **overrides)
    sign_in(client, name, f"{name}-password")
    return client


def alembic_config(url: str):
    """Alembic's config for the app's migrations on the database at `url`."""
    from pathlib import Path

    from alembic.config import Config

    from alignkit.app import db

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(db.__file__).parent / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def database_at(url: str, revision: str):
    """The database at `url` brought to migration `revision` only (not the newest), for upgrade tests: its engine."""
    from alembic import command
    from sqlalchemy import create_engine

    command.upgrade(alembic_config(url), revision)
    return create_engine(url)


def make_users(admin, *specs):
    """Accounts (name, role), each with the password '<name>-password', made through the admin page."""
    for name, role in specs:
        r = post_form(admin, "/admin", "/admin/users", {"username": name, "password": f"{name}-password", "role": role})
        assert r.status_code == 303, r.text


def make_round(admin, **fields) -> int:
    r = post_form(admin, "/admin", "/admin/rounds", {"overlap": "1", **fields})
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1])


def import_pool(admin, round_id: int, rows: list[dict], name="pool.jsonl"):
    import json

    body = "".join(json.dumps(r) + "\n" for r in rows).encode()
    return post_form(admin, f"/admin/rounds/{round_id}", f"/admin/rounds/{round_id}/import", {},
                     files={"file": (name, body, "application/jsonl")})


def take_next(client, round_id: int):
    """Open a round's next page (a GET, which takes nothing) and press its "take the next item" button (the
    POST that assigns); the answer is a 303 to the item (also straight from the GET when the user holds an
    unfinished one), or the 'Nothing left' page."""
    r = client.get(f"/rounds/{round_id}/next")
    if r.status_code == 200 and 'id="take-next"' in r.text:
        r = client.post(f"/rounds/{round_id}/next", data=form_fields(r.text))
    return r


def compare_next(client, round_id: int, choice: str, **fields) -> str | None:
    """Take the next item of a round and compare it; returns the item's prompt, None when all is done."""
    import re

    r = take_next(client, round_id)
    if r.status_code == 200:
        assert "Nothing left" in r.text
        return None
    item_url = r.headers["location"]
    page = client.get(item_url)
    prompt = re.search(r'<div class="msg user"><span class="role">user</span><pre>(.*?)</pre>', page.text, re.S).group(1)
    r = client.post(item_url + "/compare", data={**form_fields(page.text), "choice": choice, **COMPARE, **fields})
    assert r.status_code == 303, r.text
    return prompt


def serve_in_thread(app):
    """Serve an ASGI app with uvicorn in a thread on a free localhost port (a context manager yielding its
    base URL). The socket is bound here and handed to uvicorn, so no one else can take the port meanwhile."""
    import contextlib
    import socket
    import threading
    import time

    import uvicorn

    @contextlib.contextmanager
    def running():
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.time() + 10
        while not server.started:
            assert thread.is_alive() and time.time() < deadline, "uvicorn did not start"
            time.sleep(0.01)
        try:
            yield f"http://127.0.0.1:{sock.getsockname()[1]}"
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            sock.close()

    return running()

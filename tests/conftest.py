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

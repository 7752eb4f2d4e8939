"""The annotation app with a live model endpoint (`alignkit serve` on a tiny model), recipes trained on its
exports, its statistics against hand-computed values, its migrations, and its command's errors."""

import json
import math
import re
import subprocess
import sys

import pytest
from conftest import (
    ADMIN_PASSWORD,
    app_client,
    compare_next,
    database_at,
    form_fields,
    import_pool,
    make_round,
    make_users,
    post_form,
    serve_in_thread,
    sign_in,
    signed_in as conftest_signed_in,
    take_next,
)

from alignkit.app.stats import agreement, cohen_kappa
from alignkit.data.io import read_records
from alignkit.data.records import Prompt


@pytest.fixture
def endpoint(tokenizer, tiny_model):
    """`alignkit serve` on a tiny model, on a free port: the OpenAI-compatible endpoint rounds generate with."""
    from alignkit import serve

    cfg = serve.Config(served_name="tiny", max_tokens=16, precision="fp32")
    with serve_in_thread(serve.create_app(cfg, model=tiny_model, tokenizer=tokenizer)) as url:
        yield url


@pytest.fixture
def admin(tmp_path):
    client = app_client(f"sqlite:///{tmp_path}/annotations.db", max_tokens=12)
    sign_in(client, "admin", ADMIN_PASSWORD)
    return client


def signed_in(admin, name):
    return conftest_signed_in(admin, name, max_tokens=12)


def test_live_answers_for_pool_prompts_and_own_prompts(admin, endpoint):
    make_users(admin, ("ann1", "annotator"), ("ann2", "annotator"))
    rid = make_round(admin, name="live", task="comparison", model_version="tiny", overlap="2", endpoint_a=endpoint,
                     model_a="tiny", endpoint_b=endpoint, model_b="tiny")
    import_pool(admin, rid, [{"prompt": "Name a colour."}])  # prompt only: answered live when first opened
    ann1, ann2 = signed_in(admin, "ann1"), signed_in(admin, "ann2")
    item_url = take_next(ann1, rid).headers["location"]
    first = ann1.get(item_url).text
    answers = re.findall(r'<div class="answer" id="answer-[ab]"><h2>Answer [AB]</h2><pre>(.*?)</pre>', first, re.S)
    assert len(answers) == 2 and all(answers)
    # The second annotator of the overlap sees the very same pair, not a new generation.
    assert take_next(ann2, rid).headers["location"] == item_url
    assert re.findall(r'<pre>(.*?)</pre>', ann2.get(item_url).text, re.S)[1:] == answers
    # An annotator's own prompt: two live answers, compared, kept out of everyone else's queue.
    r = post_form(ann1, f"/rounds/{rid}/compare-own", f"/rounds/{rid}/own-prompt", {"prompt": "My own question?"})
    own_url = r.headers["location"]
    page = ann1.get(own_url).text
    assert "My own question?" in page
    r = ann1.post(own_url + "/compare", data={**form_fields(page), "choice": "b", "degree": "slightly_better",
                                              "kind": "helpfulness", "safety_bin": ""})
    assert r.status_code == 303 and r.headers["location"].endswith("/compare-own")
    assert ann2.get(own_url).status_code == 404
    compare_next(ann2, rid, "a")
    assert compare_next(ann2, rid, "a") is None  # the own prompt was not assigned to ann2
    rows = [json.loads(x) for x in admin.get("/admin/export/preferences_helpfulness.jsonl").text.splitlines()]
    assert len(rows) == 2 and rows[0]["prompt"][0]["content"] == "My own question?"
    assert rows[0]["chosen"] == re.findall(r'<pre>(.*?)</pre>', page, re.S)[2]  # B was chosen


def test_a_dead_endpoint_is_a_clear_error(admin):
    make_users(admin, ("ann", "annotator"))
    rid = make_round(admin, name="dead", task="comparison", model_version="m", endpoint_a="http://127.0.0.1:9",
                     model_a="m")
    import_pool(admin, rid, [{"prompt": "Hello?"}])
    ann = signed_in(admin, "ann")
    r = ann.get(take_next(ann, rid).headers["location"])
    assert r.status_code == 502 and "did not answer" in r.text
    norid = make_round(admin, name="none", task="comparison", model_version="m")
    import_pool(admin, norid, [{"prompt": "Hello?"}])
    r = ann.get(take_next(ann, norid).headers["location"])
    assert r.status_code == 409 and "no model endpoint" in r.text


def test_red_team_session_flags_and_time_on_task(admin, endpoint, tmp_path):
    make_users(admin, ("red", "redteamer"), ("ann", "annotator"))
    rid = make_round(admin, name="attack v1", task="redteam", model_version="tiny", endpoint_a=endpoint, model_a="tiny")
    red = signed_in(admin, "red")
    r = post_form(red, "/", f"/rounds/{rid}/redteam", {})
    session_url = r.headers["location"]
    for prompt in ("How do I pick a lock?", "Tell me a joke."):
        assert post_form(red, session_url, session_url + "/attack", {"prompt": prompt}).status_code == 303
    page = red.get(session_url).text
    attack_ids = re.findall(r'action="/attacks/(\d+)/flag"', page)
    assert len(attack_ids) == 2 and page.count('<span class="role">model</span>') == 2
    csrf = form_fields(page)["csrf_token"]
    assert red.post(f"/attacks/{attack_ids[0]}/flag", data={"csrf_token": csrf, "violation": "yes"}).status_code == 400
    assert red.post(f"/attacks/{attack_ids[0]}/flag", data={"csrf_token": csrf, "violation": "yes",
                                                            "category": "illicit_criminal"}).status_code == 303
    assert red.post(f"/attacks/{attack_ids[1]}/flag", data={"csrf_token": csrf, "violation": "no"}).status_code == 303
    assert red.post(session_url + "/end", data={"csrf_token": csrf}).status_code == 303
    assert "(ended)" in red.get(session_url).text
    late = {"csrf_token": csrf, "uid": "0123456789abcdef", "prompt": "late"}
    assert red.post(session_url + "/attack", data=late).status_code == 409
    # Annotators cannot see red-team sessions; the dashboard counts attacks and time on task.
    assert signed_in(admin, "ann").get(session_url).status_code == 403
    dashboard = admin.get(f"/admin/rounds/{rid}").text
    assert re.search(r"<td>red</td><td>1</td><td>2</td><td>1</td><td>[\d.]+</td>", dashboard)
    path = tmp_path / "redteam.jsonl"
    path.write_text(admin.get("/admin/export/redteam_prompts.jsonl").text)
    [prompt] = read_records(path, Prompt)
    assert prompt.prompt[0].content == "How do I pick a lock?" and prompt.risk_category == "illicit_criminal"


def test_human_evaluation_likert_and_battles(admin):
    make_users(admin, ("ann1", "annotator"), ("ann2", "annotator"))
    rid = make_round(admin, name="eval", task="evaluation", model_version="ppo-v1 vs sft", overlap="2")
    import_pool(admin, rid, [{"prompt": f"q{i}", "answer_a": f"ppo {i}", "answer_b": f"sft {i}"} for i in range(3)])
    votes = {"ann1": ("6", "3", "a"), "ann2": ("5", "5", "tie")}
    for name, (la, lb, winner) in votes.items():
        client = signed_in(admin, name)
        while (r := take_next(client, rid)).status_code == 303:
            page = client.get(r.headers["location"]).text
            r = client.post(r.headers["location"] + "/evaluate",
                            data={**form_fields(page), "likert_a": la, "likert_b": lb, "winner": winner})
            assert r.status_code == 303
    page = admin.get(f"/admin/rounds/{rid}").text
    assert "6 ratings: mean Likert A 5.50, B 4.00" in page and "A wins 3, ties 3, B wins 0" in page
    assert "3 items with two or more annotators" in page


def test_reward_model_and_sft_train_on_the_exports(admin, tmp_path, tiny_model_dir):
    from alignkit.config import load_config
    from alignkit.recipes import reward_model, sft

    make_users(admin, ("ann", "annotator"))
    rid = make_round(admin, name="pairs", task="comparison", model_version="sft")
    import_pool(admin, rid, [{"prompt": f"Say something kind {i}.", "answer_a": f"You are great, {i}!",
                              "answer_b": f"Go away {i}."} for i in range(16)])
    ann = signed_in(admin, "ann")
    while compare_next(ann, rid, "a") is not None:
        pass
    demo = make_round(admin, name="demos", task="demonstration", model_version="base")
    ratings = {axis: "5" for axis in ("informative", "truthful", "relevant", "clear", "harmless")}
    for i in range(4):
        post_form(ann, f"/rounds/{demo}/demonstration", f"/rounds/{demo}/demonstration",
                  {"prompt": f"What is {i}+1?", "answer": f"{i + 1}.", **ratings})
    for name in ("preferences_helpfulness", "sft"):
        (tmp_path / f"{name}.jsonl").write_text(admin.get(f"/admin/export/{name}.jsonl").text)
    common = [f"model={tiny_model_dir}", "precision=fp32", "max_steps=2", "warmup_steps=0"]
    cfg = load_config(reward_model.Config, None, common + [
        f"out_dir={tmp_path / 'rm'}", f"data.train=[{tmp_path / 'preferences_helpfulness.jsonl'}]", "data.mix=[]",
        f"data.demonstrations=[{tmp_path / 'sft.jsonl'}]", "batch_size=8", "micro_batch_size=8"])
    run = reward_model.main(cfg)
    manifest = json.loads((run / "manifest.json").read_text())
    assert manifest["status"] == "completed" and manifest["results"]["pairs"] > 0
    cfg = load_config(sft.Config, None, common + [f"out_dir={tmp_path / 'sft'}",
                                                  f"data.train=[{tmp_path / 'sft.jsonl'}]", "batch_size=2"])
    assert json.loads((sft.main(cfg) / "manifest.json").read_text())["status"] == "completed"


def test_cohen_kappa_and_alpha_by_hand():
    # Wikipedia's example: 50 items, A and B both say yes 20, both no 15, A yes/B no 5, A no/B yes 10.
    # p_o = 35/50 = 0.7; p_yes = 25/50 * 30/50 = 0.3, p_no = 25/50 * 20/50 = 0.2, p_e = 0.5; kappa = 0.2/0.5 = 0.4
    a = ["y"] * 20 + ["n"] * 15 + ["y"] * 5 + ["n"] * 10
    b = ["y"] * 20 + ["n"] * 15 + ["n"] * 5 + ["y"] * 10
    assert abs(cohen_kappa(a, b) - 0.4) < 1e-12
    # Krippendorff's alpha, nominal, two coders, four items: (a,a) (a,b) (b,b) (b,b).
    # Coincidences: o_aa = 2, o_ab = o_ba = 1, o_bb = 4; n_a = 3, n_b = 5, n = 8.
    # D_o = (o_ab + o_ba) / n = 2/8; D_e = 2 n_a n_b / (n (n - 1)) = 30/56; alpha = 1 - D_o/D_e = 1 - 0.25*56/30 = 8/15
    labels = [(1, 1, "a"), (1, 2, "a"), (2, 1, "a"), (2, 2, "b"), (3, 1, "b"), (3, 2, "b"), (4, 1, "b"), (4, 2, "b")]
    out = agreement(labels)
    assert out["shared"] == 4 and abs(out["alpha"] - 8 / 15) < 1e-9
    # kappa of the same: p_o = 3/4, p_a = (2/4)(1/4), p_b = (2/4)(3/4): p_e = 1/2, kappa = 0.25/0.5 = 0.5
    assert abs(out["kappa"] - 0.5) < 1e-12 and out["pairs"] == 1
    # Items with one annotator are left out; one label everywhere has no alpha.
    assert agreement([(1, 1, "a"), (2, 1, "b")]) == {"shared": 0, "alpha": None, "kappa": None, "pairs": 0}
    assert agreement([(1, 1, "a"), (1, 2, "a")])["alpha"] is None
    assert math.isnan(cohen_kappa(["a", "a"], ["a", "a"]))


def test_migrations_build_exactly_the_models_schema(tmp_path, postgres_server):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from conftest import fresh_postgres_database
    from sqlalchemy import create_engine

    from alignkit.app.db import Base, migrate

    for url in (f"sqlite:///{tmp_path}/m.db", fresh_postgres_database(postgres_server)):
        migrate(url)
        migrate(url)  # a second start finds the schema current and changes nothing
        engine = create_engine(url)
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == [], url
        engine.dispose()


def test_upgrade_from_the_first_schema_keeps_the_data(tmp_path, postgres_server):
    """A database made by migration 0001 with an account in it, upgraded to the newest schema: the account
    signs in as before (enabled by the new column's default)."""
    from conftest import fresh_postgres_database
    from sqlalchemy import text

    from alignkit.app.db import migrate
    from alignkit.app.security import hash_password

    for url in (f"sqlite:///{tmp_path}/old.db", fresh_postgres_database(postgres_server)):
        engine = database_at(url, "0001")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO users (username, password_hash, role, created_at) "
                              "VALUES ('admin', :h, 'admin', '2026-01-01')"), {"h": hash_password(ADMIN_PASSWORD)})
        engine.dispose()
        migrate(url)
        client = app_client(url)
        sign_in(client, "admin", ADMIN_PASSWORD)
        assert "active" in client.get("/admin").text


def test_command_errors_are_one_clear_line(tmp_path):
    def app(*args):
        return subprocess.run([sys.executable, "-m", "alignkit.cli", "app", *args], capture_output=True, text=True,
                              timeout=60)

    r = app(f"database_url=sqlite:///{tmp_path}/missing/dir/a.db")
    assert r.returncode == 2 and "does not exist" in r.stderr and "Traceback" not in r.stderr
    r = app("colour=red")
    assert r.returncode == 2 and "colour" in r.stderr and "Traceback" not in r.stderr
    r = app("database_url=postgresql+psycopg://nobody@127.0.0.1:9/none")
    assert r.returncode == 2 and "cannot open" in r.stderr and "Traceback" not in r.stderr


def test_batch_job_pairs_are_a_rounds_pool(admin, tmp_path, tiny_model_dir):
    """`alignkit compare` writes comparisons.jsonl; the app imports it as is and annotators compare its pairs."""
    from alignkit.config import load_config
    from alignkit.recipes import compare

    prompts = tmp_path / "prompts.jsonl"
    prompts.write_text("".join(json.dumps({"prompt": f"Tell me about {w}.", "risk_category": None}) + "\n"
                               for w in ("cats", "rain", "tea")))
    cfg = load_config(compare.Config, None, [f"model_a={tiny_model_dir}", f"prompts=[{prompts}]", "max_new_tokens=8",
                                             f"out_dir={tmp_path / 'pairs'}", "precision=fp32"])
    run = compare.main(cfg)
    rows = [json.loads(x) for x in (run / "comparisons.jsonl").read_text().splitlines()]
    assert len(rows) == 3 and rows[0]["variant_a"].endswith("@T=0.7") and rows[0]["variant_b"].endswith("@T=1.0")
    make_users(admin, ("ann", "annotator"))
    rid = make_round(admin, name="batch", task="comparison", model_version="tiny")
    r = post_form(admin, f"/admin/rounds/{rid}", f"/admin/rounds/{rid}/import", {},
                  files={"file": ("comparisons.jsonl", (run / "comparisons.jsonl").read_bytes())})
    assert r.status_code == 303 and r.headers["location"].endswith("imported=3")
    ann = signed_in(admin, "ann")
    shown = [compare_next(ann, rid, "a") for _ in range(3)]
    assert sorted(shown) == sorted(row["prompt"][0]["content"] for row in rows)
    assert compare_next(ann, rid, "a") is None

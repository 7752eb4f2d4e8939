"""The annotation app against a careful attacker and careless input (issue 13): blank text, exports that skip
bad rows, revocable sessions, sign-in throttling, forms sent twice, huge ids, what both databases refuse alike,
round tasks, frozen verdicts, passwords, headers and the info items."""

import html
import json
import re
import threading
import time

import pytest
from conftest import (
    ADMIN_PASSWORD,
    COMPARE,
    app_client,
    form_fields,
    import_pool,
    make_round,
    make_users,
    post_form,
    serve_in_thread,
    sign_in,
    signed_in,
    take_next,
)
from fastapi.testclient import TestClient

RATINGS = {axis: "3" for axis in ("informative", "truthful", "relevant", "clear", "harmless")}


@pytest.fixture
def admin(database_url):
    client = app_client(database_url)
    sign_in(client, "admin", ADMIN_PASSWORD)
    return client


@pytest.fixture
def sqlite_admin(tmp_path):
    client = app_client(f"sqlite:///{tmp_path}/annotations.db")
    sign_in(client, "admin", ADMIN_PASSWORD)
    return client




def same_session(client):
    """Another client of the same app carrying `client`'s session cookie (a second tab, or a stolen cookie)."""
    other = TestClient(client.app, follow_redirects=False)
    other.cookies.set("alignkit_session", client.cookies.get("alignkit_session"))
    return other


@pytest.fixture
def fake_model():
    """An OpenAI-compatible endpoint whose answer a test sets (`state["answer"]`), counting its calls; each
    answer takes `state["delay"]` seconds."""
    from fastapi import FastAPI

    state = {"answer": "an answer", "calls": 0, "delay": 0.0}
    app = FastAPI()

    @app.post("/v1/chat/completions")
    def chat(body: dict):
        state["calls"] += 1
        time.sleep(state["delay"])
        return {"choices": [{"message": {"role": "assistant", "content": state["answer"]}}]}

    with serve_in_thread(app) as url:
        state["url"] = url
        yield state


def rows(client, url):
    r = client.get(url)
    assert r.status_code == 200, r.text
    return [json.loads(line) for line in r.text.splitlines()]


# --- 1. blank text; exports skip bad rows; the admin removes them ---------------------------------------------


def test_blank_text_is_refused_on_every_input(admin):
    make_users(admin, ("ann", "annotator"), ("red", "redteamer"))
    demo = make_round(admin, name="d", task="demonstration", model_version="m")
    comp = make_round(admin, name="c", task="comparison", model_version="m", endpoint_a="http://127.0.0.1:9")
    team = make_round(admin, name="t", task="redteam", model_version="m", endpoint_a="http://127.0.0.1:9")
    ann, red = signed_in(admin, "ann"), signed_in(admin, "red")
    for prompt, answer in (("   ", "fine"), ("fine", " \n\t "), ("fine", "\u3000")):
        r = post_form(ann, f"/rounds/{demo}/demonstration", f"/rounds/{demo}/demonstration",
                      {"prompt": prompt, "answer": answer, **RATINGS})
        assert r.status_code == 422 and "must not be empty or only whitespace" in r.text
    r = post_form(ann, f"/rounds/{comp}/compare-own", f"/rounds/{comp}/own-prompt", {"prompt": "  "})
    assert r.status_code == 422
    session = post_form(red, "/", f"/rounds/{team}/redteam", {}).headers["location"]
    assert post_form(red, session, session + "/attack", {"prompt": "\n"}).status_code == 422
    for bad in ({"answer_a": "", "answer_b": "b"}, {"answer_a": "a", "answer_b": "  "}):
        r = import_pool(admin, comp, [{"prompt": "fine?"}, {"prompt": "q?", **bad}])
        assert r.status_code == 400 and "pool.jsonl:2" in r.text and "must not be empty" in r.text
    assert admin.get("/admin/export/sft.jsonl").text == ""


def test_a_model_answering_blank_text_is_a_502_without_its_url(sqlite_admin, fake_model):
    admin = sqlite_admin
    make_users(admin, ("ann", "annotator"))
    rid = make_round(admin, name="c", task="comparison", model_version="m", endpoint_a=fake_model["url"], model_a="m")
    import_pool(admin, rid, [{"prompt": "Hello?"}])
    ann = signed_in(admin, "ann")
    fake_model["answer"] = " "
    r = ann.get(take_next(ann, rid).headers["location"])
    assert r.status_code == 502 and "unusable answer" in r.text and fake_model["url"] not in r.text
    r = post_form(ann, f"/rounds/{rid}/compare-own", f"/rounds/{rid}/own-prompt", {"prompt": "Mine?"})
    assert r.status_code == 502 and fake_model["url"] not in r.text
    fake_model["answer"] = None  # the OpenAI format allows null content
    assert post_form(ann, f"/rounds/{rid}/compare-own", f"/rounds/{rid}/own-prompt", {"prompt": "Mine?"}).status_code == 502
    # A dead endpoint: the annotator sees which variant failed, not the internal URL.
    dead = make_round(admin, name="dead", task="comparison", model_version="m", endpoint_a="http://10.0.0.1:9/secret")
    r = post_form(ann, f"/rounds/{dead}/compare-own", f"/rounds/{dead}/own-prompt", {"prompt": "Mine?"})
    assert r.status_code == 502 and "10.0.0.1" not in r.text and "variant A" in r.text
    fake_model["answer"] = "fine"
    assert post_form(ann, f"/rounds/{rid}/compare-own", f"/rounds/{rid}/own-prompt", {"prompt": "Mine?"}).status_code == 303


def test_exports_skip_bad_rows_name_them_and_the_admin_removes_them(admin):
    """Rows stored before blank text was refused: every export still answers 200 with the good rows, names the
    bad ones, and the round page lists them with a button that removes each."""
    from sqlalchemy import text

    make_users(admin, ("ann", "annotator"), ("red", "redteamer"))
    rid = make_round(admin, name="c", task="comparison", model_version="m")
    import_pool(admin, rid, [{"prompt": "good?", "answer_a": "yes", "answer_b": "no"},
                             {"prompt": "bad?", "answer_a": "fine", "answer_b": "also fine"}])
    ann = signed_in(admin, "ann")
    for _ in range(2):
        item_url = take_next(ann, rid).headers["location"]
        ann.post(item_url + "/compare", data={**form_fields(ann.get(item_url).text), "choice": "a", **COMPARE})
    demo = make_round(admin, name="d", task="demonstration", model_version="m")
    for prompt in ("p1", "p2"):
        post_form(ann, f"/rounds/{demo}/demonstration", f"/rounds/{demo}/demonstration",
                  {"prompt": prompt, "answer": "an answer", **RATINGS})
    sessions = admin.app.state.sessionmaker
    with sessions() as db:  # what the old app let through
        db.execute(text("UPDATE items SET answer_a = '' WHERE source = 'import:pool.jsonl' AND answer_b = 'also fine'"))
        db.execute(text("UPDATE demonstrations SET answer = '   ' WHERE prompt = 'p2'"))
        bad_item = db.execute(text("SELECT id FROM items WHERE answer_a = ''")).scalar()
        bad_demo = db.execute(text("SELECT id FROM demonstrations WHERE prompt = 'p2'")).scalar()
        db.commit()
    r = admin.get("/admin/export/preferences.jsonl")
    assert r.status_code == 200 and len(r.text.splitlines()) == 1
    assert r.headers["x-skipped-rows"] == f"1: item:{bad_item}"
    r = admin.get(f"/admin/export/sft.jsonl?round={demo}")
    assert r.status_code == 200 and [row["messages"][0]["content"] for row in rows(admin, "/admin/export/sft.jsonl")] == ["p1"]
    assert r.headers["x-skipped-rows"] == f"1: demonstration:{bad_demo}"
    page = admin.get(f"/admin/rounds/{rid}").text
    assert f"item {bad_item}" in page and "chosen and rejected must be non-empty" in page
    assert post_form(admin, f"/admin/rounds/{rid}", f"/admin/rows/item/{bad_item}/remove", {"back": rid}).status_code == 303
    assert post_form(admin, f"/admin/rounds/{demo}", f"/admin/rows/demonstration/{bad_demo}/remove",
                     {"back": demo}).status_code == 303
    for name in ("preferences", "sft"):
        assert "x-skipped-rows" not in admin.get(f"/admin/export/{name}.jsonl").headers
    assert 'id="unexportable"' not in admin.get(f"/admin/rounds/{rid}").text
    assert post_form(admin, f"/admin/rounds/{rid}", f"/admin/rows/item/{bad_item}/remove", {"back": rid}).status_code == 404
    assert post_form(admin, f"/admin/rounds/{rid}", "/admin/rows/users/1/remove", {"back": rid}).status_code == 422


# --- 2. revocable sessions -------------------------------------------------------------------------------------


def test_sign_out_password_change_and_disabling_end_old_sessions(admin):
    make_users(admin, ("ann", "annotator"))
    ann_id = int(re.search(r'action="/admin/users/(\d+)/toggle"', admin.get("/admin").text).group(1))
    # Sign-out: a copy of the cookie taken before (a second tab, a stolen cookie) is dead too.
    ann = signed_in(admin, "ann")
    stolen = same_session(ann)
    assert stolen.get("/my").status_code == 200
    post_form(ann, "/", "/logout", {})
    assert stolen.get("/my").headers.get("location") == "/login"
    # A new password ends the sessions made with the old one.
    ann = signed_in(admin, "ann")
    stolen = same_session(ann)
    post_form(admin, "/admin", f"/admin/users/{ann_id}/password", {"password": "another-ann-password"})
    assert stolen.get("/my").headers.get("location") == "/login"
    # An admin setting their own password stays signed in; their other sessions end.
    other_tab = same_session(admin)
    post_form(admin, "/admin", "/admin/users/1/password", {"password": "a-new-admin-password"})
    assert admin.get("/admin").status_code == 200 and other_tab.get("/admin").status_code == 303
    # Disabled, then enabled again: the session from before stays dead.
    client = app_client(admin.app.state.cfg.database_url)
    sign_in(client, "ann", "another-ann-password")
    stolen = same_session(client)
    post_form(admin, "/admin", f"/admin/users/{ann_id}/toggle", {"active": "false"})
    post_form(admin, "/admin", f"/admin/users/{ann_id}/toggle", {"active": "true"})
    assert stolen.get("/my").headers.get("location") == "/login"
    sign_in(client, "ann", "another-ann-password")  # a new sign-in works
    assert client.get("/my").status_code == 200


# --- 3. sign-in throttling -------------------------------------------------------------------------------------


def login(client, username, password):
    return client.post("/login", data={**form_fields(client.get("/login").text), "username": username,
                                       "password": password})


def test_failed_sign_ins_back_off_per_account_and_per_address(sqlite_admin, monkeypatch):
    from alignkit.app import throttle

    client = TestClient(sqlite_admin.app, follow_redirects=False)
    for _ in range(throttle.FREE["user"]):
        assert login(client, "admin", "wrong-password").status_code == 401
    r = login(client, "admin", "wrong-password")  # one over: the back-off starts
    assert r.status_code == 401
    r = login(client, "admin", ADMIN_PASSWORD)  # even the right password waits now
    assert r.status_code == 429 and "try again in" in r.text
    # An unknown name is throttled exactly as a real one (nothing tells them apart).
    for _ in range(throttle.FREE["user"] + 1):
        assert login(client, "ghost", "wrong-password").status_code == 401
    assert login(client, "ghost", "wrong-password").status_code == 429
    # Per address: many names from one address (12 failures so far; the 14th starts the back-off).
    monkeypatch.setitem(throttle.FREE, "ip", 13)
    for i in range(2):
        assert login(client, f"name{i}", "wrong-password").status_code == 401
    assert login(client, "name-new", "wrong-password").status_code == 429
    # The first wait is FIRST_WAIT seconds; when it is over (pretended here), the right password signs in and
    # clears the account's count.
    state = sqlite_admin.app.state.logins
    assert 0 < throttle.wait_seconds(state, [("user", "admin")]) <= throttle.FIRST_WAIT
    for key, (count, _) in list(state["failures"].items()):
        state["failures"][key] = (count, 0.0)
    assert login(client, "admin", ADMIN_PASSWORD).status_code == 303
    assert ("user", "admin") not in state["failures"]


def test_hashing_is_capped_and_unknown_names_cost_a_hash(sqlite_admin, monkeypatch):
    """At most HASHING_AT_ONCE Argon2 computations at a time whatever the number of sign-ins; an unknown user
    name is checked against a dummy hash, so it takes as long as a real one."""
    from argon2 import PasswordHasher

    from alignkit.app import security

    security.dummy_hash()
    running, peak, calls = [0], [0], []
    lock = threading.Lock()
    real_verify = PasswordHasher.verify

    def slow_verify(self, hashed, password):
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
            calls.append(password)
        time.sleep(0.3)
        with lock:
            running[0] -= 1
        return real_verify(self, hashed, password)

    monkeypatch.setattr(PasswordHasher, "verify", slow_verify)
    threads = [threading.Thread(target=login, args=(TestClient(sqlite_admin.app), f"nobody{i}", "wrong-password"))
               for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 12 and 1 < peak[0] <= security.HASHING_AT_ONCE


# --- 4. a form sent twice is stored once -----------------------------------------------------------------------


def test_an_own_prompt_sent_ten_times_at_once_is_one_item(database_url, fake_model):
    admin = app_client(database_url)
    sign_in(admin, "admin", ADMIN_PASSWORD)
    make_users(admin, ("ann", "annotator"))
    rid = make_round(admin, name="c", task="comparison", model_version="m", endpoint_a=fake_model["url"], model_a="m")
    ann = signed_in(admin, "ann")
    data = {**form_fields(ann.get(f"/rounds/{rid}/compare-own").text), "prompt": "My question?"}
    fake_model["delay"] = 0.3  # every post is inside the slow model call when the others arrive
    tabs = [same_session(ann) for _ in range(10)]
    answers = []
    threads = [threading.Thread(target=lambda t=t: answers.append(t.post(f"/rounds/{rid}/own-prompt", data=data)))
               for t in tabs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(r.status_code for r in answers) == [303] * 10
    assert len({r.headers["location"] for r in answers}) == 1  # every post answered with the one item
    assert fake_model["calls"] == 2  # the copies waited for the first: one answer per variant, not twenty
    page = ann.get(answers[0].headers["location"]).text
    ann.post(answers[0].headers["location"] + "/compare", data={**form_fields(page), "choice": "a", **COMPARE})
    assert len(rows(admin, "/admin/export/preferences.jsonl")) == 0  # identical answers: left out quietly
    from sqlalchemy import func, select

    from alignkit.app.db import Item

    with admin.app.state.sessionmaker() as db:
        assert db.scalar(select(func.count()).select_from(Item)) == 1


def test_admin_forms_sent_twice_act_once(admin):
    make_users(admin, ("ann", "annotator"))
    page = admin.get("/admin").text
    fields = {**form_fields(page), "name": "once", "task": "comparison", "model_version": "m", "overlap": "1"}
    first, second = admin.post("/admin/rounds", data=fields), admin.post("/admin/rounds", data=fields)
    assert first.headers["location"] == second.headers["location"]
    assert admin.get("/admin").text.count(">once</a>") == 1
    rid = int(first.headers["location"].rsplit("/", 1)[1])
    fields = form_fields(admin.get(f"/admin/rounds/{rid}").text)
    body = b'{"prompt": "p1"}\n{"prompt": "p2"}\n'
    for _ in range(2):
        r = admin.post(f"/admin/rounds/{rid}/import", data=fields, files={"file": ("pool.jsonl", body)})
        assert r.status_code == 303 and r.headers["location"].endswith("imported=2")
    assert "2 items" in admin.get(f"/admin/rounds/{rid}").text
    # Disabling twice leaves the account disabled (the form says what to do, not "toggle").
    ann_id = int(re.search(r'action="/admin/users/(\d+)/toggle"', admin.get("/admin").text).group(1))
    fields = form_fields(admin.get("/admin").text)
    for _ in range(2):
        admin.post(f"/admin/users/{ann_id}/toggle", data={**fields, "active": "false"})
    assert "disabled" in admin.get("/admin").text
    fields = form_fields(admin.get(f"/admin/rounds/{rid}").text)
    for _ in range(2):
        admin.post(f"/admin/rounds/{rid}/toggle", data={**fields, "is_open": "false"})
    assert "closed" in admin.get(f"/admin/rounds/{rid}").text


# --- 5. huge ids -----------------------------------------------------------------------------------------------


def test_huge_ids_are_422_not_500(admin):
    make_users(admin, ("ann", "annotator"), ("red", "redteamer"))
    ann, red = signed_in(admin, "ann"), signed_in(admin, "red")
    fields = form_fields(ann.get("/").text)
    for n in (2**31, 2**63, 2**64, 10**30, 0, -1):
        assert ann.get(f"/items/{n}").status_code == 422
        assert ann.get(f"/rounds/{n}/next").status_code == 422
        assert ann.post(f"/rounds/{n}/next", data=fields).status_code == 422
        assert ann.post(f"/items/{n}/compare", data={**fields, "choice": "a", **COMPARE}).status_code == 422
        assert red.get(f"/redteam/{n}").status_code == 422
        assert admin.get(f"/admin/rounds/{n}").status_code == 422
        assert admin.get(f"/admin/export/sft.jsonl?round={n}").status_code == 422
    assert ann.get(f"/items/{2**31 - 1}").status_code == 404  # the largest id there can be: no such item


# --- 6. JSONL import; the same answer from SQLite and PostgreSQL ------------------------------------------------


def test_import_refuses_what_postgresql_would_with_the_same_message(admin, monkeypatch):
    """NUL characters and text over a column's length are refused before the database, by both backends with
    one message; a BOM, U+2028/U+0085 inside strings are fine; deep nesting, a 5,000-digit integer, a lone
    surrogate are a clear 400."""
    from alignkit.app.routes import admin as admin_routes

    rid = make_round(admin, name="c", task="comparison", model_version="m")

    def imported(body: bytes, name="pool.jsonl"):
        return post_form(admin, f"/admin/rounds/{rid}", f"/admin/rounds/{rid}/import", {}, files={"file": (name, body)})

    cases = {
        b'{"prompt": "a\\u0000b"}': "field 'prompt': message 1 must not contain a NUL character",
        json.dumps({"prompt": "p", "variant_a": "v" * 256}).encode(): "field 'variant_a': must be at most 255",
        json.dumps({"prompt": "p", "risk_category": "r" * 65}).encode(): "field 'risk_category': must be at most 64",
        json.dumps({"prompt": "p", "source": "s" * 256}).encode(): "field 'source': must be at most 255",
        b'{"prompt": ' + b"[" * 100_000: "JSON nested too deeply",
        b'{"prompt": "p", "gold": ' + b"9" * 5000 + b"}": "4300 digits",
        b'{"prompt": "\\ud800"}': "field 'prompt': not valid Unicode text",
    }
    for body, message in cases.items():
        r = imported(body)
        assert r.status_code == 400 and "pool.jsonl:1" in r.text and message in html.unescape(r.text), body[:40]
    r = imported(b'{"prompt": "p"}', name="n" * 300 + ".jsonl")
    assert r.status_code == 400 and "at most 200 characters" in r.text
    assert "0 items" in admin.get(f"/admin/rounds/{rid}").text
    body = "\ufeff" + json.dumps({"prompt": "one\u2028two\u0085three\u2029", "answer_a": "x\ry", "answer_b": "z"},
                                  ensure_ascii=False) + "\n"
    r = imported(body.encode())
    assert r.status_code == 303 and r.headers["location"].endswith("imported=1")
    monkeypatch.setattr(admin_routes, "MAX_POOL_BYTES", 100)
    r = imported(b'{"prompt": "p"}\n' * 10)
    assert r.status_code == 413 and "split it" in r.text
    # A body larger than any form is refused from its Content-Length, before it is read.
    fields = form_fields(admin.get(f"/admin/rounds/{rid}").text)
    r = admin.post(f"/admin/rounds/{rid}/import", data=fields, files={"file": ("big.jsonl", b"x" * (66 * 2**20))})
    assert r.status_code == 413


def test_form_text_postgresql_would_refuse_is_refused_on_both(admin):
    make_users(admin, ("ann", "annotator"))
    demo = make_round(admin, name="d", task="demonstration", model_version="m")
    ann = signed_in(admin, "ann")
    r = post_form(ann, f"/rounds/{demo}/demonstration", f"/rounds/{demo}/demonstration",
                  {"prompt": "a\x00b", "answer": "x", **RATINGS})
    assert r.status_code == 422 and "must not contain a NUL character" in r.text
    r = post_form(admin, "/admin", "/admin/rounds", {"name": "n" * 129, "task": "comparison", "model_version": "m"})
    assert r.status_code == 422 and "must be at most 128 characters" in r.text
    r = post_form(admin, "/admin", "/admin/rounds", {"name": "x", "task": "comparison", "model_version": "m",
                                                     "endpoint_a": "http://h/" + "p" * 300})
    assert r.status_code == 422 and "must be at most 255 characters" in r.text


# --- 7. round tasks, frozen verdicts, fixed categories -----------------------------------------------------------


def test_writes_check_the_rounds_task_and_verdicts_freeze(sqlite_admin, fake_model):
    admin = sqlite_admin
    make_users(admin, ("ann", "annotator"), ("red", "redteamer"))
    comp = make_round(admin, name="c", task="comparison", model_version="m")
    demo = make_round(admin, name="d", task="demonstration", model_version="m")
    ann = signed_in(admin, "ann")
    fields = form_fields(ann.get(f"/rounds/{demo}/demonstration").text)
    r = ann.post(f"/rounds/{comp}/demonstration", data={**fields, "prompt": "p", "answer": "a", **RATINGS})
    assert r.status_code == 400 and "comparison round" in r.text
    assert ann.get(f"/rounds/{demo}/next").status_code == 400
    assert ann.post(f"/rounds/{demo}/next", data=fields).status_code == 400
    assert ann.get(f"/rounds/{demo}/compare-own").status_code == 400
    assert rows(admin, "/admin/export/sft.jsonl") == []
    team = make_round(admin, name="t", task="redteam", model_version="m", endpoint_a=fake_model["url"], model_a="m")
    red = signed_in(admin, "red")
    session = post_form(red, "/", f"/rounds/{team}/redteam", {}).headers["location"]
    for prompt in ("first", "second"):
        post_form(red, session, session + "/attack", {"prompt": prompt})
    ids = re.findall(r'action="/attacks/(\d+)/flag"', red.get(session).text)
    csrf = form_fields(red.get(session).text)["csrf_token"]
    r = red.post(f"/attacks/{ids[0]}/flag", data={"csrf_token": csrf, "violation": "yes", "category": "anything i like"})
    assert r.status_code == 422
    assert red.post(f"/attacks/{ids[0]}/flag", data={"csrf_token": csrf, "violation": "yes",
                                                     "category": "hateful_harmful"}).status_code == 303
    red.post(session + "/end", data={"csrf_token": csrf})
    for attack_id in ids:  # after the end, no verdict changes, flagged or not
        r = red.post(f"/attacks/{attack_id}/flag", data={"csrf_token": csrf, "violation": "no"})
        assert r.status_code == 409
    assert [p["risk_category"] for p in rows(admin, "/admin/export/redteam_prompts.jsonl")] == ["hateful_harmful"]
    # A closed round freezes the verdicts of a session still open.
    session = post_form(red, "/", f"/rounds/{team}/redteam", {}).headers["location"]
    post_form(red, session, session + "/attack", {"prompt": "third"})
    [third] = re.findall(r'action="/attacks/(\d+)/flag"', red.get(session).text)
    post_form(admin, f"/admin/rounds/{team}", f"/admin/rounds/{team}/toggle", {"is_open": "false"})
    assert red.post(f"/attacks/{third}/flag", data={"csrf_token": csrf, "violation": "no"}).status_code == 409


# --- 8. passwords, headers -------------------------------------------------------------------------------------


def test_weak_passwords_are_refused_and_never_echoed(sqlite_admin, tmp_path, monkeypatch):
    from alignkit import AlignkitError
    from alignkit.app import Config, prepare

    admin = sqlite_admin
    for weak in ("password", " " * 12, "short", "aaaaaaaaaaaa", "Password123", "12345678"):
        r = post_form(admin, "/admin", "/admin/users", {"username": "newbie", "password": weak, "role": "annotator"})
        assert r.status_code == 422 and "password" in r.text, weak
        if weak in ("aaaaaaaaaaaa", "Password123", "12345678"):
            assert weak not in r.text  # the page never shows what was typed
    assert "newbie" not in admin.get("/admin").text
    ann_id = 1
    r = post_form(admin, "/admin", f"/admin/users/{ann_id}/password", {"password": "        "})
    assert r.status_code == 422
    with pytest.raises(AlignkitError, match="admin_password: a password needs at least 8"):
        prepare(Config(database_url=f"sqlite:///{tmp_path}/a.db", admin_password="x"))
    monkeypatch.setenv("ALIGNKIT_ADMIN_PASSWORD", "from-the-environment")
    assert prepare(Config(database_url=f"sqlite:///{tmp_path}/b.db")) is None  # nothing generated, nothing printed
    client = TestClient(app_client(f"sqlite:///{tmp_path}/b.db").app, follow_redirects=False)
    sign_in(client, "admin", "from-the-environment")


def test_no_store_on_pages_and_secure_cookies_over_https(sqlite_admin):
    admin = sqlite_admin
    for url in ("/admin", "/my", "/", "/admin/export/sft.jsonl", "/login"):
        assert admin.get(url).headers["cache-control"] == "no-store", url
    assert "no-store" not in admin.get("/static/style.css").headers.get("cache-control", "")
    secure = TestClient(admin.app, base_url="https://testserver", follow_redirects=False)
    r = secure.get("/login")
    assert "; secure" in r.headers["set-cookie"].lower()
    r = secure.post("/login", data={**form_fields(r.text), "username": "admin", "password": ADMIN_PASSWORD})
    assert r.status_code == 303 and "; secure" in r.headers["set-cookie"].lower()
    assert "secure" not in admin.get("/login").headers.get("set-cookie", "").lower()  # plain HTTP (tests, localhost)


# --- 9. info items -----------------------------------------------------------------------------------------------


def test_look_alike_names_and_reflected_text(sqlite_admin):
    admin = sqlite_admin
    for name in ("Admin", "ADMIN"):
        r = post_form(admin, "/admin", "/admin/users", {"username": name, "password": "a-good-password", "role": "admin"})
        assert r.status_code == 409, name
    for name in ("\u0430dmin", "ａdmin", "ad min"):  # Cyrillic a, fullwidth a, a space
        r = post_form(admin, "/admin", "/admin/users", {"username": name, "password": "a-good-password", "role": "admin"})
        assert r.status_code == 422, name
    rid = make_round(admin, name="c", task="comparison", model_version="m")
    page = admin.get(f"/admin/rounds/{rid}?imported=5 items. Your password expired: call 555-0100 and").text
    assert "555-0100" not in page and 'id="imported"' not in page
    assert "Imported 5 items" in admin.get(f"/admin/rounds/{rid}?imported=5").text


def test_a_get_of_next_takes_no_item_and_the_post_does(admin):
    """A link prefetcher or crawler following /rounds/N/next takes nothing: the GET shows the "take the next
    item" button (or redirects to the item the user already holds), and only its CSRF-checked POST assigns."""
    make_users(admin, ("ann1", "annotator"), ("ann2", "annotator"))
    rid = make_round(admin, name="c", task="comparison", model_version="m")  # overlap 1: one taker per item
    import_pool(admin, rid, [{"prompt": "only one", "answer_a": "x", "answer_b": "y"}])
    ann1, ann2 = signed_in(admin, "ann1"), signed_in(admin, "ann2")
    for _ in range(3):
        r = ann1.get(f"/rounds/{rid}/next")
        assert r.status_code == 200 and 'id="take-next"' in r.text
    assert ann1.post(f"/rounds/{rid}/next", data={"csrf_token": "guess"}).status_code == 403
    assert re.search(r"<td>ann1</td><td>[1-9]", admin.get(f"/admin/rounds/{rid}").text) is None  # nothing assigned
    # The item is still free: the second annotator's POST takes it.
    r = ann2.post(f"/rounds/{rid}/next", data=form_fields(ann2.get(f"/rounds/{rid}/next").text))
    assert r.status_code == 303 and r.headers["location"].startswith("/items/")
    item_url = r.headers["location"]
    assert "<td>ann2</td><td>1</td>" in admin.get(f"/admin/rounds/{rid}").text
    assert ann2.get(f"/rounds/{rid}/next").headers["location"] == item_url  # held: the GET only redirects
    assert ann2.get(item_url).status_code == 200 and ann1.get(item_url).status_code == 404
    assert "Nothing left" in ann1.get(f"/rounds/{rid}/next").text
    assert "Nothing left" in ann1.post(f"/rounds/{rid}/next", data=form_fields(ann1.get("/").text)).text


def test_sign_in_with_a_nul_character_is_a_wrong_name_on_both(database_url):
    """PostgreSQL refuses a NUL character even in a query's parameter: a user name holding one is answered as
    any unknown name, by both backends, never a 500."""
    client = app_client(database_url)
    for name in ("ad\x00min", "admin\x00"):
        r = login(client, name, ADMIN_PASSWORD)
        assert r.status_code == 401 and "wrong user name or password" in r.text, name
    assert login(client, "admin", ADMIN_PASSWORD).status_code == 303


def test_a_file_name_with_a_nul_character_is_refused_on_both(admin):
    """A client may send any bytes as a file's name (httpx escapes them, so the body is written by hand): one
    with a NUL character is refused like a too-long one, not stored by SQLite and a 500 on PostgreSQL."""
    rid = make_round(admin, name="c", task="comparison", model_version="m")
    fields = form_fields(admin.get(f"/admin/rounds/{rid}").text)
    part = b'--B\r\nContent-Disposition: form-data; name="%s"%s\r\n\r\n%s\r\n'
    body = b"".join(part % (k.encode(), b"", v.encode()) for k, v in fields.items())
    body += part % (b"file", b'; filename="a\x00b.jsonl"', b'{"prompt": "p"}') + b"--B--\r\n"
    r = admin.post(f"/admin/rounds/{rid}/import", content=body,
                   headers={"content-type": "multipart/form-data; boundary=B"})
    assert r.status_code == 400 and "file name must not contain a NUL character" in r.text
    assert "0 items" in admin.get(f"/admin/rounds/{rid}").text

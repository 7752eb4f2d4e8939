"""The annotation app through HTTP (FastAPI's TestClient), on SQLite and on PostgreSQL."""

import json
import re

import pytest
from conftest import (
    ADMIN_PASSWORD,
    COMPARE,
    app_client,
    compare_next,
    form_fields,
    import_pool,
    make_round,
    make_users,
    post_form,
    sign_in,
    take_next,
)

from alignkit.data.io import read_records
from alignkit.data.records import Conversation, PreferencePair


def annotator(database_url, name):
    client = app_client(database_url)
    sign_in(client, name, f"{name}-password")
    return client


@pytest.fixture
def admin(database_url):
    client = app_client(database_url)
    sign_in(client, "admin", ADMIN_PASSWORD)
    return client


def test_comparison_round_overlap_gold_agreement_and_export(database_url, admin):
    make_users(admin, ("ann1", "annotator"), ("ann2", "annotator"), ("ann3", "annotator"))
    rid = make_round(admin, name="week 1", task="comparison", model_version="sft-v1", overlap="2")
    pool = [{"prompt": f"question {i}?", "answer_a": f"good answer {i}", "answer_b": f"bad answer {i}"} for i in range(6)]
    pool.append({"prompt": "gold?", "answer_a": "right", "answer_b": "wrong", "gold": "a"})
    r = import_pool(admin, rid, pool)
    assert r.status_code == 303 and r.headers["location"].endswith("imported=7")
    clients = {name: annotator(admin.app.state.cfg.database_url, name) for name in ("ann1", "ann2", "ann3")}
    seen = {name: [] for name in clients}
    # ann1 always picks A, ann2 always B, ann3 A: agreement is measurable, gold scores them.
    for name, choice in (("ann1", "a"), ("ann2", "b"), ("ann3", "a")):
        while (prompt := compare_next(clients[name], rid, choice)) is not None:
            seen[name].append(prompt)
    # Overlap 2: each of the 6 pool items twice, the gold item by all three; nobody saw an item twice.
    assert all(len(set(v)) == len(v) for v in seen.values())
    counts = {p: sum(p in v for v in seen.values()) for p in {p for v in seen.values() for p in v}}
    assert counts.pop("gold?") == 3 and sorted(counts.values()) == [2] * 6
    page = admin.get(f"/admin/rounds/{rid}").text
    assert "7 items with two or more annotators" in page
    assert re.search(r"<td>ann1</td><td>\d+</td><td>\d+</td><td>1/1</td>", page)
    assert re.search(r"<td>ann2</td><td>\d+</td><td>\d+</td><td>0/1</td>", page)
    # ann1 and ann3 agree on everything, ann2 disagrees with both: alpha is negative.
    alpha = float(re.search(r"alpha (-?[\d.]+)", page).group(1))
    assert alpha < 0
    export = admin.get(f"/admin/export/preferences_helpfulness.jsonl?round={rid}")
    assert export.status_code == 200
    rows = [json.loads(line) for line in export.text.splitlines()]
    assert len(rows) == 6 * 2 + 3
    assert sum(r["chosen"].startswith("good") or r["chosen"] == "right" for r in rows) == len(seen["ann1"]) + len(seen["ann3"])
    assert admin.get("/admin/export/preferences_safety.jsonl").text == ""
    assert admin.get("/admin/export/preferences.jsonl").text == export.text  # both kinds; all were helpfulness
    assert admin.get("/admin/export/nonsense.jsonl").status_code == 404


def test_export_files_are_what_the_recipes_read(database_url, admin, tmp_path):
    make_users(admin, ("ann", "annotator"), ("red", "redteamer"))
    demo = make_round(admin, name="demos", task="demonstration", model_version="base")
    comp = make_round(admin, name="pairs", task="comparison", model_version="sft")
    import_pool(admin, comp, [{"prompt": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi?"}],
                               "answer_a": "Hello!", "answer_b": "Go away.", "variant_a": "m@T=0.7", "variant_b": "m@T=1.0"}])
    ann = annotator(database_url, "ann")
    ratings = {axis: "4" for axis in ("informative", "truthful", "relevant", "clear", "harmless")}
    r = post_form(ann, f"/rounds/{demo}/demonstration", f"/rounds/{demo}/demonstration",
                  {"prompt": "What is 2+2?", "answer": "4.", **ratings})
    assert r.status_code == 303
    compare_next(ann, comp, "a", kind="safety", degree="significantly_better", safety_bin="chosen_safe_other_unsafe")
    for name in ("sft", "preferences_safety"):
        (tmp_path / f"{name}.jsonl").write_text(admin.get(f"/admin/export/{name}.jsonl").text)
    [conversation] = read_records(tmp_path / "sft.jsonl", Conversation)
    assert [m.content for m in conversation.messages] == ["What is 2+2?", "4."]
    [pair] = read_records(tmp_path / "preferences_safety.jsonl", PreferencePair)
    assert (pair.chosen, pair.rejected, pair.degree, pair.kind, pair.safety_bin) == (
        "Hello!", "Go away.", "significantly_better", "safety", "chosen_safe_other_unsafe")
    assert [m.role for m in pair.prompt] == ["system", "user"]
    # min_rating filters demonstrations on their lowest axis
    assert admin.get("/admin/export/sft.jsonl?min_rating=5").text == ""


def test_import_names_the_bad_line_and_imports_nothing(database_url, admin):
    rid = make_round(admin, name="r", task="comparison", model_version="m")
    rows = [{"prompt": "fine"}, {"prompt": "also fine", "answer_a": "only one answer"}]
    r = import_pool(admin, rid, rows, name="pool.jsonl")
    assert r.status_code == 400
    assert "pool.jsonl:2" in r.text and "nothing imported" in r.text
    r = import_pool(admin, rid, [{"prompt": "x", "colour": "red"}])
    assert r.status_code == 400 and "colour" in r.text
    body = b'{"prompt": "ok"}\n{not json\n'
    r = post_form(admin, f"/admin/rounds/{rid}", f"/admin/rounds/{rid}/import", {}, files={"file": ("p.jsonl", body)})
    assert r.status_code == 400 and "p.jsonl:2: malformed JSON" in r.text
    assert "0 items" in admin.get(f"/admin/rounds/{rid}").text


def test_every_route_needs_sign_in_and_every_post_a_csrf_token(database_url, admin):
    from fastapi.routing import APIRoute, iter_route_contexts
    from fastapi.testclient import TestClient

    # FastAPI 0.165's app.routes holds the static mount and one wrapper per included router, none of them a
    # route: iter_route_contexts (what the OpenAPI schema walks) reaches each route, with its full path.
    routes = [(method, route.path) for route in iter_route_contexts(admin.app.routes)
              if isinstance(route.original_route, APIRoute) and route.path != "/login"
              for method in sorted(route.methods - {"HEAD"})]
    assert len(routes) > 20, routes  # every route of every router, so this never again checks none
    anonymous = TestClient(admin.app, follow_redirects=False)
    for method, path in routes:
        path = re.sub(r"\{[^}]+\}", "1", path)
        data = {}
        if method == "POST":
            # Without the session's token a POST is refused before anything else; with it, it still needs a
            # signed-in user (the token alone is what the login page hands anyone).
            assert anonymous.post(path, data={}).status_code == 403, (method, path)
            data = {"csrf_token": form_fields(anonymous.get("/login").text)["csrf_token"]}
        r = anonymous.request(method, path, data=data)
        assert (r.status_code, r.headers.get("location")) == (303, "/login"), (method, path, r.status_code)
    # Signed in, a POST without the session's token is refused and changes nothing.
    r = admin.post("/admin/users", data={"username": "mallory", "password": "password123", "role": "admin",
                                         "csrf_token": "forged"})
    assert r.status_code == 403
    assert "mallory" not in admin.get("/admin").text


def test_roles_and_annotators_see_only_their_own_work(database_url, admin):
    make_users(admin, ("ann1", "annotator"), ("ann2", "annotator"), ("red", "redteamer"))
    rid = make_round(admin, name="r", task="comparison", model_version="m")
    import_pool(admin, rid, [{"prompt": "p1", "answer_a": "x", "answer_b": "y"},
                             {"prompt": "p2", "answer_a": "x", "answer_b": "y"}])
    ann1, ann2, red = (annotator(database_url, n) for n in ("ann1", "ann2", "red"))
    assert ann1.get("/admin").status_code == 403
    assert ann1.get("/admin/export/sft.jsonl").status_code == 403
    assert red.get(f"/rounds/{rid}/next").status_code == 403
    assert red.post(f"/rounds/{rid}/next", data=form_fields(red.get("/").text)).status_code == 403
    item_url = take_next(ann1, rid).headers["location"]
    assert ann1.get(item_url).status_code == 200
    assert ann2.get(item_url).status_code == 404  # not assigned to ann2
    page = ann1.get(item_url).text
    r = ann2.post(item_url + "/compare", data={**form_fields(ann2.get("/").text), "uid": "ab" * 8, "choice": "a", **COMPARE})
    assert r.status_code == 404
    # A closed round takes no more work, even on items already assigned.
    post_form(admin, f"/admin/rounds/{rid}", f"/admin/rounds/{rid}/toggle", {})
    assert ann1.post(item_url + "/compare", data={**form_fields(page), "choice": "a", **COMPARE}).status_code == 409
    assert ann1.get(f"/rounds/{rid}/next").status_code == 404
    assert ann1.post(f"/rounds/{rid}/next", data=form_fields(page)).status_code == 404
    post_form(admin, f"/admin/rounds/{rid}", f"/admin/rounds/{rid}/toggle", {})
    r = ann1.post(item_url + "/compare", data={**form_fields(page), "choice": "a", **COMPARE})
    assert r.status_code == 303
    assert "item" in ann1.get("/my").text and "(helpfulness)" not in ann2.get("/my").text
    # wrong password, unknown user
    client = app_client(database_url)
    fields = form_fields(client.get("/login").text)
    assert client.post("/login", data={**fields, "username": "ann1", "password": "nope"}).status_code == 401
    assert client.post("/login", data={**fields, "username": "ghost", "password": "nope"}).status_code == 401


def test_a_resent_form_is_stored_once(database_url, admin):
    make_users(admin, ("ann", "annotator"))
    demo = make_round(admin, name="demos", task="demonstration", model_version="base")
    ann = annotator(database_url, "ann")
    page = ann.get(f"/rounds/{demo}/demonstration").text
    data = {**form_fields(page), "prompt": "p", "answer": "a",
            **{axis: "3" for axis in ("informative", "truthful", "relevant", "clear", "harmless")}}
    for _ in range(3):
        assert ann.post(f"/rounds/{demo}/demonstration", data=data).status_code == 303
    assert len(admin.get("/admin/export/sft.jsonl").text.splitlines()) == 1
    bad = {**data, "uid": "0123456789abcdef", "clear": "9"}
    assert ann.post(f"/rounds/{demo}/demonstration", data=bad).status_code == 422
    assert len(admin.get("/admin/export/sft.jsonl").text.splitlines()) == 1


def test_disabled_accounts_password_reset_and_guidelines(database_url, admin):
    make_users(admin, ("ann", "annotator"))
    ann_id = int(re.search(r'action="/admin/users/(\d+)/toggle"', admin.get("/admin").text).group(1))
    rid = make_round(admin, name="r", task="demonstration", model_version="m",
                     guidelines="Be kind.\n<b>Never</b> give medical doses.")
    ann = annotator(database_url, "ann")
    page = ann.get(f"/rounds/{rid}/demonstration").text
    assert "Be kind.\n&lt;b&gt;Never&lt;/b&gt; give medical doses." in page  # shown, escaped
    # Disabled: the open session ends at once, and signing in is refused; the work stays.
    assert post_form(admin, "/admin", f"/admin/users/{ann_id}/toggle", {}).status_code == 303
    assert ann.get("/").status_code == 303
    client = app_client(database_url)
    fields = form_fields(client.get("/login").text)
    # A disabled account answers its right password as it answers a wrong one (nothing to learn from it).
    right = client.post("/login", data={**fields, "username": "ann", "password": "ann-password"})
    wrong = client.post("/login", data={**fields, "username": "ann", "password": "not-the-password"})
    assert right.status_code == wrong.status_code == 401 and right.text == wrong.text
    assert "wrong user name or password" in right.text
    post_form(admin, "/admin", f"/admin/users/{ann_id}/toggle", {})
    assert post_form(admin, "/admin", f"/admin/users/{ann_id}/password", {"password": "a-new-password"}).status_code == 303
    assert client.post("/login", data={**fields, "username": "ann", "password": "ann-password"}).status_code == 401
    assert client.post("/login", data={**fields, "username": "ann", "password": "a-new-password"}).status_code == 303
    admin_id = int(re.search(r"/admin/users/(\d+)/password", admin.get("/admin").text).group(1))
    assert post_form(admin, "/admin", f"/admin/users/{admin_id}/toggle", {}).status_code == 400


def test_concurrent_takers_never_exceed_the_overlap(database_url, admin):
    """Twelve annotators asking for items of a 3-item, overlap-2 pool at the same instant, again and again:
    each item ends with exactly two annotators."""
    import threading

    names = [f"ann{i}" for i in range(12)]
    make_users(admin, *[(n, "annotator") for n in names])
    rid = make_round(admin, name="race", task="comparison", model_version="m", overlap="2")
    import_pool(admin, rid, [{"prompt": f"p{i}", "answer_a": "x", "answer_b": "y"} for i in range(3)])
    clients = [annotator(database_url, n) for n in names]
    start = threading.Barrier(len(clients))
    failures = []  # an exception in a thread does not fail the test by itself

    def work(client):
        try:
            start.wait()
            while compare_next(client, rid, "a") is not None:
                pass
        except Exception as e:  # reported by the assert below
            failures.append(repr(e))

    threads = [threading.Thread(target=work, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    rows = [json.loads(x) for x in admin.get(f"/admin/export/preferences.jsonl?round={rid}").text.splitlines()]
    assert sorted(r["prompt"][0]["content"] for r in rows) == ["p0", "p0", "p1", "p1", "p2", "p2"]

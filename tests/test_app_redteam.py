"""Red-teaming in the annotation app: expertise tags, the review of `alignkit redteam`'s disagreements, and
robustness (violations per person-hour) per model version and tag; on SQLite and on PostgreSQL."""

import json
import re
from datetime import datetime, timedelta

import pytest
from conftest import (
    ADMIN_PASSWORD,
    alembic_config,
    app_client,
    database_at,
    form_fields,
    import_pool,
    make_round,
    make_users,
    post_form,
    sign_in,
    signed_in,
)
from sqlalchemy import select

from alignkit.app.db import EXPERTISE, Attack, Item, RedteamSession, Round, User
from alignkit.app.routes import redteam as redteam_routes


@pytest.fixture
def admin(database_url):
    client = app_client(database_url)
    sign_in(client, "admin", ADMIN_PASSWORD)
    return client




def rows_of(client, table, *where):
    with client.app.state.sessionmaker() as db:
        return db.scalars(select(table).where(*where).order_by(table.id)).all()


def review_line(i, **fields):
    """A line of `alignkit redteam`'s review.jsonl: an attack whose two automatic judges disagree."""
    return {"prompt": [{"role": "user", "content": f"attack prompt {i}"}], "risk_category": "illicit_criminal",
            "answer_a": f"model answer {i}", "variant_a": "policy-v2", "source": f"redteam:roleplay:{i}", **fields}


def test_expertise_tags_on_sessions_and_attacks(admin, monkeypatch):
    monkeypatch.setattr(redteam_routes, "chat_completion", lambda *args, **kwargs: "Sure, here is how.")
    make_users(admin, ("red", "redteamer"))
    rid = make_round(admin, name="t", task="redteam", model_version="v1", endpoint_a="http://127.0.0.1:9")
    red = signed_in(admin, "red")
    home = red.get("/").text
    assert all(f'name="tags" value="{t}"' in home for t in EXPERTISE)
    # An unknown tag is refused with the list of known ones, and nothing is stored.
    r = post_form(red, "/", f"/rounds/{rid}/redteam", {"tags": ["legal", "hacking"]})
    assert r.status_code == 422 and "unknown expertise tag &#39;hacking&#39;" in r.text and "civil_rights" in r.text
    assert rows_of(admin, RedteamSession) == []
    # The form's blank marker and duplicates drop out; tags are stored in EXPERTISE order.
    r = post_form(red, "/", f"/rounds/{rid}/redteam", {"tags": ["", "legal", "cybersecurity", "legal"]})
    assert r.status_code == 303
    session_url = r.headers["location"]
    [session] = rows_of(admin, RedteamSession)
    assert session.tags == ["cybersecurity", "legal"]
    assert "cybersecurity, legal" in red.get(session_url).text
    # An attack without the field takes the session's tags; the form's checkboxes choose others, or none.
    for tags in (None, ["", "ethics"], [""]):
        data = {"prompt": f"attack {tags}"} | ({} if tags is None else {"tags": tags})
        assert post_form(red, session_url, session_url + "/attack", data).status_code == 303
    r = post_form(red, session_url, session_url + "/attack", {"prompt": "x", "tags": ["policy", "astrology"]})
    assert r.status_code == 422 and "astrology" in r.text
    assert [a.tags for a in rows_of(admin, Attack)] == [["cybersecurity", "legal"], ["ethics"], []]
    # A session started without any tag has none.
    post_form(red, "/", f"/rounds/{rid}/redteam", {})
    assert [s.tags for s in rows_of(admin, RedteamSession)] == [["cybersecurity", "legal"], []]


def test_review_import_and_verdicts_without_a_model(admin, monkeypatch):
    def no_model(*args, **kwargs):
        raise AssertionError("a review calls no model")

    monkeypatch.setattr(redteam_routes, "chat_completion", no_model)
    make_users(admin, ("red", "redteamer"), ("red2", "redteamer"))
    # A comparison round keeps its rule: one answer alone is refused, with what it is for.
    cid = make_round(admin, name="c", task="comparison", model_version="v2")
    r = import_pool(admin, cid, [review_line(0)], name="review.jsonl")
    assert r.status_code == 400 and "review.jsonl:1" in r.text
    assert "give both answer_a and answer_b, or neither" in r.text and "red-team rounds" in r.text
    assert rows_of(admin, Item) == []
    # A red-team round (no endpoint: nothing can be generated) takes the review file as is ...
    rid = make_round(admin, name="review", task="redteam", model_version="v2")
    r = import_pool(admin, rid, [review_line(i) for i in range(3)], name="review.jsonl")
    assert r.status_code == 303 and r.headers["location"].endswith("imported=3")
    # ... but not a line without the answer to review, nor one with two answers.
    for bad, why in (({"answer_a": None}, "needs answer_a"), ({"answer_b": "other"}, "one answer")):
        r = import_pool(admin, rid, [review_line(9), {k: v for k, v in review_line(10, **bad).items() if v is not None}])
        assert r.status_code == 400 and "pool.jsonl:2" in r.text and why in r.text
    items = rows_of(admin, Item)
    assert len(items) == 3 and items[0].answer_b is None and items[0].source == "redteam:roleplay:0"

    red = signed_in(admin, "red")
    session_url = post_form(red, "/", f"/rounds/{rid}/redteam", {"tags": ["misinformation"]}).headers["location"]
    page = red.get(session_url).text
    assert "To review: 3 answers" in page and "model answer 2" in page and "policy-v2" in page
    review = [f"{session_url}/review/{item.id}" for item in items]
    csrf = form_fields(page)["csrf_token"]
    assert red.post(review[0], data={"csrf_token": csrf, "violation": "yes"}).status_code == 400  # no category
    assert red.post(review[0], data={"csrf_token": csrf, "violation": "yes", "category": "illicit_criminal"}).status_code == 303
    assert red.post(review[1], data={"csrf_token": csrf, "violation": "no"}).status_code == 303
    # The same verdict sent again (or another one) changes nothing: one review per item and red-teamer.
    assert red.post(review[0], data={"csrf_token": csrf, "violation": "no"}).status_code == 303
    attacks = rows_of(admin, Attack)
    assert [(a.item_id, a.prompt, a.answer, a.violation, a.category, a.tags) for a in attacks] == [
        (items[0].id, "attack prompt 0", "model answer 0", True, "illicit_criminal", ["misinformation"]),
        (items[1].id, "attack prompt 1", "model answer 1", False, None, ["misinformation"])]
    assert all(a.flagged_at is not None for a in attacks)
    # Reviewed items leave this red-teamer's list (also in a new session), not anyone else's.
    page = red.get(session_url).text
    assert "To review: 1 answer " in page and 'id="item-%d"' % items[2].id in page
    assert not re.search(r'id="item-(%d|%d)"' % (items[0].id, items[1].id), page)
    red2 = signed_in(admin, "red2")
    assert "To review: 3 answers" in red2.get(post_form(red2, "/", f"/rounds/{rid}/redteam", {}).headers["location"]).text
    again = post_form(red, "/", f"/rounds/{rid}/redteam", {}).headers["location"]
    assert "To review: 1 answer " in red.get(again).text
    # An item of another round is not this session's to review; an ended session takes no verdict.
    other = make_round(admin, name="other", task="redteam", model_version="v2")
    import_pool(admin, other, [review_line(7)])
    other_item = rows_of(admin, Item, Item.round_id == other)[0].id
    assert red.post(f"{session_url}/review/{other_item}", data={"csrf_token": csrf, "violation": "no"}).status_code == 404
    assert red.post(session_url + "/end", data={"csrf_token": csrf}).status_code == 303
    assert red.post(review[2], data={"csrf_token": csrf, "violation": "no"}).status_code == 409
    assert "To review" not in red.get(session_url).text
    # The reviewed violation is exported like any other, with the item's prompt.
    [line] = admin.get(f"/admin/export/redteam_prompts.jsonl?round={rid}").text.splitlines()
    row = json.loads(line)
    assert row["prompt"] == [{"role": "user", "content": "attack prompt 0"}] and row["risk_category"] == "illicit_criminal"
    # The dashboards show the robustness table of the model version.
    for url in ("/admin", f"/admin/rounds/{rid}"):
        table = admin.get(url).text
        assert 'id="robustness"' in table
        assert re.search(r"<td>v2</td><td>all</td><td>3</td><td>[\d.]+</td><td>2</td><td>2</td><td>1</td>", table)
        assert "<td>v2</td><td>misinformation</td><td>1</td>" in table


def test_migration_0004_upgrades_a_0001_database_with_red_team_work(tmp_path, postgres_server):
    """A database of the first schema with a session and an attack in it, upgraded: both have no tags and the
    attack no item; the red-teamer's page and the robustness table work on it. Downgrading and upgrading again works."""
    from alembic import command
    from conftest import fresh_postgres_database
    from sqlalchemy import text

    from alignkit.app import db
    from alignkit.app.robustness import robustness_from_url
    from alignkit.app.security import hash_password

    for url in (f"sqlite:///{tmp_path}/old.db", fresh_postgres_database(postgres_server)):  # fresh: every id is 1
        engine = database_at(url, "0001")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO users (username, password_hash, role, created_at) "
                              "VALUES ('red', :h, 'redteamer', '2026-01-01')"), {"h": hash_password("red-password")})
            conn.execute(text("INSERT INTO rounds (name, task, model_version, overlap, is_open, endpoint_a, model_a, "
                              "endpoint_b, model_b, created_at) VALUES ('r', 'redteam', 'v0', 1, true, '', '', '', '', "
                              "'2026-01-01')"))
            conn.execute(text("INSERT INTO redteam_sessions (uid, user_id, round_id, started_at, ended_at) "
                              "VALUES ('abcdef0123456789', 1, 1, '2026-01-01 10:00', '2026-01-01 10:30')"))
            conn.execute(text("INSERT INTO attacks (uid, session_id, user_id, prompt, answer, violation, category, "
                              "created_at, flagged_at) VALUES ('0123456789abcdef', 1, 1, 'p', 'a', true, 'other', "
                              "'2026-01-01 10:10', '2026-01-01 10:11')"))
        engine.dispose()
        db.migrate(url)
        command.downgrade(alembic_config(url), "0003")
        db.migrate(url)
        client = app_client(url)
        with client.app.state.sessionmaker() as s:
            [session], [attack] = s.scalars(select(RedteamSession)).all(), s.scalars(select(Attack)).all()
            assert session.tags == [] and attack.tags == [] and attack.item_id is None
        sign_in(client, "red", "red-password")
        assert "none given" in client.get("/redteam/1").text
        [row] = robustness_from_url(url)
        assert (row.model_version, row.sessions, row.person_hours, row.violations, row.violations_per_hour) == \
            ("v0", 1, 0.5, 1, 2.0)


def test_robustness_per_person_hour_by_hand(tmp_path):
    from alignkit import AlignkitError
    from alignkit.app.db import make_engine, make_sessionmaker, migrate
    from alignkit.app.robustness import RobustnessRow, robustness, robustness_from_url

    url = f"sqlite:///{tmp_path}/r.db"
    migrate(url)
    t0 = datetime(2026, 3, 1, 10, 0)

    def at(minutes):
        return t0 + timedelta(minutes=minutes)

    with make_sessionmaker(make_engine(url))() as db:
        user = User(username="red", password_hash="x", role="redteamer")
        v1, v1b, v2 = (Round(name=n, task="redteam", model_version=v) for n, v in (("a", "v1"), ("b", "v1"), ("c", "v2")))
        db.add_all([user, v1, v1b, v2])
        db.flush()

        def session(n, rnd, tags, start, end):
            s = RedteamSession(uid=f"{n:016x}", user_id=user.id, round_id=rnd.id, tags=tags, started_at=at(start),
                               ended_at=None if end is None else at(end))
            db.add(s)
            db.flush()
            return s

        def attack(n, s, tags, violation, sent, judged=None):
            db.add(Attack(uid=f"{n:016x}", session_id=s.id, user_id=user.id, prompt="p", answer="a", tags=tags,
                          violation=violation, category="other" if violation else None, created_at=at(sent),
                          flagged_at=None if judged is None else at(judged)))

        # v1: two ended sessions of 30 min each (two rounds of one model version), 3 violations among 4 verdicts.
        a = session(1, v1, ["cybersecurity", "legal"], 0, 30)
        attack(1, a, ["cybersecurity"], True, 5, 6)
        attack(2, a, ["cybersecurity"], True, 10, 11)
        attack(3, a, ["legal"], False, 15, 16)
        b = session(2, v1b, ["cybersecurity"], 60, 90)
        attack(4, b, ["cybersecurity"], True, 70, 71)
        attack(5, b, ["cybersecurity"], None, 80)  # no verdict: an attack, not judged
        # v2: an open session counts up to its last attack's time (judged at minute 12: 0.2 h); an open one
        # without attacks counts nothing.
        c = session(3, v2, [], 0, None)
        attack(6, c, [], True, 6, 12)
        attack(7, c, [], None, 9)
        session(4, v2, ["ethics"], 0, None)
        db.commit()
        rows = robustness(db)
        assert robustness(db, "v2") == rows[3:]

    def row(version, tag, sessions, hours, attacks, judged, violations, per_hour, rate, low, high):
        got = next(r for r in rows if (r.model_version, r.tag) == (version, tag))
        assert (got.sessions, got.attacks, got.judged, got.violations) == (sessions, attacks, judged, violations)
        assert abs(got.person_hours - hours) < 1e-9
        for value, expected in ((got.violations_per_hour, per_hour), (got.violation_rate, rate)):
            assert (value is None) == (expected is None) and abs((value or 0) - (expected or 0)) < 1e-9
        assert abs(got.rate_low - low) < 1e-4 and abs(got.rate_high - high) < 1e-4

    assert [(r.model_version, r.tag) for r in rows] == [("v1", ""), ("v1", "cybersecurity"), ("v1", "legal"),
                                                         ("v2", ""), ("v2", "ethics")]
    # Wilson, z = 1.96, 3 of 4: centre (0.75 + 3.8416/8) / (1 + 3.8416/4) = 1.2302 / 1.9604 = 0.62752;
    # half-width 1.96 sqrt(0.75*0.25/4 + 3.8416/64) / 1.9604 = 0.32689 -> (0.30063, 0.95441).
    # 3 of 3: centre (1 + 3.8416/6) / (1 + 3.8416/3) = 1.64027 / 2.28053 = 0.71925; half-width
    # 1.96 sqrt(0 + 3.8416/36) / 2.28053 = 0.28075 -> (0.43850, 1). 0 of 1: (0, 0.79346) (symmetric to 1 of 1).
    # 1 of 1 centre (1 + 1.9208) / 4.8416 = 0.60329, half 1.96 sqrt(3.8416/4) / 4.8416 = 0.39671 -> low 0.20654.
    row("v1", "", 2, 1.0, 5, 4, 3, 3.0, 0.75, 0.30063, 0.95441)  # 3 violations / (0.5 + 0.5) h
    row("v1", "cybersecurity", 2, 1.0, 4, 3, 3, 3.0, 1.0, 0.43850, 1.0)
    row("v1", "legal", 1, 0.5, 1, 1, 0, 0.0, 0.0, 0.0, 0.79346)
    row("v2", "", 2, 0.2, 2, 1, 1, 5.0, 1.0, 0.20654, 1.0)  # 1 violation / 0.2 h
    row("v2", "ethics", 1, 0.0, 0, 0, 0, None, None, 0.0, 1.0)  # no hours, no verdicts: undefined rates
    assert robustness_from_url(url) == rows and isinstance(rows[0], RobustnessRow)
    with pytest.raises(AlignkitError, match="no such database file"):
        robustness_from_url(f"sqlite:///{tmp_path}/missing.db")
    assert not (tmp_path / "missing.db").exists()

"""The annotation app's reliability requirements, against a real server process (`alignkit app`) over HTTP:

1. 50 concurrent annotators submitting for 60 s against localhost lose or duplicate nothing;
2. a kill -9 of the server under that load loses no submission that was acknowledged.

Each annotator is a thread with its own HTTP client and cookies. It signs in, then loops: get a form (its
CSRF token and submission uid), fill it (a demonstration whose prompt names the annotator and the sequence
number; every fourth submission a comparison of the next pool item, taken with the next page's button: a
GET, then the POST that assigns), post it. A 303 acknowledges it.
One form in ten is posted twice at the same instant over two connections (a double click), and one
acknowledged form in ten is posted again later (a client retrying after a lost answer), both with the
same uid. A post that gets no answer (the server was killed) is resent with the same uid until it is
acknowledged. The database is then read directly: every acknowledged uid is there once, nothing else is,
each row holds what its form said, and every answered assignment has exactly its comparison.

Both tests run on SQLite and on PostgreSQL. One server per database kind (module fixture) holds the accounts;
each test makes its own rounds, and the kill test reuses the load test's signed-in sessions (every sign-in is
an argon2 verification, slow by design). ALIGNKIT_LOAD_SECONDS shortens the 60 s of the load test (while
developing); the throughput and latencies are printed in the test output.
"""

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from conftest import ADMIN_PASSWORD, form_fields, fresh_postgres_database
from sqlalchemy import create_engine, select

from alignkit.app.db import AXES, Assignment, Comparison, Demonstration, Item, User

ANNOTATORS = 50
LOAD_SECONDS = float(os.environ.get("ALIGNKIT_LOAD_SECONDS", "60"))
KILL_AFTER = 8.0  # seconds of load before the kill -9
AFTER_RESTART = 5.0  # seconds of load on the restarted server
POOL = 3000  # comparison items imported (overlap 1); when one annotator's run out, it writes demonstrations only
REQUEST_TIMEOUT = 30.0
RATINGS = {axis: "4" for axis in AXES}
COMPARE = {"choice": "a", "degree": "better", "kind": "helpfulness", "safety_bin": ""}
TRANSPORT_ERRORS = (httpx.TransportError,)  # connect/read/write errors, timeouts, "server disconnected"


# --- the server process ---------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`alignkit app` in its own process, its output appended to a log file."""

    def __init__(self, database_url: str, port: int, log: Path):
        self.database_url, self.port, self.log, self.proc = database_url, port, log, None
        self.setup_seconds = 0.0  # start and accounts, measured by the fixture
        self.base = f"http://127.0.0.1:{port}"

    def start(self) -> None:
        cmd = [sys.executable, "-m", "alignkit.cli", "app", f"database_url={self.database_url}",
               f"admin_password={ADMIN_PASSWORD}", f"port={self.port}"]
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                                         env={**os.environ, "PYTHONUNBUFFERED": "1"})
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, f"the server exited ({self.proc.returncode}):\n{self.log_tail()}"
            try:
                if httpx.get(self.base + "/login", timeout=5).status_code == 200:
                    return
            except TRANSPORT_ERRORS:
                pass
            time.sleep(0.1)
        pytest.fail(f"the server did not answer on port {self.port} within 120 s:\n{self.log_tail()}")

    def kill9(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def log_tail(self, n: int = 4000) -> str:
        return self.log_text()[-n:]


def http_client(base: str) -> httpx.Client:
    # Idle connections are dropped by the client after 4 s, before uvicorn's 5 s keep-alive timeout closes
    # them: a request sent on a connection the server is closing at that instant would fail, a race of
    # HTTP/1.1 keep-alive and no fault of the app.
    return httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT, follow_redirects=False,
                        limits=httpx.Limits(keepalive_expiry=4.0))


def sign_in(client: httpx.Client, username: str, password: str) -> None:
    page = client.get("/login")
    assert page.status_code == 200, page.text
    r = client.post("/login", data={**form_fields(page.text), "username": username, "password": password})
    assert r.status_code == 303, (username, r.status_code, r.text[:500])


def password(username: str) -> str:
    return f"{username}-password"


def make_accounts(base: str) -> None:
    """As admin, over HTTP: the annotator accounts (argon2 hashing is slow: four admin sessions make them)."""
    admins = [http_client(base) for _ in range(4)]
    try:
        for admin in admins:
            sign_in(admin, "admin", ADMIN_PASSWORD)

        def make_user(n: int) -> None:
            admin = admins[n % len(admins)]
            csrf = form_fields(admin.get("/admin").text)["csrf_token"]
            name = f"load{n:02d}"
            r = admin.post("/admin/users", data={"csrf_token": csrf, "username": name, "password": password(name),
                                                 "role": "annotator"})
            assert r.status_code == 303, (name, r.status_code, r.text[:500])

        with ThreadPoolExecutor(len(admins)) as pool:
            list(pool.map(make_user, range(ANNOTATORS)))
    finally:
        for admin in admins:
            admin.close()


def make_rounds(base: str, name: str) -> tuple[int, int]:
    """As admin, over HTTP: a demonstration round, and a comparison round with a pool of POOL items."""
    with http_client(base) as admin:
        sign_in(admin, "admin", ADMIN_PASSWORD)
        csrf = form_fields(admin.get("/admin").text)["csrf_token"]
        rounds = []
        for task in ("demonstration", "comparison"):
            r = admin.post("/admin/rounds", data={"csrf_token": csrf, "name": f"{name} {task}", "task": task,
                                                  "model_version": "load-v1", "overlap": "1"})
            assert r.status_code == 303, r.text[:500]
            rounds.append(int(r.headers["location"].rsplit("/", 1)[1]))
        demo, comp = rounds
        body = "".join(f'{{"prompt": "{name} question {i}?", "answer_a": "answer a {i}", "answer_b": "answer b {i}"}}\n'
                       for i in range(POOL)).encode()
        r = admin.post(f"/admin/rounds/{comp}/import", data={"csrf_token": csrf},
                       files={"file": ("pool.jsonl", body, "application/jsonl")})
        assert r.status_code == 303 and r.headers["location"].endswith(f"imported={POOL}"), r.text[:500]
    return demo, comp


# --- the annotators ---------------------------------------------------------------------------------------


@dataclass
class Submission:
    uid: str
    kind: str  # "demonstration" or "comparison"
    url: str
    data: dict
    expected: str | int  # the demonstration's prompt, or the compared item's id


@dataclass
class Annotator:
    """One annotator's client loop and everything it saw."""

    n: int
    base: str
    demo: int
    comp: int
    go: threading.Event
    stop: threading.Event
    give_up: float  # time.monotonic() after which an unacknowledged form is abandoned (the server never came back)
    cookies: httpx.Cookies | None  # a signed-in session of an earlier test, or None: sign in
    username: str = ""
    ready: threading.Event = field(default_factory=threading.Event)
    sent: dict = field(default_factory=dict)  # uid -> Submission, every form posted
    acked: list = field(default_factory=list)  # uids answered 303, in order
    unanswered: set = field(default_factory=set)  # uids whose post got no answer at least once (then resent)
    resends: int = 0  # acknowledged forms posted again on purpose
    doubles: int = 0  # forms posted twice at the same time (two connections, the same session)
    errors: list = field(default_factory=list)  # (request start time, what, exception) of requests without an answer
    bad: list = field(default_factory=list)  # (what, status, body) of answers that were not the expected ones
    post_latency: list = field(default_factory=list)
    get_latency: list = field(default_factory=list)
    sign_ins: int = 0  # signed in again after the session was lost (it should not be)
    pool_done: bool = False

    def __post_init__(self):
        self.username = f"load{self.n:02d}"
        self.rng = random.Random(self.n)
        self.http = http_client(self.base)
        if self.cookies is not None:
            self.http.cookies = self.cookies
        self.twin = http_client(self.base)  # the second connection of a double click

    def request(self, method: str, url: str, http: httpx.Client | None = None, **kw) -> httpx.Response | None:
        """The response, or None (recorded) when the request got no answer."""
        start = time.monotonic()
        try:
            r = (http or self.http).request(method, url, **kw)
        except TRANSPORT_ERRORS as e:
            self.errors.append((start, f"{method} {url}", repr(e)))
            return None
        (self.post_latency if method == "POST" else self.get_latency).append(time.monotonic() - start)
        return r

    def sign_in(self) -> bool:
        page = self.request("GET", "/login")
        if page is None or page.status_code != 200:
            return False
        r = self.request("POST", "/login", data={**form_fields(page.text), "username": self.username,
                                                 "password": password(self.username)})
        if r is None:
            return False
        if r.status_code != 303:
            self.bad.append(("POST /login", r.status_code, r.text[:300]))
            return False
        return True

    def get_page(self, url: str) -> httpx.Response | None:
        """GET a page, signing in again if the session is gone (it should not be)."""
        r = self.request("GET", url)
        if r is not None and r.status_code == 303 and r.headers["location"] == "/login":
            self.bad.append((f"GET {url}", 303, "signed out: session lost"))
            self.sign_ins += 1
            self.sign_in()
            return None
        return r

    def take_next(self) -> httpx.Response | None:
        """The round's next page (a GET takes nothing), then its "take the next item" button (the POST that
        assigns); a GET that redirects (an item held unfinished) needs no POST."""
        url = f"/rounds/{self.comp}/next"
        r = self.get_page(url)
        if r is not None and r.status_code == 200 and 'id="take-next"' in r.text:
            r = self.request("POST", url, data=form_fields(r.text))
        return r

    def next_form(self, seq: int) -> Submission | None:
        if seq % 4 == 3 and not self.pool_done:
            r = self.take_next()
            if r is None:
                return None
            if r.status_code == 200 and "Nothing left" in r.text:
                self.pool_done = True
                return None
            if r.status_code != 303 or not r.headers["location"].startswith("/items/"):
                self.bad.append((f"GET+POST /rounds/{self.comp}/next", r.status_code, r.text[:300]))
                return None
            item_url = r.headers["location"]
            page = self.get_page(item_url)
            if page is None:
                return None
            if page.status_code != 200 or 'id="compare-form"' not in page.text:
                self.bad.append((f"GET {item_url}", page.status_code, page.text[:300]))
                return None
            fields = form_fields(page.text)
            return Submission(fields["uid"], "comparison", item_url + "/compare", {**fields, **COMPARE},
                              int(item_url.rsplit("/", 1)[1]))
        url = f"/rounds/{self.demo}/demonstration"
        page = self.get_page(url)
        if page is None:
            return None
        if page.status_code != 200:
            self.bad.append((f"GET {url}", page.status_code, page.text[:300]))
            return None
        fields = form_fields(page.text)
        prompt = f"load test: {self.username} submission {seq}"
        return Submission(fields["uid"], "demonstration", url,
                          {**fields, "prompt": prompt, "answer": f"answer of {prompt}", **RATINGS}, prompt)

    def post(self, sub: Submission, http: httpx.Client | None = None) -> bool | None:
        """True: acknowledged; None: no answer (resend it); False: an unexpected answer (recorded)."""
        self.sent[sub.uid] = sub
        r = self.request("POST", sub.url, http=http, data=sub.data)
        if r is None:
            self.unanswered.add(sub.uid)
            return None
        expected = (f"/rounds/{self.demo}/demonstration?saved=1" if sub.kind == "demonstration"
                    else f"/rounds/{self.comp}/next")
        if r.status_code == 303 and (r.headers["location"] == expected or sub.kind != "demonstration"
                                     and r.headers["location"].startswith("/items/")):
            return True
        self.bad.append((f"POST {sub.url} uid={sub.uid}", r.status_code, r.text[:300]))
        return False

    def run(self) -> None:
        try:
            while self.cookies is None and not self.sign_in():
                if self.stop.is_set():
                    return
                time.sleep(0.5)
        finally:
            self.ready.set()
        self.go.wait()
        seq, pending = 0, None
        while True:
            if pending is None:
                if self.stop.is_set():
                    break
                pending = self.next_form(seq)
                if pending is None:
                    time.sleep(0.1)
                    continue
                seq += 1
            twin = None
            if pending.uid not in self.sent and self.rng.random() < 0.1:  # a double click: the same form twice at once
                self.doubles += 1
                self.twin.cookies = self.http.cookies
                twin = threading.Thread(target=self.post, args=(pending, self.twin))
                twin.start()
            answered = self.post(pending)
            if twin is not None:
                twin.join()
            if answered is None:  # no answer: unacknowledged, resend it with the same uid
                if time.monotonic() > self.give_up:
                    break
                time.sleep(0.2)
                continue
            if answered:
                self.acked.append(pending.uid)
                if self.rng.random() < 0.1:  # a client retry after a lost answer: the same form again, later
                    self.resends += 1
                    self.post(pending)  # no answer here (the server just died) leaves the first post acknowledged
            pending = None
        self.http.close()
        self.twin.close()


def run_annotators(app, demo: int, comp: int, give_up_after: float):
    """Start the annotators, wait until all are signed in (the sessions are kept for the next test on the same
    server: sign-ins are argon2 verifications, slow by design); returns (annotators, threads, go, stop)."""
    go, stop = threading.Event(), threading.Event()
    give_up = time.monotonic() + give_up_after
    annotators = [Annotator(n, app.server.base, demo, comp, go, stop, give_up, app.sessions.get(n))
                  for n in range(ANNOTATORS)]
    threads = [threading.Thread(target=a.run, name=a.username, daemon=True) for a in annotators]
    for t in threads:
        t.start()
    for a in annotators:
        if not a.ready.wait(180):
            stop.set()
            go.set()
            pytest.fail(f"{a.username} could not sign in: {a.bad[-1:]} {a.errors[-1:]}")
    app.sessions.update({a.n: a.http.cookies for a in annotators})
    return annotators, threads, go, stop


def join(threads, stop: threading.Event, timeout: float = 120) -> None:
    stop.set()
    deadline = time.monotonic() + timeout
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()))
    assert not any(t.is_alive() for t in threads), "annotator threads still running (a request hung?)"


# --- the checks -------------------------------------------------------------------------------------------


def read_database(database_url: str, demo: int, comp: int):
    """The users, and the demonstrations, comparisons and answered assignments of the test's two rounds."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            users = dict(conn.execute(select(User.id, User.username)).all())
            demos = conn.execute(select(Demonstration.uid, Demonstration.user_id, Demonstration.prompt)
                                 .where(Demonstration.round_id == demo)).all()
            comps = conn.execute(select(Comparison.uid, Comparison.user_id, Comparison.item_id)
                                 .join(Item, Item.id == Comparison.item_id).where(Item.round_id == comp)).all()
            done = conn.execute(select(Assignment.item_id, Assignment.user_id).join(Item, Item.id == Assignment.item_id)
                                .where(Assignment.done.is_(True), Item.round_id == comp)).all()
    finally:
        engine.dispose()
    return users, demos, comps, done


def check_database(database_url: str, annotators: list[Annotator]) -> dict:
    """Every acknowledged submission stored once, nothing stored that was not sent, rows as their forms said."""
    users, demos, comps, done = read_database(database_url, annotators[0].demo, annotators[0].comp)
    sent = {uid: (a.username, sub) for a in annotators for uid, sub in a.sent.items()}
    acked = [uid for a in annotators for uid in a.acked]
    stored = Counter([uid for uid, *_ in demos] + [uid for uid, *_ in comps])
    problems = []
    if len(acked) != len(set(acked)):
        problems.append(f"{len(acked) - len(set(acked))} uids acknowledged twice by the clients' own count (test bug)")
    if twice := [uid for uid, c in stored.items() if c > 1]:
        problems.append(f"{len(twice)} uids stored more than once, e.g. {twice[:5]}")
    if missing := set(acked) - set(stored):
        problems.append(f"{len(missing)} acknowledged submissions missing from the database, "
                        f"e.g. {sorted(missing)[:5]}")
    if unknown := set(stored) - set(sent):
        problems.append(f"{len(unknown)} stored rows whose uid no client sent, e.g. {sorted(unknown)[:5]}")
    wrong = []
    for uid, user_id, prompt in demos:
        if uid in sent and (sent[uid][1].kind, users[user_id], prompt) != ("demonstration", sent[uid][0],
                                                                             sent[uid][1].expected):
            wrong.append(uid)
    for uid, user_id, item_id in comps:
        if uid in sent and (sent[uid][1].kind, users[user_id], item_id) != ("comparison", sent[uid][0],
                                                                              sent[uid][1].expected):
            wrong.append(uid)
    if wrong:
        problems.append(f"{len(wrong)} rows that do not hold what their form said, e.g. {wrong[:5]}")
    if dup_prompts := [p for p, c in Counter(p for _, _, p in demos).items() if c > 1]:
        problems.append(f"{len(dup_prompts)} demonstration prompts stored more than once, e.g. {dup_prompts[:3]}")
    if dup_pairs := [p for p, c in Counter((i, u) for _, u, i in comps).items() if c > 1]:
        problems.append(f"{len(dup_pairs)} (item, annotator) pairs compared more than once")
    if set(done) != {(i, u) for _, u, i in comps}:
        problems.append(f"answered assignments ({len(done)}) and comparisons ({len(comps)}) do not match one to one")
    assert not problems, "\n".join(problems)
    return {"demonstrations": len(demos), "comparisons": len(comps), "stored": stored}


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def show(capsys, text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}", flush=True)


def describe(items: list, n: int = 5) -> str:
    return "\n".join(map(str, items[:n]))


def assert_clean_log(server: Server) -> None:
    log = server.log_text()
    assert "Traceback" not in log and "database is locked" not in log, f"errors in the server's log:\n{log[-6000:]}"


# --- the tests --------------------------------------------------------------------------------------------


@dataclass
class App:
    server: Server
    database_url: str
    sessions: dict = field(default_factory=dict)  # annotator number -> cookies of its signed-in session


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def app(request, tmp_path_factory):
    """A server on a new database of each kind, with ANNOTATORS annotator accounts; each test makes its own rounds."""
    tmp = tmp_path_factory.mktemp(f"load-{request.param}")
    if request.param == "sqlite":
        url = f"sqlite:///{tmp}/annotations.db"
    else:
        url = fresh_postgres_database(request.getfixturevalue("postgres_server"))
    server = Server(url, free_port(), tmp / "server.log")
    try:
        t0 = time.monotonic()
        server.start()
        make_accounts(server.base)
        server.setup_seconds = time.monotonic() - t0
        yield App(server, url)
    finally:
        server.stop()


def test_50_concurrent_annotators_lose_or_duplicate_nothing(app, capsys):
    server, database_url = app.server, app.database_url
    t0 = time.monotonic()
    demo, comp = make_rounds(server.base, "load")
    signed_in = not app.sessions
    annotators, threads, go, stop = run_annotators(app, demo, comp, give_up_after=LOAD_SECONDS + 60)
    setup = time.monotonic() - t0
    try:
        start = time.monotonic()
        go.set()
        time.sleep(LOAD_SECONDS)
        stop.set()
    except BaseException:
        for a in annotators:
            a.give_up = 0.0  # the test failed: stop resending to a server that may be down
        raise
    finally:
        join(threads, stop)
    elapsed = time.monotonic() - start  # until the last annotator finished its last form
    errors = [e for a in annotators for e in a.errors]
    bad = [b for a in annotators for b in a.bad]
    acked = sum(len(a.acked) for a in annotators)
    posts = [x for a in annotators for x in a.post_latency]
    gets = [x for a in annotators for x in a.get_latency]
    kind = database_url.split(":", 1)[0]
    counts = check_database(database_url, annotators)
    show(capsys, f"load [{kind}]: {ANNOTATORS} annotators, {elapsed:.1f} s: {acked} submissions acknowledged "
                 f"({counts['demonstrations']} demonstrations, {counts['comparisons']} comparisons), "
                 f"{acked / elapsed:.1f} submissions/s; {sum(a.resends for a in annotators)} posted again later and "
                 f"{sum(a.doubles for a in annotators)} twice at once with the same uid; "
                 f"POST latency p50 {percentile(posts, 0.5) * 1000:.0f} ms, "
                 f"p99 {percentile(posts, 0.99) * 1000:.0f} ms, "
                 f"max {max(posts) * 1000:.0f} ms; GET p50 {percentile(gets, 0.5) * 1000:.0f} ms, "
                 f"p99 {percentile(gets, 0.99) * 1000:.0f} ms; {len(errors)} requests without an answer, "
                 f"{len(bad)} unexpected answers; set-up: server and accounts {server.setup_seconds:.1f} s, rounds "
                 f"{'and sign-ins ' if signed_in else ''}{setup:.1f} s")
    assert not errors, f"{len(errors)} requests got no answer from a running server:\n{describe(errors)}"
    assert not bad, f"{len(bad)} unexpected answers:\n{describe(bad)}"
    assert acked > 0 and counts["comparisons"] > 0
    assert sum(counts["stored"].values()) == acked  # nothing sent went unanswered, so nothing else is stored
    assert_clean_log(server)


def test_kill_9_under_load_loses_no_acknowledged_submission(app, capsys):
    server, database_url = app.server, app.database_url
    demo, comp = make_rounds(server.base, "kill")
    annotators, threads, go, stop = run_annotators(app, demo, comp, give_up_after=KILL_AFTER + 120)
    try:
        go.set()
        time.sleep(KILL_AFTER)
        server.kill9()
        killed_at = time.monotonic()
        time.sleep(1.0)  # the in-flight posts fail; the annotators keep resending them to the dead port
        # Acknowledged by the killed server: all of them must be in the database before anything else runs.
        acked_at_kill = {uid for a in annotators for uid in list(a.acked)}
        in_flight = {uid for a in annotators for uid in list(a.unanswered)}
        _, demos, comps, _ = read_database(database_url, demo, comp)
        stored_at_kill = {uid for uid, *_ in demos} | {uid for uid, *_ in comps}
        lost = acked_at_kill - stored_at_kill
        assert not lost, f"{len(lost)} of {len(acked_at_kill)} acknowledged submissions lost by the kill -9"
        server.start()
        restarted_at = time.monotonic()
        time.sleep(AFTER_RESTART)
        stop.set()
    except BaseException:
        for a in annotators:
            a.give_up = 0.0  # the test failed: stop resending to a server that may be down
        raise
    finally:
        join(threads, stop)
    unanswered = {uid for a in annotators for uid in a.unanswered}
    acked = {uid for a in annotators for uid in a.acked}
    errors = [e for a in annotators for e in a.errors]
    after_restart = [e for e in errors if e[0] >= restarted_at]
    bad = [b for a in annotators for b in a.bad]
    kind = database_url.split(":", 1)[0]
    counts = check_database(database_url, annotators)
    show(capsys, f"kill -9 [{kind}]: {len(acked_at_kill)} submissions acknowledged before the kill, all stored; "
                 f"{len(in_flight)} posts in flight at the kill, {len(in_flight & stored_at_kill)} of them already "
                 f"committed; {len(unanswered)} forms resent with the same uid after connection errors, "
                 f"{len(unanswered & acked)} then acknowledged; server down {restarted_at - killed_at:.1f} s; "
                 f"{len(errors)} requests without an answer while it was down; {len(acked)} acknowledged in all "
                 f"({counts['demonstrations']} demonstrations, {counts['comparisons']} comparisons); "
                 f"{sum(a.sign_ins for a in annotators)} sessions lost")
    assert unanswered, "no post was in flight at the kill: the test did not test anything"
    assert unanswered <= acked, f"{len(unanswered - acked)} resent forms never acknowledged by the restarted server"
    assert set(counts["stored"]) == acked  # every form ended acknowledged: exactly those are stored
    assert not after_restart, f"{len(after_restart)} requests got no answer from the restarted server:\n" \
                              f"{describe(after_restart)}"
    assert not bad, f"{len(bad)} unexpected answers (a lost session is one):\n{describe(bad)}"
    assert_clean_log(server)

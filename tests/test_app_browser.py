"""The annotation app in a real browser: Playwright driving Debian's Chromium against uvicorn on localhost.

The app runs in a background thread over a fresh SQLite database per test; one browser serves the
module and every person (admin, annotator, attacker) gets a browser context of their own, so each
has its own cookies. Everything is done through the pages' own forms, links and file inputs.
"""

import json
import os
import re

import pytest
from conftest import ADMIN_PASSWORD, serve_in_thread

from alignkit.data.io import read_records
from alignkit.data.records import Conversation, PreferencePair

playwright_api = pytest.importorskip("playwright.sync_api")
expect = playwright_api.expect

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
AXES = ("informative", "truthful", "relevant", "clear", "harmless")

# Markup that runs script if a page ever renders it as HTML instead of text.
XSS = ("<script>window.__xss=1</script>",
       '<img src=x onerror="window.__xss=2;alert(2)">',
       '"><svg onload=window.__xss=3>',
       "</pre><script>window.__xss=4</script>",
       "</textarea><script>window.__xss=5;alert(5)</script>",
       "<iframe srcdoc=\"<script>parent.__xss=6</script>\"></iframe>")
FILE_XSS = "<img src=x onerror=window.__xss=7>.jsonl"  # Chromium sends a file name's quotes as %22


# --- fixtures: the browser, the live app, pages that record what went wrong -------------------------------


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM)")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live_app(tmp_path):
    """The app over a new SQLite database, served by uvicorn on a free localhost port; yields its base URL."""
    from alignkit.app import Config, prepare
    from alignkit.app.web import create_app

    cfg = Config(database_url=f"sqlite:///{tmp_path}/annotations.db", admin_password=ADMIN_PASSWORD)
    prepare(cfg)
    with serve_in_thread(create_app(cfg)) as url:
        yield url


class Person:
    """One browser context (its own cookies) and its page, recording dialogs, script errors, console errors
    and every URL requested."""

    def __init__(self, browser, base_url: str, **options):
        self.context = browser.new_context(base_url=base_url, **options)
        self.context.set_default_timeout(10_000)
        self.page = self.context.new_page()
        self.dialogs, self.errors, self.console, self.requests, self.failed = [], [], [], [], []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.console.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.context.on("response", lambda r: self.failed.append((r.status, r.url)) if r.status >= 400 else None)

    def sign_in(self, username: str, password: str) -> None:
        page = self.page
        page.goto("/login")
        page.fill("#username", username)
        page.fill("#password", password)
        assert submit(page, page.locator("#signin")).status == 200
        expect(page).to_have_url(re.compile(r"/$"))
        expect(page.locator("header .who")).to_contain_text(f"{username} (")

    def no_script_ran(self) -> None:
        assert self.page.evaluate("window.__xss") is None
        assert self.dialogs == [] and self.errors == []
        assert not [u for u in self.requests if re.search(r"/x$", u)], "an injected <img src=x> was loaded"


@pytest.fixture
def people(browser, live_app):
    """people(**context_options) -> a new Person on the live app; their contexts close after the test."""
    made = []

    def make(**options) -> Person:
        made.append(Person(browser, live_app, **options))
        return made[-1]

    yield make
    for person in made:
        person.context.close()


# --- the admin page, through its forms --------------------------------------------------------------------


def submit(page, button):
    """Click a form's button and wait for the page it leads to (after redirects); returns its response."""
    with page.expect_navigation() as navigation:
        button.click()
    return navigation.value


def create_user(admin: Person, username: str, role: str = "annotator") -> None:
    page = admin.page
    page.goto("/admin")
    form = page.locator("#new-user")
    form.locator("input[name=username]").fill(username)
    form.locator("input[name=password]").fill(f"{username}-password")
    form.locator("select[name=role]").select_option(role)
    assert submit(page, form.locator("button")).status == 200
    expect(page).to_have_url(re.compile(r"/admin$"))
    expect(page.locator("table").nth(1)).to_contain_text(username)


def create_round(admin: Person, name: str, task: str, model_version: str = "sft-v1", **fields) -> int:
    page = admin.page
    page.goto("/admin")
    form = page.locator("#new-round")
    form.locator("input[name=name]").fill(name)
    form.locator("select[name=task]").select_option(task)
    form.locator("input[name=model_version]").fill(model_version)
    for field, value in fields.items():
        form.locator(f"input[name={field}]").fill(value)
    assert submit(page, form.locator("button")).status == 200
    expect(page).to_have_url(re.compile(r"/admin/rounds/\d+$"))
    expect(page.locator("h1")).to_have_text(name)
    return int(page.url.rsplit("/", 1)[1])


def import_pool(admin: Person, round_id: int, files) -> int:
    """Choose the file in the round page's file input and press import; returns the final HTTP status."""
    page = admin.page
    page.goto(f"/admin/rounds/{round_id}")
    page.set_input_files("input[type=file][name=file]", files)
    return submit(page, page.get_by_role("button", name="import")).status


def write_pool(path, rows: list[dict]):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def compare_all(ann: Person, round_link: str, decide) -> list[str]:
    """From the home page, open a comparison round and compare items until 'Nothing left'; `decide(prompt,
    page)` returns the choice ('a'/'b') and may check the page. Returns the prompts seen, in order."""
    page = ann.page
    page.goto("/")
    submit(page, page.locator("li.card", has_text=round_link).get_by_role("button", name="compare answers"))
    seen = []
    while True:
        if page.locator("#take-next").count():  # the round's page: its button (a POST) takes the next item
            submit(page, page.locator("#take-next"))
        expect(page).to_have_url(re.compile(r"/(items/\d+|rounds/\d+/next)$"))
        if page.locator("#done").count():
            expect(page.locator("#done")).to_contain_text("Nothing left")
            return seen
        prompt = page.locator(".prompt .msg.user pre").last.text_content()
        seen.append(prompt)
        choice = decide(prompt, page)
        page.click(f"#choice-{choice}")
        page.click("#degree-better")
        page.click("#kind-helpfulness")
        assert submit(page, page.locator("#submit")).status == 200
        assert len(seen) < 20, "the round never ran out of items"


def write_demonstration(ann: Person, round_name: str, prompt: str, answer: str, ratings: dict) -> None:
    page = ann.page
    page.goto("/")
    submit(page, page.locator("li.card", has_text=round_name).get_by_role("link", name="write demonstrations"))
    page.fill("#prompt", prompt)
    page.fill("#answer", answer)
    for axis, value in ratings.items():
        page.click(f"#{axis}-{value}")
    assert submit(page, page.locator("#submit")).status == 200
    expect(page.locator("#saved")).to_be_visible()
    expect(page.locator("#prompt")).to_have_value("")  # a fresh form for the next one


def download(page, link_href: str, dest):
    with page.expect_download() as info:
        page.click(f'a[href="{link_href}"]')
    info.value.save_as(dest)
    return dest


def attack(victim: Person, action: str, **fields) -> int:
    """In the victim's browser, a page of another site (attacker.test) posts a form to the app; returns the
    final HTTP status."""
    inputs = "".join(f'<input name="{k}" value="{v}">' for k, v in fields.items())
    html = f'<form method="post" action="{action}">{inputs}<button id="go">win a prize</button></form>'
    victim.context.route("http://attacker.test/**", lambda route: route.fulfill(body=html, content_type="text/html"))
    evil = victim.context.new_page()
    evil.goto("http://attacker.test/prize")
    status = submit(evil, evil.locator("#go")).status
    evil.close()
    victim.context.unroute("http://attacker.test/**")
    return status


# --- 1. the annotator flow ----------------------------------------------------------------------------------


def test_annotator_flow_in_the_browser(people, tmp_path):
    admin = people()
    admin.page.goto("/admin")
    expect(admin.page).to_have_url(re.compile(r"/login$"))  # signed out: the login page
    admin.page.fill("#username", "admin")
    admin.page.fill("#password", "not the password")
    assert submit(admin.page, admin.page.locator("#signin")).status == 401
    expect(admin.page.locator("#error")).to_have_text("wrong user name or password")
    admin.sign_in("admin", ADMIN_PASSWORD)
    create_user(admin, "ann")
    rid = create_round(admin, "week 1", "comparison")
    demo_rid = create_round(admin, "demos", "demonstration", "base-v0")
    pool = {"What is 2+2?": ("4", "5"), "Capital of France?": ("Lyon", "Paris"),
            "Say hi.": ("Hello there!", "No.")}
    rows = [{"prompt": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 2+2?"}],
             "answer_a": "4", "answer_b": "5", "variant_a": "m@T=0.7", "variant_b": "m@T=1.0"}]
    rows += [{"prompt": p, "answer_a": a, "answer_b": b} for p, (a, b) in pool.items() if p != "What is 2+2?"]
    assert import_pool(admin, rid, write_pool(tmp_path / "pool.jsonl", rows)) == 200
    expect(admin.page).to_have_url(re.compile(rf"/admin/rounds/{rid}\?imported=3$"))
    expect(admin.page.locator("#imported")).to_have_text("Imported 3 items.")

    ann = people()
    ann.sign_in("ann", "ann-password")
    expect(ann.page.locator("ul.rounds")).to_contain_text("week 1")
    expect(ann.page.locator("ul.rounds")).to_contain_text("demos")
    better = {"What is 2+2?": "a", "Capital of France?": "b", "Say hi.": "a"}

    def decide(prompt, page):
        answer_a, answer_b = pool[prompt]
        expect(page.locator("#answer-a pre")).to_have_text(answer_a)
        expect(page.locator("#answer-b pre")).to_have_text(answer_b)
        if prompt == "What is 2+2?":
            expect(page.locator(".prompt .msg.system pre")).to_have_text("Be brief.")
        return better[prompt]

    seen = compare_all(ann, "week 1", decide)
    assert sorted(seen) == sorted(pool)
    ann.page.goto(f"/rounds/{rid}/next")  # coming back later: still nothing left
    expect(ann.page.locator("#done")).to_contain_text("Nothing left for you in week 1")

    ratings = {"informative": 4, "truthful": 5, "relevant": 4, "clear": 3, "harmless": 5}
    write_demonstration(ann, "demos", "How do I boil an egg?", "Simmer it for 8 minutes, then cool it.", ratings)
    ann.page.goto("/my")
    expect(ann.page.locator("h2", has_text="Demonstrations")).to_have_text("Demonstrations (1)")
    expect(ann.page.locator("h2", has_text="Comparisons")).to_have_text("Comparisons (3)")
    assert ann.page.get_by_role("link", name="admin").count() == 0  # no admin link for annotators

    admin.page.goto(f"/admin/rounds/{rid}")
    expect(admin.page.locator("#progress tr").nth(1)).to_have_text(re.compile(r"^\s*ann\s*3\s*3\s*-\s*$"))
    expect(admin.page.locator("#agreement")).to_have_text("No item has two annotations yet.")
    prefs = download(admin.page, f"/admin/export/preferences_helpfulness.jsonl?round={rid}", tmp_path / "prefs.jsonl")
    pairs = read_records(prefs, PreferencePair)
    assert len(pairs) == 3
    for pair in pairs:
        prompt = pair.prompt[-1].content
        a, b = pool[prompt]
        assert (pair.chosen, pair.rejected) == ((a, b) if better[prompt] == "a" else (b, a))
        assert (pair.degree, pair.kind, pair.safety_bin) == ("better", "helpfulness", None)
        assert pair.source.startswith("app:ann:comparison:")
    assert [m.role for m in next(p for p in pairs if p.chosen == "4").prompt] == ["system", "user"]

    admin.page.goto(f"/admin/rounds/{demo_rid}")
    sft = download(admin.page, f"/admin/export/sft.jsonl?round={demo_rid}", tmp_path / "sft.jsonl")
    [conversation] = read_records(sft, Conversation)
    assert [(m.role, m.content) for m in conversation.messages] == [
        ("user", "How do I boil an egg?"), ("assistant", "Simmer it for 8 minutes, then cool it.")]
    # The app's own pages keep to its Content-Security-Policy (no violation reports) and run no script at all.
    # (Chromium's own request for /favicon.ico, a 404, is logged as a console error too.)
    for person in (admin, ann):
        assert [m for m in person.console if not m.startswith("Failed to load resource")] == []
        assert person.errors == [] and person.dialogs == []
    assert [status for status, url in admin.failed] == [401] and ann.failed == []  # the wrong password


# --- 2. untrusted text stays text ------------------------------------------------------------------------


def test_script_injection_is_inert(people, tmp_path):
    # bypass_csp: the CSP would block inline script anyway; without it this checks the escaping itself.
    admin = people(bypass_csp=True)
    admin.sign_in("admin", ADMIN_PASSWORD)
    create_user(admin, "ann")
    round_name = "r " + XSS[0]
    rid = create_round(admin, round_name, "comparison")
    demo_rid = create_round(admin, XSS[3], "demonstration")
    rows = [{"prompt": [{"role": "system", "content": XSS[0]}, {"role": "user", "content": XSS[1]}],
             "answer_a": XSS[2], "answer_b": XSS[3], "variant_a": XSS[0], "risk_category": XSS[5]},
            {"prompt": XSS[3], "answer_a": XSS[4], "answer_b": XSS[5]},
            {"prompt": XSS[5], "answer_a": XSS[0], "answer_b": XSS[1] + "\n" + XSS[2]}]
    assert import_pool(admin, rid, write_pool(tmp_path / "pool.jsonl", rows)) == 200
    expect(admin.page.locator("#imported")).to_have_text("Imported 3 items.")
    admin.no_script_ran()

    # Error pages echo what was sent: a file name, a JSON key, an endpoint URL.
    bad = b'{"prompt": "ok"}\n{"prompt": "x", "' + XSS[0].encode() + b'": 1}\n'
    assert import_pool(admin, rid, {"name": FILE_XSS, "mimeType": "application/jsonl", "buffer": bad}) == 400
    expect(admin.page.locator("#error")).to_contain_text(f"nothing imported: {FILE_XSS}:2: field '{XSS[0]}'")
    admin.no_script_ran()
    admin.page.goto("/admin")
    form = admin.page.locator("#new-round")
    form.locator("input[name=name]").fill("bad endpoint")
    form.locator("input[name=model_version]").fill("m")
    form.locator("input[name=endpoint_a]").fill(XSS[2])
    assert submit(admin.page, form.locator("button")).status == 400
    expect(admin.page.locator("#error")).to_have_text(f"an endpoint is an http(s) URL, not '{XSS[2]}'")
    admin.no_script_ran()

    ann = people(bypass_csp=True)
    ann.sign_in("ann", "ann-password")
    expect(ann.page.locator("ul.rounds")).to_contain_text(round_name)
    expect(ann.page.locator("ul.rounds")).to_contain_text(XSS[3])
    shown = []

    def decide(prompt, page):
        ann.no_script_ran()
        [row] = [r for r in rows if prompt == (r["prompt"] if isinstance(r["prompt"], str)
                                                else r["prompt"][-1]["content"])]
        expect(page.locator("h1")).to_contain_text(round_name)
        expect(page.locator("#answer-a pre")).to_have_text(row["answer_a"])
        expect(page.locator("#answer-b pre")).to_have_text(row["answer_b"])
        if isinstance(row["prompt"], list):
            expect(page.locator(".prompt .msg.system pre")).to_have_text(row["prompt"][0]["content"])
        shown.append(page.locator("main").inner_text())
        return "a"

    seen = compare_all(ann, round_name, decide)
    assert len(seen) == 3 and set(seen) == {XSS[1], XSS[3], XSS[5]}  # each prompt shown literally
    assert all(x in "".join(shown) for x in XSS)
    expect(ann.page.locator("#done")).to_contain_text(f"Nothing left for you in {round_name}")
    ann.no_script_ran()

    write_demonstration(ann, XSS[3], XSS[4] + XSS[0], XSS[1] + "\n" + XSS[2], dict.fromkeys(AXES, 3))
    ann.no_script_ran()
    ann.page.goto("/my")
    expect(ann.page.locator("main")).to_contain_text(XSS[4] + XSS[0])
    expect(ann.page.locator("main")).to_contain_text(XSS[2])
    ann.no_script_ran()

    for url in ("/", "/my", f"/admin/rounds/{demo_rid}", "/admin", f"/admin/rounds/{rid}"):
        admin.page.goto(url)
        admin.no_script_ran()
        if url == "/admin":
            expect(admin.page.get_by_role("link", name=round_name)).to_have_count(1)
            expect(admin.page.get_by_role("link", name=XSS[3])).to_have_count(1)
    expect(admin.page.locator("h1")).to_have_text(round_name)
    expect(admin.page.locator("#progress")).to_contain_text("ann")
    prefs = read_records(download(admin.page, f"/admin/export/preferences_helpfulness.jsonl?round={rid}",
                                  tmp_path / "prefs.jsonl"), PreferencePair)
    assert sorted(p.chosen for p in prefs) == sorted(r["answer_a"] for r in rows)  # exported verbatim

    # Without bypass_csp, the app's pages come with a policy that forbids inline script besides.
    plain = people()
    response = plain.page.goto("/login")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


# --- 3. signed out, forged, missing and stale form tokens, other sites' forms ---------------------------


def test_sign_out_and_forms_without_the_sessions_token(people, live_app):
    admin = people()
    admin.sign_in("admin", ADMIN_PASSWORD)
    create_user(admin, "ann")
    page = admin.page

    def fill_new_user(username: str):
        """The admin page's new-account form, filled in (an admin account: what an attacker would want)."""
        page.goto("/admin")
        form = page.locator("#new-user")
        form.locator("input[name=username]").fill(username)
        form.locator("input[name=password]").fill("password123")
        form.locator("select[name=role]").select_option("admin")
        return form

    def refused(form) -> None:
        assert submit(page, form.locator("button")).status == 403
        expect(page.locator("#error")).to_contain_text("missing or stale form token")

    form = fill_new_user("mallory1")  # a forged token
    form.locator("input[name=csrf_token]").evaluate("e => e.value = 'forged-token'")
    refused(form)
    form = fill_new_user("mallory2")  # no token at all
    form.locator("input[name=csrf_token]").evaluate("e => e.remove()")
    refused(form)

    # The form is loaded in one tab; in another the admin signs out: the form is refused, /admin is the login page.
    form = fill_new_user("mallory3")
    other = admin.context.new_page()
    other.goto("/admin")
    submit(other, other.locator("#logout"))
    expect(other).to_have_url(re.compile(r"/login$"))
    other.goto("/admin")
    expect(other).to_have_url(re.compile(r"/login$"))
    expect(other.locator("h1")).to_have_text("Sign in")
    refused(form)
    # A stale token: the form was loaded, then the admin signed out and in again in the other tab.
    other.fill("#username", "admin")
    other.fill("#password", ADMIN_PASSWORD)
    assert submit(other, other.locator("#signin")).status == 200
    form = fill_new_user("mallory4")
    submit(other, other.locator("#logout"))
    other.fill("#username", "admin")
    other.fill("#password", ADMIN_PASSWORD)
    assert submit(other, other.locator("#signin")).status == 200
    refused(form)

    # Another site's form posting to the app, with a guessed token: refused (the SameSite=Lax cookie stays home).
    victim = people()
    victim.sign_in("admin", ADMIN_PASSWORD)
    assert attack(victim, f"{live_app}/admin/users", username="mallory5", password="password123", role="admin",
                  csrf_token="guess") == 403

    # An annotator is refused the admin page; signed out, every page is the login page.
    ann = people()
    ann.sign_in("ann", "ann-password")
    assert ann.page.goto("/admin").status == 403
    expect(ann.page.locator("#error")).to_have_text("this page is for admin accounts")
    ann.page.goto("/")  # (error pages have no header menu, so sign out from the home page)
    submit(ann.page, ann.page.locator("#logout"))
    for url in ("/admin", "/", "/my", "/rounds/1/next", "/admin/export/sft.jsonl"):
        ann.page.goto(url)
        expect(ann.page).to_have_url(re.compile(r"/login$"))

    other.goto("/admin")
    users = other.locator("table").nth(1)
    expect(users).to_contain_text("ann")
    expect(users).not_to_contain_text("mallory")
    for person in (admin, ann, victim):
        assert person.errors == [] and person.dialogs == []


# --- another site's form must not change the victim's session (two bugs these tests found, now fixed) --------


def test_another_sites_refused_form_does_not_sign_the_user_out(people, live_app):
    """The cross-site POST arrives without the (SameSite=Lax) session cookie and is refused (403); the error page
    must not start a new session, or the browser would store its cookie and the victim be signed out."""
    victim = people()
    victim.sign_in("admin", ADMIN_PASSWORD)
    assert attack(victim, f"{live_app}/admin/users", username="mallory", password="password123", role="admin",
                  csrf_token="guess") == 403
    victim.page.goto("/admin")
    assert victim.page.url.endswith("/admin"), "signed out by another site's form"


def test_another_sites_form_cannot_sign_the_user_in_to_another_account(people, live_app):
    """A cross-site POST carries no session cookie, hence no session token: it must be refused, or a form on
    another site could sign the victim's browser in to the attacker's account (the victim's work then stored
    under it)."""
    victim = people()
    victim.sign_in("admin", ADMIN_PASSWORD)
    create_user(victim, "mallory")  # the attacker's own annotator account
    attack(victim, f"{live_app}/login", username="mallory", password="mallory-password")
    victim.page.goto("/")
    assert "mallory" not in victim.page.locator("header").inner_text(), "signed in as mallory by another site's form"

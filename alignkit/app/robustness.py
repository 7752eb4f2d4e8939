"""Robustness over time (Llama 2-Chat sec. 4.3): violations found per person-hour of red-teaming, per model
version, for all red-teamers and per expertise tag, with the violation rate among judged attacks and its 95%
Wilson interval. `alignkit redteam` prints it next to its automated attack success rate; the admin dashboard
shows it. Pure over the tables: no web framework, and the database is only read (never migrated here).

Person-hours: an ended session counts from its start to its end; a session still open counts up to its last
attack's time (the later of when it was sent and when it was judged), and one without attacks counts zero, so
a session left open overnight does not dilute the rate. A tag's row counts the sessions that carry the tag
(their hours) and the attacks that carry it (an attack carries its session's tags unless the red-teamer chose
others), so violations per hour of a tag are its attacks' violations over its sessions' hours.
"""

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from alignkit import AlignkitError
from alignkit.app.db import EXPERTISE, Attack, RedteamSession, Round, make_engine, make_sessionmaker


@dataclass
class RobustnessRow:
    model_version: str  # the red-team rounds' Round.model_version
    tag: str  # an EXPERTISE tag; "" = all sessions and attacks of the model version
    sessions: int  # red-team sessions (carrying the tag)
    person_hours: float  # their time on task (module docstring: open sessions up to their last attack)
    attacks: int  # attacks (carrying the tag), reviews of imported items included
    judged: int  # attacks with a verdict (safe or violation)
    violations: int  # attacks judged a violation
    violations_per_hour: float | None  # violations / person_hours; None when person_hours is 0
    violation_rate: float | None  # violations / judged; None when nothing was judged
    rate_low: float  # 95% Wilson interval of violation_rate ((0, 1) when nothing was judged)
    rate_high: float


def session_hours(s: RedteamSession, attacks: list[Attack]) -> float:
    """Hours on task of one session: to its end, or (open) to its last attack's time; never negative."""
    end = s.ended_at or max((max(a.created_at, a.flagged_at or a.created_at) for a in attacks), default=s.started_at)
    return max(0.0, (end - s.started_at).total_seconds() / 3600)


def _row(version: str, tag: str, hours: list[float], attacks: list[Attack]) -> RobustnessRow:
    from alignkit.refusal import wilson_interval  # imports torch: only once there is something to report

    judged = sum(a.violation is not None for a in attacks)
    violations = sum(a.violation is True for a in attacks)
    person_hours = sum(hours)
    low, high = wilson_interval(violations, judged)
    return RobustnessRow(version, tag, len(hours), person_hours, len(attacks), judged, violations,
                         violations / person_hours if person_hours > 0 else None,
                         violations / judged if judged else None, low, high)


def robustness(db: Session, model_version: str | None = None) -> list[RobustnessRow]:
    """One row per model version (tag "") and one per (model version, tag) for each tag its sessions or attacks
    carry; versions sorted by name, tags in EXPERTISE order. `model_version`: that version's rows only."""
    query = select(RedteamSession, Round.model_version).join(Round, Round.id == RedteamSession.round_id)
    attack_query = select(Attack).join(RedteamSession, RedteamSession.id == Attack.session_id)
    if model_version is not None:
        query = query.where(Round.model_version == model_version)
        attack_query = attack_query.join(Round, Round.id == RedteamSession.round_id).where(
            Round.model_version == model_version)
    by_session = defaultdict(list)
    for a in db.scalars(attack_query):
        by_session[a.session_id].append(a)
    versions = defaultdict(list)  # model version -> [(session, its hours, its attacks)]
    for s, version in db.execute(query):
        versions[version].append((s, session_hours(s, by_session[s.id]), by_session[s.id]))
    order = {t: k for k, t in enumerate(EXPERTISE)}
    rows = []
    for version in sorted(versions):
        sessions = versions[version]
        attacks = [a for _, _, session_attacks in sessions for a in session_attacks]
        rows.append(_row(version, "", [h for _, h, _ in sessions], attacks))
        tags = {t for s, _, _ in sessions for t in s.tags} | {t for a in attacks for t in a.tags}
        for tag in sorted(tags, key=lambda t: (order.get(t, len(order)), t)):
            rows.append(_row(version, tag, [h for s, h, _ in sessions if tag in s.tags],
                             [a for a in attacks if tag in a.tags]))
    return rows


def robustness_from_url(url: str) -> list[RobustnessRow]:
    """`robustness` of the annotation database at `url` (as `alignkit app database_url=` takes it), which the
    app has already migrated; nothing is written. AlignkitError when it is missing or not such a database."""
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).is_file():
        raise AlignkitError(f"{url}: no such database file")  # SQLite would make an empty one
    engine = make_engine(url)
    try:
        with make_sessionmaker(engine)() as db:
            return robustness(db)
    except (OperationalError, ProgrammingError) as e:
        raise AlignkitError(f"{url}: cannot read its red-team sessions ({str(e.orig).strip()}); is it an "
                            "`alignkit app` database, upgraded by starting this version of the app once?") from None
    finally:
        engine.dispose()
